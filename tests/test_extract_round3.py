"""Issue 12, round 3: weapon designations and systems named with their kind (sentences written
for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapons(run, text):
    mentions, _ = run(text)
    return [(m.span.text, m.key) for m in mentions if m.cls == "Weapon"]


@pytest.mark.parametrize("text, name", [
    ("Moscow denied testing the 3M14 sea-launched cruise missile.", "3M14 sea-launched cruise"),
    ("Norway bought JSM-ER air-to-ground missiles from Kongsberg.", "JSM-ER air-to-ground"),
    ("Beijing handed two Type 039B/C submarines to Bangkok.", "Type 039B/C submarines"),
    ("The army keeps Granit coastal missile batteries and Granit coastal missile systems "
     "near the port.", "Granit coastal missile systems"),
])
def test_unlisted_designation_with_its_kind_is_one_weapon(run, text, name):
    found = _weapons(run, text)
    assert any(name in span for span, _ in found), found
    assert not any(span in {"missile", "missiles", "cruise missile"} for span, _ in found)


@pytest.mark.parametrize("text", [
    "Ankara deployed the S-400 air defence system near the capital.",
    "India ordered the S-400 air defence systems in 2018.",
])
def test_listed_system_with_its_kind_is_that_system(run, gazetteer, text):
    found = _weapons(run, text)
    assert [key for _, key in found] == [gazetteer.lookup("S-400").label]


def test_acronym_without_weapon_noun_stays_no_weapon(run):
    assert _weapons(run, "The WHO-EU summit opened in Geneva on Monday.") == []


# --------------------------------------------------------- agencies named with their country


def test_country_qualified_agency_keeps_its_own_name_as_alias(gazetteer):
    from kg.graph.resolve import resolve
    from kg.model import DocExtraction, Document, Mention, Span

    d = Document("doc_1", "1.txt", "1.txt", "", "0" * 64, "t")
    text = "Chile's National Space Agency"
    key = "National Space Agency (Chile)"
    r = resolve([DocExtraction(d, (Mention(Span(d.doc_id, 0, len(text), text), "Agency", key,
                                           text),), ())], gazetteer)
    assert {"Chile's National Space Agency", "National Space Agency"} <= \
        r.entities[key].aliases
    # a lower-case kind ("Chile's navy") is no name of its own
    r = resolve([DocExtraction(d, (Mention(Span(d.doc_id, 0, 14, "Chile's navy"), "Agency",
                                           "navy (Chile)", "Chile's navy"),), ())], gazetteer)
    assert "navy" not in r.entities["navy (Chile)"].aliases


@pytest.mark.parametrize("text, name", [
    ("Leaders of the Union of South American Nations met in Quito on Friday.",
     "Union of South American Nations"),
    ("The Organization of American States sent observers to Lima.",
     "Organization of American States"),
])
def test_organisation_name_cut_before_a_demonym_is_whole(run, text, name):
    mentions, _ = run(text)
    agencies = [m.span.text.removeprefix("the ").removeprefix("The ") for m in mentions
                if m.cls == "Agency"]
    assert agencies == [name]
    assert not any(m.cls == "Country" for m in mentions if m.span.text == "American")


def test_organisation_name_does_not_run_on_past_a_preposition(run):
    mentions, _ = run("The Ministry of Defence in Moscow said on Friday that the talks failed.")
    assert "Moscow" in [m.span.text for m in mentions if m.cls == "Country"]


# ------------------------------------------------- "the howitzers": the system named before


@pytest.mark.parametrize("text, anaphor", [
    ("Norway bought Caesar self-propelled howitzers from France. The howitzers arrived in May.",
     "howitzers"),
    ("Russia sold KN-23 ballistic missiles to Iran. Tehran later fired the missiles.",
     "missiles"),
])
def test_definite_kind_after_a_named_system_is_that_system(run, text, anaphor):
    mentions, _ = run(text)
    weapons = [m for m in mentions if m.cls == "Weapon"]
    named, later = weapons[0], weapons[-1]
    assert anaphor in later.span.text and later.span.start > named.span.start
    assert later.key is not None and later.key == (named.key or named.lemma)


def test_indefinite_kind_stays_generic(run):
    mentions, _ = run("Norway bought Caesar self-propelled howitzers from France. Sweden also "
                      "wants howitzers.")
    assert [m.key for m in mentions if m.cls == "Weapon"][-1] == "howitzer"


# ------------------------------------------------ "told reporters at the time that …"


@pytest.mark.parametrize("text, words", [
    ("Dupont told reporters at the time that the sale was a turning point for the yard.",
     "turning point"),
    ("Ortega said on Monday that the tanks would reach Lima in June.", "reach Lima"),
])
def test_that_clause_after_an_adverbial_is_the_statement(run, text, words):
    _, rels = run(text)
    claims = [r for r in rels if r.relation == "reports"]
    assert claims and all(words in (c.attr("statement") or "") for c in claims), claims


def test_relative_that_is_no_statement(run):
    _, rels = run("Dupont told reporters at the base that had been closed about the deal.")
    assert all("had been closed" not in (r.attr("statement") or "") for r in rels
               if r.relation == "reports")

"""Stop 45, h-rep59: `reports` claimants named wrongly, on sentences written for this test
(invented or generic participants, not taken from any article or corpus)."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver, untitled_office
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


def _claimants(run, text: str) -> set[str]:
    """The claimant mentions' texts of every claim of ``text``."""
    _, relations = run(text)
    return {m.span.text for r in relations if r.relation == "reports"
            for m in r.role("claimant")}


def _entities(run, gazetteer, text: str) -> dict[str, set[str]]:
    """Key → aliases of every entity ``text`` resolves to as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    return {e.key: set(e.aliases) for e in resolver.entities.values()}


# --- a state's national Red Cross or Red Crescent society ------------------------------------

@pytest.mark.parametrize(("text", "society"), [
    ("The Ghanaian Red Cross said it had treated 40 wounded people.", "Ghanaian Red Cross"),
    ("A Kenya Red Cross official told reporters that 12 people had died.", "Kenya Red Cross"),
    ("The Iranian Red Crescent said it had sent 300 tents to the camps.",
     "Iranian Red Crescent"),
])
def test_national_society_speaks_for_itself(run, text, society):
    assert _claimants(run, text) == {society}


@pytest.mark.parametrize("text", [
    "The Ghanaian Red Cross said it had treated 40 wounded people.",
    "A Kenya Red Cross official told reporters that 12 people had died.",
])
def test_national_society_is_not_the_committee(run, gazetteer, text):
    keys = _entities(run, gazetteer, text)
    assert "International Committee of the Red Cross" not in keys, keys
    assert not {"Ghana", "Kenya"} & set(keys), keys


def test_bare_red_cross_stays_the_committee(run, gazetteer):
    text = "The Red Cross said it had treated 40 wounded people."
    assert "International Committee of the Red Cross" in _entities(run, gazetteer, text)


# --- an office named by its holder with or without the holder's title ----------------------

@pytest.mark.parametrize(("form", "bare"), [
    ("Prime Minister Kofi Mensah's office", "Kofi Mensah's office"),
    ("President Amara Diallo Keita's office", "Amara Diallo Keita's office"),
    ("Mr Otieno's office", "Otieno's office"),
    ("Otieno's office", None),  # no title: nothing to drop
    ("Prime Minister's office", None),  # a title alone names no holder
    ("Kofi Mensah's house", None),
])
def test_untitled_office(gazetteer, form, bare):
    assert untitled_office(form, gazetteer.roles) == bare


def test_office_known_by_its_holder_alone(run, gazetteer):
    text = "Prime Minister Kofi Mensah's office said the troops would stay until June."
    offices = {k: a for k, a in _entities(run, gazetteer, text).items()
               if k.endswith("office")}
    assert offices and all("Kofi Mensah's office" in a for a in offices.values()), offices


# --- "X denies it": the claim told last before it -------------------------------------------

def _statements(claims_of, text: str, claimant: str) -> list[str]:
    return [s for c, s in claims_of(text) if c == claimant]


@pytest.fixture(scope="module")
def claims_of(run):
    def _run(text: str) -> list[tuple[str, str]]:
        _, relations = run(text)
        return [(m.span.text, r.attr("statement") or "") for r in relations
                if r.relation == "reports" for m in r.role("claimant")]
    return _run


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Ghanaian officials accuse Kofi Mensah of sending Togolese soldiers to fight beside the "
     "rebels. Lome denies it.", "Lome", "sending Togolese soldiers"),
    ("Kenya says Ugandan troops crossed the river on Monday. Kampala denied this.", "Kampala",
     "Ugandan troops crossed the river"),
    ("Fighting broke out on Monday. Kenyan newspapers reported that Ugandan troops were "
     "massing near the lake; the Ugandan army denied it.", "Ugandan army",
     "Ugandan troops were massing"),
])
def test_denied_pronoun_takes_the_claim_before(claims_of, text, claimant, fragment):
    found = _statements(claims_of, text, claimant)
    assert found and all(fragment in s for s in found), claims_of(text)


def test_dismissed_as_keeps_its_own_reading(claims_of):
    """"dismissed it as Y" calls "it" something (R1): no claim before is borrowed."""
    text = ("Kenya says the accord will bring peace. Ugandan rebels dismissed it as a trick to "
            "keep the army in power.")
    assert all("bring peace" not in s for c, s in claims_of(text) if c != "Kenya"), \
        claims_of(text)


def test_denied_pronoun_without_a_claim_before_keeps_it(claims_of):
    """Nothing told before it: "it" may be anything, so nothing is borrowed."""
    text = "Kenya sent two battalions to the border. Uganda denied it."
    assert all("battalions" not in s for _, s in claims_of(text)), claims_of(text)

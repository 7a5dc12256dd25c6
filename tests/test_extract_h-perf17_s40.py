"""Issue 13, stop 40 (h-perf17): entity refiner passes skip a document that holds none of
their trigger words (read off kg/data's lists), and walk only the tokens that can start what
they look for; what they find is unchanged (sentences written for this file, none taken from
a corpus; real spaCy parse)."""

from __future__ import annotations

from kg.extract.refine.agreement_keys import _agreements
from kg.extract.refine.agreement_names import _names_signed
from kg.extract.refine.forces import _named_groups, _numbered_units
from kg.extract.refine.names import _izafe_names, _org_head_names
from kg.extract.tokens import lowered, vocabulary

PLAIN = "Officials in Lisbon said on Monday that the talks would go on until Friday."


def _spans(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_vocabulary_holds_lower_case_words_and_lemmas(nlp):
    doc = nlp("The Brigades were moving north.")
    words = vocabulary(doc)
    assert {"the", "brigades", "were", "moving"} <= words  # lower-case forms
    assert {"be", "move"} <= words  # lemmas
    assert vocabulary(doc) is words  # made once per document
    assert lowered(frozenset({"Squadron", "SAS"})) == {"squadron", "sas"}


def test_passes_without_their_words_hand_the_spans_on(nlp, gazetteer):
    """No unit head, group noun, organisation word or signature noun: the same list back."""
    doc = nlp(PLAIN)
    ents = list(doc.ents)
    roles = gazetteer.roles
    assert _numbered_units(doc, ents, roles) is ents
    assert _named_groups(doc, ents, roles) is ents
    assert _org_head_names(doc, ents, roles) is ents
    assert _names_signed(doc, ents) is ents
    assert _izafe_names(doc, ents, roles) is ents


def test_agreements_without_an_agreement_keep_the_spans(nlp, gazetteer):
    doc = nlp(PLAIN)
    before = _spans(doc)
    out = _agreements(doc, list(doc.ents), gazetteer)
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in out] == before


def test_a_numbered_unit_is_still_found(run):
    mentions, _ = run("Marines of 45 Commando landed near the harbour before dawn.")
    assert any(m.cls == "Agency" and "45 Commando" in m.span.text for m in mentions), mentions


def test_the_ministry_of_the_minister_named_before(run):
    text = ("KAMPALA, June 2 - Defence Minister John Okello said the army would pull back. "
            "The ministry said 300 soldiers would leave the border town.")
    mentions, _ = run(text)
    keys = {m.key for m in mentions if m.cls == "Agency"}
    assert "Ministry of Defence (Uganda)" in keys, keys


def test_an_izafe_name_after_other_words(run):
    mentions, _ = run("The police said members of Harkat-ul-Mujahideen had fled the village.")
    assert "Harkat-ul-Mujahideen" in {m.key or m.lemma for m in mentions if m.cls == "Agency"}

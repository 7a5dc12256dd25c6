"""Issue 12, stop 68 (h-ent33): a leader's name before the party or movement it owns.
NER runs "<person>'s <party>" into one organisation ("Ana Reyes's Unity League"), or types
the owner alone a body; the words before the possessive are the person, those after it the
party (refine/possessors.leaders_of_bodies). A person's name that ends in a possessive does not
run on into the body's first word ("<person>'s | Lord's Resistance Army"; people._people_by_role).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.refine.possessors import leaders_of_bodies

_LEAGUE = ("Vote on pact delayed\n\nROME, May 3 - The treaty still has to be ratified by "
           "parliament. Marco Bellandi's League said it would study the text first.")
_LRA = ("Army hunts rebels\n\nKAMPALA, May 3 - Ugandan troops have hunted Peter Okello's "
        "Lord's Resistance Army in the forests for years.")


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


def test_leader_and_party_joined_by_ner_are_split(run):
    found = _classes(run, _LEAGUE)
    assert found.get("Marco Bellandi") == "Person"
    assert found.get("League") == "Agency"
    assert not any("'s" in text for text in found)


def test_person_before_a_possessive_does_not_run_on(run):
    found = _classes(run, _LRA)
    assert found.get("Peter Okello's") == "Person"
    assert not any(text.endswith("Lord") for text in found)


def test_possessive_name_of_a_movement_is_no_leader(run):
    """Guard: "Lord's Resistance Army" opens with a possessive of its own: no person "Lord"."""
    found = _classes(run, _LRA)
    assert "Lord" not in found


def _doc(nlp, text: str, start_word: str, end_word: str, label: str) -> tuple[Doc, list]:
    """The parsed ``text`` and one NER-like span from ``start_word`` to ``end_word``."""
    doc = nlp(text)
    words = [t.text for t in doc]
    span = SpacySpan(doc, words.index(start_word), words.index(end_word) + 1, label=label)
    return doc, [span]


def test_owner_typed_a_body_alone_becomes_the_person(nlp, gazetteer):
    doc, ents = _doc(nlp, "In Prague, Tomas Kralik's far-right Republicans said they would "
                     "vote against it.", "Tomas", "'s", "ORG")
    out = leaders_of_bodies(doc, ents, gazetteer)
    assert [(e.text, e.label_) for e in out] == [("Tomas Kralik", "PERSON")]


def test_listed_owner_is_no_person(nlp, gazetteer):
    """Guard: a listed firm or state before the possessive is no leader."""
    doc, ents = _doc(nlp, "Officials said Boeing's Defense League would open a plant.",
                     "Boeing", "League", "ORG")
    out = leaders_of_bodies(doc, ents, gazetteer)
    assert [(e.text, e.label_) for e in out] == [("Boeing's Defense League", "ORG")]


def test_party_named_with_a_possessive_is_no_leader(nlp, gazetteer):
    """Guard: "the Republican People's Party" is one party's name, no person "Republican
    People" owning a party."""
    doc, ents = _doc(nlp, "The opposition Republican People's Party of Ana Reyes said it "
                     "would vote against the treaty.", "Republican", "Party", "ORG")
    out = leaders_of_bodies(doc, ents, gazetteer)
    assert [(e.text, e.label_) for e in out] == [("Republican People's Party", "ORG")]

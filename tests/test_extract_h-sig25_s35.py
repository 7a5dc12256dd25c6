"""Issue 12, stop 35 (h-sig25): signing forms of dev d506–d525 (sentences written for these
tests, none taken from a corpus; real spaCy parse): a list of signers "A of the X and B of the
Y" that the parser hangs through the first state as a modifier (d509); a full name NER left
untagged joined by "and" to a signer's full name (d508)."""

from __future__ import annotations

from spacy.tokens import Span
from test_challenge_agreements import _observe


def test_second_signer_of_the_other_side(run):
    text = ("The two Koreas agreed on a fisheries pact. Kim Soo-han of the South and Pak "
            "Yong-chol of the North put their names to the pact after an all-night session "
            "at a hotel.")
    _, signed, _ = _observe(run, text)
    people = {p for p, _ in signed}
    assert {"kim soo-han", "pak yong-chol"} <= people


def test_no_signer_described_by_a_state(run):
    # a person in a description of the signer is no second signer
    text = ("Fiji and Tonga signed a fisheries pact on Monday. Sitiveni Rabuka, an adviser of "
            "Kalolaine Taione of the west, put his name to the pact.")
    _, signed, _ = _observe(run, text)
    assert "kalolaine taione" not in {p for p, _ in signed}


def test_untagged_name_listed_after_a_person(nlp, gazetteer):
    from kg.extract.refine.people import _untagged_listed_people

    doc = nlp("The accord was signed in Lae by the two ministers, Andrew Hartley and Obua "
              "Kelewa, and will take effect in May.")
    first = next(i for i, t in enumerate(doc) if t.text == "Andrew")
    ents = [Span(doc, first, first + 2, label="PERSON")]
    made = _untagged_listed_people(doc, ents, gazetteer.roles, {first, first + 1})
    assert [m.text for m in made] == ["Obua Kelewa"]


def test_no_person_made_of_a_place_modifier(nlp, gazetteer):
    from kg.extract.refine.people import _untagged_listed_people

    doc = nlp("The accord was signed by Andrew Hartley and Port Moresby officials on Monday.")
    first = next(i for i, t in enumerate(doc) if t.text == "Andrew")
    ents = [Span(doc, first, first + 2, label="PERSON")]
    assert _untagged_listed_people(doc, ents, gazetteer.roles, {first, first + 1}) == []

"""Issue 12, stop 47 (s54 h-head1): a headline whose present verb the small model reads as a
noun ("… as Dutch frigate heads for Aruba": "heads" a plural noun) is parsed again with the
past tense in its place, and keeps that tree where the verb then has its subject (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

BODY = "\n\nThe ministry gave no details on Monday."


def _verb(nlp, headline: str, word: str):
    """The token ``word`` of ``headline`` parsed as a story's first line."""
    doc = nlp(headline + BODY)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("headline, verb, subject", [
    ("Egyptian destroyer sails to join NATO patrol off Somalia", "sails", "destroyer"),
    ("Kohl and Mitterrand sign Rhine accord at Strasbourg", "sign", "Kohl"),
    ("Caracas orders tanks to border as Dutch frigate heads for Aruba", "heads", "frigate"),
])
def test_a_misread_headline_verb_is_a_verb_with_its_subject(nlp, headline, verb, subject):
    tok = _verb(nlp, headline, verb)
    assert tok.tag_ in ("VBZ", "VBP") and tok.pos_ == "VERB"
    assert subject in [c.text for c in tok.children if c.dep_ == "nsubj"]


def test_a_misread_heading_for_a_place_is_a_deployment(run):
    # a present "head for" with a named place (dev conventions D4)
    found = _deploys(run, "Caracas orders tanks to border as Dutch frigate heads for Aruba" + BODY)
    assert ("Netherlands", "Aruba") in found


def test_a_misread_ordering_into_a_place_is_a_deployment(run):
    found = _deploys(run, "Hanoi orders troops into Laos; Thailand protests" + BODY)
    assert ("Vietnam", "Laos") in found


def test_orders_won_stay_a_noun(nlp):
    # a present form after a verb is its object, not a verb of its own
    assert _verb(nlp, "Oslo wins orders for missiles from Poland", "orders").tag_ == "NNS"


def test_a_line_with_a_full_stop_is_no_headline(nlp):
    tok = _verb(nlp, "Egyptian destroyer sails to join NATO patrol off Somalia.", "sails")
    assert tok.tag_ == "NNS"  # (left as the model reads it: only headlines are parsed again)


def _signers(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "signed" for m in r.role("party")}


@pytest.mark.parametrize("text", [
    "Norway signs deal for 40 K9 howitzers as tensions with Moscow rise" + BODY,
    "Norway signed a deal for submarines with Germany amid talks with Moscow.",
])
def test_a_circumstance_names_no_cosigner(run, text):
    # "with" inside "as …"/"amid …" is the circumstance's, not the signing's (S1, S3)
    parties = _signers(run, text)
    assert "Norway" in parties and "Russia" not in parties

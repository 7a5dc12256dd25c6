"""Issue 12, stop 65 (h-sup99): a headline "X hands over Y to Z" whose "hands" the small model
reads as a noun is parsed again with "handed" in its place (kg/data/lemmas.yaml
``headline_verbs``), also where the opening one-word name was tagged as an adjective
("Navantia hands …"), so the handover is a supply (dev conventions SU5, SU7). Sentences written
for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

BODY = "\n\nThe ministry gave no details on Monday."


def _token(nlp, line: str, word: str):
    """The token ``word`` of ``line`` parsed as a story's first line."""
    return next(t for t in nlp(line + BODY) if t.text == word)


@pytest.mark.parametrize("headline, supply", [
    ("U.S. hands over frigate to Chile navy", ("United States", "Navy (Chile)", "frigate")),
    ("Saab hands over Gripen jets to Brazilian air force",
     ("Saab", "Air Force (Brazil)", "Gripen")),
])
def test_a_misread_handing_over_is_a_supply(supply_keys, headline, supply):
    assert supply in supply_keys(headline + BODY)


def test_a_name_read_as_an_adjective_is_the_verbs_subject(nlp, run):
    headline = "Navantia hands over patrol ship to Venezuelan navy"
    tok = _token(nlp, headline, "hands")
    assert tok.tag_ == "VBZ" and "Navantia" in [c.text for c in tok.children
                                                if c.dep_ == "nsubj"]
    _, rels = run(headline + BODY)
    found = {(s.key, r.key) for x in rels if x.relation == "supplies"
             for s in x.role("supplier") for r in x.role("recipient")}
    assert ("Navantia", "Navy (Venezuela)") in found


def test_a_name_read_as_an_adjective_before_another_headline_verb(nlp):
    tok = _token(nlp, "Navantia signs deal for frigates with Venezuela", "signs")
    assert tok.tag_ == "VBZ"


@pytest.mark.parametrize("line", [
    "Heavy hands shape Venezuelan navy",  # an adjective that is no subject: the first tree stays
    "Navantia hands over patrol ship to Venezuelan navy.",  # a full stop: no headline
])
def test_guards_keep_the_noun(nlp, line):
    assert _token(nlp, line, "hands").tag_ == "NNS"

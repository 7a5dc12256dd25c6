"""Issue 12, stop 61 (h-ent13): "the X of <state>" is one body's name.

"the state-run Associated Press of Pakistan", "the Confederation of Indigenous Nationalities
of Ecuador": kg cut the name before "of" (a listed shorter name, or NER's guess) and made the
state a mention of its own. With "the" before the body and "of" the state hung on the body's
words, the whole is one unlisted name (dev conventions E9: names do not nest); a firm and its
home ("Austal of Australia") and a paper and its city stay two. Sentences written for these
tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check
from tests.test_h_rep82_s58 import _names


@pytest.mark.parametrize(("text", "name", "cls"), [
    ("The strike was confirmed, according to the state-run Associated Press of Norway.",
     "Associated Press of Norway", "MediaOutlet"),
    ("The Confederation of Rural Workers of Peru, which called the strike, said it would go on.",
     "Confederation of Rural Workers of Peru", "Agency"),
])
def test_the_body_of_a_state_is_one_name(run, text, name, cls):
    found = _names(run, text)
    assert (name, cls, None) in found, found
    state = name.split()[-1]
    assert all(t != state for t, _, _ in found), found  # the state is no mention of its own


@pytest.mark.parametrize(("text", "kept", "state"), [
    # no "the": a firm and its home
    ("The corvettes were built by Austal of Australia, the company said.", "Austal",
     "Australia"),
    # a capital names the paper's city, not the body
    ("The daily La Prensa of Managua reported that 300 soldiers had crossed.", "La Prensa",
     "Managua"),
])
def test_a_home_stays_apart(run, text, kept, state):
    texts = [t for t, _, _ in _names(run, text)]
    assert kept in texts and state in texts, texts


def test_the_whole_name_claims(claims):
    _check(claims("The army shot down the drone, according to the state-run Associated Press "
                  "of Norway."), "Associated Press of Norway", "shot down the drone")


def test_a_one_word_body_leaves_the_state(run):
    # "the Government of Canada" is the state itself (dev conventions), no body's name
    found = _names(run, "The accord needs the consent of the Government of Canada, officials "
                        "said.")
    assert ("Canada", "Country", "Canada") in found, found

"""Issue 12, stop 70 (h-ent39): a body's name of a listed first word and a state's plain name
("Statistics <State>", "Air <State>") is one body, not an untagged word and the state, so the
state takes none of the body's claims (kg/extract/state_firsts.py; roles.yaml
``state_name_firsts``). Sentences written for these tests; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check
from tests.test_h_rep82_s58 import _names


@pytest.mark.parametrize(("text", "name", "cls"), [
    ("Statistics Norway said exports of fish fell in March.", "Statistics Norway", "Agency"),
    ("Snowfall broke the record for one day, Environment Canada said.", "Environment Canada",
     "Agency"),
    ("Air France will fly the stranded tourists home on Sunday.", "Air France", "Company"),
])
def test_first_word_and_state_are_one_body(run, text, name, cls):
    found = _names(run, text)
    assert (name, cls, None) in found, found
    state = name.split()[-1]
    assert all(t != state for t, _, _ in found), found  # no mention of the state of its own


def test_the_body_claims_not_the_state(claims):
    found = claims("Snowfall broke the record for one day, Environment Canada said.")
    _check(found, "Environment Canada", "record for one day")
    _check(found, "Canada", None)


@pytest.mark.parametrize(("text", "state"), [
    # the state's possessive before its ministry: the state's reading stays
    ("Canada's environment ministry said the snow would stop by Monday.", "Canada"),
    # the state alone speaks as itself
    ("Canada said it would send soldiers to clear the roads.", "Canada"),
    # an unlisted first word opens no name
    ("Neighbouring Canada said it would send soldiers to clear the roads.", "Canada"),
])
def test_the_state_stays(run, claims, text, state):
    found = _names(run, text)
    assert (state, "Country", state) in [(t, c, k) for t, c, k in found], found
    assert all(c != "Agency" or not t.endswith(state) for t, c, _ in found), found
    if "send soldiers" in text:
        _check(claims(text), state, "send soldiers")

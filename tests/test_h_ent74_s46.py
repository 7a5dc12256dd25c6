"""Issue 12, stop 46 (h-ent74): a bare armed service (E17) that is an object ("ordered the
navy to …", "money for the air force"), or that "its" owns ("its army's record"), is a
mention of that service of the state its sentence is about, as the dev gold writes it; a
definite "the army" takes a state's service the story named before it, not one named only
later ("the army's howitzers … from the South Korean army"). "its" before an object service
("has put its army on alert") stays the state's strength, as most dev gold reads it.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _services(text: str, nlp) -> set[str]:
    """The keys of the armed services the parsed text mentions."""
    return {e.id_ or e.ent_id_ for e in nlp(text).ents if e.label_ == "Agency"}


def test_a_service_its_state_owns_as_an_owner(nlp):
    text = ("Uganda sends troops\n\nKAMPALA, May 3 - Uganda will send 500 soldiers to the "
            "island, though critics questioned its army's record in the north.")
    assert "Army (Uganda)" in _services(text, nlp)


def test_its_service_as_an_object_is_the_states_service(nlp):
    # E17 in any position (the dev gold's census of stop 54, h-split3; was: the state's
    # strength)
    text = ("Border raids worry Nairobi\n\nNAIROBI, May 3 - Kenya has put its army on alert "
            "after raids on its northern border, officials said on Monday.")
    assert "Army (Kenya)" in _services(text, nlp)


@pytest.mark.parametrize(("text", "key"), [
    ("Manila orders escort for ferries\n\nMANILA, June 2 - The Philippine president ordered "
     "the navy to escort the ferries through the strait on Friday.", "Navy (Philippines)"),
    ("Budget row in Lima\n\nLIMA, March 4 - Peru's finance minister said the extra money would "
     "go to the air force and not to schools.", "Air Force (Peru)"),
])
def test_a_bare_service_as_an_object(nlp, text, key):
    assert key in _services(text, nlp)


def test_its_military_stays_the_states_strength(nlp):
    text = ("Ghana reviews defence\n\nACCRA, May 3 - Ghana said on Monday that it would "
            "modernise its military over ten years.")
    assert not any(k.startswith("Armed Forces") for k in _services(text, nlp))


def test_a_service_named_only_later_is_another_states(nlp):
    text = ("Norway buys howitzers\n\nOSLO, May 3 - Norway ordered 20 howitzers on Monday. "
            "The guns will replace the army's old M109s. Finland bought the same guns from "
            "the South Korean army last year.")
    doc = nlp(text)
    keys = {e.id_ or e.ent_id_ for e in doc.ents if e.label_ == "Agency" and e.text == "army"}
    assert keys == {"Army (Norway)"}



def test_a_service_as_a_career_is_no_body(nlp):
    text = ("Budget row in Lima\n\nLIMA, March 4 - Peru's finance minister said his son had "
            "left the navy last year.")
    assert not any(k.startswith("Navy") for k in _services(text, nlp))

"""Issue 12, h-ent38 (stop 70): an acronym a text defines after a body's name (", or ACR,",
"known as ACR", "known by its initials ACR") is that body's other name, each later use of it
alone included (kg/extract/refine/defined_acronyms.py). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _keys(run, text: str, word: str) -> list[tuple[str, str]]:
    """(class, key) of each mention whose text is ``word``."""
    mentions, _ = run(text)
    return [(m.cls, m.key or "") for m in mentions if m.span.text == word]


@pytest.mark.parametrize(("text", "acr", "name"), [
    ("The army resumed talks with the Popular Defence Union, or UDP, on Monday. "
     "The UDP, which denies holding hostages, said in a statement that it wanted a truce.",
     "UDP", "Popular Defence Union"),
    ("The accord on the Joint Coastal Guard Command, known as JOCOM, was signed on Friday. "
     "Officials said JOCOM would patrol the strait.", "JOCOM", "Joint Coastal Guard Command"),
    ("Gunmen of the Highland Peasants Army, known by its French initials APM, attacked a "
     "convoy. Officials said the APM had fewer than a hundred fighters.",
     "APM", "Highland Peasants Army"),
])
def test_every_use_of_a_defined_acronym_is_the_body(run, text, acr, name):
    keys = _keys(run, text, acr)
    assert len(keys) == 2 and all(k == ("Agency", name) for k in keys)


def test_the_head_before_known_as_is_the_one_body_it_ends(run):
    text = ("The government signed a truce with the Karan Freedom Movement in Oslo. A rebel "
            "leader signed for the movement, known by its initials MKB, at the ceremony. "
            "Under the truce, MKB will hand over its rifles.")
    keys = _keys(run, text, "MKB")
    assert keys and all(k == ("Agency", "Karan Freedom Movement") for k in keys)


def test_an_acronym_defined_for_two_bodies_names_neither(run):
    text = ("The army fought the Popular Defence Union, or UDP, in the north. In the south it "
            "fought the Kivu Peasants Front, or UDP, as well. The UDP said it had lost ten men.")
    mentions, _ = run(text)
    assert not any(m.span.text == "UDP" and m.key in ("Popular Defence Union",
                                                       "Kivu Peasants Front") for m in mentions)


def test_an_upper_cased_small_word_keeps_its_reading(run):
    text = ("Dockers joined the United Sailors Syndicate, or US, in March. "
            "The US said on Monday it would send two frigates to the region.")
    assert ("Country", "United States") in _keys(run, text, "US")

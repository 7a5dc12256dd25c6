"""Issue 12, stop 69 (s69 h-dep108): a water named after a land ("the X Strait", "the X Sea")
leaves the land its bare name: "X" with no article or owner ("to X", "northern X") is the
land, a second place, and the destination of a deployment there; "the X" stays the water.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _keys(run, text: str, name: str) -> set[str | None]:
    """The keys of the Region mentions written exactly ``name``."""
    mentions, _ = run(text)
    return {m.key for m in mentions if m.span.text == name and m.cls == "Region"}


@pytest.mark.parametrize("text, land", [
    ("Fishing boats crossed the Mindoro Strait on Monday. Two days later the army sent a "
     "battalion to Mindoro.", "Mindoro"),
    ("Smugglers use the Palawan Channel. The navy moved its missile battery to southern "
     "Palawan.", "Palawan"),
])
def test_the_bare_first_word_is_the_land(run, text, land):
    keys = _keys(run, text, land)
    assert keys and not any(k and k.startswith(land + " ") for k in keys)


def test_a_deployment_to_the_bare_land_goes_to_the_land(run):
    text = ("Rebels crossed the Mindoro Strait by night. The Philippines sent 500 troops to "
            "Mindoro on Friday.")
    assert _deploys(run, text) == {("Philippines", "Mindoro")}


@pytest.mark.parametrize("text, name, water", [
    # with an article the first word stays the water
    ("Tankers crossed the Arafura Sea last week. Australia has sent two patrol boats to the "
     "Arafura.", "Arafura", "Arafura Sea"),
    ("Smugglers use the Palawan Channel. The navy moved its missile battery to the Palawan.",
     "Palawan", "Palawan Channel"),
])
def test_with_an_article_it_stays_the_water(run, text, name, water):
    assert _keys(run, text, name) == {water}


def test_a_hyphened_route_name_is_no_bare_land(run):
    # "the Manila-Mindoro road": a route's name, the first word no land of its own (as before)
    text = ("Ferries cross the Mindoro Strait each day. The talks were held at a checkpoint on "
            "the Batangas-Mindoro road.")
    assert _keys(run, text, "Mindoro") == {"Mindoro Strait"}

"""Issue 12, stop 68 (h-ent32): a maker's name that stands for its aircraft is no firm, and a
state fused with "-led" is the state. "an army Boeing", "the Airbus, …" after an article and
an owner, "an Ilyushin cargo plane" (an airliner or a transport is no Weapon, E5); "Tupolev
bombers" is the kind `bomber` (E3/E4); "the U.S.-led force" mentions the United States (dev
README, stop 54's census of "X-led"). Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _firms(run, text: str) -> list[str]:
    mentions, _ = run(text)
    return [m.span.text for m in mentions if m.cls == "Company"]


@pytest.mark.parametrize("text", [
    "Peacekeepers fly out\n\nLIMA, March 3 - The first platoon left the capital on Friday "
    "aboard a navy Boeing, and two more will follow next week, officials said.",
    "Airliner diverted\n\nOSLO, May 9 - Controllers said the Airbus, on a charter flight to "
    "Bergen, had turned back after a warning light came on.",
])
def test_maker_heading_its_phrase_is_the_aircraft(run, text):
    assert not any(n in ("Boeing", "Airbus") for n in _firms(run, text))


def test_maker_before_transport_plane_is_no_firm(run):
    text = ("Radar plane deal\n\nTEL AVIV, Jan 5 - The firm will fit its radar to an Ilyushin "
            "cargo plane that Moscow delivered last year, officials said.")
    assert "Ilyushin" not in _firms(run, text)


def test_maker_before_bombers_is_the_kind(run):
    text = ("Bomber offer\n\nDELHI, Feb 2 - Moscow offered Delhi its Tupolev bombers at a lower "
            "price, but the air force chose British jets, officials said.")
    mentions, _ = run(text)
    assert "Tupolev" not in [m.span.text for m in mentions if m.cls == "Company"]
    assert any(m.cls == "Weapon" and m.key == "bomber" for m in mentions)


def test_firm_in_apposition_stays_a_firm(run):
    """Guard: a firm after its company noun, or before its own noun, is still a Company."""
    text = ("Frigate radars\n\nPARIS, June 4 - The radars, made by the aerospace maker Airbus, "
            "will be fitted next year, and the Boeing company said it would bid as well.")
    firms = _firms(run, text)
    assert any("Airbus" in f for f in firms) and any("Boeing" in f for f in firms)


def test_state_led_is_the_state(run):
    text = ("Jets for the campaign\n\nOTTAWA, Oct 7 - Prime Minister Jean Tremblay committed six "
            "jets in October to the U.S.-led campaign against the militants, officials said.")
    mentions, _ = run(text)
    led = [m for m in mentions if m.span.text == "U.S.-led"]
    assert led and all(m.cls == "Country" and m.key == "United States" for m in led)
    assert not any(m.cls == "Agency" and "led" in m.span.text for m in mentions)

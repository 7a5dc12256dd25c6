"""Issue 12, stop 68 (h-ent30): a maker's name inside a model's name is no firm of its own.
A listed maker before a model number ("a Boeing 707 tanker") names the model, not the firm;
a design bureau whose initials open the designation ("Ilyushin Il-28", "the Sikorsky S-70")
is part of the system's mention, also after "and" or NER's "the" (dev README, stop 24's
point 3; E5). Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _firms(run, text: str) -> list[str]:
    mentions, _ = run(text)
    return [m.span.text for m in mentions if m.cls == "Company"]


@pytest.mark.parametrize("text", [
    "Portugal sends tanker to the Azores\n\nLISBON, May 2 - Portugal flew a Boeing 707 tanker "
    "to the Azores on Monday to refuel its fighters, officials said.",
    "Radar lost the airliner\n\nOSLO, June 3 - Controllers said the Boeing 747 had turned "
    "north an hour before it vanished from the radar screens.",
])
def test_maker_before_model_number_is_no_firm(run, text):
    assert "Boeing" not in _firms(run, text)


def test_maker_named_alone_stays_a_firm(run):
    """Guard: the firm that sells, named on its own, is still a Company."""
    text = ("Peru orders tankers\n\nLIMA, April 9 - Peru signed a contract with Boeing on "
            "Tuesday for two tankers, the defence ministry said.")
    assert "Boeing" in _firms(run, text)


def test_coordinated_bureau_name_keys_the_designation(run):
    text = ("Syria gets Soviet bloc arms\n\nDAMASCUS, Oct 4 - Syria has received about 60 tanks "
            "and Ilyushin Il-28 bombers from Czechoslovakia, Western diplomats said.")
    mentions, _ = run(text)
    weapon = next(m for m in mentions if "Il-28" in m.span.text)
    assert weapon.cls == "Weapon" and weapon.key != "Ilyushin"
    assert not any(m.cls == "Company" and "Ilyushin" in m.span.text for m in mentions)


def test_bureau_after_ners_the_is_part_of_the_system(run):
    text = ("Chile picks helicopter\n\nSANTIAGO, Feb 2 - Chile chose the NH90 over the Sikorsky "
            "S-70 Black Hawk after a long trial, the air force said on Friday.")
    assert "Sikorsky" not in " ".join(_firms(run, text))

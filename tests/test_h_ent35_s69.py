"""Issue 12, stop 69 (h-ent35): one firm named by two trades joined with "and".

An unlisted firm whose name ends in a trade word ("… Defense", "… Shipbuilding"), then "and"
and a run opened by a trade word that no firm's own name begins with ("Security", "Offshore";
roles ``paired_trades``), is one firm: "Korvex Defense and Security". Two firms with names of
their own joined by "and" stay two. Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations


def _mentions(run, text: str) -> list[tuple[str, str]]:
    mentions, _ = run(text)
    return [(m.span.text, m.cls) for m in mentions]


def test_two_trades_joined_by_and_name_one_firm(run):
    """A listed firm's division: the suffix rule gave "Saab Defense" alone."""
    text = ("Radars for Peru\n\nThe radars will be assembled in Sweden, said Marta Lind, "
            "president of Saab Defense and Security.")
    found = _mentions(run, text)
    assert ("Saab Defense and Security", "Company") in found
    assert not any(t == "Saab Defense" for t, _ in found)


def test_second_trade_run_with_a_legal_suffix_joins_the_firm(run):
    """The state's name opens it: NER and the firm rules cut it into two firms."""
    text = ("Ghana orders tugs\n\nThe tugs were built under a contract that Ghana signed last "
            "year with India Shipbuilding and Offshore Engineering Co., a state-owned yard.")
    found = _mentions(run, text)
    assert ("India Shipbuilding and Offshore Engineering Co.", "Company") in found
    assert not any(t.startswith("Offshore") for t, _ in found)


def test_two_named_firms_joined_by_and_stay_two(run):
    """Guard: a firm whose name is its own after "and" is a second firm."""
    text = ("Frigate deal\n\nThe frigates will be built by Korvex Aerospace and Baxter Systems "
            "under a contract signed on Friday, the navy said.")
    found = _mentions(run, text)
    assert not any(" and " in t for t, _ in found)


def test_outlets_joined_by_and_stay_two(run):
    """Guard: two outlets in a list stay two."""
    text = ("Coup attempt\n\nReuters and the BBC reported on Tuesday that troops had sealed off "
            "the airport in the capital.")
    found = _mentions(run, text)
    assert not any(" and " in t for t, _ in found)
    assert sum(c == "MediaOutlet" for _, c in found) >= 2

"""A bare body ("parliament", "the ministry", "the Coast Guard") points back to the one
state whose body of that kind the story named before it, not to the dateline's state nor to
a state its own sentence names only in passing (issue 12, stop 63, h-coref6). Sentences
written for these tests."""

from __future__ import annotations

from tests.test_extract_agency import _keys


def _bodies(run, text: str, body: str) -> set[str]:
    """Keys of the Agency mentions of ``body`` ("Parliament", "Coast Guard", …)."""
    return {k for k in _keys(run, text, "Agency") if k.startswith(f"{body} (")}


# --- parliament: the one named before, over the dateline's state -----------------------------

def test_a_bare_parliament_is_the_one_named_before_not_the_datelines(run):
    text = ("ROME, May 3 (2016) - Albania has joined the alliance.\n\n"
            "The Albanian parliament approved membership in March by a wide margin.\n\n"
            "Opposition supporters later tried to storm parliament, police said.")
    assert _bodies(run, text, "Parliament") == {"Parliament (Albania)"}


def test_a_bare_parliament_with_none_named_before_is_the_datelines(run):
    text = ("ROME, May 3 (2016) - Albania has joined the alliance.\n\n"
            "Opposition supporters later tried to storm parliament, police said.")
    assert _bodies(run, text, "Parliament") == {"Parliament (Italy)"}


def test_a_bare_parliament_of_a_sentence_naming_its_state_stays_that_states(run):
    text = ("ROME, May 3 (2016) - Albania has joined the alliance.\n\n"
            "The Albanian parliament approved membership in March by a wide margin.\n\n"
            "In Italy, the prime minister told parliament that the government welcomed it.")
    assert "Parliament (Italy)" in _bodies(run, text, "Parliament")


# --- the ministry of a minister's title: the one named before, over the dateline's -----------

def test_the_ministry_is_the_one_named_before_not_the_datelines(run):
    text = ("HANOI, Oct 2 (2019) - Defence Minister Tran Van Lam met his Laotian "
            "counterpart.\n\n"
            "Laos's defence ministry said the talks had gone well.\n\n"
            "Critics said the deal gave away too much, a charge the ministry rejected.")
    keys = _bodies(run, text, "Ministry of Defence")
    assert "Ministry of Defence (Vietnam)" not in keys
    assert "Ministry of Defence (Laos)" in keys


# --- a capitalised service: the one a rule keyed before it counts as named --------------------

def test_a_capital_service_is_the_state_of_the_one_keyed_before(run):
    text = ("SEATTLE, June 9 (2015) - The United States gave the retired Coast Guard cutter "
            "Rush to the Nigerian Navy on Tuesday.\n\n"
            "Nigerian sailors trained for a month with the Coast Guard before the handover.")
    assert _bodies(run, text, "Coast Guard") == {"Coast Guard (United States)"}


# --- a ministry's sentence naming a state only as a modifier: the dateline's ----------------

def test_a_state_named_only_as_a_modifier_gives_way_to_the_datelines(run):
    text = ("KABUL, March 4 (2021) - Afghanistan protested on Thursday.\n\n"
            "The shells landed in a village about 30 km from the Pakistani border, the "
            "foreign ministry said.")
    assert _bodies(run, text, "Ministry of Foreign Affairs") == {
        "Ministry of Foreign Affairs (Afghanistan)"}


def test_a_state_named_as_a_state_keeps_its_ministry(run):
    text = ("KABUL, March 4 (2021) - Afghanistan protested on Thursday.\n\n"
            "Pakistan denied firing any shells, the foreign ministry said.")
    assert _bodies(run, text, "Ministry of Foreign Affairs") == {
        "Ministry of Foreign Affairs (Pakistan)"}

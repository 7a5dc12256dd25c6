"""Issue 12, stop 51, h-span1: organisation names kg cut short: a name ending in a body's head
with an acronym, an ordinal or a hyphenated word that goes on over "of"/"for"/"on"; a lower-case
"party" after a head word ("the Congress party"); a body's modifier NER ends before a
demonym ("the Supreme | Soviet").

Every sentence was written for these tests. Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _agencies(run, text):
    """``{surface text: key}`` of the Agency mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text.strip(): m.key for m in mentions if m.cls == "Agency"}


# --- a name ending in a body's head goes on over "of"/"for"/"on" ----------------------------

@pytest.mark.parametrize("text, name", [
    ("The AU Contact Group on Libya met in Addis Ababa.",
     "AU Contact Group on Libya"),  # an acronym opens it
    ("Gunners of the 4th Field Regiment of the Royal Canadian Artillery fired a salute.",
     "4th Field Regiment of the Royal Canadian Artillery"),  # an ordinal opens it
    ("The Chilean-Peruvian Commission for Border Demarcation met in Lima on Friday.",
     "Chilean-Peruvian Commission for Border Demarcation"),  # a hyphenated word opens it
])
def test_head_ended_name_goes_on(run, text, name):
    assert name in _agencies(run, text)


# --- a lower-case "party" after a body's head word is the name's ---------------------------

@pytest.mark.parametrize("text, name", [
    ("The opposition Congress party criticised the purchase of the jets.", "Congress party"),
    ("Members of the Front party marched in the capital.", "Front party"),
])
def test_lower_case_head_goes_on(run, text, name):
    assert name in _agencies(run, text)


def test_lower_case_head_stays_off_other_names(run):
    # "Fidesz" is named without "party": only a body's head word takes it
    assert "Fidesz party" not in _agencies(run, "The ruling Fidesz party won the vote.")


def test_numbered_unit_after_of_is_its_own(run):
    found = _agencies(run, "Marines of the 24th Marine Expeditionary Unit of the Sixth Fleet "
                           "came ashore at dawn.")
    assert "24th Marine Expeditionary Unit of the Sixth Fleet" not in found


def test_listed_name_keeps_its_span(run):
    # a listed body keeps its name: "the NATO force" is NATO
    assert _agencies(run, "The NATO force entered Kosovo in June.") == {"NATO": "NATO"}


# --- a modifier NER ends before a demonym -------------------------------------------------------

def test_modifier_and_demonym_are_one_body(run):
    found = _agencies(run, "The law must be approved by the Supreme Soviet before it comes "
                           "into force.")
    assert "Supreme Soviet" in found and "Supreme" not in found


def test_demonym_after_a_name_stays_a_state(run):
    # "the Federal Council" is a name; "Swiss" after it is no word of it
    mentions, _ = run("The Federal Council Swiss delegation arrived in Bern.")
    assert not any(m.span.text == "Federal Council Swiss" for m in mentions)

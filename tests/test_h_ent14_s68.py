"""Issue 12, stop 61 (s68 h-ent14): a bare service that a reported clause makes its subject is the
service of the state its speaker is tied to ("Kenyan officials said the army would …", "In Lima,
the ministry said the navy had …"), before a service of another state that the story named earlier.
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys


@pytest.mark.parametrize("text, key, other", [
    # the other state's army named first: the speaker's own army still speaks of theirs
    ("Tanzanian army units crossed the border on Monday. Kenyan officials said the army would "
     "hold every post along the frontier.", "Army (Kenya)", "Army (Tanzania)"),
    # a place that the saying is set in ties the speaker to its state
    ("Chile's navy sent two frigates north in May. In Lima, a newspaper said the navy had "
     "kept its submarines in port.", "Navy (Peru)", "Navy (Chile)"),
])
def test_a_reported_bare_service_is_the_speakers_states(run, text, key, other):
    keys = _keys(run, text, "Agency")
    assert key in keys
    assert other in keys  # the named service stays where it was named


@pytest.mark.parametrize("text, key", [
    # a speaker of two states decides nothing: the named service stands
    ("Tanzanian army units crossed the border on Monday. Kenyan and Ugandan officials said the "
     "army would stay on the far side.", "Army (Tanzania)"),
])
def test_a_speaker_of_no_one_state_leaves_the_named_service(run, text, key):
    keys = _keys(run, text, "Agency")
    assert key in keys
    assert "Army (Kenya)" not in keys and "Army (Uganda)" not in keys


def test_a_report_that_names_a_state_keeps_the_hosts_service(run):
    # the speaker's state is a party of the report itself: the army is the host's
    text = ("AMMAN, May 4 - The Jordanian army received ten transport helicopters on Sunday. "
            "British officials said the army had kept careful records of British equipment.")
    keys = _keys(run, text, "Agency")
    assert "Army (Jordan)" in keys
    assert "Army (United Kingdom)" not in keys

"""Issue 12, stop 39 (h-ent50): nationality phrases as claimants.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys
from tests.test_extract_prec19 import _claimants

# --- "<demonym> military officials/sources": the state speaks (dev conventions R5) -----------


@pytest.mark.parametrize("text, state, forces", [
    ("The crates held mortars and rifles, Israeli military officials said on Monday.",
     "Israel", "Israel Defense Forces"),
    ("The North has moved new rocket launchers to the border, according to South Korean "
     "military sources.", "South Korea", "Joint Chiefs of Staff (South Korea)"),
    ("Ukrainian military officials said the bridge had been hit twice overnight.",
     "Ukraine", "Armed Forces of Ukraine"),
])
def test_military_officials_speak_for_the_state(run, text, state, forces):
    assert _claimants(run, text) == {state}
    assert state in _keys(run, text, "Country")
    assert forces not in _keys(run, text, "Agency")


@pytest.mark.parametrize("text, forces", [
    # a spokesman is the forces' own voice (R6), and so are the forces themselves
    ("An Israeli military spokesman said the convoy had turned back.", "Israel Defense Forces"),
    ("The Israeli military said the convoy had turned back.", "Israel Defense Forces"),
    # a possessor's forces stay the forces (the seed article's "South Korea's military")
    ("South Korea's military said the drills would start on Tuesday.",
     "Joint Chiefs of Staff (South Korea)"),
])
def test_the_forces_own_voice_stays_the_forces(run, text, forces):
    assert _claimants(run, text) == {forces}


# --- a name that opens a line, untagged there, but tagged elsewhere in the document ----------

HEADLINE_STORY = (
    "Kovacs and Ndlovu sign border truce in Vienna\n\n"
    "VIENNA, May 4 (1998) - Foreign Minister Anton Kovacs and rebel commander Themba Ndlovu "
    "signed a truce on Monday that ends two years of fighting along the river.\n\n"
    "Angry deputies criticised the deal.\n")


def test_headline_surnames_of_people_named_below(run):
    mentions, _ = run(HEADLINE_STORY)
    headline = HEADLINE_STORY.split("\n", 1)[0]
    people = {m.span.text for m in mentions if m.cls == "Person" and m.span.end <= len(headline)}
    assert people == {"Kovacs", "Ndlovu"}


def test_paragraph_opening_acronym_named_elsewhere(nlp):
    text = ("The rebels of the Northern Freedom Army (NFA) attacked two towns on Friday, the army "
            "said.\n\nNFA fighters said they had taken the bridge at Kalo.\n")
    doc = nlp(text)
    opener = doc.char_span(text.index("NFA fighters"), text.index("NFA fighters") + 3)
    assert any(e.start == opener.start for e in doc.ents)


def test_a_capitalised_common_word_opening_a_line_is_no_name(run):
    mentions, _ = run(HEADLINE_STORY)
    assert not any(m.span.text == "Angry" for m in mentions)

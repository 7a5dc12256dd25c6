"""A bare body word that speaks is the story's own state's body (issue 12, stop 69, h-rep111),
on sentences written for this test (invented stories):
- "… under a deal concluded with <capital>, the defence ministry said" under another state's
  dateline: a state named only where it is acted upon (an object, never a subject or a
  subject's owner, never after "in") is the far party, the ministry the dateline's
  (refine/bodies._acted_on_only);
- "…, the ministry said" or "ministry officials said" two sentences or more after another
  state's ministry spoke: the dateline's state's ministry the story named before speaks
  (relations/coreference._story_body) when it spoke in an earlier paragraph; one named in
  the sentence just before, or in the same paragraph, stays."""

from __future__ import annotations


def _speakers(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(text) if said in s]


LEAD = ("Peru to buy 40 trucks from Sweden\n\nLIMA, May 3 - Peru's army will receive 40 "
        "trucks from Swedish stocks under a deal concluded with Stockholm this week, the "
        "defence ministry said on Monday.")


def test_ministry_after_a_state_acted_upon_is_the_datelines(claims):
    assert _speakers(claims, LEAD, "trucks from Swedish stocks") == ["Ministry of Defence (Peru)"]


def test_ministry_with_a_subject_state_stays_that_states(claims):
    # (guard: the one state the sentence names acts there: "Chile will deliver …")
    text = ("Peru to buy 40 trucks from Chile\n\nLIMA, May 3 - Chile will deliver 40 trucks "
            "to the Peruvian army next year, the foreign ministry said on Monday.")
    assert _speakers(claims, text, "deliver 40 trucks") == ["Ministry of Foreign Affairs (Chile)"]


STORY = (LEAD + " A spokesman for the Swedish defence ministry said Stockholm had approved the "
         "sale. Swedish officials said more trucks could follow.\n\nThe first trucks will be "
         "shipped in June, the ministry said.")


def test_ministry_said_far_after_another_states_is_the_storys(claims):
    assert _speakers(claims, STORY, "shipped in June") == ["Ministry of Defence (Peru)"]


def test_ministry_officials_far_after_another_states_are_the_storys(claims):
    text = STORY.replace("the ministry said.", "ministry officials said.")
    assert _speakers(claims, text, "shipped in June") == ["Ministry of Defence (Peru)"]


def test_ministry_right_after_another_states_stays_that_one(claims):
    # (guard: "the ministry" right after "<State A>'s defence ministry said" stays A's)
    text = (LEAD + " Sweden's defence ministry said Stockholm had approved the sale. The first "
            "trucks will be shipped in June, the ministry said.")
    assert _speakers(claims, text, "shipped in June") == ["Ministry of Defence (Sweden)"]


def test_ministry_in_the_same_paragraph_stays_that_one(claims):
    # (guard: the other state's ministry keeps the word through its own paragraph)
    text = (LEAD + "\n\nSweden's defence ministry said Stockholm had approved the sale. It "
            "said more trucks could follow. The first trucks will be shipped in June, the "
            "ministry said.")
    assert _speakers(claims, text, "shipped in June") == ["Ministry of Defence (Sweden)"]

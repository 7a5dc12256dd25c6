"""Issue 12, stop 34 (h-rep28): claimants of "reports" named by a description (sentences written
for these tests, none taken from a corpus; real spaCy parse): a bare ministry that speaks
where neither its sentence nor the dateline gives its one state is the story's state's
("…, the defence ministry said": dev d497, d501), and "the information ministry" is a ministry
(d365)."""

from __future__ import annotations


def _claimants(run, text):
    _, rels = run(text)
    return {c.key or c.lemma for r in rels if r.relation == "reports" for c in r.role("claimant")}


def test_bare_ministry_in_a_sentence_naming_no_state(run):
    text = ("Norway buys German submarines\n\n"
            "BERGEN, May 3 (2019) - Norway has ordered four submarines from Germany, officials "
            "said.\n\nThe first boat is due in 2026 and will replace the navy's oldest vessels, "
            "the defence ministry said.")
    assert "Ministry of Defence (Norway)" in _claimants(run, text)


def test_bare_ministry_in_a_sentence_naming_the_story_state_among_others(run):
    text = ("Peru gets first Korean trainers\n\n"
            "AREQUIPA, March 2 (2018) - Peru has taken delivery of the first four of 20 KT-1 "
            "trainers built by a South Korean firm for its air force, the defence department "
            "said on Friday.")
    found = _claimants(run, text)
    assert "Department of Defence (Peru)" in found
    assert "Department of Defence (South Korea)" not in found


def test_bare_ministry_not_given_a_state_the_sentence_leaves_out(run):
    # the sentence names two other states: no ministry of the story's state
    text = ("Japan protests sale of jets to Taiwan\n\n"
            "Japan said on Wednesday it regretted the sale of jets to Taiwan.\n\n"
            "France approved the sale of 60 fighters to Taiwan, the Defence Ministry said.")
    assert "Ministry of Defence (Japan)" not in _claimants(run, text)


def test_information_ministry_is_a_ministry(run):
    text = ("Chad's information ministry said on Tuesday that government troops had retaken "
            "the border town of Bardai.")
    assert "Ministry of Information (Chad)" in _claimants(run, text)

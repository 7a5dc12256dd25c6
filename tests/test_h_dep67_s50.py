"""Issue 12, stop 50 (s57 h-dep67): a town named before a border noun's head ("the Narva
border crossing", "the Kuznica border post") is where the force went, while a state there
("the Belarus border crossing", "the Somali border town") still names the line's other side;
"Russia today" in an accusation is the state and a day, not the outlet Russia Today.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def _mentions(run, text):
    mentions, _ = run(text)
    return {(m.span.text, m.cls) for m in mentions}


def test_a_town_before_a_border_crossing_is_the_destination(run):
    found = _deploys(run, "Estonia has sent more police officers and soldiers to the Narva "
                          "border crossing.")
    assert ("Estonia", "Narva") in found


def test_a_town_before_a_border_post_is_the_destination(run):
    found = _deploys(run, "Poland has sent two companies of soldiers to the Kuznica border "
                          "post.")
    assert ("Poland", "Kuznica") in found


def test_a_state_before_a_border_crossing_is_still_no_destination(run):
    found = _deploys(run, "Poland moved troops to the Belarus border crossing on Tuesday.")
    assert not any(dest == "Belarus" for _, dest in found)


def test_a_nationality_before_a_border_town_is_still_no_destination(run):
    found = _deploys(run, "Kenya sent troops to the Somali border town of Mandera.")
    assert not any(dest == "Somalia" for _, dest in found)


def test_russia_today_in_lower_case_is_the_state_not_the_outlet(run):
    mentions = _mentions(run, "Ukraine accused Russia today of moving troops to Crimea.")
    assert ("Russia", "Country") in mentions
    assert not any(cls == "MediaOutlet" for _, cls in mentions)


def test_russia_today_as_written_is_still_the_outlet(run):
    mentions = _mentions(run, "The state channel Russia Today said the report was false.")
    assert ("Russia Today", "MediaOutlet") in mentions

"""A reporting verb the parser hangs on the verb of another verb's clause (issue 12, stop 57,
h-rep80), on sentences written for this test (invented participants, not taken from any
article or corpus): "X asked why Y was arming Z and said …", "X questioned whether the cost
could be met and said …": the finite second verb cannot share the clause's auxiliary, so it
is X's, whether X's first verb reports or asks."""

from __future__ import annotations

import pytest

LEAD = "Ruritania sent troops to Borduria last week. "


def _speakers(claims, text: str, said: str) -> list[str]:
    return [c for c, s in claims(LEAD + text) if s.startswith(said)]


@pytest.mark.parametrize("text, speaker, said", [
    ("Anton Blau, the opposition's defence spokesman, asked why Ruritania was propping up "
     "Kovac and said parliament had not been told how long the troops would stay.",
     "Anton Blau", "parliament had"),
    ("Anton Blau, the opposition's defence spokesman, questioned whether the cost could be "
     "contained and said the government had hidden the true figures.", "Anton Blau",
     "the government had"),
    ("Opposition leader Anton Blau doubted that the bill could be passed and warned that the "
     "army would go unpaid.", "Anton Blau", "that the army"),
])
def test_second_verb_after_asking_verb_is_the_askers(claims, text, speaker, said):
    found = _speakers(claims, text, said)
    assert found == [speaker], claims(LEAD + text)


def test_reporting_first_verb_still_speaks(claims):
    # (one speaker's two verbs of one sentence are one claim; h-rep4)
    text = ("Anton Blau said Ruritania was arming the militia and warned that Borduria "
            "would respond.")
    found = claims(LEAD + text)
    assert [c for c, s in found if "Borduria would respond" in s] == ["Anton Blau"], found


def test_second_verb_with_own_subject_keeps_it(claims):
    # "… and Borduria said …": a subject of its own after "and" speaks for itself
    text = ("Anton Blau asked why Ruritania was arming the militia, and Borduria said "
            "the troops would leave.")
    assert _speakers(claims, text, "the troops would") == ["Borduria"], claims(LEAD + text)


def test_met_and_said_keeps_first_subject(claims):
    text = "Anton Blau met the Bordurian envoy and said the talks had gone well."
    assert _speakers(claims, text, "the talks") == ["Anton Blau"], claims(LEAD + text)

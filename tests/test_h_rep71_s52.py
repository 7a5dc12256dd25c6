"""Issue 12, stop 52 (s59 h-rep71): "<leader>'s government" as the claimant. Sentences written
for these tests, none taken from a corpus; real spaCy parse.

- A head of state or government the article affiliates with no state ("President Robert
  Mugabe" with no "Zimbabwe's" before him) is the head of the state relations.yaml's
  ``leader_states`` lists him under, where the article names that state: "Mugabe's government
  said …" is that state's claim, not the dateline's nor nobody's.
"""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_relation_rules
from tests.test_h_rep66_s49 import _claimants


@pytest.mark.parametrize("text, state", [
    ("Zimbabwe to send more troops to Mozambique\n\n"
     "JOHANNESBURG, June 4 - Mozambique asked its neighbours for help against rebels in its "
     "north on Tuesday. President Robert Mugabe flew to Maputo for talks. Mugabe's government "
     "said it would send 300 more soldiers to guard the railway.", "Zimbabwe"),
    ("Kenya sends police to Somali border\n\n"
     "ADDIS ABABA, May 2 - Kenya has sent 500 police officers to its border with Somalia after "
     "a raid on a village, diplomats said on Friday. Bandits crossed the border at night, the "
     "Red Cross said. President Mwai Kibaki's government said the bandits had been armed by a "
     "warlord in Kismayo.", "Kenya"),
])
def test_a_listed_leaders_government_is_his_state(run, text, state):
    found = _claimants(run, text)
    assert state in found, found


def test_a_listed_leader_of_a_state_the_article_never_names_gives_no_claimant(run):
    text = ("Rebels seize border town\n\n"
            "NAIROBI, June 4 - Rebels seized a border town on Tuesday. President Jimmy Carter "
            "has promised help. Carter's government said the rebels had received mortars.")
    assert "United States" not in _claimants(run, text)


def test_leader_states_are_loaded_by_full_name():
    states = load_relation_rules().leader_states
    assert states["robert mugabe"] == "Zimbabwe"
    assert states["idriss deby"] == "Chad"
    assert "mugabe" not in states  # (full names only: a surname alone is too often shared)

"""Issue 12, stop 61 (h-ent15): a person's name NER cut at the Portuguese "e" of two surnames or
the Thai "na" of a royal lineage goes on over it (roles.yaml name_particles). All sentences
invented."""

from __future__ import annotations

import pytest
from test_extract_titled_names_s31 import _people, _texts


@pytest.mark.parametrize("text, name", [
    ("Interior Minister Rodrigo Almeida e Castro said the patrols would start in June.",
     "Rodrigo Almeida e Castro"),
    ("The navy chief, Admiral Sombat Kittikachorn na Songkhla, inspected the frigate on "
     "Tuesday.", "Sombat Kittikachorn na Songkhla"),
    ("Foreign Minister Prasit Chaiyawat na Chiangmai told reporters the talks were over.",
     "Prasit Chaiyawat na Chiangmai"),
])
def test_a_name_runs_on_over_e_and_na(run, text, name):
    texts = _texts(run, text)
    assert name in _people(run, text), texts
    assert not any(t != name and t in name and t[:1].isupper() for t in texts), texts


@pytest.mark.parametrize("text, names", [
    # "and" between two people is no particle
    ("Defence Minister Rodrigo Almeida and Foreign Minister Paulo Castro met in Lisbon.",
     {"Rodrigo Almeida", "Paulo Castro"}),
])
def test_two_people_joined_by_and_stay_two(run, text, names):
    assert names <= _people(run, text), _texts(run, text)


def test_a_place_after_e_stays_a_place(run):
    text = "Crowds gathered in Sao Tome e Principe on Friday to greet the visiting warships."
    assert not any("Principe" in p for p in _people(run, text)), _texts(run, text)

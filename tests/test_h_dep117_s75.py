"""A force "based" at home is no deployment (issue 12, stop 75, h-dep117): a unit, ship or
aircraft based at a place of its own state has no line (dev conventions D2; stop 58's census of
standing bases (c)), the place's state known from the place lists or from the province named
after it; a base abroad and "stationed in" keep their lines.
Sentences written for this test."""

from __future__ import annotations

from kg.extract.places import subdivision_state


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


def test_jets_based_at_a_town_of_a_named_home_province(relations):
    text = "Canadian CF-18 jets based at Cold Lake, Alberta, patrol the northern approaches."
    assert _deploys(relations, text) == set()


def test_warships_based_at_a_listed_home_port(relations):
    text = "Indian frigates based in Mumbai escorted the convoy."
    assert _deploys(relations, text) == set()


def test_a_base_abroad_keeps_its_line(relations):
    # (guard: the place lies in another state)
    text = "American F-16 jets based at Aviano in Italy flew over Bosnia on Monday."
    assert ("United States", "Italy") in _deploys(relations, text)


def test_stationed_at_home_keeps_its_line(relations):
    # (guard: "stationed in" a place of the state's own, the census's other form)
    text = "Russian troops stationed in Kaliningrad were put on alert on Friday."
    assert _deploys(relations, text) == {("Russia", "Kaliningrad Oblast")}


def test_a_province_shared_by_two_states_names_none():
    assert subdivision_state("Alberta") == "CA"
    assert subdivision_state("Punjab") is None  # India and Pakistan both have one
    assert subdivision_state("Atlantis") is None

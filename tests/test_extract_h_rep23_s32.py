"""Issue 12, stop 32 (h-rep23): an armed group noun whose own noun phrase names the group
("the rebels of the X Front", "the rebels, who call themselves the X", "the militias, known
as the X") means that group, though its name stands after the noun. A clause that does not
name the group ("the rebels, who fought the X") names nothing. Sentences written for these
tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

LEAD = "HARARE, June 9 - Fighting spread across eastern Zimbabwe on Sunday. "


def _claimants(claims, text: str) -> set[str]:
    return {c for c, _ in claims(text)}


def _supplies(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


@pytest.mark.parametrize("subject", [
    "The rebels, who call themselves the Popular Movement of Zembla,",
    "The militias, known as the Popular Movement of Zembla,",
    "The guerrillas of the Popular Movement of Zembla",
])
def test_the_group_named_by_its_own_noun_phrase_speaks(claims, subject):
    text = f"{LEAD}{subject} said that they had taken two towns in the east."
    assert "Popular Movement of Zembla" in _claimants(claims, text), claims(text)


def test_a_clause_that_does_not_name_the_group_names_nothing(claims):
    text = (f"{LEAD}The rebels, who fought the Popular Movement of Zembla last year, said that "
            "they had taken two towns in the east.")
    assert "Popular Movement of Zembla" not in _claimants(claims, text), claims(text)


@pytest.mark.parametrize("group", [
    "the militias, known as the Polisario Front,",
    "the rebels of the Polisario Front,",
])
def test_the_group_so_named_receives(run, group):
    text = f"Libya has been arming {group} French officials said."
    assert ("Libya", "Polisario Front") in _supplies(run, text)


def test_a_group_a_clause_names_otherwise_receives_nothing(run):
    text = "Libya has been arming the militias, which attacked the Polisario Front, officials said."
    assert not {r for _, r in _supplies(run, text)} & {"Polisario Front"}


@pytest.mark.parametrize("clause, speaks", [
    ("who calls himself Commander Tembo Moyo", True),
    ("who met Commander Tembo Moyo last week", False),
])
def test_a_speaker_who_names_himself_is_that_person(claims, clause, speaks):
    text = ("HARARE, June 9 - The Popular Movement of Zembla attacked two towns on Sunday. "
            f"The rebels' spokesman, {clause}, told reporters that they had taken both.")
    assert ("Tembo Moyo" in _claimants(claims, text)) is speaks, claims(text)

"""Legislatures and state bodies (issue 12, stop 83, h-ent88): a bare "parliament" that is
no state's legislature ("a parliament", "parliament building"); "its parliament" after a
preposition; "the republic's parliament"; the story's lead state as the last fallback; and
legislatures and cabinet bodies by their own names (the Cortes, India's Cabinet Committee on
Security, National Assemblies also called "parliament"), and Nicaragua's "Sandinista army".
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _entities(resolved, text: str) -> set[tuple[str, str]]:
    """(key, class) of every entity ``text`` resolves to as one document."""
    return {(e.key, e.cls) for e in resolved(text)}


def _parliaments(found: set[tuple[str, str]]) -> set[str]:
    return {key for key, cls in found if cls == "Agency" and key.startswith("Parliament")}


@pytest.mark.parametrize("text", [
    # one of a kind, not a state's body
    "BELGRADE, May 2 - Serbia and Montenegro agreed that the union would have a parliament "
    "and a president.",
    # the modifier of another noun: a building, a title
    "KABUL, May 2 - Afghanistan opened a new parliament building that India had paid for.",
    "TEHRAN, May 2 - Iran condemned the attack, and parliament speaker Ali Rezaei called "
    "for calm.",
])
def test_a_parliament_of_a_kind_or_a_modifier_is_no_legislature(resolved, text):
    assert not _parliaments(_entities(resolved, text))


@pytest.mark.parametrize(("text", "state"), [
    ("OSLO, May 2 - Chile has signed a treaty with Peru. President Rivas said Chile would put "
     "the treaty before its parliament in June.", "Chile"),
    ("ROME, May 2 - Greece said it might block the accord in its parliament.", "Greece"),
])
def test_its_parliament_after_a_preposition_is_the_states(resolved, text, state):
    assert f"Parliament ({state})" in _parliaments(_entities(resolved, text))


def test_members_of_parliament_before_a_noun_keep_their_parliament(resolved):
    text = ("GENEVA, May 2 - Chilean members of parliament meeting in Geneva approved the "
            "charter on Sunday.")
    assert "Parliament (Chile)" in _parliaments(_entities(resolved, text))


def test_its_parliament_as_a_subject_is_left_alone(resolved):
    text = "ROME, May 2 - The party said its parliament group would vote against the deal."
    assert not _parliaments(_entities(resolved, text))


def test_the_republics_parliament_is_the_named_states(resolved):
    text = ("GENEVA, May 2 - Leaders of Croatia and Serbia met on Monday.\n\n"
            "Croatian officials said the republic's parliament would vote on the plan.")
    assert "Parliament (Croatia)" in _parliaments(_entities(resolved, text))


def test_a_bare_parliament_falls_back_on_the_lead_state(resolved):
    text = ("Chile buys two frigates from British yard\n\n"
            "PORTSMOUTH, England, May 2 - Chile has bought two frigates from a British yard.\n\n"
            "Opposition parties in parliament have asked for the price to be made public.")
    assert _parliaments(_entities(resolved, text)) == {"Parliament (Chile)"}


@pytest.mark.parametrize(("text", "body"), [
    ("MADRID, May 2 (1960) - The Cortes approved the base agreement on Friday.",
     "Cortes Espanolas"),
    ("NEW DELHI, May 2 - The cabinet committee on security cleared the purchase of 20 jets.",
     "Cabinet Committee on Security"),
])
def test_legislatures_and_cabinet_bodies_by_their_names(resolved, text, body):
    assert (body, "Agency") in _entities(resolved, text)


def test_puerto_cortes_is_a_port_not_the_cortes(resolved):
    found = _entities(resolved,
                      "Honduras received the jets at Puerto Cortes on Friday.")
    assert ("Puerto Cortes", "Region") in found
    assert ("Cortes Espanolas", "Agency") not in found


def test_a_national_assembly_also_called_parliament_is_one_body(resolved):
    text = ("SEOUL, May 2 - South Korea's National Assembly approved the dispatch of 300 "
            "engineers on Friday. The defence minister told parliament the troops would "
            "leave in June.")
    found = _entities(resolved, text)
    assert ("National Assembly (South Korea)", "Agency") in found
    assert not _parliaments(found)


def test_the_sandinista_army_is_nicaraguas_army(resolved):
    text = ("MANAGUA, May 2 (1986) - The Sandinista army has received six helicopters from "
            "the Soviet Union.")
    assert ("Nicaraguan Army", "Agency") in _entities(resolved, text)

"""Issue 12, stop 62 (h-sig16): a counted plural agreement ("signed two treaties") whose members
the next sentences tell apart by an ordinal or a modifier ("the first accord … the second
accord", "the river treaty … the air treaty", "the accord on fishing rights") is that many
agreements, each signed by the plural's signers (sentences written for these tests, real spaCy
parse; dev d976, d1007, d1046).
"""

from __future__ import annotations

from tests.test_challenge_signatories import _signed
from tests.test_h_agr9_s51 import _agreements

ORDINALS = ("Chile and Peru sign pacts on fishing and shipping\n\n"
            "LIMA, June 2 - Chile and Peru signed two agreements on Monday meant to end a quarrel "
            "over their fleets.\n\n"
            "Under the first accord, each side may fish in a shared zone. The second accord sets "
            "rules for ships that call at the other's ports.")

MODIFIERS = ("Chile and Peru sign boundary treaties\n\n"
             "LIMA, June 2 - Chile and Peru signed two treaties on Monday that settle their "
             "frontier.\n\n"
             "The river treaty splits the waters of the Lauca, while the air treaty opens the "
             "skies over the border to both air forces.")

ON_PHRASE = ("Chile and Peru sign fishing accords\n\n"
             "LIMA, June 2 - Chile and Peru signed two partial agreements on Monday.\n\n"
             "The accord on fishing rights lets each fleet work the shared zone. In a second "
             "accord, the two sides pledged to police the zone together.")

THREE_TOLD = ("Chile and Peru sign boundary treaties\n\n"
              "LIMA, June 2 - Chile and Peru signed two treaties on Monday that settle their "
              "frontier.\n\n"
              "The river treaty splits the waters of the Lauca, the air treaty opens the skies "
              "and the rail treaty reopens the line to Arica.")


def _keys(run, text: str) -> set[str]:
    return {k for k in _agreements(run, text).values() if k}


def test_ordinal_members_are_two_agreements_each_signed(run):
    keys = _keys(run, ORDINALS)
    assert {"first accord (Chile–Peru)", "second accord (Chile–Peru)"} <= keys
    signed = _signed(run, ORDINALS)
    assert {("chile", "first accord (chile–peru)"),
            ("chile", "second accord (chile–peru)")} <= signed


def test_modifier_members_are_minted_with_their_modifier(run):
    found = _agreements(run, MODIFIERS)
    assert found.get("river treaty") == "river treaty (Chile–Peru)"
    assert found.get("air treaty") == "air treaty (Chile–Peru)"
    assert ("peru", "air treaty (chile–peru)") in _signed(run, MODIFIERS)


def test_an_on_phrase_tells_a_member_apart(run):
    found = _agreements(run, ON_PHRASE)
    assert "accord on fishing rights" in found
    assert ("chile", "second accord (chile–peru)") in _signed(run, ON_PHRASE)


def test_more_members_than_the_count_leave_the_plural_alone(run):
    assert not any("river treaty" in k for k in _keys(run, THREE_TOLD))

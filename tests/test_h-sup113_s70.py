"""Issue 12, s70 (h-sup113): the owner of an aid programme gives what a passive hands over
under it ("were given to X under a <state's> programme for surplus equipment": the state or
body named before "programme" supplies; SU7; dev d1171, d1222). A programme with no owner
named, a contract or an order names no giver, and a taking over with no weapon or a receipt
of no material makes no supply. Sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The old frigate was handed to Ghana last year under a Dutch programme for "
                 "surplus naval equipment.", ("Netherlands", "Ghana"), id="nationality"),
    pytest.param("The patrol boats were donated to Ghana's navy under Washington's programme "
                 "for coastal security.", ("United States", "Navy (Ghana)"), id="possessive"),
    pytest.param("The helicopters, retired from army service, were given to Ghana under a "
                 "Pentagon programme for surplus equipment.",
                 ("United States Department of Defense", "Ghana"), id="agency"),
])
def test_the_programme_owner_gives(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_the_programme_owner_gives_the_items(role_pairs):
    text = ("The frigate, which was retired by the navy in May, was given to Ghana under a U.S. "
            "programme that transfers surplus equipment to allies.")
    assert ("United States", "frigate") in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text", [
    pytest.param("The frigates were delivered to Ghana under a programme for surplus equipment.",
                 id="no-owner"),
    pytest.param("The frigates were delivered to Ghana under an Indian order placed in 2010.",
                 id="order-not-programme"),
    pytest.param("Ghana took over the base in March.", id="took-over-no-weapon"),
    pytest.param("Ghana received praise from Togo for its mediation.", id="praise"),
])
def test_no_giver_named(role_pairs, text):
    # guards: no owner before "programme", an order's modifier is its buyer, no goods moved
    assert not role_pairs(text) and not role_pairs(text, roles=("supplier", "item"))

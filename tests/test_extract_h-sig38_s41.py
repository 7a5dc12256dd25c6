"""Issue 12, stop 41 (h-sig38): agreements as entities. A signed bare "declaration" is an
agreement of its signers' states ("declaration (A–B)"), one issued or read out is none, and one
adopted at a city stays that city's declaration (sentences written for these tests, none taken
from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def test_declaration_signed_by_two_people_is_their_states_agreement(run):
    text = ("Kenya and Uganda agreed on Monday to end their border dispute. Amina Odhiambo and "
            "Paul Mugisha then signed a declaration making their countries partners in the "
            "settlement.")
    agreements, signed, _ = _observe(run, text)
    declaration = "declaration (kenya–uganda)"
    assert declaration in agreements, agreements
    assert {(_norm("Amina Odhiambo"), declaration), (_norm("Paul Mugisha"), declaration)} <= signed


def test_declaration_issued_is_no_agreement(run):
    text = ("Kenya and Uganda met in Nairobi on Monday. The East African Community issued a "
            "declaration on the drought, and Kenya signed a contract with Uganda.")
    agreements, _, _ = _observe(run, text)
    assert not any(a.startswith("declaration") for a in agreements), agreements


def test_declaration_adopted_at_a_city_keeps_the_city_name(run):
    text = ("The Organization of African Unity adopted a declaration at Lusaka in March that "
            "condemned the coup, over Chad's objection.")
    agreements, _, _ = _observe(run, text)
    assert _norm("Lusaka Declaration") in agreements, agreements
    assert not any(a.startswith("declaration (") for a in agreements), agreements

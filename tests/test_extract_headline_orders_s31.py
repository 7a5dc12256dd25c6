"""Issue 12, stop 31 (h-dep20): a headline "<leader/state> orders <force> into/to <place>" the
parser misreads (the name a compound of "orders", or "orders" a noun): the leader or state
deploys the force there, to each place listed; "orders <weapons> from <state>" stays a
purchase.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations


def _pairs(run, text: str, relation: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    first = text.split("\n")[0]
    return {(a.key or a.span.text, b.key or b.span.text) for r in rels
            if r.relation == relation and r.sentence.text.strip() == first
            for a, b in [(r.role(r.roles[0][0])[0], r.role(r.roles[1][0])[0])]}


def test_headline_leader_orders_fleet_into_strait(run):
    text = ("Peters orders Ninth Fleet into Kavala Strait\n\n"
            "President John Peters said on Monday that he had ordered the Ninth Fleet to the "
            "Kavala Strait to guard the shipping lanes.")
    assert ("Peters", "Kavala Strait") in _pairs(run, text, "deploys")


def test_headline_orders_troops_to_two_states_before_subordinate_clause(run):
    text = ("UK orders troops to Estonia and Latvia as Russia masses tanks near Baltic\n\n"
            "LONDON, May 3 - Britain said on Tuesday it would add 800 soldiers to its forces "
            "in the Baltic states.")
    found = _pairs(run, text, "deploys")
    assert {("United Kingdom", "Estonia"), ("United Kingdom", "Latvia")} <= found
    assert not any(a == "Russia" for a, _ in found)


def test_headline_orders_jets_from_state_is_no_deployment(run):
    text = ("Poland orders fighter jets from Sweden as Russia masses forces\n\n"
            "WARSAW, May 3 - Poland agreed on Tuesday to buy 24 fighter jets from Sweden.")
    assert not _pairs(run, text, "deploys")
    assert ("Sweden", "Poland") in _pairs(run, text, "supplies")

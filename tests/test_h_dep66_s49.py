"""Issue 12, stop 49 (s56 h-dep66): a deployment told through an order. "X was ordered to Y"
(a reduced passive, its agent the deployer, or none) sends a force or weapons to Y, not a
purchase, which is "ordered from"; "ordered to sail/move to Y" puts the place on the movement
ordered (dev conventions D3, D6); "ordered to sail … for Y" is a course set, no line. The
western Pacific is a named sea area. Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def _relations(run, text):
    _, rels = run(text)
    return {r.relation for r in rels}


def test_a_passive_order_to_sail_to_a_place_is_a_deployment_of_the_force_state(run):
    found = _deploys(run, "American warships were ordered to sail to the Arabian Sea on Monday.")
    assert ("United States", "Arabian Sea") in found


def test_an_active_order_to_sail_to_a_place_makes_who_ordered_the_deployer(run):
    found = _deploys(run, "The Pentagon ordered American warships to sail to the Arabian Sea "
                          "on Monday.")
    assert ("United States Department of Defense", "Arabian Sea") in found


def test_weapons_ordered_to_a_state_by_a_president_are_deployed_not_bought(run):
    text = ("The first Hawk missiles ordered to Taiwan by President Dwight Eisenhower were "
            "unloaded at Keelung today.")
    assert ("Dwight Eisenhower", "Taiwan") in _deploys(run, text)
    assert "supplies" not in _relations(run, text)


def test_weapons_ordered_from_a_seller_stay_a_purchase(run):
    text = "Pakistan ordered 40 J-10 jets from China in 2021."
    assert not _deploys(run, text)
    assert "supplies" in _relations(run, text)


def test_an_order_to_sail_for_a_place_sets_a_course_only(run):
    found = _deploys(run, "The warships were ordered to sail from Mombasa for Borneo waters.")
    assert not {p for _, p in found} & {"Borneo", "Mombasa"}


def test_the_western_pacific_is_a_named_destination(run):
    found = _deploys(run, "The US Navy sent two more destroyers to the western Pacific last week.")
    assert {p for _, p in found} == {"Western Pacific"}


def test_an_ordered_shipment_of_weapons_to_a_state_stays_a_supply(run):
    text = ("President Ronald Reagan has ordered the emergency shipment of American weapons to "
            "Chad, the State Department said.")
    assert not _deploys(run, text)


def test_the_passive_order_to_a_place_is_decided_by_its_own_rule(run, monkeypatch):
    import kg.extract.relations as relations

    fired = []
    original = relations._transfer_rule

    def spy(ctx, verb):
        out = original(ctx, verb)
        fired.append((verb.lower_, *out))
        return out

    monkeypatch.setattr(relations, "_transfer_rule", spy)
    run("Two Patriot batteries ordered to Poland by the Pentagon arrived at Rzeszow on Friday.")
    assert ("ordered", "ordered_to", "deploys") in fired

"""A named unit that a service owns ("the U.S. Navy's Fifth Fleet") said to be based or
stationed somewhere deploys itself, not the service, as "Russia's Black Sea Fleet is based at"
does rather than its state (dev conventions D2, census of standing bases, stop 58 (b);
deploys._service_or_unit). Issue 12, stop 74, h-dep116. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


@pytest.mark.parametrize(("text", "pairs"), [
    ("The U.S. Navy's Seventh Fleet, which is based in Yokosuka, Japan, held drills.",
     {("Seventh Fleet", "Yokosuka"), ("Seventh Fleet", "Japan")}),
    ("The U.S. Army's 173rd Airborne Brigade, which is stationed in Italy, sent a company.",
     {("173rd Airborne Brigade", "Italy")}),
    ("The Royal Navy's 9th Mine Countermeasures Squadron, which is based in Bahrain, swept "
     "the channel.", {("9th Mine Countermeasures Squadron", "Bahrain")}),
])
def test_a_based_unit_of_a_service_deploys_itself(relations, text, pairs):
    assert _deploys(relations, text) == pairs


def test_a_reduced_participle_reads_the_same(relations):
    assert _deploys(relations, "The U.S. Navy's Sixth Fleet, based in Naples, declined to "
                               "comment.") == {("Sixth Fleet", "Naples")}


@pytest.mark.parametrize(("text", "pair"), [
    # a sending, no standing base: the service that sent the fleet
    ("The U.S. Navy's Sixth Fleet was sent to the eastern Mediterranean.",
     ("Navy (United States)", "Mediterranean Sea")),
    # a common noun is no named unit: its service
    ("The French air force's Mirage squadron, which is stationed in Djibouti, flew patrols.",
     ("Air Force (France)", "Djibouti")),
    # materiel of a service, no unit
    ("U.S. Navy destroyers based in Spain will sail.", ("Navy (United States)", "Spain")),
])
def test_the_service_stays_where_no_named_unit_is_based(relations, text, pair):
    assert _deploys(relations, text) == {pair}

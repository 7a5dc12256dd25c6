"""A destination given by a bare description ("sent to the country", "to the islands") that
coreference read as the dateline's state (issue 12, stop 70, h-dep111): it means the places of
its kind the nearest sentence before named as places
(relations/described_destinations.described_elsewhere). Sentences written for this test."""

from __future__ import annotations


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


SENDERS_CAPITAL = (
    "MADRID, May 3 - Spain has sent 200 soldiers to Mali to train its army, the defence "
    "ministry said.\n\nSpain already has officers in a European mission in Bamako.\n\n"
    "The Spanish troops will help the army retake the north.\n\n"
    "Germany, which sent 300 troops to the country last year, will keep them there.")


def test_the_country_in_a_story_from_the_senders_capital_is_the_place_talked_about(relations):
    found = _deploys(relations, SENDERS_CAPITAL)
    assert ("Germany", "Mali") in found
    assert ("Germany", "Spain") not in found


NAMED_ISLANDS = (
    "TOKYO, June 1 - Japan said Russia had deployed missiles on Iturup and on Shikotan.\n\n"
    "Russia has also sent troops to the islands, the ministry said.")


def test_the_islands_are_the_islands_named_just_before_not_the_dateline_state(relations):
    found = _deploys(relations, NAMED_ISLANDS)
    assert {("Russia", "Iturup"), ("Russia", "Shikotan")} <= found
    assert ("Russia", "Japan") not in found


def test_the_north_of_the_country_stays_the_dateline_state(relations):
    # (guard: a story about the dateline's own state)
    text = ("KABUL, May 3 - Afghanistan said rebels attacked a post near Herat.\n\n"
            "Britain has sent 500 soldiers to the north of the country, officials said.")
    assert _deploys(relations, text) == {("United Kingdom", "Afghanistan")}


def test_the_dateline_state_named_last_as_a_place_is_meant(relations):
    # (guard: "aid donor to Fiji, and it flew troops to the islands": Fiji)
    text = ("SUVA, May 3 - Fiji's government welcomed the aid.\n\nNew Zealand is the largest "
            "aid donor to Fiji, and it flew troops to the islands after the cyclone.")
    assert _deploys(relations, text) == {("New Zealand", "Fiji")}


def test_the_country_where_the_dateline_state_is_the_only_state_named(relations):
    # (guard: no other state named as a place: the dateline's is meant)
    text = ("KABUL, May 3 - Afghanistan said rebels attacked a post near Herat.\n\n"
            "Britain has sent 500 more soldiers to the country, officials said.")
    assert _deploys(relations, text) == {("United Kingdom", "Afghanistan")}

"""Issue 12, stop 44 (s51 h-dep55): a troops-only verb without an object ("paratroopers dropped
on X") says the troops were dropped there, a deployment by their nationality; other subjects
that "dropped" stay none (sentences written for these tests, none taken from a corpus; real
spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_paratroopers_that_dropped_are_deployed(run):
    found = _deploys(run, "Belgian paratroopers dropped on Kinshasa at dawn on Friday.")
    assert ("Belgium", "Democratic Republic of the Congo") in found  # the capital stands for it


def test_a_dropped_amount_is_no_deployment(run):
    assert _deploys(run, "The number of French troops dropped in Chad last year.") == set()


def test_dropped_bombs_stay_no_deployment(run):
    assert _deploys(run, "Egyptian jets dropped bombs on Kisangani on Friday.") == set()


def test_a_headline_present_drop_is_a_movement(run):
    # like "troops fly to" in a headline (dev conventions D4)
    assert _deploys(run, "Belgian paratroopers drop on Kinshasa to free hostages") == set()

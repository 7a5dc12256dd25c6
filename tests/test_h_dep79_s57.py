"""Issue 12, stop 57 (h-dep79): a stationing clause on "the first time" restates its sentence's
main event (kg.extract.relations.restating; sentences written for these tests; real spaCy
parse). Where the main verb deploys, the clause adds no line of its own (one deployment; its
description of the place is no other place)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the main verb deploys: its line only, not the clause's nationality nor a described place
    ("The United States has sent six bombers to an air base in northern Spain, the first time "
     "American bombers have been stationed in the Iberian country.",
     {("United States", "Spain")}),
    # the noun hung on the purpose infinitive: the service named by the main clause deploys
    ("Four Royal Air Force Tornado jets have been flown to Lithuania to help patrol the Baltic, "
     "the first time British jets have been stationed in the country.",
     {("Air Force (United Kingdom)", "Lithuania")}),
])
def test_first_time_clause_restates_the_main_event(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # no main event in the sentence: the clause's own words, no place named
    "It is the first time foreign troops have been based in the country.",
    # an arrival alone is no deployment (D4), nor is it made one by a restating clause (the
    # arrival reading fixed one readable article only and was left out by the rule of two)
    "About 200 U.S. Marines arrived in Iceland on Friday for an exercise, the United States said.",
    "About 200 U.S. Marines arrived in southern Iceland on Friday, the first time foreign "
    "troops have been based in the island nation since 2006, the United States said.",
])
def test_no_deployment_restated(run, text):
    assert _deploys(run, text) == set()

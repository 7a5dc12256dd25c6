"""Issue 12, stop 30 (h-dep17): carrying verbs ("ship", "transport") deploy the troops they
carry and supply the weapons they carry (sentences written for these tests, none taken from a
corpus; real spaCy parse). Dev conventions D4: a force moved by its state is deployed where it
is carried to (d291 "contingents … shipped … to the port of X", d375 "helped transport
soldiers to the island")."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _supplies(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


@pytest.mark.parametrize("text, expected", [
    ("Britain shipped a battalion of 600 soldiers to the Norwegian port of Narvik.",
     {("United Kingdom", "Narvik"), ("United Kingdom", "Norway")}),
    ("Germany helped transport 300 Malian soldiers to Gao aboard its aircraft.",
     {("Germany", "Gao")}),
    ("Spain is transporting two infantry companies to Lebanon this week.",
     {("Spain", "Lebanon")}),
])
def test_troops_carried_are_deployed(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # weapons carried are freight: a supply, not a deployment
    "Ukraine shipped 40 tanks to Thailand last year.",
    "The Soviet Union has shipped T-72 tanks and MiG-23 fighters to the rebels since May.",
    # no force carried
    "The company transported grain to Egypt.",
    "Oil was shipped to Japan from the Gulf.",
])
def test_no_deployment_without_troops(run, text):
    assert _deploys(run, text) == set()


def test_weapons_shipped_stay_supplied(run):
    assert ("Ukraine", "Thailand") in _supplies(
        run, "Ukraine shipped 40 T-84 tanks to Thailand last year.")

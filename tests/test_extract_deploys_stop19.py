"""Issue 12, stop 19 (h-dep): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest


def _deploys(run, text):
    """(deployer, destination) of each deployment, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "deploys"
            for a in r.role("deployer") for b in r.role("destination")}


# --- "is based in": a force based somewhere is deployed there (dev conventions: "based at",
# "Mirage fighter jets based in Chad", like "stationed in"; gold of d33 and d136) ------------


@pytest.mark.parametrize("text, expected", [
    ("About 800 Dutch soldiers are based in Uruzgan province.",
     ("Netherlands", "Uruzgan province")),
    ("Some 2,000 American troops have been based in Romania since 2022.",
     ("United States", "Romania")),
    ("The Italian troops, who are based in Herat, will leave next year.", ("Italy", "Herat")),
    ("The Spanish contingent is based in Najaf.", ("Spain", "Najaf")),
])
def test_a_force_based_somewhere_is_deployed_there(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Norwegian troops are based in northern Norway.",  # its own territory
    "Russia's Northern Fleet is based on the Kola Peninsula.",  # its own territory
    "The insurer is based in Madrid.",  # a firm, no force
    "The German battalion will be based in Lithuania from next spring.",  # a plan
])
def test_based_without_a_deployment(run, text):
    assert _deploys(run, text) == set()


# --- transport planes flown or sent with their crews are deployed (dev conventions: "flown C-130
# transport planes to Kuwait", d135; "will send two C-17 transport planes to … Mali", d113) ---


@pytest.mark.parametrize("text, expected", [
    ("Japan has flown two transport planes to Djibouti.", ("Japan", "Djibouti")),
    ("Canada, which has no troops in the region, has flown three C-130 transport planes to "
     "Niger.", ("Canada", "Niger")),
    ("Germany dispatched three A400M transport planes to Niger to evacuate its citizens.",
     ("Germany", "Niger")),
])
def test_transport_planes_flown_somewhere_are_deployed(run, text, expected):
    _, rels = run(text)
    assert expected in _deploys(run, text)
    assert not [r for r in rels if r.relation == "supplies"]


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Spain sold two transport planes to Venezuela.", "Spain", "Venezuela"),
    ("Brazil delivered the first two KC-390 transport aircraft to Portugal.", "Brazil",
     "Portugal"),
])
def test_transport_planes_sold_are_supplied(run, text, supplier, recipient):
    _, rels = run(text)
    assert _deploys(run, text) == set()
    assert (supplier, recipient) in {(a.key, b.key) for r in rels if r.relation == "supplies"
                                     for a in r.role("supplier") for b in r.role("recipient")}


def test_a_person_flying_aboard_a_transport_plane_deploys_nothing(run):
    assert _deploys(run, "The president flew to Kuwait aboard a transport plane.") == set()


# --- a named ship sent without an agent: the state of its name's prefix deploys it (dev
# conventions: a passive without an agent takes the force's nationality; d176 "the carrier HMS
# Bulwark, which had been sent to the Gulf", d117 "The USS Nimitz … were ordered to", d92) ---


@pytest.mark.parametrize("text, expected", [
    ("The United States is worried. The USS Nimitz was sent to the Persian Gulf last week.",
     ("United States", "Persian Gulf")),
    ("The United States is worried. The carrier USS Nimitz was ordered to the Persian Gulf.",
     ("United States", "Persian Gulf")),
    ("Britain is worried. The frigate HMS Kent, which had been sent to the Black Sea in March, "
     "returned to Portsmouth.", ("United Kingdom", "Black Sea")),
    ("Canada said that HMCS Regina had been dispatched to the South China Sea.",
     ("Canada", "South China Sea")),
])
def test_a_named_ship_sent_without_an_agent_is_its_states(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "The United States is worried. The USS Nimitz was seen in the Persian Gulf.",
    "The United States is worried. The USS Nimitz sailed through the Strait of Hormuz.",
    "Britain is worried. Iran said it had sent drones toward HMS Kent in the Gulf.",
])
def test_a_named_ship_not_sent_deploys_nothing(run, text):
    assert _deploys(run, text) == set()


def test_an_agent_deploys_the_ship_not_its_prefix(run):
    text = "Britain is worried. HMS Kent was sent to the Gulf by the United States."
    assert _deploys(run, text) == {("United States", "Gulf")}

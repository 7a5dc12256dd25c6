"""Issue 12, round 6: supply and deployment constructions that generalise (sentences written
for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_round5_relations import _deploys, _supplies

# --- supplies: coordinated recipients, amounts of material -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Saab sold Gripen fighters to Hungary and the Czech Republic.",
     {"Hungary", "Czech Republic"}),
    ("Turkey sold Bayraktar drones to Ukraine, Poland and Morocco.",
     {"Ukraine", "Poland", "Morocco"}),
    ("Brazil delivered Super Tucano aircraft to Chile and Colombia last year.",
     {"Chile", "Colombia"}),
])
def test_each_coordinated_recipient_is_supplied(run, text, expected):
    found = {r for _, r, _ in _supplies(run, text)}
    assert found == expected, found


@pytest.mark.parametrize("text, supplier, recipient", [
    ("The United States has provided more than $40 billion in military aid to Ukraine.",
     "United States", "Ukraine"),
    ("Israel sold India $2 billion worth of weapons over five years.", "Israel", "India"),
    ("Germany shipped a package of arms to Lithuania in March.", "Germany", "Lithuania"),
])
def test_an_amount_of_material_is_a_supply(run, text, supplier, recipient):
    assert (supplier, recipient) in {(s, r) for s, r, _ in _supplies(run, text)}


def test_an_amount_of_something_else_is_no_supply(run):
    assert _supplies(run, "The United States provided $40 billion in loans to Ukraine.") \
        == set()


# --- deployments: verbs of wider use, passive agents, nouns -----------------------------------


@pytest.mark.parametrize("text, deployer, place", [
    ("Germany based a brigade in Lithuania.", "Germany", "Lithuania"),
    ("Russia rotated fresh units into Belarus.", "Russia", "Belarus"),
    ("The Kremlin has positioned Iskander missiles in Kaliningrad.", "Russia",
     "Kaliningrad Oblast"),
    ("Turkey moved troops into northern Syria on Wednesday.", "Turkey", "Syria"),
])
def test_verbs_of_wider_use_deploy_a_force(run, text, deployer, place):
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "Guatemala moved its embassy to Jerusalem in 2018.",
    "The Spanish contingent is based in Najaf.",  # where it is, not a sending
    "Japan and Australia signed an agreement to base troops in Darwin.",  # not yet done
])
def test_verbs_of_wider_use_without_a_force_deploy_nothing(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, deployer, place", [
    ("Some 4,000 Cuban troops were sent to Angola by Havana.", "Cuba", "Angola"),
    ("Two battalions were dispatched to Kosovo by Italy.", "Italy", "Kosovo"),
])
def test_passive_force_with_an_agent_is_a_deployment(run, text, deployer, place):
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies"], rels
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text, deployer, place", [
    ("The deployment of 3,000 US troops to Poland was announced on Friday.", "United States",
     "Poland"),
    ("Russia's deployment of troops to Belarus worried Lithuania.", "Russia", "Belarus"),
    ("The stationing of British jets in Romania began in April.", "United Kingdom",
     "Romania"),
])
def test_deployment_nouns_deploy(run, text, deployer, place):
    assert (deployer, place) in {(d, p) for d, p, _ in _deploys(run, text)}


@pytest.mark.parametrize("text", [
    "The planned deployment of US troops to Poland was criticised.",
    "Moscow denied the deployment of troops to Belarus.",
    "Officials discussed plans for the deployment of French troops in Estonia.",
    "There was no deployment of Russian troops to Serbia.",
])
def test_unrealised_deployment_nouns_deploy_nothing(run, text):
    assert _deploys(run, text) == set()

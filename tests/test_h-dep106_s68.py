"""Issue 12, stop 68 (h-dep106): the deployer's own state is a destination only where the
sentence names it as the place (its capital, its border), not where it names it only as the
owner of another named place ("to <state>'s <named> region") nor where a description ("the
archipelago") is read back to it (dev conventions D6; gold of d591, d615, d1069, d1133, d1168;
relations/own_states). Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # a person's own state owning the named place: the place alone
    ("Peruvian President Ollanta Humala sent troops to Peru's southern Puno region on Monday.",
     {("Ollanta Humala", "Puno region")}),
    # a service keyed with its state, the same
    ("The Chilean army sent soldiers to Chile's northern Atacama region on Friday.",
     {("Army (Chile)", "Atacama region")}),
    # a description read back to a place that stands for the service's own state: no line
    ("Finland's navy searched the Helsinki archipelago on Sunday. The navy has sent "
     "minesweepers to the archipelago, a spokesman said.", set()),
])
def test_own_state_named_only_as_owner_or_by_description_is_no_destination(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the capital standing for the own state (E12): kept
    ("Chilean President Gabriel Boric ordered soldiers onto the streets of Santiago on "
     "Saturday.", {("Gabriel Boric", "Chile")}),
    # the own state's border: kept
    ("Venezuelan President Hugo Chavez ordered 10,000 troops to Venezuela's western border on "
     "Monday.", {("Hugo Chavez", "Venezuela")}),
    # another state owning the place: both, as before
    ("Britain sent 500 troops to Afghanistan's Helmand province on Monday.",
     {("United Kingdom", "Afghanistan"), ("United Kingdom", "Helmand province")}),
])
def test_own_state_named_as_the_place_and_foreign_owners_stay(run, text, expected):
    assert _deploys(run, text) == expected


def test_own_state_owning_a_named_sea_coast_gives_the_sea(run):
    # "along <own state>'s Caribbean coast": the coast read as the sea it names (gold of d591)
    text = ("Venezuela moves troops to its western states\n\nCARACAS, May 3 - Venezuela's defence "
            "minister said on Monday that 5,000 soldiers would be sent to the state of Tachira, "
            "on the border with Colombia. He added that navy ships had also been deployed along "
            "Venezuela's Caribbean coast.")
    assert _deploys(run, text) == {("Navy (Venezuela)", "Caribbean Sea")}


@pytest.mark.parametrize("text, expected", [
    # a state named only as the far side of a border is not the state the sentence is about:
    # the bare service after it is the story's own (refine/bodies._across_border)
    ("Peru declares emergency in the south\n\nLIMA, June 4 - Peru's government declared an "
     "emergency in the south on Monday. Soldiers would be sent to the province of Tacna, on the "
     "border with Chile. Navy ships had been deployed to the port of Ilo, officials said.",
     {("Navy (Peru)", "Ilo")}),
    # guard: the state that acts, with a border named, still owns it
    ("Tension rises in the north\n\nSANTIAGO, June 4 - Chile's government sent soldiers to the "
     "border with Peru on Monday. Navy ships had been deployed to the port of Arica, officials "
     "said.", {("Navy (Chile)", "Arica")}),
])
def test_a_state_across_a_border_owns_no_bare_service(run, text, expected):
    assert _deploys(run, text) == expected

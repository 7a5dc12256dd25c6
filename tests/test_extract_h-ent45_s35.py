"""Issue 12, stop 35 (h-ent45): names of places that NER types as a person or an organisation,
or cuts (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes

# --- a natural feature's noun ends a place's name: falls, a delta, a mountain pass ------------


@pytest.mark.parametrize("text, name", [
    ("Tourists flocked to the Kaieteur Falls after the road was paved.", "Kaieteur Falls"),
    ("Smugglers moved fuel through the Irrawaddy delta for years.", "Irrawaddy delta"),
    ("Pakistani troops held the Khojak pass through the winter.", "Khojak pass"),
])
def test_feature_noun_ends_a_place_name(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_pass_as_a_common_noun_names_no_place(run):
    classes = _classes(run, "The Senegalese colonel showed his pass at the gate on Monday.")
    assert "Region" not in classes.values()


# --- a state's name before a capitalised feature noun names that feature, not the state -------


@pytest.mark.parametrize("text, name", [
    ("Engineers began a second bridge over the Paraguay River near the border last week.",
     "Paraguay River"),
    ("Oil companies cut output in the Congo Basin after the attacks.", "Congo Basin"),
    ("Fishermen along the Senegal River said the floods had ruined their boats.",
     "Senegal River"),
])
def test_state_name_before_a_feature_noun_is_a_place(run, text, name):
    classes = _classes(run, text)
    assert classes.get(name) == "Region"
    assert "Country" not in classes.values()


def test_state_name_before_region_stays_the_state(run):
    # "Region" is a state's part, not a feature named after it
    classes = _classes(run, "Troops from Ethiopia entered the Somali Region on Monday.")
    assert classes.get("Ethiopia") == "Country"


# --- a Spanish or Portuguese place noun first in a name: the name is a place ------------------


@pytest.mark.parametrize("text, name", [
    ("Honduran marines landed on Isla Zacate before dawn, officials said.", "Isla Zacate"),
    ("Venezuela moved 200 soldiers to Punta Macolla, near the border.", "Punta Macolla"),
    ("Students gathered in the Plaza de Armas after the shooting.", "Plaza de Armas"),
])
def test_romance_place_noun_heads_a_place_name(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_known_region_cut_before_its_particle_runs_on(run):
    # a state of Brazil that NER cut and took for a body: "Rio Grande | do Sul"
    classes = _classes(run, "The older tanks will go to the armoured brigades of Rio Grande do "
                            "Sul, near the borders with Uruguay.")
    assert classes.get("Rio Grande do Sul") == "Region"


def test_person_with_a_particle_stays_a_person(run):
    classes = _classes(run, "Former president Luiz Inacio Lula da Silva spoke in Brasilia.")
    assert classes.get("Luiz Inacio Lula da Silva") == "Person"

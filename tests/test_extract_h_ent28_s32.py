"""Issue 12, stop 32 (h-ent28): person names NER cut at a lower-case particle ("arap", "ole",
the Spanish "y") or took for an organisation in apposition to a title. All sentences
invented."""

from __future__ import annotations

import pytest
from test_extract_titled_names_s31 import _people, _texts

# --- a name goes on over its particles (d462, d449, d430) --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("President Kipchumba arap Rotich said the district was calm.", "Kipchumba arap Rotich"),
    ("Joseph ole Nkaissery, the district commissioner, told reporters the camp was closed.",
     "Joseph ole Nkaissery"),
    ("The ruling was read by the judge Alfonso Quintana y Mercado in The Hague.",
     "Alfonso Quintana y Mercado"),
])
def test_a_name_runs_on_over_its_particles(run, text, name):
    texts = _texts(run, text)
    assert name in _people(run, text), texts
    assert not any(t != name and (t in name) and t[:1].isupper() for t in texts), texts


def test_a_place_with_a_romance_particle_is_no_person(run):
    assert "Plaza de Mayo" not in _people(run, "Crowds filled the Plaza de Mayo on Friday.")


# --- a name in apposition to a title is a person (d447, d448, d450, d452, d387) -----------------

@pytest.mark.parametrize("text, name", [
    ("Chile's Prime Minister, Ramon Aguirre Pinto, welcomed the deal on Monday.",
     "Ramon Aguirre Pinto"),
    ("The accord was signed by the chairman of the Liberation Front, Tomas Ilunga Basa, and "
     "the interior minister.", "Tomas Ilunga Basa"),
    ("Peru's Foreign Minister, Gaspar Huaman, said the border would reopen.", "Gaspar Huaman"),
])
def test_a_name_in_apposition_to_a_title_is_a_person(run, text, name):
    assert name in _people(run, text), _texts(run, text)


@pytest.mark.parametrize("text, name", [
    ("The company's chairman, General Dynamics, said nothing.", "General Dynamics"),
    ("Its new minister, Buenos Aires, was elected.", "Buenos Aires"),
])
def test_a_body_or_place_after_a_title_stays(run, text, name):
    assert name not in _people(run, text), _texts(run, text)

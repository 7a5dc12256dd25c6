"""Issue 12, h-peo1 (stop 57): one word naming a stateless people (roles ``stateless_peoples``)
that NER took for a place or a person is no Region and no Person ("Tuareg leaders", "8,000
Tutsi", "in Hausa"); real regions named after peoples (Kurdistan, Baluchistan) stay Regions
(sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize(("text", "word"), [
    ("Tuareg fighters seized the town of Kidal on Sunday, the army said.", "Tuareg"),
    ("Some Tuareg leaders rejected the truce signed in Algiers.", "Tuareg"),
    ("Most of the victims of the massacre were Tutsi.", "Tutsi"),
    ("A mob attacked Tutsi families in the market town on Tuesday.", "Tutsi"),
    ("Police arrested dozens of Uighur protesters in Kashgar on Friday.", "Uighur"),
    ("The frigate's name means \"lion\" in Hausa, the navy said.", "Hausa"),
    ("Thousands of Tamil refugees crossed to India by boat.", "Tamil"),
])
def test_people_word_is_no_place_or_person(run, text, word):
    assert word not in _classes(run, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Iraq sent troops into Kurdistan after the vote.", "Kurdistan"),
    ("Pakistan deployed two brigades to Baluchistan in March.", "Baluchistan"),
])
def test_region_named_after_a_people_stays_a_region(run, text, word):
    assert _classes(run, text).get(word) == "Region"

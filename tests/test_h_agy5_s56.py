"""Issue 12, stop 56 (h-agy5): one word naming a stateless people or its members ("Druze",
"Tamils"; roles stateless_peoples), which NER takes for an organisation or which qualifies a
group noun ("a mainly Hema militia"), names no Agency. Sentences written for these tests; real spaCy
parse."""

from __future__ import annotations

import pytest

from tests.test_extract_movements_s30 import _agencies


@pytest.mark.parametrize(("text", "word"), [
    ("Parties led by the Druze leader Nabil Aoun appealed to Arab governments.", "Druze"),
    ("Ankara asked Beijing to respect the culture of the Uighurs, who speak a Turkic "
     "language.", "Uighurs"),
    ("The envoy said the Tamils had not been asked about the plan.", "Tamils"),
    ("A Tamil spokesman said the Tamils would not give up their arms.", "Tamils"),
    ("Observers from the mission reported that most Sahrawis they met wanted independence.",
     "Sahrawis"),
])
def test_people_word_is_no_agency(run, text, word):
    agencies = _agencies(run, text)
    assert not any(word in form for form in agencies), agencies


@pytest.mark.parametrize(("text", "name"), [
    # a movement whose name holds a people's word keeps its name
    ("The Kurdistan Workers Party said on Monday that its fighters had left the border "
     "villages.", "Kurdistan Workers Party"),
    ("The Tamil Tigers said on Sunday that they would respect the ceasefire.", "Tamil Tigers"),
])
def test_movement_names_with_people_words_stay(run, text, name):
    agencies = _agencies(run, text)
    assert any(name in form for form in agencies), agencies


@pytest.mark.parametrize(("text", "word"), [
    ("Police said the attackers belonged to a mainly Hema militia that holds the hills east "
     "of the town.", "Hema"),
    ("Officials said the gunmen belonged to a Sri Lankan Tamil rebel group and had come by "
     "boat.", "Tamil"),
])
def test_people_word_before_group_noun_names_no_group(run, text, word):
    agencies = _agencies(run, text)
    assert not any(word in form for form in agencies), agencies


def test_unlisted_name_before_group_noun_still_names_the_group(run):
    text = "The envoy met leaders of the Kataib militia in the mountains on Tuesday."
    assert "Kataib" in _agencies(run, text)

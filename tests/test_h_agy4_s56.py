"""Issue 12, stop 56 (h-agy4): a lower-case bare service right before a noun of its voice
(roles ``service_voices``: "quoted a navy spokesman as saying", "an air force communique
said") is a mention of that service in any place, of the state a bare "the army" would take
(dev conventions E17, R11). Left alone: equipment and units ("an air force transport", "army
units"), a title before a name ("army spokesman Colonel X": the person only, E11), a state's
word before it, "army radio". Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_movements_s30 import _agencies
from tests.test_extract_prec19 import _claimants


@pytest.mark.parametrize(("text", "form", "key"), [
    # the object of "quoted": no subject of speech, so _speaking_services leaves it
    ("HANOI, May 4 - Vietnam's state radio quoted a navy spokesman as saying that Chinese "
     "boats had rammed two fishing vessels.", "navy", "Navy (Vietnam)"),
    # an unnamed spokesman, not a subject of speech
    ("LIMA, May 4 - Peru and Ecuador traded blame for the clash. In Lima, the claims were "
     "repeated by an army spokesman on state television.", "army", "Army (Peru)"),
    # a communique, the service's written voice
    ("NAIROBI, May 4 - Kenya has received its first two transport planes from Italy. An air "
     "force communique said the planes would be based in Mombasa.",
     "air force", "Air Force (Kenya)"),
])
def test_service_before_its_voice_is_a_mention(run, text, form, key):
    assert _agencies(run, text).get(form) == key


def test_voiced_service_is_the_claimant(run):
    text = ("HANOI, May 4 - Vietnam's state radio quoted a navy spokesman as saying that Chinese "
            "boats had rammed two fishing vessels.")
    assert "Navy (Vietnam)" in _claimants(run, text)


@pytest.mark.parametrize(("text", "form"), [
    # equipment and units: readable gold leaves most such bare modifiers out
    ("WELLINGTON, May 4 - New Zealand has put an air force transport on standby to fly its "
     "citizens home.", "air force"),
    ("NAIROBI, May 4 - Kenya sent army units to the northern border in March.", "army"),
    # a station's name, not the service's voice
    ("JERUSALEM, May 4 - Israel's defence minister told army radio that the talks had "
     "failed.", "army"),
    # a title before a name, capitalised or not: the person only (E11)
    ("LIMA, May 4 - Peru and Ecuador traded blame for the clash. Army spokesman Colonel Jorge "
     "Salas said Ecuadorean troops had fired first.", "Army"),
    ("LIMA, May 4 - Peru and Ecuador traded blame for the clash. In Lima, army spokesman "
     "Colonel Jorge Salas said Ecuadorean troops had fired first.", "army"),
    ("LIMA, May 4 - Peru and Ecuador traded blame for the clash. The charge was repeated by an "
     "army spokesman, Colonel Jorge Salas, on state television.", "army"),
])
def test_other_service_modifiers_are_left_alone(run, text, form):
    assert form not in _agencies(run, text)


def test_former_spokesman_is_no_mention(run):
    text = ("HANOI, May 4 - Vietnam's press quoted a former navy spokesman as saying that the "
            "fleet was too old.")
    assert "navy" not in _agencies(run, text)


def test_voice_nouns_are_listed(gazetteer):
    assert {"spokesman", "communique"} <= gazetteer.roles.service_voices

"""Issue 12, stop 50 (h-ent85): a state's body named by a description ("Taiwan's air force",
"South Korea's navy", "Lebanon's army", "Turkey's parliament") keys under the body's official name
when that name is not "<adjective> <Service>" (organisations.yaml), so the node is the one news
and references name, whatever words the story uses (sentences written for these tests, none
taken from a corpus; real spaCy parse). "Downing Street said" is the United Kingdom, like "the
Kremlin" (dev README conventions), while "a spokesman at 10 Downing Street" is the prime
minister's office; "the NATO-led International Security Assistance Force said" is the
force's claim, not NATO's (the force a general-knowledge name of organisations.yaml)."""

from __future__ import annotations

import pytest

from tests.test_h_rep65_s48 import _keys


@pytest.mark.parametrize(("text", "official", "template"), [
    ("TAIPEI, May 4 - Taiwan's air force said on Monday that two of its jets had been "
     "grounded after a hydraulic fault.", "Republic of China Air Force", "Air Force (Taiwan)"),
    ("SEOUL, June 9 - South Korea's navy said on Friday that it would buy twelve more "
     "patrol boats next year.", "Republic of Korea Navy", "Navy (South Korea)"),
    ("BEIRUT, July 2 - Lebanon's army said on Sunday that it had received a shipment of "
     "night-vision goggles.", "Lebanese Armed Forces", "Army (Lebanon)"),
    ("ANKARA, Jan 8 - Turkey's parliament voted on Thursday to extend the mandate of troops "
     "serving abroad.", "Grand National Assembly of Turkey", "Parliament (Turkey)"),
    ("SINGAPORE, March 12 - Singapore's air force said it would hold a drill over the "
     "strait next week.", "Republic of Singapore Air Force", "Air Force (Singapore)"),
])
def test_described_state_body_keys_under_its_official_name(resolved, text, official, template):
    agencies = _keys(resolved, text, "Agency")
    assert official in agencies, agencies
    assert template not in agencies, agencies


def test_adjective_service_without_an_official_name_keeps_the_template(resolved):
    text = ("LIMA, Feb 5 - Peru's air force said on Tuesday that a training jet had crashed "
            "near the coast.")
    agencies = _keys(resolved, text, "Agency")
    assert "Air Force (Peru)" in agencies, agencies


def test_downing_street_is_the_state_that_claims(claims):
    text = ("LONDON, Sept 3 - Forty more instructors will be sent to train the new battalions, "
            "Downing Street said on Tuesday.")
    claimants = {c for c, _ in claims(text)}
    assert "United Kingdom" in claimants, claimants
    assert "Downing Street" not in claimants, claimants


def test_number_ten_is_the_prime_ministers_office(resolved):
    text = ("LONDON, Sept 3 - The prime minister will meet the visiting president next week, "
            "a spokesman at 10 Downing Street said.")
    agencies = _keys(resolved, text, "Agency")
    assert "Office of the Prime Minister (United Kingdom)" in agencies, agencies


def test_nato_led_force_is_the_claimant_not_nato(claims):
    text = ("KABUL, Oct 12 - The NATO-led International Security Assistance Force said on "
            "Friday that two of its helicopters had landed safely after coming under fire.")
    claimants = {c for c, _ in claims(text)}
    assert "International Security Assistance Force" in claimants, claimants
    assert "NATO" not in claimants, claimants

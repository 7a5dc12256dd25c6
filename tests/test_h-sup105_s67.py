"""Issue 12, s67 (h-sup105): licensed making (SU8, licensor → licensee) with the licensor named
in apposition to a noun after "from" ("from the European companies A and B": each of them),
and the licensee of a passive with no agent named by the site after "at" ("assembled at the
C Shipyard", "built at the D yard of E") (sentences written for these tests, none taken from a
corpus; real spaCy parse; dev d398, d812, d1162)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the apposition's conjunct licenses too, not only its first name
    ("The jets are assembled by Hindustan Aeronautics under licence from the European "
     "companies Airbus and Dassault Aviation.",
     {("Airbus", "Hindustan Aeronautics"), ("Dassault Aviation", "Hindustan Aeronautics")}),
    ("The rifles are produced by Denel under a licence from the Belgian firms FN Herstal and "
     "Mecar.", {("FN Herstal", "Denel"), ("Mecar", "Denel")}),
])
def test_every_apposed_licensor_supplies(role_pairs, text, expected):
    assert role_pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the firm "of" the yard the goods are built at
    ("Four corvettes are being built at the Okpo yard of Daewoo Shipbuilding under licence "
     "from Naval Group.", {("Naval Group", "Daewoo Shipbuilding & Marine Engineering")}),
    # the shipyard named as a firm; the licensor in apposition after "now"
    ("Three patrol boats were assembled at the Goa Shipyard under a licence from the Dutch "
     "builder, now Damen.", {("Damen", "Goa Shipyard")}),
])
def test_the_site_names_the_licensee(role_pairs, text, expected):
    assert role_pairs(text) == expected


def test_the_agent_stays_the_licensee(role_pairs):
    # a "by" agent makes the goods; the yard's owner is only where they are made
    text = ("The frigates were built by PT PAL at the Surabaya shipyard of Daewoo Shipbuilding "
            "under licence from Damen.")
    assert role_pairs(text) == {("Damen", "PT PAL")}


@pytest.mark.parametrize("text", [
    # no licence: building at a yard is no supply
    "Four corvettes were built at the Okpo yard of Daewoo Shipbuilding in the 1990s.",
    "Two submarines were built at the Kiel yard of HDW and two at the Okpo yard of Daewoo "
    "Shipbuilding.",
])
def test_no_licence_no_supply(role_pairs, text):
    assert role_pairs(text) == set()

"""Issue 12, h-agr21 (stop 59): the lead's unnamed agreement and the name the article gives it
elsewhere are one agreement (A5) (sentences written for these tests, real spaCy parse).

- A later name, however far, whose own word the text wrote beside the unnamed agreement before
  (the dateline's or headline's place, its aim: "a friendship treaty") is that agreement's
  name (dev d486, d490, d510).
- A headline's name, where the headline names every party of the lead's unnamed agreement, is
  that agreement's name (dev d253, d468).
"""

from __future__ import annotations

import pytest

from tests.test_h_agr9_s51 import _agreements

FILLER = ("Fighting along the frontier had killed hundreds of soldiers since March, officials "
          "said. Refugees crowded into camps on both sides of the line, aid workers said. ")

TRUCE = ("Chad and Sudan sign border truce in Tripoli\n\n"
         "TRIPOLI, May 3 (1988) - President Hissene Habre of Chad and Prime Minister Sadiq "
         "al-Mahdi of Sudan signed an agreement here on Tuesday to end the fighting along "
         "their desert border, Libyan officials said.\n\n" + FILLER)


@pytest.mark.parametrize("tail", [
    "Habre later called the Tripoli Agreement a victory for African unity.",
    "Al-Mahdi said the Tripoli Agreement would bring the troops home by summer.",
])
def test_a_later_name_of_the_lead_place_names_the_lead_agreement(run, tail):
    found = _agreements(run, TRUCE + tail)
    assert found.get("agreement") == found.get("truce") == "Tripoli Agreement"


def test_a_later_name_of_the_agreement_aim_names_it(run):
    text = ("ATHENS, March 21 (1996) - Greece and Albania will open their border to seasonal "
            "workers under a friendship treaty that Prime Minister Kostas Simitis and President "
            "Sali Berisha signed here on Thursday.\n\n" + FILLER
            + "Berisha hailed the Treaty of Friendship and Good Neighbourliness as the start "
            "of a new era.")
    found = _agreements(run, text)
    assert found.get("friendship treaty") == "Treaty of Friendship and Good Neighbourliness"


@pytest.mark.parametrize("tail", [
    # no word of the name was written beside the lead's agreement: another, older one
    "Habre said the Lome Agreement had failed to stop the raids.",
    # what the agreement builds on, not its name
    "The agreement builds on the Tripoli Charter signed by the two states last year.",
    # a preposition's object: what the truce is measured against
    "Habre said the truce was in line with the Tripoli Agreement on refugees of 1969.",
    "Habre said the truce was in line with the Tripoli Agreement on refugees.",
])
def test_a_later_name_not_tied_to_the_lead_agreement_stays_apart(run, tail):
    found = _agreements(run, TRUCE + tail)
    assert found.get("agreement") not in (None, "Lome Agreement", "Tripoli Charter",
                                         "Tripoli Agreement")


HEADLINE = ("{headline}\n\n"
            "ACCRA, June 12 (2006) - President John Kufuor of Ghana and President Gnassingbe "
            "Eyadema of Togo signed an agreement on Monday under which troops will pull back "
            "from the border villages within 60 days.\n\n"
            "The accord, reached at a lakeside estate after two days of talks, ends a dispute "
            "over fishing rights.")


def test_a_headline_name_of_the_lead_parties_names_the_lead_agreement(run):
    found = _agreements(run, HEADLINE.format(
        headline="Ghana agrees to pull troops back from Togo border in Volta accord"))
    assert found.get("agreement") == "Volta accord"
    assert found.get("accord") == "Volta accord"


def test_a_headline_name_without_the_lead_parties_stays_apart(run):
    found = _agreements(run, HEADLINE.format(
        headline="Ghana recalls Volta accord as troops pull back"))
    assert found.get("agreement") != "Volta accord"

"""Issue 12, stop 27 (h-coref3). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases for each rule."""

from __future__ import annotations

import pytest


# --- rule 1: a state named only as a force's nationality ("Turkish soldiers") is not the
# place a later "the country" means ("into the north of the country") ---
@pytest.mark.parametrize("text, pair, wrong", [
    ("Bolivian radio said on Monday that Peruvian soldiers had fired on a crowd in the capital. "
     "Chile sent a battalion into the north of the country, diplomats said.",
     ("Chile", "Bolivia"), ("Chile", "Peru")),
    ("Fighting spread across Mali last week, and Ugandan soldiers guarded the airport. Kenya "
     "sent 300 troops into the country on Friday.", ("Kenya", "Mali"), ("Kenya", "Uganda")),
])
def test_a_forces_nationality_is_not_the_place(role_pairs, text, pair, wrong):
    found = role_pairs(text, "deploys", unhedged=True)
    assert pair in found and wrong not in found


@pytest.mark.parametrize("text, pair", [
    # a state named as a noun is still the place
    ("Peruvian officials said on Monday that Peru would welcome help. Chile sent a battalion "
     "into the north of the country, diplomats said.", ("Chile", "Peru")),
])
def test_a_state_named_as_a_noun_is_still_the_place(role_pairs, text, pair):
    assert pair in role_pairs(text, "deploys", unhedged=True)


# --- rule 2: a dateline that is only the venue of the lead's signing ("OSLO, … - Sudan's
# president … signed … in Oslo") does not make "the government" the venue's; it is the one
# other state the signers are named with, however far back ---
_VENUE = ("OSLO, May 3 (2001) - Sudan's president and the leader of the rebel movement signed a "
          "peace accord in Oslo on Thursday, ending nine years of war.\n\n"
          "The two men met for the first time in March. Talks were mediated by church groups. "
          "Norwegian diplomats hosted them in a hotel outside the city.\n\n"
          "Estimates of the toll differ. The government says about 50,000 people were killed.")


def test_a_signing_venues_dateline_is_not_the_government(claims):
    found = {who for who, _ in claims(_VENUE)}
    assert "Sudan" in found and "Norway" not in found


@pytest.mark.parametrize("text", [
    # the dateline state is one of the signers: still the story's
    _VENUE.replace("Sudan's president and the leader of the rebel movement",
                   "Norway and Sudan").replace("ending nine years of war", "their first"),
    # no signing in the lead: the dateline stays the state (no state's leader acts in it
    # either: "Sudan's president … met in Oslo" makes the government Sudan's, s32 h-coref9)
    _VENUE.replace("Sudan's president and the leader of the rebel movement",
                   "Envoys of Sudan's rebel movement").replace("signed a peace accord in Oslo",
                                                           "met in Oslo"),
])
def test_no_venue_without_a_signing_by_others(claims, text):
    said = {who for who, statement in claims(text) if "50,000" in statement}
    assert "Sudan" not in said

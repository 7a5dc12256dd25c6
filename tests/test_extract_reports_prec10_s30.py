"""`reports` false claimants of issue 12, stop 30 (h-prec10), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a wrong claimant must not appear and near-misses whose claim must stay."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- private people speak for no state, whatever nationality or place describes them (dev
# conventions R5: witnesses, church workers, community leaders give no claimant) -----------
PRIVATE_SPEAKERS = [
    ("nationality_doctor",
     "Troops entered the capital on Friday. A Peruvian doctor at the main hospital told "
     "reporters that dozens of civilians had been brought in.", "Peru"),
    ("workers_in_country",
     "The two armies fought near the border. Relief workers in southern Kenya said the camps "
     "were full of wounded men.", "Kenya"),
    ("aid_workers_parsed_as_verb",
     "Nobody could check the figures. Aid workers in northern Chile said clinics in the town "
     "were full.", "Chile"),
    ("community_leaders",
     "The riots lasted four days. Leaders of the Armenian community say many victims were "
     "never counted.", "Armenia"),
    ("church_workers_conjoined",
     "The army put the toll at 40. A Bolivian nurse told reporters that more had died, and "
     "church workers say hundreds of houses burned.", "Bolivia"),
]
PRIVATE_SPEAKERS_KEEP = [
    # officials and diplomats of a state still speak for it (R5)
    ("nationality_official",
     "Troops entered the capital on Friday. A Peruvian official told reporters that dozens "
     "of soldiers had been brought in.", "Peru", "dozens of soldiers"),
    ("nationality_diplomat",
     "The riots lasted four days. A Chilean diplomat said many victims were never counted.",
     "Chile", "many victims were never counted"),
    # a named body of private people keeps its claim
    ("named_aid_group",
     "The two armies fought near the border. Doctors Without Borders said its clinics were "
     "full of wounded men.", "Doctors Without Borders", "clinics were full"),
]


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in PRIVATE_SPEAKERS],
                         ids=[c[0] for c in PRIVATE_SPEAKERS])
def test_private_speakers_are_no_state(claims, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in PRIVATE_SPEAKERS_KEEP],
                         ids=[c[0] for c in PRIVATE_SPEAKERS_KEEP])
def test_officials_still_speak_for_the_state(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)

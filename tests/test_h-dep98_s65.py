"""Issue 12, stop 65 (h-dep98): a bare service word before a force deployed with no sender named
("army battalions had been flown to X", "navy frigates had been sent to", "Army units stationed
in X") names the service, and the service deploys its own force (dev conventions D3 as
harmonised in stop 64 and stop 65). A later conjunct ("troops and navy patrol boats"), a
sender who is named, a plan and a unit's home named in passing keep the state or name no
service. Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


def _services(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "Agency"
            and e.ent_id_.startswith(("Air Force (", "Navy (", "Army ("))]


LEAD = "KUALA LUMPUR, March 4 - Malaysia said on Monday that gunmen had landed on its coast. "


@pytest.mark.parametrize("text, expected", [
    # agentless passive, the bare word before a unit noun
    (LEAD + "Six more army battalions had been flown to Sabah since Friday, the defence "
     "ministry said.", {("Army (Malaysia)", "Sabah")}),
    # before a craft noun, the speaker naming the state
    ("The Peruvian defence ministry said navy frigates had been sent to Callao to watch the "
     "trawlers.", {("Navy (Peru)", "Callao")}),
])
def test_a_bare_service_force_deploys_as_the_service(run, text, expected):
    found = _deploys(run, text)
    assert {d for d, _ in found} == {d for d, _ in expected}


def test_a_participle_on_the_subject_counts_too(nlp):
    text = ("Army units stationed in Bavaria have been put on alert and may follow, Pentagon "
            "officials said.")
    assert _services(nlp, text) == [("Army", "Army (United States)")]


def test_a_force_under_way_counts_too(nlp):
    text = LEAD + ("On Tuesday army trucks carrying troops left barracks for the eastern "
                   "state of Sabah, officials said.")
    assert _services(nlp, text) == [("army", "Army (Malaysia)")]


@pytest.mark.parametrize("text", [
    # a later conjunct: a mixed force keeps the state (stop 55)
    LEAD + "Troops and navy patrol boats had been deployed along the coast of Sabah.",
    # a plan (D5)
    LEAD + "Two army battalions will be sent to Sabah next week, officials said.",
    # a unit's home named in passing, inside another phrase
    LEAD + "The soldiers, mostly from an army brigade based in Penang, flew to Sabah.",
    # a named sender: the subject deploys, the modifier is no mention (E17)
    LEAD + "Malaysia has sent two navy ships to Sabah.",
])
def test_other_bare_service_words_name_no_service(nlp, text):
    assert _services(nlp, text) == []

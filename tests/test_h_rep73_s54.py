"""Issue 12, stop 54 (h-rep73): claimants named by an office or a definite description. "his
office said" after a head of state whose state the article does not write beside him (a leader
of relations.yaml's ``leader_states``; "Moon" for "President Moon Jae-in"), "the army said"
under a dateline where the sentence names several states (the dateline state's service), and
"the coast guard said" that NER tagged as a bare organisation (the coast guard named before).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_h_coref3_s52 import _claimants
from tests.test_h_sup68_s50 import _agencies


def test_his_office_of_a_listed_leader_with_no_state_written(run):
    text = ("Radar order\n\nDUBAI, May 3 - The United Arab Emirates will buy radars from South "
            "Korea, officials said. President Moon Jae-in welcomed the order on Monday. "
            "\"It is a good day for our industry,\" Moon said, according to his office.")
    assert "Office of the President (South Korea)" in _agencies(run, text)
    assert "Office of the President (South Korea)" in _claimants(run, text, "good day")


def test_his_office_said_after_a_listed_president(run):
    text = ("Troops sent north\n\nRIO DE JANEIRO, May 3 - Brazil will send troops to its "
            "northern border, President Jair Bolsonaro said on Monday. Bolsonaro signed the "
            "order in the evening, his office said.")
    assert "Office of the President (Brazil)" in _claimants(run, text, "evening")


def test_a_speaking_bare_service_takes_the_dateline_state(run):
    text = ("Peacekeepers leave\n\nLIMA, May 3 - About 200 Peruvian soldiers left for Haiti "
            "on Monday, where they will serve under Brazilian command near Port-au-Prince, the "
            "army said.")
    assert "Army (Peru)" in _claimants(run, text, "Haiti")


def test_the_coast_guard_said_is_the_coast_guard_named_before(run):
    text = ("Patrol ship delivered\n\nMANILA, Aug 1 - The Philippine Coast Guard received the "
            "first of five patrol ships from Japan on Monday. The other four ships will arrive "
            "by next year, the coast guard said.")
    assert "Coast Guard (Philippines)" in _claimants(run, text, "other four")

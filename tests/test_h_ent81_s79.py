"""Issue 12, stop 79 (h-ent81): (1) two demonyms of two states written together ("Turkish
Cypriots", "Bosnian Serb gunmen") name a people of one state by its kin's demonym (dev E9's
ethnic-group clause): neither word is a mention of its state, and a state the story names by
its demonyms alone is no entity; a state named otherwise keeps its entity. (2) The portfolio
words of a title before a person's name ("the Secretary of State for Trade, X", "the Overseas
Development Secretary, X", "Interior and Security Minister X"), which NER takes for an
organisation, are no body: a bare title before a name mentions only the person (dev E11).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _states(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Country"}


@pytest.mark.parametrize(("text", "state"), [
    ("Talks between the leaders of the Turkish Cypriots and the government in Nicosia resumed "
     "on Monday.", "Turkey"),
    ("Bosnian Serb gunmen fired on a relief convoy near Gorazde, and the Serbs later let the "
     "drivers go.", "Serbia"),
    ("Bosnian Serb gunmen fired on a relief convoy near Gorazde, and the Serbs later let the "
     "drivers go.", "Bosnia and Herzegovina"),
])
def test_a_pair_of_demonyms_is_no_mention_of_a_state(run, text, state):
    assert state not in _states(run, text)


def test_a_pair_of_demonyms_speaks_for_no_state(run):
    _, relations = run("Bosnian Serb officers said on Tuesday that the convoy had carried "
                       "rifles for the garrison.")
    claimants = {m.key for r in relations if r.relation == "reports"
                 for m in r.role("claimant")}
    assert not claimants & {"Bosnia and Herzegovina", "Serbia"}


@pytest.mark.parametrize(("text", "state"), [
    # the state named by its name or capital as well: its entity stays
    ("Turkey threatened to land troops on the island unless attacks on Turkish Cypriots "
     "stopped.", "Turkey"),
    ("Belgrade denied arming the Bosnian Serb militias.", "Serbia"),
    # demonyms set apart by "and" or a comma are two states
    ("British and French warships sailed for the gulf on Monday.", "France"),
])
def test_a_state_named_otherwise_keeps_its_entity(run, text, state):
    assert state in _states(run, text)


@pytest.mark.parametrize(("text", "person", "words"), [
    ("The Secretary of State for Trade, Alan Marlow, approved the export licences on Friday.",
     "Alan Marlow", "Trade"),
    ("The Overseas Development Secretary, Joan Pryce, said the loan would go ahead.",
     "Joan Pryce", "Overseas Development"),
    ("Kenya's Internal Security Minister, John Kamau, said the troops would stay.",
     "John Kamau", "Internal Security"),
    ("Interior and Security Minister Rosa Almeida said the army would patrol the border.",
     "Rosa Almeida", "Interior"),
])
def test_portfolio_words_of_a_title_are_no_body(run, text, person, words):
    mentions, _ = run(text)
    assert person in {m.span.text for m in mentions if m.cls == "Person"}
    assert not [m for m in mentions if m.cls == "Agency" and words in m.span.text]


@pytest.mark.parametrize(("text", "body"), [
    # a body named before its officer with no title word between: kept
    ("The Defence Committee, chaired by Anna Berg, said the frigates were too costly.",
     "Defence Committee"),
    ("The Ministry of Trade said on Monday that the licences had been approved.",
     "Ministry of Trade"),
])
def test_a_body_named_on_its_own_stays(run, text, body):
    mentions, _ = run(text)
    assert [m for m in mentions if m.cls == "Agency" and body in m.span.text]

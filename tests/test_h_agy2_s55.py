"""Issue 12, stop 55 (h-agy2): a capitalised service named bare, mid-sentence, with no owner
word ("about 1,500 Marines were sailing", "the Navy has sent", "the Army's regiment") is that
service of a state even where its sentence names states that do not act before it: the state
of the keyed service it is listed with, else of the forces that act before it, else the
dateline's (dev conventions E17 and the census of stop 54: a state's service named bare is a
mention in any position). Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_movements_s30 import _agencies


@pytest.mark.parametrize(("text", "form", "key"), [
    # the dateline's state: the sentence's states are a destination and a place
    ("WASHINGTON, March 3 (Reuters) - The president ordered 3,000 more troops to Honduras on "
     "Monday.\n\nA carrier group arrived off the coast on Tuesday, while about 1,500 Marines "
     "of an expeditionary unit were sailing for Honduras from North Carolina.",
     "Marines", "Marine Corps (United States)"),
    ("WASHINGTON, March 3 (Reuters) - The president ordered 3,000 more troops to Honduras on "
     "Monday, among them a battalion of Marines from ships off the coast of Nicaragua.",
     "Marines", "Marine Corps (United States)"),
    ("WASHINGTON, June 4 (Reuters) - About 200 soldiers left Germany for Kosovo on Tuesday. "
     "The advance party, drawn from the Army's 2nd Cavalry Regiment in Germany, will be "
     "followed by a company.", "Army", "Army (United States)"),
    # the forces that act before it, not the dateline's state
    ("ATHENS, May 2 (Reuters) - Two U.S. destroyers are patrolling off the Greek coast, and "
     "the Navy has sent a third ship toward Cyprus, officials said.",
     "Navy", "Navy (United States)"),
    ("MANILA, May 2 (Reuters) - US helicopters flew about 300 Marines from Cebu to a camp "
     "outside Tacloban on Saturday, officials in the Philippines said.",
     "Marines", "Marine Corps (United States)"),
    # listed with a keyed service: its state, before the sentence's subject
    ("CANBERRA, June 4 (Reuters) - New Zealand will buy 12 jets that Lockheed is building for "
     "the US Air Force and Navy, the defence minister told parliament on Thursday.",
     "Navy", "Navy (United States)"),
])
def test_bare_capital_service_takes_its_state(run, text, form, key):
    agencies = _agencies(run, text)
    assert agencies.get(form) == key, agencies


@pytest.mark.parametrize(("text", "form"), [
    # a state acts after it: unsure whose
    ("WARSAW, May 3 (Reuters) - Russia reacted angrily. General Ivan Petrov, deputy chief of "
     "the General Staff, said on Friday that Poland was risking a strike.", "General Staff"),
    # part of a longer name, or after "an": no service
    ("NEW DELHI, May 3 (Reuters) - Indian officials said on Monday that the Indian Military "
     "Training Team would stay in Nepal for another year.", "Military"),
    ("LONDON, May 3 (Reuters) - A group campaigning for a Britain without an Army collected "
     "100,000 signatures against the purchase of the jets from France.", "Army"),
])
def test_unsure_or_named_capital_service_is_left_alone(run, text, form):
    agencies = _agencies(run, text)
    assert form not in agencies, agencies

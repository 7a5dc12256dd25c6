"""Issue 12, stop 56 (h-agy3): a state's service after "its" in an object's place is that
state's service unless the service's own clause hands it goods (``_takes_supplies``): a verb of
giving or buying further up the sentence ("signed a deal …, a sign of its resolve to build up
its armed forces") or a preposition other than "to"/"for" ("advisers serve with its armed
forces") hands it nothing (dev conventions E17; census of stop 54: a state's service named by
an owner word is a mention in any position). Sentences written for these tests; real spaCy
parse."""

from __future__ import annotations

import pytest

from tests.test_extract_movements_s30 import _agencies


@pytest.mark.parametrize(("text", "form", "key"), [
    # a verb of buying or leasing above the service's own clause
    ("Norway will lease ten Hawk trainers from Britain, replacing the old jets that have "
     "formed the core of its air force since 1980.",
     "its air force", "Air Force (Norway)"),
    ("Kenya has bought two patrol boats from a French yard, a sign of the government's plan "
     "to build up its armed forces.",
     "its armed forces", "Armed Forces (Kenya)"),
    # a preposition other than "to" or "for", under a verb of giving or buying
    ("Ghana has bought most of its rifles from China, and dozens of Chinese instructors "
     "serve with its armed forces, diplomats said.",
     "its armed forces", "Armed Forces (Ghana)"),
    ("Critics said Bolivia was giving Brazil a say over its armed forces.",
     "its armed forces", "Armed Forces (Bolivia)"),
])
def test_owned_service_under_a_far_giving_verb_is_a_mention(run, text, form, key):
    agencies = _agencies(run, text)
    assert agencies.get(form) == key, agencies


@pytest.mark.parametrize(("text", "form"), [
    # the service's own verb hands it goods: left to the relation stage, as before
    ("Kenya has sent its army into Somalia twice since 2011.", "its army"),
    ("Japan equipped its army with new rifles bought from Belgium.", "its army"),
])
def test_owned_service_that_receives_is_left_alone(run, text, form):
    agencies = _agencies(run, text)
    assert form not in agencies, agencies


def test_described_service_under_a_far_giving_verb_is_a_mention(run):
    # "the country's army" is the subject of a passive whose own verb gives nothing; the
    # verb of sending is another clause's
    text = ("Tonga sends soldiers to Bougainville\n\nNUKUALOFA, June 2 (Reuters) - Tonga is "
            "sending a company of 80 soldiers to Bougainville to join the peace force there, "
            "the first time the country's army has been deployed abroad.")
    assert _agencies(run, text).get("army") == "Army (Tonga)"


@pytest.mark.parametrize(("key", "label"), [
    # services whose gold name is no "<demonym> Army": their state's key is an alias
    ("Army (Fiji)", "Republic of Fiji Military Forces"),
    ("Army (Mongolia)", "Mongolian People's Army"),
])
def test_army_keys_name_the_listed_force(gazetteer, key, label):
    assert gazetteer.lookup(key).label == label

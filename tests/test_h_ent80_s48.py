"""Issue 12, stop 48 (s55 h-ent80): unknown places typed Agency (sentences written for these
tests, none taken from a corpus; real spaCy parse).

An unlisted capitalised name that NER tagged as a person or an organisation is a place where
English frames it as one: after a place or surface preposition and "the" ("bases in the
Azores"-like islands, "a yard on the Clyde"-like rivers: people take no article), before a
relative "where" ("the convoy reached Orvald, where …"), after a compass word and "of" ("west of
Dorvik"), or as an aerodrome ("Tallow Aerodrome").
"""

from __future__ import annotations

import pytest


def _label(nlp, text: str, name: str) -> str | None:
    doc = nlp(text)
    return next((e.label_ for e in doc.ents if e.text.removeprefix("the ") == name), None)


@pytest.mark.parametrize(("text", "name"), [
    ("The new corvettes will be built at a yard on the Ardwen and handed over in 2030.",
     "Ardwen"),
])
def test_a_person_after_a_place_preposition_and_the_is_a_place(nlp, text, name):
    assert _label(nlp, text, name) in ("GPE", "LOC", "Region"), [
        (e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(("text", "name"), [
    ("The convoy reached Orvald, where the troops set up a field hospital on Friday.",
     "Orvald"),
    ("Police officers moved into the nearby Vila Estrelo, where gunmen had been seen on "
     "Tuesday.", "Vila Estrelo"),
    ("Armed men crossed the border near the river, west of Dorvikat, and fired on a police "
     "post.", "Dorvikat"),
])
def test_a_name_framed_as_a_place_is_a_place(nlp, text, name):
    assert _label(nlp, text, name) in ("GPE", "LOC", "Region"), [
        (e.text, e.label_) for e in nlp(text).ents]


def test_an_aerodrome_is_a_place(nlp):
    text = "The trainers are due to be delivered to Tallow Aerodrome near the capital next year."
    assert _label(nlp, text, "Tallow Aerodrome") in ("GPE", "Region")


def test_a_body_before_where_stays_a_body(nlp):
    text = ("The plan went to the Defence Council, where ministers approved it on Monday.")
    assert _label(nlp, text, "Defence Council") not in ("GPE", "LOC", "Region")


def test_an_island_group_by_its_plural(nlp):
    text = "Coast guard ships sailed 20 km from the Harmonds and the Senkakus on Monday."
    doc = nlp(text)
    assert any(e.text.removeprefix("the ") == "Senkakus" and e.ent_id_ == "Senkaku Islands"
               for e in doc.ents), [(e.text, e.label_, e.ent_id_) for e in doc.ents]


LEASE = ("Norway to lease frigates\n\nOSLO, May 4 - Norway will lease two frigates that the "
         "Spanish Navy retired last year, the government said. The ships will replace the "
         "navy's four ageing patrol boats.\n\nNavy officers said the frigates were the only "
         "way to watch the northern waters.\n")


def test_a_bare_service_is_the_home_states_not_a_lone_foreign_one(nlp):
    doc = nlp(LEASE)
    keys = {(e.text, e.start): e.ent_id_ for e in doc.ents if e.label_ == "Agency"}
    bare = {k: v for k, v in keys.items() if k[0] in ("navy", "Navy")}
    assert len(bare) == 2 and set(bare.values()) == {"Navy (Norway)"}, keys


def test_a_bare_service_after_the_foreign_states_name_stays_foreign(nlp):
    text = ("Norway to lease frigates\n\nOSLO, May 4 - Norway will lease two frigates that the "
            "Spanish Navy retired last year, the government said. Spain said the navy had "
            "found the ships too costly to run.\n")
    doc = nlp(text)
    keys = [e.ent_id_ for e in doc.ents if e.label_ == "Agency" and e.text == "navy"]
    assert keys[-1] == "Navy (Spain)", keys

"""Issue 12, stop 35 (h-ent44): a territory follows its status at the time for the Soviet
Union's republics, East Pakistan and British Malaya (dev README E12: Azerbaijan and Baku in 1990,
Dacca in 1950, Kuala Lumpur in 1955 are Regions), placed by the story's own year (its date or its
dateline's "(1990)"), never by a past year its text merely names. Sentences written for these
tests. Capitals that moved (Karachi, Lagos, Rio de Janeiro, Rangoon, Dar es Salaam) speak for
their state while they were capitals and are cities after."""

from __future__ import annotations

import datetime as dt

import pytest
from test_eras import _mentions

from kg.graph.eras import former_capital_keys, story_year, territory_keys
from kg.inputs.ingest import read_document
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document


@pytest.mark.parametrize(("text", "year"), [
    ("Troops patrol the capital\n\nTBILISI, April 10 (1989) - Soldiers patrolled.", 1989),
    ("YEREVAN, Dec 8 (1988) - Rescue teams arrived.", 1988),
    # an agency's dateline gives no year; a year in the body is no dateline
    ("Troops patrol the capital\n\nTBILISI, April 10 (Reuters) - It recalled 1989.", None),
    ("Officials said the talks of (1989) - had failed.", None),
])
def test_dateline_year(text, year):
    assert dateline_year(text) == year


def test_an_ingested_document_keeps_its_dateline_year(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Riot police sent to the capital\n\nVILNIUS, Jan 12 (1991) - Police were "
                    "sent in after protests that recalled those of 1940.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.year_dated == 1991 and doc.year_named == 1991 and story_year(doc) == 1991


def _doc(text: str, date: dt.date | None = None) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t", date=date,
                    year_named=latest_year(text), year_dated=dateline_year(text))


def _keyed(gazetteer, text, found, date=None):
    mentions, keys = _mentions(text, found)
    out = territory_keys(gazetteer, _doc(text, date), mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


@pytest.mark.parametrize(("text", "found", "expected"), [
    # a dated story of the Soviet years: the republic is a Region, its capital one of its own
    ("BAKU, Feb 2 (1988) - Soldiers guarded Baku as Azerbaijan mourned.",
     {"Baku": "Azerbaijan", "Azerbaijan": "Azerbaijan"},
     {"Baku": "Baku", "Azerbaijan": "Azerbaijan (territory)"}),
    ("KIEV, May 3 (1986) - Ukraine sent firemen north.", {"Ukraine": "Ukraine"},
     {"Ukraine": "Ukrainian SSR (territory)"}),
    ("DACCA, March 9 (1952) - Students marched in Dacca.", {"Dacca": "Bangladesh"},
     {"Dacca": "Dacca"}),
    ("KUALA LUMPUR, June 1 (1953) - Police patrolled Kuala Lumpur.",
     {"Kuala Lumpur": "Malaysia"}, {"Kuala Lumpur": "Kuala Lumpur"}),
])
def test_a_dated_story_of_the_period_has_the_territory(gazetteer, text, found, expected):
    assert _keyed(gazetteer, text, found) == expected


@pytest.mark.parametrize(("text", "found", "date"), [
    # an undated story that names a year of the past keeps today's state
    ("Ethiopia bought jets from Ukraine, independent since 1991.", {"Ukraine": "Ukraine"}, None),
    ("Estonia, Latvia and Lithuania joined the exercise, recalling 1949.",
     {"Estonia": "Estonia"}, None),
    ("Bangladesh and India recalled the 1971 war.", {"Bangladesh": "Bangladesh"}, None),
    # after independence, or dated later, today's Country
    ("BAKU, Feb 2 (1994) - Azerbaijan bought tanks.", {"Azerbaijan": "Azerbaijan"}, None),
    ("Azerbaijan recalled the events of 1990.", {"Azerbaijan": "Azerbaijan"},
     dt.date(2020, 1, 20)),
    # before the Soviet years of the Baltic states
    ("RIGA, May 2 (1935) - Latvia signed a trade pact.", {"Latvia": "Latvia"}, None),
])
def test_otherwise_the_country_stays(gazetteer, text, found, date):
    assert _keyed(gazetteer, text, found, date) == found


def test_rows_without_dated_still_follow_a_named_year(gazetteer):
    assert _keyed(gazetteer, "Paris sent two more divisions to Algeria in 1956.",
                  {"Algeria": "Algeria"}) == {"Algeria": "Algeria (territory)"}


# A capital that moved speaks for its state while it was the capital, and is a city of its own
# name after the move (countries.yaml's capital_eras).
def _capital_keyed(gazetteer, text, found, date=None):
    mentions, keys = _mentions(text, found)
    out = former_capital_keys(gazetteer, _doc(text, date), mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("KARACHI, May 2 (1953) - Karachi protested to New Delhi.", {"Karachi": "Karachi"},
     {"Karachi": "Pakistan"}),
    ("LAGOS, June 9 (1983) - Lagos recalled its envoy.", {"LAGOS": "Lagos"},
     {"LAGOS": "Nigeria"}),
    ("Rio de Janeiro accepted the offer of a carrier in 1957.",
     {"Rio de Janeiro": "Rio de Janeiro"}, {"Rio de Janeiro": "Brazil"}),
    # after the move: a Region of the name the text uses, even where the gazetteer gave the state
    ("Troops patrolled Rangoon on Monday, a year after the 2007 protests.",
     {"Rangoon": "Myanmar"}, {"Rangoon": "Rangoon"}),
    ("The tanks were unloaded at Karachi in 1997.", {"Karachi": "Karachi"},
     {"Karachi": "Karachi"}),
])
def test_a_former_capital_follows_the_year(gazetteer, text, found, expected):
    assert _capital_keyed(gazetteer, text, found) == expected


@pytest.mark.parametrize(("text", "found"), [
    # no year: the city as the text names it
    ("Officials in Lagos said the jets had arrived.", {"Lagos": "Lagos"}),
    # before Tanganyika's independence, Dar es Salaam is no state's capital (in 1961-1964 it is
    # Tanganyika's: tests/test_extract_former_states_s45.py)
    ("DAR ES SALAAM, Jan 25 (1958) - Marines landed.", {"DAR ES SALAAM": "Dar es Salaam"}),
    # another name of the key is left alone
    ("Lagos State imposed a curfew in 1985.", {"Lagos State": "Lagos State"}),
])
def test_a_former_capital_keeps_its_key_otherwise(gazetteer, text, found):
    assert _capital_keyed(gazetteer, text, found) == found

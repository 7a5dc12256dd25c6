"""Issue 12, stop 45 (lead): states of a few years — Tanganyika (1961–1964), Zanzibar (its months
of 1963–1964), Biafra (1967–1970) — and Somaliland (self-declared in 1991) are Countries in
stories of their years and Regions outside them (dev README E12); a dateline's title-cased
capital follows the capital's periods like the capital in running text ("DAR ES SALAAM" in 1963
is Tanganyika's, in 2003 Tanzania's). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_eras import _mentions

from kg.graph.eras import era_keys, former_capital_keys, territory_keys
from kg.inputs.years import dateline_year, latest_year
from kg.model import Document


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "d.txt", text, "0", "t",
                    year_named=latest_year(text), year_dated=dateline_year(text))


def _keyed(step, gazetteer, text, found):
    """The key of each mention in ``found`` after one of kg.graph.eras' re-keying steps."""
    mentions, keys = _mentions(text, found)
    out = step(gazetteer, _doc(text), mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


@pytest.mark.parametrize("name", ["Tanganyika", "Zanzibar", "Biafra", "Somaliland"])
def test_the_former_states_are_listed_countries(gazetteer, name):
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.cls == "Country" and entry.label == name


@pytest.mark.parametrize(("text", "name"), [
    ("NAIROBI, May 3 (1962) - Tanganyika asked Britain for two patrol boats.", "Tanganyika"),
    ("NAIROBI, Feb 1 (1964) - Zanzibar's new rulers asked Moscow for rifles.", "Zanzibar"),
    ("LAGOS, Sept 9 (1968) - Federal jets bombed towns held by Biafra.", "Biafra"),
    ("HARGEISA, March 2 (2019) - Somaliland signed a port deal with a Gulf firm.", "Somaliland"),
])
def test_a_story_of_the_states_years_keeps_the_country(gazetteer, text, name):
    assert _keyed(territory_keys, gazetteer, text, {name: name}) == {name: name}


@pytest.mark.parametrize(("text", "name"), [
    ("NAIROBI, May 3 (1958) - Tanganyika's governor asked for more police.", "Tanganyika"),
    ("DODOMA, July 7 (1992) - Zanzibar's island council asked for a bigger budget.", "Zanzibar"),
    ("LAGOS, Oct 4 (1980) - Floods cut roads across the former Biafra.", "Biafra"),
    ("ADEN, Jan 4 (1958) - Sheep exports from Somaliland rose last year.", "Somaliland"),
])
def test_outside_the_states_years_the_name_is_a_region(gazetteer, text, name):
    assert _keyed(territory_keys, gazetteer, text, {name: name}) == {name: f"{name} (territory)"}


@pytest.mark.parametrize(("year", "expected"), [
    (1963, "Tanganyika"), (2003, "Tanzania"), (2022, "Dar es Salaam")])
def test_a_title_cased_dateline_capital_follows_the_capitals_periods(gazetteer, year, expected):
    text = f"DAR ES SALAAM, June 5 ({year}) - Ministers met in the city."
    assert _keyed(former_capital_keys, gazetteer, text, {"DAR ES SALAAM": "Dar Es Salaam"}) == {
        "DAR ES SALAAM": expected}


@pytest.mark.parametrize(("year", "expected"), [
    (1953, "Malaya (territory)"), (1960, "Federation of Malaya"),
    (1975, "Malaya (territory)")])
def test_malaya_is_a_state_only_between_1957_and_1963(gazetteer, year, expected):
    text = f"SINGAPORE, May 2 ({year}) - Gurkha units moved to Malaya."
    key = gazetteer.lookup("Malaya").label
    assert _keyed(territory_keys, gazetteer, text, {"Malaya": key}) == {"Malaya": expected}


@pytest.mark.parametrize(("year", "expected"), [(1960, "Federation of Malaya"), (1990, "Malaysia")])
def test_kuala_lumpur_speaks_for_the_federation_in_its_years(gazetteer, year, expected):
    text = f"SINGAPORE, May 2 ({year}) - Kuala Lumpur protested, the Malayan envoy said."
    found = {"Kuala Lumpur": "Malaysia", "Malayan": "Federation of Malaya"}
    assert _keyed(era_keys, gazetteer, text, found)["Kuala Lumpur"] == expected

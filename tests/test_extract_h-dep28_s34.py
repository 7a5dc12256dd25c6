"""Issue 12, stop 34 (h-dep28): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): an agentless passive whose purpose is to guard named
sites ("Soldiers were sent to guard X House and the Y Monument": dev d503, d485), the sites
typed as places first (a building guarded, a monument, coordinated pagodas)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

STORY = ("Paraguay says 12 died in capital unrest\n\n"
         "ASUNCION, June 3 (1994) - The Paraguayan government said on Friday that 12 people "
         "had been killed in two days of rioting in the capital.\n\n")


def _places(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Region"}


@pytest.mark.parametrize("text, expected", [
    # a building guarded, an institution word in its name or not
    ("Soldiers were sent to guard Parliament House and the Liberty Monument.",
     {"Parliament House", "Liberty Monument"}),
    ("Police were ordered to guard Federal House overnight.", {"Federal House"}),
    # a lower-case shrine noun shared by coordinated names
    ("Soldiers were sent to guard the Kyaukmyaung and Botahtaung pagodas on Friday.",
     {"Kyaukmyaung", "Botahtaung pagodas"}),
])
def test_guarded_sites_are_places(run, text, expected):
    assert expected <= _places(run, text)


def test_a_house_not_guarded_stays_a_body(run):
    # a body's name that no guarding verb has for its object is left alone
    assert "Government House" not in _places(run, "Government House said on Monday that the "
                                              "talks would go on.")


@pytest.mark.parametrize("text, expected", [
    (STORY + "Troops were sent to guard Parliament House and the Liberty Monument, where most "
     "of the shooting took place.",
     {("Paraguay", "Parliament House"), ("Paraguay", "Liberty Monument")}),
    (STORY + "Troops were sent to guard the Kyaukmyaung and Botahtaung pagodas overnight.",
     {("Paraguay", "Kyaukmyaung"), ("Paraguay", "Botahtaung pagodas")}),
])
def test_agentless_passive_guarding_sites(run, text, expected):
    assert expected <= _deploys(run, text)


@pytest.mark.parametrize("text", [
    # a nationality on the guarded noun names no destination
    STORY + "Troops were sent to protect American lives.",
    # nor does a place inside a possessor on it
    STORY + "Troops were sent to guard the Pacific island's harbours.",
    # a purpose that is not guarding names none either
    STORY + "Troops were sent to meet Parliament House officials.",
])
def test_guarding_no_named_site(run, text):
    assert not {d for d in _deploys(run, text) if d[0] == "Paraguay"}

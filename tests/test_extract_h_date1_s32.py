"""Issue 12, stop 32 (h-date1): a dateline city that is no listed capital gives the state of
the most populous city so named, where the article names that state. Sentences written for
these tests, none taken from a corpus; real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest

from kg.extract.places import city_state, state_code


@pytest.fixture(scope="module")
def home(nlp, gazetteer):
    """Text → the key of the state its dateline gives (None when none)."""
    from kg.extract import extract_mentions
    from kg.extract.relations.coreference import _dateline_state

    def _run(text: str) -> str | None:
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        by_start = {m.span.start: m for m in mentions}
        by_token = {t.i: m for ent in doc.ents if (m := by_start.get(ent.start_char))
                    for t in ent}
        m = _dateline_state(doc, by_token)
        return m.key if m is not None else None

    return _run


def test_city_state_codes():
    assert city_state("Johannesburg") == "ZA"
    assert city_state("KARACHI") == "PK"
    assert city_state("Nowhereville") is None
    assert state_code("South Africa") == "ZA"


@pytest.mark.parametrize("text, state", [
    ("Miners strike at gold pits\n\nJOHANNESBURG, May 4 (1987) - Thousands of miners stayed "
     "away from work on Monday. South Africa's mining houses said output had fallen.",
     "South Africa"),
    ("Navy gets new frigate\n\nKARACHI, Jan 9 (1994) - The navy took delivery of a frigate "
     "on Sunday, and officials said Pakistan would order two more.", "Pakistan"),
])
def test_unlisted_city_gives_its_state(home, text, state):
    assert home(text) == state


def test_city_state_not_named_gives_none(home):
    """Negative: a story filed from a city of a state the article never names has no home."""
    assert home("Oil prices rise\n\nJOHANNESBURG, May 4 (1987) - Iran said on Monday it "
                "would raise oil output, officials said.") is None


def test_dateline_with_state_keeps_it(home):
    """Negative: a dateline naming its state keeps that state."""
    assert home("Sub handed over\n\nCHERBOURG, France, Sept 8 (2005) - Chile took delivery "
                "of a submarine built in France on Thursday.") == "France"


@pytest.fixture(scope="module")
def agencies(nlp, gazetteer):
    """Text → the keys of its Agency mentions."""
    from kg.extract import extract_mentions

    def _run(text: str) -> list[str]:
        doc = nlp(text)
        return [m.key for m in extract_mentions(doc, "d", ignore=gazetteer.not_entities)
                if m.cls == "Agency" and m.key]

    return _run


def test_bare_ministry_takes_unlisted_city_state(agencies):
    """"the defence ministry" with no state in its sentence: the dateline city's state."""
    found = agencies("Pilots trained abroad\n\nJOHANNESBURG, May 4 (1987) - South Africa will "
                     "train its pilots abroad, officials said. The defence ministry said on "
                     "Monday that twelve pilots would leave next month.")
    assert any(k.endswith("(South Africa)") for k in found), found


def test_bare_ministry_city_state_not_named(agencies):
    """Negative: the dateline city's state is not named: no state is guessed."""
    found = agencies("Pilots trained abroad\n\nJOHANNESBURG, May 4 (1987) - Twelve pilots will "
                     "train abroad, officials said. The defence ministry said on Monday that "
                     "they would leave next month.")
    assert not any(k.endswith("(South Africa)") for k in found), found

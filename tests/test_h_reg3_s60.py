"""Issue 12, h-reg3 (stop 60): a listed town or region (places.listed_place) after a place
preposition that NER labelled a date, a time or a facility ("overhauled in Winnipeg", "a
naval base at Rota") is a place; a month's or a weekday's name stays a date, and a name
with no place preposition before it keeps NER's label. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.refine.place_names import _timed_town


def _span(nlp, text: str, name: str, label: str) -> Span:
    """The span of ``name`` in ``text``, labelled ``label`` as NER might have."""
    doc = nlp(text)
    start = text.index(name)
    found = doc.char_span(start, start + len(name), label=label)
    assert found is not None
    return found


@pytest.mark.parametrize("text, name, label", [
    ("The two transports were refitted in Winnipeg before the long flight south.",
     "Winnipeg", "DATE"),
    ("Engineers will start work on the naval base at Rota next spring.", "Rota", "DATE"),
    ("A small team of advisers stayed at Porto Velho for two years.", "Porto Velho", "FAC"),
    ("Three frigates sailed from Halifax late on the night of the storm.", "Halifax", "TIME"),
])
def test_a_listed_town_after_a_place_preposition_is_a_place(nlp, text, name, label):
    assert _timed_town(_span(nlp, text, name, label))


@pytest.mark.parametrize("text, name, label", [
    # a month's name that is also a town's (Marche) stays a date
    ("The first jets are due to arrive in March after their trials.", "March", "DATE"),
    ("The delegation flew home on Sunday after the talks.", "Sunday", "DATE"),
    # no place preposition before it
    ("Winnipeg will host the next round of the talks, officials said.", "Winnipeg", "DATE"),
    # not a listed town or region
    ("The ships were moored at Quillbrook for the winter.", "Quillbrook", "DATE"),
    # a place label already: left to the other rules
    ("The two transports were refitted in Winnipeg before the flight.", "Winnipeg", "GPE"),
])
def test_a_date_or_an_unlisted_name_keeps_its_label(nlp, text, name, label):
    assert not _timed_town(_span(nlp, text, name, label))


def test_the_town_is_a_region_in_the_graph(run):
    from tests.test_extract_agency import _keys

    # whatever NER makes of it, a listed town after "in" ends a Region
    text = "The aircraft were overhauled by a local firm in Winnipeg, officials said on Monday."
    assert "Winnipeg" in _keys(run, text, "Region")

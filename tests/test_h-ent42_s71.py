"""People retyped as places: a name NER took for a person stays a person against the place
rules where its sentence marks it one (a capitalised title right before it, a post's noun in
apposition after it) and, against the feature rule ("… Ridge"), where it is coordinated with
another person's full name; features' and places' names stay places (issue 12, s71 h-ent42).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.person_cues import person_marked


def _classes(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


def _span(doc, words: str) -> Span:
    n = len(words.split())
    start = next(t.i for t in doc if doc[t.i:t.i + n].text == words)
    return Span(doc, start, start + n, label="PERSON")


@pytest.mark.parametrize("text", [
    "The pact was signed in Ottawa by the Canadian envoy, Paul Hartley, and Mark Ridge, the"
    " border security director.",
    "The pact was signed by Canada's Paul Hartley and Mark Ridge, then border security adviser"
    " to the president.",
])
def test_a_person_whose_surname_is_a_feature_word_stays_a_person(run, text):
    assert _classes(run, text)["Mark Ridge"] == "Person"


@pytest.mark.parametrize(("text", "name"), [
    ("Patrols clashed near Kessar Ridge and Dorn Ridge on Sunday.", "Dorn Ridge"),
    ("Rebels attacked a camp near Hollow Ridge on Tuesday.", "Hollow Ridge"),
    ("Fighting raged at Nathu La and Jelep La on Sunday.", "Jelep La"),
    ("Chinese ships seized Mischief Reef from the Philippines in 1995.", "Mischief Reef"),
    ("Protesters gathered in Cape Town and Lake Chad was drying up.", "Lake Chad"),
])
def test_features_and_places_stay_places(run, text, name):
    assert _classes(run, text)[name] == "Region"


@pytest.mark.parametrize(("text", "name"), [
    ("Troops were sent to Oruro, Defence Minister Ramon San Miguel said.", "Ramon San Miguel"),
    ("Troops were sent to Oruro, General Pedro Monte Alto said.", "Pedro Monte Alto"),
    ("Aid reached Oruro, Mr Pedro Vila said.", "Pedro Vila"),
    ("The deal was signed by Ana Ruiz, the trade director.", "Ana Ruiz"),
])
def test_a_title_or_a_post_marks_a_person(nlp, gazetteer, text, name):
    assert person_marked(_span(nlp(text), name), gazetteer.roles)


@pytest.mark.parametrize(("text", "name"), [
    ("The Minister of Kursk said the drones came from the west.", "Kursk"),
    ("Troops were sent to the Tarla valley on Monday.", "Tarla"),
])
def test_a_title_before_of_marks_no_person(nlp, gazetteer, text, name):
    assert not person_marked(_span(nlp(text), name), gazetteer.roles)

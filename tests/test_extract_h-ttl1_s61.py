"""Issue 12, stop 61 (h-ttl1): a commissioner's title, with its portfolio or none ("Home Affairs
Commissioner", "Enlargement Commissioner"), and a warrant officer's rank before a person's name
are no part of the name; "officer" stays no post word, so "customs officers" after a demonym
are no customs body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_titled_names_s31 import _people, _texts


@pytest.mark.parametrize("text, name", [
    ("EU Enlargement Commissioner Maria Kovac welcomed the accord on Monday.", "Maria Kovac"),
    ("Home Affairs Commissioner Lena Strom said the border would stay open.", "Lena Strom"),
    ("Trade Commissioner Piet Hoorn told reporters the talks would resume.", "Piet Hoorn"),
    ("The army released Chief Warrant Officer Dan Keller on Friday.", "Dan Keller"),
    ("His co-pilot, Chief Warrant Officer Tom Ridley, was killed in the crash.", "Tom Ridley"),
    ("Warrant Officer Dan Keller flew the helicopter.", "Dan Keller"),
])
def test_titles_are_cut_off_the_name(run, text, name):
    texts = _texts(run, text)
    assert name in _people(run, text), texts
    assert not any(t != name and t.endswith(name) for t in texts), texts  # no titled copy


@pytest.mark.parametrize("text", [
    "Georgian customs officers stopped a truck at the border.",
    "A Chilean military Officer said the convoy had left.",
    "The Chief Warrant Officer said the crew was safe.",
])
def test_officers_name_no_body_and_no_person(run, text):
    mentions, _ = run(text)
    assert not any(m.cls in ("Agency", "Person") for m in mentions), \
        [(m.span.text, m.cls) for m in mentions]


def test_the_refugee_agency_keeps_its_commissioner(run):
    mentions, _ = run("The UN High Commissioner for Refugees said 2,000 people had fled.")
    assert any(m.cls == "Agency" and m.key == "UNHCR" for m in mentions)

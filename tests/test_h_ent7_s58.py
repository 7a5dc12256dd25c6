"""Issue 12, stop 58 (h-ent7): a name right before two lower-case words naming a guarded site
("the Korvalla border post", "the Dravik observation post") is a place
(Region), not the body or person NER takes it for (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(resolved, text: str) -> dict[str, str]:
    return {e.key: e.cls for e in resolved(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Two soldiers were seized near the Korvalla border post on Friday, the ministry said.",
     "Korvalla"),
    ("Troops crossed at the Tesmo border post and advanced into the province.", "Tesmo"),
    ("Officers were posted at the Dravik observation post overnight.", "Dravik"),
])
def test_name_before_a_site_is_a_place(resolved, text, name):
    classes = _classes(resolved, text)
    found = {k: c for k, c in classes.items() if k.startswith(name)}
    assert found and set(found.values()) == {"Region"}, classes


def test_a_post_alone_is_no_site(resolved):
    classes = _classes(resolved, "The minister wrote in a Facebook post that the Korvalla "
                                 "Institute would close.")
    assert "Region" not in {c for k, c in classes.items() if "Facebook" in k}, classes


@pytest.mark.parametrize(("text", "names"), [
    ("Helicopters flew the men to the Kessar La and Dorn La passes on Monday, officials said.",
     ("Kessar La", "Dorn La")),
    ("Some 30 fishermen on Tavi and Orlo islands were taken prisoner, the ministry said.",
     ("Tavi", "Orlo")),
])
def test_names_joined_before_a_plural_place_noun_are_places(resolved, text, names):
    classes = _classes(resolved, text)
    for name in names:
        found = {k: c for k, c in classes.items() if k.startswith(name)}
        assert found and set(found.values()) == {"Region"}, (name, classes)


def test_a_body_joined_before_a_plural_noun_stays_a_body(resolved):
    classes = _classes(resolved, "The Korvalla Council and Tesmo Council districts voted on "
                                 "Monday.")
    assert all(c != "Region" for k, c in classes.items() if "Council" in k), classes

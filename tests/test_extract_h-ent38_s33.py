"""Issue 12, stop 33 (h-ent38): named facilities and landscape features that are places,
tested on sentences written for this file (real spaCy parse): a listed body named after its
building is that building, a Region, where something is signed or met "at" it ("signed the
treaty at the Elysee Palace": dev d251, d466), and stays the body elsewhere. Negative cases
say what must stay as it is."""

from __future__ import annotations

import pytest


def _entities(run, text: str) -> dict[str, tuple[str, str | None]]:
    """span text → (class, key) of every mention of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: (m.cls, m.key) for m in mentions}


@pytest.mark.parametrize("text, name", [
    ("The two ministers signed the fisheries accord at the Elysee Palace on Friday.",
     "Elysee Palace"),
    ("The presidents of both states met at the Elysee on Monday evening.", "Elysee"),
])
def test_seat_of_a_body_as_the_venue_is_a_place(run, text, name):
    cls, key = _entities(run, text)[name]
    assert cls == "Region"
    assert key != "Elysee Palace"  # not the presidency's node


@pytest.mark.parametrize("text, name", [
    # the body speaks, or speaks from its seat
    ("The Elysee Palace said on Monday that the visit had been postponed.", "Elysee Palace"),
    ("The president spoke in a televised address from the Elysee Palace.", "Elysee Palace"),
    # a body that the gold keeps a body at "at" too
    ("The two leaders signed the declaration at the White House on Tuesday.", "White House"),
])
def test_seat_of_a_body_elsewhere_stays_the_body(run, text, name):
    assert _entities(run, text)[name][0] == "Agency"


# --- a lower-case facility noun after a name, "palace" among them, and a name NER tagged as a
# facility (with its article) before one (dev d390, d415, d443) ----------------------------

@pytest.mark.parametrize("text, name", [
    ("Rebel commandos stormed the Karvali palace shortly after midnight.", "Karvali palace"),
    ("The envoys met again for talks at the Matignon palace in Paris.", "Matignon palace"),
    ("Mourners buried the dead at the La Tablada cemetery on Sunday.", "La Tablada cemetery"),
    ("The accord was signed at the Rana Durbar palace in the capital.", "Rana Durbar palace"),
])
def test_name_before_a_facility_noun_is_a_place(run, text, name):
    assert _entities(run, text).get(name, ("", None))[0] == "Region", _entities(run, text)


@pytest.mark.parametrize("text", [
    "Troops surrounded the royal palace before dawn.",
    "The king returned to the palace under guard.",
])
def test_bare_palace_names_no_place(run, text):
    assert not any(cls == "Region" for cls, _ in _entities(run, text).values())

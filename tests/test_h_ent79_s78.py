"""Issue 12, stop 78 (h-ent79): a capital's name that a place of another state qualifies — set
off by a comma ("a works in Lima, Ohio", the dateline "LA PAZ, Mexico") or after "in" ("the
hamlet of Santo Domingo in Cauca province") — is that town, a `Region`, not the capital's state
(dev E12: a capital stands for its state, other cities are Regions), keyed "<town>
(<qualifier>)" as the gold disambiguates a namesake; the bare name elsewhere in the story is
that town too. A list of capitals or states is no qualifier, nor the state a capital's state
followed or preceded. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _classes(run, text: str) -> dict[str, set[str]]:
    mentions, _ = run(text)
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.cls, set()).add(m.key or m.lemma)
    return out


@pytest.mark.parametrize(("text", "town", "state"), [
    ("The engines were overhauled at a works in Lima, Ohio, the company said.", "Lima (Ohio)",
     "Peru"),
    ("LA PAZ, Mexico, June 3 - Two presidents opened a new bridge on Saturday.",
     "La Paz (Mexico)", "Bolivia"),
    ("The guerrillas gave up their guns in the hamlet of Santo Domingo in Cauca province.",
     "Santo Domingo (Cauca)", "Dominican Republic"),
    ("The drones are assembled in Paris, Texas.", "Paris (Texas)", "France"),
    ("The guns were made in Dublin, Ohio, for the army.", "Dublin (Ohio)", "Ireland"),
    # the bare name in the headline: the town the dateline qualifies
    ("Leaders open bridge in La Paz\n\nLA PAZ, Mexico, June 3 - Two presidents opened a new "
     "bridge on Saturday.", "La Paz (Mexico)", "Bolivia"),
])
def test_a_capital_qualified_by_another_states_place_is_a_town(run, text, town, state):
    found = _classes(run, text)
    assert state not in found.get("Country", set())
    assert town in found.get("Region", set())


@pytest.mark.parametrize(("text", "states"), [
    # a list of capitals, of a capital and states: no qualifier
    ("Envoys from Paris, London and Bonn met in Geneva on Monday.",
     {"France", "United Kingdom"}),
    ("The minister flew on to Lima, Mexico and Chile.", {"Peru", "Mexico", "Chile"}),
    # the capital's own state, or the state it followed
    ("LIMA, Peru, May 2 - The navy bought two frigates.", {"Peru"}),
    ("MOSCOW, USSR, May 2 - The navy bought two frigates.", {"Soviet Union"}),
])
def test_other_capitals_stand_for_their_states(run, text, states):
    assert states <= _classes(run, text).get("Country", set())

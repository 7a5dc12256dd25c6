"""Issue 12, stop 74 (h-ent74): an aircraft's type that NER took for a place, a person or a
body is equipment and no entity (dev E5): a listed transport or unarmed type ("Hercules",
"Phalcon"), an unlisted name right before a transport or tanker noun ("Dakota transports"), and
a service's name that NER ran on into the type ends before it. Sentences written for this file
(real spaCy parse)."""

from __future__ import annotations

import pytest


def _mentions(run, text: str) -> list[tuple[str, str]]:
    """(surface, class) of every mention of ``text``."""
    mentions, _ = run(text)
    return [(text[m.span.start:m.span.end], m.cls) for m in mentions]


def _surfaces(run, text: str) -> set[str]:
    return {s for s, _ in _mentions(run, text)}


@pytest.mark.parametrize("text, word", [
    ("Relief workers reached the islands on Hercules transports after the cyclone.", "Hercules"),
    ("Two Phalcon aircraft will be delivered next year.", "Phalcon"),
    ("Kenya sent two Dakota transports to the border town in 1964.", "Dakota"),
    ("The engines arrived on a chartered Antonov transport from Kyiv.", "Antonov"),
    ("Ottawa will also send a Polaris tanker to the gulf.", "Polaris"),
    ("Chile cancels Phalcon radar plane order from Israel under pressure", "Phalcon"),
])
def test_aircraft_type_is_no_entity(run, text, word):
    assert not any(word in s for s in _surfaces(run, text)), _mentions(run, text)


def test_service_run_into_type_ends_before_it(run):
    text = "Four Royal New Zealand Air Force Hercules planes carried tents to the atoll."
    surfaces = _surfaces(run, text)
    assert not any("Hercules" in s for s in surfaces), _mentions(run, text)
    assert any(s.endswith("Air Force") for s in surfaces), _mentions(run, text)


def test_name_before_a_tanker_fleet_stays(run):
    # a tanker noun that modifies another noun ("tanker fleet") names no aircraft
    text = "Officials of the shipping line said the Kestrel tanker fleet was idle."
    assert "Kestrel" in _surfaces(run, text), _mentions(run, text)


def test_person_before_a_verb_stays(run):
    # "transports" as a verb with an object is no aircraft noun
    text = "Farmer Juan Ortega transports grain to the port every week, police said."
    assert any("Ortega" in s for s in _surfaces(run, text)), _mentions(run, text)

"""Issue 12, stop 35 (h-ent45): names of places that NER types as a person or an organisation,
or cuts (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text):
    """{mention text: class} of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.cls for m in mentions}


# --- a natural feature's noun ends a place's name: falls, a delta, a mountain pass ------------


@pytest.mark.parametrize("text, name", [
    ("Tourists flocked to the Kaieteur Falls after the road was paved.", "Kaieteur Falls"),
    ("Smugglers moved fuel through the Irrawaddy delta for years.", "Irrawaddy delta"),
    ("Pakistani troops held the Khojak pass through the winter.", "Khojak pass"),
])
def test_feature_noun_ends_a_place_name(run, text, name):
    assert _classes(run, text).get(name) == "Region"


def test_pass_as_a_common_noun_names_no_place(run):
    classes = _classes(run, "The Senegalese colonel showed his pass at the gate on Monday.")
    assert "Region" not in classes.values()

"""Issue 12, stop 56 (h-dep77): a force sent "with" cargo, where the parser hangs "with" on the
verb and the destination's "to" on the cargo ("sent three ships with relief supplies to X"),
is deployed there (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("The Philippine navy has sent three ships with relief supplies to Tacloban, officials said.",
     ("Navy (Philippines)", "Tacloban")),
    ("After the earthquake, Japan sent two transport ships with tents and blankets to Fiji.",
     ("Japan", "Fiji")),
    ("After the storm hit in 2019, Canada sent a navy ship with relief supplies to Tonga.",
     ("Canada", "Tonga")),
])
def test_force_sent_with_cargo_to_a_place_is_deployed(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Canada sent aid with Japan to Haiti.",  # no force: aid is supplied
    "Norway sent relief supplies with its own aircraft to Haiti.",  # the cargo is the object
    "Spain did not send a frigate with relief supplies to Tonga.",  # negated
    "Britain sent a destroyer with supplies from Gibraltar.",  # no place it went
])
def test_no_deployment_with_cargo(run, text):
    assert _deploys(run, text) == set()

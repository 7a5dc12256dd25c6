"""Issue 12, stop 68 (h-dep105): military divers are a deployed force ("Navy divers were flown
to X", "the navy flew divers from A to B"), so the bare service word before them or the
service that flies them deploys them (dev conventions D3; d1179, d1058). Sentences written for
these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

_OPENING = ("Norway sends frigates to Arctic port\n\nOSLO, March 2 - Norway has sent two frigates "
            "to Hammerfest after a tanker ran aground, the Norwegian navy said.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    # agentless passive, a bare service word before the force: the service (D3)
    ("Navy divers were flown to Hammerfest on Monday to help clear the harbour, a military "
     "spokesman said.", ("Navy (Norway)", "Hammerfest")),
    # active: the service that flies them
    ("The navy also flew divers from Bergen to Tromso to help with the salvage, a spokesman "
     "said.", ("Navy (Norway)", "Tromso")),
])
def test_divers_are_a_deployed_force(run, sentence, expected):
    assert expected in _deploys(run, _OPENING + sentence)


def test_divers_that_fly_themselves_are_no_deployment(run):
    # intransitive "flew to" with the divers as subject: a movement, no sending (D4)
    found = _deploys(run, _OPENING + "Hundreds of tourists and divers flew to Tromso for the "
                     "festival.")
    assert not any(place == "Tromso" for _, place in found)

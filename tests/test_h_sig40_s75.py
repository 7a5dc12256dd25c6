"""Issue 12, stop 75 (h-sig40): an agentless passive signing ("under a contract signed with X")
names X as a party; a single actor that pays, receives or builds under it is only the implied
other signer (dev conventions S4: no asserted line), while several actors acting together in
it ("A and B restored ties in a declaration signed with C") still sign it (sentences written
for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe


def _parties(signed: set[tuple[str, str]]) -> set[str]:
    return {p for p, _ in signed}


@pytest.mark.parametrize("text, named, implied", [
    ("The Kenyan government paid about $40 million for the boats under a contract signed "
     "with Italy in 2015, officials said.", "Italy", "Kenya"),
    ("Peru's army will receive 90 tanks under a defence agreement concluded with Madrid this "
     "month, the ministry said.", "Spain", "Army (Peru)"),
    ("The frigate was handed over by Navantia, which built it under a contract signed with "
     "Lima in 2019.", "Peru", "Navantia"),
])
def test_single_actor_under_an_agentless_passive_is_only_implied(run, text, named, implied):
    _, signed, _ = _observe(run, text)
    assert _norm(named) in _parties(signed)
    assert _norm(implied) not in _parties(signed)


def test_several_actors_acting_in_it_still_sign(run):
    text = ("Ghana and Togo ended their border row in a joint declaration signed with Benin "
            "in March.")
    _, signed, _ = _observe(run, text)
    assert {_norm("Ghana"), _norm("Togo"), _norm("Benin")} <= _parties(signed)

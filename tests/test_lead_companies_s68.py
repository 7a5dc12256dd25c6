"""Issue 12, stop 68 (lead): "companies" after a weapon kind are a unit and the force of a
deployment ("two tank companies"), now that the kind before them is no Weapon (h-wpn2's
modified heads); firms that are "sent" or "moved" stay no force. Sentences written for these
tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("sentence, expected", [
    ("Poland moved three tank companies to Orzysz last week.", ("Poland", "Orzysz")),
    ("Canada sent two helicopter companies to Latvia in May.", ("Canada", "Latvia")),
])
def test_companies_after_a_weapon_kind_deploy(run, sentence, expected):
    assert expected in _deploys(run, sentence)


@pytest.mark.parametrize("sentence", [
    "Acme sent two companies to bid for the contract in Lithuania.",
    "The holding moved its companies to Ireland for tax reasons.",
])
def test_firms_are_no_force(run, sentence):
    assert not _deploys(run, sentence)

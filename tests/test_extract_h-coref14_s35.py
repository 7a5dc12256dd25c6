"""Issue 12, stop 35 (h-coref14): "his"/"her" on a government noun refers back to a person,
whose government it is ("His government says it …" after "X's President Y rejected …"; dev
d358, d38, d515). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest


def _claimants(run, text):
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


@pytest.mark.parametrize("text, expected", [
    # the person of the sentence before leads the government: his state speaks
    ("Kenya's President Mwai Kamau rejected the resolution on Thursday. His government said "
     "on Friday that it would send more troops to the border.", "Kenya"),
    # the one person of its own sentence before it
    ("Ghana's President Kofi Mensah has promised new patrol boats, and his government said "
     "this week that it would buy four of them.", "Ghana"),
])
def test_his_government_is_the_persons_state(run, text, expected):
    assert expected in _claimants(run, text)


@pytest.mark.parametrize("text", [
    # "their" is no person's possessive
    "Kenya's President Mwai Kamau rejected the resolution on Thursday. Their government said "
    "on Friday that it would send more troops to the border.",
    # two people of its own sentence before it: no guess
    "Kenya's President Mwai Kamau told Uganda's President Joseph Otim on Friday that his "
    "government had sent more troops to the border.",
])
def test_his_government_without_one_person(run, text):
    assert not {"Kenya", "Uganda"} & _claimants(run, text)

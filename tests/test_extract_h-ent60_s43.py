"""Issue 12, stop 43 (h-ent60): an apposition whose head is a class noun says what an unlisted
name is: a group noun makes an organisation of an acronym NER left untagged, a media noun
followed by where the outlet is makes a news outlet, the whole of a name NER cut at its "of"
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _classes(run, text: str, name: str) -> set[str]:
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text.removeprefix("the ") == name}


@pytest.mark.parametrize("text, name", [
    ("KADU, the opposition party, said it would boycott the vote.", "KADU"),
    ("Villagers demanded the disbanding of TORU, a border police unit accused of looting.",
     "TORU"),
])
def test_untagged_acronym_with_a_group_apposition_is_an_organisation(run, text, name):
    assert _classes(run, text, name) == {"Agency"}


def test_the_organisation_speaks(claims):
    found = claims("ZANLA, the guerrilla movement, said it had shot down a helicopter.")
    assert any(who == "ZANLA" and "helicopter" in what for who, what in found)


def test_name_already_begun_by_a_state_is_not_cut(run):
    mentions, _ = run("Pretoria promised to stop arming the Angola National Resistance, the "
                      "rebel movement based in the south.")
    assert "National Resistance" not in {m.span.text for m in mentions}


def test_outlet_apposition_with_a_place_joins_the_name_cut_at_of(claims, run):
    text = ("The Free Voice of Laos, an exile broadcaster in Paris, said its listeners had "
            "reported fighting near the capital.")
    assert _classes(run, text, "Free Voice of Laos") == {"MediaOutlet"}
    assert any(who == "Free Voice of Laos" and "fighting" in what for who, what in claims(text))

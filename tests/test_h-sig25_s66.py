"""h-sig25 (issue 12, stop 66): a state or body that only describes the singular title of a
signer named beside it, set off by commas ("<State>'s defence minister, B", "the chief of staff
of <Body>, Admiral C", "D, Premier of the <State> government,") is no party; the person named
signs (dev conventions S3) (sentences written for these tests, real spaCy parse; dev d548,
d1037, d746, d855, d406)."""

from __future__ import annotations

import pytest


def _parties(relations, text: str) -> list[set[str]]:
    return [set(roles["party"]) for rel, roles in relations(text) if rel == "signed"]


def _signing(relations, text: str, named: set[str]) -> set[str]:
    """The parties of the signing that names the people ``named``."""
    found = [p for p in _parties(relations, text) if named <= p]
    assert len(found) == 1, _parties(relations, text)
    return found[0]


@pytest.mark.parametrize(("text", "state", "named"), [
    # a possessive title before its named holder
    ("Kuwait and the United States signed a ten-year defence pact on Monday. The accord was "
     "signed at the Pentagon by Defense Secretary Lloyd Baker and Kuwait's defence minister, "
     "Sheikh Hamad al-Sabah.", "Kuwait", {"Lloyd Baker", "Hamad al-Sabah"}),
    # the title after the name
    ("Slovakia and Moldova signed a friendship treaty on Monday. The treaty was signed by "
     "Foreign Minister Jan Novak and by Ion Rusu, Premier and Foreign Minister of the Moldovan "
     "government, while the presidents looked on.", "Moldova", {"Jan Novak", "Ion Rusu"}),
])
def test_a_state_in_a_named_holders_title_is_no_party(relations, text, state, named):
    assert state not in _signing(relations, text, named)


def test_body_of_a_title_before_an_honorific_and_name(relations):
    text = ("Peru and Chile signed a naval memorandum on Monday. The memorandum was signed by the "
            "chief of staff of the Chilean Navy, Admiral Jorge Soto, and Peru's naval commander, "
            "Admiral Luis Grau.")
    parties = _signing(relations, text, {"Jorge Soto", "Luis Grau"})
    assert not {"Navy (Chile)", "Peru"} & parties, parties


def test_name_that_is_no_mention_still_holds_the_title(relations):
    # "No Song Il": no Person mention, but the capitalised words after the comma are a name
    text = ("Vietnam and North Korea signed a military agreement on Monday. The agreement was "
            "signed at a Hanoi guesthouse by Vietnamese Defence Minister Phan Van Giang and the "
            "North's Minister of People's Armed Forces, No Song Il, as the two presidents "
            "looked on.")
    assert _signing(relations, text, {"Phan Van Giang"}) == {"Phan Van Giang"}


def test_unnamed_official_still_makes_the_state_a_party(relations):
    # guard: no name beside the title, so the official's state signs (S3)
    text = "The accord was signed in Oslo by Norway's defence minister and Sweden's envoy."
    assert any("Norway" in p for p in _parties(relations, text))


def test_plural_title_keeps_the_states(relations):
    # guard: "the foreign ministers of A and B, C and D" is left as it was (the gold differs)
    text = ("The foreign ministers of Peru and Chile, Luis Vega and Ana Soto, signed the "
            "treaty in Lima on Monday.")
    parties = _signing(relations, text, {"Luis Vega", "Ana Soto"})
    assert {"Peru", "Chile"} <= parties, parties

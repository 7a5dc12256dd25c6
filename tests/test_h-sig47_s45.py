"""Issue 12, stop 45 (s52 h-sig47): signings whose parties the text gives only as a counted
plural ("the two governments") or only as people (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[set[str], set[str]]]:
    """(parties, agreements) of every signed relation."""
    _, relations = run(text)
    return [({m.key or m.span.text for m in r.role("party")},
             {m.key or m.span.text for m in r.role("agreement")})
            for r in relations if r.relation == "signed"]


def _agreements(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls == "Agreement"}


def test_counted_governments_are_the_agreements_states_of_their_sentence(run):
    found = _signed(run, "South Korea's T-50 jet lost contests in Singapore and the United Arab "
                         "Emirates. A spokesman said Seoul hoped Indonesia would join the "
                         "fighter programme, for which the two governments signed a memorandum "
                         "last year.")
    assert any({"South Korea", "Indonesia"} <= parties for parties, _ in found), found
    assert not any(parties & {"Singapore", "United Arab Emirates"} for parties, _ in found), found


def test_counted_governments_in_a_misparsed_relative_clause_sign(run):
    found = _signed(run, "The United States will rotate a squadron of bombers through the "
                         "Philippines, the embassy said on Monday. Beijing called the move a "
                         "threat, and Hanoi said it was watching closely. In Manila, a foreign "
                         "ministry spokesman said the bombers were only for defence and were "
                         "covered by the Mutual Defense Treaty that the two governments signed "
                         "in August 1951.")
    assert any({"Philippines", "United States"} <= parties for parties, _ in found), found
    assert not any(parties & {"China", "Vietnam"} for parties, _ in found), found


def test_accord_signed_by_two_people_only_is_an_agreement(run):
    text = ("Russia's envoy Ivan Petrov and the rebel commander Ahmed Zakayev signed an accord on "
            "Friday that ends the fighting in the mountains. The accord sets up a joint "
            "commission to oversee the withdrawal.")
    assert _agreements(run, text), text
    found = _signed(run, text)
    assert any({"Ivan Petrov", "Ahmed Zakayev"} <= parties for parties, _ in found), found


def test_planned_accord_of_two_people_is_no_agreement(run):
    text = ("Russia's envoy Ivan Petrov and the rebel commander Ahmed Zakayev will sign an accord "
            "next week to end the fighting in the mountains, officials said.")
    assert not _signed(run, text)

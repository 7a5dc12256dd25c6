"""Issue 12, stop 45 (s52 h-sig47): signings whose parties the text gives only as a counted
plural ("the two governments") of an agreement named after that many states (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(run, text: str) -> list[tuple[set[str], set[str]]]:
    """(parties, agreements) of every signed relation."""
    _, relations = run(text)
    return [({m.key or m.span.text for m in r.role("party")},
             {m.key or m.span.text for m in r.role("agreement")})
            for r in relations if r.relation == "signed"]


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

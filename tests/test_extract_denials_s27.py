"""Issue 12, stop 27 (h-prec4): a named speaker's denial of a gerund states the negated clause
(dev conventions R4), on sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest

CASES = [
    ("past", "Damascus denied selling any rockets to the militia.",
     "Damascus did not sell any rockets to the militia"),
    ("present-headline", "Minsk denies training Congolese gunners",
     "Minsk does not train Congolese gunners"),
    ("perfect-gerund", "Belgrade denied having shipped rifles to the rebels.",
     "Belgrade had not shipped rifles to the rebels"),
    ("present-perfect-keeps-gerund", "Pretoria has denied financing the rebels.",
     "Pretoria was not financing the rebels"),
]


def _denials(run, text: str) -> list[str]:
    _, rels = run(text)
    return [r.attr("statement") for r in rels
            if r.relation == "reports" and r.attr("certainty") == "denied"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_gerund_denial_statement(run, case):
    _, text, statement = case
    assert statement in _denials(run, text)


def test_several_speakers_keep_gerund(run):
    # two speakers: the gold's "they" is no word of the text, the statement stays the words
    assert "sending troops" in _denials(run, "Kenya and Tanzania deny sending troops.")


def _statements(run, text: str) -> dict[str, str]:
    _, rels = run(text)
    return {m.span.text: r.attr("statement") for r in rels if r.relation == "reports"
            for m in r.role("claimant")}


def test_clause_before_semicolon_is_no_later_statement(run):
    # the first speaker's clause, hung on the second verb across the semicolon, is not his
    said = _statements(run, "Kenya says 300 rebels were killed in the raid; Somalia denies "
                            "its soldiers were involved.")
    assert said.get("Kenya") == "300 rebels were killed in the raid"
    assert said.get("Somalia") == "its soldiers were involved"


def test_semicolon_inside_quote_stays(run):
    said = _statements(run, '"The border is calm; our forces are ready," Ghana\'s defence '
                            "minister Kofi Mensah said.")
    assert any("our forces are ready" in (s or "") and "border is calm" in (s or "")
               for s in said.values())


def test_clause_after_semicolon_is_no_earlier_statement(run):
    # (headline style: the parser hangs the second clause on "says")
    said = _statements(run, "Uganda says rebels driven out of Gulu; both sides claim heavy "
                            "losses")
    assert said.get("Uganda") == "rebels driven out of Gulu"

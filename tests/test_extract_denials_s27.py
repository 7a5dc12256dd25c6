"""Issue 12, stop 27 (h-prec4): an unquoted semicolon bounds a claim's statement, on sentences
written for this file (real spaCy parse). Gerund denials ("denied selling …") are tested in
test_extract_reports_s27.py (h-rep7's form of the same rule was merged)."""

from __future__ import annotations


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

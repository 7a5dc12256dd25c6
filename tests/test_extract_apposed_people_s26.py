"""Issue 12, stop 26 (h-ent11): a name in apposition after "<title> for/of the <company
noun>" names the person with the title, not a firm, wherever the parser hangs it. All
sentences invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the group, Ahmed Karim, said the report was false.", "Ahmed Karim"),
    ("The chairman of the group, Lena Marsh, resigned on Friday.", "Lena Marsh"),
    ("A spokeswoman for the company, Ruth Adler, declined to comment.", "Ruth Adler"),
])
def test_name_after_a_title_of_a_firm_is_a_person(run, text, name):
    mentions, _ = run(text)
    assert (name, "Person") in [(m.span.text, m.cls) for m in mentions]


@pytest.mark.parametrize("text, name", [
    ("The deal went to Velmark, a French defence group, last year.", "Velmark"),
    ("The navy signed a contract with the shipbuilder, Orvana, in May.", "Orvana"),
])
def test_firm_in_apposition_stays_a_company(run, text, name):
    mentions, _ = run(text)
    assert (name, "Company") in [(m.span.text, m.cls) for m in mentions]

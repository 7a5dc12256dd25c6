"""Issue 12, stop 76 (h-rep121): a denying verb that closes its sentence with no object after a
semicolon ("A says B plotted a coup; <capital of B> denies") denies the claim told before the
semicolon (dev conventions R4; kg.extract.relations.reports._denied_antecedent). Sentences
written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest


def _denials(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(m.key or m.span.text, r.attr("statement") or "") for r in rels
            if r.relation == "reports" and r.attr("certainty") == "denied"
            for m in r.role("claimant")}


@pytest.mark.parametrize(("text", "deniers", "said"), [
    ("Chile says Peru shelled its border posts; Lima denies\n\n"
     "SANTIAGO, May 3 - Chile said on Monday that Peruvian artillery had shelled two posts.",
     {"Peru"}, "Peru shelled its border posts"),
    ("U.N. experts say rebels trained in Uganda; Kampala denies\n\n"
     "KAMPALA, May 3 - The report was published on Monday.",
     {"Uganda"}, "rebels trained in Uganda"),
    # two deniers of one claim
    ("Bolivia says Brazil sent troops to the frontier; Brasilia and Caracas deny\n\n"
     "LA PAZ, May 3 - Bolivia said on Monday that Brazil had sent troops.",
     {"Brazil", "Venezuela"}, "Brazil sent troops to the frontier"),
])
def test_bare_denial_after_semicolon_denies_the_claim_before_it(run, text, deniers, said):
    found = {c for c, s in _denials(run, text) if s == said}
    assert found == deniers, _denials(run, text)


@pytest.mark.parametrize("text", [
    # nothing told before the semicolon: no claim to deny
    "Ghana and Togo sign border pact; Benin rejects\n\nACCRA, May 3 - The two states signed it.",
    # no semicolon: a bare verb answers no claim of another sentence
    "The minister said the talks had failed. Moscow denies.",
])
def test_bare_denial_with_nothing_told_before_it_is_no_claim(run, text):
    assert not _denials(run, text)

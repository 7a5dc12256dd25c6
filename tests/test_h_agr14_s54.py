"""Issue 12, h-agr14 (stop 54): a joint statement speaks for the article's two sides
(sentences written for these tests, real spaCy parse).

- "A joint statement said …", "A joint communique carried by <outlet> said …" with no counted
  plural in its clause: the claim is the two states the article has named most often so far
  (dev conventions: "according to a joint statement" gives the two states; d558, d566).
"""

from __future__ import annotations

import pytest

LEAD = ("HANOI, March 3 - Vietnam and Laos signed a border agreement on Monday. The pact was "
        "signed by Vietnam's prime minister and the Laotian president in the capital. ")


def _claimants(run, text: str) -> set[str]:
    _, rels = run(text)
    return {m.key or m.lemma for r in rels if r.relation == "reports"
            and "joint" in r.sentence.text for m in r.role("claimant")}


@pytest.mark.parametrize("tail", [
    "A joint statement said the accord would settle the last disputed stretch of the river.",
    "A joint communique carried by the official news agency said the accord would settle the "
    "last disputed stretch of the river.",
])
def test_joint_statement_is_the_two_sides(run, tail):
    found = _claimants(run, LEAD + tail)
    assert {"Vietnam", "Laos"} <= found


def test_no_clear_pair_no_claimant(run):
    # three states named as often: which two the statement speaks for is unclear
    found = _claimants(run, "Chile, Peru and Bolivia met on Monday. A joint statement said "
                       "the talks would continue in May.")
    assert not found & {"Chile", "Peru", "Bolivia"}

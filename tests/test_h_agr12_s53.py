"""Issue 12, h-agr12 (stop 53): unnamed agreements a sentence signs beside the article's own
(sentences written for these tests, real spaCy parse).

- A signed plural of agreement words marked as additional ("put their names to about a dozen
  other agreements", "a set of accompanying agreements on policing") is a set of its own,
  "<mark> agreements (<A>–<B>)", that its signers sign, never the article's agreement
  (dev d867, d825).
"""

from __future__ import annotations

import pytest

from tests.test_h_agr8_s50 import _signed
from tests.test_h_agr9_s51 import _agreements

LEAD = ("NAIROBI, March 3 - Kenya and Tanzania signed an agreement on Monday to share radar "
        "data over Lake Victoria. ")


@pytest.mark.parametrize(("tail", "mention", "key"), [
    ("President Daniel Moi and Ali Hassan Mwinyi also put their names to about ten other "
     "agreements, covering fisheries and road links.",
     "other agreements", "other agreements (Kenya–Tanzania)"),
    ("The foreign ministers, Peter Kamau and John Malecela, put their names to a set of "
     "accompanying agreements on customs, railways and schools.",
     "accompanying agreements", "accompanying agreements (Kenya–Tanzania)"),
])
def test_signed_additional_agreements_are_a_set_of_their_own(run, tail, mention, key):
    found = _agreements(run, LEAD + tail)
    assert found.get(mention) == key
    # the article's own agreement stays apart from the set
    assert found.get("agreement") != key


def test_the_signers_sign_the_set_not_the_article_agreement(run):
    signed = _signed(run, LEAD + "President Daniel Moi and Ali Hassan Mwinyi also put their "
                     "names to about ten other agreements, covering fisheries and road links.")
    assert ("Daniel Moi", "other agreements (Kenya–Tanzania)") in signed
    assert not any(p == "Daniel Moi" and a != "other agreements (Kenya–Tanzania)"
                   for p, a in signed)


@pytest.mark.parametrize("tail", [
    "The two presidents would put their names to other agreements later in the year.",
    "Officials said the radar pact was unlike other agreements in the region.",
])
def test_other_agreements_not_signed_are_no_set(run, tail):
    assert not any(k and k.startswith("other agreements") for k in
                   _agreements(run, LEAD + tail).values())

"""Issue 12, stop 61 (s68 h-rep92): the object of "quoted … as saying" resolved as a subject is.

"The Xinhua news agency quoted him as saying that …": the pronoun object names the speaker,
who is a claimant beside the outlet (dev conventions R7, R10), but "him" was no anaphor, so
only the outlet claimed (dev gold d766; per sentence also d141, d781). "him" now refers back
to the last person named, as "he" does, but only as a citing verb's object ("told him",
"allowing him to deploy …" stay unresolved), and not where "as saying" ends the sentence with no
clause of its own (the statement before the comma is another matter, left as it was).
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # the person named in the sentence before is the one quoted
    ("Prime Minister Kofi Mensah arrived in Lome on Monday for two days of talks. Reuters quoted "
     "him as saying that the border would reopen within a month.",
     "Kofi Mensah", "the border would reopen within a month"),
    # and the outlet that quotes him still carries the words
    ("Prime Minister Kofi Mensah arrived in Lome on Monday for two days of talks. The state news "
     "agency Ghana News Agency quoted him as saying that the border would reopen within a month.",
     "Ghana News Agency", "the border would reopen within a month"),
    # "cited her as saying" as well
    ("Defence Minister Ruth Akello inspected the new patrol boats at Jinja on Tuesday. The "
     "Monitor newspaper cited her as saying the navy would take delivery of two more in May.",
     "Ruth Akello", "the navy would take delivery of two more in may"),
])
def test_quoted_pronoun_is_the_person_named_before(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "absent"), [
    # "told him": the one addressed says nothing
    ("Prime Minister Kofi Mensah arrived in Lome on Monday for two days of talks. President "
     "Faure Amegan told him that Togo would reopen the border within a month.", "Kofi Mensah"),
])
def test_addressed_pronoun_claims_nothing(claims, text, absent):
    _check(claims(text), absent, None)


def test_quoted_pronoun_without_a_person_before(claims):
    """No person named before: the outlet alone claims what it quotes."""
    found = claims("Kenya has ordered four patrol boats from Spain. The Nation newspaper quoted "
                   "him as saying the boats would be delivered next year.")
    assert all(c in ("Nation", "The Nation", "Daily Nation") for c, _ in found), found


def test_trailing_quoted_pronoun_claims_no_fragment(claims):
    """"…, the agency quoted him as saying.": no clause after "saying", so no claim is made of
    the words "him as saying" (as before this change)."""
    found = claims("Prime Minister Kofi Mensah arrived in Lome on Monday. He called the talks a "
                   "turning point for the region, the state news agency quoted him as saying.")
    assert not any("as saying" in s.lower() for _, s in found), found

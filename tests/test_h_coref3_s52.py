"""Issue 12, stop 52 (h-coref3): a bare definite description of a body ("the service said",
"a shipyard official told") refers back to the last body the document named with that head
noun, however far back, not to a nearer body of another kind; no resolution where two bodies
of that head are named together. Sentences written for these tests, none taken from a corpus;
real spaCy parse."""

from __future__ import annotations


def _claimants(run, text, needle):
    """The keys (else texts) of the claimants of reports whose sentence holds ``needle``."""
    _, rels = run(text)
    return {c.key or c.span.text for r in rels if r.relation == "reports"
            and needle in r.sentence.text for c in r.role("claimant")}


def test_the_service_is_the_named_service_not_a_nearer_body(run):
    text = ("Latvian agent detained\n\nRIGA, May 3 (Reuters) - A Latvian officer of the "
            "Constitution Protection Bureau was questioned by the State Revenue Service on "
            "Monday. The European Commission asked for details.\n\nThe officer was released "
            "on Tuesday evening, the service said in a statement.")
    found = _claimants(run, text, "released")
    assert any("Revenue Service" in c for c in found), found
    assert not any("Commission" in c for c in found), found


def test_the_agency_is_the_named_agency_not_the_parliament(run):
    text = ("Japan sends ships\n\nTOKYO, Feb 2 (Reuters) - The Japan Defense Agency ordered "
            "two destroyers to the Gulf on Friday. The National Diet approved the mission "
            "last week after a long debate.\n\nA supply ship will join the group later, the "
            "agency said.")
    assert _claimants(run, text, "supply ship") == {"Japan Defense Agency"}


def test_two_bodies_of_one_head_in_a_sentence_tie(coref_keys):
    text = ("The Internal Security Service and the State Revenue Service signed a protocol "
            "on Monday. The service said the talks were useful.")
    assert not any(coref_keys(text, "service"))


def test_a_narrowed_description_ties_between_two_such_bodies(coref_keys):
    # both air forces named in one sentence: "the air force" (the last "force") resolves to
    # neither
    text = ("Pilots of the Royal Norwegian Air Force trained with the United States Air Force "
            "in Texas this winter. The new base will open next year, the air force said.")
    assert coref_keys(text, "force")[-1] is None

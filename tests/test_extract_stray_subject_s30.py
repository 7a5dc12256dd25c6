"""A clause's subject the parser hung as a conjunct on the clause before (stop 30, h-dep16):
"…, and Iran, Iraq and Lebanon have also sent fighters there", "… to the Lithuanian army and
Poland delivered tanks to Ukraine". Every sentence here was written for the test; the real
spaCy parse is used."""

from __future__ import annotations

import pytest


def _supplies(run, text):
    """(supplier, recipient) pairs of the sentence's supplies."""
    _, rels = run(text)
    return {(s.key or s.lemma, o.key or o.lemma) for r in rels if r.relation == "supplies"
            for s in r.role("supplier") for o in r.role("recipient")}


def test_listed_subject_hung_on_the_object_before(role_pairs):
    # the parser hangs "Iran, Iraq and Lebanon" on "troops": they, not Russia, sent fighters
    assert role_pairs("Russia has about 5,000 troops in Syria, and Iran, Iraq and Lebanon "
                         "have also sent fighters there.", "deploys") == {
        ("Iran", "Syria"), ("Iraq", "Syria"), ("Lebanon", "Syria")}


def test_subject_hung_on_the_recipient_before(run):
    # "Poland" hangs on "the Lithuanian army": Poland delivered the tanks, not Germany
    pairs = _supplies(run, "Germany supplied howitzers to the Lithuanian army and Poland "
                           "delivered tanks to Ukraine.")
    assert ("Poland", "Ukraine") in pairs
    assert ("Germany", "Ukraine") not in pairs
    assert ("Germany", "Army (Lithuania)") in pairs


@pytest.mark.parametrize("text, expected", [
    # a list of destinations stays the object's
    ("France sent troops to Mali and Niger on Monday.", {("France", "Mali"), ("France", "Niger")}),
    # a subject the parser found keeps its list
    ("The United States has about 20,000 soldiers in Kuwait, and Britain, France and Italy "
     "have also sent forces there.",
     {("United Kingdom", "Kuwait"), ("France", "Kuwait"), ("Italy", "Kuwait")}),
])
def test_parsed_lists_unchanged(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected

"""Issue 12, stop 57 (s64 h-rep79): a statement's issuer after a participle's "by".

"The statement, issued by the army and carried by the news agency X, said …", "Y said in a
statement issued by the embassy that …":
kg read "a statement from X" but not the issuer a participle names (the parser hangs it on
the noun as a clause, which the subject's actor search leaves out). The issuer now speaks,
and an outlet that carries it too (R7); a participle of answering ("welcomed by") names none.
(The helper's "according to a statement released by X" path fixed one readable article, d955,
and was left out by the lead under the rule of two.)
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep68_s50 import _claims

MINISTRY = "Ministry of Defence (Greece)"


@pytest.mark.parametrize(("text", "claimants", "said"), [
    # the subject's participle
    ("The communique, released by the Greek defence ministry, said two frigates would sail "
     "for the Aegean on Monday.", {MINISTRY}, "two frigates would sail"),
    # the issuer beside the speaker who said it "in a statement issued by"
    ("Prime Minister Kyriakos Mitsotakis said in a statement issued by the Greek defence "
     "ministry that the frigates would sail on Monday.",
     {"Kyriakos Mitsotakis", MINISTRY}, "the frigates would sail"),
    # a participle and its conjunct: the issuer and the outlet that carries its words
    ("The message, written by a spokesman of the Hellenic Navy and carried by the state news "
     "agency ANA-MPA, said the frigates would sail on Monday.",
     {"Hellenic Navy", "ANA-MPA"}, "the frigates would sail"),
])
def test_the_issuer_speaks(run, text, claimants, said):
    found = _claims(run, text)
    assert claimants <= {c for c, s in found if said in s}, found


@pytest.mark.parametrize("text", [
    "The statement, welcomed by the Greek defence ministry, said the frigates would sail on "
    "Monday.",
    "The frigates will sail on Monday, according to a statement welcomed by the Greek defence "
    "ministry.",
])
def test_an_answering_participle_names_no_issuer(run, text):
    assert not any(c == MINISTRY for c, _ in _claims(run, text))

"""Issue 12, stop 56 (s63 h-rep78): a body description that reports, salience over recency.

"…, with parts supplied by the Spanish group, the company said", "…, a radar made by Thales,
the company said": a definite body description as a reporting verb's subject went to the
nearest fitting body, often one its own statement (or the sentence before) names only as an
object, not to the story's body of that kind. Where no fit of the nearest sentence is a
subject, it now goes to the body a clause had as its subject last, when the document names
that body more often than each of those fits. Sentences written for these tests, none taken
from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep68_s50 import _claims

STORY = ("MADRID, May 2 - Spanish shipbuilder Navantia on Tuesday handed over the first of "
         "five patrol ships to the Venezuelan navy at its yard in Ferrol. Navantia won the "
         "order in 2005. ")


@pytest.mark.parametrize(("text", "claimant", "said"), [
    # a body named as an object in the statement itself
    (STORY + "The other ships are being fitted out at the Dianca shipyard by local workers, "
     "the company said.", "Navantia", "fitted out at the Dianca shipyard"),
    # a body named as an object in the sentence before
    (STORY + "Caracas also bought radars from Thales. The ships are the largest built for "
     "the country in Spain, the company said.", "Navantia", "the largest built"),
])
def test_the_story_company_speaks(run, text, claimant, said):
    found = _claims(run, text)
    assert any(c == claimant and said in s for c, s in found), found


def test_a_subject_fit_stays(run):
    # the nearest company is a subject: recency still decides
    text = (STORY + "Thales said it would supply the radars. The radars will be installed "
            "next year, the company said.")
    found = _claims(run, text)
    assert any(c == "Thales" and "installed next year" in s for c, s in found), found


def test_a_body_named_as_often_stays(run):
    # no body is the story's: the nearest one named as an object is kept
    text = ("CARACAS, May 2 - Venezuela has ordered patrol ships from Navantia. Venezuela "
            "also bought radars from Thales. The radars will be installed next year, the "
            "company said.")
    found = _claims(run, text)
    assert not any(c == "Navantia" for c, s in found if "installed" in s), found

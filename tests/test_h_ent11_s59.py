"""Issue 12, stop 59 (h-ent11): a party member's singular that heads an apposition to a named
person ("Senator X, a Republican, said", "X, a New York Republican,", "X, an Ohio Democrat
who …") mentions that party, an Agency (dev d282, d309, d815); not the singular before another
noun ("a leading Republican voice"), nor one that stands in apposition to no person, nor a
side's singular ("a Communist"). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Each text opens with a headline line."""

from __future__ import annotations

import pytest

from kg.extract.refine.bodies import _singular
from tests.test_h_ent9_s59 import _parties


@pytest.mark.parametrize("plural, singular", [
    ("Republicans", "Republican"), ("Social Democrats", "Social Democrat"), ("Tories", "Tory")])
def test_a_member_singular_from_the_plural(plural, singular):
    assert _singular(plural) == singular


@pytest.mark.parametrize("text, form", [
    ("Jets sold\n\nWASHINGTON, May 4 (1981) - Senator Walter Dunne, a Republican, said the "
     "jets should not be sold.", "Republican"),
    ("Jets sold\n\nWASHINGTON, May 4 (1981) - Senator Walter Dunne, a Texas Republican, said "
     "the jets should not be sold.", "Republican"),
    ("Jets sold\n\nWASHINGTON, May 4 (1981) - Representative Anna Price, a Democrat from Ohio, "
     "said the jets should not be sold.", "Democrat"),
    ("Frigates ordered\n\nOTTAWA, May 4 (2009) - The frigates were too costly, said Mary "
     "Stone, a Conservative.", "Conservative"),
])
def test_a_member_in_apposition_to_a_person_is_the_party(run, text, form):
    mentions, _ = run(text)
    assert any(t == form for t, _ in _parties(mentions)), \
        [(m.cls, m.key, m.span.text) for m in mentions]


def test_the_apposition_shares_the_key_of_the_party_plural(run):
    mentions, _ = run("Jets sold\n\nWASHINGTON, May 4 (1981) - Senator Walter Dunne, a "
                      "Republican, said the jets should not be sold. Republicans in Congress "
                      "agreed.")
    assert len({k for t, k in _parties(mentions) if t.startswith("Republican")}) == 1, \
        [(m.cls, m.key, m.span.text) for m in mentions]


@pytest.mark.parametrize("text", [
    # the singular before another noun: the voice is the person's, no party named
    "Treaty\n\nWASHINGTON, May 4 (2010) - Senator Walter Dunne, a leading Republican voice on "
    "arms, said the treaty was weak.",
    # in apposition to no person
    "Treaty\n\nWASHINGTON, May 4 (2010) - The senator, a Republican, said the treaty was weak.",
    # a side's singular: a creed's follower as often as a party's member
    "Talks\n\nSAIGON, May 4 (1965) - Nguyen Van Lam, a Communist, said the talks would fail.",
])
def test_no_party_without_a_member_apposed_to_a_person(run, text):
    mentions, _ = run(text)
    assert not [m for m in mentions if m.cls == "Agency"], \
        [(m.cls, m.key, m.span.text) for m in mentions]

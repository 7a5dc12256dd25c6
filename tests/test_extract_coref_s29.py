"""Issue 12, stop 29 (h-coref5). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest

from tests import test_extract_coref_s28 as s28
from tests.test_extract_claim2 import _check

_of = s28._of
links = s28.links  # (a fixture: text → {(anaphor, index): antecedent})

# --- ", a charge the ministry rejects." (the verb tagged a plural noun, the description hung
# on it): the description is the denier, the actor named before; also at a paragraph's end ---
DENIED_BY_DESCRIPTION = [
    ("ministry_rejects",
     "Peru's defence ministry ordered two frigates from Italy in May. Chile has complained that "
     "the order broke a border accord, a charge the ministry rejects.",
     "Ministry of Defence (Peru)", "the order broke a border accord"),
    ("alliance_rejects_paragraph_end",
     "NATO held talks in Brussels on Monday.\n\nMoscow has said that the exercises threaten its "
     "borders, a claim the alliance rejects.\n\nThe talks went on.",
     "NATO", "the exercises threaten its borders"),
    # a description with a modifier of its own names someone else (not the ministry named)
    ("other_ministry",
     "Peru's defence ministry ordered two frigates from Italy in May. Chile has complained that "
     "the order broke a border accord, a charge the foreign ministry rejects.",
     "Ministry of Defence (Peru)", None),
]


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), DENIED_BY_DESCRIPTION,
                         ids=[c[0] for c in DENIED_BY_DESCRIPTION])
def test_a_charge_the_description_rejects(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


# --- "the king" is a person named with that title, also where the title stayed in his name
# ("King Haakon"), not the last person named -------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("King Haakon opened the new naval base in March. The king told reporters that the navy "
     "would buy three frigates.", "King Haakon"),
    ("King Haakon opened the base in March, and Prime Minister Erna Lund welcomed the order. The "
     "king said the frigates would be built abroad.", "King Haakon"),
])
def test_the_king_is_the_person_named_king(links, text, key):
    assert _of(links(text), "king") == [key]


def test_the_king_is_not_a_person_without_the_title(links):
    found = links("Prime Minister Erna Lund opened the base in March. The king told reporters "
                  "that the navy would buy three frigates.")
    assert _of(found, "king") == []

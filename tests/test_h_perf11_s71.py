"""Issue 13, h-perf11: ``_opens_name_title`` asks only the name titles whose first word is the
token's (``Roles.name_titles_by_first``), and answers as when it asked every title."""

from __future__ import annotations

import spacy

from kg.extract.gazetteer import Roles
from kg.extract.refine.people import _opens_name_title

ROLES = Roles(name_titles=frozenset({("sheikh",), ("leading", "seaman"), ("leading", "aircraftman"),
                                     ("grand", "mufti")}))


def _every_title(doc, i: int, roles: Roles) -> bool:
    """The former test: every title, a Span per title."""
    return any(tuple(t.lower_ for t in doc[i:i + len(title)]) == title
               for title in roles.name_titles)


def test_titles_by_first_word():
    assert ROLES.name_titles_by_first == {
        "grand": (("grand", "mufti"),),
        "leading": (("leading", "aircraftman"), ("leading", "seaman")),
        "sheikh": (("sheikh",),),
    }


def test_title_of_words_opens_at_its_first_word():
    doc = spacy.blank("en")(
        "The ship's Leading Seaman Tom Hale and Sheikh Omar met the Grand Vizier")
    found = [t.text for t in doc if _opens_name_title(doc, t.i, ROLES)]
    assert found == ["Leading", "Sheikh"]
    assert all(_opens_name_title(doc, t.i, ROLES) == _every_title(doc, t.i, ROLES) for t in doc)


def test_title_cut_by_the_end_of_the_text():
    doc = spacy.blank("en")("She was promoted to Leading")  # ("leading seaman" needs two words)
    assert not _opens_name_title(doc, len(doc) - 1, ROLES)
    assert not _every_title(doc, len(doc) - 1, ROLES)


def test_no_titles():
    doc = spacy.blank("en")("Sheikh Omar")
    assert not _opens_name_title(doc, 0, Roles())

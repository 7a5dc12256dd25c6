"""Issue 12, stop 67 (h-ent27): a rank, honorific or cleric's style before a person's name is
no part of the name and no entity of its own: "Supreme Leader Ayatollah X Y", "Leading Seaman
X Y", "First Admiral X Y", "Dr McX", a title run the person's name begins after ("Rear" +
"Admiral" + "X Y"). Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.entities import extract_mentions
from kg.extract.refine.people import _titled_names


def _mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(text[m.span.start:m.span.end], m.cls) for m in extract_mentions(nlp(text), "t")]


@pytest.mark.parametrize("text, person, junk", [
    # a leader's title NER cut into an organisation and a cleric's rank NER kept in the name
    ("A senior cleric close to Supreme Leader Ayatollah Mahmoud Rezaei said on Sunday that the "
     "talks would go on.", "Mahmoud Rezaei", ["Supreme", "Ayatollah Mahmoud Rezaei"]),
    ("Officials of the ministry met Grand Ayatollah Hossein Tabrizi in Qom on Tuesday.",
     "Hossein Tabrizi", ["Grand Ayatollah Hossein Tabrizi"]),
    # naval ranks NER takes for an organisation or keeps half of
    ("The navy's spokesman, First Admiral Rudi Hartono, told reporters the ships would stay in "
     "the area.", "Rudi Hartono", ["First Admiral"]),
    ("Leading Seaman Joanne Pryce and Able Seaman Mark Dunmore were freed on Thursday.",
     "Mark Dunmore", ["Seaman Joanne Pryce", "Able Seaman Mark Dunmore"]),
    # an honorific before a surname with a capital inside it
    ("Sean McAllister and Anna Keller signed the accord on Friday. Later Dr McAllister said the "
     "accord was fair.", "McAllister", ["Dr McAllister"]),
])
def test_titles_cut_off_people(nlp, text, person, junk):
    found = _mentions(nlp, text)
    assert (person, "Person") in found
    assert not [m for m in found if m[0] in junk]


def test_title_run_the_person_begins_inside(nlp, gazetteer):
    """"Rear" (an organisation to NER) + "Admiral" (untagged) + "X Y" (a person): the run's
    first word names nothing."""
    doc = nlp.make_doc("The press secretary Rear Admiral Thomas Whitfield said so.")
    ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 5, 7, label="PERSON")]
    out = _titled_names(doc, ents, gazetteer.roles)
    assert [(e.text, e.label_) for e in out] == [("Thomas Whitfield", "PERSON")]


@pytest.mark.parametrize("text, kept", [
    # guards: a title word opening a body's name, a royal title with one name, a surname that
    # is a name title, a surname with a capital inside
    ("The Supreme Court ruled on Monday that the arms sale could go ahead.",
     ("Supreme Court", "Agency")),
    ("King Hussein met Crown Prince Hassan bin Talal in Amman.", ("King Hussein", "Person")),
    ("Justice Minister Paul Bishop said the court would sit in the capital.",
     ("Paul Bishop", "Person")),
    ("Sean McAllister and Anna Keller signed the accord on Friday.",
     ("Sean McAllister", "Person")),
])
def test_names_kept(nlp, text, kept):
    assert kept in _mentions(nlp, text)

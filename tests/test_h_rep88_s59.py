"""Issue 12, stop 59 (s66 h-rep88): a head of government's office named by the title alone.

"The prime minister's office said …", "according to a statement from the Peruvian prime
minister's office": kg found no body in the lower-case title's possessive, and gave the claim to
no one or to the state. The office that speaks is `Office of the Prime Minister (<state>)` (dev
gold d897, d927), its state found as a bare "the defence ministry"'s is; an office that does not
speak ("outside the prime minister's office") is a building, no body. Sentences written for
these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

OFFICE = "Office of the Prime Minister (Peru)"


@pytest.mark.parametrize(("text", "fragment"), [
    ("LIMA, Jan 3 - Peru and Chile signed a border pact on Sunday in the presence of Prime "
     "Minister Pedro Rojas. The prime minister's office said the deal covered the common "
     "border.", "the deal covered the common border"),
    ("The memorandum was signed by representatives of Peru, Chile and Bolivia, according to a "
     "statement from the Peruvian prime minister's office.", "the memorandum was signed"),
])
def test_speaking_office_is_the_claimant(claims, text, fragment):
    _check(claims(text), OFFICE, fragment)


def test_title_alone_names_no_person(run):
    mentions, _ = run("Peru and Chile signed the accord on Friday, according to a statement "
                      "from the Peruvian prime minister's office.")
    assert [m.key for m in mentions if m.cls == "Agency"] == [OFFICE]
    assert not [m for m in mentions if m.cls == "Person"]


def test_office_building_is_no_body(run):
    mentions, _ = run("LIMA, Jan 3 - Protesters gathered outside the prime minister's office "
                      "on Sunday.")
    assert not [m for m in mentions if m.cls == "Agency"]

"""A maker's name before a model number ("an Acme 707 tanker", "the Acme 212 had turned"):
the two words are the model's name, as makers name their airliners, tankers and light
aircraft, so the maker is no firm named there. Dev gold gives such a model no Company
("where the dev canonical of the system includes the maker's name, a mention with the maker is
the system's own mention", stop 24's point 3; an airliner or a tanker is no Weapon either,
E5), while kg kept the gazetteer's firm before the figure (issue 12, s68 h-ent30)."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

# "707", "747SP", "737-800", "1900D": a model number of two to four digits, with a variant's
# letters or second number; a year ("Acme 2015") is none
_MODEL_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}$")


def _before_model_number(e: SpacySpan) -> bool:
    """A firm's span whose last word a model number follows, with no possessive or figure
    between ("Acme 707"; not "Acme's 707", "Acme, 707"), the number naming no count: a plural
    noun after a number of two digits makes it one ("sold Acme 12 jets")."""
    doc = e.doc
    if e.label_ != "Company" or e.end >= len(doc) or not e[-1].whitespace_:
        return False
    number = doc[e.end]
    if not _MODEL_NUMBER.match(number.text):
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return not (len(number.text) == 2 and after is not None and after.tag_ == "NNS")


def makers_of_numbered_models(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` without each firm's span that opens a numbered model's name."""
    return [e for e in ents if not _before_model_number(e)]

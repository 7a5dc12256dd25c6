"""A body's name of a listed first word and a state's plain name ("Statistics Norland said",
"Air Norland will fly"): one body, not an untagged word and the state after it.

The gazetteer tags the state before NER runs, so NER cannot take the whole name; left so, the
state takes the body's claims ("<Field> <State> said …" read as the state speaking). Names
do not nest (dev conventions E9): the state inside is no mention of its own. The mirror, for
an untagged first word, of kg/extract/state_tails.py (issue 12, stop 70, h-ent39).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles


def _plain_state(state: SpacySpan) -> bool:
    """A state's name as a noun, capitalised ("Norland"), not its adjective ("Norlandic")
    nor a span that opens with an article ("the Norland")."""
    return state.label_ == "Country" and state[0].is_title and state[-1].pos_ == "PROPN"


def names_first_before_states(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """The names, of the class ``roles.state_name_firsts`` gives the first word, from a listed
    capitalised word that no mention covers through the state's plain name right after it:
    the spans to put in place of those they overlap."""
    if not roles.state_name_firsts:
        return []
    covered = {i for e in ents for i in range(e.start, e.end)}
    made: list[SpacySpan] = []
    for state in ents:
        first = state.start - 1
        if first < 0 or not _plain_state(state) or first in covered \
                or not doc[first].whitespace_:
            continue
        cls = roles.state_name_firsts.get(doc[first].text)
        if cls is not None:
            made.append(SpacySpan(doc, first, state.end, label=cls))
    return made

"""A name that opens with a state or its adjective ("the Sudan People's Liberation Army",
"the Belarusian KGB", "Iraqi Kurdistan"): one name, not the state's mention and a shorter
name after it.

Names do not nest (dev conventions E9), so the state inside the name is no mention of its
own. Cut, the shorter rest is another body or place: NER's "KGB" or "Kurdistan", or a listed
name of another state's ("People's Liberation Army", China's) that takes the longer name's
relations (issue 12, h-ent8). The mirror of kg/extract/state_tails.py.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer

# NER's labels of a name it does not know: an organisation or a political place. Not a
# natural feature (LOC): a state's adjective before one says whose part of it ("the Algerian
# Sahara", the desert and the state, as gold keeps them)
UNLISTED_LABELS = frozenset({"ORG", "GPE"})


def _state_words(state: SpacySpan) -> SpacySpan:
    """The state's words without the article NER or the ruler took in ("the Sudan")."""
    return state[1:] if len(state) > 1 and state[0].lower_ == "the" else state


def _foreign_listed(name: SpacySpan, state: SpacySpan, gaz: Gazetteer) -> bool:
    """A listed body of another state ("People's Liberation Army", China's, after "Sudan")."""
    entry = gaz.by_label.get(name.ent_id_)
    return entry is not None and entry.part_of is not None and entry.part_of != state.ent_id_


def _opens(doc: Doc, state: SpacySpan, name: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether ``state`` opens ``name``: right before it with a space (no possessive, comma
    or hyphen between), every word a capitalised word of letters (not "U.S.", "UK": an
    abbreviation says whose body a name is, "the U.S. Immigration and Naturalization
    Service"), and its last word modifying a word of the name ("Iraqi Kurdistan"; "told Iraq
    Kurdistan's …" is two phrases). The name is one NER does not know, or another state's
    listed body; a state's own listed body after its adjective ("Russian FSB") is that body,
    and people are not names of this kind."""
    words = _state_words(state)
    last = words[-1]
    if state.end != name.start or not last.whitespace_ \
            or not all(t.is_alpha and t.is_title for t in words) \
            or last.dep_ not in ("amod", "compound", "nmod") \
            or not name.start <= last.head.i < name.end:
        return False
    if name.ent_id_:
        return name.label_ == "Agency" and _foreign_listed(name, state, gaz)
    return name.label_ in UNLISTED_LABELS and (name[0].is_title or name[0].is_upper)


def names_opened_by_states(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """The unlisted names, each of the name's label from the state's first word through the
    name, for each Country mention of ``ents`` that opens the name right after it (``_opens``):
    the spans to put in place of those they overlap."""
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for state in ents:
        name = by_start.get(state.end)
        if state.label_ != "Country" or name is None or not _opens(doc, state, name, gaz):
            continue
        made.append(SpacySpan(doc, _state_words(state).start, name.end, label=name.label_))
    return made

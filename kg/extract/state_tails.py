"""A body's name that ends in a state's name ("Kommersant-Ukraine", "General Dynamics Canada",
"the Associated Press of Pakistan news agency", "the state-run Associated Press of
Pakistan"): one name, not a listed or NER-cut shorter name and the state beside it.

Names do not nest (dev conventions E9), so the state inside the name is no mention of its
own; the shorter name, often a listed one ("Kommersant", "Associated Press"), is another body
(a paper's regional edition, a state's news agency, a firm's national arm). Left cut, it
takes the longer name's claims ("the paper said", "according to …") and the state takes the
rest (issue 12, h-rep82).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.places import cities, fold

# the labels of a body's name: NER's guess and kg's own classes of bodies
BODY_LABELS = frozenset({"ORG", "Agency", "Company", "MediaOutlet"})


def _modifies_later(state: SpacySpan) -> bool:
    """"the EU-Turkey deal", "Boeing India president X": the state modifies a noun after it,
    so the words before name a pair of parties or a post's body, not a body of that name."""
    return state[-1].dep_ in ("compound", "amod", "nmod") and state[-1].head.i >= state.end


def _glued(doc: Doc, name: SpacySpan, state: SpacySpan) -> bool:
    """"Kommersant-Ukraine": a hyphen with no space on either side joins name and state."""
    hyphen = doc[name.end]
    return state.start == name.end + 1 and hyphen.text == "-" \
        and not doc[name.end - 1].whitespace_ and not hyphen.whitespace_ \
        and not _modifies_later(state)


def _compounded(doc: Doc, name: SpacySpan, state: SpacySpan) -> bool:
    """"General Dynamics Canada", "Public Services and Procurement Canada": the state right
    after the name heads the name's last word. "told Reuters Pakistan would …" (the name a
    verb's object, the state the next clause's subject) is two names."""
    if state.start != name.end or not doc[name.end - 1].whitespace_ \
            or name[-1].dep_ != "compound" or name[-1].head.i != state.start \
            or _modifies_later(state):
        return False
    before = doc[name.start - 1] if name.start > 0 else None
    return before is None or before.pos_ not in ("VERB", "AUX")


def _of_state_noun(doc: Doc, name: SpacySpan, state: SpacySpan) -> bool:
    """"the Associated Press of Pakistan news agency": "of" and a state that is itself a
    modifier of a common noun after it; "Austal of Australia" (a firm and its home) is
    not."""
    return state.start == name.end + 1 and doc[name.end].lower_ == "of" \
        and state.end < len(doc) and state[-1].dep_ == "compound" \
        and state[-1].head.i >= state.end and doc[state.end].pos_ == "NOUN"


def _the_body_of_state(doc: Doc, name: SpacySpan, state: SpacySpan) -> bool:
    """"the state-run Associated Press of Pakistan", "the Confederation of Indigenous
    Nationalities of Ecuador": "the" before the body and "of" a state hung on one of the
    body's words name one body; with no "the" ("Austal of Australia") the state is a firm's
    home (issue 12, h-ent13). NER's span may end in that "of" itself."""
    of = name.end - 1 if name[-1].lower_ == "of" and len(name) > 1 else name.end
    body = doc[name.start:of]
    if len(body) - (body[0].lower_ == "the") < 2:  # "the Government of Canada": the state
        return False
    if state.start != of + 1 or doc[of].lower_ != "of" \
            or not body.start <= doc[of].head.i < body.end or _modifies_later(state):
        return False
    if fold(state.text) in cities():  # "the daily La Prensa of Tegucigalpa": a paper's city
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in body.root.children)


def _listed_agency(name: SpacySpan) -> bool:
    """"RAF Germany sent two squadrons": a listed service or body before a state is that body
    and the state it serves in or over (stop 37, h-ent48), not a body of that name."""
    return name.label_ == "Agency" and any(t.ent_id_ for t in name)


def names_ending_in_states(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The unlisted names, each of the body's label from its first word after "the" through the
    state, for each body's name of ``ents`` followed by a Country mention that ends the same
    name (``_glued``, ``_compounded``, ``_of_state_noun``, ``_the_body_of_state``): the spans
    to put in place of those they overlap."""
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for name in ents:
        if name.label_ not in BODY_LABELS or name.end + 1 >= len(doc) or _listed_agency(name):
            continue
        state = by_start.get(name.end) or by_start.get(name.end + 1)
        if state is None or state.label_ != "Country" or not state[0].is_title \
                or not any(test(doc, name, state) for test in (
                    _glued, _compounded, _of_state_noun, _the_body_of_state)):
            continue
        start = name.start + (name[0].lower_ == "the" and len(name) > 1)
        made.append(SpacySpan(doc, start, state.end, label=name.label_))
    return made

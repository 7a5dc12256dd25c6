"""A government answering its critics: "Critics in <capital> have questioned the cost … The
government has replied that …", "<Nationality> opposition deputies have questioned …, but the
government says …". The bare government that speaks right after critics placed in one state
is that state's, not the dateline's (a story filed from the seller's port) nor the one named
last (issue 12, stop 65, h-rep99)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.gazetteer import RelationRules
from kg.extract.places import city_state, state_code
from kg.extract.relations._base import SUBJECTS
from kg.extract.tokens import text_of
from kg.model import Mention

_QUALIFIERS = ("amod", "compound", "nmod")


def critics_government(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                       sents: list[SpacySpan], n: int) -> Mention | None:
    """The state of the critics ``tok`` answers: ``tok`` is "the government" (a ruling body,
    nothing but "the" on it) as the subject of a reporting verb, and a clause before it in its
    sentence, or in the sentence before in its paragraph, has as its subject critics
    (``critic_nouns``) qualified by one state (a nationality, "in <capital>"); None
    otherwise."""
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECTS or \
            tok.lower_ not in rules.words["ruler_descriptions"] or \
            tok.head.lemma_.lower() not in rules.triggers["reports"] or \
            [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"]:
        return None
    words = rules.words["critic_nouns"]
    before = [t for t in sents[n] if t.i < tok.i]
    if n and not _paragraph_break(sents[n - 1], sents[n]):
        before = list(sents[n - 1]) + before
    for t in reversed(before):
        if t.dep_ in SUBJECTS and t.lemma_.lower() in words:
            state = _critics_state(t, by_token)
            if state is not None:
                return state
    return None


def _paragraph_break(prev: SpacySpan, sent: SpacySpan) -> bool:
    """Whether a line break separates ``prev`` from ``sent`` (a new paragraph)."""
    return "\n" in text_of(prev.doc)[prev[-1].idx:sent.start_char]


def _critics_state(critics: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The one state that qualifies ``critics``: a nationality on it or on its compound
    ("Portuguese opposition deputies"), or the place of its "in" ("Critics in Sofia": a city
    no state mention holds stands for the state of the most populous city so named, where
    the article names that state)."""
    heads = [critics, *(c for c in critics.children if c.dep_ == "compound")]
    marks = [c for h in heads for c in h.children if c.dep_ in _QUALIFIERS]
    marks += [o for p in critics.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]
    states: list[Mention] = []
    for t in marks:
        m = by_token.get(t.i)
        if (m is None or not m.key) and t.pos_ == "PROPN" and t.dep_ == "pobj":
            m = _city_state(t, by_token)  # (a capital may be read as a place of no name)
        if m is not None and m.cls == "Country" and m.key:
            states.append(m)
    return states[0] if len({m.key for m in states}) == 1 else None


def _city_state(city: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The state's first mention in the document, for a city of that state (by name)."""
    code = city_state(city.text)
    if code is None:
        return None
    return next((m for _, m in sorted(by_token.items()) if m.cls == "Country" and m.key
                 and state_code(m.key) == code), None)

"""Bare denials (issue 12, stop 63, h-rep94): "Azerbaijan rejected the accusation.", a
headline's "Mali accuses France of arming jihadists; Paris rejects charge" deny the claim told
before them, so their statement is that claim's (dev conventions R4)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.model import RelationMention

# a denied noun's own words that leave it bare ("the accusation", "that charge")
BARE_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "such"})


def _noun(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or word.rstrip("s") in nouns


def bare_object(ctx: _Sentence, r: RelationMention) -> bool:
    """A denial whose statement only points back: its statement is a bare noun of something
    said, with a determiner ("rejected the accusation", "rejected that charge") or, for the
    nouns of an accusation, without one, as the denying verb's own object (a headline's
    "rejects charge"); no "as" may judge it."""
    words = (r.attr("statement") or "").lower().split()
    if r.relation != "reports" or r.attr("certainty") != "denied" or len(words) not in (1, 2):
        return False
    rules = ctx.rules.words
    det = len(words) == 2
    if det and words[0] not in BARE_DETERMINERS or not _noun(
            words[-1], rules["denied_objects"] if det else rules["headline_denied_nouns"]):
        return False
    verbs = [t for t in ctx.sent if t.text == r.trigger]
    # ("rejected the accusation as baseless" judges it: a claim of its own)
    if any(c.lower_ == "as" or any(g.lower_ == "as" for g in c.children)
           for v in verbs for c in v.children):
        return False
    return det or any(_bare_object_of(v, words[0]) for v in verbs)


def _bare_object_of(verb: Token, noun: str) -> bool:
    """``noun`` is ``verb``'s object with no words of its own (a headline's "rejects charge",
    not "denies charges of …")."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == noun]
    return len(objs) == 1 and all(c.is_space for c in objs[0].children)

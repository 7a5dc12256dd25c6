"""Gapping: a second conjunct that leaves out the verb it shares with the first.

In "A is sending 400 soldiers to X and B a similar number", "the army has sent 4,200 troops to
X, and the navy more than 1,000 marines", the words after "and" are a clause of their own: an
actor (B, the navy) and an amount, with the first clause's verb (and, when it names none, its
destination) understood. The parser reads B as another destination ("X and B") or as a noun on
the amount; what shows the clause is its shape: an actor, then at once a quantity phrase that no
verb of its own follows. Shared by the entity rules (a bare service there is a subject) and the
relation rules (the actor is a new deployer, not a place).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

# Parts of speech that end the quantity phrase (a preposition, a clause); "than" and "to"
# inside a number ("more than 1,000", "up to 300") do not.
_PHRASE_ENDS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "PUNCT",
                          "SPACE"})
_INSIDE_NUMBER = frozenset({"than", "to", "up", "at"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _numeral(tok: Token) -> bool:
    return tok.pos_ == "NUM" or tok.like_num


def quantity_head(doc: Doc, i: int, end: int, openers: Collection[str],
                  amounts: Collection[str], measures: Collection[str]) -> Token | None:
    """The head noun of a quantity phrase starting at token ``i`` ("six RF-104 aircraft",
    "more than 1,000 marines", "a similar number") that no finite verb follows: the object
    of a gapped clause. None when ``doc[i]`` opens no such phrase, or it is a span of time
    ("and Syria two years ago")."""
    if i >= end:
        return None
    first = doc[i]
    if not _numeral(first) and not (
            first.lower_ in openers and any(
                _numeral(t) or t.lower_ in amounts for t in doc[i + 1 : min(i + 4, end)])):
        return None
    head: Token | None = None
    k = i
    while k < end:
        t = doc[k]
        if t.pos_ in _PHRASE_ENDS and not (
                t.lower_ in _INSIDE_NUMBER and k + 1 < end and _numeral(doc[k + 1])):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
        k += 1
    if head is None or head.lemma_.lower() in measures or head.lower_ in measures or k < end \
            and (doc[k].tag_ in _FINITE or doc[k].lower_ in measures):
        return None  # "and B 200 soldiers were sent": a clause with its own verb
    return head

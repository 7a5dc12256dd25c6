"""A sale or purchase noun that names no sale made (SU3): "the planned purchase of … from",
"a proposed sale of … to" (a modifier of ``unrealised``), "A separate purchase of … from X is
to be signed later" (the subject of a signing still to come), "dropped its objection to a
British sale of … to" (a sale still sought, ``objection_nouns``) (issue 12, stop 66,
h-sup103)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import SUBJECTS, _planned, _Sentence


def unmade_sale(ctx: _Sentence, noun: Token) -> bool:
    """Whether the transfer or purchase noun ``noun`` is still to come: a modifier of
    ``unrealised`` on it, or it is the subject of a signing verb (one that triggers
    ``signed``, on its own or as the infinitive of its head: "is to be signed") that is only
    planned ("will be signed" under no contract, "is to be signed"), or objected to."""
    words = ctx.rules.words
    if any(c.lower_ in words["unrealised"] for c in noun.children) or _objected(ctx, noun):
        return True
    if noun.dep_ not in SUBJECTS or noun.head.i == noun.i:
        return False
    head = noun.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    return any("signed" in ctx.rules.relations_for(v.lemma_.lower()) and _planned(v, words)
               for v in verbs)


def _objected(ctx: _Sentence, noun: Token) -> bool:
    """"its objection to a British sale of …": the object of "to"/"against" after a noun of
    ``objection_nouns``, which the parser may hang on the verb whose object that noun is
    ("dropped [its objection] [to a … sale]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "against"):
        return False
    objecting = ctx.rules.words["objection_nouns"]
    head = prep.head
    return head.lower_ in objecting or head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lower_ in objecting and c.i < prep.i for c in head.children)

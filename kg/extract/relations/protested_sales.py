"""A sale that is protested, not stopped: "in protest against the Dutch sale of two submarines
to Taiwan", "criticised Turkey's drone sales to Ukraine" (dev README, supply forms: "the Dutch
sale of … to" is a nominal sale, the seller by nationality). A word of protest
(``protesting_heads``) is among the ``blocking`` words, which otherwise make a transfer noun
no supply ("banned arms sales to"); one protests what was done (issue 12, stop 66, h-sup102)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _Sentence
from kg.extract.relations.unmade_sales import unmade_sale
from kg.extract.tokens import DEFINITE


def protested_sale(ctx: _Sentence, noun: Token) -> bool:
    """Whether the transfer noun ``noun``, governed by a blocking word, is a sale made and
    protested: the governing word is one of protest, the noun is definite (a possessor or a
    definite determiner: "its objection to a British sale" is a sale sought), names its seller
    (a possessor or a nationality) and is not still to come ("the planned sale":
    ``unmade_sale``)."""
    words = ctx.rules.words
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head  # "in protest against the sale"
    if noun.dep_ not in ("dobj", "pobj") or head.lemma_.lower() not in words["protesting_heads"]:
        return False
    mods = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "det")]
    if unmade_sale(ctx, noun):
        return False
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in mods)
    seller = any(c.dep_ in ("poss", "amod", "compound") and _best_actor(ctx, c) is not None
                 for c in mods)
    return definite and seller

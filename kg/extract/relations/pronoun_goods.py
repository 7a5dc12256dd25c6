"""Goods a purchase names only by a plural pronoun or a kind's anaphor: "Brazil bought 12 of
them from Rosoboronexport", "Colombia bought them from Germany's defence ministry", "Australia
has ordered 46 of the same type from Australian Aerospace". What was bought is the weapons of
the text before, so the buyer and the "from" seller make a supply (SU1) even where no weapon
can be read back; the weapon is the one named last before the pronoun in its sentence, else
the one kind the sentence before names (as a count of "the jets" takes, h-sup48). Only with a
"from" seller: "ordered them to leave" buys nothing (issue 12, stop 77, h-sup122)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _prep_objects, _Sentence
from kg.model import Mention


def _anaphor(ctx: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is a goods anaphor: a plural pronoun ("them"), or "the same <kind>"."""
    words = ctx.rules.words
    if tok.lower_ in words["goods_pronouns"]:
        return True
    return tok.lemma_.lower() in words["kind_anaphor_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in words["kind_anaphor_adjectives"] for c in tok.children)


def pronoun_goods(ctx: _Sentence, obj: Token) -> Token | None:
    """The anaphor that ``obj``, a purchase's object, stands for: itself ("bought them"), or
    the "of" object of a count ("12 of them", "46 of the same type"); None where it is none."""
    if _anaphor(ctx, obj):
        return obj
    if not obj.like_num:
        return None
    return next((p for p in _prep_objects(obj, {"of"}) if _anaphor(ctx, p)), None)


def pronoun_items(ctx: _Sentence, anaphor: Token) -> list[Mention]:
    """The weapon the anaphor stands for: named last before it in its sentence (outside any
    clause on a noun there), else the one kind the sentence before names; [] where unclear."""
    inner = {t.i for c in ctx.sent[: anaphor.i - ctx.sent.start]
             if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    # (a clause on the anaphor itself names it: "46 of the same type, which it calls the X")
    own = [m for c in anaphor.children if c.dep_ == "relcl"
           for m in ctx.mentions(c.subtree, ctx.role("item"))]
    if own:
        return own[-1:]
    before = ctx.mentions(ctx.sent[: anaphor.i - ctx.sent.start], ctx.role("item"), inner)[-1:]
    if before or ctx.sent.start == 0:
        return before
    earlier = ctx.mentions(anaphor.doc[ctx.sent.start - 1].sent, ctx.role("item"))
    return earlier[-1:] if len({m.key or m.lemma for m in earlier}) == 1 else []

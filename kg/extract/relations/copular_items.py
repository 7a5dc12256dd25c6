"""A supply told by a participle on the attribute of "be": "the navy's biggest ships were two
frigates bought from France", "the 1,200-tonne submarine is the first of three ordered from
HDW", "its first carrier was the former HMS Vengeance, bought from Britain" (issue 12, stop
60, h-sup91). The copula's subject names what was supplied too, and its possessor, when it
names one, received it (dev conventions: the possessor buys, SU7)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _possessors, _Sentence
from kg.model import Mention


def copula_of(ctx: _Sentence, held: Token) -> Token | None:
    """The copula ("be") whose attribute is ``held``, directly or through the share of it
    ``held`` names ("is the first of three ordered from HDW", "the first of six ships of the
    class ordered from"), where the attribute is a weapon or a share; not "was the successor of
    the frigates bought from …"."""
    shares = ctx.rules.words["partitive_heads"] | ctx.rules.words["received_share_heads"]
    tok = held
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.dep_ in ("attr", "pobj"):
        tok = tok.head.head
        if tok.dep_ == "attr" and tok.lemma_.lower() not in shares:
            return None
    if tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return None
    if tok.lemma_.lower() not in shares and (ctx.own(tok) is None or ctx.own(tok).cls
                                              not in ctx.role("item")):
        return None  # "were the successors of M48s bought from …": the parser's attachment
    return tok.head


def copular_subject(ctx: _Sentence, held: Token) -> Token | None:
    """The subject of ``copula_of(held)``: a noun, not a pronoun, and no actor ("Russia was the
    main seller of …" holds nothing)."""
    cop = copula_of(ctx, held)
    subj = next(iter(_children(cop, {"nsubj"})), None) if cop is not None else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    own = ctx.own(subj)
    return None if own is not None and own.cls in ctx.role("actor") else subj


def copular_holders(ctx: _Sentence, held: Token) -> list[Mention]:
    """Who received what the copula's subject names: its possessor ("the navy's ships")."""
    subj = copular_subject(ctx, held)
    return _possessors(ctx, subj)[:1] if subj is not None else []


def copular_items(ctx: _Sentence, held: Token) -> list[Mention]:
    """The weapons the copula's subject names ("its first aircraft carrier, the Minas
    Gerais"; "the submarine, named Jang Bogo"), outside other clauses of their own."""
    subj = copular_subject(ctx, held)
    if subj is None:
        return []
    naming = ctx.rules.words["self_naming_verbs"]
    inner = {t.i for v in subj.subtree if v.pos_ == "VERB" and v.i != subj.i
             and v.lemma_.lower() not in naming for t in v.subtree}
    return ctx.mentions(subj.subtree, ctx.role("item"), exclude=inner)

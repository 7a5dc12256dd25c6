"""A delivery told with the order it fills: "The navy took delivery of the corvette X on
Tuesday, the first of three warships that Algeria ordered from China". The order's seller
delivered what the verb received; the order's buyer and the weapons it names go with it (SU1;
the dev gold's "the seller by the order", d910, d951, d960, d1012, d1022; s67 h-sup90)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _prep_objects, _Sentence
from kg.extract.tokens import glued_hyphen
from kg.model import Mention

# (what closes the phrase of the tail before its verb: another clause or aside)
_STOPS = frozenset({",", ";", ":", "(", "-", "--"})


@dataclass(frozen=True)
class OrderTail:
    """The seller, buyer and weapons a tail "the first of N <weapons> that Y ordered from Z"
    names; the weapons open with the one the tail describes."""

    sellers: tuple[Mention, ...]
    buyers: tuple[Mention, ...]
    items: tuple[Mention, ...]


def _order_verb(ctx: _Sentence, start: int) -> Token | None:
    """The first verb from ``start`` in the tail's own phrase ("has bought": past its
    auxiliary), where it is a past purchase: not "that Algeria plans to buy" (a plan, SU3), nor
    "would buy", nor a verb after another comma."""
    for t in ctx.sent.doc[start:ctx.sent.end]:
        if t.text in _STOPS and not glued_hyphen(t):  # ("Gowind-class": no closing dash)
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            past = t.tag_ in ("VBD", "VBN") and t.dep_ != "xcomp"
            return t if past and t.lemma_.lower() in ctx.rules.words["order_tail_verbs"] \
                else None
    return None


def _tail_start(ctx: _Sentence, at: int) -> int | None:
    """Where the tail's described weapons begin after its part word at ``at``: past "of" in
    "the first of three warships", or right after the ordinal in "the fifth Dolphin-class
    boat that …" (an ordinal that is the noun's own modifier; s68 h-sup108); None for
    anything else."""
    doc, end = ctx.sent.doc, ctx.sent.end
    if at + 2 >= end or doc[at].lower_ not in ctx.rules.words["order_tail_parts"]:
        return None
    if doc[at + 1].lower_ == "of":
        return at + 2
    own = doc[at].dep_ == "amod" and doc[at].head.i > at and doc[at].head.pos_ == "NOUN"
    return at + 1 if own and doc[at].lower_ in ctx.rules.words["order_tail_ordinals"] else None


def order_tail(ctx: _Sentence, verb: Token) -> OrderTail | None:
    """The order a receipt's sentence appends after the first comma that follows the verb:
    ", the first of three warships that Algeria ordered from China", ", one of four frigates
    the navy bought from Britain". The parser hangs such a tail anywhere (on the verb, on a
    comma, on the buyer), so it is read off the words; None where there is none or the order
    names no seller after "from"."""
    doc, end = verb.doc, ctx.sent.end
    comma = next((t.i for t in doc[verb.i + 1:end] if t.text == ","), None)
    if comma is None:
        return None
    at = comma + 1 + (comma + 1 < end and doc[comma + 1].lower_ == "the")
    start = _tail_start(ctx, at)
    if start is None:
        return None
    order = _order_verb(ctx, start)
    if order is None:
        return None
    sellers = tuple(m for p in _prep_objects(order, {"from"})
                    if (m := _best_actor(ctx, p)) is not None)
    if not sellers:
        return None
    between = doc[start:order.i]
    items = ctx.mentions(between, ctx.role("item"))
    # (a pronoun buyer, "the first of three boats it ordered", is the receiver itself: the
    # pronoun's antecedent coreference found may be another actor of the sentence)
    buyers = [m for m in ctx.mentions([t for t in between if t.pos_ != "PRON"],
                                      ctx.role("actor")) if m not in items]
    # (what the tail describes: the weapon named last before its comma, "the submarine X, the
    # first of …", wherever the parser hung the receipt's "of": "took delivery on Monday of")
    described = ctx.mentions(doc[verb.i + 1:comma], ctx.role("item"))[-1:]
    return OrderTail(sellers, tuple(buyers[-1:]), (*described, *items))


def order_copular_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The weapons the subject of "is" names where ``verb`` is the order of its complement:
    "The frigate X is one of four warships that Peru ordered from Italy", "The boat, named X,
    is the first of three ordered from TKMS": the subject is one of the ordered weapons (SU1;
    dev d398, d1019, d1020; s67 h-sup92). Only a past purchase ("that Peru plans to buy", "that
    Britain built for its own navy" name no order); [] for any other clause."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() not in ctx.rules.words["order_tail_verbs"]:
        return []
    head = verb.head  # "one of four frigates that …" or, the noun left out, "the first of three"
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    copula = part.head
    if part.lower_ not in ctx.rules.words["order_tail_parts"] or part.dep_ != "attr" or \
            copula.lemma_ != "be" or not any(c.lower_ == "of" for c in part.children):
        return []
    # (only weapons written in the subject: "The vessel" that stands for an earlier sentence's
    # warship is that warship's own story)
    return [m for s in copula.children if s.dep_ in ("nsubj", "nsubjpass")
            for m in ctx.mentions(s.subtree, ctx.role("item"))
            if s.left_edge.idx + ctx.offset <= m.span.start < m.span.end
            <= s.right_edge.idx + len(s.right_edge) + ctx.offset]

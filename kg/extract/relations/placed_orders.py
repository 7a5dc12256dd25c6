"""An order told as a noun: "Ireland has placed an order worth 60 million euros with Pilatus
for eight PC-9M trainers", "Egypt's order with Dassault for 24 Rafale jets", "…, with recent
orders for Typhoon fighters from Britain", "The order, placed with the Dassault company, …".
The order's seller (the object of "with", or of "from" on the goods it is "for") supplies its
buyer (the placer, the order's possessor or nationality, the subject of the clause it is
"with") what "for" names (SU1; the order itself is A1's placed order, an `Agreement` with no
`signed` line, made elsewhere). Not a command ("an order from the court", "a restraining
order"), "in order to", an order with no seller named, nor one still to come or cancelled
(SU3) (issue 12, stop 70, h-sup114)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    OWNER_DEPS,
    _actors,
    _agent,
    _best_actor,
    _children,
    _conjoined_actors,
    _material,
    _negated,
    _planned,
    _prep_objects,
    _relation,
    _Sentence,
)
from kg.extract.relations.unmade_sales import unmade_sale
from kg.model import Mention, RelationMention

_BUYER_CLASSES = frozenset({"Country", "Agency"})


def _placing(ctx: _Sentence, order: Token) -> Token | None:
    """The verb of placing the order: "placed an order" (its object) or "the order, placed
    with …" (a participle on it)."""
    verbs = ctx.rules.words["order_placing"]
    if order.dep_ == "dobj" and order.head.lemma_.lower() in verbs:
        return order.head
    return next((c for c in _children(order, {"acl"}) if c.lemma_.lower() in verbs), None)


def _phrase_heads(order: Token, placing: Token | None) -> list[Token]:
    """The tokens whose prepositions belong to the order: the noun, its placing verb, and its
    "worth" sum (the parser hangs "with …" and "for …" on the sum: "an order worth about 60
    million euros with X for Y")."""
    worth = [c for c in order.children if c.lower_ == "worth"]
    sums = [t for w in worth for t in w.subtree if t.dep_ in ("npadvmod", "pobj", "dobj")]
    return [order, *([placing] if placing is not None else []), *worth, *sums]


def _buyers(ctx: _Sentence, order: Token, placing: Token | None, told: bool) -> list[Mention]:
    """Who placed the order: its possessor or nationality, the active placer ("Ireland has
    placed"), the "by" agent of a placing participle, the subject of a clause the order is
    "with" ("Saudi Arabia is one of the largest buyers, with recent orders for …": a buying
    state, not a seller described as one), else, for "the order" told before, the one state
    the article's supplies went to (``prior_buyer``)."""
    # (the modifier's own words: "an order worth … with Russia" hangs the seller below it)
    owners = [m for c in order.children if c.dep_ in OWNER_DEPS
              if (m := _best_actor(ctx, c) if c.dep_ == "poss" else ctx.own(c)) is not None
              and m.cls in _BUYER_CLASSES]
    if owners:
        return owners
    if placing is not None and placing.i == order.head.i:
        subj, passive = ctx.subject(placing)
        return [m for m in _actors(ctx, _agent(placing) if passive else subj)
                if m.cls in _BUYER_CLASSES]
    if placing is not None:  # "the order of 26 aircraft, placed by Lima"
        agents = [m for a in _children(placing, {"agent"}) for p in _children(a, {"pobj"})
                  if (m := _best_actor(ctx, p)) is not None and m.cls in _BUYER_CLASSES]
        if agents:
            return agents
    head = order.head
    if order.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
        clause = head.head
        subj, passive = ctx.subject(clause)
        sellers = ctx.rules.words["supplier_nouns"]
        if passive or any(t.lower_ in sellers for c in _children(clause, {"attr"})
                          for t in c.subtree):
            return []  # ("Russia is the largest exporter, with orders for … from India")
        return [m for m in _actors(ctx, subj) if m.cls in _BUYER_CLASSES]
    return [ctx.prior_buyer] if told and ctx.prior_buyer else []


def _told(ctx: _Sentence, order: Token, placing: Token | None) -> bool:
    """"The order, placed with X, …": the order the article has told (its buyer the one state
    its supplies went to before), with no owner of its own."""
    return placing is not None and placing.head.i == order.i and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in order.children) and \
        not any(c.dep_ in OWNER_DEPS for c in order.children)


def _contents(ctx: _Sentence, order: Token) -> list[Mention]:
    """The weapons a told order's verb of content names: "The order … includes fighter and
    trainer versions of the jet" (relations.yaml `deal_contents`)."""
    verbs = [order.head, *_children(order.head, {"xcomp"})] if order.dep_ in (
        "nsubj", "nsubjpass") else []
    return [m for v in verbs if v.lemma_.lower() in ctx.rules.words["deal_contents"]
            for o in _children(v, {"dobj"}) for m in ctx.mentions(o.subtree, ctx.role("item"))]


def _undone(ctx: _Sentence, order: Token, placing: Token | None) -> bool:
    """The order is still to come, refused or cancelled: "the planned order", "would place
    an order", "has not placed an order", "cancelled its order for …" (SU3)."""
    words = ctx.rules.words
    if unmade_sale(ctx, order):
        return True
    for verb in (placing, order.head if order.dep_ == "dobj" else None):
        if verb is None:
            continue
        if verb.lemma_.lower() in words["signing_not_done"] | words["planning_heads"] or \
                _planned(verb, words) or _negated(verb, ctx.subject(verb)[0], words):
            return True
    return False


def _parted_sellers(ctx: _Sentence, order: Token, goods: Token
                    ) -> list[tuple[Mention, list[Mention]]]:
    """"for Typhoon fighters from Britain and F-15 jets from the United States": each seller
    after a "from" on the goods (or on the order, after them) keeps the weapons written between
    the "from" before it and its own, whatever the parse (it may hang the second "from" on the
    first goods or on the order); none without weapons of its own ("orders from India for …"
    names the buyer)."""
    froms = sorted([t for t in goods.subtree if t.dep_ == "prep" and t.lower_ == "from"
                    and t.head.pos_ in ("NOUN", "PROPN")]
                   + [t for t in _children(order, {"prep"}) if t.lower_ == "from"
                      and t.i > goods.i], key=lambda t: t.i)
    items = ctx.mentions(goods.subtree, ctx.role("item"))
    out: list[tuple[Mention, list[Mention]]] = []
    start = goods.left_edge.idx + ctx.offset
    for f in froms:
        at = f.idx + ctx.offset
        own = [m for m in items if start <= m.span.start and m.span.end <= at]
        out += [(s, own) for p in _children(f, {"pobj"}) for s in _conjoined_actors(ctx, p)
                if own]
        start = at
    return out


def placed_order_supplies(ctx: _Sentence) -> list[RelationMention]:
    """The supplies the sentence's order nouns state (``order_supplies``)."""
    nouns = ctx.rules.words["placed_order_nouns"]
    if ctx.lacks(nouns):
        return []
    return [r for t in ctx.sent if t.lemma_.lower() in nouns for r in order_supplies(ctx, t)]


def order_supplies(ctx: _Sentence, order: Token) -> list[RelationMention]:
    """The supplies an order noun states (see the module's docstring): one per seller, with
    the weapons written before that seller's "from" where each good has one of its own."""
    words = ctx.rules.words
    if order.pos_ != "NOUN" or order.lemma_.lower() not in words["placed_order_nouns"]:
        return []
    placing = _placing(ctx, order)
    heads = _phrase_heads(order, placing)
    goods = [g for h in heads for p in _prep_objects(h, {"for"}) for g in (p, *p.conjuncts)]
    withs = [m for h in heads for p in _prep_objects(h, {"with"})
             for m in _conjoined_actors(ctx, p)]
    if not (goods or withs) or _undone(ctx, order, placing):
        return []
    shares: list[tuple[Mention, list[Mention]]] = []
    told = _told(ctx, order, placing)
    if withs and told and not goods:  # "The order, placed with X, includes …": as told before
        shares = [(s, _contents(ctx, order)) for s in withs]
    elif withs:
        items = [m for g in goods[:1] for m in ctx.mentions(g.subtree, ctx.role("item"))]
        if not (items or any(_material(ctx, g) for g in goods)):
            return []
        shares = [(s, items) for s in withs]
    else:  # "orders for Typhoon fighters from Britain and F-15 jets from the United States"
        for g in goods:
            shares += _parted_sellers(ctx, order, g)
    buyers = _buyers(ctx, order, placing, told) if shares else []
    return [_relation(ctx, "supplies", order, {"supplier": [s], "recipient": [b],
                                               "item": list(dict.fromkeys(items))})
            for s, items in shares for b in buyers[:1]
            if (b.key or b.lemma) != (s.key or s.lemma)]

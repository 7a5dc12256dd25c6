"""A maker's or seller's customers named in a list: each is supplied (SU9). "A joins B and C
among <maker>'s customers for the aircraft", "A joined a list of <weapon> customers that
includes B and C", "<maker> said A was the third export customer for <weapon> after B" (the
company whose claim counts its customers sells; d276, d962, d1031, d1091; issue 12, h-cust1,
stop 64). Regions and unnamed groups are no customers (SU10: only named actors are read)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.relations._base import (
    _actors,
    _best_actor,
    _children,
    _conjoined_actors,
    _material,
    _possessors,
    _prep_objects,
    _relation,
    _Sentence,
)
from kg.model import Mention, RelationMention


def listed_customers(ctx: _Sentence, tok: Token,
                     found: Iterable[RelationMention] = ()) -> list[RelationMention]:
    """The supplies to the customers the customer noun ``tok`` lists, joins or ranks, with
    the item it names; none already in ``found`` (``_customers``' lines)."""
    if any(c.lower_ in ctx.rules.words["unrealised"] for c in tok.children):
        return []  # "A was a possible buyer": none sold yet (SU3)
    buyers = _unique([*_copular(ctx, tok), *_joined(ctx, tok), *_listed(ctx, tok),
                      *_ranked(ctx, tok)])
    if not buyers:
        return []
    qualifiers = _qualifiers(tok)
    items = _items(ctx, qualifiers)
    seller = _seller(ctx, tok)
    if seller is None or not items and not _about_arms(ctx, qualifiers) and not (
            seller.cls == "Company" and ctx.mentions(ctx.sent, ctx.role("item"))):
        # "<airliner maker>'s customers include <airline>": no arms; a firm's customer in a
        # sentence that names a weapon buys it ("displayed <weapon> drones, confirming that
        # it has become a customer of <maker>")
        return []
    done = {(_key(s), _key(r)) for rel in found
            for s in rel.role("supplier") for r in rel.role("recipient")}
    return [_relation(ctx, "supplies", tok, {"supplier": [seller], "recipient": [b],
                                             "item": items})
            for b in buyers if b.span != seller.span and _key(b) != _key(seller)
            and (_key(seller), _key(b)) not in done]


def _key(m: Mention) -> str:
    return m.key or m.lemma


def _unique(ms: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        if all(_key(m) != _key(o) for o in out):
            out.append(m)
    return out


def _list_noun(ctx: _Sentence, tok: Token) -> Token | None:
    """The list the customers are counted in: "a growing list of [customers]"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in ctx.rules.words["customer_list_nouns"]:
        return tok.head.head
    return None


def _copular(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"X was the third export customer", "X had become a customer": the copula's subject."""
    if tok.dep_ != "attr":
        return []
    subj, passive = ctx.subject(tok.head)
    return [] if passive else _actors(ctx, subj)


def _joined(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"A joins B and C among Y's customers": all three; "A had joined a list of customers":
    A."""
    words = ctx.rules.words["customer_joining"]
    verb, objects = None, False
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        verb, objects = tok.head.head, True
    elif (lst := _list_noun(ctx, tok)) is not None and lst.dep_ == "dobj":
        verb = lst.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words:
        return []
    subj, passive = ctx.subject(verb)
    out = [] if passive else _actors(ctx, subj)
    return out + [m for o in (_children(verb, {"dobj"}) if objects else [])
                  for m in _conjoined_actors(ctx, o)]


def _listed(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"customers that include A, B and C", "its customers include A and B", "customers
    such as A and B": the objects of the listing verb or preposition."""
    words = ctx.rules.words["customer_listing"]
    verbs = [r for n in (tok, _list_noun(ctx, tok)) if n is not None
             for r in _children(n, {"relcl"}) if r.lemma_.lower() in words]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in words:
        verbs.append(tok.head)
    objects = [o for v in verbs for o in _children(v, {"dobj"})]
    objects += _prep_objects(tok, {"including"})
    objects += [o for p in _children(tok, {"prep"}) if p.lower_ == "as"
                and any(c.lower_ == "such" for c in p.children) for o in _children(p, {"pobj"})]
    return [m for o in objects for m in _conjoined_actors(ctx, o)]


def _ranked(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"the second export customer for <weapon> after B": the customers ranked before,
    named ones only ("after <state>'s own forces": the maker's home, no sale)."""
    words = ctx.rules.words
    if not any(c.dep_ == "amod" and c.lower_ in words["ranking_ordinals"]
               for c in tok.children):
        return []
    heads = [tok, *([tok.head] if tok.dep_ == "attr" else [])]
    return [m for h in heads for p in _prep_objects(h, words["ranking_preps"])
            for c in (p, *p.conjuncts)
            if not any(o.lower_ == "own" for o in c.children)
            and (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]


def _qualifiers(tok: Token) -> list[Token]:
    """The words that say what the customer noun ``tok`` buys: its modifiers ("export",
    "<weapon>") and its "for"/"of" objects with their conjuncts ("customers for the aircraft")."""
    heads = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    return heads + [o for p in _prep_objects(tok, {"for", "of"}) for o in (p, *p.conjuncts)]


def _items(ctx: _Sentence, qualifiers: list[Token]) -> list[Mention]:
    """The weapon the customers buy: "<weapon> customers", "customers for the aircraft"."""
    return [m for h in qualifiers
            if (m := ctx.own(h)) is not None and m.cls in ctx.role("item")]


def _about_arms(ctx: _Sentence, qualifiers: list[Token]) -> bool:
    """The customer phrase names arms or their sale ("export customer", "customers for the
    aircraft", "arms customers")."""
    transfer = ctx.rules.words["transfer_nouns"]
    return any(_material(ctx, t) or t.lemma_.lower() in transfer for t in qualifiers)


def _seller(ctx: _Sentence, tok: Token) -> Mention | None:
    """Whose customers: the possessor ("<maker>'s customers"), the firm after "of" ("a
    customer of <state>'s <maker>"), else the company whose claim counts them ("<maker> said
    A was the third export customer")."""
    owners = _possessors(ctx, tok)
    if owners:
        return owners[0]
    firms = [m for p in _prep_objects(tok, {"of"})
             if (m := _best_actor(ctx, p)) is not None and m.cls in ("Company", "Country")]
    if firms:
        return firms[0]
    for verb in tok.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.rules.stating:
            subj, passive = ctx.subject(verb)
            m = None if passive else _best_actor(ctx, subj)
            return m if m is not None and m.cls == "Company" else None
    return None

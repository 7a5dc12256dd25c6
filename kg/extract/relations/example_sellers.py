"""Sellers named inside a purchase's list of examples: "bought arms from several countries,
among them Kfir jets from Israel and rocket launchers from Pakistan", "ships bought from
European navies, including frigates from Portugal and minesweepers from Germany". Where the
purchase's own "from" names no actor (or there is none: "arms bought abroad, including …"),
each "from" inside the list sells the examples written before it, since the previous one
(issue 12, stop 73, h-slice73)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    _best_actor,
    _children,
    _clause_preps,
    _conjoined_actors,
    _example_objects,
    _listed_examples,
    _pobjs,
    _Sentence,
)
from kg.model import Mention


def example_sales(ctx: _Sentence, verb: Token) -> list[tuple[list[Mention], list[Mention]]]:
    """(sellers, weapons) for each "from" inside the example list of the purchase ``verb``;
    none where the purchase's own "from" names an actor ("from the United States, including
    F-15 jets from Boeing" keeps its own seller's rules) or no "from" in the list does."""
    examples = _listed_examples(verb) + _examples_after_clause(verb)
    if not examples:
        return []
    start = min(e.left_edge.i for e in examples)
    end = max(t.right_edge.i for e in examples for t in (e, *e.conjuncts))
    # (the purchase's own seller, in its own words: the parser may hang the list on it,
    # "from European navies, including frigates from Portugal")
    listed = set(range(start, end + 1))
    if any(_best_actor(ctx, c, exclude=listed) is not None
           for p in _clause_preps(verb, "from") for c in (p, *p.conjuncts) if c.i not in listed):
        return []
    froms = [t for t in ctx.sent.doc[start : end + 1] if t.lower_ == "from" and t.dep_ == "prep"]
    sellers = {f.i: [m for p in _pobjs(f) for m in _conjoined_actors(ctx, p)] for f in froms}
    froms = [f for f in froms if sellers[f.i]]
    if not froms:
        return []
    # (a weapon the parser joined to a seller is still listed: "frigates from Portugal and
    # minesweepers from Germany")
    items = ctx.mentions(ctx.sent.doc[start : end + 1], ctx.role("item"))
    out: list[tuple[list[Mention], list[Mention]]] = []
    before = ctx.sent.doc[start].idx + ctx.offset
    for f in froms:
        # (document offsets, as mention spans: the weapons written before this "from")
        at = f.idx + ctx.offset
        sold = [m for m in items if before <= m.span.start and m.span.end <= at]
        if sold:
            out.append((sellers[f.i], sold))
        before = at
    return out


def _examples_after_clause(verb: Token) -> list[Token]:
    """"bought arms since the rebels overran the base in April, among them Kfir jets …": the
    parser may give an adverbial clause of the purchase a second object, a list opened after
    the comma that closes the clause; the list is the purchase's own."""
    doc = verb.doc
    out: list[Token] = []
    for clause in _children(verb, {"advcl"}):
        for obj in _children(clause, {"dobj"})[1:]:
            opening = obj.left_edge.i
            if opening == 0 or doc[opening - 1].text != ",":
                continue
            out += [e for c in obj.children if c.dep_ == "prep" and c.i < obj.i
                    for e in _example_objects(c)]
    return out

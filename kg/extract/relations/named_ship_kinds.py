"""The kind noun beside a named ship is an item of the supply too: "handed over the frigate X",
"bought the offshore patrol vessel X", "received a patrol vessel, the X", "the ship X, a
<class>-class boat". Dev conventions E6 (stop 66): a kind noun beside the named ship is an item
of its own beside the ship (issue 12, h-ship1). The item collection keeps one item per noun
phrase (`_one_item_per_phrase`) or reads the name alone; this pass adds the kind back."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.relations._base import _mention_tokens, _Sentence
from kg.model import Mention, RelationMention

BEFORE_DEPS = ("compound", "nmod", "amod")  # "the frigate X": the kind hangs on the name
GAP_DEPS = ("punct", "det", "nummod", "amod")  # ", the", ", two", ", a decommissioned"


def with_ship_kinds(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """Each supply of ``found`` with the kind nouns beside its named ships as items too."""
    out = []
    for r in found:
        items = list(r.role("item")) if r.relation == "supplies" else []
        kinds = [k for m in items for k in ship_kinds(ctx, m)]
        kinds = [k for i, k in enumerate(kinds) if k not in items and k not in kinds[:i]]
        if kinds:
            roles = dict(r.roles)
            roles["item"] = (*items, *kinds)
            r = replace(r, roles=tuple(roles.items()))
        out.append(r)
    return out


def ship_kinds(ctx: _Sentence, ship: Mention) -> list[Mention]:
    """The Weapon kind mentions that introduce ``ship`` (a name) in the sentence: the kind
    noun it hangs on in apposition ("the aircraft carrier X", "a patrol vessel, the X"), that
    hangs on it before it ("the submarine X"), or set after it in apposition ("X, a
    <class>-class boat")."""
    if ship.cls != "Weapon":
        return []
    toks = _mention_tokens(ctx, ship)
    ids = {t.i for t in toks}
    heads = ctx.rules.words["named_ship_kinds"]
    out: list[Mention] = []
    for root in (t for t in toks if t.head.i not in ids and t.pos_ == "PROPN"):
        near = [c for c in root.children if c.i not in ids and (
            c.dep_ in BEFORE_DEPS and c.i < root.i or c.dep_ == "appos" and c.i > root.i)]
        if root.dep_ == "appos" and root.head.i < root.i:
            near.append(root.head)
        for k in near:
            m = _kind(ctx, k, heads)
            if m is not None and m is not ship and m != ship and m not in out \
                    and _next_to(ctx, m, ids):
                out.append(m)
    return out


def _next_to(ctx: _Sentence, kind: Mention, ids: set[int]) -> bool:
    """Whether only a comma, an article, a number or an adjective stand between the kind's
    words and the name's ("the frigate X", "a patrol vessel, the X", "X, a decommissioned
    frigate"), not a title of a person the parser hung on the kind ("its aircraft carrier,
    Defence Minister X announced"), nor a second name ("X and Y, two landing ships")."""
    own = {t.i for t in _mention_tokens(ctx, kind)}
    if not own:
        return False
    lo, hi = sorted((max(own), min(ids))) if max(own) < min(ids) else (max(ids), min(own))
    doc = ctx.sent.doc
    return all(doc[i].dep_ in GAP_DEPS and doc[i].pos_ != "PROPN" and
               (doc[i].dep_ != "punct" or doc[i].text == ",") for i in range(lo + 1, hi))


def _kind(ctx: _Sentence, noun: Token, heads: frozenset[str]) -> Mention | None:
    """The Weapon kind mention whose head is ``noun``, a common noun of a ship kind."""
    m = ctx.own(noun)
    if m is None or m.cls != "Weapon" or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in heads:
        return None
    # (the sentence's own words, not a noun coreference read as another weapon named before)
    return m if ctx.names(m, noun) else None

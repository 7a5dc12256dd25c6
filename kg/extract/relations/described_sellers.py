"""Supplies (s68 h-sup110): a definite national firm description as the seller names the firm
the article named before it.

"ordered the vessel from the Indian yard", "corvettes ordered from the same German group":
the nationality alone is no seller (SU6, ``_firm_home``), but a definite description points
back at a firm already named ("the state-owned X in Kolkata … the Indian yard"). An indefinite
one ("from a German yard") introduces a firm the article has not named and stays unsold.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.extract.relations.coreference import _firm_states
from kg.extract.relations.supplies import firm_home_noun
from kg.model import Mention, RelationMention


def _definite(noun: Token) -> bool:
    """The firm noun has the definite article: "the Indian yard", not "a German yard"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _named_firms_before(ctx: _Sentence, end: int) -> list[Mention]:
    """The companies named (not resolved by coreference) before token ``end``, once each, in
    order of their first naming."""
    doc = ctx.sent.doc
    out: dict[str, Mention] = {}
    for i in range(end):
        m = ctx.by_token.get(i)
        if m is None or m.cls != "Company" or not ctx.names(m, doc[i]):
            continue  # (a description coreference resolved is no naming)
        out.setdefault(m.key or m.lemma, m)
    return list(out.values())


def _described_firm(ctx: _Sentence, state: Mention, noun: Token) -> Mention | None:
    """The one firm named before ``noun`` that its nationality ``state`` fits: of those whose
    own phrase named that state ("Russia's Rostec … the Russian maker"), else of those whose
    phrase named none; None where no firm or two fit (which one is not said)."""
    firms = _named_firms_before(ctx, noun.i)
    if not firms or not state.key:
        return None
    homes = _firm_states(ctx.sent.doc, ctx.rules, ctx.by_token)
    same = [f for f in firms if state.key in homes.get(id(f), ())]
    fits = same or [f for f in firms if not homes.get(id(f))]
    return fits[0] if len(fits) == 1 else None


def described_sellers(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """``found`` with each supply's state that is only a definite firm description's
    nationality ("from the Indian yard") replaced by the firm the article named; a supply whose
    firm is its own recipient is dropped. Other relations and suppliers are kept as they are
    (``_without_firm_homes`` drops what remains unnamed)."""
    out: list[RelationMention] = []
    for r in found:
        if r.relation != "supplies":
            out.append(r)
            continue
        suppliers = list(r.role("supplier"))
        for k, s in enumerate(suppliers):
            noun = firm_home_noun(ctx, s)
            firm = _described_firm(ctx, s, noun) if noun is not None and _definite(noun) \
                else None
            suppliers[k] = firm or s
        if suppliers == list(r.role("supplier")):
            out.append(r)
            continue
        if any(x.span == f.span or x.key is not None and x.key == f.key
               for f in suppliers for x in r.role("recipient")):
            continue  # (the firm cannot sell to itself)
        out.append(replace(r, roles=tuple(
            (name, tuple(suppliers) if name == "supplier" else ms) for name, ms in r.roles)))
    return out

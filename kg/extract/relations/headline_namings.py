"""Headline namings (issue 12, stop 78, h-rep124): "UAE says Qatari fighters intercepted its
airliners; Doha calls claim false", "Iraq calls attack on U.S. frigate a mistake; Reagan blames
Iran", "Norway blames Russia for cyber attack; Moscow cries provocation". In a headline's
clause of its own (from its start or a semicolon to the next semicolon or its end), an actor
named right before a naming verb ("calls", claims.yaml ``headline_naming``) or a verb of
outcry ("cries", ``headline_crying``) claims the words after that verb (dev conventions R1
"called X Y": statement "X Y"; "cries provocation" read as a headline "says"). The parser
often reads such a verb as a plural noun ("Doha calls", "cries fabrication") or hangs the
clause on the other clause's verb, so the words are read in order, as ``_trailing_denial``
reads a closing denial; an actor whose claim the parse found keeps it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _has_claim, _in_headline, _Sentence
from kg.model import Mention, RelationMention

# words after a naming verb that make it no naming: "calls for talks", "calls on Iran to …",
# "calls off the visit", "calls in the envoy"
NOT_NAMING = frozenset({"for", "on", "off", "in", "up", "out", "back", "to"})

# (context, trigger, claimant, words) → the claim (reports._claim)
ClaimMaker = Callable[[_Sentence, Token, Mention, list[Token]], RelationMention | None]


def headline_namings(ctx: _Sentence, found: list[RelationMention],
                     claim: ClaimMaker) -> list[RelationMention]:
    """The claims of a headline's clauses "<actor> calls <object> <name>" and "<actor> cries
    <noun>" that ``found`` (the sentence's claims so far) lacks; ``claim`` builds a claim from
    its trigger, claimant and words (reports._claim)."""
    words = ctx.rules.words
    naming, crying = words["headline_naming"], words["headline_crying"]
    verbs = naming | crying
    if ctx.lacks(naming, crying) or not _in_headline(ctx) or ctx.offset or ctx.sent.start:
        return []
    out = []
    for clause in _clauses(ctx):
        at = next((k for k, t in enumerate(clause) if t.lower_ in verbs), None)
        if at is None or at == 0:
            continue
        verb, said = clause[at], clause[at + 1:]
        least = 2 if verb.lower_ in naming else 1
        # (the clause ends on the name, not on a phrase of a preposition: "Trump calls Putin
        # ahead of summit" is a telephone call)
        if len(said) < least or said[0].lower_ in NOT_NAMING or said[-1].dep_ == "pobj" \
                or any(t.lower_ == "to" or t.is_quote for t in said):
            continue
        actor = _actor(ctx, clause[:at])
        if actor is None or _has_claim(found, actor):
            continue
        rel = claim(ctx, verb, actor, said)
        out.extend([rel] if rel is not None else [])
    return out


def _clauses(ctx: _Sentence) -> list[list[Token]]:
    """The headline's words split at its semicolons (no punctuation or space kept at the
    ends of a clause)."""
    out: list[list[Token]] = [[]]
    for t in ctx.sent:
        if t.text == ";":
            out.append([])
        elif not t.is_space:
            out[-1].append(t)
    for clause in out:
        while clause and clause[-1].is_punct:
            clause.pop()
    return [c for c in out if c]


def _actor(ctx: _Sentence, before: list[Token]) -> Mention | None:
    """The one actor whose words (with a determiner) are all the clause's words before the
    verb: "Doha", "the army", "Beijing"."""
    if not before:
        return None
    actor = _best_actor(ctx, before[-1])
    if actor is None or any(ctx.own(t) is not actor and not (k == 0 and t.dep_ == "det")
                            for k, t in enumerate(before)):
        return None
    return actor


"""Citizens named by a nationality noun: "Some Poles have complained that …", "Some
Iranian-Canadians said …", "migrants, mostly Venezuelans and Haitians who now say …" (issue 12,
stop 82, h-rep130). Dev conventions R5: unnamed citizens give no claimant ("Some Poles said",
0:2), as witnesses and campaigners give none; the noun stays a mention of its state (E9), which
is why the claim would otherwise fall to that state."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.extract.tokens import has_det

# a plural noun: "Poles" (NNPS), "Haitians" (NNS, as the tagger may read it)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def citizens_speak(ctx: _Sentence, subj: Token) -> bool:
    """Whether the speaker ``subj`` (and every word listed with it) is a nationality noun for
    people, so that no state speaks: a plural noun that mentions a state without being a word
    of its name ("Poles" for Poland, not "the Philippines"), with no "the" before it ("the
    Americans said", the government in older copy, keeps its reading)."""
    heads = [subj, *subj.conjuncts]
    return all(_citizen_noun(ctx, h) for h in heads)


def _citizen_noun(ctx: _Sentence, tok: Token) -> bool:
    """A plural nationality noun that names people of a state, not the state itself."""
    m = ctx.own(tok)
    if m is None or m.cls != "Country" or tok.tag_ not in _PLURAL_TAGS or has_det(tok, ("the",)):
        return False
    name = (m.key or m.lemma).lower().split()
    return tok.lower_ not in name

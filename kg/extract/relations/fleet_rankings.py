"""A weapon kind ranked within its holder's own fleet ("now the largest warships of its
navy"): a description of the ship just handed over, not a further item (issue 12, stop 62,
h-sup98)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _prep_objects, _Sentence


def fleet_ranking(ctx: _Sentence, tok: Token) -> bool:
    """"two former cutters, now the largest warships of its navy", "giving the country the
    largest warship in its fleet": a definite kind noun ranked by a superlative within a
    holding (``state_holdings``) that a pronoun owns points back to the ship the clause
    names (dev conventions E7), so it is no item of the supply."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children) and any(
            p.lemma_.lower() in ctx.rules.words["state_holdings"]
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children)
            for p in _prep_objects(tok, {"in", "of"}))

"""Counted state plurals that sign for the agreement's own parties: "officials of the two
governments signed it" counts the states its "of" names, and "the two countries signed a
treaty" long after a list of two other states ("its frontiers with A and B") is the treaty's
parties, not that list (issue 12, s70 h-sig35)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _earlier_start, _pobjs, _Sentence
from kg.model import Mention


def counted_plural(ctx: _Sentence, subj: Token) -> Token:
    """The plural of states a signer noun acts for ("officials of the two governments": the
    governments), else ``subj`` itself; not "negotiators of the two sides", whose sides may be
    a government and a movement the agreement's key does not name."""
    words = ctx.rules.words
    if subj.tag_ != "NNS" or ctx.own(subj) is not None \
            or subj.lemma_.lower() not in words["signer_nouns"]:
        return subj
    of = [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobjs(c)]
    return of[0] if len(of) == 1 and of[0].tag_ == "NNS" \
        and of[0].lemma_.lower() in words["plural_country_nouns"] else subj


def named_nearby(ctx: _Sentence, plural: Token, guessed: tuple[Mention, ...]) -> bool:
    """Whether a state coreference gave ``plural`` is named in its sentence or the one before
    ("A and B met on Monday. The two countries signed …": that pair stands)."""
    keys = {m.key for m in guessed}
    return any(m.key in keys for i in range(_earlier_start(ctx.sent), plural.i)
               if (m := ctx.by_token.get(i)) is not None)

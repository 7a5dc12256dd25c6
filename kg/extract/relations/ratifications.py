"""A completed exchange of the instruments of ratification: "A and B exchanged the
instruments of ratification of the treaty" is the two sides' signing of it (dev conventions S1
"exchanged copies"; d1056's (4), d976, d1397) (issue 12, s79 h-sig45)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    _actors,
    _negated,
    _planned,
    _prep_objects,
    _relation,
    _Sentence,
    _starts_at,
)
from kg.model import Mention, RelationMention


def _ratified(ctx: _Sentence, papers: Token) -> Mention | None:
    """The agreement whose instruments ``papers`` are: the "of" phrase after "ratification"
    or after the papers themselves ("instruments of ratification of the treaty"), else the
    agreement named last before (its instruments: "exchanged the instruments of ratification
    on Monday")."""
    words = ctx.rules.words
    ofs = _prep_objects(papers, {"of"})
    if not any(p.lemma_.lower() in words["ratification_nouns"] for p in ofs):
        return None  # "exchanged instruments of torture": no ratification
    deals = [m for h in (papers, *ofs) for p in _prep_objects(h, {"of"})
             for m in ctx.mentions(p.subtree, ctx.role("agreement"))]
    return deals[0] if deals else ctx.prior_agreement


@_starts_at("ratification_nouns")
def exchanged_ratifications(ctx: _Sentence) -> list[RelationMention]:
    """"Reagan and Mulroney exchanged the instruments of ratification of the Pacific Salmon
    Treaty", "The two countries in January exchanged the instruments of ratification of an
    earlier pact": the subject signed the agreement; a completed exchange only (a past verb
    in the active), not "once both states exchange instruments of ratification", "to exchange
    …" (S5) or "when the instruments are exchanged" (S4)."""
    words = ctx.rules.words
    out = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.tag_ != "VBD" \
                or verb.lemma_.lower() not in words["exchange_verbs"]:
            continue
        papers = next((c for c in verb.children if c.dep_ == "dobj"
                       and c.lemma_.lower() in words["instrument_nouns"]), None)
        agreement = _ratified(ctx, papers) if papers is not None else None
        if agreement is None:
            continue
        subj, passive = ctx.subject(verb)
        if passive or subj is None or _negated(verb, subj, words) or _planned(verb, words):
            continue
        parties = [m for m in _actors(ctx, subj) if m.span != agreement.span]
        if parties:
            out.append(_relation(ctx, "signed", verb, {"party": parties,
                                                       "agreement": [agreement]}))
    return out

"""Who put out a statement named by a participle's "by": "The statement, issued by the army and
carried by the news agency X, said", "said in a statement issued by its embassy" (issue 12, stop
57, h-rep79; dev conventions R7: the issuer speaks, and the outlet that carries its words
reports them too)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _children, _pobjs, _Sentence
from kg.model import Mention


def statement_issuers(ctx: _Sentence, noun: Token | None) -> list[Mention]:
    """The actors after "by" of the issuing participles (claims.yaml issuing_participles) on
    the statement noun ``noun``, their conjuncts included, in order; none for other nouns."""
    words = ctx.rules.words
    if noun is None or noun.lemma_.lower() not in words["statement_nouns"]:
        return []
    # (the parser reads "issued by X and carried by Y" as a participle with its conjunct)
    acls = [a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.i > noun.i]
    acls += [c for a in acls for c in a.conjuncts if c.tag_ == "VBN" and c.i > a.i]
    found = [m for a in acls if a.lemma_.lower() in words["issuing_participles"]
             for b in _children(a, {"agent"}) for o in _pobjs(b)
             if (m := _best_actor(ctx, o)) is not None]
    return list(dict.fromkeys(found))

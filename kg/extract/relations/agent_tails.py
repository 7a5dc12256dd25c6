"""The later signers of a passive "by" list that the parser hangs outside the list (issue 12,
stop 70, h-sig33): "was signed by A, …, and the head of the X Authority, C", "a statement
signed by A, the secretary of X, and B, the kingdom's adviser". People named as signing are
the parties (dev conventions S3), every one of the list."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.model import Mention


def _person(ctx: _Sentence, tok: Token) -> Mention | None:
    m = ctx.own(tok)
    return m if m is not None and m.cls == "Person" else None


def speaks_later(ctx: _Sentence, person: Mention, start: int) -> bool:
    """The person is the subject of a clause of its own from ``start`` on ("…, and B said"):
    a speaker, not one more signer of the list."""
    doc = ctx.sent.doc
    return any(t.dep_ in ("nsubj", "nsubjpass") and ctx.own(t) is person
               for t in doc[start:ctx.sent.end])


def _title_body_names(ctx: _Sentence, agent: Token) -> list[Mention]:
    """"…, and the head of the Palestinian Water Authority, C": the parser sets the name of a
    signer noun's holder in apposition to the body its "of" names, not to the noun; the
    person is the signer (not the body)."""
    nouns = ctx.rules.words["signer_nouns"]
    out = []
    for t in agent.subtree:
        of = t.head.head if t.dep_ == "appos" and t.head.dep_ == "pobj" else None
        if of is None or of.lower_ != "of" or of.head.pos_ != "NOUN" or \
                of.head.lemma_.lower() not in nouns or ctx.own(of.head) is not None:
            continue
        if (m := _person(ctx, t)) is not None and not speaks_later(ctx, m, t.i):
            out.append(m)
    return out


def _name_after_title(ctx: _Sentence, agent: Token) -> list[Mention]:
    """"by A, the secretary of X, and B, the kingdom's adviser": after a signer with a title
    in apposition, the parser may join the next name to another verb; a person named right
    after ", and" that closes the first signer's words signs too."""
    if _person(ctx, agent) is None or not any(c.dep_ == "appos" and _person(ctx, c) is None
                                             for c in agent.children):
        return []
    doc, edge = agent.doc, agent.right_edge.i
    if edge + 3 >= ctx.sent.end or doc[edge + 1].text != "," or doc[edge + 2].lower_ != "and":
        return []
    tok = doc[edge + 3]
    m = _person(ctx, tok)
    if m is None or tok.i in {t.i for t in agent.subtree} or speaks_later(ctx, m, tok.i):
        return []
    return [m]


def agent_tail_signers(ctx: _Sentence, agent: Token) -> list[Mention]:
    """The signers of a passive "by" agent's list that its tree leaves out."""
    return list(dict.fromkeys([*_title_body_names(ctx, agent), *_name_after_title(ctx, agent)]))

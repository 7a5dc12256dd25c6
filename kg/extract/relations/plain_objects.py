"""Verbs of making known or calling whose plain object states nothing (issue 12, stop 71,
h-rep116; dev conventions R2: "announced the <noun>" with no clause is no claim).

- "announced the <noun>, named Operation <name>": a participle that names the object, or a
  relative clause on a name inside it ("the dismissal of General X, who …"), says
  nothing the speaker stated; "announced a plan to buy …" still does.
- "announced drills on <day>, the day <name> arrived": a time noun with its own clause, set
  off after a comma, dates the announcement (the parser may take it for the verb's clause).
- "called an emergency meeting", "called a general strike": a call that convenes, with no
  second object ("called the meeting historic" still says something).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def describing_clause(ctx: _Sentence, clause: Token) -> bool:
    """A clause inside an announced object that only describes or names a thing in it: a
    past participle of naming ("the <noun>, named Operation <name>") or a relative clause on
    a proper name ("General <name>, who …")."""
    words = ctx.rules.words
    if clause.dep_ == "acl" and clause.tag_ == "VBN" and \
            clause.lemma_.lower() in words["naming"]:
        return True
    return clause.dep_ == "relcl" and clause.head.pos_ == "PROPN"


def dating_apposition(ctx: _Sentence, verb: Token, clause: Token) -> bool:
    """"…, the day <name> arrived in <city>": a clause whose subject is a time noun with "the" set
    off by a comma, or that has no subject of its own after such a noun, tells when, not what
    was said (the parser hangs the noun as the clause's subject or as a date's apposition)."""
    times = ctx.rules.words["apposed_time_nouns"]
    dating = [t for t in verb.doc[verb.i + 1:clause.i] if t.lemma_.lower() in times
              and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
              and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(dating) and (not subjects or subjects[0] in dating)


def convenes(ctx: _Sentence, verb: Token) -> bool:
    """"called an emergency meeting of ministers", "called a general strike": the verb's one
    object is a gathering or action it convenes, and no clause follows."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["convening_verbs"] or any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    return len(objs) == 1 and objs[0].lemma_.lower() in words["convened_nouns"] and \
        not any(t.is_quote for t in objs[0].subtree)

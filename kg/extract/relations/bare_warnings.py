"""A warning with no clause (issue 12, stop 69, h-rep110): "<State> warns <State> over an oil
search" and "<leader> warned against any intervention" say nothing that could be true or false;
the dev conventions read a verb of warning without a clause as an appeal, no claim (R2), while
"warned that …", a quoted warning and "a move X has warned would …" stay claims (R1)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import SAYING_DEPS, _Sentence


def warns_without_clause(ctx: _Sentence, verb: Token) -> bool:
    """True for a verb of ``clause_warnings`` (relations.yaml) whose only complements are whom
    it warns and a ``warning_preps`` phrase ("over", "against"): no clause of its own, no
    "that" after it, no quotation in the sentence and not a relative clause (whose statement
    the parser may hang elsewhere: "a move Peking has warned would damage relations")."""
    words = ctx.rules.words
    if verb.lemma_.lower() not in words["clause_warnings"] or verb.dep_ == "relcl":
        return False
    if any(t.is_quote for t in ctx.sent) or any(c.dep_ in SAYING_DEPS for c in verb.children):
        return False
    if any(t.lower_ == "that" for t in verb.subtree if t.i > verb.i):
        return False
    return any(c.dep_ == "prep" and c.lower_ in words["warning_preps"] and c.i > verb.i
               for c in verb.children)

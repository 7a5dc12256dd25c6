"""An act told inside another's claim (issue 12, stop 69, h-rep112): in "<Speaker> said
<State> had noted the reports" or "… said that the government had confirmed the sale" the
speaker tells what the state did; the state's verb has only a noun for its object, so it
states nothing of its own, and the dev gold gives the speaker alone the claim. A claim inside
a claim that says something ("said Russia had assured it that …", "… said Kenya had denied
the charges", "a charge X rejects") keeps both claimants (R10)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import SAYING_DEPS, _Sentence

# links from a verb up to the reporting verb whose complement holds it: the complement itself,
# a conjunct ("said A and that B had confirmed …"), an adjective's or a verb's complement
# ("told reporters X was confident the court would confirm …")
CHAIN_DEPS = frozenset({"ccomp", "conj", "acomp", "xcomp"})
# a clause on the object noun that states its content ("assurances that …", "concern that …")
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
CHAIN_STEPS = 4


def told_act(ctx: _Sentence, verb: Token) -> bool:
    """True for a reporting verb with a noun object and nothing said of its own (no clause,
    no "as" phrase, no quotation, no clause on the noun; not a verb of denying, accusing,
    citing, estimating by a figure, naming or describing) inside the complement of an earlier
    reporting verb of the sentence (no semicolon between them)."""
    outer = _outer_reporting_verb(ctx, verb)
    return outer is not None and _object_only(ctx, verb) and not any(
        t.text == ";" for t in verb.doc[outer.i : verb.i])


def _outer_reporting_verb(ctx: _Sentence, verb: Token) -> Token | None:
    """The earlier reporting verb whose complement ``verb`` lies in, climbing at most
    ``CHAIN_STEPS`` links of ``CHAIN_DEPS``; None where there is none."""
    reporting = ctx.rules.triggers["reports"]
    child = verb
    for _ in range(CHAIN_STEPS):
        head = child.head
        if child.dep_ not in CHAIN_DEPS or head.i == child.i:
            return None
        if child.dep_ == "ccomp" and head.pos_ == "VERB" and head.i < verb.i \
                and head.lemma_.lower() in reporting:
            return head
        child = head
    return None


def _object_only(ctx: _Sentence, verb: Token) -> bool:
    """Whether ``verb`` has a noun object and says nothing beyond it."""
    words = ctx.rules.words
    own_content = ctx.rules.denying | ctx.rules.accusing | words["citing"] | \
        words["figure_verbs"] | words["as_clause"] | words["needs_clause"]
    if verb.lemma_.lower() in own_content:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or any(c.dep_ in SAYING_DEPS for c in verb.children):
        return False
    if any(t.is_quote for t in verb.subtree):
        return False
    return not any(g.dep_ in NOUN_CLAUSE_DEPS or g.dep_ == "prep" and g.lower_ == "as"
                   for h in (verb, *objs) for g in h.children if g.i > verb.i)

"""A trailing attribution the parser hangs as the clause of the reporting verb before it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _Sentence, _subtree_ids

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_TIME_TYPES = frozenset({"DATE", "TIME"})


def clause_attribution(ctx: _Sentence, verb: Token) -> Token | None:
    """"Rokhlin said that Grachev bore responsibility for the deliveries, Interfax news agency
    reported.", "Hahn described the treaty as an example for the region, the news agency MIA
    reported.": a trailing attribution that the parser hangs as the complement clause of the
    reporting verb before it (often swallowing that verb's own clause). A finite reporting
    verb whose subject opens right after a comma past the earlier verb, with nothing but
    that subject between the comma and the verb and nothing but a date after it, and whose
    subject names an actor, reports the whole clause before the comma (dev conventions R7,
    R10: the outlet reports the nested claim too). The comma (None where this is not so)."""
    head = verb.head
    # (a past participle with a subject and no passive is read as the past: "…, Interfax
    # news agency reported on Friday" tags "reported" VBN)
    if verb.dep_ != "ccomp" or head.i >= verb.i or verb.tag_ not in _FINITE and not (
            verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)) or \
            head.lemma_.lower() not in ctx.rules.triggers["reports"]:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    edge = min(s.left_edge.i for s in subjects)
    doc = verb.doc
    comma = doc[edge - 1] if edge - 1 > head.i else None
    # (the subject, and an auxiliary or adverb of the verb: "…, Interfax has also reported")
    said_by = set().union(*(_subtree_ids(s) for s in subjects)) | {
        c.i for c in verb.children if c.dep_ in ("aux", "advmod", "neg")}
    if comma is None or comma.text != "," or any(i not in said_by for i in range(edge, verb.i)):
        return None
    if not _only_dated_after(ctx, verb):
        return None
    speaker = next((m for s in subjects if (m := _best_actor(ctx, s)) is not None
                    and m.cls in ctx.role("actor")), None)
    return comma if speaker is not None else None


def attribution_tail(ctx: _Sentence, verb: Token) -> set[int]:
    """The words of a trailing attribution hung as ``verb``'s clause ("…, Interfax news agency
    reported"), from its comma to the sentence's end: no part of what ``verb`` reports."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and (comma := clause_attribution(ctx, c)) is not None:
            return set(range(comma.i, ctx.sent.end))
    return set()


def _only_dated_after(ctx: _Sentence, verb: Token) -> bool:
    """Whether nothing but punctuation or a date ("on Friday", "last week") follows ``verb``
    to the sentence's end."""
    dated = set().union(*(_subtree_ids(c) for c in verb.children if c.i > verb.i and (
        c.dep_ in ("prep", "npadvmod", "advmod") and any(
            t.ent_type_ in _TIME_TYPES for t in c.subtree))))
    return all(t.is_punct or t.is_space or t.i in dated
               for t in verb.doc[verb.i + 1 : ctx.sent.end])

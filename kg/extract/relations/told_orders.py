"""An order told with a verb of telling (issue 12, stop 81, h-slice81): "<leader> told <state>
to expel the rebels", "<state> tells <state> to pull out troops" say what someone is to do,
nothing that could be true or false; the dev conventions give such a directive no line, as
"told them … to stop" (R2), while "told reporters that …" and "told him (that) …" stay claims
(R1). Not "warned X not to interfere", which the gold reads as a claim."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def tells_to_act(ctx: _Sentence, verb: Token) -> bool:
    """True for a verb of ``directing_tells`` (relations.yaml) with whom it tells after it and
    a to-infinitive after that, and no clause of its own ("told Banda to expel …", not "told
    Banda that Malawi must expel …")."""
    if verb.lemma_.lower() not in ctx.rules.words["directing_tells"] or any(
            c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    return told is not None and any(
        c.dep_ == "xcomp" and c.i > told.i and any(
            g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i for g in c.children)
        for c in verb.children)

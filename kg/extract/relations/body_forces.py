"""A force named after the organisation it serves ("<alliance> troops", "<body> peacekeepers",
"the alliance's jets"): in an agentless passive or a participle that places it ("have been
stationed in X", "stationed in Y") that organisation deploys it, as a nationality names the
state ("French troops have been stationed in X"; dev conventions D2, D3, D8). Issue 12,
stop 71, h-dep112."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.gazetteer import bracketed
from kg.extract.relations._base import _is_force, _Sentence
from kg.model import Mention


def owning_body(ctx: _Sentence, force: Token | None) -> list[Mention]:
    """The organisation named before ``force``'s head as its modifier or possessor, not a
    state's own body: an Agency mention keyed with no state ("<service> (<state>)" is a
    state's service, which ``_owning_service`` reads) and none of the ``state_corps`` (whose
    troops are their state's). None for a force that is itself the organisation's name or
    for neither a force nor materiel; a pronoun possessor is left to the caller ("its forces")."""
    if force is None or not (_is_force(force, ctx) or force.lemma_.lower() in
                             ctx.rules.words["materiel_force_nouns"]):
        return []  # (its people or its materiel: "<alliance> troops", "<alliance> jets")
    corps = {k.split(":")[0].lower() for k in ctx.rules.words["state_corps"]}
    own = ctx.own(force)
    found = [m for c in force.children
             if c.dep_ in ("compound", "poss", "nmod") and c.i < force.i and c.pos_ != "PRON"
             and (m := ctx.own(c)) is not None and m != own and m.cls == "Agency"
             and m.key and bracketed(m.key) is None and m.key.lower() not in corps]
    return found[:1]

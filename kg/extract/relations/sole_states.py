"""A force stationed somewhere with no nationality of its own: the one state the sentence
names outside the place deploys it (issue 12, stop 62, h-dep94). "Russia will pay no
rent for the base, which has about 7,000 troops stationed in X" (the base's holder names no
state, the sentence one); "islands under British rule … defended by fighters stationed at X"
(dev conventions D2, D3: the force's state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _agent, _is_force, _prep_objects, _Sentence, _subtree_ids
from kg.extract.relations.based_units import _place_state
from kg.model import Mention


def sole_state(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """The deployer of ``force``, which the agentless participle ``verb`` ("stationed")
    places: the only state the sentence names outside the participle's phrase, the
    clauses describing other nouns ("which Argentina calls the Malvinas") and the place's own
    state. None where two states or none are left, or the participle names no place."""
    if verb.lemma_.lower() not in ctx.rules.words["sole_state_verbs"] or \
            _agent(verb) is not None or not _is_force(force, ctx):
        return []
    places = [m for p in _prep_objects(verb, ctx.rules.place_preps)
              if (m := ctx.own(p)) is not None and m.cls in ctx.role("place")]
    if not places:
        return []
    above = {a.i for a in verb.ancestors}
    skip = _subtree_ids(verb) | {i for t in ctx.sent if t.dep_ == "relcl" and t.i not in above
                                 for i in _subtree_ids(t)}
    at = {_place_state(m) for m in places}
    states = [m for m in ctx.mentions(ctx.sent, {"Country"}, exclude=skip)
              if _place_state(m) not in at]
    return states[:1] if len({m.key for m in states}) == 1 else []

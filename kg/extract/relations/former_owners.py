"""The former owner of second-hand goods: "took over the former U.S. Coast Guard cutter X",
"takes over two former German navy submarines": goods a former-owner word (relations.yaml
``former_owner_words``) marks as once a state's armed service's come from that service, the
seller where the sentence names none (SU6's "ex-<state>" for a service; dev README, stop 70's
d1215–d1224 (36) for d1222, d1011's headline; issue 12, stop 73, h-sup118)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.gazetteer import bracketed, unbracketed
from kg.extract.relations._base import _Sentence
from kg.extract.tokens import premodified
from kg.model import Mention


def former_services(ctx: _Sentence, objects: Iterable[Token]) -> list[Mention]:
    """The armed service (``owning_services``, keyed "<Service> (<State>)") that modifies the
    first object marked former, as its one seller; none where no object is so marked ("the
    U.S. Coast Guard cutter": still the service's) or no service names the owner ("a former
    British frigate": the demonym's state, ``_national_sellers``)."""
    words = ctx.rules.words
    for o in objects:
        if not premodified(o, words["former_owner_words"]):
            continue
        before = [t for t in o.subtree if t.i < o.i]
        found = [m for m in ctx.mentions(before, frozenset({"Agency"}))
                 if m.key and bracketed(m.key) is not None
                 and unbracketed(m.key).lower() in words["owning_services"]]
        if found:
            return found[:1]
    return []


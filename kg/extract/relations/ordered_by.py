"""Who ordered a force sent, named by an order phrase on a passive of sending: "The jets were
dispatched to X on the orders of <Person>", "the task force was diverted to Y on <Person>'s
orders" (dev conventions D3: the person who orders troops sent is the deployer; gold of
d1278, d1358). The phrase tells the sender as a "by" agent would; the force's own state or
service is no deployer of that line (issue 12, stop 79, h-dep123)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _actors, _children, _prep_objects, _Sentence
from kg.model import Mention


def ordered_by(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The actor an order noun (relations ordering_nouns) names on ``verb`` by "on the orders
    of X", "on orders from X" or "on X's orders"; none where no such phrase hangs on it."""
    nouns = ctx.rules.words["ordering_nouns"]
    for order in _prep_objects(verb, {"on"}):
        if order.lower_ not in nouns:
            continue
        holders = [*_prep_objects(order, {"of", "from"}), *_children(order, {"poss"})]
        found = [m for h in holders for m in _actors(ctx, h)]
        if found:
            return found[:1]
    return []

"""Names in a force's own phrase that say nothing of who owns it (issue 12, stop 80,
h-dep126), so an agentless passive still reads the force as ownerless and the story's state
deploys it (dev conventions D3): a unit of a state's own forces that no entry lists, named by
its arm ("paratroopers of the Special Warfare Command", "troops of the 327th Airborne Battle
Group": a named unit's forces whose service the sentence does not name deploy as the state),
and a region the force came from ("helicopters from a base in Alberta", "Guard members from
Utah": a point of departure, D6, not an owner). A state or a listed body named there still
owns the force ("troops from Chad", "FNLA troops")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _prep_objects, _Sentence
from kg.model import Mention


def arm_named_unit(ctx: _Sentence, m: Mention) -> bool:
    """An Agency no entry lists whose name carries the word of a military arm
    (``unit_arm_words``: "Airborne", "Warfare"): a unit of a state's forces."""
    arms = ctx.rules.words["unit_arm_words"]
    return m.cls == "Agency" and m.key is None and \
        any(w.lower() in arms for w in m.span.text.split())


def origin_regions(ctx: _Sentence, force: Token) -> list[Mention]:
    """The regions a "from" phrase on ``force`` names: where it came from."""
    return [m for p in _prep_objects(force, {"from"})
            for m in ctx.mentions(p.subtree, {"Region"})]

"""A force that is itself a service, named by its members' plural ("the Marines", "U.S.
Marines", "Royal Marines"): in an agentless passive the service deploys its own forces (dev
conventions D3 as harmonised in stop 66: "The Marines were flown to X", "U.S. Marines are
stationed on Y", "Royal Marines of 3 Commando, who were landed at Z"), not the state its name
or nationality gives (issue 12, stop 66, h-dep101). A service named as the force itself is
one too ("The army was sent into X", "the navy was deployed to Y": D3 as harmonised in stop
67; h-dep104)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.gazetteer import unbracketed
from kg.extract.relations._base import _Sentence
from kg.model import Mention


def service_itself(ctx: _Sentence, force: Token | None) -> list[Mention]:
    """The service ``force`` names as a whole: an Agency keyed "Marine Corps (<state>)" or
    "Royal Marines" (``service_forces``, the key's body in lower case), also where ``force``
    is the unit of an "of" phrase on it ("Royal Marines of 3 Commando, who were landed": the
    parser hangs the relative on the unit). The caller checks that no agent sent the force ("by
    helicopter" is a means, not a sender). None for a force conjoined with others ("Marines and
    Rangers were flown": a mixed force keeps the state, as "troops and navy patrol boats" in
    D3) or one whose head is no mention of the service ("Men of 3 Commando": a unit, the
    state)."""
    if force is None or force.conjuncts:
        return []
    found = _service(ctx, force)
    if not found and force.dep_ == "pobj" and force.head.lower_ == "of" and \
            (unit := ctx.own(force)) is not None and unit.cls == "Agency":
        found = _service(ctx, force.head.head)
    return found


def _service(ctx: _Sentence, tok: Token) -> list[Mention]:
    """The mention of ``tok`` where it is one of the ``service_forces`` or an armed service
    (``owning_services``: "the army", "the Kenyan navy"); else none."""
    m = ctx.own(tok)
    if m is None or m.cls != "Agency" or not m.key:
        return []
    body = unbracketed(m.key)
    # ("The army was sent into X": a service named as the force itself deploys as itself too,
    # D3 as harmonised in stop 67, h-dep104)
    words = ctx.rules.words
    return [m] if body.lower() in words["service_forces"] | words["owning_services"] else []

"""A named unit a reduced participle bases abroad: "the Russian 14th Army, based in Tiraspol",
"patrol planes of the Maritime Self-Defense Force, already based in Djibouti" (issue 12,
stop 59, h-dep83). The census of standing bases (stop 58) gives a force based in another
state a line (a) with the named unit as deployer (b), and a unit at its home base none (c);
"which is based in" is read by ``deploys._stationed_unit``, this reads the participle."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.gazetteer import bracketed
from kg.extract.places import city_state, country_code, state_code
from kg.extract.relations._base import _agent, _is_force, _prep_objects, _Sentence
from kg.model import Mention


def participle_based_unit(ctx: _Sentence, verb: Token, force: Token) -> list[Mention]:
    """The unit that deploys ``force``, which the agentless participle ``verb`` ("based",
    "stationed") describes: the force itself where it is a named organisation, else the one
    its "of" phrase names. Only where the unit's state and the place's are both known and
    differ (a base abroad); none for a home base, an unknown place or an unnamed unit."""
    words = ctx.rules.words
    if verb.dep_ != "acl" or verb.lemma_.lower() not in words["standing_base_verbs"] or \
            _agent(verb) is not None or any(c.dep_ == "poss" for c in force.children):
        return []  # "Russia's fleet, based at": a nationality named, read elsewhere
    unit = ctx.own(force) if _is_force(force, ctx) else None
    if unit is None or unit.cls != "Agency":
        materiel = force.lemma_.lower() in words["materiel_force_nouns"] or \
            bool(ctx.mentions([force], {"Weapon"}))
        unit = next((m for p in _prep_objects(force, {"of"}) if (m := ctx.own(p)) is not None
                     and m.cls == "Agency"), None) if materiel or _is_force(force, ctx) else None
    if unit is None or unit.cls != "Agency" or not unit.key:
        return []
    home = _unit_state(unit.key)
    places = [m for p in _prep_objects(verb, ctx.rules.place_preps)
              if (m := ctx.own(p)) is not None and m.cls in ctx.role("place")]
    abroad = [m for m in places if (s := _place_state(m)) is not None and s != home]
    return [unit] if home is not None and abroad else []


def _unit_state(key: str) -> str | None:
    """ISO code of the state a unit's key names: in brackets ("14th Army (Russia)") or as its
    first words ("Japan Maritime Self-Defense Force"); None where it names none."""
    state = bracketed(key)
    if state is not None:
        return country_code(state)
    words = key.split()
    return next((c for n in range(min(3, len(words) - 1), 0, -1)
                 if (c := state_code(" ".join(words[:n]))) is not None), None)


def _place_state(place: Mention) -> str | None:
    """ISO code of the state a place is or lies in, where the place lists know it."""
    name = place.key or place.lemma  # (a place the gazetteer does not list has no key)
    return country_code(name) if place.cls == "Country" else city_state(name)

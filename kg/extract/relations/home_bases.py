"""A force "based" at home is no deployment (issue 12, stop 75, h-dep117): "the frigate HMCS
Vancouver, based in Esquimalt, British Columbia", "Canadian CF-18 fighters based at Cold Lake,
Alberta" (dev conventions D2; stop 58's census of standing bases (c), 8 readable files to 1: a
unit, ship or aircraft based at its home base on its own territory has no line). Only the
agentless participle or passive of ``home_base_verbs``: "stationed in" a place of the state's
own (a garrison at Kaliningrad, on Gotland) keeps its line, as the census decided it apart."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.places import country_code, subdivision_state
from kg.extract.relations._base import _agent, _Sentence
from kg.extract.relations.based_units import _place_state, _unit_state
from kg.extract.relations.set_off_places import comma_region
from kg.model import Mention


def at_home_base(ctx: _Sentence, verb: Token, deployer: Mention, place: Mention) -> bool:
    """Whether ``verb`` ("based") places the deployer's force at ``place`` in the deployer's
    own state, both states known (the place's from the place lists, else from the region named
    after it: "Cold Lake, Alberta")."""
    if verb.lemma_.lower() not in ctx.rules.words["home_base_verbs"] or verb.tag_ != "VBN" \
            or _agent(verb) is not None or not deployer.key:
        return False
    home = country_code(deployer.key) if deployer.cls == "Country" else \
        _unit_state(deployer.key) if deployer.cls == "Agency" else None
    return home is not None and _state_of(ctx, place) == home


def _state_of(ctx: _Sentence, place: Mention) -> str | None:
    """ISO code of the state ``place`` lies in: the place lists', else the subdivision's that
    the place is or that follows it after a comma ("Esquimalt, British Columbia")."""
    state = _place_state(place)
    if state is not None:
        return state
    name = place.key or place.lemma
    if place.cls == "Region" and name and (state := subdivision_state(name)) is not None:
        return state
    first = comma_region(ctx, place)
    if first is None:
        return None
    after = ctx.own(first)
    return subdivision_state(after.key or after.lemma or after.span.text)

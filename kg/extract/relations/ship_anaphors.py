"""A singular ship noun refers back to the one ship the article named: "Iceland ordered the
ship from X", "The frigate was delivered by Y" after "the offshore patrol vessel <Name>" or
"the <prefix> <Name>" (dev conventions E7: "the ship" fills the item with the named ship, not
with the kind noun written beside its name; issue 12, stop 71, h-sup116)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.gazetteer import DATA_DIR, RelationRules
from kg.extract.tokens import ANAPHOR_DETS, has_det
from kg.model import Mention
from kg.yaml_loader import load_yaml

KIND_DEPS = ("compound", "nmod", "amod")  # "the patrol vessel <Name>": the kind on the name


@cache
def hull_prefixes() -> frozenset[str]:
    """The navies' hull prefixes of ``patterns.yaml`` ("HMS", "BNS", "LE")."""
    return frozenset(load_yaml(DATA_DIR / "patterns.yaml").get("hull_prefixes") or ())


def names_ship(tok: Token, own: Mention, rules: RelationRules) -> bool:
    """Whether ``tok``, a word of the Weapon mention ``own``, shows it is a named ship: a
    proper noun a ship-kind noun introduces ("the offshore patrol vessel <Name>", "the frigate,
    <Name>") or a hull prefix before a name ("the BNS <Name>")."""
    if own.cls != "Weapon" or tok.pos_ != "PROPN":
        return False
    if tok.text in hull_prefixes():
        return tok.i + 1 < len(tok.doc) and tok.nbor().pos_ == "PROPN"
    kinds = rules.words["named_ship_kinds"]

    def kind(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in kinds

    return any(kind(c) and (c.dep_ in KIND_DEPS and c.i < tok.i or c.dep_ == "appos")
               for c in tok.children) or tok.dep_ == "appos" and kind(tok.head)


def _measured(c: Token) -> bool:
    """A modifier that measures the one ship rather than picking another: a number hyphened
    to its unit ("the 94-metre ship", "the 15-year-old frigate")."""
    words = list(c.subtree)
    return any(t.like_num for t in words) and any(t.tag_ == "HYPH" for t in words)


def _ship_noun(tok: Token, rules: RelationRules) -> bool:
    """A singular, definite ship noun with no modifier but a measure ("the ship", "The
    frigate", "the 94-metre ship"); not the kind beside a name ("the frigate <Name>": an item
    of its own, E6), nor "a second frigate", "the Russian frigate", "its frigate"."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in rules.words["ship_kinds"] \
        and has_det(tok, ANAPHOR_DETS) and tok.dep_ not in (*KIND_DEPS, "appos") \
        and not any(c.dep_ in (*KIND_DEPS, "nummod", "poss", "appos", "npadvmod")
                    and not _measured(c) for c in tok.children)


def named_ship_antecedent(tok: Token, found: Mention | None, ships: dict[str, Mention],
                          rules: RelationRules) -> Mention | None:
    """The named ship a singular, definite ship noun ("the ship", "the 94-metre ship") that is
    no mention refers to where the article so far named one ship (``ships``, name → mention)
    and coreference found no named weapon (``found`` None or a lower-case kind such as the
    "offshore patrol vessel" beside the name); else None. Two named ships: no guess."""
    if len(ships) != 1 or not _ship_noun(tok, rules):
        return None
    if found is not None and (not (found.key or found.span.text).islower()
                              or found in ships.values()):
        return None
    return next(iter(ships.values()))


def ship_descriptions(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                      ) -> dict[int, Mention]:
    """Token → the named ship a definite generic ship noun that is a mention of its own
    ("The frigate was delivered by X" after "the BNS <Name>") stands for: the article's one
    named ship so far, as ``named_ship_antecedent`` gives it to a noun that is no mention."""
    out: dict[int, Mention] = {}
    ships: dict[str, Mention] = {}
    for i in sorted(by_token):  # (the mentions' words only)
        own, tok = by_token[i], doc[i]
        if own.cls != "Weapon":
            continue
        if names_ship(tok, own, rules):
            ships.setdefault(own.key or own.span.text, own)
            continue
        ship = named_ship_antecedent(tok, own, ships, rules)
        if ship is None:
            continue
        # (the mention's words before the noun too: "The frigate" is one entity span)
        out.update({j: ship for j in range(tok.left_edge.i, tok.i + 1) if by_token.get(j) is own})
    return out

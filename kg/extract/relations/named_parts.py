"""A named part of a wider place, "the <Name> area/region of <Place>": "into the Zimithang area
of Arunachal Pradesh", "to the Saguenay region of Quebec" went to the named part and to the
place after "of", one destination each (dev conventions D1: a place in a named region has both
as destinations; gold of d773, d1359). The part's name is kept where the parser hangs it on the
part noun as a compound, which elsewhere only modifies a noun ("a former French base"); the
place after "of" is added where the part noun is the name's own last word or the noun it opens
(issue 12, stop 78, h-dep122)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _mention_tokens, _prep_objects, _Sentence
from kg.model import Mention


def _part_noun(ctx: _Sentence, tok: Token) -> bool:
    """A common noun of a part of a place (relations named_part_nouns: "area", "region")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.rules.words["named_part_nouns"]


def names_a_part(ctx: _Sentence, place: Mention, root: Token) -> bool:
    """``place`` (rooted at ``root``) is the name a part noun with no name of its own opens:
    "the Zimithang/compound area" (not "a former French/amod base", nor a Country)."""
    return place.cls == "Region" and root.dep_ == "compound" and root.text[:1].isupper() \
        and root.head.i > root.i and ctx.own(root.head) is None and _part_noun(ctx, root.head)


def wider_places(ctx: _Sentence, place: Mention, root: Token) -> list[Mention]:
    """The named places after "of" on the part noun ``place`` names: the noun its name opens
    ("the Zimithang area of X") or its own last word ("the Saguenay region of X")."""
    if place.cls != "Region":
        return []
    if names_a_part(ctx, place, root):
        noun = root.head
    elif _part_noun(ctx, root) and _mention_tokens(ctx, place)[:1] != [root]:
        noun = root
    else:
        return []
    return [m for o in _prep_objects(noun, {"of"}) for t in (o, *o.conjuncts)
            if t.text[:1].isupper() and (m := ctx.own(t)) is not None
            and m.cls in ctx.role("place") and m.span != place.span]

"""Where the "for" of a force setting out may hang below its verb (dev conventions D4, forces
under way; issue 12, stop 72, h-dep113).

"left X for Y" names Y by a "for" phrase on the verb or on the place left. The parser may hang
it one step lower: on the vehicle the force went in ("left A on a chartered flight for Y") or on
the named place a place noun stands for ("left the port city of A for Y"). These are the words
such a "for" may hang on, beside the verb and its object.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    _children,
    _prep_objects,
    _Sentence,
    _unnamed_place_noun,
)


def departure_heads(ctx: _Sentence, verb: Token) -> list[Token]:
    """The vehicle a departure verb names (the object of ``aboard_preps`` on it: "on a
    chartered flight") and the named place its object's place noun is "of" ("the port city
    of A"): the nouns a "for" of the force's course may hang on."""
    words = ctx.rules.words
    vehicles = [p for p in _prep_objects(verb, words["aboard_preps"]) if p.pos_ == "NOUN"]
    left = [o for d in _children(verb, {"dobj"}) if _unnamed_place_noun(ctx, d)
            for o in _prep_objects(d, {"of"})]
    return [*vehicles, *left]


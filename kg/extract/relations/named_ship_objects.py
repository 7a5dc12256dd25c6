"""A ship sent somewhere, introduced by its kind and name: "sent the landing ship <Name> to X",
"ordered the aircraft carrier <Name> to the Y". The small parser may take the kind noun for a
dative (the name in apposition on it), or split the name off as a second direct object that
carries the "to" phrase. Either way the kind and its name are the one thing sent, and the "to"
phrase is where it went (issue 12, h-dep109)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _is_force, _Sentence


def dative_force(ctx: _Sentence, verb: Token) -> Token | None:
    """The force noun the parser made a dative of ``verb`` although the verb has a "to"
    phrase of its own after it: beside a "to" phrase no dative stands, so the noun is what was
    sent ("sent the ship X to A")."""
    # (the "to" itself may be parsed as a second dative)
    tos = [p.i for p in _children(verb, {"prep", "dative"})
           if p.pos_ == "ADP" and p.lower_ in ctx.rules.to_preps]
    return next((d for d in _children(verb, {"dative"})
                 if d.pos_ == "NOUN" and _is_force(d, ctx) and any(i > d.i for i in tos)),
                None)


def split_names(verb: Token, obj: Token | None) -> list[Token]:
    """The names the parser split off ``obj`` as further direct objects of ``verb``: a proper
    noun right after the object's last word ("the aircraft carrier X": kind and name are one
    object, the name's own "to" phrase is the sending's)."""
    if obj is None or obj.pos_ != "NOUN":
        return []
    return [o for o in _children(verb, {"dobj"})
            if o.pos_ == "PROPN" and o.left_edge.i == obj.right_edge.i + 1]

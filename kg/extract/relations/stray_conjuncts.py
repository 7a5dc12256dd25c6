"""A place coordinated with a destination that the parser hangs above it: in "to the southern
region of Araucania and neighbouring Biobio" the second name is a conjunct of "region", not of
Araucania; in "sent 600 paratroopers to Poland and the three Baltic states" the second place
is a conjunct of the verb. Either is a second destination of the same sending (dev
conventions D6 and G2: one predicate, one line with both destinations; gold of d908, d1212;
issue 12, stop 81, h-dep128)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence, _unnamed_place_noun

COORDINATORS = frozenset({"and", ","})


def stray_conjuncts(ctx: _Sentence, root: Token) -> list[Token]:
    """Words after the destination ``root`` that the parse coordinated with the unnamed place
    noun ``root`` is "of" ("the region of X and Y"), or with the verb ``root``'s preposition
    hangs on where the conjunct is a noun that follows ``root``'s phrase at once ("to X and
    the Y"); the caller keeps those that are named places. None elsewhere."""
    if root.dep_ != "pobj":
        return []
    prep, above = root.head, root.head.head
    if prep.lower_ == "of" and _unnamed_place_noun(ctx, above):
        return [c for c in above.conjuncts if c.i > root.i]
    if prep.dep_ not in ("prep", "dative") or above.pos_ not in ("VERB", "AUX"):
        return []
    # (a noun is no conjunct of a verb: the parse broke the list "to X and the Y" after X)
    return [c for c in above.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            and _follows_at_once(root, c)]


def _follows_at_once(root: Token, conj: Token) -> bool:
    """Whether ``conj``'s phrase opens right after ``root``'s, one coordinator between them."""
    gap = conj.left_edge.i - root.right_edge.i
    return gap == 2 and root.doc[root.right_edge.i + 1].lower_ in COORDINATORS

"""One ship class, one node: a class is named with any ship noun, with or without "-class".

A story names a class of warships in several ways: "the MILGEM-class corvettes", "the MILGEM
corvette", "the first MILGEM ship"; "Type 206A submarines" and "the Type 206A boats"; "Oliver
Hazard Perry-class frigates", then "the Perry-class frigates". Extraction keys each phrase by
itself, so one class became two or three nodes (issue 12, s64 h-cls1); the dev gold has one.

Within one document, a class name is the capitalised words before a ship noun (roles.yaml
``ship_nouns``, ``ship_heads``; the gazetteer's ship kinds), "-class" dropped. Two keys name one
class when their class names are equal, or when one is the other's opening words ("Gowind"
and "Gowind 2500": a variant of the class) or closing words ("Perry" of "Oliver Hazard
Perry"), and the document names no other class either could be. A named ship ("the frigate
Aradu", keyed "Aradu") has no ship noun in its key and is never joined to its class; two
classes ("Type 209" and "Type 212A") differ in a word and stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

CLASS_SUFFIX = "-class"
# Ship nouns that say only "a ship": the class's own kind ("corvette") names it better.
GENERAL_SHIP_NOUNS = frozenset({"ship", "warship", "vessel", "boat", "craft"})


def class_name(key: str, ship_words: Collection[str],
               owner: Callable[[str], bool] = lambda word: False) -> tuple[str, ...] | None:
    """("MILGEM",) of "MILGEM-class corvette" or "MILGEM ship"; None unless ``key`` is a
    capitalised name (no lower-case word) before one ship noun, and its first word is no
    ``owner`` (a state, its adjective, a body: "Russian warship" and "Russian submarine" are
    two ships of one navy, not one class)."""
    *name, noun = key.split() or [""]
    if noun not in ship_words or not name or owner(name[0]):
        return None
    if name[-1].endswith(CLASS_SUFFIX) and len(name[-1]) > len(CLASS_SUFFIX):
        name[-1] = name[-1][:-len(CLASS_SUFFIX)]
    if not all(w[:1].isupper() or w[:1].isdigit() for w in name) or not name[0][:1].isupper():
        return None
    return tuple(name)


def _same_class(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether class names ``a`` and ``b`` name one class: equal, or one opens or closes the
    other."""
    short, long_ = sorted((a, b), key=len)
    n = len(short)
    return short == long_[:n] or short == long_[-n:]


def _rank(key: str, name: tuple[str, ...]) -> tuple[int, int, int, str]:
    """Which key of one class the node keeps: the fullest name, then the class's own kind
    ("corvette" over "ship"), then the "-class" form; the key itself breaks a tie."""
    return (-len(name), key.split()[-1] in GENERAL_SHIP_NOUNS, CLASS_SUFFIX not in key, key)


def ship_class_keys(keys: Iterable[str], ship_words: Collection[str],
                    owner: Callable[[str], bool] = lambda word: False) -> dict[str, str]:
    """Each key of ``keys`` that names a ship class another key names too → the key of that
    class's node (see the module docstring; ``owner`` as in `class_name`); a key that could
    join two classes is left."""
    names = {k: n for k in sorted(set(keys))
             if (n := class_name(k, ship_words, owner)) is not None}
    out: dict[str, str] = {}
    for key, name in names.items():
        group = [k for k, n in names.items() if _same_class(name, n)]
        if len(group) < 2:
            continue
        # every key of the group must name the same class as every other ("Type 209" and
        # "Type 212A" both open with "Type": no join through a shorter key)
        if not all(_same_class(names[a], names[b]) for a in group for b in group):
            continue
        best = min(group, key=lambda k: _rank(k, names[k]))
        if best != key:
            out[key] = best
    return out

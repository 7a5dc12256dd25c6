"""A state body called by its owner ("Angola's air force", "its air force") was called by its
kind in that article too ("the air force"): the kind is one of the node's descriptions there
(``Entity.descriptions``, what `kg.evaluate` matches a gold mention against), where no other
body of the article is called by that kind with an owner (h-agy4, issue 12 stop 64)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable

# Possessive determiners that own a state body as a state's name does ("its air force").
OWNER_PRONOUNS = frozenset({"its", "his", "her", "their"})


def owned_body(form: str, kinds: Collection[tuple[str, ...]]) -> str | None:
    """"Angola's air force", "its air force", "China's Defence Ministry" → "air force", "defence
    ministry": the kind of state body (``kinds``, roles ``agency_nouns``) that a possessive
    phrase names, lower-case; None for any other form ("Angola Air Force", "the air force")."""
    owner, sep, body = form.rpartition("'s ")
    if not sep:
        first, _, body = form.partition(" ")
        if first.lower() not in OWNER_PRONOUNS:
            return None
    elif not owner:
        return None
    folded = body.casefold()
    return folded if tuple(folded.split()) in kinds else None


def owned_descriptions(forms: Iterable[tuple[str, str]],
                       kinds: Collection[tuple[str, ...]]) -> dict[str, set[str]]:
    """Node key → the kinds it was called by with an owner, from an article's Agency (key,
    form) pairs ``forms``; a kind two nodes were called by is neither's ("Azerbaijan's defence
    ministry" … "Armenia's defence ministry": a bare "defence ministry" could be either), nor
    one that another node was called by bare ("the navy said" of Indonesia's navy … "Malaysia's
    navy": the bare "navy" is the other's; h-rep119)."""
    owners: dict[str, set[str]] = defaultdict(set)  # kind → node keys called by it
    bare: dict[str, set[str]] = defaultdict(set)  # kind → node keys called by it alone
    for key, form in forms:
        if (kind := owned_body(form, kinds)) is not None:
            owners[kind].add(key)
        elif tuple(folded := form.casefold().removeprefix("the ").split()) in kinds:
            bare[" ".join(folded)].add(key)
    out: dict[str, set[str]] = defaultdict(set)
    for kind, keys in owners.items():
        if len(keys) == 1 and not bare[kind] - keys:
            out[next(iter(keys))].add(kind)
    return dict(out)

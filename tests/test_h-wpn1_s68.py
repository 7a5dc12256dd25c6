"""Issue 12, h-wpn1 (stop 68): a generic kind ranked by a superlative or an ordinal ("the most
modern combat aircraft", "its most modern tanks", "the largest warships") describes the named
system of that kind in its sentence (stop 53's census: no kind of its own); without such a
system, beside a system of another kind, or ranked "first" (readable gold splits), it stays
the kind (sentences written for these tests, real spaCy parse).
"""

from __future__ import annotations

import pytest


def _keys(run, text: str) -> set[str]:
    """The keys of every Weapon mention."""
    mentions, _ = run(text)
    return {m.key or "" for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania has received twelve F-16 fighter jets from the United States, the most modern "
     "combat aircraft in its air force, officials said.", "fighter jet"),
    ("Ruritania took delivery of forty Leopard 2 tanks from Germany, giving its army its most "
     "modern tanks since independence.", "tank"),
    ("The navy of Ruritania commissioned two Sovremenny-class destroyers on Monday, the largest "
     "warships ever to join its fleet.", "warship"),
])
def test_ranked_kind_beside_a_named_system_is_that_system(run, text, kind):
    assert kind not in _keys(run, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania wants to buy the most modern combat aircraft it can afford.", "fighter jet"),
    ("Ruritania has received twelve F-16 fighter jets, and its neighbour has the largest "
     "warships in the region.", "warship"),
    ("Ruritania took delivery of forty Leopard 2 tanks from Germany, giving its army its first "
     "modern tanks since independence.", "tank"),
])
def test_ranked_kind_without_a_system_of_its_kind_stays_the_kind(run, text, kind):
    assert kind in _keys(run, text)

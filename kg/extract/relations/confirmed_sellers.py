"""A state named by nationality as the seller of goods a firm also sold, where the article names
that state itself as the seller of the same kind to the same buyer: "X receives Swedish jets"
over a body that says both "the jets, bought from Sweden" and "delivered by Saab, the Swedish
manufacturer". The nationality is then the seller the body confirms (SU6's "receives Russian
jets"), not only the goods' origin, which a firm's sale alone would make it (SU6's "buys German
Leopard tanks" from the named maker; issue 12, stop 67, h-sup106)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.extract.gazetteer import bracketed
from kg.model import Mention, RelationMention

# (supplier state, buyer state, kind of goods)
Sale = tuple[str, str, str]


def buyer_state(m: Mention) -> str:
    """The state a recipient stands for: a state itself, a state body by its bracketed state
    ("Air Force (Thailand)" → "Thailand"), else its own key."""
    key = m.key or m.lemma
    return key if m.cls == "Country" else bracketed(key) or key


def kinds(items: Iterable[Mention]) -> set[str]:
    """The kinds of goods: each item's key and its head noun, for a generic key ("armed drone":
    "drone") and a named one with a trailing kind ("Bayraktar TB2 drone": "drone"), so that a
    headline's kind meets the body's named system of that kind."""
    out: set[str] = set()
    for m in items:
        key = m.key or m.lemma
        out.add(key)
        last = key.split()[-1] if key.split() else ""
        if len(key.split()) > 1 and last.isalpha() and last.islower():
            out.add("kind:" + last)
    return out


def confirmed_sales(found: Iterable[RelationMention],
                    by_nationality: Callable[[RelationMention], bool]) -> set[Sale]:
    """The sales the article states with the seller state named in its own right (not only
    as a nationality, ``by_nationality``): asserted supplies by a Country, with a recipient and
    an item, each (seller, buyer state, kind)."""
    out: set[Sale] = set()
    for r in found:
        if r.relation != "supplies" or r.attr("certainty") not in (None, "asserted") or \
                not r.role("item") or by_nationality(r):
            continue
        for s in r.role("supplier"):
            if s.cls == "Country" and s.key:
                out |= {(s.key, buyer_state(b), k) for b in r.role("recipient")
                        for k in kinds(r.role("item"))}
    return out


def confirmed(r: RelationMention, sales: set[Sale]) -> bool:
    """Whether the nationality seller of ``r`` sells, elsewhere in the article, the same kind
    to the same buyer in its own name."""
    seller = r.role("supplier")[0].key
    buyers = {buyer_state(b) for b in r.role("recipient")}
    # (a generic kind, "first Russian attack helicopters", is met by any kind the state sold
    # that buyer: "received Mi-35M attack helicopters from Russia" is keyed by the name;
    # h-prec5)
    generic = all((m.key or m.lemma).islower() for m in r.role("item"))
    return any((seller, b, k) in sales for b in buyers for k in kinds(r.role("item"))) or \
        generic and any(s == seller and b in buyers for s, b, _ in sales)

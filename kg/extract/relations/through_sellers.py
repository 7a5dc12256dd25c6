"""A purchase made "through" a named firm or body: "ordered … through the United States Navy,
which acted as the seller", "agreed to buy the ship through Euromarine Industries, … the main
contractor": the firm or body after "through"/"via" sells, read like "from" (SU1; dev d912,
d1391), as a supply verb's "through the defence export agency ODAS" already adds its agency.
Only a `Company` or `Agency` that the object itself names: a state after "through" may be a
route ("bought rifles through Pakistan"), and a deal or programme ("through the Pentagon's
foreign military sales programme") is ``_deal_sellers``' to read, not its possessor's."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _prep_objects, _Sentence
from kg.model import Mention

SELLING = ("Company", "Agency")


def through_sellers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The firms and bodies named as the objects of "through"/"via" on the purchase ``verb``
    (conjuncts too: "through Thales and Naval Group"); [] where none is one."""
    out: list[Mention] = []
    for pobj in _prep_objects(verb, {"through", "via"}):
        for t in (pobj, *pobj.conjuncts):
            m = ctx.own(t)
            if m is not None and m.cls in SELLING and m not in out:
                out.append(m)
    return out

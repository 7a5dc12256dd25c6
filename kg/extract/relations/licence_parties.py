"""Licence parties: the licensor named in apposition to a noun after "from" ("under licence
from the American firms A and B", "from the Italian builder, now C") and the licensee of a
passive with no agent, the firm whose yard or plant the goods are made at ("were assembled at
the state D shipyard under a licence", "are being built at the E yard of F under licence")
(dev conventions SU8: licensor → licensee; issue 12, stop 67, h-sup105)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _conjoined_actors, _prep_objects, _Sentence
from kg.model import Mention


def apposed_licensors(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """The actors named in apposition to the object of "from" and in the apposition's
    conjuncts ("the companies A and B": A and B, not the nationality on the noun); empty
    where no actor stands in apposition."""
    return [m for a in _children(pobj, {"appos"}) for m in _conjoined_actors(ctx, a)]


def site_makers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The firm owning the site after "at" where a passive making verb's goods are made: the
    site's own firm name ("at the D shipyard") or the firm "of" it ("at the E yard of F")."""
    found: list[Mention] = []
    for site in sites(ctx, verb):
        own = ctx.own(site)
        firms = [own] if own is not None and own.cls == "Company" else [
            m for o in _prep_objects(site, {"of"}) for m in _conjoined_actors(ctx, o)
            if m.cls == "Company"]
        found += [m for m in firms if m not in found]
    return found


def sites(ctx: _Sentence, verb: Token) -> list[Token]:
    """The objects of "at" on ``verb`` that name a making site (``making_sites``)."""
    return [o for o in _prep_objects(verb, {"at"})
            if o.lemma_.lower() in ctx.rules.words["making_sites"]]

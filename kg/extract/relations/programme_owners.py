"""The owner of an aid programme gives what passes under it: "<weapons> were given to <state>
under a <body's> programme for <goods>", "<weapon> was handed to <state> under a <state's>
programme that <clause>". A passive transfer with no "by" agent, made under
a programme (``giving_programme_nouns``) that a state or body modifies, is that owner's supply
(SU7, as the programme's named giver "a programme that lets Washington give …" already is;
dev d1171, d1222; s70 h-sup113). A contract or an order is no programme: "under an Indian
order" names the buyer."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import OWNER_DEPS, _Sentence
from kg.model import Mention


def programme_owners(ctx: _Sentence, deals: list[Token]) -> list[Mention]:
    """The states and bodies that own the programmes among ``deals`` by a modifier before the
    noun; [] where none is a programme noun or none is owned by a named actor."""
    nouns = ctx.rules.words["giving_programme_nouns"]
    out: list[Mention] = []
    for deal in deals:
        if deal.lemma_.lower() not in nouns:
            continue
        for mod in deal.children:
            if mod.dep_ not in OWNER_DEPS or mod.i > deal.i:
                continue
            m = ctx.own(mod)
            if m is not None and m.cls in ("Country", "Agency") and m not in out:
                out.append(m)
    return out

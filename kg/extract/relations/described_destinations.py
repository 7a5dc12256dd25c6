"""A destination given by a bare description ("sent to the country", "to the islands", "to
the archipelago") that coreference read as the dateline's state: in a story filed from the
capital of a sender, the description names the place the story has been talking about, not
the dateline's state (dev conventions D6; issue 12, stop 70, h-dep111). The places meant are
those of the description's kind that the nearest sentence before named as places."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import COREF_WINDOW, _earlier_start, _Sentence
from kg.model import Mention


def described_elsewhere(ctx: _Sentence, pobj: Token, deployer: Mention) -> list[Mention]:
    """The places a bare "the <noun>" (``home_place_nouns``) that coreference resolved to
    the dateline's state stands for instead: of its kind (the description's classes), not the
    deployer, named as a place (the object of a place preposition, outside a clause that only
    names something: "known in X as Y") in the nearest sentence before it, this one included,
    within ``COREF_WINDOW`` ("… a mission in B. France … the troops it had sent to the
    country": B's state); every such place of that sentence for a plural ("stationed on A …
    and on B. Crews were sent to the islands": A and B), else its last. None where the
    description is not read as the dateline's state, where the place so named last is the
    dateline's state itself, or where no other place of its kind was so named (a story whose
    only state is the dateline's keeps it)."""
    home, rules = ctx.home, ctx.rules
    meant = ctx.own(pobj)
    if home is None or meant is None or not home.key or meant.key != home.key or \
            ctx.names(meant, pobj) or pobj.lower_ not in rules.words["home_place_nouns"] or \
            [c.lower_ for c in pobj.children if c.dep_ != "punct"  # ("for combat duty")
             and (c.dep_ != "prep" or c.lower_ == "of")] != ["the"]:
        return []
    kinds = rules.descriptions.get(pobj.lower_, frozenset())
    doc = pobj.doc
    found: list[Mention] = []
    sent_of = -1  # the start of the sentence ``found`` is of
    for t in reversed(doc[_earlier_start(ctx.sent, COREF_WINDOW) : pobj.i]):
        if found and t.sent.start != sent_of:
            break
        m = ctx.by_token.get(t.i)
        if m is None or m.cls not in kinds or m.key == deployer.key or \
                not ctx.names(m, t) or not _named_as_place(t, rules.place_preps,
                                                          rules.words["self_naming_verbs"]):
            continue
        if m.key == home.key:  # ("aid donor to V …, and it flew troops to the islands")
            if not found:  # the dateline's state is the place named last: it is meant
                return []
            continue
        if all(f.span != m.span for f in found):
            found.append(m)
            sent_of = t.sent.start
    found.reverse()  # (text order)
    return found if pobj.tag_ == "NNS" else found[-1:]


def _named_as_place(tok: Token, preps: frozenset[str], naming: frozenset[str]) -> bool:
    """Whether ``tok`` is the object of a place preposition ("in Bangui", "on Iturup") that
    does not hang on a verb of naming ("known in Japan as Kunashiri")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in preps and \
        tok.head.head.lemma_.lower() not in naming

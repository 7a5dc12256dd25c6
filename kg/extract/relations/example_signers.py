"""Signers named as examples of a plural signer noun: "was signed by the heads of the
delegations, among them A for X and B for Y" names A and B as signing (S3); the parser hangs
such a list anywhere (on the verb, as its object, or on a root it invents), so it is read off
the tokens after the noun (issue 12, s66 h-sig24)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.model import Mention

# Parts of speech that open a phrase about a listed item, not the item itself: "A for X",
# "in the presence of B", "as C looked on"; a verb ends the list ("…, officials said").
_PHRASE_POS = frozenset({"ADP", "SCONJ"})
_VERB_POS = frozenset({"VERB", "AUX"})
_RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})  # "who", "whose", "which"
_OWN_PREPS = frozenset({"of"})  # "the heads of state and government"
# the openers of a list of examples, as the key of kg/data/relations.yaml names them
OPENERS_KEY = "signer_example_openers"


def example_signers(ctx: _Sentence, agent: Token) -> list[Mention]:
    """The people that ", among them …" (``signer_example_openers``) lists right after a
    plural signer noun of a "by" agent or one of its conjuncts, a noun that names no actor of
    its own ("by A and the heads of state, among them B and C": B and C). None where no such
    list follows the noun."""
    words = ctx.rules.words
    out: list[Mention] = []
    for noun in (agent, *agent.conjuncts):
        if ctx.own(noun) is not None or noun.tag_ != "NNS" or \
                noun.lemma_.lower() not in words["signer_nouns"]:
            continue
        start = _list_start(ctx, noun, words[OPENERS_KEY])
        if start is not None:
            out.extend(m for m in _listed_people(ctx, start) if m not in out)
    return out


def _list_start(ctx: _Sentence, noun: Token, openers: frozenset[str]) -> int | None:
    """The index of the first word after ", among them" when that closes the noun's words,
    the first comma after the noun (the parser may hang the list on the noun or elsewhere)."""
    doc, end = noun.doc, ctx.sent.end
    comma = next((t.i for t in doc[noun.i + 1 : end] if t.text == ","), None)
    # (the comma after the noun's own words, "of" phrases included: not after a clause or a
    # phrase of circumstance, "in the presence of envoys, among them C")
    if comma is None or not all(noun.is_ancestor(t) and not (
            t.dep_ == "prep" and t.lower_ not in _OWN_PREPS) for t in doc[noun.i + 1 : comma]):
        return None
    for size in (2, 1):
        if comma + size < end and " ".join(
                t.lower_ for t in doc[comma + 1 : comma + 1 + size]) in openers:
            return comma + 1 + size
    return None


def _listed_people(ctx: _Sentence, i: int) -> list[Mention]:
    """The people of a list from token ``i``: items joined by commas and "and", each giving
    the first person it names before any preposition ("A for X": A, not X); an item that is a
    relative clause ("…, who took over from C,") gives none up to its closing comma; a verb
    outside such a clause, or a person who is its subject ("…, D said"), ends the list."""
    doc, end = ctx.sent.doc, ctx.sent.end
    out: list[Mention] = []
    done = relative = False  # the item has given its person or opened a phrase; a clause
    while i < end:
        tok = doc[i]
        if tok.text == "," or tok.lower_ == "and" and not relative:
            done = relative = False
            i += 1
            continue
        if tok.text in (";", ".") or tok.text == ":" and not relative:
            break
        if done or relative:
            i += 1
            continue
        m = ctx.own(tok)
        if m is not None and m.cls == "Person":
            if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in _VERB_POS
                   and ctx.own(t) is m for t in doc[tok.i : end]):
                break  # the subject of a clause of its own
            if m not in out:
                out.append(m)
            done = True
        elif tok.tag_ in _RELATIVE_TAGS and m is None:
            relative = True
        elif m is None and tok.pos_ in _VERB_POS:
            break
        elif m is None and tok.pos_ in _PHRASE_POS:
            done = True
        i += 1
    return out

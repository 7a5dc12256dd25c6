"""An accusation written as a relative clause on the accused: "Iran, which Bahrain has long
accused of stirring unrest", "a freighter, the Aurora, which Lima suspects of carrying
rockets", "attacks on tankers, which Peru blamed on Bolivia" (issue 12, stop 59, h-rep87;
dev conventions R4: the accuser's claim is the accusation, the accused as the text names it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _Sentence
from kg.extract.tokens import RELATIVE_PRONOUNS

# the prepositions that carry what the accused is charged with ("of arming", "for the
# bombings", "on Iran" of "blamed the attacks on Iran")
CHARGE_PREPOSITIONS = frozenset({"of", "for", "on", "over"})


def accused_antecedent(ctx: _Sentence, verb: Token) -> Token | None:
    """The noun that a relative clause of an accusing verb accuses, where the relative word is
    the verb's object, the clause has a subject of its own (the accuser) and a charge after
    the verb ("… of carrying rockets"); None where this is not so ("the ministry, which
    accused …": the pronoun accuses; "a charge it denied" is no accusation)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ctx.rules.accusing:
        return None
    objs = _children(verb, {"dobj"})
    if len(objs) != 1 or objs[0].lower_ not in RELATIVE_PRONOUNS or objs[0].i > verb.i:
        return None
    # (a named accuser only: "Karimov's government, which they accuse of …" — the pronoun's
    # antecedent lies outside the sentence, and coreference falls back on the accused itself)
    if not any(c.dep_ == "nsubj" and c.pos_ != "PRON" and c.lower_ not in RELATIVE_PRONOUNS
               and c.i < verb.i for c in verb.children):
        return None
    if not _charges(verb):
        return None
    return verb.head


def _charges(verb: Token) -> list[Token]:
    """The prepositional phrases after ``verb`` that say what it charges."""
    return [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
            and c.lower_ in CHARGE_PREPOSITIONS and _children(c, {"pobj", "pcomp"})]


def accusation_tokens(verb: Token, accused: Token) -> list[Token]:
    """The accusation as written: the accused's own phrase (less the relative clause and any
    other clause on it) and what the verb charges it with, in the sentence's order."""
    aside = {t.i for c in accused.children if c.dep_ in ("relcl", "acl", "appos")
             and c.i > accused.i for t in c.subtree}
    own = [t for t in accused.subtree if t.i not in aside]
    while own and own[-1].is_punct:
        own.pop()
    charged = [t for p in _charges(verb) for t in p.subtree]
    return sorted({t.i: t for t in (*own, *charged)}.values(), key=lambda t: t.i)

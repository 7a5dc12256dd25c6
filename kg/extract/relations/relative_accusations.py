"""An accusation written as a relative clause on the accused: "Iran, which Bahrain has long
accused of stirring unrest", "a freighter, the Aurora, which Lima suspects of carrying
rockets", "attacks on tankers, which Peru blamed on Bolivia" (issue 12, stop 59, h-rep87;
dev conventions R4: the accuser's claim is the accusation, the accused as the text names it).
A singular pronoun accuses too ("attacks on tankers that it blamed on Iran": whom coreference
finds), and an indefinite apposition re-describes the definite noun before its comma ("the
bombing of a synagogue, an attack that Peru blamed on Bolivia": the bombing; s77 h-rep123).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _Sentence
from kg.extract.tokens import RELATIVE_PRONOUNS, has_det

# the prepositions that carry what the accused is charged with ("of arming", "for the
# bombings", "on Iran" of "blamed the attacks on Iran")
CHARGE_PREPOSITIONS = frozenset({"of", "for", "on", "over"})
# pronouns that accuse by coreference ("that it blamed on Iran"); a plural "they" is left out:
# its antecedent is often a group kg does not name ("Rights groups …, which they accuse of …")
ACCUSING_PRONOUNS = frozenset({"it", "he", "she"})
# an apposition that only re-describes the noun before it ("…, an attack that …")
INDEFINITE = frozenset({"a", "an"})


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
    # (a named accuser or a singular pronoun: "Karimov's government, which they accuse of …" —
    # the plural's antecedent is a group kg does not name, and coreference falls back on the
    # accused itself)
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS and c.i < verb.i
               and (c.pos_ != "PRON" or c.lower_ in ACCUSING_PRONOUNS) for c in verb.children):
        return None
    if not _charges(verb):
        return None
    return verb.head


def reported_accuser(ctx: _Sentence, verb: Token) -> Token | None:
    """The speaker for whom a pronoun accuser stands inside what he says ("Lopes said the
    envoy had been let down by the ministry, which he accused of lying": Lopes, not the envoy
    coreference would find nearer): the subject of the reporting verb whose clause holds the
    relative, where the pronoun fits it (he/she a person, it no person); None otherwise. The
    climb passes through the nouns and coordinated verbs the relative hangs on."""
    if accused_antecedent(ctx, verb) is None:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj"
                    and c.lower_ in ACCUSING_PRONOUNS), None)
    tok = verb
    while pronoun is not None and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ctx.rules.triggers["reports"]:
            subj, passive = ctx.subject(tok.head)
            if subj is None or passive:
                return None
            # (a speaker named in an apposition: "His lawyer, X, said")
            subj = next((c for c in subj.children if c.dep_ == "appos"
                         and ctx.own(subj) is None and ctx.own(c) is not None), subj)
            m = ctx.own(subj)
            return subj if m is not None and (m.cls == "Person") == (
                pronoun.lower_ != "it") else None
        tok = tok.head
    return None


def _charges(verb: Token) -> list[Token]:
    """The prepositional phrases after ``verb`` that say what it charges."""
    return [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
            and c.lower_ in CHARGE_PREPOSITIONS and _children(c, {"pobj", "pcomp"})]


def accusation_tokens(verb: Token, accused: Token) -> list[Token]:
    """The accusation as written: the accused's own phrase (less the relative clause and any
    other clause on it) and what the verb charges it with, in the sentence's order; an
    indefinite apposition's phrase is the noun it re-describes."""
    named = _redescribed(accused)
    # (the apposition itself left out, wherever the parser hung it)
    aside = {t.i for t in accused.subtree} if named is not None else set()
    accused = named or accused
    aside |= _asides(accused)
    own = [t for t in accused.subtree if t.i not in aside]
    while own and own[-1].is_punct:
        own.pop()
    # (not a comma's relative clause on what is charged: "on Iran, which denies any role" is
    # the accused's own denial)
    denied = {i for p in _charges(verb) for o in _children(p, {"pobj"})
              for i in _asides(o, commas_only=True)}
    charged = [t for p in _charges(verb) for t in p.subtree if t.i not in denied]
    return sorted({t.i: t for t in (*own, *charged)}.values(), key=lambda t: t.i)


def _asides(tok: Token, commas_only: bool = False) -> set[int]:
    """The clauses and appositions after ``tok`` that hang on it (only those a comma opens)."""
    doc = tok.doc
    return {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos") and c.i > tok.i
            and (not commas_only or doc[c.left_edge.i - 1].text == ",") for t in c.subtree}


def _redescribed(accused: Token) -> Token | None:
    """The definite noun that an indefinite apposition re-describes: "the 1994 bombing of a
    community centre in the capital, an attack that …" → "bombing". The parser may hang the
    apposition on any noun of the sentence, so the phrase that ends at its comma is read: up
    from the word before the comma, through the objects of prepositions, to the outermost
    noun with "the" ("the shelling of a post in the Andes": the shelling); None where none
    is found."""
    doc = accused.doc
    start = accused.left_edge.i
    if accused.dep_ != "appos" or not has_det(accused, INDEFINITE) or start < 2 \
            or doc[start - 1].text != ",":
        return None
    tok, found = doc[start - 2], None
    while True:
        if tok.pos_ in ("NOUN", "PROPN") and has_det(tok, ("the",)):
            found = tok
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or \
                tok.head.head.pos_ not in ("NOUN", "PROPN"):
            return found
        tok = tok.head.head

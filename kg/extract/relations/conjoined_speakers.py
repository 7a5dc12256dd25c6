"""A speaker after the reported clause that the parser joins to the clause's last noun
(issue 12, stop 80, h-rep128). In "Russia has agreed to give Lebanon ten jets, <Name>, the
head of …, said" or "… took over a frigate, the <Ship>, which …, the <Body> said", the parser
makes the last noun of the clause ("jets", the ship) the verb's subject and the speaker a
conjunct of it: kg took the noun's conjuncts for speakers and cut the statement at the clause
the parser left. Read off the word order instead: the last conjunct, set off by a comma and
closing right before the verb, speaks; what comes before its comma is said (R1's trailing
attribution)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _sent_tokens, _Sentence
from kg.model import Mention

# tags of a finite verb: the words before the speaker must hold a clause to report
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the verb's own words that may stand between the speaker's phrase and the verb ("has said")
_VERB_WORDS = frozenset({"aux", "advmod", "neg"})
# what may follow a reporting verb that closes the sentence: "said on Friday.", "said today."
_AFTER_LAST = frozenset({"punct", "prep", "npadvmod", "advmod"})


def conjoined_speaker(ctx: _Sentence, verb: Token) -> tuple[Mention, list[Token]] | None:
    """The speaker of a finite reporting verb whose one subject, a noun of the clause before,
    has the speaker for its last conjunct (no "and" or "or": not a list of speakers), and the
    words before the speaker's comma; None where this is not so."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ == "relcl" or any(
            c.i > verb.i and c.dep_ not in _AFTER_LAST for c in verb.children):
        return None  # (not "…, which A, B and others claim", "… warned Pretoria against …")
    subjects = _children(verb, {"nsubj", "nsubjpass"})
    if len(subjects) != 1 or subjects[0].i > verb.i:
        return None
    noun = subjects[0]
    conjuncts = [c for c in noun.children if c.dep_ == "conj" and c.i < verb.i]
    if not conjuncts or any(_children(t, {"cc", "preconj"}) for t in (noun, *noun.conjuncts)):
        return None  # ("A, B and C said": a list of speakers)
    last, doc = conjuncts[-1], verb.doc
    left = last.left_edge.i
    if left - 1 <= ctx.sent.start or doc[left - 1].text != "," or any(
            not t.is_punct and not (t.head.i == verb.i and t.dep_ in _VERB_WORDS)
            for t in doc[last.right_edge.i + 1 : verb.i]):
        return None  # (the speaker's phrase, its apposition included, closes at the verb)
    speaker = ctx.own(last)
    if speaker is None or speaker.cls not in ctx.role("actor"):
        return None
    said = _sent_tokens(ctx, left - 1)
    if not any(t.tag_ in _FINITE for t in said if t.i < noun.left_edge.i):
        return None  # ("Iraq, Iran, Syria said": no clause before the names)
    return speaker, said

"""The speaker of a participle hung on a demanded clause (issue 12, stop 68, h-rep106):
"<A> demanded that <B> withdraw its ships, calling their presence a provocation" is A's
claim, not B's. The parser often hangs the participle on the verb of the "that" clause (or on
a clause inside it), whose subject is only the one the demand is made of; A, who demands,
calls (dev conventions R1: the claimant is who speaks)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def directing_verb(verb: Token, directives: Collection[str]) -> Token | None:
    """The verb of demanding (claims.yaml ``directive_verbs``: "demand", "urge", …) whose
    "that" clause holds the participle ``verb`` (an "-ing" adverbial clause after a comma),
    climbing at most three clauses; None where the participle hangs elsewhere or a
    directive's to-infinitive holds it ("urged Madrid to suspend sales, saying …" is parsed
    on its own)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or \
            verb.doc[verb.i - 1].text != ",":
        return None
    inner, v = verb, verb.head
    for _ in range(3):
        if v.dep_ not in ("ccomp", "conj", "advcl") or v.head.i == v.i:
            return None
        inner, v = v, v.head
        if v.pos_ == "VERB" and v.lemma_.lower() in directives:
            return v if inner.dep_ == "ccomp" and v.i < inner.i else None
    return None

"""Signers of an object relative clause the parser broke: "<agreement>, which A and B, <title
of B>, signed in X": the apposition closed by a comma before the verb makes the parser read
the verb as a participle hung on a noun of the apposition ("… adviser to C, signed in X") and
"which" as a noun of its own; the words between "which" and the verb are the signing clause's
subject, the agreement the one named right before "which" (issue 12, s68 h-sig29)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _best_actor, _Sentence
from kg.model import Mention

# the relative pronouns that open an object clause on a named agreement
_RELATIVES = frozenset({"which", "that"})
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# a verb with any of these has its own subject or object: the parse is no broken relative
_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "agent", "auxpass", "dobj"})
# words before the verb that belong to it ("…, also signed")
_VERB_WORDS = frozenset({"advmod", "aux", "neg"})


def broken_relative(ctx: _Sentence, verb: Token) -> tuple[Token, Mention] | None:
    """(the head of the clause's subject, the agreement) of a signing verb parsed as a
    participle whose subject and relative pronoun the parser hung elsewhere; None where the
    verb is no such clause's (its own subject or object, no comma right before it, a verb
    between the pronoun and it, no agreement right before the pronoun)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return None
    doc, start = verb.doc, ctx.sent.start
    first = min((c.i for c in verb.children if c.i < verb.i and c.dep_ in _VERB_WORDS),
                default=verb.i)
    if first - 1 <= start or doc[first - 1].text != ",":
        return None  # (the comma that closes the apposition)
    pronoun = next((t for t in reversed(doc[start : first - 1]) if t.lower_ in _RELATIVES
                    and t.tag_ == "WDT"), None)
    if pronoun is None:
        return None
    inner = range(pronoun.i + 1, first - 1)
    if any(doc[i].pos_ in _VERB_POS for i in inner):
        return None  # "…, which covers trade with A, signed …": another clause
    subject = next((doc[i] for i in inner if doc[i].pos_ in _NOUN_POS
                    and doc[i].head.i not in inner), None)
    before = pronoun.i - 1 if doc[pronoun.i - 1].text == "," else pronoun.i
    agreement = ctx.own(doc[before - 1]) if before - 1 >= start else None
    if subject is None or agreement is None or agreement.cls not in ctx.role("agreement"):
        return None
    # the verb hung on a noun of the subject's words ("… adviser to C, signed") or on the
    # agreement itself ("the Accord, which A and B, …, signed": read as "the Accord, signed")
    host = ctx.own(verb.head)
    if verb.head.i not in inner and host is not agreement:
        return None
    return subject, agreement


def conjunct_signers(ctx: _Sentence, subject: Token) -> list[Mention]:
    """The signer each conjunct of such a subject names, the others' words aside ("Georgian
    envoys and representatives of the rebel leader, A": the state, and A), where the first
    actor of the whole phrase would name only one of them."""
    items = (subject, *subject.conjuncts)
    out: list[Mention] = []
    for item in items:
        others = {t.i for o in items if o.i != item.i for t in o.subtree}
        found = _best_actor(ctx, item, others)
        if found is not None and found not in out:
            out.append(found)
    return out

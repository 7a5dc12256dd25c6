"""A service as the object of a joining verb: a career ("joined the army in 1990"), or the
body that a deal's fighters are to join ("the rebels are to disarm and join the army")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.gazetteer import Roles

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVES = ("who", "which", "that")


def career_join(service: Token, roles: Roles) -> bool:
    """Whether the service noun ``service`` is the object of a joining verb (``joining_verbs``)
    that names a career, not a body: any joiner but fighters (``joins_as_fighters``)."""
    verb = service.head
    return verb.lemma_.lower() in roles.joining_verbs and not joins_as_fighters(verb, roles)


def joins_as_fighters(verb: Token, roles: Roles) -> bool:
    """Whether the joiner of ``verb`` (its subject, or a conjunct of it) is fighters
    (``joining_fighters``: "rebels", "former guerrillas") or men a ``joining_fighter_modifiers``
    word describes ("armed men"): under a deal they join the service as a body, which the
    gold names (dev README, *Gold harmonised in stop 60* (4); issue 12, s65 h-agy7)."""
    joiner = _joiner(verb)
    if joiner is None:
        return False
    return any(t.lemma_.lower() in roles.joining_fighters
               or any(c.dep_ == "amod" and c.lower_ in roles.joining_fighter_modifiers
                      for c in t.children)
               for t in (joiner, *joiner.conjuncts))


def _joiner(verb: Token) -> Token | None:
    """The subject of ``verb``, found up a chain of coordinated or infinitive verbs ("are to
    disarm and join": the subject of "are"); a relative clause's noun for its relative
    pronoun ("rebels who joined"); None where no subject is written."""
    tok = verb
    for _ in range(8):  # a clause chain is short; the bound keeps a cyclic parse harmless
        subject = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES and tok.dep_ == "relcl":
                return tok.head
            return subject
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None

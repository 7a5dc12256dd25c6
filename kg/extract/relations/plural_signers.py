"""Plural signers told by a pronoun: "… five days after they had signed X" stands for the
plural subject of the clause it hangs from, not for whoever was named last (issue 12, s55
h-sig18)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.relations._base import SUBJECTS
from kg.extract.tokens import where
from kg.model import Mention

# (the clause links a "they" may hang from on the clause whose subject it repeats)
_CLAUSE_LINKS = ("advcl", "relcl", "ccomp", "conj", "xcomp", "acl")
# (the links by which an agreement a relative "they" signs hangs from the verb of the clause
# whose subject that "they" repeats: its object, or the object of one of its prepositions)
_OBJECT_LINKS = ("dobj", "pobj", "prep", "agent")
_ACTORS = ("Country", "Person", "Agency", "Company")
THEY = frozenset({"they"})


def _listed(tok: Token) -> Iterator[Token]:
    """``tok`` and the words listed with it: its conjuncts and appositions, their own, …
    ("Prime Minister A and his counterpart, B": A, counterpart, B)."""
    yield tok
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            yield from _listed(c)


def _actors(heads: list[Token], by_token: dict[int, Mention],
            resolved: dict[int, tuple[Mention, ...]]) -> list[Mention]:
    """The distinct actors the listed words of ``heads`` name or (a resolved plural) stand for."""
    found: dict[str, Mention] = {}
    for head in heads:
        for t in _listed(head):
            for m in resolved.get(t.i) or ((by_token[t.i],) if t.i in by_token else ()):
                if m.cls in _ACTORS:
                    found.setdefault(m.key or m.lemma, m)
    return list(found.values())


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object, or the object of whose preposition, a noun is: "run checks
    under the protocol they signed", "undertook to revive an agreement that they signed"
    (the agreement a relative "they" signs hangs from the clause whose subject that "they"
    repeats; issue 12, s73 h-sig38); None where the noun hangs from a verb by another link
    (a subject: "the treaty they signed bars …")."""
    head = noun
    for _ in range(6):
        if head.dep_ not in _OBJECT_LINKS or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def clause_they(doc: Doc, signing: Callable[[Token], bool], by_token: dict[int, Mention],
                resolved: dict[int, tuple[Mention, ...]]) -> dict[int, tuple[Mention, ...]]:
    """"The two men put their signatures to X, five days after they had signed Y", "a
    commitment that A and B put in writing when they signed Y": a "they" that signs inside a
    clause repeats the subject of the clause it hangs from, when that subject lists (or stands
    for) two or more actors of one class."""
    out: dict[int, tuple[Mention, ...]] = {}
    for tok in map(doc.__getitem__, where(doc, LOWER, THEY)):  # (no Token per word)
        if tok.i in resolved or tok.dep_ != "nsubj" \
                or not signing(tok.head):
            continue
        clause = tok.head
        while clause.dep_ in _CLAUSE_LINKS and clause.head.i != clause.i:
            clause = clause.head
            if clause.pos_ not in ("VERB", "AUX"):
                clause = _governing_verb(clause) or clause
                if clause.pos_ not in ("VERB", "AUX"):
                    continue  # ("a commitment that …": the noun a clause hangs from)
            # (a passive's subject too: "the two neighbours are bound by the treaty they
            # signed with C"; s75 h-sig41)
            subjects = [c for c in clause.children if c.dep_ in SUBJECTS
                        and (c.lower_ != "they" or c.i in resolved)]
            if not subjects:
                continue
            actors = _actors(subjects, by_token, resolved)
            if len(actors) > 1 and len({m.cls for m in actors}) == 1:
                out[tok.i] = tuple(actors)
            break
    return out


def _signers_of(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The people a signing verb names as its signers: those its subject lists ("A and B
    signed") or, passive, its "by" agent ("was signed by A and his counterpart, B"); not a
    "who" (the relative clause's antecedent is named elsewhere) nor people in a modifier."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    # (every "by" of the agent: "by A, by B and by C" hangs the last "by" on the one before)
    heads += [o for c in verb.children if c.dep_ == "agent" for by in _listed(c)
              for o in by.children if o.dep_ == "pobj"]
    found: dict[str, Mention] = {}
    for t in (t for h in heads for t in _listed(h)):
        m = by_token.get(t.i)
        if m is not None and m.cls == "Person":
            found.setdefault(m.key or m.lemma, m)
    return list(found.values())


def earlier_signers(tok: Token, count: int, signing: Callable[[Token], bool],
                    by_token: dict[int, Mention], window: int) -> tuple[Mention, ...]:
    """"A and B signed X. Regional leaders, among them C and D, watched as the two men put
    their names to the document": counted people signing are the signers of the last earlier
    signing (within ``window`` sentences) that names people as its signers, when it names
    exactly so many; not the people named last, who may only watch or have signed something
    else long ago ("since Nehru, who signed the Indus Waters Treaty") (s61 h-sig13)."""
    sents = [s for s in tok.doc.sents if s.end <= tok.sent.start][-window:]
    for verb in (t for s in reversed(sents) for t in reversed(s)):
        if not signing(verb):
            continue
        signers = _signers_of(verb, by_token)
        if signers:
            return tuple(signers) if len(signers) == count else ()
    return ()


def signers_beyond(tok: Token, count: int, last: dict[str, Mention], apart: bool,
                   signing: Callable[[Token], bool], by_token: dict[int, Mention]
                   ) -> tuple[Mention, ...]:
    """"A and B signed X. … (more than the window on other things) … B said …, C called … The
    two men signed Y in 2015": counted people signing, when the people named ``last`` are not
    so many, or are named apart (not one list) and share one of them, are the signers of the
    story's last earlier signing that names exactly so many; () keeps ``last`` ("A and B
    signed X. … C and B met on Monday. The two leaders signed Y": the pair just named)
    (issue 12, stop 78, h-sig44)."""
    if len(last) == count and not apart:
        return ()
    far = earlier_signers(tok, count, signing, by_token, tok.i + 1)  # (every sentence before)
    surnames = {(m.key or m.lemma).split()[-1] for m in far}
    if not far or len(last) == count and \
            not any((m.key or m.lemma).split()[-1] in surnames for m in last.values()):
        return ()
    return far

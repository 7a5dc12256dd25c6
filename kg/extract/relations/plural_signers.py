"""Plural signers told by a pronoun: "… five days after they had signed X" stands for the
plural subject of the clause it hangs from, not for whoever was named last (issue 12, s55
h-sig18)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.tokens import where
from kg.model import Mention

# (the clause links a "they" may hang from on the clause whose subject it repeats)
_CLAUSE_LINKS = ("advcl", "relcl", "ccomp", "conj", "xcomp", "acl")
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
                continue  # ("a commitment that …": the noun a clause hangs from)
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ != "they"]
            if not subjects:
                continue
            actors = _actors(subjects, by_token, resolved)
            if len(actors) > 1 and len({m.cls for m in actors}) == 1:
                out[tok.i] = tuple(actors)
            break
    return out

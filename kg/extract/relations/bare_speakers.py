"""A bare spokesman: "The Pentagon said the batteries were defensive. 'They protect our troops,' a
spokesman said", "In Washington, the State Department welcomed the summit, and a spokesman said
…", "The spokesman said …" after "an army spokesman said": a speaker noun with nothing but an
article on it speaks for the body that spoke last, the subject of the clause it is coordinated
with or of the reporting verbs before it (this sentence and the two before), through a
spokesman's own body where that speaker was one ("a ministry spokesperson", "a spokesman for the
navy"). Dev conventions R6: a spokesman of a body or state is that body or state; one of a
person gives none (issue 12, stop 74, h-rep119)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.gazetteer import RelationRules
from kg.extract.relations._base import SUBJECTS
from kg.extract.tokens import where
from kg.model import Mention

# the classes a spokesman may speak for (a person's spokesman speaks for nobody: R6)
_BODIES = frozenset({"Country", "Agency", "Company"})
# the pronouns that carry the same speaker on ("…, he said"; "It added …")
_SAME_SPEAKER = frozenset({"he", "she", "it", "they"})
_BACK = 2  # sentences before the speaker's own that the body may have spoken in


def bare_speaker_bodies(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                        ) -> dict[int, Mention]:
    """Token of each bare speaker noun that speaks → the body it speaks for (above); one whose
    body is a person, an unnamed speaker of no body, or nobody found is left out."""
    reporting = rules.triggers["reports"]
    out: dict[int, Mention] = {}
    # most articles have no speaker noun: the sentences are listed only for one that does
    found = where(doc, LOWER, rules.words["speaker_nouns"])
    sents = list(doc.sents) if found else []
    starts = [s.start for s in sents]
    for i in found:
        tok = doc[i]
        if tok.tag_ != "NN" or i in by_token or not _bare(tok) or not _speaks(tok, reporting):
            continue
        n = bisect_right(starts, i) - 1
        body = _last_body(tok, sents[max(0, n - _BACK):n + 1], rules, by_token, out)
        if body is not None:
            out[i] = body
    return out


def _bare(tok: Token) -> bool:
    """Only an article on the noun: "a spokesman", "the spokeswoman" (no "ministry", no "for
    X", no name in apposition)."""
    return all(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another")
               or c.dep_ == "punct" for c in tok.children) and \
        any(c.dep_ == "det" for c in tok.children)


def _speaks(tok: Token, reporting: frozenset[str]) -> bool:
    """The subject of a reporting verb, or "according to the spokesman"."""
    if tok.dep_ in SUBJECTS:
        return tok.head.lemma_.lower() in reporting
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _last_body(tok: Token, sents: list, rules: RelationRules, by_token: dict[int, Mention],
               found: dict[int, Mention]) -> Mention | None:
    """The body of the speaker before ``tok`` (latest first); None where that speaker is a
    person, no body, or there is none."""
    for t in _speakers_before(tok, sents, rules.triggers["reports"]):
        if t.i in found:
            return found[t.i]
        m = by_token.get(t.i)
        if m is None and t.lower_ in _SAME_SPEAKER:
            continue  # an unresolved "he said": the same unnamed speaker on
        if m is not None:
            return m if m.cls in _BODIES else None
        if t.lower_ in rules.words["speaker_nouns"]:
            # "a ministry spokesperson", "a spokesman for the navy": his body
            bodies = [b for c in t.subtree if c.i != t.i
                      if (b := by_token.get(c.i)) is not None]
            return bodies[0] if bodies and bodies[0].cls in _BODIES else None
        return None  # "Witnesses said", "Officials said": no body to speak for
    return None


def _speakers_before(tok: Token, sents: list, reporting: frozenset[str]) -> Iterator[Token]:
    """The subjects of the reporting verbs before ``tok`` in ``sents`` (its sentence last),
    latest first, and in its own sentence the subject of the clause its verb is coordinated
    with ("the State Department welcomed the summit, and a spokesman said"); not a subject
    inside what a reporting verb says ("'Britain has put arms sales first,' a spokeswoman
    said": Britain is spoken of, not speaking)."""
    verb = tok.head if tok.dep_ in SUBJECTS else tok.head.head.head
    first = verb.head if verb.dep_ == "conj" else None
    for sent in reversed(sents):
        for t in reversed(sent):
            if t.i >= tok.i or t.dep_ not in SUBJECTS or any(
                    a.lemma_.lower() in reporting for a in t.head.ancestors):
                continue
            if t.head.lemma_.lower() in reporting or first is not None and t.head.i == first.i:
                yield t

"""A reported clause's tail: what the parser hangs elsewhere after a statement ends early."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.relations._base import RELATIVE_PRONOUNS, SUBJECTS, _Sentence

# What a statement's tail may not open with: a coordinator or a subordinator that starts
# another clause ("…, and Malaysia has sent …", "…, while China has voiced …", "… and has
# sent troops"), unless "that" follows it at once ("said X, and that Y": one claim).
_OPENERS = frozenset({"and", "or", "but", "while", "whereas", "as", "nor", "yet"})
_TIME_TYPES = frozenset({"DATE", "TIME"})


def statement_tail(ctx: _Sentence, verb: Token, ids: Collection[int]) -> list[int]:
    """"said that the treaty would take effect once …, and that Kiev expected …", "said
    Colombia was ready to send troops to Narino, the department facing …, to work with …",
    "accused officials of crimes against humanity, including enslavement …": the parser ends
    the reported clause early and hangs the rest of the sentence on the reporting verb or on
    a verb above it; the statement runs on to the sentence's end (dev conventions: "said X
    and that Y" is one line; R1 the reported clause as written). Only for a statement that
    follows its verb, and not where the rest is another clause of its own (a subject not
    opened by one of ``tail_marks``, an opening coordinator, a participle), another report
    (a reporting, denying, accusing or citing verb, "according to", a statement or charge
    noun), a quotation, a semicolon, the predicate of the speaker's own clause, only a date,
    or where it was said ("…, at a meeting with …") (indices of the tail; none where it does
    not run on)."""
    if not ids or min(ids) <= verb.i:
        return []
    sent, doc = ctx.sent, ctx.sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct and not doc[end - 1].is_quote
                                or doc[end - 1].is_space):  # (a headline's line breaks)
        end -= 1
    tail = [doc[i] for i in range(max(ids) + 1, end)]
    words = [t for t in tail if not t.is_punct and not t.is_space]
    rules = ctx.rules
    if not words or any(t.is_quote or t.is_space for t in tail) or _opens_clause(words[0]) \
            or words[0].pos_ == "ADP" and words[0].lower_ in rules.words["setting_preps"]:
        return []  # ("…, at a meeting with tribal leaders": where it was said)
    if all(t.ent_type_ in _TIME_TYPES or t.pos_ in ("ADP", "DET") for t in words):
        return []  # "…, on Monday": when it was said
    if any(t.text == ";" for t in tail) or _speakers_predicate(verb, words):
        return []
    reporting = rules.triggers["reports"] | rules.denying | rules.accusing | \
        rules.words["citing"] | {"accord"}
    nouns = rules.words["statement_nouns"] | rules.words["carrying_nouns"] | \
        rules.words["sourced_nouns"]  # ", a charge first made by Washington"
    tail_ids = {t.i for t in tail}
    marks = rules.words["tail_marks"]
    if any(t.pos_ == "VERB" and t.lemma_.lower() in reporting
           or t.pos_ == "NOUN" and t.lemma_.lower() in nouns
           or t.dep_ in SUBJECTS and not _subject_in_marked_clause(t, tail_ids, marks)
           for t in words):
        return []
    return sorted(tail_ids)


def _speakers_predicate(verb: Token, words: list[Token]) -> bool:
    """"Pakistan, which accuses India of …, made no official comment": the rest holds the
    predicate of the clause the reporting verb hangs in, the speaker's own act; not a split
    predicate opened by an auxiliary ("which said a missile launched from a base … had
    struck the satellite", the parser's subject for "had struck" being the speaker)."""
    above = [t for t in words if t.is_ancestor(verb)]
    first = words[0]
    return bool(above) and not (first.dep_ in ("aux", "auxpass") and first.head in above)


def _opens_clause(first: Token) -> bool:
    """Whether the tail's first word starts another clause: a coordinator or subordinator
    not followed at once by "that", or a participle of its own ("…, prompting …")."""
    if first.lower_ in _OPENERS:
        nxt = first.nbor(1) if first.i + 1 < len(first.doc) else None
        return nxt is None or nxt.lower_ != "that"
    return first.tag_ == "VBG" and first.dep_ in ("advcl", "xcomp", "conj", "ccomp")


def _subject_in_marked_clause(subj: Token, tail: set[int], marks: frozenset[str]) -> bool:
    """A subject inside the tail that belongs to the statement: a relative pronoun, or one
    whose clause (or a clause around it inside the tail) is opened by one of ``marks``
    ("…, and that Kiev expected talks to begin", "… because it offered the best price")."""
    if subj.lower_ in RELATIVE_PRONOUNS:
        return True
    head = subj.head
    while head.i in tail:
        if any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False

"""What a denial written as a relative clause on a charge denies: "…, a charge it denied",
"…, a claim the Kremlin has rejected as absurd" (issue 12, dev conventions R4)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _Sentence, _words
from kg.model import Mention


def _before(tokens: list[Token], stop: int) -> list[Token]:
    """``tokens`` before index ``stop``, less punctuation at either end."""
    kept = [t for t in tokens if t.i < stop]
    while kept and kept[-1].is_punct:
        kept.pop()
    while kept and kept[0].is_punct:
        kept.pop(0)
    return kept


def _text(tokens: list[Token]) -> str:
    """The words of ``tokens`` as written (``_words``), each run of white space one space."""
    return " ".join(_words(tokens).split())


def _frame(ctx: _Sentence, comma: int) -> Token | None:
    """The verb whose accusation or claim the clause before the comma tells: the last one
    before it of an accusing verb with "of" and a gerund, or of a reporting verb with a clause
    (or an object and what it is called), whose own words reach the comma."""
    rules = ctx.rules
    reporting = rules.triggers["reports"] - rules.denying
    last = next((t.i for t in reversed(ctx.sent[: comma - ctx.sent.start]) if not t.is_punct),
                None)
    found = None
    for t in ctx.sent:
        if t.i >= comma or t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma in rules.accusing and _gerund(t) is not None or lemma in reporting and (
                _children(t, {"ccomp"}) or _children(t, {"oprd"})):
            words = [g.i for g in t.subtree if g.i < comma and not g.is_punct]
            found = t if words and words[-1] == last else found
    return found


def _gerund(verb: Token) -> Token | None:
    """The gerund of "accused X of V-ing …"."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _accused(ctx: _Sentence, frame: Token, claimant: Mention) -> str | None:
    """Who the accusation accuses, as its denial names it: the object as the accusation
    writes it, also where it is the denier by another name ("accused Bishkek of …, a charge
    Kyrgyzstan rejected" → "Bishkek", dev conventions R4 since stop 77: a capital too, not the
    denier's name); the denier itself where the accusation names it by no word of its own
    (the passive "was accused … of V-ing", a pronoun object), a state by its name (as
    ``_gerund_denial``); another pronoun by the mention it stands for ("accused her of …" →
    "Bhutto", not "her did not"; None where coreference found none)."""
    own = claimant.key if claimant.cls == "Country" and claimant.key else claimant.span.text
    obj = next(iter(_children(frame, {"dobj"})), None)
    if obj is None:
        return own
    if obj.pos_ != "PRON":
        return _text([t for t in obj.subtree if not t.is_punct])
    m = ctx.own(obj)
    if m is not None and claimant.key and m.key == claimant.key:
        return own
    return m.span.text if m is not None else None


def _accused_clause(ctx: _Sentence, frame: Token, claimant: Mention, comma: int
                    ) -> str | None:
    """"accused the authorities of poisoning him" → "the authorities did not poison him"."""
    act, who = _gerund(frame), _accused(ctx, frame, claimant)
    if act is None or who is None:
        return None
    rest = _before([t for t in act.subtree if t.i > act.i], comma)
    return " ".join([who, "did not", act.lemma_.lower(), _text(rest)]).strip()


def _told_clause(frame: Token, comma: int) -> str | None:
    """"said two officers had organised the plot" → "two officers had organised the plot";
    "called the operation 'a textbook example …'" → the object and what it is called."""
    parts = _children(frame, {"ccomp"}) or [*_children(frame, {"dobj"}),
                                            *_children(frame, {"oprd"})]
    tokens = sorted({t for p in parts for t in p.subtree}, key=lambda t: t.i)
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that")]
    said = _text(_before(tokens, comma)).strip("\"'“”‘’ ")
    return said or None


def charged_statement(ctx: _Sentence, verb: Token, claimant: Mention) -> str | None:
    """The statement of ``claimant``'s denial ``verb``, a relative clause on a noun of
    something said set off by a comma (the caller checks this shape): the accusation the
    clause before the comma tells, negated ("… accused X of V-ing …, a charge it denied" → "X
    did not V …"), or the clause a claim there states ("… said that S, a charge the army
    rejects" → "S"), with what the denial calls the charge ("rejected as absurd" → "; the
    charge is absurd"); None where that clause tells neither."""
    noun = verb.head
    comma = noun.left_edge.i - 1
    frame = _frame(ctx, comma)
    if frame is None:
        return None
    said = _accused_clause(ctx, frame, claimant, comma) \
        if frame.lemma_.lower() in ctx.rules.accusing else _told_clause(frame, comma)
    if not said:
        return None
    called = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.subtree if g.i > p.i]
    if called:
        said += f"; the {noun.lower_} is {_text(called)}"
    return said

"""Titled holders: in "by A and <State>'s defence minister, B", "by the chief of staff of <Body>,
General C", "D, <State>'s prime minister, and E signed" the state or body only describes the
title of a signer named beside it, set off by commas; the person named is the one who signs,
not the state or body (dev conventions S3: the people named as signing) (issue 12, stop 66,
h-sig25)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence
from kg.model import Mention

DASHES = ("-", "–", "—")
BOUNDS = (",", ";", ":", "(", ")", ".", '"', "“", "”")
TITLE_PREPS = ("of", "for")  # "minister of state for defence affairs"
MAX_HONORIFICS = 3  # "General", "Sheikh", "Field Marshal" the name's mention leaves out
UNNAMED = None  # a name the entity pass did not make a mention of ("…, No Kwang Chol,")


def titled_holders(ctx: _Sentence, parties: list[Mention]) -> list[Mention]:
    """``parties`` with each state or body that only describes a singular title of a person
    named beside it replaced by that person, or left out where the name is no mention."""
    out: list[Mention] = []
    for p in parties:
        found = _holder(ctx, p)
        if found is False:
            out.append(p)
        elif found is not UNNAMED:
            out.append(found)
    return list(dict.fromkeys(out))


def _holder(ctx: _Sentence, m: Mention) -> Mention | None | bool:
    """The person whose title every naming of ``m`` in the sentence describes (``UNNAMED``
    for a name that is no mention), or False where some naming is not such a description."""
    if m.cls == "Person" or m.cls not in ctx.role("actor"):
        return False
    runs: list[list[Token]] = []
    sent, by_token = ctx.sent, ctx.by_token
    for i in range(sent.start, sent.end):  # (a Token only for the mention's own words)
        if by_token.get(i) is m:
            t = sent.doc[i]
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
    if not runs:
        return False
    holders = [_run_holder(ctx, m, run) for run in runs]
    if any(h is False for h in holders) or len(set(map(id, holders))) != 1:
        return False
    return holders[0]


def _run_holder(ctx: _Sentence, m: Mention, run: list[Token]) -> Mention | None | bool:
    """The holder of the title around one naming of ``m`` (see ``_holder``)."""
    doc, start, end = ctx.sent.doc, ctx.sent.start, ctx.sent.end
    i = run[0].i - 1
    while i >= start and not _stop(ctx, m, doc[i]):
        i -= 1
    j = run[-1].i + 1
    while j < end and not _stop(ctx, m, doc[j]):
        j += 1
    words = [t for t in doc[i + 1 : j] if ctx.own(t) is not m]
    nouns = _title_nouns(ctx)  # (a union of three lists: built once, not per word)
    titles = [t for t in words if t.lemma_.lower() in nouns]
    # one holder: a singular title ("the foreign ministers of A and B, C and D" may make the
    # states parties too, d487)
    if not titles or any(t.tag_ in ("NNS", "NNPS") for t in titles):
        return False
    after = _name_after(ctx, j)
    if after is not False:
        return after
    # "B, <State>'s prime minister, …": the name right before the comma that opens the title
    if i >= start and doc[i].text == "," and i - 1 >= start and \
            (h := ctx.own(doc[i - 1])) is not None and h.cls == "Person":
        return h
    return False


def _stop(ctx: _Sentence, m: Mention, tok: Token) -> bool:
    """Where a title's words end: punctuation, a spaced dash, a verb, a preposition other than
    "of"/"for", or another mention."""
    own = ctx.own(tok)
    if own is not None:
        return own is not m
    spaced_dash = tok.text in DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in BOUNDS or spaced_dash or tok.pos_ in ("VERB", "AUX") or \
        tok.pos_ == "ADP" and tok.lower_ not in TITLE_PREPS


def _name_after(ctx: _Sentence, j: int) -> Mention | None | bool:
    """The person named right after the comma at ``j`` (honorifics between allowed), UNNAMED
    for two or three capitalised words no mention owns, closed by a comma or the end, or
    False."""
    doc, end = ctx.sent.doc, ctx.sent.end
    if j >= end or doc[j].text != ",":
        return False
    k = j + 1
    while k < min(end, j + 1 + MAX_HONORIFICS) and ctx.own(doc[k]) is None and doc[k].is_title:
        k += 1
    if k < end and (h := ctx.own(doc[k])) is not None:
        return h if h.cls == "Person" else False
    # (capitalised words all; the tagger may read a first "No" as a determiner)
    name = doc[j + 1 : k]
    closed = k >= end or doc[k].text in (",", ".")
    return UNNAMED if closed and len(name) >= 2 and name[-1].pos_ == "PROPN" else False


def _title_nouns(ctx: _Sentence) -> frozenset[str]:
    words = ctx.rules.words
    return words["unnamed_person_heads"] | words["signer_nouns"] | words["counterpart_nouns"]

"""Headline holders: in a headline "<State>'s president signs …", "Kyrgyz leader says …",
"Former Italian PM says …" the state only qualifies a leader's title whose holder the lines
below name ("Burundi's President Pierre Buyoya", "Former Italian prime minister Giuliano
Amato"); the person named is the one who signs or speaks, not his state (dev conventions S3:
the people named as signing, R6: a named speaker; the gold gives the person in the headline by
forward reference) (issue 12, stop 67, h-head2). A title nobody below holds for that state
stays the state's, as does a plural ("Macedonian leaders sign": the state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _affiliation_of, _in_headline, _Sentence
from kg.model import Mention

QUALIFIERS = ("poss", "amod", "compound")  # "Burundi's president", "Tajik president"
TITLE_WORDS = ("compound", "amod")  # "prime minister", "supreme leader"


def headline_holders(ctx: _Sentence, actors: list[Mention]) -> list[Mention]:
    """``actors`` with each state or body that, in a headline, only qualifies a singular
    leader's title replaced by the person the article names below with that title for it."""
    if not actors or not _in_headline(ctx):
        return actors
    out = [_holder(ctx, m) or m for m in actors]
    return list(dict.fromkeys(out))


def _owned_by(ctx: _Sentence, tok: Token, m: Mention) -> bool:
    """Whether ``tok`` is a word of mention ``m`` (mentions are compared as objects, tokens
    never are)."""
    return ctx.own(tok) is m


def _holder(ctx: _Sentence, m: Mention) -> Mention | None:
    """The holder of the leader's title that the one naming of ``m`` in the headline qualifies
    (see ``headline_holders``), or None."""
    if m.cls not in ("Country", "Agency"):
        return None
    sent, by_token = ctx.sent, ctx.by_token  # (a Token only for the mention's own words)
    toks = [sent.doc[i] for i in range(sent.start, sent.end) if by_token.get(i) is m]
    # (the mention's last word hangs on the title; its other words hang inside the name)
    roots = [t for t in toks if t.head.i == t.i or not _owned_by(ctx, t.head, m)]
    if len(roots) != 1:
        return None
    root = roots[0]
    head = root.head
    if root.dep_ not in QUALIFIERS or ctx.own(head) is not None:
        return None
    title = _title(ctx, head)
    if title is None:
        return None
    end = ctx.offset + ctx.sent.end_char  # (mentions' offsets are the document's)
    people = sorted((p for p in set(ctx.by_token.values()) if p.cls == "Person"
                     and p.span.start >= end and p.title and p.affiliation is not None),
                    key=lambda p: p.span.start)
    return next((p for p in people if _holds(ctx, p, title) and _affiliated(ctx, p, m)), None)


def _title(ctx: _Sentence, head: Token) -> str | None:
    """The singular leader's title ``head`` is with its title words ("prime minister"), an
    abbreviation written out ("PM", which the tagger takes for a proper noun), or None."""
    written = dict(e.split(" = ", 1) for e in ctx.rules.words["title_abbreviations"])
    if head.tag_ != "NN" and head.lower_ not in written:
        return None  # ("Macedonian leaders sign": the state)
    words = [c.lower_ for c in head.children if c.dep_ in TITLE_WORDS and c.i < head.i
             and ctx.own(c) is None and c.lower_ not in ctx.rules.words["past_title_modifiers"]]
    text = " ".join([*words, written.get(head.lower_, head.lower_)])
    titles = ctx.rules.words["leader_titles"]
    # (the title itself or its last words: "interim president", "Former Italian PM")
    return next((t for t in sorted(titles, key=len, reverse=True)
                 if text == t or text.endswith(" " + t)), None)


def _holds(ctx: _Sentence, person: Mention, title: str) -> bool:
    """Whether ``person``'s title is ``title`` ("leader": any leader's title)."""
    own = (person.title or "").lower()
    if title == "leader":
        return any(own == t or own.endswith(" " + t) for t in ctx.rules.words["leader_titles"])
    return own == title or own.endswith(" " + title)


def _affiliated(ctx: _Sentence, person: Mention, m: Mention) -> bool:
    """Whether the article names ``person``'s title as held for ``m`` (same key or name)."""
    held = _affiliation_of(ctx, person)
    return held is not None and (held.key or held.lemma) == (m.key or m.lemma)

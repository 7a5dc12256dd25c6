"""Bare denials (issue 12, stop 63, h-rep94): "Azerbaijan rejected the accusation.", a
headline's "Mali accuses France of arming jihadists; Paris rejects charge" deny the claim told
before them, so their statement is that claim's (dev conventions R4)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence, _words
from kg.model import RelationMention

# a denied noun's own words that leave it bare ("the accusation", "that charge")
BARE_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "such"})


def _noun(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or word.rstrip("s") in nouns


def bare_object(ctx: _Sentence, r: RelationMention) -> bool:
    """A denial whose statement only points back: its statement is a bare noun of something
    said, with a determiner ("rejected the accusation", "rejected that charge") or, for the
    nouns of an accusation, without one, as the denying verb's own object (a headline's
    "rejects charge"); no "as" may judge it."""
    words = (r.attr("statement") or "").lower().split()
    if r.relation != "reports" or r.attr("certainty") != "denied":
        return False
    if len(words) not in (1, 2):
        return _pointing_object(ctx, r)
    rules = ctx.rules.words
    det = len(words) == 2
    if det and words[0] not in BARE_DETERMINERS or not _noun(
            words[-1], rules["denied_objects"] if det else rules["headline_denied_nouns"]):
        return _pointing_object(ctx, r)
    verbs = [t for t in ctx.sent if t.text == r.trigger]
    # ("rejected the accusation as baseless" judges it: a claim of its own)
    if any(c.lower_ == "as" or any(g.lower_ == "as" for g in c.children)
           for v in verbs for c in v.children):
        return False
    return det or any(_bare_object_of(v, words[0]) for v in verbs)


# the denying verb's own words after its object that leave the object bare: when and how
# ("rejected the accusation within hours", "denied the charge on Tuesday", "flatly")
POINTING_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def _pointing_object(ctx: _Sentence, r: RelationMention) -> bool:
    """A denial whose object only points back although its statement runs on: the object is
    a noun of something said whose only words are a determiner or whose accusation it is
    ("rejected <the accuser>'s accusation"), and the verb's other words after it say only
    when or how ("rejected the accusation within hours"); no "as" judges it and no clause of
    its own follows (s74 h-rep105)."""
    nouns = ctx.rules.words["denied_objects"]
    for verb in (t for t in ctx.sent if t.text == r.trigger):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objs) != 1 or not _noun(objs[0].lower_, nouns):
            continue
        obj = objs[0]
        words = list(obj.children)  # (a bare "denied it" points back by other means)
        if obj.pos_ != "NOUN" or not words or any(
                c.i > obj.i or c.dep_ not in ("det", "poss")
                or c.dep_ == "det" and c.lower_ not in BARE_DETERMINERS
                or any(g.pos_ in ("VERB", "AUX") for g in c.subtree) for c in words):
            continue
        after = [c for c in verb.children if c.i > obj.i]
        if any(c.dep_ not in POINTING_ADJUNCTS or c.lower_ == "as" or any(
                g.pos_ in ("VERB", "AUX") or g.lower_ == "as" for g in c.subtree)
               for c in after):
            continue
        return True
    return False


def _bare_object_of(verb: Token, noun: str) -> bool:
    """``noun`` is ``verb``'s object with no words of its own (a headline's "rejects charge",
    not "denies charges of …")."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == noun]
    return len(objs) == 1 and all(c.is_space for c in objs[0].children)


def _act_of(ctx: _Sentence, verb: Token, prep: Token) -> bool:
    """``prep`` of ``verb`` introduces the act a claim tells: "of" ("accuses B of shelling"),
    or "for" after an accusing verb ("blames B for the attacks", not "calls for talks")."""
    return prep.head == verb and (prep.lower_ == "of" or prep.lower_ == "for"
                                  and verb.lemma_.lower() in ctx.rules.accusing)


def denied_part(ctx: _Sentence, r: RelationMention, told: list[RelationMention]) -> str | None:
    """A headline's bare "B denies role" after a claim of another in the same headline ("A
    accuses B of shelling a resort; B denies role", "A says it foiled plot by …; B denies
    role") denies a part in the event that claim tells: "B had no role in the shelling …" (dev
    conventions R4, the negated clause; s64 h-rep96). The event is the first common noun the
    claim's verb, or the clause it tells, takes as object ("calls police revolt …", "says it
    foiled plot") or after "of" ("accuses B of shelling …") or an accusing verb's "for"
    ("blames B for wave of attacks", s77 h-rep122), with its own words; None for
    other claims, a body's "denied any role" and a headline with no such event."""
    words = (r.attr("statement") or "").lower().split()
    if r.relation != "reports" or r.attr("certainty") != "denied" or len(words) != 1 \
            or words[0] not in ctx.rules.words["headline_denied_parts"] \
            or ctx.sent.text.rstrip()[-1:] in (".", "!", "?"):
        return None
    verbs = [t for t in ctx.sent if t.text == r.trigger and _bare_object_of(t, words[0])]
    claimants = list(r.role("claimant"))
    if len(verbs) != 1 or len(claimants) != 1:
        return None
    denier = {claimants[0].key or claimants[0].span.text}
    before = [a for a in told if a.relation == "reports" and a.attr("certainty") == "asserted"
              and not denier & {m.key or m.span.text for m in a.role("claimant")}]
    said = [t for a in before[-1:] for t in ctx.sent if t.text == a.trigger
            and t.i < verbs[0].i][-1:]
    # (the object of its own verb or of the clause it tells: "says it foiled plot"; an act
    # after "of": "accuses B of shelling villages", or after an accusing verb's "for": "blames
    # B for wave of attacks", s77 h-rep122)
    event = next((n for v in said for n in v.subtree if n.i > v.i and ctx.own(n) is None and (
        n.pos_ == "NOUN" and n.dep_ == "dobj" and n.head.pos_ == "VERB"
        or _act_of(ctx, v, n.head) and (n.dep_ == "pobj" and n.pos_ == "NOUN" or n.tag_ == "VBG"))),
        None)
    if event is None:
        return None
    what = [t for t in event.subtree if not t.is_punct or t.i < event.right_edge.i]
    who = claimants[0]
    name = who.key if who.cls == "Country" and who.key else who.span.text
    the = "" if what[0].dep_ in ("det", "poss") or event.tag_ == "VBG" else "the "
    return f"{name} had no {words[0]} in {the}{_words(what)}"

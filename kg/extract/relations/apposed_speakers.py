"""A speaker named beside an apposed title or description: "<Name>, the shipbuilder that built
the ships, said …", "…, and its secretary-general, <Name>, said …" (issue 12, stop 67,
h-rep103). The parser often loses the name from such a subject: it hangs the name on another
clause (an adverbial, a modifier of the verb before) and leaves the reporting verb with no
subject, or with the bare description noun, which names no one. Read off the word order
instead: a clause that opens with a name and its apposition, the two set off by commas right
before the verb, has the name for its speaker (dev conventions R6: a named spokesman speaks
for himself)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import (
    SUBJECTS,
    _children,
    _mention_root,
    _sent_tokens,
    _Sentence,
    _subtree_ids,
)
from kg.model import Mention

# the verb's own words that may stand between the closing comma and the verb: "has said",
# "has long accused"
_VERB_WORDS = frozenset({"aux", "advmod"})
# what may follow a reporting verb that closes the sentence: "said on Friday.", "said today."
_AFTER_LAST = frozenset({"punct", "prep", "npadvmod", "advmod"})


def apposed_speaker(ctx: _Sentence, verb: Token, subj: Token | None) -> tuple[Token, int] | None:
    """The name token that speaks for ``verb`` and the index where the verb's phrase starts
    (what is said comes after it), where the clause before the verb is a name and its apposed
    description, set off by commas (relations.yaml `apposition_openers` opens the
    description, `apposition_joiners` a clause coordinated after a comma); None where the
    parse already joins the name to the verb's subject ``subj``, or this is not so."""
    lead = _lead_verb(verb)
    start = _phrase_start(lead)
    doc, first = verb.doc, ctx.sent.start
    if start - 1 <= first or doc[start - 1].text != ",":
        return None
    commas = [i for i in range(first, start - 1) if doc[i].text == ","]
    if not commas:
        return None
    second = list(doc[commas[-1] + 1 : start - 1])
    opening = commas[-2] + 1 if len(commas) > 1 else first
    head = list(doc[opening : commas[-1]])
    words = ctx.rules.words
    if head and head[0].lower_ in words["apposition_joiners"] and opening > first:
        head = head[1:]  # "…, and its secretary-general, <Name>, said"
    elif opening > first and not (head and head[0].lower_ == "whose"):
        return None  # (a list, or a clause that does not open here)
    if not head or not second:
        return None
    name = _named(ctx, head)
    described = second
    if name is None or not _description(ctx, second, reported=True):
        name, described = _named(ctx, second), head
        if name is None or not _description(ctx, head, reported=False):
            return None
    root = _mention_root(ctx, name, doc[opening : start - 1])
    if root is None or (subj is not None and (
            root.i in _subtree_ids(subj)  # (the parse already has it)
            or (m := ctx.own(subj)) is not None and m.cls in ctx.role("actor")
            and not described[0].i <= subj.i <= described[-1].i)):
        return None
    return root, start


def trailing_apposed_speaker(ctx: _Sentence, verb: Token) -> tuple[Mention, list[Token]] | None:
    """"…, a spokesman for the command, <Name>, said.", "…, the host, <State>'s President
    <Name>, said.": a subjectless reporting verb that closes the sentence after a description
    and the name it describes, each set off by commas, after a clause of its own. The
    speaker and what it said (the words before the description); None where this is not so."""
    doc, first = verb.doc, ctx.sent.start
    if _children(verb, set(SUBJECTS)) or doc[verb.i - 1].text != "," or any(
            c.i > verb.i and c.dep_ not in _AFTER_LAST for c in verb.children):
        # (a speaker of its own, or words after it: "a charge its leader, <Name>, called
        # 'a lie'" calls something)
        return None
    commas = [i for i in range(first, verb.i - 1) if doc[i].text == ","]
    if len(commas) < 2:
        return None
    name_toks = list(doc[commas[-1] + 1 : verb.i - 1])
    described = list(doc[commas[-2] + 1 : commas[-1]])
    if not name_toks or not described:
        return None
    m = ctx.own(name_toks[-1])
    root = _mention_root(ctx, m, name_toks) if m is not None and m.cls == "Person" else None
    # (the name may carry its title: "<State>'s President <Name>")
    if root is None or not all(t.i in _subtree_ids(root) for t in name_toks) or any(
            t.pos_ in ("VERB", "AUX") for t in name_toks) or \
            not _description(ctx, described, reported=False):
        return None
    said = _sent_tokens(ctx, commas[-2])
    if not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in said):
        return None  # ("In Oslo, a spokesman, <Name>, said.": nothing before to report)
    return m, said


def _lead_verb(verb: Token) -> Token:
    """The first of coordinated verbs that share the speaker: "welcomed the deal but warned
    that …" (not a conjunct after a comma, nor one with a subject of its own)."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and verb.doc[verb.i - 1].text != "," and not _children(verb, set(SUBJECTS)):
        verb = verb.head
    return verb


def _phrase_start(verb: Token) -> int:
    """Where the verb's phrase starts: its auxiliaries and adverbs right before it."""
    start = verb.i
    while start > 0 and verb.doc[start - 1].head.i == verb.i and \
            verb.doc[start - 1].dep_ in _VERB_WORDS:
        start -= 1
    return start


def _named(ctx: _Sentence, toks: list[Token]) -> Mention | None:
    """The actor whose name the words are, all of them (less an article): not a mention the
    coreference gave a description ("the company")."""
    if toks[0].pos_ == "DET":
        toks = toks[1:]
    m = ctx.own(toks[0]) if toks else None
    if m is None or m.cls not in ctx.role("actor"):
        return None
    begin, end = toks[0].idx + ctx.offset, toks[-1].idx + len(toks[-1]) + ctx.offset
    return m if (m.span.start, m.span.end) == (begin, end) else None


def _description(ctx: _Sentence, toks: list[Token], reported: bool) -> bool:
    """Whether the words describe rather than name: an opening article or possessive ("the
    state-controlled shipbuilder …", "its secretary-general", "<State>'s ambassador to …"), a
    common noun, and no report of their own ("the ministry said": a speaker, not a
    description). A description before the name (``reported`` False) is a bare noun phrase."""
    opens = toks[0].lower_ in ctx.rules.words["apposition_openers"] or any(
        t.tag_ == "POS" for t in toks[1:4])
    if not opens or _named(ctx, toks) is not None or not any(t.pos_ == "NOUN" for t in toks):
        return False
    if not reported:
        return not any(t.pos_ in ("VERB", "AUX") for t in toks)
    reporting = ctx.rules.triggers["reports"]
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in reporting and any(
        s.dep_ in SUBJECTS and s.i in range(toks[0].i, toks[-1].i + 1) for s in t.children)
        for t in toks)

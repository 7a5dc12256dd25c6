"""Issue 13, stop 48 (h-perf30): the relations' shared clause helpers read a verb's children
off the document's children lists and word columns (``tokens.children_of``, ``lowers``)
instead of making a ``Token`` per child, with the same answers as the Token walks they
replace; and ``tokens.lemmas`` no longer keeps every document it read alive."""

from __future__ import annotations

import gc
import weakref

import spacy
from spacy.tokens import Doc, Token

from kg.extract.relations._base import (
    _agent,
    _hedged,
    _negated,
    _prep_objects,
    _sent_tokens,
)
from kg.extract.tokens import lemmas, lowers, texts

TEXTS = [
    "Russia did not send tanks to Ukraine, officials said; it has never sold jets to them.",
    "The missiles are to be supplied by Raytheon, and Poland may yet buy more from Korea.",
    "Kenya has neither confirmed nor denied that no troops were sent to Somalia by Nairobi.",
    "Washington reportedly sold Taiwan 66 F-16 jets and sent Stinger missiles to UNITA.",
    "China, which is expected to deliver drones to Iran, might also give rifles to Mali.",
]


def _old_negated(verb: Token, subject: Token | None, words: dict) -> bool:
    """``_negated`` as it walked Token objects before h-perf30."""
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children):
        return True
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in verb.children):
        return True
    first = verb.head if verb.dep_ == "conj" else verb
    if any(c.dep_ in ("preconj", "cc") and c.lower_ in ("neither", "nor")
           for c in first.children):
        return True
    if subject is not None:
        return any(c.dep_ in ("preconj", "det") and c.lower_ in words["negators"]
                   for c in subject.children)
    return False


def _old_hedged_kids(verb: Token, hedges: frozenset[str], modals: frozenset[str]) -> bool:
    """The first test of ``_hedged`` as it walked Token objects before h-perf30."""
    kids = list(verb.children)
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        kids += list(verb.head.children)
    return any(c.lower_ in hedges or (c.dep_ == "aux" and c.lower_ in modals) for c in kids)


def test_column_helpers_answer_as_the_token_walks(nlp):
    words = {"negators": frozenset({"no", "neither"})}
    hedge_words = {"hedge_adverbs": frozenset({"reportedly", "also"}),
                   "possibility_modals": frozenset({"may", "might"})}
    for doc in nlp.pipe(TEXTS):
        for tok in doc:
            for subject in (None, *(c for c in tok.children if c.dep_ == "nsubj")):
                assert _negated(tok, subject, words) == _old_negated(tok, subject, words)
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            found = _agent(tok)
            if agent is None:
                assert found is None
            else:
                pobjs = [g.i for g in agent.children if g.dep_ == "pobj"]
                assert found is None or found.i == pobjs[0]
            objects = [o.i for o in _prep_objects(tok, {"to"})]
            old = [o.i for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"] + \
                [c.i for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            assert set(old) <= set(objects)
            if _old_hedged_kids(tok, hedge_words["hedge_adverbs"],
                                hedge_words["possibility_modals"]):
                assert _hedged(tok, hedge_words)


def test_sent_tokens_are_the_sentence_words_before_a_stop(nlp):
    doc = nlp(TEXTS[0])

    class Ctx:  # (only ``sent`` is read)
        sent = next(iter(doc.sents))

    sent = Ctx.sent
    for stop in (sent.start - 1, sent.start, sent.start + 3, sent.end, sent.end + 5):
        for exclude in (frozenset(), {sent.start + 1, sent.start + 2}):
            assert [t.i for t in _sent_tokens(Ctx, stop, exclude)] == \
                [t.i for t in sent if t.i < stop and t.i not in exclude]


def test_lemmas_keep_no_document_alive():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Troops", "were", "sent"], lemmas=["troop", "be", "send"])
    assert lemmas(doc) == ["troop", "be", "send"]
    assert lowers(doc) == ["troops", "were", "sent"]
    other = Doc(vocab, words=["Jets", "flew"])
    assert lowers(other) == ["jets", "flew"] and texts(other) == ["Jets", "flew"]
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    # (the column reader's cache took the name of lemmas' weak one and kept every document)
    assert gone() is None

"""h-perf19 (issue 13, stop 79): ``_actors`` answers once per sentence, token and exclusion;
``_listed_examples`` walks the verb's subtree once for its three words; ``_mention_root`` reads
dependencies and heads off the document's columns (``tokens.heads_of``); a chunk's extraction
runs with the garbage collector paused. Each answers as before."""

from __future__ import annotations

import gc

import pytest

from kg.extract.entities import extract_mentions
from kg.extract.relations import _base, extract_relations
from kg.extract.relations._base import (
    _clause_preps,
    _example_objects,
    _mention_tokens,
    _read_actors,
    _trailing_example_preps,
)
from kg.extract.runner import Extractor
from kg.extract.tokens import children_of, heads_of
from kg.model import Document

TEXTS = [
    "The United States, Britain and France sent 500 troops to Poland and Estonia.",
    "Russia has supplied Syria with weapons, including MiG-29 jets and S-300 missiles, "
    "and Iran shipped arms, such as drones, to Yemen, the ministry said.",
    "Germany delivered Leopard tanks, among them 14 Leopard 2A6s, to Ukraine, officials in "
    "Berlin and Kyiv said on Monday.",
    "According to the Joint Chiefs of Staff, North Korea has dispatched more troops to Russia "
    "and repositioned others to the frontline in the Kursk region.",
    "India bought 36 Rafale jets from France, the largest purchase in its history, and "
    "Israel delivered 12 Hermes drones to Azerbaijan, the daily Haaretz reported.",
]


def _old_mention_root(ctx, m, within):
    """``_mention_root`` as it was: each token's dependency and head read off the Token."""
    toks = _mention_tokens(ctx, m, within)
    ids = {t.i for t in toks if t.dep_ != "det"}
    return next((t for t in toks if t.i in ids and (t.head.i not in ids or t.head.i == t.i)),
                None)


def _old_listed_examples(verb):
    """``_listed_examples`` as it was: one subtree walk per word."""
    preps = dict.fromkeys(p.head for w in ("including", "as", "among")
                          for p in _clause_preps(verb, w))
    preps.update(dict.fromkeys(_trailing_example_preps(verb)))
    return list(dict.fromkeys(o for prep in preps for o in _example_objects(prep)))


def _extract_all(nlp, rules):
    out = []
    for k, doc in enumerate(nlp.pipe(TEXTS)):
        found = extract_mentions(doc, f"d{k}")
        out.append((found, extract_relations(doc, f"d{k}", rules, found)))
    return out


@pytest.fixture(scope="module")
def asked(nlp, rules):
    """Each ``_actors``, ``_mention_root`` and ``_listed_examples`` call while the texts are
    extracted: (name, args, answer), the tokens a generator gave kept as a list."""
    seen: list[tuple] = []
    mp = pytest.MonkeyPatch()
    actors, root, listed = _base._actors, _base._mention_root, _base._listed_examples

    def actors_spy(ctx, tok, exclude=frozenset()):
        answer = actors(ctx, tok, exclude)
        seen.append(("actors", (ctx, tok, set(exclude)), list(answer)))
        return answer

    def root_spy(ctx, m, within):
        kept = within if isinstance(within, _base.SpacySpan) else list(within)
        answer = root(ctx, m, kept)
        seen.append(("root", (ctx, m, kept), answer))
        return answer

    def listed_spy(verb):
        answer = listed(verb)
        seen.append(("listed", (verb,), answer))
        return answer

    for module in ("_base", "deploys", "reports", "supplies", "signed", "example_sellers"):
        target = f"kg.extract.relations.{module}"
        for name, spy in (("_actors", actors_spy), ("_mention_root", root_spy),
                          ("_listed_examples", listed_spy)):
            mp.setattr(f"{target}.{name}", spy, raising=False)
    try:
        _extract_all(nlp, rules)
    finally:
        mp.undo()
    return seen


def test_calls_seen(asked):
    kinds = {name for name, _, _ in asked}
    assert kinds == {"actors", "root", "listed"}
    assert any(answer for name, _, answer in asked if name == "listed")


def test_actors_as_before(asked):
    for name, args, answer in asked:
        if name == "actors":
            assert answer == _read_actors(*args)


def test_actors_fresh_list(asked):
    """The memo hands out a new list each call: a caller's ``append`` changes no later answer."""
    ctx, tok, exclude = next(args for name, args, answer in asked if name == "actors" and answer)
    first = _base._actors(ctx, tok, exclude)
    again = first[:]
    first.append(None)
    assert _base._actors(ctx, tok, exclude) == again == _read_actors(ctx, tok, exclude)


def test_mention_root_as_before(asked):
    for name, args, answer in asked:
        if name == "root":
            assert answer == _old_mention_root(*args)


def test_listed_examples_as_before(asked):
    for name, args, answer in asked:
        if name == "listed":
            assert answer == _old_listed_examples(*args)


def test_heads_of(nlp):
    for doc in nlp.pipe(TEXTS):
        assert heads_of(doc) == [t.head.i for t in doc]
        kids, deps = children_of(doc)
        assert kids == [[c.i for c in t.children] for t in doc]
        assert deps == [t.dep_ for t in doc]


def test_relations_without_the_memo(nlp, rules):
    """The whole extraction with ``_actors`` read afresh on every call: the same mentions and
    relations."""
    memo = _extract_all(nlp, rules)
    mp = pytest.MonkeyPatch()
    mp.setattr(_base, "_actors", lambda ctx, tok, exclude=frozenset(): _read_actors(
        ctx, tok, exclude))
    for module in ("deploys", "reports", "supplies", "signed"):
        mp.setattr(f"kg.extract.relations.{module}._actors", _base._actors, raising=False)
    try:
        fresh = _extract_all(nlp, rules)
    finally:
        mp.undo()
    assert repr(memo) == repr(fresh)


def test_extraction_pauses_the_collector(nlp, rules, monkeypatch):
    states: list[bool] = []
    real = extract_relations

    def spy(*args, **kwargs):
        states.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr("kg.extract.runner.extract_relations", spy)
    ex = Extractor(nlp, rules)
    assert gc.isenabled()
    docs = [Document(f"d{k}", f"d{k}.txt", f"d{k}.txt", text, "0" * 64, text[:40])
            for k, text in enumerate(TEXTS)]
    out = list(ex.extract(docs))
    assert gc.isenabled()  # handed back after each chunk
    assert states == [False] * len(TEXTS)
    assert sum(len(x.relations) for x in out) > 0

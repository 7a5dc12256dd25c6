"""h-perf13 (issue 13, stop 73): four sentence walks make a ``Token`` only for the words their
first test lets through (``_partitive_places``' head words, ``_gapped_actors``' "and",
``_adjective_only``'s mention words, ``_trigger_lemma``'s word read off two columns); each
answers as the walk over every word of the sentence did."""

from __future__ import annotations

import pytest

from kg.extract.entities import extract_mentions
from kg.extract.gapping import quantity_head
from kg.extract.relations import deploys, extract_relations, reports
from kg.extract.relations._base import (
    _children,
    _clause_verb,
    _is_force,
    _mention_root,
    _object,
    _pobjs,
)

TEXTS = [
    "Russia has stationed 35,000 soldiers in Syria, most of them at the air bases of Hmeimim "
    "and Latakia, and some of them near Damascus.",
    "Russia is sending 400 soldiers to Syria and Iran a similar number.",
    "The United States sent 500 troops to Poland and Britain 200 soldiers to Estonia.",
    "According to the Russian business daily Kommersant, Moscow has sent tanks to Syria.",
    "Ukraine accused Iran of supplying drones to Russia, and Tehran denied it.",
    "North Korea said that it had sent troops to Russia, and two of them were captured.",
]


def _old_partitive_places(ctx, verb):
    """``deploys._partitive_places`` as it was (a Token for every word of the sentence)."""
    out = []
    heads = ctx.rules.words["partitive_heads"]
    preps = ctx.rules.place_preps - ctx.rules.words["vicinity_preps"]
    for t in ctx.sent:
        if t.i <= verb.i + 1 or t.lower_ not in heads or t.doc[t.i - 1].text != "," or \
                t.i + 2 >= ctx.sent.end or t.doc[t.i + 1].lower_ != "of" or \
                t.doc[t.i + 2].lower_ not in ("them", "whom"):
            continue
        for prep in _children(t, {"prep"}):
            if prep.lower_ not in preps or prep.i <= t.i + 2:
                continue
            for pobj in _pobjs(prep):
                found = [m for m in ctx.mentions(pobj.subtree, ctx.role("place"))
                         if (r := _mention_root(ctx, m, pobj.subtree)) is None
                         or r.dep_ not in ("amod", "compound", "nmod", "poss", "det")][:1]
                out += [p for m in found for p in (m, *deploys._more_places(ctx, m))]
    return list(dict.fromkeys(out))


def _old_gapped_actors(ctx, verb):
    """``deploys._gapped_actors`` as it was (a Token for every word after the verb)."""
    obj = _object(verb)
    if obj is None or ctx.lacks(frozenset({"and"})) or not (
            _is_force(obj, ctx) or ctx.mentions(obj.subtree, ctx.role("item"))):
        return []
    words = ctx.rules.words
    doc, end = verb.doc, ctx.sent.end
    found = []
    for a in doc[verb.i + 1 : end]:
        if a.lower_ != "and" or a.i in ctx.by_token or _clause_verb(a).i != verb.i:
            continue
        j = a.i + 2 if a.i + 1 < end and doc[a.i + 1].lower_ == "the" else a.i + 1
        m = ctx.by_token.get(j)
        if m is None or m.cls not in ("Country", "Agency"):
            continue
        k = j
        while k < end and ctx.by_token.get(k) is m:
            k += 1
        head = quantity_head(doc, k, end, words["gapping_quantity_openers"],
                             words["amount_nouns"], words["gapping_measure_nouns"])
        if head is not None:
            found.append((m, head))
    return found


def _old_adjective_only(ctx, m):
    toks = [t for t in ctx.sent if ctx.own(t) == m and t.dep_ != "det"]
    return bool(toks) and all(t.dep_ == "amod" for t in toks)


def _old_trigger_lemma(ctx, r):
    return next((t.lemma_.lower() for t in ctx.sent if t.text == r.trigger), r.trigger.lower())


@pytest.fixture(scope="module")
def calls(nlp, rules):
    """Each call of the four rules while the texts are extracted: (name, ctx, arg, answer)."""
    seen: list[tuple] = []
    mp = pytest.MonkeyPatch()
    for module, name in ((deploys, "_partitive_places"), (deploys, "_gapped_actors"),
                         (reports, "_adjective_only"), (reports, "_trigger_lemma")):
        rule = getattr(module, name)

        def spy(ctx, arg, rule=rule, name=name):
            answer = rule(ctx, arg)
            seen.append((name, ctx, arg, answer))
            return answer

        mp.setattr(module, name, spy)
    try:
        for k, doc in enumerate(nlp.pipe(TEXTS)):
            found = extract_mentions(doc, f"d{k}")
            extract_relations(doc, f"d{k}", rules, found)
    finally:
        mp.undo()
    return seen


def test_each_rule_was_asked(calls):
    names = {name for name, *_ in calls}
    assert names == {"_partitive_places", "_gapped_actors", "_adjective_only", "_trigger_lemma"}


def test_partitive_places_answers_as_the_sentence_walk(calls):
    asked = [(ctx, verb, answer) for name, ctx, verb, answer in calls
             if name == "_partitive_places"]
    assert asked
    for ctx, verb, answer in asked:
        assert answer == _old_partitive_places(ctx, verb)
    # (guard: "most of them at the air bases of Hmeimim and Latakia" was read)
    assert {"Hmeimim", "Latakia"} <= {m.span.text for *_, answer in asked for m in answer}


def test_gapped_actors_answers_as_the_walk_after_the_verb(calls):
    asked = [(ctx, verb, answer) for name, ctx, verb, answer in calls
             if name == "_gapped_actors"]
    assert asked
    for ctx, verb, answer in asked:
        assert answer == _old_gapped_actors(ctx, verb)
    # (guard: the gapped clauses "and Iran a similar number", "and Britain 200 soldiers")
    assert {"Iran", "Britain"} <= {m.span.text for *_, answer in asked for m, _ in answer}


def test_adjective_only_answers_as_the_sentence_walk(calls):
    asked = [(ctx, m, answer) for name, ctx, m, answer in calls if name == "_adjective_only"]
    assert asked
    for ctx, m, answer in asked:
        assert answer == _old_adjective_only(ctx, m)


def test_trigger_lemma_answers_as_the_sentence_walk(calls):
    asked = [(ctx, r, answer) for name, ctx, r, answer in calls if name == "_trigger_lemma"]
    assert len(asked) >= 3
    for ctx, r, answer in asked:
        assert answer == _old_trigger_lemma(ctx, r)
    assert "accuse" in {answer for _, _, answer in asked}

"""h-perf15 (issue 13, stop 75): ``_mention_tokens`` tests a token's mention's start before its
equality (most tokens hold another mention), and ``_auxiliary_reporting`` picks a sentence's
auxiliaries before it tests their stems; each answers as before."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Span as SpacySpan

from kg.extract.entities import extract_mentions
from kg.extract.relations import _base, extract_relations, reports
from kg.extract.relations._base import _mention_root, _mention_tokens, _Sentence

TEXTS = [
    "The United States, Britain and France sent 500 troops to Poland and Estonia.",
    "Russia said its troops, which Moscow sent to Syria, would stay, and Iran agreed.",
    "Germany delivered Leopard tanks and IRIS-T missiles to Ukraine, the ministry said.",
    "Iran admits sending drones to Russia but says they were sent before the war\n\n"
    "Turkey admits supplying drones to Kyiv. Poland says it gave MiG-29 jets to Ukraine.",
    "India bought 36 Rafale jets from France, the largest purchase in its history, and "
    "Israel delivered 12 Hermes drones to Azerbaijan, the daily Haaretz reported.",
]


def _old_mention_tokens(ctx, m, within=None):
    """``_mention_tokens`` as it was: ``is``, then the mentions' equality."""
    by_token = ctx.by_token
    within = ctx.sent if within is None else within
    if isinstance(within, SpacySpan):
        doc = within.doc
        return [doc[i] for i in range(within.start, within.end)
                if (o := by_token.get(i)) is m or o is not None and o == m]
    return [t for t in within if (o := by_token.get(t.i)) is m or o is not None and o == m]


@pytest.fixture(scope="module")
def asked(nlp, rules):
    """Each ``_mention_tokens`` and ``_auxiliary_reporting`` call while the texts are
    extracted: (name, args, answer), the tokens asked about kept as a list."""
    seen: list[tuple] = []
    mp = pytest.MonkeyPatch()

    def tokens_spy(ctx, m, within=None):
        kept = within if within is None or isinstance(within, SpacySpan) else list(within)
        answer = _mention_tokens(ctx, m, kept)
        seen.append(("tokens", (ctx, m, kept), answer))
        return answer

    def auxiliary_spy(ctx):
        answer = reports._auxiliary_reporting(ctx)
        seen.append(("auxiliary", (ctx,), answer))
        return answer

    mp.setattr(_base, "_mention_tokens", tokens_spy)
    mp.setattr("kg.extract.relations._auxiliary_reporting", auxiliary_spy)
    try:
        for k, doc in enumerate(nlp.pipe(TEXTS)):
            extract_relations(doc, f"d{k}", rules, extract_mentions(doc, f"d{k}"))
    finally:
        mp.undo()
    return seen


def test_mention_tokens_as_before(asked):
    calls = [(args, x) for name, args, x in asked if name == "tokens"]
    assert len(calls) >= 10 and any(x for _, x in calls)  # (guard: mentions were asked about)
    assert any(isinstance(args[2], list) for args, _ in calls)  # (a subtree among them)
    for (ctx, m, within), answer in calls:
        assert [t.i for t in answer] == [t.i for t in _old_mention_tokens(ctx, m, within)]


def test_equal_mention_and_one_starting_alike(nlp, rules):
    """A token holding a mention equal to ``m`` (another object) is ``m``'s; one holding
    another mention with ``m``'s start is not."""
    doc = nlp("President Joe Biden met Iran's foreign minister in Geneva.")
    found = extract_mentions(doc, "d")
    m = next(x for x in found if x.cls == "Person")
    twin = dataclasses.replace(m)
    other = dataclasses.replace(m, cls="Agency")
    assert twin == m and twin is not m and other != m
    by_token = {i: m for i in range(len(doc)) if doc[i].idx == m.span.start}
    by_token.update({i + 1: twin for i in by_token})
    by_token.update({len(doc) - 2: other, len(doc) - 3: dataclasses.replace(other)})
    ctx = _Sentence(doc[:], "d", 0, rules, by_token)
    for within in (None, doc[:], list(doc), list(doc[1:4])):
        assert [t.i for t in _mention_tokens(ctx, m, within)] == \
            [t.i for t in _old_mention_tokens(ctx, m, within)]
    assert len(_mention_tokens(ctx, m)) == 2
    assert _mention_root(ctx, m, doc[:]).i in by_token


def test_auxiliary_reporting_as_with_every_word_tested(asked, monkeypatch):
    """With every word taken for an auxiliary (the old walk, which tested each word's stems
    first and its dependency after), the rule finds what it found."""
    calls = [(args, x) for name, args, x in asked if name == "auxiliary"]
    assert len(calls) >= 5 and any(x for _, x in calls)  # (guard: the rule fired)
    real = reports.children_of

    def every_word_aux(doc):
        kids, deps = real(doc)
        return kids, ["aux"] * len(deps)

    monkeypatch.setattr(reports, "children_of", every_word_aux)
    for (ctx,), answer in calls:
        assert reports._auxiliary_reporting(ctx) == answer

"""h-perf14 (issue 13, stop 74): ``claims.figures`` cuts its figures' texts (the number, the
words before it for a qualifier) from the document's text, not ``Span.text`` (a Token per
word), and ``parse_number`` compiles its scale words once; each answers as before."""

from __future__ import annotations

import re

import pytest

from kg.extract import claims
from kg.extract.entities import extract_mentions
from kg.extract.relations import extract_relations, reports

TEXTS = [
    "The United States, Britain and France sent 500 troops to Poland and Estonia.",
    "Russia and its allies have deployed about 1,100 soldiers to Syria, officials said.",
    "The ministry said nearly 2.5 million people had fled and some 300 were killed.",
    "Germany said it would pay $2,000 for each soldier, and the cost was 1.2 billion euros.",
    "Approximately 1,100 casualties were reported, the Ukrainian army said on Monday.",
    "Israel delivered 12 Hermes drones to Azerbaijan, the daily Haaretz reported.",
]


@pytest.fixture(scope="module")
def calls(nlp, rules):
    """Each ``figures`` call while the texts are extracted: (name, args, answer)."""
    seen: list[tuple] = []
    mp = pytest.MonkeyPatch()

    def figures_spy(tokens, rules=None, ents=None):
        answer = claims.figures(tokens, rules, ents)
        seen.append(("figures", (list(tokens), ents), answer))
        return answer

    mp.setattr(reports, "figures", figures_spy)
    try:
        for k, doc in enumerate(nlp.pipe(TEXTS)):
            found = extract_mentions(doc, f"d{k}")
            extract_relations(doc, f"d{k}", rules, found)
    finally:
        mp.undo()
    return seen


def _old_parse_number(text: str):
    """``claims.parse_number`` as it was (a pattern per scale word and call)."""
    low = text.lower().replace("\u00a0", " ")
    m = claims._NUM.search(low)
    if m:
        value = float(m.group().replace(",", ""))
    else:
        words = [w for w in re.findall(r"[a-z]+", low) if w in claims.WORDS]
        if not words:
            return None
        value = float(claims.WORDS[words[0]])
    for word, scale in claims.SCALES.items():
        if re.search(rf"\b{word}\b", low):
            value *= scale
    return int(value) if value.is_integer() else value


@pytest.mark.parametrize("text", [
    "1,100", "1.1 billion", "twelve", "2.5 million", "some 300", "a hundred thousand",
    "$2,000", "1.2 billion euros", "thousands", "nine hundred", "no number", "3 Million",
])
def test_parse_number_as_before(text):
    assert claims.parse_number(text) == _old_parse_number(text)


def test_figures_answer_as_with_span_texts(calls, monkeypatch):
    asked = [(args, x) for name, args, x in calls if name == "figures"]
    assert len(asked) >= 3
    found = [f for _, x in asked for f in x]
    assert len(found) >= 3 and any(f.qualifier for f in found)  # (guard: figures were read)
    monkeypatch.setattr(claims, "text_of", lambda span: span.text)  # (the old reads)
    monkeypatch.setattr(claims, "parse_number", _old_parse_number)
    for (tokens, ents), answer in asked:
        assert claims.figures(tokens, ents=ents) == answer

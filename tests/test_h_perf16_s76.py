"""h-perf16 (issue 13, stop 76): ``_replace`` builds its own covered-token set instead of going
through the shared cover maps (``_taken``), so that the maps of the rules' entities stay cached;
same spans, same order."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from kg.extract.refine.spans import _covers, _replace


def _old_replace(ents: list[SpacySpan], made: list[SpacySpan]) -> list[SpacySpan]:
    """``_replace`` as it was before h-perf16 (its covered set from the built-in test)."""
    made = filter_spans(made)
    for e in made:
        if not e.id_:
            for t in e:
                t.ent_id_ = ""
    taken = {i for e in made for i in range(e.start, e.end)}
    return sorted([*made, *(e for e in ents if taken.isdisjoint(range(e.start, e.end)))],
                  key=lambda e: e.start)


SENTENCES = [
    "The Ministry of Defence of North Korea said that Kim Yong-chol visited Moscow in June .",
    "Hanwha Aerospace and the shipbuilder DCNS signed a defense pact with South Korea .",
    "Russia has been supplying Belarus with 240mm rocket launchers and Shahed drones .",
]


def _doc(text: str) -> Doc:
    return Doc(spacy.blank("en").vocab, words=text.split())


def _cases(doc: Doc) -> list[tuple[list[SpacySpan], list[SpacySpan]]]:
    n = len(doc)
    ents = [SpacySpan(doc, i, i + 2, label="ORG") for i in range(0, n - 2, 3)]
    return [
        (ents, []),
        (ents, [SpacySpan(doc, 1, 4, label="GPE")]),
        (ents, [SpacySpan(doc, 0, 1, label="PERSON"), SpacySpan(doc, 0, 3, label="ORG"),
                SpacySpan(doc, n - 3, n - 1, label="GPE", span_id="Q1")]),
        (list(reversed(ents)), [SpacySpan(doc, 2, 5, label="Weapon")]),
    ]


def _key(spans: list[SpacySpan]) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.id_) for e in spans]


def test_replace_gives_the_old_spans() -> None:
    for text in SENTENCES:
        old_doc, new_doc = _doc(text), _doc(text)
        for (ents, made), (ents2, made2) in zip(_cases(old_doc), _cases(new_doc), strict=True):
            assert _key(_replace(ents2, made2)) == _key(_old_replace(ents, made))
            assert [t.ent_id_ for t in new_doc] == [t.ent_id_ for t in old_doc]


def test_replace_keeps_the_shared_cover_maps() -> None:
    doc = _doc(SENTENCES[0])
    ents, made = _cases(doc)[1]
    covers = _covers(ents)
    _replace(ents, made)
    assert _covers(ents) is covers  # not built again for the same spans

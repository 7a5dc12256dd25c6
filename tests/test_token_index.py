"""The shortcuts of issue 13's CPU work find what the plain loops found (kg.extract.tokens,
the fold of ASCII names, the first/last-word guards of the agency and title look-ups)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from spacy.attrs import DEP, LOWER, ORTH, TAG

from kg.extract.entities import _agency_noun, _title_before
from kg.extract.places import fold
from kg.extract.tokens import where, with_pos

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return list(nlp.pipe(texts))


def test_where_and_with_pos_find_what_a_loop_over_the_tokens_finds(docs):
    words = {"the", "russia", "said", "of", "missiles", "defence"}
    checked = 0
    for doc in docs:
        assert where(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words]
        assert where(doc, LOWER, frozenset(words)) == [t.i for t in doc if t.lower_ in words]
        assert where(doc, ORTH, {"Russia"}) == [t.i for t in doc if t.text == "Russia"]
        assert where(doc, TAG, ("NNS",)) == [t.i for t in doc if t.tag_ == "NNS"]
        assert where(doc, DEP, ("appos",)) == [t.i for t in doc if t.dep_ == "appos"]
        assert with_pos(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]
        assert where(doc, LOWER, ()) == []
        checked += len(where(doc, LOWER, words)) + len(with_pos(doc, "PROPN"))
    assert checked > 100


def test_fold_of_ascii_names_is_the_unicode_fold():
    def slow(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name)
        return " ".join("".join(c for c in decomposed
                                if not unicodedata.combining(c)).lower().split())

    for name in ["Rzeszow", "  Uttar\tPradesh \n", "the Gulf of Aden", "", "MiG-29", "Rzeszów",
                 "São Paulo", "ﬁnal"]:
        assert fold(name) == slow(name), name


def test_title_and_agency_guards_change_no_look_up(docs, gazetteer):
    """The first-word / last-word tests only skip positions where no phrase can match."""
    from kg.extract import entities

    roles = gazetteer.roles

    def title_before(doc, end):  # the look-up without the guard
        for size, titles in roles.title_sizes:
            start = end - size
            if start >= 0 and tuple(t.lower_ for t in doc[start:end]) in titles:
                return start
        return None

    def agency_noun(doc, start):
        for size, nouns in roles.agency_noun_sizes:
            end = start + size
            words = tuple(t.lower_ for t in doc[start:end]) if end <= len(doc) else None
            if words in nouns:
                return end, roles.agency_nouns[words]
        return None

    found = 0
    for doc in docs:
        for i in range(len(doc) + 1):
            assert _title_before(doc, i, roles) == title_before(doc, i)
            assert _agency_noun(doc, i, roles) == agency_noun(doc, i)
            found += _title_before(doc, i, roles) is not None
            found += _agency_noun(doc, i, roles) is not None
    assert found >= 5
    assert entities._last_words(roles.titles) >= {t[-1] for t in roles.titles}


def test_org_head_names_only_from_organisation_words(nlp, gazetteer):
    """``_org_head_names`` walks the organisation words only; the names it makes are those of
    the walk over every token it replaced."""
    from spacy.tokens import Span as SpacySpan

    from kg.extract.entities import NAME_LINKS, _org_head_names, _replace

    roles = gazetteer.roles

    def every_token(doc, ents):  # the former loop, as it was
        free = {t.i for e in ents for t in e if e.label_ not in ("Country", "GPE", "LOC", "Region")
                and not (e.label_ == "ORG" and e[-1].lower_ in NAME_LINKS)}
        free = set(range(len(doc))) - free

        def linked(j):
            k = j + 2 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
            return doc[j].lower_ in NAME_LINKS and k < len(doc) and doc[k].is_title

        made, i = [], 0
        while i < len(doc) - 2:
            nxt = i + 3 if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else i + 2
            if not (doc[i].text in roles.org_heads and i in free
                    and doc[i + 1].lower_ in ("for", "of", "on") and doc[nxt].is_title
                    and nxt in free):
                i += 1
                continue
            start = i
            while start > 0 and start - 1 in free and doc[start - 1].is_title \
                    and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
                start -= 1
            end = i + 1
            while end < len(doc) and end in free and (doc[end].is_title or linked(end)):
                end += 1
            made.append(SpacySpan(doc, start, end, label="ORG"))
            i = end
        return made

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append("The Movement for Democracy in Liberia and the Council for Peace and Security "
                 "met the Centre for Analysis of Strategies and Technologies on Monday.")
    made = 0
    with nlp.select_pipes(disable=["kg_refine_entities"]):
        for doc in nlp.pipe(texts):
            for ents in (list(doc.ents), []):  # none: every name left to the rule
                key = [(e.start, e.end, e.label_) for e in _org_head_names(doc, ents, roles)]
                old = every_token(doc, ents)
                assert key == [(e.start, e.end, e.label_) for e in
                               (_replace(ents, old) if old else ents)]
                made += len(old)
    assert made >= 3

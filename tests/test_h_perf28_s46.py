"""h-perf28: spaCy's rule lemmatizer asked once per distinct (ORTH, POS, MORPH), its lemma
index answered from sets (``kg.extract.lemmatizer``): the same lemmas, less CPU."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA

from kg.extract.lemmatizer import (
    IndexWords,
    MemoLemmatizer,
    index_as_sets,
    memo_safe,
    use_memo_lemmatizer,
)
from kg.extract.nlp import resolve_model_name

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
TEXT = ("The ministers were signing the treaties; Poland's Patriots arrived and the deliveries "
        "were delayed. He said they'd bought 12 F-16s, re-exported two and ran tests.")


@pytest.fixture(scope="module")
def pristine():
    """spaCy's own lemmatizer of a freshly loaded model, untouched by kg."""
    return spacy.load(resolve_model_name(None)).get_pipe("lemmatizer")


def _before_lemmatizer(nlp, texts):
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[: names.index("lemmatizer")]):
        return list(nlp.pipe(texts))


def test_index_words_answers_in_as_the_list_does():
    words = ["run", "go", "treaty"]
    index = IndexWords(words)
    assert index == words and isinstance(index, list)
    for word in ("run", "treaty", "runs", "", "Run"):
        assert (word in index) == (word in words)


def test_kg_pipeline_runs_the_memo_lemmatizer_under_its_own_name(nlp):
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, MemoLemmatizer)
    assert memo_safe(memo.lemmatizer)
    names = nlp.pipe_names
    assert names.index("lemmatizer") == names.index("kg_whole_verbs") - 1
    table = memo.lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, IndexWords) for words in table.values())


def test_memo_lemmas_equal_spacys_own(nlp, pristine):
    texts = [TEXT, *(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))]
    docs = _before_lemmatizer(nlp, texts)
    memo = nlp.get_pipe("lemmatizer")
    for doc in docs:
        spacy_doc = pristine(doc.copy())
        # twice: the first time fills the memo, the second reads it
        for _ in range(2):
            ours = memo(doc.copy())
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in spacy_doc]
            assert (ours.to_array([LEMMA]) == spacy_doc.to_array([LEMMA])).all()


def test_a_preset_lemma_is_kept_and_an_untagged_token_asks_spacy(nlp, pristine):
    doc = _before_lemmatizer(nlp, ["The deliveries were delayed."])[0]
    doc[1].lemma_ = "kept"
    doc[3].pos = 0  # no POS: spaCy's own method, each time (it warns), never the memo
    memo = MemoLemmatizer(pristine)
    with pytest.warns(UserWarning):
        out = memo(doc.copy())
        expected = [t.lemma_ for t in pristine(doc.copy())]
    assert out[1].lemma_ == "kept"
    assert out[3].lemma_ == "delayed"  # (spaCy lower-cases a token without POS)
    assert [t.lemma_ for t in out] == expected
    assert all(pos for (_, pos, _) in memo._memo)


def test_memo_is_emptied_when_full(nlp, pristine):
    doc = _before_lemmatizer(nlp, [TEXT])[0]
    memo = MemoLemmatizer(pristine)
    memo.MEMO_SIZE = 3
    memo(doc.copy())
    assert len(memo._memo) > 3
    out = memo(doc.copy())  # emptied first, then filled again
    assert [t.lemma_ for t in out] == [t.lemma_ for t in pristine(doc.copy())]
    assert len(memo._memo) <= len(doc)


def test_other_lemmatizers_are_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookup = nlp.get_pipe("lemmatizer")
    assert not memo_safe(lookup)
    use_memo_lemmatizer(nlp)
    assert nlp.get_pipe("lemmatizer") is lookup
    assert not memo_safe(object())


def test_index_as_sets_leaves_a_table_without_strings_alone(pristine):
    from spacy.lookups import Lookups

    class Fake:
        lookups = Lookups()

    Fake.lookups.add_table("lemma_index", {"noun": ["treaty", 3], "verb": ["sign"]})
    index_as_sets(Fake)  # type: ignore[arg-type]
    table = Fake.lookups.get_table("lemma_index")
    assert type(table["noun"]) is list and type(table["verb"]) is IndexWords

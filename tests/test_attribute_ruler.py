"""kg's array evaluation of the model's attribute_ruler: the same annotations as spaCy's."""

from __future__ import annotations

from pathlib import Path

import spacy

from kg.extract.attribute_ruler import compile_rules, use_array_attribute_ruler
from kg.extract.nlp import resolve_model_name

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
EDGES = ["I'd say you ain't gonna do it, y'all. Let's go, c'mon, it's 'nuff. She gets what he "
         "got. There is a dog and there were cats.  \n\n Nothin' doin'. Those who can't, won't; "
         "I am. He does not, ol' man.", "", " ", "\n\nA\n"]


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_same_annotations_as_spacys_attribute_ruler():
    model = resolve_model_name(None)
    spacys, ours = spacy.load(model), spacy.load(model)
    use_array_attribute_ruler(ours)
    assert "kg_attribute_ruler" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + EDGES
    for batch_size in (1, 3, 32):
        for a, b in zip(spacys.pipe(texts, batch_size=batch_size),
                        ours.pipe(texts, batch_size=batch_size), strict=True):
            assert _annotations(a) == _annotations(b)


def test_a_rule_it_cannot_run_keeps_spacys_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "+"}]], {"TAG": "X"})
    assert compile_rules(ruler) is None
    use_array_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_regex_cache_is_bounded_and_changes_nothing():
    """The (regex, word) cache is emptied when full (it grew with every new word of a long run,
    issue 13); annotations stay spaCy's across the emptyings."""
    model = resolve_model_name(None)
    spacys, ours = spacy.load(model), spacy.load(model)
    use_array_attribute_ruler(ours)
    component = ours.get_pipe("kg_attribute_ruler")
    component.REGEX_CACHE_SIZE = 50
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + EDGES
    sizes = []
    for a, b in zip(spacys.pipe(texts, batch_size=1), ours.pipe(texts, batch_size=1),
                    strict=True):
        assert _annotations(a) == _annotations(b)
        # at most the bound, or what one document's words add after an emptying
        assert len(component._regex_cache) <= max(50, len(b))
        sizes.append(len(component._regex_cache))
    assert max(sizes) > 0
    assert any(b < a for a, b in zip(sizes, sizes[1:], strict=False))  # it was emptied

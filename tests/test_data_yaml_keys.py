"""kg/data/*.yaml: no mapping holds the same key twice.

PyYAML keeps the later of two equal keys without a warning, so a list added under a name that
already exists silently replaces the older list (stop 27: a new ``place_part_nouns`` in
relations.yaml dropped three deployments until it was renamed).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kg.extract.gazetteer import load_relation_rules

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with a repeated key."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} repeated (first at line {seen[key] + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_repeated(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 - safe loader


def test_a_repeated_key_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="'verbs' repeated"):
        yaml.load("verbs: [send]\nnouns: [troops]\nverbs: [drop]\n", Loader=_StrictLoader)  # noqa: S506


def _booleans(node, where: str):
    """Where word lists and keys hold booleans (YAML 1.1 reads a bare no, on, yes, off so)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{where}: key {key!r}"
            yield from _booleans(value, f"{where}/{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                yield f"{where}: item {item!r}"
            else:
                yield from _booleans(item, where)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_is_read_as_a_boolean(path: Path) -> None:
    # A bare `on` in a list of prepositions became True (stop 39: locating_preps never held "on").
    found = list(_booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name))
    assert not found, f"quote these words: {found}"


# ``words["key"]`` in the code that reads RelationRules.words (kg/extract/relations, entities)
_INDEXED = re.compile(r'\bwords\["(\w+)"\]')
_READERS = (*sorted((DATA.parent / "extract" / "relations").glob("*.py")),
            DATA.parent / "extract" / "entities.py")


def test_every_indexed_word_list_exists() -> None:
    # The rules index the word lists of relations.yaml (and claims.yaml) by key, so a list
    # renamed or dropped there fails here rather than on the one sentence that reads it
    # (h-clean5, stop 39).
    words = load_relation_rules().words
    missing = sorted({f"{path.name}: {key}" for path in _READERS
                      for key in _INDEXED.findall(path.read_text(encoding="utf-8"))
                      if key not in words})
    assert not missing, f"word lists indexed but in no kg/data file: {missing}"

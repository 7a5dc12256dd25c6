"""Extraction: parsed spaCy documents → entity mentions and relation mentions."""

from kg.extract.entities import extract_mentions
from kg.extract.relations import extract_relations

__all__ = ["extract_mentions", "extract_relations"]

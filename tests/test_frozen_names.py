"""The frozen splits' names stay out of `kg/data/`: every proper name of a split's table
*Canonical names not in the gazetteer* that is a gazetteer label or alias today must be listed
in that README's section *Names of the table above that are in `kg/data/`* (and only those)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kg.extract.gazetteer import normalise_alias

CORPUS = Path(__file__).resolve().parent / "corpus"
TABLE = "## Canonical names not in the gazetteer"
LISTED = "## Names of the table above that are in `kg/data/`"


def _section(text: str, heading: str) -> list[str]:
    """The lines under a level-2 heading, up to the next one."""
    lines = text[text.index(heading) + len(heading):].splitlines()[1:]
    end = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    return lines[:end]


def _table_names(text: str) -> set[str]:
    """Canonical names and mentions of the table that start with a capital (proper names)."""
    names = set()
    for line in _section(text, TABLE):
        if not line.startswith("| ") or line.startswith(("| canonical", "|---")):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        for name in [cells[0], *(m.strip() for m in cells[-1].split(","))]:
            name = name.strip("`")
            if name[:1].isupper():
                names.add(name)
    return names


@pytest.mark.parametrize("split", ["test", "test2", "test3", "test4"])
def test_frozen_names_in_the_gazetteer_are_the_listed_ones(gazetteer, split):
    text = (CORPUS / split / "README.md").read_text(encoding="utf-8")
    known = {normalise_alias(a).lower()
             for e in gazetteer.entries for a in (e.label, *e.aliases, *e.exact)}
    in_gazetteer = {n for n in _table_names(text) if normalise_alias(n).lower() in known}
    listed = {line[2:].strip() for line in _section(text, LISTED) if line.startswith("- ")}
    assert in_gazetteer - listed == set(), "frozen names entered kg/data/: take them out"
    assert listed - in_gazetteer == set(), "listed names no longer in kg/data/: unlist them"
    assert len(_table_names(text)) > 20


@pytest.mark.parametrize("split", ["test", "test2", "test3", "test4"])
def test_no_listed_leader_is_named_in_a_frozen_split(rules, split):
    """`leader_states` (relations.yaml) is general knowledge, but none of its names may occur
    in a frozen split's README or articles: a frozen article's leader listed there would score
    text kg has seen."""
    files = sorted(p for p in (CORPUS / split).glob("*") if p.suffix in (".md", ".txt"))
    text = _folded("\n".join(_without_looks(p.read_text(encoding="utf-8", errors="replace"))
                              for p in files))
    leaders = rules.leader_states
    assert len(leaders) > 100
    # accents folded: a list's "François X" is a split's "Francois X"
    assert [n for n in leaders if _folded(n) in text] == [], \
        "a frozen split's leader entered kg/data/"


def _without_looks(text: str) -> str:
    """A split's README less its look records ("## Scores after …"): the lead's notes there
    quote kg/data strings, which are not the split's text."""
    parts = text.split("\n## ")
    return "\n## ".join(p for p in parts if not p.startswith("Scores after"))


def _folded(text: str) -> str:
    """Lower case without accents ("François" → "francois")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))

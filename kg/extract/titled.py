"""A person's name as a reader writes it with its titles: "President George Bush".

Extraction cuts a run of titles off a person's name ("Defence Minister P. W. Botha" is the
node "P. W. Botha"), and keeps a royal title inside a monarch's one-word name ("King
Gyanendra"). Both boundaries are right for the node, but a reader names the person either way,
so the node is known by the other form too: the name with the run of titles written just
before it in the text, and a royal-titled name without its title (issue 12, h-span2).
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Roles

_WORD = re.compile(r"\S+")
MAX_TITLE_WORDS = 6  # "Chief of the Defence Staff Air Marshal": longer runs are prose


def titled_form(text: str, start: int, end: int, roles: Roles) -> str | None:
    """The name at ``text[start:end]`` with the capitalised run of titles that stands just
    before it on its line ("Foreign Minister Sardar X" for "Sardar X"), or None when none
    does."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 120):start]
    if not before.endswith(" ") or before.endswith("  "):
        return None
    words = [(m.start(), m.group()) for m in _WORD.finditer(before)][-MAX_TITLE_WORDS:]
    at = len(words)
    while at > 0:
        size = next((n for n, titles in roles.written_title_sizes if n <= at and _is_title(
            [w for _, w in words[at - n:at]], titles)), 0)
        if not size:
            break
        at -= size
    if at == len(words):
        return None
    first = max(line_start, start - 120) + words[at][0]
    return " ".join(text[first:end].split())


def _is_title(words: list[str], titles: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``words`` are a title as written before a name: capitalised (but for "of",
    "the") and one of ``titles``."""
    return tuple(w.lower() for w in words) in titles and all(
        w[:1].isupper() for w in words if w.lower() not in ("of", "the"))


def untitled_royal(name: str, roles: Roles) -> str | None:
    """"King Gyanendra" → "Gyanendra": a monarch's name without its royal title, or None."""
    first, _, rest = name.partition(" ")
    if first in roles.royal_titles and rest[:1].isupper():
        return rest
    return None

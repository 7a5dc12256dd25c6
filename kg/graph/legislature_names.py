"""A legislature named by words many states use takes its state from the article.

"Parliament approved the purchase" opening a sentence, or "the Senate" after "the Philippine
Senate": a bare name that many states give their legislature or one of its houses is the
article's one body keyed with that name and a state ("Parliament (X)" from "told parliament",
kg/extract/refine/bodies.py; "Senate (X)"), one legislature as the dev gold keeps it (E10). The
names are data (roles.yaml ``legislature_names``) (issue 12, h-leg1).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.gazetteer import Roles


def legislature_keys(names: Iterable[str], roles: Roles) -> dict[str, str]:
    """Bare shared name → the article's one key of that name with a state, from the article's
    Agency keys ``names`` ("Senate" → "Senate (Philippines)"); two states keyed so decide
    nothing. Another name is left alone: "the National Assembly" beside "parliament" may be
    one house of two (South Africa's)."""
    names = set(names)
    keyed: dict[str, set[str]] = {}  # shared name → the states it is keyed with
    for name in names:
        if name.endswith(")") and " (" in name:
            head, _, state = name[:-1].rpartition(" (")
            if head in roles.legislature_names:
                keyed.setdefault(head, set()).add(state)
    return {b: f"{b} ({next(iter(keyed[b]))})" for b in names
            if b in roles.legislature_names and len(keyed.get(b, ())) == 1}

"""A state's force called by its own name takes the keyed mentions of that service in the article.

"The Israel Defense Forces said …", later "Israel's military" (keyed `Armed Forces (Israel)`);
"the People's Liberation Army", later "the army" (`Army (China)`): the dev gold keeps one body,
the force under its own name (E17, stop 43: "Where a state's army is its whole force under one
name, all three words mention that name"), so the keyed mentions of that article take the
name's key (h-res2).
The heads and words that make a name a state's force are data (roles.yaml
``force_name_heads``, ``rebel_force_words``, ``force_name_prefixes``). A whole force's name
takes "the military" only, not "the army": whether the state has an army of its own (the
Australian Defence Force has the Australian Army) is no matter of the name.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.gazetteer import Gazetteer


def force_state(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(state, head) of a state's force called by its own name: "Israel Defense Forces" →
    ("Israel", "Defense Forces"), "Armed Forces of Haiti" → ("Haiti", "Armed Forces"); a
    listed body by its ``part_of``, another by the state that begins the name (after a
    prefix such as "Royal") or follows its "of"; None for an armed group's name ("Sudan
    People's Liberation Army") or a unit's ("Eighth United States Army")."""
    roles = gazetteer.roles
    words = name.split()
    head = next((h for h in sorted(roles.force_name_heads, key=len, reverse=True)
                 if words[-len(h.split()):] == h.split() and len(words) > len(h.split())), None)
    of = next((h for h in roles.force_name_heads
               if words[:len(h.split()) + 1] == [*h.split(), "of"]), None)
    entry = gazetteer.by_label.get(name)
    if entry is not None:  # a listed body: its own state, if any (a listed group has none)
        head = head or of
        state = entry.part_of if entry.cls == "Agency" else None
        return (state, head) if head and state and _is_country(state, gazetteer) else None
    if any(w in roles.rebel_force_words for w in words):
        return None
    if head is not None:
        rest = words[:-len(head.split())]
        if rest and rest[0] in roles.force_name_prefixes:
            rest = rest[1:]
        state = _leading_state(rest, gazetteer)
    elif of is not None:
        rest = words[len(of.split()) + 1:]
        state = _country(" ".join(rest[1:] if rest[:1] == ["the"] else rest), gazetteer)
        head = of
    else:
        return None
    return (state, head) if state else None


def named_force_keys(names: Iterable[str], gazetteer: Gazetteer) -> dict[str, str]:
    """Keyed service → the article's own name for it, from the article's Agency keys
    ``names``: "Armed Forces (X)" goes to X's one whole-force name ("Israel Defense Forces"),
    "Army (X)" to X's one army name ("People's Liberation Army"); two names of one kind for a
    state decide nothing."""
    roles = gazetteer.roles
    found: dict[tuple[str, str], set[str]] = {}
    for name in names:
        if name.endswith(")"):
            continue
        hit = force_state(name, gazetteer)
        if hit is not None:
            state, head = hit
            found.setdefault((state, roles.force_name_heads[head]), set()).add(name)
    return {f"{service} ({state})": next(iter(own))
            for (state, service), own in found.items() if len(own) == 1}


def _leading_state(words: list[str], gazetteer: Gazetteer) -> str | None:
    """The state the longest run of first words names ("Uganda People's …" → Uganda)."""
    for end in range(len(words), 0, -1):
        state = _country(" ".join(words[:end]), gazetteer)
        if state is not None:
            return state
    return None


def _country(text: str, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.lookup(text) if text else None
    return entry.label if entry is not None and entry.cls == "Country" else None


def _is_country(label: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.by_label.get(label)
    return entry is not None and entry.cls == "Country"

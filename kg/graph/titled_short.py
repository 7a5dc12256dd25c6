"""A titled given name is the article's person of that title and given name.

News writes a ruler or a Gulf official in full once ("Energy Minister Prince Abdulaziz bin
Salman", "Sultan Qaboos bin Said") and then by the title and given name alone ("Prince
Abdulaziz said", "Sultan Qaboos"). Extraction keeps a royal title or an Arabic honorific with
one name ("King Hussein" is the name), so the short form was a node of its own beside the
full one, a split of one person (issue 12, h-ent12). The short form takes the key of the one
person of the document whose name opens with that given name and who is written after that
same title there; two such people ("Crown Prince Mohammed bin Salman", "Crown Prince
Mohammed bin Zayed") leave it alone. The titles are data (roles.yaml ``royal_titles``,
``nasab_honorifics``).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.gazetteer import Roles
from kg.model import Mention


def titled_given_name(name: str, roles: Roles) -> tuple[str, str] | None:
    """"Prince Abdulaziz" → ("Prince", "Abdulaziz"): a royal title or an Arabic honorific
    before one capitalised name; None for any other name."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or not words[1].isalpha():
        return None
    title, given = words
    # (royal titles are listed as written, the honorifics lower-cased)
    return (title, given) if title in roles.royal_titles \
        or title.lower() in roles.nasab_honorifics else None


def titled_short_keys(mentions: Iterable[Mention], keys: dict, roles: Roles) -> dict:
    """The document's ``keys`` with each titled given name ("Sheikh Sabah") re-pointed to the
    one person named in full after that title ("Crown Prince Sheikh Sabah al-Salim al-Sabah",
    keyed "Sabah al-Salim al-Sabah")."""
    people = [m for m in mentions if m.cls == "Person"]
    written: dict[str, set[str]] = {}  # a full name's key → the words written before it
    for m in people:
        key = keys[m.span]
        if " " in key and titled_given_name(key, roles) is None:
            words = (m.titled or "").split()
            written.setdefault(key, set()).update(words[:len(words) - len(key.split())])
    moved: dict[str, str] = {}
    for key in {keys[m.span] for m in people}:
        short = titled_given_name(key, roles)
        if short is None:
            continue
        title, given = short
        full = {k for k, before in written.items()
                if _opens_with(k, given, title) and (title in before or k.startswith(title + " "))}
        if len(full) == 1:
            moved[key] = full.pop()
    # every mention keyed so moves, not the person's alone: a one-word mention ("the sultan's
    # armed forces") may have taken the short form's key as its first or last word
    return {span: moved.get(key, key) for span, key in keys.items()} if moved else keys


def _opens_with(key: str, given: str, title: str) -> bool:
    """Whether the full name ``key`` begins with ``given``, after ``title`` where the key kept it
    ("Sheikh Sabah al-Ahmad al-Sabah")."""
    words = key.split()
    if words[0] == title:
        words = words[1:]
    return len(words) > 1 and words[0] == given

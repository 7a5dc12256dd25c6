"""A body's name without the common noun glued after it: "the Acme shipyard" is also "Acme".

Extraction names an unlisted firm or group with the noun that told what it is ("the Severnaya
Verf shipyard", "the SABCA works", "the Abu Sayyaf group"), where a reader, and the gold, also
name it by the name alone; the node keeps the longer key and is known by the bare name too
(issue 12, h-span2).
"""

from __future__ import annotations

from kg.extract.gazetteer import Roles


def bare_name(label: str, cls: str, roles: Roles) -> str | None:
    """The name (its last word capitalised) before a trailing lower-case noun that says what
    a Company (company_nouns, works_nouns) or an Agency (group_nouns) is, or None."""
    name, _, noun = label.rpartition(" ")
    nouns = roles.company_nouns | roles.works_nouns if cls == "Company" \
        else roles.group_nouns if cls == "Agency" else frozenset()
    if noun not in nouns or not name or not name.split()[-1][:1].isupper():
        return None
    return name

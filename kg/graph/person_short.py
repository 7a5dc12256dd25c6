"""A person's short form is the article's one person named in full with it.

News writes a name in full once and then shortens it, and two shortenings stayed nodes of
their own beside the full name, splits of one person (issue 12, h-per2):

- a leading run of the name's words: "Abdel Wahid" after "Abdel Wahid al-Nur", "Hamad bin
  Jassim" after "Hamad bin Jassim bin Jabr al-Thani", "Saif al-Islam" after "Saif al-Islam
  Gaddafi" (a given name of two words, or a nasab without the family name); the one-word
  forms are `kg.graph.resolve`'s, the titled ones `kg.graph.titled_short`'s;
- the surname, where the full name was typed another class ("President Benigno Aquino"
  tagged a place, "Minister David Thomson" a ship, then "Aquino", "Mr Thomson" a person):
  the person's one-word key is the only name of the article that ends with it;
- the surname with its name particle capitalised, as a sentence opens with it, where NER took
  it for a body ("Von der Leyen said" after "Ursula von der Leyen", "El-Naser said" after
  "Hazim el-Naser"; issue 12, h-ent36).

Two people of the article that the short form fits ("Kim Jong Il", "Kim Jong Un") leave it
alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from kg.model import Mention


def leading_run_keys(mentions: Iterable[Mention], keys: dict) -> dict:
    """The document's ``keys`` with each person key of two words or more that opens exactly one
    longer person key of the document re-pointed to that key."""
    people = {keys[m.span] for m in mentions if m.cls == "Person"}
    moved = {}
    for short in people:
        words = short.split()
        if len(words) < 2:
            continue
        longer = [k for k in people if len(k.split()) > len(words)
                  and k.split()[:len(words)] == words]
        if len(longer) == 1:
            moved[short] = longer[0]
    # every mention keyed so moves, as in kg.graph.titled_short: one typed another class may
    # have taken the short form's key
    return {span: moved.get(key, key) for span, key in keys.items()} if moved else keys


def mistyped_full_name(surname: str, mentions: Iterable[Mention], keys: dict,
                       listed: Collection[str], particles: Collection[str]) -> str | None:
    """The one name of the document, typed other than a person and not ``listed``, that is
    written as a person's name ending with ``surname`` ("Benigno Aquino" for "Aquino"); None
    if none or several."""
    found = {key for m in mentions if m.cls != "Person" and (key := keys.get(m.span))
             and key not in listed and _person_like(key, particles)
             and key.split()[-1] == surname}
    return found.pop() if len(found) == 1 else None


def particled_surname_keys(mentions: Iterable[Mention], keys: dict, classes: Collection[str],
                           listed: Collection[str], particles: Collection[str]) -> dict:
    """The document's ``keys`` with each mention of ``classes``, not ``listed`` and keyed by its
    own name, whose name opens with a capitalised name particle ("Von der Leyen", "El-Naser")
    re-pointed to the one person key of the document that ends with that name written with
    the particle in lower case ("Ursula von der Leyen", "Hazim el-Naser")."""
    mentions = list(mentions)
    people = {keys[m.span] for m in mentions if m.cls == "Person"}
    moved = {}
    for m in mentions:
        key = keys.get(m.span)
        if m.cls not in classes or m.key is not None or key != m.lemma or key in listed:
            continue
        tail = lower_particle(key, particles)
        if tail is None:
            continue
        longer = {p for p in people if p.endswith(f" {tail}")}
        if len(longer) == 1:
            moved[m.span] = longer.pop()
    return {**keys, **moved} if moved else keys


def lower_particle(name: str, particles: Collection[str]) -> str | None:
    """"Von der Leyen" → "von der Leyen", "El-Naser" → "el-Naser": a name opened by a
    capitalised name particle (a word of its own, or joined by a hyphen) with the particle in
    lower case, as a person's full name writes it; None if ``name`` opens with none."""
    first, rest = name.split(" ", 1) if " " in name else (name, "")
    head, dash, after = first.partition("-")
    word = head if dash else first
    if not word[:1].isupper() or word.lower() not in particles \
            or not (after[:1].isupper() if dash else rest[:1].isalpha()):
        return None
    return f"{word.lower()}{first[len(word):]}{' ' if rest else ''}{rest}"


def _person_like(name: str, particles: Collection[str]) -> bool:
    """Whether ``name`` is written as a person's name: two or more words, each capitalised
    and alphabetic (hyphens, points and apostrophes aside) or a name particle."""
    words = name.split()
    return len(words) > 1 and all(
        w in particles or w[:1].isupper() and w.replace("-", "").replace(".", "")
        .replace("'", "").isalpha() for w in words)

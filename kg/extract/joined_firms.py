"""One firm named by single words joined with "and": "Acme and Baxter", "Acme, Baxter and
Associates"; or by two trades joined with "and": "Acme Defense and Security".

NER cuts such a name at "and" (or at the comma before it) into spans of its own, and kg's
context rules then make each span a Company: "built by Acme | and Baxter" gives two firms
"Acme" and "Baxter". Two firms that news names side by side are known ones (the gazetteer
holds them) or carry names of more than one word ("Acme Aerospace and Baxter Shipyards"); a
run of unlisted Company spans whose every part is one capitalised word is one founders'
name, the way firms are named (issue 12, h-ent21).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles

_JOINERS = frozenset({"and", "&"})
# words before a coordination that say it has two members ("both X and Y", "between X and Y")
_PAIR_WORDS = frozenset({"both", "between", "either", "neither"})


def names_joined_by_and(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Company spans over runs of two or more unlisted Company spans, next to one another but
    for a comma or the last "and"/"&", that together are single capitalised words joined by
    commas and one last "and" ("Acme | and | Baxter", "Acme | , | Baxter and Associates")."""
    ordered = sorted(ents, key=lambda e: e.start)
    made = []
    n = 0
    while n < len(ordered):
        m = n
        while m + 1 < len(ordered) and _firm(ordered[m]) and _firm(ordered[m + 1]) \
                and _joined(doc[ordered[m].end:ordered[m + 1].start]):
            m += 1
        run = doc[ordered[n].start:ordered[m].end]
        if m > n and _single_words(run) and not _said_to_be_several(run):
            made.append(SpacySpan(doc, ordered[n].start, ordered[m].end, label="Company"))
        n = m + 1
    return made


def _said_to_be_several(run: SpacySpan) -> bool:
    """"both Acme and Baxter", "the shipbuilders Acme and Baxter", "Acme and Baxter, two
    Danish firms": a pair word or a plural noun before the run, or a plural noun in apposition
    to a word of it, counts its members."""
    before = run.doc[run.start - 1] if run.start > 0 else None
    if before is not None and (before.lower_ in _PAIR_WORDS or before.tag_ == "NNS"):
        return True
    return any(c.dep_ == "appos" and c.tag_ == "NNS" for t in run for c in t.children)


def _firm(e: SpacySpan) -> bool:
    """An unlisted span that kg took for a company."""
    return e.label_ == "Company" and not e.ent_id_


def _joined(between: SpacySpan) -> bool:
    """Only a comma or "and"/"&" lies between two spans."""
    return len(between) == 1 and (between[0].text == "," or between[0].lower_ in _JOINERS)


def _single_words(run: SpacySpan) -> bool:
    """The run is capitalised single words, commas only before its one last joiner, and ends
    in a word: "A, B and C", not "A and B and C" or "A Aerospace and B"."""
    parts: list[list[Token]] = [[]]
    joiners = []
    for t in run:
        if t.text == "," or t.lower_ in _JOINERS:
            joiners.append(t.lower_)
            parts.append([])
        else:
            parts[-1].append(t)
    return joiners[-1:] in (["and"], ["&"]) and all(j == "," for j in joiners[:-1]) \
        and all(len(p) == 1 and p[0].is_alpha and p[0].text[:1].isupper()
                and not p[0].is_upper for p in parts)


def firms_joined_by_trades(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Acme Defense and Security", "Acme Shipbuilding and Offshore International Co.": an
    unlisted firm whose name ends in a trade word (roles company_suffixes), then "and"/"&" and
    a capitalised run opened by a trade word no firm's own name begins with (roles
    paired_trades), is one firm's name; NER or the suffix rules cut it at "and" into a firm
    and a fragment (the second trade alone, or a firm of its own) (issue 12, s69 h-ent35)."""
    starts = {e.start: e for e in ents}
    made = []
    for e in ents:
        j = e.end + 1  # the second trade
        if e.label_ != "Company" or e.ent_id_ or len(e) < 2 or e[-1].text not in \
                roles.company_suffixes or j >= len(doc) or doc[e.end].lower_ not in _JOINERS \
                or doc[j].text not in roles.paired_trades or _said_to_be_several(e):
            continue
        held = next((f for f in ents if f.start <= j < f.end), None)
        if held is not None:
            if held.start != j or held.ent_id_ or held.label_ not in ("Company", "ORG"):
                continue  # "Acme Aerospace and Security Council": a listed body's name
            end = held.end
        else:
            end = j + 1
            while end < len(doc) and end not in starts and end - j < 4 and (
                    doc[end].is_title and doc[end].is_alpha
                    or doc[end].text in roles.company_suffixes):
                end += 1  # "… and Offshore International Co."
        made.append(SpacySpan(doc, e.start, end, label="Company"))
    return made

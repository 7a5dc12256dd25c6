"""A firm named right after a singular company noun, or right before its phrase in apposition:
"the Italian company Eni and …", "the state aircraft maker PT Acme Aerospace", "Eni, the
Italian energy group and …".

The parser hangs such a name on the noun in apposition, so the compound reading of
``refine.firms._described_firms`` does not see it; NER leaves it untagged or tags only its tail
(a legal prefix such as "PT" falls outside). The noun says what the whole capitalised run is: a
Company, named as written (E1) (issue 12, h-firm3).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Roles
from kg.extract.tokens import where

_LONGEST = 5  # words of a firm's name after the noun
# Labels of an unlisted name that the run may hold whole: NER's guesses, or a firm already
_UNSURE = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "Company"})


def firms_after_nouns(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Company spans for the capitalised runs right after a singular company noun that the noun
    heads (apposition) or modifies, or right before its phrase set off by a comma, when no
    listed name or other class holds a word of the run, and the run is not already one entity
    (those are typed in ``_outlets_and_companies``)."""
    covers = {i: e for e in ents for i in range(e.start, e.end)}
    made = []
    for noun in map(doc.__getitem__, where(doc, LOWER, roles.company_nouns)):
        if noun.tag_ != "NN" or noun.lower_ not in roles.company_nouns or noun.i < 1 \
                or firmless(noun, roles):
            continue  # "the rebel group X", "the group X said": no firm
        run = _run_after(doc, noun, roles) or _run_before(doc, noun, roles)
        if run is None:
            continue
        start, end = run
        held = {covers[i] for i in range(start, end) if i in covers}
        if any(e.ent_id_ or e.label_ not in _UNSURE or e.start < start or e.end > end
               for e in held) or any(e.start == start and e.end == end for e in held):
            continue  # a listed name, a place or weapon, a longer name, or the run itself
        made.append(SpacySpan(doc, start, end, label="Company"))
    return made


def no_firm_word(tok: Token, roles: Roles) -> bool:
    """A word of armed, political or campaign groups ("rebel", "opposition", "anti-corruption"):
    a company noun ("group") after it names no firm (h-ent10)."""
    return tok.lower_ in roles.armed_words or tok.lower_ in roles.cause_words


def firmless(noun: Token, roles: Roles) -> bool:
    """Whether the company noun ``noun`` names no firm: a word of ``no_firm_word`` right before
    it ("the rebel group X"), or "group" with no trade word before it (``untraded``)."""
    return noun.i > 0 and no_firm_word(noun.doc[noun.i - 1], roles) or untraded(noun, roles)


def untraded(noun: Token, roles: Roles) -> bool:
    """"the group X said", "the Ruritanian group X": a company noun that names a firm only with
    a lower-case word of its trade before it ("the shipping group", "defence group"; roles
    trade_company_nouns) has none (an article or a people's word): no firm (s65 h-ent24)."""
    if noun.lower_ not in roles.trade_company_nouns:
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return before is None or not (before.is_lower and before.is_alpha
                                  and before.pos_ in ("NOUN", "ADJ", "VERB", "PROPN"))


def _run_after(doc: Doc, noun: Token, roles: Roles) -> tuple[int, int] | None:
    """"the Italian company Eni": the run right after the noun, joined to it by the parser."""
    end = _run_end(doc, noun.i + 1, roles)
    if end is None or not _attached(doc[noun.i + 1:end], noun):
        return None
    return noun.i + 1, end


def _run_before(doc: Doc, noun: Token, roles: Roles) -> tuple[int, int] | None:
    """"Eni, the Italian energy group and …": the run before a comma that the noun's phrase,
    opened by an article, stands in apposition to."""
    name = noun.head
    if noun.dep_ != "appos" or name.i >= noun.i or name.i + 1 >= len(doc) \
            or doc[name.i + 1].text != "," or doc[name.i + 2].lower_ not in ("the", "a", "an") \
            or noun.left_edge.i != name.i + 2:
        return None
    start = name.i + 1
    while start > 0 and name.i + 1 - start < _LONGEST and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    if start > name.i or _run_end(doc, start, roles) != name.i + 1:
        return None
    return start, name.i + 1


def _run_end(doc: Doc, start: int, roles: Roles) -> int | None:
    """The end of the capitalised proper-noun run that starts at ``start``, or None where there
    is none or a title or month word opens or fills it ("the company Chairman X")."""
    i = start
    while i < len(doc) and i - start < _LONGEST and doc[i].pos_ == "PROPN" \
            and doc[i].text[:1].isupper():
        if doc[i].lower_ in roles.title_words or doc[i].lower_ in roles.month_words:
            return None
        i += 1
    if i == start or i - start == _LONGEST and i < len(doc) and doc[i].pos_ == "PROPN":
        return None
    return i


def _attached(run: SpacySpan, noun: Token) -> bool:
    """Whether the parser joins the run to the noun: the run's root in apposition to it or
    under it, or the noun a modifier of a word of the run."""
    root = run.root
    return root.head.i == noun.i or noun.head.i in range(run.start, run.end)

"""Rules for people: names after titles and in apposition, people described, listed, cued
or leading bodies, surnames and first names, monarchs, offices and the titles inside
names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.attrs import IS_TITLE, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, Roles
from kg.extract.person_cues import referred_back
from kg.extract.refine.place_names import _post_before
from kg.extract.refine.spans import (
    NAME_LABELS,
    POSSESSIVE,
    _body_named,
    _covers,
    _firm_noun_after,
    _headline,
    _people_word,
    _replace,
    _set_id,
    _taken,
    _text,
    _title_before,
)
from kg.extract.tokens import column, lowers, texts, vocabulary, where, with_pos, without_the
from kg.model import ENTITY_CLASSES


def _name_run(doc: Doc, start: int, taken: set[int],
              particles: frozenset[str] = frozenset()) -> int:
    """The end of two to four untagged proper names from ``start`` (``start`` if none); a
    lower-case word of ``particles`` may join two of them ("Marcel Alain de Souza", "Ahmed bin
    Salem")."""
    end = start
    while end < len(doc) and end - start < 4 and end not in taken and (
            doc[end].is_title and doc[end].pos_ == "PROPN"
            or end > start and doc[end].is_lower and doc[end].lower_ in particles
            and end + 1 < len(doc) and doc[end + 1].is_title and end + 1 not in taken):
        end += 1
    if end - start >= 2 and not (end < len(doc) and doc[end].is_title):
        return end
    return start


def _names_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Colonel-General Anatoly Nogovitsyn said": two to four proper names right after a
    title that NER left untagged are a person; after a plural title ("Foreign Ministers Ana
    Pop and Ion Vasile") so is each name of the list."""
    taken = _taken(ents)
    made = []
    for t in (doc[i] for i in with_pos(doc, "PROPN") if i >= 1):
        if not t.is_title or t.pos_ != "PROPN" or t.i in taken \
                or doc[t.i - 1].lower_ not in roles.title_words \
                or _title_before(doc, t.i, roles) is None:
            continue
        end = _name_run(doc, t.i, taken)
        if end > t.i:
            made.append(SpacySpan(doc, t.i, end, label="PERSON"))
        while doc[t.i - 1].lower_ in roles.plural_title_words and end > t.i + 1 \
                and end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
            nxt = end + 2 if doc[end].text == "," and doc[end + 1].lower_ == "and" else end + 1
            start, end = nxt, _name_run(doc, nxt, taken)
            if end == start:
                break
            made.append(SpacySpan(doc, start, end, label="PERSON"))
    return _replace(ents, made) if made else ents


REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")  # "Faisal II", "Charles III"


def _monarchs(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"King Farouk", "Queen Sirikit's son", "King Faisal II", "Prince Charles": a royal title
    and one capitalised name (and a regnal number) that no longer name goes on from ("Prince
    Khalid bin Sultan", "King Edward VII's Own …") are a Person, whatever NER made of them: the
    title kept with one name ("King Hussein"), cut before two ("Faisal II"), as honorifics are;
    listed names ("HMS <Name>" after a queen, a base named after a king) are left alone."""
    held = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, ORTH, roles.royal_titles)):
        name = t.i + 1
        if t.text not in roles.royal_titles or name >= len(doc) \
                or not (doc[name].is_title and doc[name].pos_ == "PROPN" and doc[name].is_alpha) \
                or t.i > 0 and (doc[t.i - 1].is_title or doc[t.i - 1].is_upper) \
                and not doc[t.i - 1].is_sent_start:
            continue
        regnal = name + 1 < len(doc) and bool(REGNAL.match(doc[name + 1].text))
        end = name + 1 + regnal
        after = end + (end < len(doc) and doc[end].text in POSSESSIVE)
        # (but "King Hassan II of Morocco": "of" and a state the gazetteer named say whose
        # monarch he is, the name ends before them; d370, d486; a state NER tagged GPE
        # before the gazetteer classed it: "- King Hussein of Jordan" after a dateline, d627)
        of_state = after + 1 < len(doc) and doc[after].lower_ == "of" \
            and (x := held.get(after + 1)) is not None and x.label_ in ("Country", "GPE") \
            and x.start == after + 1
        if after < len(doc) and not of_state \
                and (doc[after].is_title and doc[after].is_alpha
                     or doc[after].lower_ in roles.joining_particles
                     or doc[after].lower_ in roles.nasab_particles  # "bin Sultan"
                     or doc[after].text == "-") \
                or any((x := held.get(i)) is not None and (x.ent_id_ or x.label_ in ENTITY_CLASSES)
                       for i in range(t.i, end)):
            continue  # "King Khalid Military City", "Prince Saud al-Faisal", listed names
        # the title stays with one name ("King Farouk"), not with two ("Faisal II", E-honorifics)
        made.append(SpacySpan(doc, name if regnal else t.i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _headed_name(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` ends in a body's, a firm's or a place's head word ("the General Civil
    Aviation Authority", "the Prince Edward Islands"): a name that a title word opens, no
    titled person (a surname is no such word; h-ent34)."""
    last = e[-1]
    return last.text in roles.org_heads or last.text in roles.company_suffixes \
        or last.text in roles.structure_heads or last.lower_ in roles.feature_nouns


def _title_inside(e: SpacySpan, roles: Roles) -> int | None:
    """Where the name begins in a span NER made of a title and a name ("Lieutenant General
    Raoul Cedras"): after the longest title the span starts with, when two or three proper
    names follow and the last is no head word of a body, firm or place; else None."""
    if _headed_name(e, roles):
        return None
    words = tuple(t.lower_ for t in e)
    for size, titles in roles.title_sizes:
        if size < len(e) - 1 and words[:size] in titles and 2 <= len(e) - size <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in e[size:]):
            return e.start + size
    return None


def _titled_appositive(e: SpacySpan, roles: Roles) -> bool:
    """"the exiled president, Jean-Bertrand Aristide,", "His deputy, Thabo Mbeki, told": an
    unlisted name in apposition to a title noun is a person (NER often takes hyphenated first
    names for organisations, and unfamiliar ones for places)."""
    head = e.root.head
    return (e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and e.root.dep_ == "appos"
            and head.pos_ == "NOUN" and head.lower_ in roles.title_words and head.i < e.start
            and not any(t.text in roles.org_heads or t.text in roles.company_suffixes
                        for t in e))


def _titles_across(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"State Secretary for Defence Cees van der Knaap", which NER cut into "Defence Cees van"
    and "Knaap": a title that ends inside a name span is cut off, and the name runs on over
    its particles and the names after them."""
    made: list[SpacySpan] = []
    for e in ents:
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_:
            continue
        for k in range(e.start + 1, e.end):
            start = _title_before(doc, k, roles)
            if start is None or start >= e.start or not doc[k].is_title:
                continue
            end = e.end
            while end < len(doc) and (doc[end].lower_ in roles.name_particles
                                      or doc[end].is_title and doc[end].pos_ == "PROPN"):
                end += 1
            while end > k + 1 and not doc[end - 1].is_title:
                end -= 1  # not ending on a particle
            made.append(SpacySpan(doc, k, end, label="PERSON"))
            break
    return _replace(ents, made) if made else ents


def _one_name_after_title(e: SpacySpan, roles: Roles) -> bool:
    """"President Sukarno of Indonesia", "the Foreign Secretary, Lord Carrington": one proper
    name that NER took for a place or an organisation right after a capitalised title is the
    person so titled (news names a head of state or a peer by one name)."""
    doc = e.doc
    start = _title_before(doc, e.start, roles)
    return len(e) == 1 and e.label_ in ("GPE", "ORG", "FAC", "LOC") and e[0].is_alpha \
        and start is not None and doc[start].is_title and not _headline(e.sent)


def _title_run_end(doc: Doc, i: int, roles: Roles) -> int:
    """Where a run of capitalised titles and honorifics from token ``i`` ends ("Chief of Air
    Staff Air Marshal", "Ratu Sir", "Emperor"): ``i`` itself when none opens there."""
    titled, words = column(doc, IS_TITLE), lowers(doc)  # (no Token per word)
    while i < len(doc) and titled[i]:
        size = next((n for n, titles in roles.chain_title_sizes
                     if tuple(words[i:i + n]) in titles), 0)
        if not size:
            break
        i += size
    return i


def _is_name_word(t: Token, last: bool, roles: Roles) -> bool:
    """A capitalised name ("Petinrin") or, before the surname, initials ("RGK Kapoor"); no word
    of a body or a firm ("Ministry", "Dynamics")."""
    return (t.is_alpha and (_capitalised(t) or t.is_upper and not last and 2 <= len(t) <= 4)
            and t.text not in roles.org_heads and t.text not in roles.company_suffixes
            and t.lower_ not in roles.not_names and t.lower_ not in roles.title_words)


def _capitalised(t: Token) -> bool:
    """A capitalised word, also with a capital inside ("FitzGerald", "McKay"), which
    ``Token.is_title`` refuses."""
    return t.is_title or t.text[:1].isupper() and t.text[1:2].islower()


def _titled_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Justice Petrus Cillie", "Emperor Haile Selassie", "[Chief of] Air Staff Air Marshal
    Oluseyi Petinrin": a run of titles (roles.yaml titles, name_titles, honorifics, royal
    titles) that NER glued to one to three names, even where its span begins inside the run,
    is cut off them and the names are a person; one name ("General Nasution") only where the
    text names a person of that surname in full, and never after a royal title ("King
    Hussein" is the name). A span of titles alone before a person ("Ratu Sir" + "Penaia
    Ganilau", "Bishop" + "Abel Muzorewa"), an organisation or a person to NER, names nothing."""
    surnames = {e[-1].text for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1}
    person_starts = {e.start for e in ents if e.label_ in ("PERSON", "Person")}
    out: list[SpacySpan] = []
    for e in ents:
        # "The Rev Ian Paisley": NER took the article in before a title that stands only before
        # a name ("the King Fahd Causeway" is a place's name, and stays)
        first = e.start + (len(e) > 1 and e[0].lower_ == "the" and (
            (e[1].lower_,) in roles.name_titles or e[1].lower_ in roles.honorifics))
        cut = None if e.label_ not in ("ORG", "PERSON") or e.ent_id_ else next(
            (c for s in range(max(0, e.start - 4), first + 1)
             if (c := _title_run_end(doc, s, roles)) > first), None)
        if cut is None:
            out.append(e)
            continue
        end = e.end - 1 if e[-1].text in POSSESSIVE else e.end
        if cut >= e.end and any(p in person_starts for p in range(e.end, cut + 1)):
            # "Ratu Sir", "Bishop" before the name NER tagged apart (ORG or PERSON); also a run
            # the person's span begins inside ("Supreme" + "Leader" + "Ayatollah X Y")
            continue
        names = doc[cut:end]
        if not 1 <= len(names) <= 3 \
                or not all(_is_name_word(t, t.i == end - 1, roles) for t in names) \
                or len(names) == 1 and (names[0].text not in surnames
                                        or doc[cut - 1].text in roles.royal_titles):
            out.append(e)
            continue
        out.append(SpacySpan(doc, cut, e.end, label="PERSON"))
    return out


def _particle_name_end(doc: Doc, e: SpacySpan, roles: Roles) -> int | None:
    """Where the names after a name's particles begin, when ``e`` is a person that ends on or
    before its particles ("Ursula von" + "der Leyen", "Daniel arap" + "Moi"), or one unlisted
    name NER took for an organisation before a particle no place or body takes ("Justus" +
    "ole Tipis"; not "Plaza" + "de Mayo"); else None."""
    end = e.end - (e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in roles.name_particles
                   and e[-1].is_lower)
    person = e.label_ == "PERSON" or e.label_ == "ORG" and len(e) == 1 and e[0].is_title \
        and end < len(doc) and doc[end].lower_ not in roles.joining_particles
    if not person or end >= len(doc) or doc[end].lower_ not in roles.name_particles \
            or not doc[end].is_lower:
        return None
    while end < len(doc) and doc[end].lower_ in roles.name_particles and doc[end].is_lower:
        end += 1
        # an Arabic article joined by a hyphen to the name after it ("el-Gamasy", "al-Sisi")
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 1
    return end


def _particle_name_start(doc: Doc, e: SpacySpan, roles: Roles, taken: set[int]) -> int | None:
    """Where a name begins whose particles NER left out with the given names before them
    ("Lemayian ole" + "Sankale"): one to three untagged capitalised names before the particles
    before a person, or before one unlisted name NER took for an organisation (not "Plaza de"
    + "Mayo": a place's particle); else None."""
    start = e.start
    while start > 0 and doc[start - 1].lower_ in roles.name_particles and doc[start - 1].is_lower \
            and (e.label_ == "PERSON" or doc[start - 1].lower_ not in roles.joining_particles):
        start -= 1
    if start == e.start or e.label_ != "PERSON" and not (e.label_ == "ORG" and len(e) == 1):
        return None
    names = start
    while names > 0 and start - names < 3 and names - 1 not in taken \
            and doc[names - 1].is_title and doc[names - 1].pos_ == "PROPN":
        names -= 1
    return names if names < start else None


def _elided_name(tok: Token, roles: Roles) -> bool:
    """"d'Estaing" after "Valery Giscard": a name whose particle (a name_particles word that
    ends in an apostrophe) the tokenizer left on it, the rest capitalised."""
    text = tok.text.replace("\u2019", "'")
    return any(text[:len(p)].lower() == p and text[len(p):len(p) + 1].isupper()
               for p in roles.name_particles if p.endswith("'"))


def _people_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name that NER took for an organisation or place after a title is a person
    ("Chancellor Olaf Scholz"), one after "the town of" a place; a title word alone is no
    organisation ("Secretary of State")."""
    out, longer = [], []
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    taken = _taken(ents)
    # a surname NER tagged a person of its own though the parser took it for a noun
    # ("Jose Eduardo" + "dos" + "Santos/NOUN"): after a name's particles it goes on the name
    person_at = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    for e in ents:
        if e.label_ not in NAME_LABELS or e.ent_id_:
            out.append(e)
            continue
        if e.label_ == "ORG" and (len(e) == 1 and e[0].lower_ in roles.not_names
                                  or tuple(t.lower_ for t in e) in roles.titles):
            continue  # "Ministry", "Air Marshal": a title or a word, not an organisation
        if e.label_ in ("PERSON", "ORG") and e.end < len(doc) \
                and doc[e.end].lower_ in roles.people_nouns:
            continue  # "the Kanak people", "the Karen minority": a people, no one actor
        if e.label_ == "ORG" and _people_word(without_the(e), roles):
            continue  # "the Druze leader", "the rights of the Uighurs": a people, no body
        if e.label_ in ("GPE", "LOC", "PERSON") and _people_word(e, roles):
            continue  # "Tuareg leaders", "8,000 Tutsi": a people's name, no place or person
        if e.label_ == "PERSON" and len(e) == 1 and e.end < len(doc) \
                and doc[e.end].lower_ in roles.member_nouns and _text(e) not in surnames:
            continue  # "Hutu militias", "Lendu fighters": a people's members, no one person
        if (start := _particle_name_start(doc, e, roles, taken)) is not None:
            longer.append(SpacySpan(doc, start, e.end, label="PERSON"))  # "Lemayian ole" + "X"
            continue
        if (names := _particle_name_end(doc, e, roles)) is not None:
            end = names
            while end < len(doc) and doc[end].is_title \
                    and (doc[end].pos_ == "PROPN" or end in person_at):
                end += 1
            if end > names:  # "Ursula von" + "der Leyen"
                longer.append(SpacySpan(doc, e.start, end, label="PERSON"))
                continue
        if e.label_ == "PERSON" and e.end < len(doc) and _elided_name(doc[e.end], roles):
            longer.append(SpacySpan(doc, e.start, e.end + 1, label="PERSON"))  # + "d'Estaing"
            continue
        if e.label_ in ("ORG", "NORP", "GPE") and (cut := _title_inside(e, roles)) \
                and not _firm_noun_after(e, roles):  # "General Motors Defense, a … company"
            out.append(SpacySpan(doc, cut, e.end, label="PERSON"))  # "Lieutenant General X Y"
            continue
        end = e.end - 1 if e[-1].text in POSSESSIVE and len(e) > 2 else e.end  # "X Y's"
        names = all(t.is_title and t.pos_ == "PROPN" or t.text == "-" and 0 < t.i - e.start
                    < end - e.start - 1 for t in doc[e.start:end])  # "Jean-Bertrand"
        if names and end - e.start >= 2 and (_title_before(doc, e.start, roles) is not None
                                             or _titled_appositive(e, roles)) \
                or names and _one_name_after_title(e, roles):
            out.append(SpacySpan(doc, e.start, end, label="PERSON"))
        elif _of_place_noun(e, roles):  # "the town of Moura"
            out.append(SpacySpan(doc, e.start, e.end, label="GPE"))
        else:
            out.append(e)
    return _replace(out, longer) if longer else out


def _of_place_noun(e: SpacySpan, roles: Roles) -> bool:
    """"the town of Moura", "the islet of Tavira", "the bases of Aldor and Brenz": a name that
    "of" after a place noun (its lemma or, for "bases" that spaCy lemmatises "basis", its
    word) governs, or one coordinated with that name, is a place; a coordinated name ending
    in an organisation's head ("the town of Moura and the Acme Council") is not (h-ent31)."""
    tok = e.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.i != e.root.i and e[-1].text in roles.org_heads:
        return False
    noun = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and noun.i < tok.i \
        and bool({noun.lemma_.lower(), noun.lower_} & roles.place_nouns)


def _apostrophe_name(t: Token) -> bool:
    """A capitalised name with an apostrophe inside ("N'Guessan", "O'Neil"), no possessive."""
    return t.is_title and any(q in t.text[1:-1] for q in "'\u2019") \
        and t.text[-2:] not in POSSESSIVE


def _pieces_after_title(doc: Doc, start: int, end: int, ents: list[SpacySpan]
                        ) -> list[SpacySpan] | None:
    """The spans NER cut the names ``start``-``end`` into, if they lie wholly inside them and
    are names of no listed thing but, before the last, a listed place ("Wellington"); else
    None."""
    pieces = [e for e in ents if e.start < end and e.end > start]
    if not pieces or any(e.start < start or e.end > end for e in pieces) \
            or any(e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "Country", "Region")
                   for e in pieces) \
            or pieces[-1].ent_id_ or pieces[-1].end != end:
        return None
    return pieces


def _split_names_after_titles(doc: Doc, ents: list[SpacySpan], roles: Roles
                              ) -> list[SpacySpan]:
    """"Defence Minister Michel Amani | N'Guessan", "General Try | Sutrisno", "Defence Minister
    Wellington | Koo": two or three proper names right after a title that NER cut into pieces
    (a person and an organisation, an untagged given name and a place, a capital and a
    person) are one person, whose surname ends the run."""
    made = []
    for i in with_pos(doc, "PROPN"):
        if i < 1 or _title_before(doc, i, roles) is None or _opens_name_title(doc, i, roles):
            continue  # ("Supreme Leader Ayatollah X Y": the rank is no given name)
        end = i
        while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" \
                and (_is_name_word(doc[end], False, roles) or _apostrophe_name(doc[end])):
            end += 1
        if end - i < 2 or end < len(doc) and doc[end].is_title:
            continue
        pieces = _pieces_after_title(doc, i, end, ents)
        if pieces is not None and (len(pieces) > 1 or pieces[0].start > i):
            made.append(SpacySpan(doc, i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _opens_name_title(doc: Doc, i: int, roles: Roles) -> bool:
    """Whether a title that stands only before a name (roles.yaml name_titles: "Ayatollah",
    "Leading Seaman") opens at token ``i``."""
    words = lowers(doc)
    # (only the titles whose first word is token ``i``'s can match: no Span per title)
    return any(tuple(words[i:i + len(title)]) == title
               for title in roles.name_titles_by_first.get(words[i], ()))


def _title_nouns(roles: Roles) -> frozenset[str]:
    """``Roles.post_nouns``: built once per ``Roles``, not on every call (1,172 calls per 300
    documents)."""
    return roles.post_nouns


def _post_described(e: SpacySpan, roles: Roles) -> bool:
    """"Zed Seselja, Australia's minister for the Pacific, said", "Gulzarilal Nanda was sworn
    in as acting prime minister": a title noun in apposition after the name, or after "as" on
    the verb whose subject the name is, gives the name a person's post."""
    root, nouns = e.root, _title_nouns(roles)

    def post(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lower_ in nouns

    if any(c.dep_ == "appos" and c.i > root.i and post(c) for c in root.children):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(o.dep_ == "pobj" and post(o)
                                                      for o in p.children)
        for p in root.head.children)


def _described_people(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted name that NER took for a place or an organisation (or cut after a given
    name it left untagged: "Zed | Seselja") is a person when a title noun describes it (see
    _post_described) and it reads as a full name: two or three capitalised proper nouns
    (issue 12, h-ent9)."""
    held = _taken(ents)
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_ \
                or not _post_described(e, roles) \
                or any(t.text in roles.org_heads or t.text in roles.company_suffixes
                       for t in e):
            continue
        start = e.start
        while start > 0 and start - 1 not in held and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i in range(e.start, e.end):
            start -= 1  # "Zed" before "Seselja"
        words = doc[start:e.end]
        if 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                        for t in words) \
                or _full_name_words(words, roles):  # "Jean-Hilaire Aubame"
            made.append(SpacySpan(doc, start, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _untagged_described_people(doc: Doc, ents: list[SpacySpan], roles: Roles
                               ) -> list[SpacySpan]:
    """"Laurent Gbagbo and Guillaume Soro, leader of the rebel New Forces, signed": two or
    three capitalised proper nouns that NER left untagged, with a title noun in apposition
    right after them, are a person (issue 12, h-ent41; _described_people for names NER
    tagged)."""
    taken = _taken(ents)
    nouns = _title_nouns(roles)
    made = []
    for t in (doc[i] for i in with_pos(doc, "PROPN")):
        if t.i in taken or not t.is_title or not t.is_alpha \
                or t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start \
                or t.i > 0 and doc[t.i - 1].lower_ in roles.title_words:
            continue  # a name's inner word, or one after a title (_names_after_titles)
        end = _name_run(doc, t.i, taken, roles.name_particles)
        words = doc[t.i:end]
        particles = sum(w.is_lower for w in words)  # "Marcel Alain de Souza": one more word
        if not 2 <= len(words) <= 3 + particles or end >= len(doc) or doc[end].text != "," \
                or not all(w.is_alpha for w in words) \
                or any(w.text in roles.org_heads or w.text in roles.company_suffixes
                       or w.lower_ in roles.title_words for w in words):
            continue
        root = doc[end - 1]
        if any(c.dep_ == "appos" and c.i > end and c.pos_ == "NOUN" and c.lower_ in nouns
               for c in root.children):
            made.append(SpacySpan(doc, t.i, end, label="PERSON"))
    return _replace(ents, made) if made else ents


COMMA = frozenset({","})


def _people_in_apposition(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Portugal's Prime Minister, Anibal Cavaco Silva, said", "the leader of the United Tajik
    Opposition, Sayid Abdullo Nuri, signed": two to four capitalised names set off by commas
    right after a title noun are a person, whatever NER made of them (an organisation,
    nothing); names of listed things, bodies and firms stay."""
    kept = {i for e in ents if e.ent_id_ or e.label_ not in NAME_LABELS
            for i in range(e.start, e.end)}
    made = []
    for c in where(doc, ORTH, COMMA):
        start = end = c + 1
        if start < len(doc) and (doc[start].lower_ in roles.honorifics
                                 or _title_run_end(doc, start, roles) > start):
            continue  # "the Governor-General, Ratu Sir X Y,": titled names' own rules
        while end < len(doc) and end - start < 5 and end not in kept and (
                _is_name_word(doc[end], False, roles) and doc[end].pos_ == "PROPN"
                or doc[end].lower_ in roles.name_particles and doc[end].is_lower
                and end > start):
            end += 1
        after = _of_body_end(doc, end, ents)  # "The officer, X Y of the Security Service,"
        if 2 <= end - start <= 4 and after < len(doc) and doc[after].text == "," \
                and doc[end - 1].is_title and _post_before(doc, c, roles):
            made.append(SpacySpan(doc, start, end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _of_body_end(doc: Doc, i: int, ents: list[SpacySpan]) -> int:
    """Where "of" and a tagged body or state at token ``i`` end ("Eston Kohver | of the
    Internal Security Service |,"): a person's affiliation, which news sets inside the commas
    of an apposition (issue 12, h-per1); ``i`` itself where none follows."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return i
    body = next((e for e in ents if e.start == i + 1), None)
    return body.end if body is not None and body.label_ in (
        "Agency", "Country", "ORG", "GPE") else i


def _who_described(e: SpacySpan) -> bool:
    """Whether a relative clause on ``e``'s head opens with "who"/"whom" ("Romania's Nicolae
    Ceausescu, who refused to take part, …"): news writes "which" after an organisation."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i < c.i
                                         for w in c.children)
               for c in e.root.children)


def _people_by_who(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """An unlisted name that NER took for an organisation, a place or a product is a person
    when a "who" clause describes it and it reads as a name: one to three capitalised proper
    nouns, none a body's or a firm's word (units are "who" too: "42 Commando", "the 2nd
    Foreign Parachute Regiment")."""
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") or e.ent_id_ \
                or not _who_described(e) or _headline(e.sent):
            continue
        words = without_the(e)
        if 1 <= len(words) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha
                and t.text not in roles.org_heads and t.lower_ not in roles.not_names
                and t.text not in roles.company_suffixes for t in words):
            made.append(SpacySpan(doc, words.start, words.end, label="PERSON"))
    made += _untagged_who_described(doc, ents, roles)
    return _replace(ents, made) if made else ents


def _untagged_who_described(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Olusegun Obasanjo, who led the mediation, told reporters": a full name (two or three
    capitalised proper nouns) that NER left untagged and a "who" clause describes is a person
    too (issue 12, h-per1)."""
    tagged = _taken(ents)
    made = []
    for t in map(doc.__getitem__, with_pos(doc, "PROPN")):  # (no Token per word)
        if t.i in tagged or not _who_described(doc[t.i:t.i + 1]):
            continue
        start = t.i
        while start > 0 and t.i - start < 2 and start - 1 not in tagged \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        name = doc[start:t.i + 1]
        # (not the end of a longer name: "the Liberation Tigers of Tamil Eelam, who …")
        if (start == 0 or not doc[start - 1].is_title and doc[start - 1].lower_ != "of") \
                and _full_name_words(name, roles) \
                and not _headline(name.sent):
            made.append(SpacySpan(doc, start, t.i + 1, label="PERSON"))
    return made


def _full_name_words(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` reads as a person's full name: two or three capitalised proper names
    ("Raul Sapena Pastor"), a hyphen joining two of them ("Jean-Hilaire Aubame"), none a
    body's, a firm's or a title's word."""
    words = [t for t in e if t.text != "-"]
    return 2 <= len(words) <= 3 and e[0].text != "-" and e[-1].text != "-" \
        and all(t.pos_ == "PROPN" and _is_name_word(t, True, roles) for t in words) \
        and all(e[k + 1].text != "-" for k in range(len(e) - 1) if e[k].text == "-")


def _people_listed_with_people(doc: Doc, ents: list[SpacySpan], roles: Roles
                               ) -> list[SpacySpan]:
    """"Adolfo Calero, Alfredo Cesar and Aristides Sanchez signed", "Foreign Ministers Mario
    Gibson Barboza and Raul Sapena Pastor": an unlisted full name (``_full_name_words``) that
    NER took for an organisation or a place, coordinated with a person's full name, is a
    person too: a list of names is of one kind (issue 12, s33 h-ent34)."""
    people = {i for e in ents if e.label_ == "PERSON" and len(e) > 1
              for i in range(e.start, e.end)}
    if not people:
        return ents
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and _full_name_words(e, roles)
            and any(c.i in people for c in e.root.conjuncts)]
    made += _untagged_listed_people(doc, ents, roles, people)
    return _replace(ents, made) if made else ents


def _people_by_cues(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"A B put his name to it", "A B, whose party won, said he …": an unlisted full name
    (``_full_name_words``) that NER took for an organisation or a place is a person as the
    subject of a verb whose clause refers back to it as "he"/"his"/"she"/"her" or with
    "whose" (kg.extract.person_cues.referred_back) (issue 12, stop 57, h-per1)."""
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.ent_id_
            and _full_name_words(e, roles) and not _headline(e.sent) and referred_back(e)]
    return _replace(ents, made) if made else ents


def _untagged_listed_people(doc: Doc, ents: list[SpacySpan], roles: Roles, people: set[int]
                            ) -> list[SpacySpan]:
    """"the two foreign ministers, A B and C D": a full name NER left untagged (given names and
    a surname the parser joins as compounds to the last), joined by "and" right after a
    person's full name, is a person too (d508) (issue 12, stop 35, h-sig25)."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2 or e.end + 1 >= len(doc) \
                or doc[e.end].lower_ != "and":
            continue
        end = e.end + 1
        while end < len(doc) and end - e.end <= 4 and doc[end].pos_ == "PROPN" \
                and end not in taken:
            end += 1
        name = doc[e.end + 1 : end]
        # (not names that modify a noun after them: "A and Port Moresby officials")
        if len(name) < 2 or end < len(doc) and (doc[end].text in ("'s", "’s")
                                                or doc[end].pos_ in ("NOUN", "PROPN")) \
                or e.root.dep_ in ("nmod", "compound", "amod") \
                or name.root.dep_ != "conj" or name.root.head.i not in people \
                or not _full_name_words(name, roles) \
                or any(t.dep_ != "compound" or t.head.i != name.root.i for t in name[:-1]):
            continue
        made.append(SpacySpan(doc, name.start, name.end, label="PERSON"))
    return made + _untagged_people_listed_before(doc, ents, roles, taken)


def _untagged_people_listed_before(doc: Doc, ents: list[SpacySpan], roles: Roles,
                                   taken: set[int]) -> list[SpacySpan]:
    """"the foreign ministers of A and B, C D and E F": a full name NER left untagged (given
    names the parser joins as compounds to a surname), set off by a comma and joined by "and"
    right before a person's full name that the parser makes its conjunct, is a person too
    (d487) (issue 12, stop 35, h-sig26)."""
    made = []
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2 or e.start < 4 or doc[e.start - 1].lower_ != "and":
            continue
        end = e.start - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and start - 1 not in taken:
            start -= 1
        name = doc[start:end]
        # (only a list set off by a comma: not "the Port Moresby and A B talks")
        if len(name) < 2 or doc[start - 1].text != "," or e.root.dep_ != "conj" \
                or e.root.head.i != name[-1].i or not _full_name_words(name, roles) \
                or any(t.dep_ != "compound" or t.head.i != name[-1].i for t in name[:-1]):
            continue
        made.append(SpacySpan(doc, name.start, name.end, label="PERSON"))
    return made


def _leader_name(words: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether ``words`` read as a person's full name (``_full_name_words``) that names no
    listed thing and no place or people ("Ivory Coast", "South Sudan", "Democratic
    Kampuchea" stay)."""
    roles = gaz.roles
    return _full_name_words(words, roles) and gaz.lookup(words.text) is None \
        and not any(t.text in roles.compass_words or t.lower_ in roles.group_adjectives
                    or t.text in roles.generic_capitals or gaz.lookup(t.text) is not None
                    for t in words)


def _leads(name: Token, roles: Roles, body_ends: set[int]) -> bool:
    """Whether ``name`` is the object of a body's "of" ("the government of", "the Kurdish
    rebels of", "the National Renewal Party of": ``body_ends`` are the last tokens of
    organisations' names), of an act against a ruler ("the coup against", "the overthrow
    of") or the "by" agent of a leading verb ("led by", "headed by")."""
    prep = name.head
    if name.dep_ != "pobj" or prep is name:
        return False
    head = prep.head
    if prep.lower_ == "of" and head.i == prep.i - 1 and head.i in body_ends:
        return head.lower_ in roles.led_bodies
    if prep.lower_ == "of" and head.is_lower and head.pos_ == "NOUN":
        return head.lower_ in roles.led_bodies or head.lower_ in roles.leader_events
    if prep.lower_ == "against":
        return head.is_lower and head.pos_ == "NOUN" and head.lower_ in roles.leader_events
    return prep.lower_ == "by" and prep.dep_ == "agent" and head.pos_ == "VERB" \
        and head.lemma_.lower() in roles.leading_verbs


def _people_leading_bodies(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                           ) -> list[SpacySpan]:
    """"The government of X Y sent", "the Kurdish rebels of X Y", "the coup against X Y",
    "New Democracy, led by X Y,": an unlisted full name (``_leader_name``) that NER took for
    an organisation or a place is a person where it leads a body or a coup is against it
    (roles.yaml led_bodies, leader_events, leading_verbs); "the People's Progressive Party of
    X Y", one organisation to NER, is the party (which keeps the sentence's role) and the
    person (issue 12, s33 h-ent37)."""
    roles = gaz.roles
    body_ends = {e.end - 1 for e in ents if e.label_ == "ORG" and len(e) > 1
                 and e[-1].is_title and e[-2].is_title}
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_:
            continue
        if _leader_name(e, gaz) and _leads(e.root, roles, body_ends):
            made.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
            continue
        if e.label_ != "ORG":
            continue
        of = next((t.i for t in e[2:-2] if t.lower_ == "of"), None)
        if of is None or doc[of - 1].lower_ not in roles.led_bodies \
                or not doc[of - 1].is_title or not doc[of - 2].is_title:
            continue
        name = doc[of + 1:e.end]
        if _leader_name(name, gaz) and not any(t.lower_ == "of" for t in name):
            made.append(SpacySpan(doc, e.start, of, label="ORG"))
            made.append(SpacySpan(doc, of + 1, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _names_ending_in_places(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Senator Miriam Defensor | Santiago said": a person's name that NER cut before a word
    the gazetteer lists as a town (a capital, for its state) goes on through that word when
    the parser makes the person's words its compounds (issue 12)."""
    by_start = {e.start: e for e in ents}
    made = []
    for e in ents:
        place = by_start.get(e.end)
        if e.label_ == "PERSON" and not e.ent_id_ and place is not None and len(place) == 1 \
                and place.label_ in ("Country", "Region", "GPE") and place[0].pos_ == "PROPN" \
                and doc[e.end - 1].whitespace_ == " " and e[-1].head.i == place.start \
                and e[-1].dep_ == "compound":
            made.append(SpacySpan(doc, e.start, place.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _first_names(ents: list[SpacySpan], roles: Roles) -> set[str]:
    """The first words of people's full names that one person alone has ("Han" of "Han
    Min-koo", "Itthaporn" of "Air Chief Marshal Itthaporn Subhawong"; title words skipped),
    by which news names Korean, Chinese or Thai people later (s27 h-rep7)."""
    skip = roles.name_lead_words
    names = set()
    for e in ents:
        if e.label_ not in ("PERSON", "Person"):
            continue
        words = [t for t in e if t.lower_ not in skip]
        if len(words) > 1 and words[0].is_title and words[0].is_alpha:
            names.add((words[0].text, words[-1].text))
    firsts = Counter(first for first, _ in names)
    return {first for first, n in firsts.items() if n == 1}


def _untagged_surnames(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A bare surname NER left untagged ("Petri and his Danish counterpart … signed") is the
    person the document names in full with it ("Luis Petri"): a one-word person mention, which
    resolution joins to the full name (issue 12, h-sign); so is one person's first name
    ("Itthaporn told reporters" after "Itthaporn Subhawong", `_first_names`)."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1
                and e[-1].is_title} | _first_names(ents, roles)
    tagged = _taken(ents)
    made = [SpacySpan(doc, t.i, t.i + 1, label="PERSON")
            for t in (doc[i] for i in where(doc, ORTH, surnames))
            if t.text in surnames and t.i not in tagged and t.pos_ in ("PROPN", "NOUN")
            and (t.dep_ in ("nsubj", "nsubjpass", "conj", "pobj", "appos", "dobj")
                 or _listed_first(t))
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]
    return sorted([*ents, *made], key=lambda e: e.start) if made else ents


def _listed_first(t: Token) -> bool:
    """"Petri and Danish Defence Minister Troels Poulsen signed": the parser may hang the first
    name of "A and TITLE B" on the second as a modifier; a word so hung and followed by "and"
    or a comma is a listed name (stop 31, h-sig17)."""
    return t.dep_ == "nmod" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("and", ",")


def _people_of_states(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"A of Yugoslavia, B of Greece and C of Turkey put their names to …", "followed by A of
    Guatemala, B of El Salvador …": in a sentence that names people each with "of" and his
    state, a name NER called an organisation and that is named the same way is one more
    person (d227, d257) (issue 12, h-sig6)."""
    country_at = {e.start: e for e in ents if e.label_ == "Country"}

    def of_state(e: SpacySpan) -> bool:
        return e.end + 1 < len(doc) and doc[e.end].lower_ == "of" and e.end + 1 in country_at

    listed = {e.sent.start for e in ents if e.label_ == "PERSON" and of_state(e)}
    made = [SpacySpan(doc, e.start, e.end, label="PERSON") for e in ents
            if e.label_ == "ORG" and not e.ent_id_ and e.sent.start in listed and of_state(e)
            and 2 <= len(e) <= 5 and e[0].is_title and e[-1].is_title
            and all(t.pos_ == "PROPN" or t.is_lower and t.is_alpha for t in e)
            and not _body_named(e, roles)]
    return _replace(ents, made) if made else ents


def _listed_surnames(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A listed organisation's one-word name that ends a person's name is that person's
    surname, not the body: after a given name no entity holds ("Minister Allan | Wagner"),
    or as the lower-case end of a hyphenated given name NER cut ("Kim Dong-" | "bae")."""
    roles = gaz.roles
    taken = _taken(ents)
    people = {e.end: e for e in ents if e.label_ == "PERSON"}
    made = []
    for e in ents:
        if e.label_ not in ("Company", "Agency", "MediaOutlet") or not e.ent_id_ or len(e) != 1:
            continue
        person = people.get(e.start)
        if person is not None and person[-1].text == "-" and not person[-1].whitespace_ \
                and e[0].is_lower:
            made.append(SpacySpan(doc, person.start, e.end, label="PERSON"))
            continue
        given = doc[e.start - 1] if e.start > 0 else None
        if (given is not None and given.i not in taken and given.is_title and given.is_alpha
                and given.pos_ == "PROPN" and not given.is_sent_start and not e[0].is_lower
                and given.lower_ not in roles.title_words
                and _text(given) not in roles.agency_prefixes
                and given.lower_ not in gaz.demonym_set):
            made.append(SpacySpan(doc, given.i, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _split_people(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Two person spans NER put side by side, one space apart, are one person's name cut in
    two ("Minister Tariq Aziz | Khan", "President Ana Lopez | Vidal"): news English never runs
    two people's names together without a comma or "and"."""
    made: list[SpacySpan] = []
    for a, b in zip(ents, ents[1:], strict=False):
        if (a.label_ == b.label_ == "PERSON" and a.end == b.start and not a.ent_id_
                and not b.ent_id_ and a[-1].whitespace_ == " " and b[0].is_title):
            start = made.pop().start if made and made[-1].end == b.start else a.start
            made.append(SpacySpan(doc, start, b.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _glued_apostrophe(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an apostrophe glued to a capitalised word after it, as one
    written for a glottal stop (an okina: "'Etuate", "'Uta'atu")."""
    return 0 <= i < len(doc) - 1 and doc[i].text == "'" and not doc[i].whitespace_ \
        and doc[i + 1].text[0].isalpha() and doc[i + 1].text[0].isupper()


def _okina_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"'Etuate Lavulavu", "Prince 'Ulukalala Lavaka Ata", "Brigadier Tauaika 'Uta'atu": a
    person's name with a word that opens with an apostrophe standing for a glottal stop
    (Tongan, Hawaiian and other Polynesian names) is one name, its apostrophe included; NER
    leaves the apostrophe out, ends the name at it (typing "Tauaika '" ORG at times, which the
    title rules later make a person), or gives it to a title before it (issue 12, stop 83,
    h-rep132). Run twice: before the title rules, and after the rules that cut and rejoin
    given names ("'Etuate | Lavulavu")."""
    if "'" not in vocabulary(doc):
        return ents
    starts = {e.start: e for e in ents if e.label_ in ("PERSON", "Person", "ORG")}
    made: list[SpacySpan] = []
    for e in starts.values():
        start, end = e.start, e.end
        if _glued_apostrophe(doc, start - 1) and (start < 2 or doc[start - 2].whitespace_
                                                  or doc[start - 2].is_space) \
                and (end == len(doc) or doc[end].text != "'"):
            start -= 1  # "'Etuate Lavulavu": the apostrophe opens the name (not a quote's)
        if doc[end - 1].text == "'" and _glued_apostrophe(doc, end - 1):
            if end in starts:
                continue  # "Prince '| Ulukalala Lavaka Ata": the name after takes it
            end += 1  # "Tauaika '| Uta'atu": the name goes on past it
        elif doc[end - 1].whitespace_ and _glued_apostrophe(doc, end) and (
                end + 2 == len(doc) or doc[end + 2].text != "'"):
            end += 2  # "Sione | 'Ofa": its last word, which NER left out
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label=e.label_))
    return _replace(ents, made) if made else ents


def _offices(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Prime Minister Ehud Barak's office said", "Mr Schmidt's office": the
    office that speaks for a person is an Agency (the person's title or honorific is part of the
    phrase), named "Office of the <title> (<state>)" when a state stands before the title.
    Runs after `_surnames_as_people`: a surname NER took for an organisation ("Mitterrand's
    office") is a person's by then; a first or last name NER left bare ("Abiy's office" after
    "Abiy Ahmed") is that person's too."""
    if roles.office_nouns.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every office it makes ends in one of these words)
    by_end = {e.end: e for e in ents}
    made: list[SpacySpan] = []
    for e in ents + _bare_holders(doc, ents, roles):
        if e.label_ not in ("PERSON", "Person"):
            continue
        pos = e.end if e[-1].text in POSSESSIVE else e.end + 1
        if pos >= len(doc) or doc[pos - 1].text not in POSSESSIVE \
                or doc[pos].lower_ not in roles.office_nouns \
                or (pos + 1 < len(doc) and doc[pos + 1].pos_ in ("NOUN", "PROPN")):
            continue  # "Barak's office building": not the office itself
        start, name = e.start, ""
        if e.start and doc[e.start - 1].lower_ in roles.honorifics:
            start -= 1  # "Mr Schmidt's office": the honorific is part of the phrase
        title = _title_before(doc, start, roles)
        if title is not None:
            state = by_end.get(title)
            if state is not None and state.label_ == "Country" and state.ent_id_:
                name = f"Office of the {_title_text(doc[title:start])} ({state.ent_id_})"
            start = title
        made.append(_set_id(SpacySpan(doc, start, pos + 1, label="Agency", span_id=name)))
    return _replace(ents, made) if made else ents


def _bare_holders(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Words outside every entity that stand before "'s office" and are the first or last
    word of a person named in full in the document ("Abiy" of "Abiy Ahmed"), as PERSON spans."""
    words = {w for e in ents if e.label_ in ("PERSON", "Person") and len(e) > 1
             for w in (e[0].text, e[-1].text)}
    if not words:
        return []
    taken = _taken(ents)
    text, low = texts(doc), lowers(doc)  # (read off the columns: no Token per word, issue 13)
    return [SpacySpan(doc, i, i + 1, label="PERSON") for i in range(len(doc) - 2)
            if text[i] in words and i not in taken and text[i + 1] in POSSESSIVE
            and low[i + 2] in roles.office_nouns]


def _pronoun_offices(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"…, Sheikh Hasina, …, her office said", "Kiir thanked Tokyo, his office said",
    "according to his office": a possessive pronoun's office that speaks is the office of the
    last person the sentence named before it, an Agency named "Office of the <title> (<state>)"
    from the one title of ``office_titles`` and state the document gives that person (stop 49's
    (9)); no office when the title or the state is not written ("President X" alone), nor for
    an office that does not speak ("at her office", "his office would investigate")."""
    made: list[SpacySpan] = []
    for i in where(doc, LOWER, frozenset({"his", "her"})):
        office = doc[i + 1] if i + 1 < len(doc) else None
        if office is None or office.lower_ not in roles.office_nouns or not _speaks(office, roles):
            continue
        people = [e for e in ents if e.label_ in ("PERSON", "Person")
                  and office.sent.start <= e.start and e.end <= i]
        name = _held_office(doc, ents, people[-1], roles) if people else None
        if name is not None:
            made.append(_set_id(SpacySpan(doc, i, i + 2, label="Agency", span_id=name)))
    return _replace(ents, made) if made else ents


def _speaks(office: Token, roles: Roles) -> bool:
    """"her office said" (the subject of a verb of speech), "according to his office"."""
    head = office.head
    if office.dep_ == "nsubj":
        return head.lemma_.lower() in roles.speech_verbs
    return office.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 \
        and office.doc[head.i - 1].lower_ == "according"


def _held_office(doc: Doc, ents: list[SpacySpan], person: SpacySpan, roles: Roles
                 ) -> str | None:
    """The one office name ("Office of the President (Chile)") that the titles and states
    written at the document's mentions of ``person`` (the same last word) give, or None; a
    one-word mention is also the first word of a full name ("Moon" of "President Moon Jae-in",
    whose family name comes first; h-rep73)."""
    last = person[-1].text
    names = {name for e in ents if e.label_ in ("PERSON", "Person") and (
                 e[-1].text == last or len(person) == 1 and len(e) > 1 and e[0].text == last)
             if (name := _office_at(doc, ents, e, roles)) is not None}
    return next(iter(names)) if len(names) == 1 else None


def _office_at(doc: Doc, ents: list[SpacySpan], person: SpacySpan, roles: Roles) -> str | None:
    """The office a title and a state next to one person mention give: "Chilean President X",
    "Bangladesh's Prime Minister X", "Bangladesh's Prime Minister, X," (apposition)."""
    found = _titled_state(doc, ents, person, roles)
    if found is None:
        return None
    title = roles.office_titles.get(found[0])
    key = found[1] or _listed_leader_state(ents, person, roles)
    return f"Office of the {title} ({key})" if title and key else None


def _titled_state(doc: Doc, ents: list[SpacySpan], person: SpacySpan,
                  roles: Roles) -> tuple[str, str | None] | None:
    """(title in lower case, state key or None) of the title written right before one person
    mention and of the state before that title ("Chilean President X", "Nicaragua's president,
    X,"); None where no title stands there."""
    end = person.start - 1 if person.start and doc[person.start - 1].text == "," \
        else person.start
    start = _title_before(doc, end, roles)
    if start is None:
        return None
    before = start - 1 if start and doc[start - 1].text in POSSESSIVE else start
    state = next((e for e in ents if e.end == before and e.label_ == "Country" and e.ent_id_),
                 None)
    return " ".join(t.lower_ for t in doc[start:end]), state.ent_id_ if state else None


def _listed_leader_state(ents: list[SpacySpan], person: SpacySpan, roles: Roles) -> str | None:
    """The state a titled head of state or government written with no state ("President
    Michel Temer" under a dateline) led, by his full name in relations.yaml's
    ``leader_states``, where the article names that state; None otherwise (issue 12, h-rep73)."""
    key = roles.leader_states.get(person.text.lower())
    return key if key and any(e.label_ == "Country" and e.ent_id_ == key for e in ents) \
        else None


def _title_cut(e: SpacySpan, roles: Roles) -> int | None:
    """Where the name begins in a person span that opens with an honorific ("Mr Otieno", "Sheikh
    Hamad bin Khalifa") or a title followed by at least two name words ("Crown Prince Ali bin
    Said"); else None."""
    words = tuple(t.lower_ for t in e)
    honorific = words[0] in roles.honorifics or (
        words[0] in roles.nasab_honorifics and not roles.nasab_particles.isdisjoint(words[2:]))
    size, need = (1, 1) if honorific else (roles.opening_title(words), 2)
    if not size:
        return None
    rest = e[size:]
    names = sum(1 for t in rest if t.is_title and t.pos_ == "PROPN")
    fits = all(t.is_title or t.lower_ in roles.name_particles or t.text in POSSESSIVE
               or t.text == "-" for t in rest)
    return e.start + size if rest[0].is_title and names >= need and fits else None


def _titles_in_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Representative Ana Ruiz said", "Mr Otieno": NER's person span without the title or
    honorific it took in (the title stays the person's role, read off the words before)."""
    made = []
    for e in ents:
        cut = _title_cut(e, roles) if e.label_ == "PERSON" and not e.ent_id_ \
            and len(e) > 1 else None
        if cut is not None:
            made.append(SpacySpan(doc, cut, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


def _surnames_as_people(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Le Drian said", "Mr Pevkur said": an unlisted name NER took for an organisation or a
    place that ends a person's full name in the document ("Jean-Yves Le Drian"), or follows
    an honorific, is that person; so is one person's first name ("Han", tagged a nationality,
    after "Han Min-koo")."""
    def particle(t: Token) -> bool:
        return t.lower_ in roles.name_particles and not t.is_upper

    def key(words: SpacySpan) -> str:  # "De Gaulle" of a headline is "de Gaulle"
        return " ".join(t.lower_ if particle(t) else t.text for t in words)

    people = [e for e in ents if e.label_ in ("PERSON", "Person")]
    tails = {key(e[k:]) for e in people if len(e) > 1 for k in range(len(e) - 1)
             if k and e[k].is_title or e[k].is_lower and particle(e[k]) and e[k + 1].is_title}
    tails |= {e[-1].text for e in people if len(e) > 1 and e[-1].is_title}
    tails |= _first_names(ents, roles)
    made = []
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "LOC", "NORP") or e.ent_id_:
            continue
        # a title NER glued to the surname ("General de Gaulle") is cut off it
        start = min(_title_run_end(doc, e.start, roles), e.end - 1) \
            if e.label_ == "ORG" else e.start
        words = doc[start:e.end]
        if not words[-1].is_title or not all(t.is_title or particle(t) for t in words):
            continue  # "Sanchez de Lozada", "de Gaulle": particles inside a surname
        honoured = start > 0 and doc[start - 1].lower_ in roles.honorifics
        if honoured or key(words) in tails and not any(t.text in roles.org_heads for t in e):
            made.append(SpacySpan(doc, start, e.end, label="PERSON"))
    return _replace(ents, made) if made else ents


ODD_NAME_LABELS = ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


def _people_by_role(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Yoon Duk-yong, a co-chairman of the inquiry, told …", "Yoon Suk | Yeol welcomed": a
    name NER took for a work of art or an event that has a person's title beside it or says
    something is a person; a person's name NER cut before its last proper name runs on."""
    taken = _taken(ents)
    made = []
    for e in ents:
        if e.ent_id_:
            continue
        if e.label_ in ODD_NAME_LABELS and 2 <= len(e) <= 4 \
                and all(t.is_title or t.text == "-" or t.is_lower and t.i > e.start
                        and doc[t.i - 1].text == "-" for t in e):
            root = e.root
            titled = any(c.dep_ == "appos" and c.lemma_.lower() in roles.title_words
                         for c in root.children)
            speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in roles.speech_verbs
            if titled or speaks:
                made.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
        elif e.label_ == "PERSON" and e.end < len(doc) and e.end not in taken \
                and e[-1].text not in POSSESSIVE:  # "Ana Reyes's | Unity Front": the owner's
            nxt = doc[e.end]
            if nxt.is_title and nxt.pos_ == "PROPN" and not nxt.is_sent_start \
                    and nxt.lower_ not in roles.title_words \
                    and nxt.lower_ not in roles.month_words \
                    and nxt.text not in roles.org_heads and nxt.lower_ not in roles.not_names \
                    and not (e.end + 1 < len(doc) and doc[e.end + 1].is_title):
                made.append(SpacySpan(doc, e.start, e.end + 1, label="PERSON"))
    return _replace(ents, made) if made else ents


# --------------------------------------------------------------------------- people's roles


def _title_text(tokens: Iterable) -> str:
    words = []
    for t in tokens:
        w = t.text
        if t.lower_ in ("of", "the", "in", "for"):
            words.append(t.lower_)
        elif t.is_upper and len(w) > 1:
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def _portfolios_in_titles(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"the Secretary of State for Defence, Fred Mulley", "India's External Affairs Minister,
    Jaswant Singh", "Justice and Security Minister Gustavo Villatoro": the portfolio words of a
    title before a person's name, which NER took for an organisation, are no body: a bare title
    before a name mentions only the person (dev E11; issue 12, h-ent81). An unlisted span only,
    right before a one-word title (over "and <Word>") or inside a longer one ("Secretary of
    State | for Defence"), the name next (after a comma or not); a body's name ("European
    Commission President X", "FBI Director X", "Senate Chairman X": a listed name, an
    organisation's head word, a legislature's name, an acronym) stays the body's mention."""
    roles = gaz.roles
    people = {e.start for e in ents if e.label_ in ("PERSON", "Person")}

    def named(i: int) -> bool:  # a person's name at ``i``, past a comma
        return i + (i < len(doc) and doc[i].text == ",") in people

    def after(e: SpacySpan) -> bool:  # "External Affairs | Minister, X", "Justice | and Security …"
        k = e.end
        if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title:
            k += 2
        return k < len(doc) and doc[k].is_title and (doc[k].lower_,) in roles.titles \
            and named(k + 1)

    def inside(e: SpacySpan) -> bool:  # "Secretary of State | for Defence, X"
        start = _title_before(doc, e.start + 1, roles)
        return start is not None and start < e.start and named(e.end)

    def body(e: SpacySpan) -> bool:
        return gaz.lookup(e.text) is not None or e[-1].text in roles.org_heads \
            or e.text in roles.legislature_names or e.text.isupper()

    drop = [e for e in ents if e.label_ == "ORG" and not e.ent_id_ and (after(e) or inside(e))
            and not body(e)]
    return [e for e in ents if e not in drop] if drop else ents

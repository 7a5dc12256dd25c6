"""What several of the entity stage's rule families share: a span's text, the tokens the
spans cover, putting a rule's new spans in place of those they overlap (``_replace``), and
the word tests (headline lines, titles and name words before a name, listed systems,
conjuncts) that rules of more than one family ask."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from kg.extract.gazetteer import Gazetteer, Roles, default_relation_rules, surface_form
from kg.extract.tokens import lowers, text_of

# spaCy's OntoNotes labels that name things kg models; the rest (dates, numbers, NORP without a
# gazetteer country, products…) are not entities here. A facility (a base, an airport, a
# castle) is a place, as the gold conventions make it.
NER_CLASSES = {"PERSON": "Person", "ORG": "Agency", "GPE": "Region", "LOC": "Region",
               "FAC": "Region"}
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,3}\d?s?$")  # "A-29", "Su-30MK2"
DATELINE_TOKENS = 40  # a dateline opens the lead, after a headline of at most this length


def _text(x: SpacySpan | Token) -> str:
    """``x.text``: a span's cut from its document's text (``text_of``, ~3x faster than
    ``Span.text``, which walks its tokens); anything else's own."""
    return text_of(x) if type(x) is SpacySpan else x.text


# The spans the last _covers/_taken call was given (kept, so that their ids stay theirs), with
# what was built of them: most rules hand on the list they were given, unchanged.
_COVERED: tuple[tuple[SpacySpan, ...], dict[int, SpacySpan], set[int]] = ((), {}, set())


def _cover_maps(spans: list[SpacySpan]) -> tuple[dict[int, SpacySpan], set[int]]:
    """Token index → the span over it (the later one where spans overlap) and the covered
    token set, built once for the same spans (the same objects) and shared between rules."""
    global _COVERED
    key, by_token, taken = _COVERED
    if len(key) != len(spans) or not all(map(operator.is_, key, spans)):
        key = tuple(spans)
        by_token = {i: e for e in key for i in range(e.start, e.end)}
        taken = {i for e in key for i in range(e.start, e.end)}  # (not set(by_token): its
        # table is sized at once, and a set's iteration order follows its table size)
        _COVERED = key, by_token, taken
    return by_token, taken


def _covers(spans: list[SpacySpan]) -> dict[int, SpacySpan]:
    """``{i: e for e in spans for i in range(e.start, e.end)}``, once for the same spans: read
    it, never change it."""
    return _cover_maps(spans)[0]


def _taken(spans: list[SpacySpan]) -> set[int]:
    """``{i for e in spans for i in range(e.start, e.end)}`` (the same set order), once for the
    same spans: read it, never change it."""
    return _cover_maps(spans)[1]


def _keep_case(tok) -> bool:
    return (tok.pos_ == "PROPN" or tok.is_upper or any(c.isdigit() for c in tok.text)
            or (tok.is_title and not tok.is_sent_start  # "Typhon", "Tamarin-class"
                and (tok.pos_ == "ADJ" or not _headline(tok.sent))))


CALIBRE = re.compile(r"^\d+(\.\d+)?(mm)?$")  # "155mm", "240": a calibre names no system


def _name_word(tok: Token) -> bool:
    """A word of a system's name: capitalised ("Rafale"), in capitals, in camel case ("MiG",
    which is no title-case word), with a digit, or a joining mark."""
    return tok.text in ("-", "/") or (tok.is_alpha and tok.text[:1].isupper()) \
        or tok.is_upper or any(c.isdigit() for c in tok.text)


def _system_name(words: list) -> str | None:
    """"Sea Falcon naval helicopters", "CH-3 armed drones", "Barak MX air defence system": a
    named system with its kind in lower case after the name is named by the name alone (the
    conventions' "Rafale fighter jets" → Rafale); a ship class or a tank keeps its noun and
    no other kind word ("Kilo-class diesel-electric submarines" → Kilo-class submarine, "K2
    tank", as the gazetteer names them); a calibre keeps its kind ("155mm howitzer")."""
    k = 0
    while k < len(words) and _name_word(words[k]):
        k += 1
    if 0 < k < len(words) - 1 and words[k].lower_ == "class":  # "Kilo - class"
        k += 1
    while k and words[k - 1].text in ("-", "/"):
        k -= 1
    roles = _roles()
    if not (0 < k < len(words)) or CALIBRE.match(words[0].text) \
            or words[0].lower_ in roles.group_adjectives \
            or not all(t.is_lower or t.text == "-" for t in words[k:]):
        return None
    name = "".join(t.text + t.whitespace_ for t in words[:k]).strip()
    head = words[-1].lemma_.lower()
    if head in roles.ship_nouns or words[-1].lower_ in roles.ship_nouns \
            or words[-1].lower_ in roles.kept_kind_nouns:
        return f"{name} {head}"
    return None if name.endswith("class") else name


def _lemma(ent: SpacySpan) -> str:
    """A pattern-found weapon's canonical form: a named system's name, else common words
    lower case and the last word singular."""
    words = [t for t in ent if t.lower_ != "the"]
    name = _system_name(words) if words else None
    return name if name is not None else _kind_lemma(ent)


def _kind_lemma(ent: SpacySpan) -> str:
    """The whole phrase, common words lower case, last word singular ("K2 tank")."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return surface_form(_text(ent))
    head = "".join((t.text if _keep_case(t) else t.lower_) + t.whitespace_ for t in words[:-1])
    last = words[-1]
    lemma = last.lemma_ if last.pos_ == "PROPN" and _keep_case(last) else last.lemma_.lower()
    return " ".join((head + lemma).split())


def _headline(sent: SpacySpan) -> bool:
    """A title-case line without final punctuation: NER invents organisations there."""
    last = next((t for t in reversed(sent) if not t.is_space), None)  # not the "\n\n"
    if last is None or last.text in {".", "!", "?", "\u201d", '"'}:
        return False  # most sentences: known without a walk over their words
    words = [t for t in sent if t.is_alpha]
    if not words:
        return False
    return sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


POSSESSIVE = {"'s", "\u2019s", "\u2018s", "'", "\u2019"}
DASH = "\u2013"  # en dash between an agreement's parties
NAME_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "PERSON"}
NAMED_BODIES = ("Agreement", "ORG", "Agency", "Company")  # labels of a named body or deal


def named_body(e: SpacySpan) -> bool:
    """A body's or agreement's name of two or more capitalised words, which an acronym the
    text gives after it may stand for ("the Revolutionary Armed Forces of Colombia, or FARC")."""
    return e.label_ in NAMED_BODIES and sum(t.is_title for t in e) >= 2


def _title_before(doc: Doc, end: int, roles: Roles) -> int | None:
    """Start of the longest title phrase that ends just before token ``end``, if any."""
    if 0 < end <= len(doc) and lowers(doc)[end - 1] not in roles.title_last_words:
        return None  # most tokens: one look-up instead of one per title length
    for size, titles in roles.title_sizes:  # longest first
        start = end - size
        if start >= 0 and tuple(lowers(doc)[start:end]) in titles:
            return start
    return None


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")  # "10th", "1st", "201st"


def _people_word(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is one word naming a stateless people or its members ("Druze", "Tamils";
    roles stateless_peoples), which NER takes for an organisation, a place or a person: a
    people is no actor or place of ours (issue 12, h-agy5, h-peo1)."""
    word = e[0].lower_
    return len(e) == 1 and (word in roles.stateless_peoples
                            or word.endswith("s") and word[:-1] in roles.stateless_peoples)


def _countries(spans: Iterable[SpacySpan]) -> list[str]:
    return list(dict.fromkeys(e.ent_id_ for e in spans if e.label_ == "Country" and e.ent_id_))


def _signature_to(root: Token) -> bool:
    """"put their names (signatures) to an agreement": the object of "to" after a signature
    verb whose object is a signature noun is the agreement signed (issue 12, h-sign5)."""
    words = default_relation_rules().words
    verb = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and \
        verb.lemma_.lower() in words["signature_verbs"] and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words["signature_nouns"]
            for c in verb.children)


def _agreed_on(root: Token) -> Token | None:
    """"A and B agreed on a ceasefire", "agreed …, in an accord": the verb of agreeing whose
    "on"/"in" object ``root`` is, the deal it concludes (relations.yaml `agreeing_verbs`;
    s59 h-sig8)."""
    words = default_relation_rules().words
    verb = root.head.head
    return verb if root.dep_ == "pobj" and root.head.lower_ in words["agreeing_preps"] and \
        verb.pos_ == "VERB" and verb.lemma_.lower() in words["agreeing_verbs"] else None


NUMERIC_TYPES = ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT")  # (not "second")


def _with_modifiers(e: SpacySpan) -> SpacySpan:
    """The phrase with the adjectives and nouns that qualify it ("a separate agreement", "a
    radar accord"): its mention as the article words it."""
    start = e.start
    # not the unit of a number's phrase ("a 15-year friendship treaty": "year" is the DATE's,
    # and a span over it would lose to the DATE) (d229, d286, d288) (issue 12, h-sig7)
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and \
            t.dep_ in ("amod", "compound") and t.is_alpha and t.is_lower and \
            t.ent_type_ not in NUMERIC_TYPES and not (t.dep_ == "compound" and t.pos_ == "VERB"):
        start -= 1  # (not a headline's "sign" read as a compound: "Iraq and US sign pact")
    return e if start == e.start else SpacySpan(e.doc, start, e.end, label=e.label_)


def _span_key(x: SpacySpan) -> str:
    """The key a span stands for: its id, else its gazetteer id, else its surface form."""
    return x.id_ or x.ent_id_ or surface_form(_text(x))


def _headline_line(sent: SpacySpan) -> bool:
    """A line without a final stop: a headline."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in {".", "!", "?", "\u201d", '"'}


def _title_run(doc: Doc, start: int, stop: int, step: int) -> int:
    """The index where a run of capitalised words from ``start`` (walking by ``step``) ends."""
    i = start
    while i != stop and 0 <= i < len(doc) and (doc[i].is_title or doc[i].is_upper) \
            and doc[i].is_alpha and doc[i].pos_ != "DET" and abs(i - start) < 6:
        i += step
    return i


def _replace(ents: list[SpacySpan], made: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with the spans of ``made`` replacing those they overlap."""
    made = filter_spans(made)
    for e in made:
        if not e.id_:  # a new name: not the id of a gazetteer entry it swallowed
            for t in e:
                t.ent_id_ = ""
    # (its own set: ``_taken(made)`` would put the shared maps of the rules' ``ents`` out of
    # the cache for spans no rule asks about again, and the next rule would build them anew)
    taken = {i for e in made for i in range(e.start, e.end)}
    return sorted([*made, *(e for e in ents if taken.isdisjoint(range(e.start, e.end)))],
                  key=lambda e: e.start)


FIRM_LABELS = ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "FAC")


def _firm_noun_after(e: SpacySpan, roles: Roles) -> bool:
    """"Orvana, the Spanish shipbuilder, …" read off the words, for when the parser hangs the
    apposition on another noun: a comma, an article, up to three modifiers and a company
    noun that ends the phrase."""
    doc, i = e.doc, e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    i += 2
    while i < len(doc) and i - e.end < 6 and doc[i].lemma_.lower() not in roles.company_nouns \
            and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[i].is_punct:
        i += 1
    return i < len(doc) - 1 and doc[i].lemma_.lower() in roles.company_nouns \
        and doc[i].pos_ == "NOUN" and doc[i + 1].text in (",", ".", ";", ")")


def _listed_system_with_kind(words: SpacySpan, gaz: Gazetteer):
    """"S-400 air defence system", "Harpoon coastal defence systems": a listed system named
    with its kind in lower case after it is that system (so one node, not two)."""
    for k in range(len(words) - 1, 0, -1):
        if not all(t.is_lower or t.is_punct for t in words[k:]):
            break
        entry = gaz.lookup(words[:k].text)
        if entry is not None and entry.cls == "Weapon":
            return entry
    return None


LOCAL_PREPS = {"in", "at", "near"}


def _conjuncts(tok: Token) -> list[Token]:
    """The names coordinated with ``tok`` ("Payerne, Emmen and Meiringen"), itself and the
    first one included, the first one first (spaCy's ``Token.conjuncts`` plus ``tok``)."""
    return sorted((tok, *tok.conjuncts), key=lambda t: t.i)


def _bare_start(x: SpacySpan) -> int:
    """Where a name NER found starts past its article ("the Singha Durbar" (FAC) palace)."""
    return x.start + 1 if len(x) > 1 and x[0].lower_ == "the" else x.start


def _body_named(words: Iterable[Token], roles: Roles) -> bool:
    """Whether a word of ``words`` is the head word of an organisation's, a firm's or a news
    outlet's name ("Council", "Ltd", "Times"): the name is that body's, no person's or place's."""
    return any(t.text in roles.org_heads or t.text in roles.company_suffixes
               or t.text in roles.media_heads for t in words)


PLACE_LABELS = ("GPE", "LOC", "FAC", "Region")


def _set_id(span: SpacySpan) -> SpacySpan:
    for t in span:  # a span's ent_id_ is read off its tokens
        t.ent_id_ = span.id_
    return span


def _sentence_before(sent: SpacySpan) -> SpacySpan | None:
    """The sentence before ``sent``, across the blank lines between paragraphs."""
    i = sent.start - 1
    while i >= 0 and sent.doc[i].is_space:
        i -= 1
    return sent.doc[i].sent if i >= 0 else None


NAME_LINKS = {"for", "of", "on", "in", "and", "the"}


def _without_overlaps(ents: list[SpacySpan]) -> list[SpacySpan]:
    """The spans spaCy can hold: where two rules' spans still overlap, the longer (then the
    earlier) wins, as ``spacy.util.filter_spans`` chooses, rather than failing the document."""
    if all(ents[n].start >= ents[n - 1].end for n in range(1, len(ents))):
        return ents  # sorted and disjoint: the usual case, no copy
    return sorted(filter_spans(ents), key=lambda e: e.start)


@lru_cache(maxsize=1)
def _roles() -> Roles:
    from kg.extract.gazetteer import load_roles

    return load_roles()

"""Rules for companies and media outlets: outlets named by their media nouns and last words,
firms in lists, descriptions and throughout a text, makers named by what they make, and
sellers NER took for weapons."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH, TAG
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.firm_yards import firm_yards
from kg.extract.gazetteer import Gazetteer, Roles, bracketed
from kg.extract.named_firms import firmless, no_firm_word, untraded
from kg.extract.places import cities, fold, listed_place
from kg.extract.refine.spans import (
    FIRM_LABELS,
    POSSESSIVE,
    _covers,
    _firm_noun_after,
    _headline,
    _replace,
    _set_id,
    _taken,
    _text,
    _title_run,
)
from kg.extract.tokens import RELATIVE_PRONOUNS, lowers, vocabulary, where, without_the
from kg.model import ENTITY_CLASSES


def _company_before(doc: Doc, start: int, roles: Roles) -> bool:
    """A company noun just before token ``start`` ("the shipbuilder DCNS"), or the compound
    "state-owned" ("the state-owned Polish Armaments Group")."""
    if start < 1:
        return False
    if start >= 2 and no_firm_word(doc[start - 2], roles):
        return False  # "the rebel group Free Valley Army": an armed group, no firm
    if doc[start - 1].lower_ in roles.company_nouns:
        return not untraded(doc[start - 1], roles)
    return start >= 3 and doc[start - 3 : start].text.lower().replace(" ", "") in \
        roles.company_nouns


def _cause_noun(noun: Token, roles: Roles) -> bool:
    """"the main Shi'ite opposition group": a company noun that a word of ``no_firm_word``
    modifies, or "group" with no trade word before it, names an organisation, not a business."""
    return untraded(noun, roles) \
        or any(no_firm_word(t, roles) for t in noun.doc[noun.left_edge.i:noun.i])


def _company_suffix_at(doc: Doc, i: int, roles: Roles) -> bool:
    """Token ``i`` ends a business's name ("Hanwha Defense"), unless a title follows ("US
    Defense Secretary") or the name goes on ("the Tonga Defence Services"); a word that ends
    public services' names too ("Airwork Services") only after a word no such name has
    (roles service_suffixes, public_service_words; h-ent48)."""
    return (doc[i].text in roles.company_suffixes or _service_suffix_at(doc, i, roles)) and not (
        i + 1 < len(doc) and (doc[i + 1].lower_ in roles.title_words and not doc[i + 1].is_stop
                              or doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"))


def _prefixed_firm(e: SpacySpan, roles: Roles) -> bool:
    """"Astilleros Acme", "Stocznia Acme": a trade word of a firm's own language opens the
    name, a builder's name after it (roles company_prefixes; h-firm1)."""
    words = without_the(e)
    return len(words) > 1 and words[0].text in roles.company_prefixes and words[1].is_title


def _service_suffix_at(doc: Doc, i: int, roles: Roles) -> bool:
    """"Airwork Services": a word that ends public services' names too ends a firm's after a
    capitalised word that no public service's name has before it (h-ent48)."""
    return doc[i].text in roles.service_suffixes and i > 0 and doc[i - 1].is_title \
        and doc[i - 1].text not in roles.public_service_words


def _headed_by_body(e: SpacySpan, roles: Roles) -> bool:
    """"the Centre for Analysis of Strategies and Technologies": an organisation head before
    "for"/"of"/"on" names the body, whatever word ends the name; so does a capitalised word
    that names nothing alone ("the Department of National Defense", not a firm for its
    "Defense"; h-ent2)."""
    return any((t.text in roles.org_heads or t.is_title and t.lower_ in roles.not_names)
               and t.i + 1 < e.end and e.doc[t.i + 1].lower_ in ("for", "of", "on") for t in e)


def _does_business(org: SpacySpan, roles: Roles) -> bool:
    """"Italy's Corvan will build the ships", "Britain's Acme and Sweden's Saab will deliver
    …", "a gun made by Italy's Acme", "jets ordered from Italy's Acme": an unlisted name (no
    body's word in it) that a firm's verb has for its subject or agent, or a purchase for
    its seller."""
    if any((t.text in roles.org_heads and not _firm_group(org, roles))
           or t.lower_ in roles.not_names for t in org):
        return False
    root = org.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Acme and Saab will deliver"
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "by" and prep.dep_ == "agent":
        return prep.head.lemma_.lower() in roles.firm_verbs  # "a gun made by Italy's Acme"
    if root.dep_ == "pobj" and prep.lower_ == "from":
        return prep.head.lemma_.lower() in roles.bought_verbs  # "ordered from Italy's Acme"
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in roles.firm_verbs


def _sellers_taken_for_weapons(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                               ) -> list[SpacySpan]:
    """"bought Scorpion light tanks from Alvis", "ordered the guns from Kestrel": an unlisted
    name NER took for a weapon that a purchase (roles bought_verbs) has after "from" is the
    seller, and a seller no list holds as a state is a firm (a Company); a weapon is what is
    bought, never whom from (h-ent48)."""
    made = []
    for e in ents:
        if e.label_ != "Weapon" or e.ent_id_ in gaz.by_label \
                or not all(t.is_title and t.pos_ == "PROPN" for t in e):
            continue
        root = e.root
        if root.dep_ in ("nmod", "compound") and e.end < len(doc) \
                and doc[e.end].lower_ in ("and", ","):
            root = root.head  # "from Acme and F-5 fighters", parsed as one noun phrase
        while root.dep_ == "conj" and root.head.i != root.i:  # "from Acme and Vektor"
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "from" \
                and root.head.head.lemma_.lower() in gaz.roles.bought_verbs:
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
    return _replace(ents, made) if made else ents


def _firm_group(org: SpacySpan, roles: Roles) -> bool:
    """"Hongdu Aviation Industry Group", "Polish Armaments Group", "the Acme Aviation Production
    Association", "the 12th Aircraft Repair Plant": a name ending in an organisation's word
    (roles firm_group_heads) after a business's trade word (company_suffixes) is a firm's, not
    a body's; not after a word public services' names hold too ("the Acme Defence Association",
    public_service_words) (issue 12, h-ent; s72 h-ent44)."""
    words = without_the(org)
    return len(words) > 2 and words[-1].text in roles.firm_group_heads \
        and any(t.text in roles.company_suffixes and t.text not in roles.public_service_words
                for t in words[:-1])


def _media_noun(doc: Doc, at: int, roles: Roles, backward: bool = False) -> int | None:
    """The other end of the longest media noun phrase ("news agency", "radio") that starts at
    token ``at``, or (``backward``) that ends right before it."""
    edge, words = (at - 1, roles.media_noun_last_words) if backward \
        else (at, roles.media_noun_first_words)
    if not 0 <= edge < len(doc) or doc[edge].lower_ not in words:
        return None  # most tokens: one look-up instead of one per phrase length
    for size, nouns in roles.media_noun_sizes:  # longest first
        start = at - size if backward else at
        if start >= 0 and tuple(lowers(doc)[start:start + size]) in nouns:
            return start if backward else start + size
    return None


def _media_noun_ends(doc: Doc, end: int, roles: Roles) -> bool:
    """"the official news agency SANA", "state television KTV": a media noun phrase of two
    or more words ends right before a name (issue 12, h-ents8; one-word nouns, "the
    newspaper Haaretz", are looked for forward from the noun)."""
    start = _media_noun(doc, end, roles, backward=True)
    return start is not None and end - start > 1


def _headed_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Lisbon Herald", "the Sunday Examiner", "Radio Solano", "the Daily Meridian": a run
    of capitalised words that a newspaper's head word ends (or a first word begins) is a news
    outlet, a place inside it included; not in a title-case headline."""
    listed = {i for e in ents if e.label_ not in ("Country", "Region") and e.ent_id_
              for i in range(e.start, e.end)}
    made = []
    for i in sorted({*where(doc, ORTH, roles.media_heads), *where(doc, ORTH, roles.media_firsts)}):
        tok = doc[i]
        if i in listed or (tok.text not in roles.media_heads
                                                and tok.text not in roles.media_firsts):
            continue
        if tok.is_sent_start and tok.text not in roles.media_firsts:
            continue  # "Radio Cairo said": a first word may open the sentence
        if _headline(tok.sent):  # after the cheap tests: it walks the whole sentence
            continue
        if tok.text in roles.media_heads and not (  # "the UN Observer Mission": not the end
                i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha):
            start, end = _title_run(doc, i - 1, -1, -1) + 1, i + 1
        elif tok.text in roles.media_firsts:
            start, end = i, _title_run(doc, i + 1, len(doc), 1)
        else:
            continue
        if (start < i or end > i + 1) and not listed & set(range(start, end)):
            made.append(SpacySpan(doc, start, end, label="MediaOutlet"))
    return made


def _outlet_name_start(doc: Doc, at: int, noun: Token, roles: Roles) -> int | None:
    """Where an outlet's name begins at token ``at``, right after the media noun ``noun``:
    a capitalised word ("the daily Tribuna"), "The" before one ("the Nairobi daily The
    Standard"); a title word only after a paper's noun ("the daily National Concord"), as
    after a broadcast noun it opens a person's name ("on state television President …")."""
    first = at + (doc[at].text == "The" and at + 1 < len(doc) and doc[at + 1].is_title)
    if first >= len(doc):
        return None
    tok = doc[first]
    # (a media tail after it makes the title word part of the name: "the channel Home TV")
    tailed = first + 1 < len(doc) and doc[first + 1].text in roles.media_tails
    if not tok.text[:1].isupper() or tok.is_stop and first == at \
            or tok.lower_ in roles.title_words and noun.lower_ not in roles.print_nouns \
            and not tailed or not tok.is_alpha and not tok.text.isalnum():
        return None
    return first


def _untagged_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"told the Danish broadcaster DR", "the news site Le360 said": capitalised words NER left
    untagged (or tagged in pieces without a key: "the daily National Concord") right after a
    media noun phrase are the outlet's name (h-ent10, issue 12 h-med1)."""
    covers = _covers(ents)
    made = []
    for i in where(doc, LOWER, roles.media_noun_last_words):
        start = i + 1
        if start >= len(doc) or start in covers and covers[start].ent_id_ \
                or (first := _outlet_name_start(doc, start, doc[i], roles)) is None \
                or _media_noun(doc, start, roles, backward=True) is None:
            continue
        end = first
        while end < len(doc) and (end == first or doc[end].is_title and doc[end].pos_ == "PROPN"
                                  or doc[end].text in roles.media_tails) \
                and (end not in covers or not covers[end].ent_id_ and covers[end].start >= start):
            end += 1  # NER's pieces of the name without a key ("Concord", "Business Day")
        if end - 1 in covers and covers[end - 1].end > end:  # a piece that runs on past it
            end = covers[end - 1].start
        if end > first:  # "The Standard" keeps its "The" (a mention drops a leading "the")
            name = _text(doc[start:end]) if first > start else ""
            made.append(_set_id(SpacySpan(doc, start, end, label="MediaOutlet", span_id=name)))
    return made


def _outlets_of_listed(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"broadcast by Pakistan Television", "The People's Liberation Army Daily reported": a
    state or listed body named in full (not by its adjective, "Syrian Television") that a
    capitalised media word ends is one outlet's name (h-ent10)."""
    made = []
    for e in ents:
        end = e.end
        if end >= len(doc) or doc[end].text not in roles.media_tails or not e.ent_id_:
            continue  # the cheap tests first
        name = without_the(e)
        if _text(name) != e.ent_id_ or end + 1 < len(doc) and doc[end + 1].is_title:
            continue
        made.append(SpacySpan(doc, name.start, end + 1, label="MediaOutlet"))
    return made


def _suffixed_names(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"BrahMos Aerospace", "Boeing Defense": a listed weapon or firm that a business's suffix
    follows names a firm of its own (the maker, a division)."""
    made = []
    for e in ents:
        end = e.end
        while e.label_ in ("Weapon", "Company") and e.ent_id_ and end < len(doc) \
                and (doc[end].is_title or doc[end].text in roles.legal_suffixes) \
                and _company_suffix_at(doc, end, roles):  # "Eurofighter GmbH" (h-ents8)
            end += 1
        if end > e.end:
            made.append(SpacySpan(doc, e.start, end, label="Company"))
    return made


# Parts of speech of a capitalised word that is no name: "Its radio said", "Communist radio
# in Pyongyang", "Five television journalists" (a sentence's first word or an adjective)
_NO_NAME_POS = frozenset({"PRON", "DET", "NUM", "ADJ"})


def _opening_owner_words(run: SpacySpan, roles: Roles) -> bool:
    """Capitalised words before a media noun that open the sentence and only say whose outlet
    it is ("State television said", "Army radio said"; roles.yaml ``outlet_owner_words``):
    capitals of the position, no name of their own (issue 12, h-rep58)."""
    return run[0].is_sent_start and all(t.lower_ in roles.outlet_owner_words for t in run)


def _past_opening_phrase(doc: Doc, start: int, end: int, roles: Roles) -> int:
    """Where an outlet's name may begin in the capitalised run ``start``–``end`` before a media
    noun: after a preposition that opens the sentence and the day or month it dates ("On state
    television Maduro said", "On Thursday Iranian state television broadcast"), capitals of
    the position that name no outlet (issue 12, stop 82, h-rep131)."""
    if start >= end or not doc[start].is_sent_start or doc[start].pos_ != "ADP":
        return start
    start += 1
    while start < end and (doc[start].lower_ in roles.weekday_words
                           or doc[start].lower_ in roles.month_words):
        start += 1
    return start


def _names_no_outlet(run: SpacySpan, ents: list[SpacySpan]) -> bool:
    """Capitalised words before a media noun that name no outlet of their own: a state; a
    listed movement ("Hezbollah radio said" is the movement's voice, as dev conventions E15
    read "UNITA radio said"); a pronoun, number or adjective ("Its radio", "Five television
    journalists", "Communist radio": E15, an unnamed outlet). A state's adjective inside the
    run ("the Russian business daily X") keeps the older reading (issue 12, h-rep15)."""
    if any(e.start == run.start and e.end == run.end and (
            e.label_ == "Country" or e.label_ == "Agency" and e.ent_id_) for e in ents):
        return True
    return all(t.pos_ in _NO_NAME_POS for t in run) and not any(
        e.label_ == "Country" and e.start < run.end and run.start < e.end for e in ents)


def _place_before_name(run: SpacySpan, covers: dict[int, SpacySpan], roles: Roles) -> bool:
    """Capitalised words before a media noun that an outlet's name follows ("the Santiago
    daily La Tercera", "the Nairobi daily The Standard") are a city or place: where the
    outlet is, not the outlet (issue 12, h-med1)."""
    doc = run.doc
    end = _media_noun(doc, run.end, roles)
    if end is None or end >= len(doc) or _outlet_name_start(doc, end, doc[end - 1], roles) is None:
        return False
    place = covers.get(run.start)
    return fold(run.text) in cities() or place is not None and place.end == run.end \
        and place.label_ in ("GPE", "LOC", "Country", "Region")


# Labels NER gives an outlet's name that no rule has keyed yet
NER_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART")


def _apposed_outlets(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"X, the magazine that first disclosed …, said", "The Y, a newspaper read mainly in …,
    reported", "Y, an exile broadcaster in Oslo, said": a name that an appositive media noun
    describes (the noun ends its phrase, a relative clause, a participle or where the outlet is
    follows it, and a comma closes it before the name's own verb; unlike "X, the newspaper
    said") is a news outlet (issue 12, h-med1; the place, h-ent60)."""
    ends = {e.end: e for e in ents}
    made = []
    for j in where(doc, LOWER, roles.media_noun_last_words):
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is None or after.lower_ not in RELATIVE_PRONOUNS \
                and after.tag_ not in ("VBN", "VBD") \
                and not (after.pos_ == "ADP" and after.lower_ in roles.local_preps) \
                or (start := _media_noun(doc, j + 1, roles, backward=True)) is None:
            continue
        close = next((t.i for t in doc[j + 1:after.sent.end] if t.text == ","), None)
        if close is None or close + 1 >= len(doc) \
                or doc[close + 1].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue  # "Acme, the newspaper reported on Monday, citing …": no apposition
        det = start
        while det > 0 and doc[det - 1].is_lower and (
                doc[det - 1].pos_ == "ADJ" or doc[det - 1].dep_ == "compound"):
            det -= 1  # "the influential magazine", "an exile broadcaster"
        comma = det - 1
        if comma < 1 or doc[det - 1].lower_ not in ("the", "a", "an") or doc[comma - 1].text != ",":
            continue
        comma -= 1
        if (e := ends.get(comma)) is not None:
            if e.label_ in NER_NAME_LABELS and not e.ent_id_:
                made.append(SpacySpan(doc, e.start, e.end, label="MediaOutlet"))
            elif e.start > 1 and doc[e.start - 1].lower_ == "of" and (
                    (named := ends.get(e.start) or ends.get(e.start - 1)) is not None) \
                    and named.label_ in NER_NAME_LABELS and not named.ent_id_:
                # "The Democratic Voice of Burma, an exile broadcaster in Oslo, said": one
                # name NER cut at the place it is of, its "of" on either side (h-ent60)
                made.append(SpacySpan(doc, named.start, e.end, label="MediaOutlet"))
            continue
        first = _title_run(doc, comma - 1, -1, -1) + 1
        if any(e.end > first and e.start < comma for e in ents):
            continue  # pieces of it are named already: other rules read it
        if first == comma - 1 and first > 0 and doc[first - 1].text == "The":  # "The World"
            made.append(_set_id(SpacySpan(doc, first - 1, comma, label="MediaOutlet",
                                          span_id=_text(doc[first - 1:comma]))))
        elif first < comma:
            made.append(SpacySpan(doc, first, comma, label="MediaOutlet"))
    return made


def _outlets_and_companies(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """Names that their context makes a news outlet ("the Interfax news agency", "France Info
    radio", "the newspaper Haaretz", "the Lisbon Herald") or a company ("Hanwha Aerospace",
    "the shipbuilder DCNS")."""
    made = _headed_outlets(doc, ents, roles) + _suffixed_names(doc, ents, roles) \
        + _untagged_outlets(doc, ents, roles) + _outlets_of_listed(doc, ents, roles) \
        + _apposed_outlets(doc, ents, roles) + firm_yards(doc, ents, roles)
    ends, covers = {e.end: e for e in ents}, _covers(ents)
    for i in where(doc, LOWER, roles.media_noun_first_words):
        if i < 1 or (noun_end := _media_noun(doc, i, roles)) is None \
                or _listed_name_over(covers, i):
            continue
        if doc[i].lower_ in roles.broadcast_nouns and (city := ends.get(i)) is not None \
                and city.label_ == "Country" and len(city) == 1 \
                and _text(city) != city.ent_id_ \
                and (fold(_text(city)) in cities() or city.text.lower() in roles.old_capital_names):
            # "Tehran radio said", "Peking radio said": the broadcaster of that capital, named
            # by it (issue 12; a capital's older name from roles.yaml, h-rep30); also with the
            # noun in capitals, "Baghdad Radio said" (s47 h-rep63)
            made.append(SpacySpan(doc, city.start, i + 1, label="MediaOutlet"))
            continue
        if doc[i].is_title:
            continue
        if i >= 2 and doc[i - 1].is_digit and len(doc[i - 1]) <= 2 \
                and doc[i - 2].lower_ not in roles.month_words:
            # "Europe 1 radio", "France 2 television": a channel's name ends in its number,
            # the place in it no mention of its own (h-ent10)
            start = _title_run(doc, i - 2, -1, -1) + 1
            if start < i - 1:
                made.append(SpacySpan(doc, start, i, label="MediaOutlet"))
            continue
        start = _past_opening_phrase(doc, _title_run(doc, i - 1, -1, -1) + 1, i, roles)
        if start < i and _listed_name_over(covers, start, the_aside=True):
            continue  # "The Globe and Mail newspaper": a listed name the run only ends
        if start < i and _opening_owner_words(doc[start:i], roles):
            # "State television said", "Army radio said": a listed unnamed outlet is none (E15:
            # the state speaks); any other is named by the noun phrase as a whole ("Army Radio")
            if _media_noun(doc, start, roles) != noun_end:
                made.append(SpacySpan(doc, start, noun_end, label="MediaOutlet"))
            continue
        if start < i and _place_before_name(doc[start:i], covers, roles):
            continue  # "the Lagos daily National Concord": where the paper is; its name follows
        if start < i and not _names_no_outlet(doc[start:i], ents) \
                and _media_noun(doc, start, roles) is None:  # ("the TV channel X": no name)
            made.append(SpacySpan(doc, start, i, label="MediaOutlet"))
    out = []
    for e in _replace(ents, made):
        if e.label_ in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC") \
                and e.label_ not in ENTITY_CLASSES and not e.ent_id_:  # the cheap tests first
            before = doc[e.start - 1] if e.start > 0 else None
            if before is not None and before.lower_ in {"the", "a"} and e.start > 1:
                before = doc[e.start - 2] if _media_noun(doc, e.start - 2, roles) else before
            if before is not None and _media_noun(doc, before.i, roles) == e.start \
                    or (e.label_ != "PERSON" or len(e) == 1) \
                    and _media_noun_ends(doc, e.start, roles) \
                    or _apposed_to_media_noun(doc, e, roles):  # "news agency Angop" (h-ent10)
                out.append(SpacySpan(doc, e.start, e.end, label="MediaOutlet"))
                continue
            if e.end < len(doc) and (doc[e.end].lower_ in roles.company_nouns
                                     and e.label_ in ("ORG", "PERSON")  # "Hudong shipyard"
                                     or _works(doc[e.end], roles, e.start)):  # "Skoda works"
                named = len(e) > 1 and (doc[e.end - 1].text in roles.company_suffixes
                                        or _service_suffix_at(doc, e.end - 1, roles))
                # "the Visegrad group", "the Maute group": a group noun after a name NER took
                # for a person (a founder, the town it met in) names a body, where a firm's
                # group is a name NER knows for an organisation ("the Adani group")
                body = e.label_ == "PERSON" and doc[e.end].lower_ in roles.group_nouns
                out.append(SpacySpan(doc, e.start, e.end + (not named),
                                     label="ORG" if body else "Company"))
                # but "the Nobel Industries group": a business's name, then what it is
                continue
            if (len(e) > 1 and _company_suffix_at(doc, e.end - 1, roles)
                    and not _headed_by_body(e, roles)) or _company_before(doc, e.start, roles) \
                    or _firm_group(e, roles) and not _headed_by_body(e, roles) \
                    or _prefixed_firm(e, roles) or _firm_by_context(e, roles):
                out.append(SpacySpan(doc, e.start, e.end, label="Company"))
                continue
        out.append(e)
    return out


def _listed_name_over(covers: dict[int, SpacySpan], i: int, the_aside: bool = False) -> bool:
    """Whether token ``i`` lies inside a listed name, past its first word: "the Anatolia news
    agency", "the official APS news agency" — a listed outlet whose name holds the media noun
    at ``i`` (an alias of the gazetteer) keeps it; the noun does not cut an unlisted name off it
    (s54 h-name1). ``the_aside``: past its first word after a leading "the" — "The Globe and
    Mail newspaper": a capitalised run before a media noun that begins at ``i`` ("Mail") names
    no outlet of its own; the listed name keeps its whole span (s82 h-rep131)."""
    held = covers.get(i)
    return held is not None and bool(held.ent_id_) \
        and (without_the(held) if the_aside else held).start < i


def _apposed_to_media_noun(doc: Doc, e: SpacySpan, roles: Roles) -> bool:
    """"the kingdom's official news agency, SPA, quoted …": a name set off by commas right
    after a media noun phrase, in apposition to it, is that outlet's name (h-rep15)."""
    at = e.start - 1
    return at > 0 and doc[at].text == "," and e.root.head.i == at - 1 and (
        e.root.dep_ == "appos" or e.end < len(doc) and doc[e.end].text == ",") \
        and _media_noun(doc, at, roles, backward=True) is not None


def _the_demonym_outlets(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """"The Australian newspaper", "The Namibian newspaper reported": a paper whose name is a
    demonym holds its capitalised "The" (a bare demonym names no outlet; the gold writes
    "The Australian"); not "the Russian newspaper" (lower case: an unnamed paper, R5) nor
    "The Russian daily Pravda" (the name follows) (issue 12, s31 h-rep18)."""
    # (the name as its key: a mention drops a leading "the", and the demonym's state id goes)
    made = [_set_id(SpacySpan(doc, e.start - 1, e.end, label="MediaOutlet",
                              span_id=f"The {e[0].text}")) for e in ents
            if e.label_ == "MediaOutlet" and len(e) == 1 and e.start > 0
            and doc[e.start - 1].text == "The" and e[0].lower_ in gaz.demonym_set
            and (end := _media_noun(doc, e.end, gaz.roles)) is not None
            and doc[end - 1].lower_ in gaz.roles.paper_nouns
            and not (end < len(doc) and doc[end].text[:1].isupper())]  # "… daily Pravda"
    return _replace(ents, made) if made else ents


NOMINAL_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass", "appos")  # "at the Skoda works" (VERB)


def _works(tok: Token, roles: Roles, start: int) -> bool:
    """A maker's works after its name (from ``start``): "the Skoda works" (which the parser may
    take for a verb: a noun where it hangs as one or after "the" and the name), "built by the
    Malyshev plant" (a plant only as the agent)."""
    if tok.lower_ in roles.works_nouns:
        return tok.pos_ == "NOUN" or tok.dep_ in NOMINAL_DEPS \
            or start > 0 and tok.doc[start - 1].lower_ == "the"
    return tok.lower_ in roles.plant_nouns and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
        and tok.head.lower_ == "by"


def _outlets_by_last_words(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the Iraqi News Agency", "Shabelle Media Network", "the People's Daily": an
    organisation's name that a capitalised media noun phrase ends, after a word of its own, is
    a news outlet, not a firm or a body (h-ent2; one-word nouns too, h-rep48)."""
    out = []
    for e in ents:
        start = _media_noun(doc, e.end, roles, backward=True) \
            if e.label_ in ("ORG", "Company", "Agency") and not e.ent_id_ else None
        if start is not None and e.start < start \
                and all(t.is_title for t in doc[start:e.end]) or _press_service(e, roles):
            e = SpacySpan(doc, e.start, e.end, label="MediaOutlet")
        out.append(e)
    return out


def _press_service(e: SpacySpan, roles: Roles) -> bool:
    """"the Sahrawi Press Service", "Copley News Service": an unlisted organisation's name that
    "Press Service" or "News Service" ends, after a word of its own, is a news outlet (the
    "Service" had made it a body); not a state's or a body's own press office ("the
    Presidential Press Service", "the Kremlin Press Service"; issue 12, s65 h-med1)."""
    if e.label_ not in ("ORG", "Agency") or e.ent_id_:
        return False  # (most names: no Span without "the" made)
    name = without_the(e)
    return len(name) > 2 \
        and name[-1].text == "Service" and name[-2].text in roles.outlet_service_words \
        and not any(t.lower_ in roles.press_office_words or t.lower_ in roles.outlet_owner_words
                    for t in name[:-2])


def _makers_by_agent(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"jets built by the Pakistan Aeronautical Complex", "made by Avions Marcel
    Dassault-Breguet Aviation": a run of two or more capitalised words after the "by" of a
    making verb is its maker, a Company, whatever pieces NER (or a state's name inside it)
    made of it; a state's body ("built by the Navy") or a person is not (issue 12, h-agency)."""
    by_token = _covers(ents)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, ("by",))):
        if not _making_agent(t, roles):
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        if (e := by_token.get(t.i + 1)) is not None and _sole_maker(e, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
            continue
        end = start
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                                  or doc[end].text == "-" and not doc[end - 1].whitespace_
                                  and end > start and not doc[end].whitespace_):
            end += 1
        words = [w for w in doc[start:end] if w.is_alpha]
        covers = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
        if len(words) < 2 or any(w.text in roles.org_heads or w.lower_ in roles.title_words
                                 for w in words) or any(
                e.label_ in ("PERSON", "Person", "Weapon", "Agency") and e.ent_id_
                or e.label_ in ("PERSON", "Person") or e.start < t.i + 1 or e.end > end
                for e in covers.values()):
            continue  # "built by the Navy", "made by Boeing's Phantom Works"
        if len(covers) == 1 and (e := next(iter(covers.values()))).start == start \
                and e.end == end and (e.label_ == "Company" or e.ent_id_):
            continue  # already the firm: "built by General Dynamics"
        made.append(SpacySpan(doc, min([start, *(e.start for e in covers.values())]), end,
                              label="Company"))  # "the Pakistan" that the gazetteer tagged
    return _replace(ents, made) if made else ents


def _making_agent(by: Token, roles: Roles) -> bool:
    """The "by" of a making verb's agent: "built by X", "rebuilt by X"; also one coordinated
    with a place phrase of that verb ("built at the Y works in Leeds and by X")."""
    verb = by.head
    if by.dep_ == "conj" and verb.dep_ == "prep" and verb.lower_ in ("at", "in"):
        steps = 0  # up the place phrase: "at the Y works in Leeds and by X"
        while verb.dep_ in ("prep", "pobj") and verb.pos_ != "VERB" and steps < 4:
            verb, steps = verb.head, steps + 1
    elif by.dep_ != "agent":
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in roles.making_verbs


def _sole_maker(e: SpacySpan, roles: Roles) -> bool:
    """"rebuilt by Vought in Dallas", "built by Vickers": one unlisted capitalised word right
    after a making verb's "by" (no "the": "by the Navy") that NER took for an organisation,
    a place or a person is the maker, a firm (issue 12, s33 h-ent35; dev d479, d297)."""
    return len(e) == 1 and not e.ent_id_ \
        and e.label_ in ("ORG", "GPE", "PERSON", "PRODUCT", "FAC") \
        and e[0].is_title and e[0].is_alpha and e[0].text not in roles.org_heads \
        and e[0].lower_ not in roles.title_words and e[0].text not in roles.not_names


def _firm_by_context(e: SpacySpan, roles: Roles) -> bool:
    """"Velmark, a French defence company,", "Orvana, the Spanish shipbuilder", "Tessaro's
    chief executive", "Karvex will manufacture …": what the sentence says of an unlisted
    name makes it a business."""
    if e.label_ not in FIRM_LABELS or e.ent_id_ \
            or any((t.text in roles.org_heads and not _firm_group(e, roles))
                   or t.lower_ in roles.not_names for t in e) \
            or _headline(e.sent):
        return False
    root = e.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    if any(h.lemma_.lower() in roles.company_nouns and h.pos_ == "NOUN"
           and not _cause_noun(h, roles) and not _titled_holder(h, roles) for h in heads):
        return True
    if _firm_noun_after(e, roles):
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in roles.firm_parts:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in roles.firm_people:
        return True  # "executives of France's DCN", as "DCN's chief executive" (h-ent)
    if any(_whose_part(c, roles) for c in root.children if c.dep_ == "relcl"):
        return True  # "Zerva, whose chief executive said …"
    return e.label_ == "ORG" and _does_business(e, roles)


def _titled_holder(noun: Token, roles: Roles) -> bool:
    """"a spokesman for the group, Ahmed Karim,": a company noun governed by a preposition
    after a person's title; the name in apposition names the one with the title, though the
    parser hangs it on the nearer noun."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
        and not prep.head.is_stop and prep.head.lower_ in roles.title_words


def _whose_part(clause: Token, roles: Roles) -> bool:
    """A relative clause that opens "whose <a firm's part>" ("whose chief executive")."""
    words = list(clause.subtree)
    return words[0].lower_ == "whose" and any(
        t.lemma_.lower() in roles.firm_parts for t in words[1:4])


def _firms_taken_for_people(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer
                            ) -> list[SpacySpan]:
    """"while Acme will provide radars", "Atlas, Bolt and Acme lead the project": a one-word
    name NER took for a person that the gazetteer lists as a firm also a given name (an
    ambiguous entry, left to NER) is that firm where a firm's verb has it for its subject or
    it is a conjunct of a firm, and no person of the document bears it (h-firm1)."""
    firms = {i for e in ents if e.label_ == "Company" for i in range(e.start, e.end)}
    surnames = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for e in ents:
        entry = gaz.lookup(_text(e)) if e.label_ == "PERSON" and len(e) == 1 \
            and not e.ent_id_ and e.text not in surnames else None
        if entry is not None and entry.cls == "Company" and entry.ambiguous \
                and (_does_business(e, gaz.roles) or _conjunct_of(e.root, firms)):
            e = _set_id(SpacySpan(doc, e.start, e.end, label="Company", span_id=entry.label))
        out.append(e)
    return out


def _conjunct_of(tok: Token, firms: set[int]) -> bool:
    """``tok`` is coordinated with a token of ``firms`` ("Atlas, Bolt and Acme")."""
    return tok.dep_ == "conj" and tok.head.i in firms \
        or any(c.dep_ == "conj" and c.i in firms for c in tok.children)


def _company_lists(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"the shipbuilders Blohm+Voss and HDW", "the firms Acme, Bolt and Crane": every name of
    a list right after a plural company noun is a company, tagged by NER or not."""
    if roles.company_nouns.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every list it reads follows one of these nouns)
    by_start = {e.start: e for e in ents}
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, TAG, ("NNS",))):
        if t.tag_ != "NNS" or t.lemma_.lower() not in roles.company_nouns:
            continue
        i, names = t.i + 1, []
        while i < len(doc) and doc[i].text[:1].isupper():
            e = by_start.get(i)
            end = e.end if e is not None else i + 1
            comma = next((x.i for x in doc[i:end] if _text(x) == ","), None)
            if comma is not None:  # NER ran two names of the list together: "Orvex, Baltan"
                e, end = None, comma
            while e is None and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper():
                end += 1
            if e is not None and (e.label_ in ENTITY_CLASSES or e.ent_id_):
                names.append(None)  # a known name (a listed company, a state): left as it is
            else:
                names.append(SpacySpan(doc, i, end, label="Company"))
            i = end
            if i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].text != "and":
                i += 1
            elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text == "and":
                i += 2
            else:
                break
        if len(names) >= 2:
            made += [n for n in names if n is not None]
    return _replace(ents, made) if made else ents


def _described_firms(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"from the West German shipbuilder Blohm+Voss", "the Danish yard Oresund Marine": an
    untagged name that a singular company noun modifies (the parser makes the noun its
    compound) is that company, whatever its shape (a "+" or "&" in it keeps NER from it); a
    nationality before the noun is where the firm is from, not the party (s57 h-sup68)."""
    taken = _taken(ents)
    made: list[SpacySpan] = []
    for t in (doc[i] for i in where(doc, LOWER, roles.company_nouns)):
        name = t.head
        if t.tag_ != "NN" or t.dep_ not in ("compound", "nmod") or name.i <= t.i \
                or name.i > t.i + 3 or t.i < 1 or firmless(t, roles):
            continue
        words = doc[t.i + 1:name.i + 1]
        if any(w.i in taken or w.pos_ not in ("PROPN", "NOUN") or not w.text[:1].isupper()
               or w.lower_ in roles.month_words or w.lower_ in roles.title_words
               for w in words):
            continue
        made.append(SpacySpan(doc, words.start, words.end, label="Company"))
    return _replace(ents, made) if made else ents


def _firms_named_like_kinds(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Hughes Aircraft", "Grumlin-built helicopters": a capitalised trade word ending an
    unlisted weapon-like span in running text, or an unlisted name before "-built"/"-made",
    names a firm (a Company), not a weapon, a person or a place."""
    made = []
    for e in ents:
        if e.label_ == "Weapon" and not e.ent_id_ and len(e) > 1 and e[-1].is_title \
                and not e[-1].is_sent_start and not _headline(e.sent) \
                and _company_suffix_at(doc, e.end - 1, roles):
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
    by_end = {e.end: e for e in ents}
    for t in (doc[i] for i in where(doc, LOWER, roles.maker_participles) if i >= 2):
        if t.lower_ not in roles.maker_participles or doc[t.i - 1].text != "-" \
                or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_:
            continue
        e = by_end.get(t.i - 1)
        if e is not None and e.label_ in FIRM_LABELS and e.label_ != "GPE" and not e.ent_id_:
            made.append(SpacySpan(doc, e.start, e.end, label="Company"))
        elif e is None and doc[t.i - 2].is_title and doc[t.i - 2].pos_ == "PROPN" \
                and not listed_place(fold(doc[t.i - 2].text)):
            made.append(SpacySpan(doc, t.i - 2, t.i - 1, label="Company"))
    return _replace(ents, made) if made else ents


def _firms_throughout(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"… lend the plane's maker, Grumman, …" then "Grumman's chairman", "Iran lends Grumman
    $75 million": an unlisted name that context made a Company once is that Company wherever
    NER tagged it alone in the document (issue 12); "Acme Ltd" also names "Acme"."""
    firms = set()
    for e in ents:
        if e.label_ == "Company" and not e.ent_id_:
            words = without_the(e)
            firms.add(_text(words))
            if len(words) > 1 and words[-1].text in roles.legal_suffixes:
                firms.add(words[:-1].text)
            if _prefixed_firm(words, roles):  # "Astilleros Acme" then "Acme" (h-firm1)
                firms.add(words[1:].text)
    if not firms:
        return ents
    out = []
    for e in ents:
        if e.label_ in FIRM_LABELS and not e.ent_id_ and \
                without_the(e).text.strip() in firms:
            end = e.end - (e[-1].is_space and len(e) > 1)  # NER's trailing line break
            e = SpacySpan(doc, e.start, end, label="Company")
        elif e.label_ == "Agency" and (owner := _possessed_firm(e, firms)) is not None:
            out.append(owner)  # "Italy's | Finmeccanica": the state, then its firm
            end = e.end - (e[-1].is_space and len(e) > 1)  # NER's trailing line break
            e = SpacySpan(doc, owner.end + 1, end, label="Company")
        out.append(e)
    return out


def _possessed_firm(e: SpacySpan, firms: set[str]) -> SpacySpan | None:
    """"Italy's Finmeccanica" that ``_state_agencies`` made a body of the state, when the
    document names Finmeccanica a firm elsewhere ("Italian defence group Finmeccanica"): the
    state's span before the possessive (issue 12, h-agency), else None."""
    state = bracketed(e.id_ or e.ent_id_) or ""
    cut = next((t.i for t in e if t.text in POSSESSIVE), None)
    if not state or cut is None or cut == e.start or e.doc[cut + 1:e.end].text.strip() not in firms:
        return None
    start = e.start + (e[0].lower_ == "the")
    return SpacySpan(e.doc, start, cut, label="Country", span_id=state)

"""Rules for agreements' names: long and short titles of treaties and where they end, names
signed, given or known as, resolutions, packages, purchase orders and declarations, and
named operations."""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.dateline import first_city
from kg.extract.gazetteer import Gazetteer, Roles, default_relation_rules, surface_form
from kg.extract.places import cities, fold
from kg.extract.refine.ships import _anaphor_subject, _ship_named_before
from kg.extract.refine.spans import (
    DATELINE_TOKENS,
    NAME_LABELS,
    NER_CLASSES,
    _covers,
    _headline_line,
    _lemma,
    _replace,
    _set_id,
    _signature_to,
    _span_key,
    _taken,
    _text,
    _with_modifiers,
)
from kg.extract.tokens import lowered, lowers, vocabulary, where, without_the
from kg.model import ENTITY_CLASSES


def _resolutions(ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Security Council Resolution 1701": a numbered resolution is a document, not an
    organisation; the body that passed it, when named before it, stays."""
    out: list[SpacySpan] = []
    for e in ents:
        cut = next((t.i for t in e if t.lower_ == "resolution" and t.i + 1 < e.end
                    and e.doc[t.i + 1].like_num), None) if e.label_ == "ORG" else None
        if cut is None:
            out.append(e)
        elif cut > e.start and e.doc[cut - 1].lower_ != "the":
            out.append(SpacySpan(e.doc, e.start, cut, label="ORG"))
    return out


PLANNING_AUX = {"will", "would", "could", "may", "might", "should", "must", "can", "to"}
DEAL_KIND = "arms deal"  # agreements.yaml: the kind of an unnamed deal no word names


def _signed_packages(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"as part of a package worth about $1 billion signed with Acme", "the programme, agreed
    with Washington in 2019": a noun that is a deal only when it is signed (roles.yaml
    `signed_deal_nouns`) is an unnamed arms deal where a signing participle or relative clause
    describes it, or where it is the object a signer signs (`_signed_object`: "the two
    ministers signed the package"), not a negated or planned one ("a package to be signed next
    year") (issue 12, h-sign7; s74 h-sig39)."""
    if lowered(roles.signed_deal_nouns).isdisjoint(vocabulary(doc)):
        return ents  # (gate: every deal it makes is one of these nouns)
    taken = _taken(ents)
    by_token = _covers(ents)
    made, inner = [], set()
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.signed_deal_nouns)):
        if t.i in taken or not t.is_lower or t.lemma_ not in roles.signed_deal_nouns:
            continue
        deals = _deals_of(t, by_token)
        if deals is None or not _signed_object(t, roles) and not any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in roles.signed_deal_verbs
                and (c.dep_ == "relcl" or c.tag_ == "VBN") and _describes(c.head, t)
                and not _unsigned(c) for c in t.subtree):
            continue
        if deals:  # ("a package of deals": the deals are the package, not a second deal)
            inner.add(deals.start)
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=DEAL_KIND)))
    kept = [e for e in ents if e.start not in inner]
    return sorted([*kept, *made], key=lambda x: x.start) if made else ents


def _unsigned(verb: Token) -> bool:
    """Whether a signing verb signs nothing yet: "signed into law", "not signed", "to be
    signed", "will sign"."""
    return any(p.lower_ == "into" for p in verb.children) or any(
        a.dep_ in ("neg", "aux") and a.lower_ in (*PLANNING_AUX, "not") for a in verb.children)


def _signed_object(t: Token, roles: Roles) -> bool:
    """Whether a deal-only-when-signed noun is the object of an active signing verb with a
    subject: "It signed a package of deals with Russia in 2006", "Hagel and al-Attiyah signed
    the package at the Pentagon" (s74 h-sig39)."""
    verb = t.head
    return t.dep_ == "dobj" and verb.lemma_.lower() in roles.signed_deal_verbs \
        and any(c.dep_ == "nsubj" for c in verb.children) and not _unsigned(verb)


def _deals_of(t: Token, by_token: dict[int, SpacySpan]) -> SpacySpan | None | bool:
    """What a package noun's "of" phrase makes of it: False where it names no agreement; the
    unnamed arms deals it is of ("a package of deals", which the package stands for); None
    where it is of agreements of another kind ("a package of accords": those accords are the
    agreement) (s74 h-sig39)."""
    held = [e for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
            if (e := by_token.get(g.i)) is not None and e.label_ == "Agreement"]
    if not held:
        return False
    return held[0] if held[0].ent_id_ == DEAL_KIND else None


def _purchase_orders(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"inks record order for 80 Rafale jets", "a separate order with Airbus for 12
    helicopters": an order noun (roles.yaml `order_nouns`) "for" a named weapon or "with" a
    company is an unnamed arms deal, as is one of a count that a named buyer placed
    (`_placed_by_buyer`; s69 h-agr4); an order to act ("an order sending troops", "orders from
    NATO") is none (d01, d231) (issue 12, h-sign5)."""
    by_token = _covers(ents)
    made = []
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.order_nouns)):
        if t.i in by_token or not t.is_lower or t.pos_ != "NOUN" or \
                t.lemma_ not in roles.order_nouns:
            continue
        wanted = {"for": "Weapon", "with": "Company"}
        if not any(c.dep_ == "prep" and c.lower_ in wanted and any(
                by_token.get(g.i) is not None and by_token[g.i].label_ == wanted[c.lower_]
                for g in c.subtree if g.i != c.i) for c in t.children) and \
                not _placed_by_buyer(t, roles):
            continue
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=DEAL_KIND)))
    return sorted([*ents, *made], key=lambda x: x.start) if made else ents


def _placed_by_buyer(t: Token, roles: Roles) -> bool:
    """Whether a clause of placing (roles.yaml `order_placing_verbs`) with its placer describes
    the order noun ``t`` of a count or goods: "an order of <n> that <buyer> placed", "the order
    of <n> aircraft, placed by <buyer>" (the parser may hang the clause on the "for"/"of"
    phrase); not one placed by no one named ("an order for <n> <goods> placed last year"), nor
    an order without what it is for ("an order that <buyer> placed": which deal of the article
    it is, the rules cannot tell)."""
    counts = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
              for g in c.children if g.dep_ == "pobj"]
    return bool(counts) and any(
        v.dep_ in ("relcl", "acl") and v.lemma_.lower() in roles.order_placing_verbs
        and any(c.dep_ in ("nsubj", "agent") for c in v.children)
        and not any(c.dep_ == "neg" for c in v.children)
        for h in (t, *counts) for v in h.children)


def _place_declarations(doc: Doc, ents: list[SpacySpan], roles: Roles,
                        verbs: tuple[str, ...]) -> list[SpacySpan]:
    """"signed a declaration in Tashkent", "adopted a declaration at Caracas": a lower-case
    noun that news names after its city (roles.yaml `place_named_nouns`), signed or adopted
    there, is the agreement "<City> Declaration" (one node with the text's own "the Tashkent
    Declaration"), not a second, unnamed one (issue 12, h-agr2)."""
    by_token = _covers(ents)
    made, bare = [], set()
    for t in map(doc.__getitem__, where(doc, LEMMA, roles.place_named_nouns)):
        # (the word tagged only as its own bare kind, "declaration" of agreements.yaml, is
        # still the city's: the name wins over the kind; h-sig38)
        held = by_token.get(t.i)
        if held is not None and not (held.label_ == "Agreement" and len(held) == 1
                                     and held.ent_id_ == t.lemma_) \
                or not t.is_lower or t.lemma_ not in roles.place_named_nouns \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                or _set_apart(t, roles) or not _signed_here(t, verbs):
            continue
        place = _signing_city(t, by_token)
        if place is None:
            continue
        if held is not None:
            bare.add(held.start)
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        while e[0].lemma_.lower() in verbs:  # a headline's "sign peace declaration"
            e = e[1:]
        key = f"{place} {t.text.capitalize()}"
        made.append(_set_id(SpacySpan(doc, e.start, e.end, label="Agreement", span_id=key)))
    if not made:
        return ents
    kept = [x for x in ents if not (x.label_ == "Agreement" and x.start in bare)]
    return sorted([*kept, *made], key=lambda x: x.start)


def _set_apart(t: Token, roles: Roles) -> bool:
    """Whether the noun ``t`` is one of several texts or set apart from another ("separate
    declarations", "a separate declaration in X", roles.yaml `unnamed_place_modifiers`): no
    text the city names (s65 h-sig21)."""
    return t.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("amod", "advmod", "compound") and c.lower_ in roles.unnamed_place_modifiers
        for c in t.children)


def _signed_here(t: Token, verbs: tuple[str, ...]) -> bool:
    """Whether a signing verb governs the noun ``t`` ("signed a declaration", "a declaration
    was adopted"), or, in a headline, precedes it ("India and Pakistan sign peace declaration")."""
    if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in verbs:
        return True
    heads = default_relation_rules().words["headline_signing"]
    return _headline_line(t.sent) and any(
        w.lemma_.lower() in verbs or w.lower_ in heads for w in t.doc[t.sent.start:t.i])


def _signing_city(t: Token, by_token: dict[int, SpacySpan]) -> str | None:
    """The city that an "in"/"at" of the noun ``t`` or of its verb names ("in Tashkent", "at
    Caracas", "in the Soviet city of Tashkent"), as the text writes it; None for a state."""
    preps = [c for w in (t, t.head) for c in w.children
             if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i not in by_token:  # "the city of X", "the capital, X"
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        x = by_token.get(obj.i) if obj is not None else None
        if x is None or x.label_ not in ("Region", "Country"):
            continue
        name = without_the(x).text
        if fold(name) in cities() and name != x.ent_id_:
            return name
    return None


def _describes(tok, noun) -> bool:
    """Whether ``tok`` is ``noun`` or a word of its value ("a package worth $1 billion
    signed …", "worth 1 billion dollars signed …": the parser hangs the clause on the sum)."""
    while tok.i != noun.i and tok.dep_ in ("amod", "npadvmod", "nummod", "quantmod", "pobj") \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == noun.i


def _acronym_of_other(e: SpacySpan, first: SpacySpan) -> bool:
    """"the U.N. mission in Congo, known as MONUC", "the … Mission to Solomon Islands, known as
    RAMSI": an upper-case acronym after a place that it does not begin like names the body
    around the place, not the place (issue 12, h-agency)."""
    words = [t for t in first if t.is_alpha and t.lower_ != "the"]
    return first.label_ in ("Country", "Region", "GPE", "LOC") and len(e) == 1 \
        and e[0].is_upper and e[0].is_alpha and len(e[0]) >= 3 and bool(words) \
        and e[0].text[0] != words[0].text[0]


_OPERATION_PREFIX = frozenset({"Operation"})
OPERATION_LINKS = {"in", "of", "for", "the"}  # "Democracy in Comoros", "Restore Hope"


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from ``start`` (``start`` when none), lower-case
    links inside it kept when a capitalised word follows them ("Democracy in Comoros")."""
    end = i = start
    while i < len(doc):
        if doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper):
            end = i = i + 1
        elif doc[i].lower_ in OPERATION_LINKS and i > start:
            i += 1
        else:
            break
    return end


def _operation_name_at(doc: Doc, at: int, roles: Roles) -> bool:
    """Whether the naming word at ``at`` ("named", "code-named") follows an operation noun:
    "an operation code-named X", "the operation, code-named X,", "The operation, named X"."""
    verb = doc[at]
    if verb.dep_ == "relcl" and verb.i > verb.head.i and verb.head.is_lower \
            and verb.head.lemma_.lower() in roles.operation_nouns \
            and any(c.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp") and c.i == at + 1
                    for c in verb.children):
        return True  # "the operation, which it calls Shujaa,", "a mission the army named X"
    if verb.lower_ in roles.operation_naming_now:
        return False
    i = at - 1
    if i >= 1 and doc[i].text == "-":
        i -= 1  # "code-named"
    marked = i >= 1 and doc[i].lower_ == "code"
    i -= marked
    if i >= 1 and doc[i].text == ",":
        i -= 1
        marked = True
    if not marked and any(c.dep_ == "nsubj" for c in doc[at].children):
        return False  # "the mission named Tarvok its envoy": the mission named someone
    return i >= 0 and doc[i].is_lower and doc[i].lemma_.lower() in roles.operation_nouns


def _named_operations(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"an operation code-named Meghdoot", "The operation, named Sangaris,", "the operation,
    code-named Essential Harvest": the capitalised name right after an operation noun
    (``operation_nouns``) and a naming word, and "Operation Epervier", name an operation, an
    Agency (as the conventions class a military operation), whatever NER made of the words or
    when it made nothing (h-ent11, h-ent14)."""
    by_token = _covers(ents)
    made = []
    # only at "Operation" or a naming word: no Token made for every other word
    at = sorted({*where(doc, ORTH, _OPERATION_PREFIX), *where(doc, LOWER, roles.naming_words)})
    for t in map(doc.__getitem__, at):
        prefix = t.text == "Operation" and t.i + 1 < len(doc) and doc[t.i + 1].is_title
        if prefix:
            start = t.i  # "under Operation Epervier"
        elif t.i and t.lower_ in roles.naming_words \
                and _operation_name_at(doc, t.i, roles):
            start = t.i + 1
        else:
            continue
        end = _capitalised_run(doc, start + prefix)
        first = by_token.get(start)
        if first is not None and first.end >= end and (first.ent_id_ or not prefix and (
                first.label_ not in NAME_LABELS)):
            continue  # a listed name, or one NER classed itself ("code-named Tarvok" a ship)
        if first is not None and first.start == start:
            end = max(end, first.end)
        if end > start:
            made.append(SpacySpan(doc, start, end, label="Agency"))
    return _replace(ents, made) if made else ents


def _ship_before_pronoun(verb: Token, ents: list[SpacySpan], roles: Roles) -> SpacySpan | None:
    """"Brazil bought the carrier HMS X. The 18,000-ton ship … She will be renamed Y": the
    named ship last mentioned before the sentence whose naming verb has a ship anaphor for its
    subject (roles.yaml `ship_anaphors`), when the sentence before names a ship (a ship noun):
    Y is that ship's new name, one entity (dev README E6)."""
    sent = verb.sent
    if not _anaphor_subject(verb, roles) or not _ship_named_before(sent, roles):
        return None
    named = [e for e in ents if e.end <= sent.start and e.label_ == "Weapon"
             and not e.ent_id_.islower() and e.root.tag_ == "NNP"]
    return named[-1] if named else None


def _known_as(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Mohamed Hamdan Dagalo, known as Hemedti", "the FDI frigates, known in export markets
    as the Belharra" (roles.yaml `known_as_words`): the second name is another name of the
    first entity (its class, its key)."""
    if roles.known_as_words.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every second name follows one of these words)
    by_token = _covers(ents)
    out = list(ents)
    for n, e in enumerate(ents):
        i = e.start - 1  # the word before the name, "the" of "known as the X" skipped
        if i > 0 and doc[i].lower_ == "the" and e[0].lower_ != "the":
            i -= 1
        if i < 1:
            continue
        if doc[i].lower_ == "as":
            word = next((doc[j] for j in range(i - 1, max(-1, i - 6), -1)
                         if doc[j].lower_ in roles.known_as_words), None)
        else:
            word = doc[i] if doc[i].lower_ in roles.known_as_words - {"known"} else None
        if word is None:
            continue
        first = by_token.get(word.head.i)
        if first is None or first is e:  # ("formally" may hang on the name itself)
            j = word.i - 1
            while j >= 0 and doc[j].is_punct:
                j -= 1
            first = by_token.get(j)
        if first is None:  # "The X was handed over … and renamed Y": the verbs' subject
            verb = word
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            first = next((by_token[c.i] for c in verb.children
                          if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_token), None)
            if first is None:  # "She will be renamed Y": the ship named before
                first = _ship_before_pronoun(verb, ents, roles)
        if first is not None and _acronym_of_other(e, first):
            continue
        if first is None or first is e or first.label_ not in (*ENTITY_CLASSES, *NER_CLASSES) \
                or first.label_ == "Weapon" and (first.ent_id_.islower() or (
                    first.root.tag_ in ("NNS", "NNPS") and word.lower_ != "known")):
            continue  # "a used warship, renamed Tabuk": a kind, not another name; "the two
            # Ming-class submarines, renamed BNS A and BNS B": each a ship of the plural (but
            # "the FDI frigates, known as the Belharra" is the class's other name)
        cls = first.label_ if first.label_ in ENTITY_CLASSES else NER_CLASSES[first.label_]
        if e.label_ == "Weapon" and not e.ent_id_ and not first.ent_id_:
            cls = "Weapon"  # "The Nerpa, which will be renamed INS Chakra": a ship's names
        words = without_the(first)
        key = first.ent_id_ or (_lemma(words) if cls == "Weapon" else surface_form(_text(words)))
        if cls == "Agreement" and not any(t.is_title or t.is_upper for t in words):
            # "a logistics support agreement, known as the Mutual Logistics Arrangement": a
            # kind's own name, whatever its head word, names the agreement (h-agrid)
            # (the name keeps no id: it stays one of the article's named agreements)
            name = without_the(e)
            key = e.ent_id_ or surface_form(_text(name))
            out[out.index(first)] = _set_id(
                SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
            for k, x in enumerate(out):  # the name again later ("The Mutual … Arrangement lets")
                if not x.ent_id_ and x.label_ != cls and surface_form(without_the(x).text) == key:
                    out[k] = SpacySpan(doc, x.start, x.end, label=cls, span_id=x.id_)
            continue
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label=cls, span_id=key))
        if not first.ent_id_:
            k = out.index(first)
            out[k] = _set_id(SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
    return out


def _relative_clause_antecedent(name: SpacySpan, verbs: Collection[str]) -> Token | None:
    """The noun a relative clause gives ``name`` to: "the MiG-31, which Western analysts know
    as the Foxhound", "the treaty, which diplomats shortened to TAC", "the pact, which the press
    has begun to call the X" (``verbs``: roles.yaml `relative_naming_verbs`); None elsewhere."""
    root = name.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("as", "to") \
        else root.head if root.dep_ in ("dobj", "oprd", "attr") else None
    if verb is None or verb.lemma_.lower() not in verbs or verb.i > name.start:
        return None
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "has begun to call": the clause's own verb
    if clause.dep_ != "relcl" or clause.head.i > clause.i:
        return None
    # the relative word is the verb's object ("which … know as"), not its subject: "the MiG-31,
    # which flew as the Foxhound" says nothing of names
    if not any(t.lower_ in ("which", "that", "whom") and t.dep_ in ("dobj", "pobj")
               for t in name.doc[clause.left_edge.i:verb.i]):
        return None
    return clause.head


def _named_in_relative_clause(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """A name a relative clause gives to the entity it hangs on is that entity's other name
    (its class, its key): "the MiG-31, which Western analysts know as the Foxhound" names the
    aircraft, not a body NER took it for. The antecedent must itself be a named entity."""
    by_token = _covers(ents)
    out = list(ents)
    for n, e in enumerate(ents):
        if e.ent_id_ or e.label_ not in (*ENTITY_CLASSES, *NER_CLASSES):
            continue
        noun = _relative_clause_antecedent(e, roles.relative_naming_verbs)
        first = by_token.get(noun.i) if noun is not None else None
        if first is None or first is e or first.label_ not in (*ENTITY_CLASSES, *NER_CLASSES) \
                or first.label_ == e.label_ or first.label_ == "Weapon" and first.ent_id_.islower():
            continue  # "the guns, which will be known as the X": a kind, not a named system
        cls = first.label_ if first.label_ in ENTITY_CLASSES else NER_CLASSES[first.label_]
        words = without_the(first)
        if cls == "Agreement" and not any(t.is_title or t.is_upper for t in words):
            continue  # an unnamed agreement: _known_as's own case
        key = first.ent_id_ or (_lemma(words) if cls == "Weapon" else surface_form(_text(words)))
        out[n] = _set_id(SpacySpan(doc, e.start, e.end, label=cls, span_id=key))
        if not first.ent_id_:
            k = out.index(first)
            out[k] = _set_id(SpacySpan(doc, first.start, first.end, label=cls, span_id=key))
    return out


# Indefinite articles inside a descriptive agreement title, after "on"/"for"/"of" ("the
# Agreement on a Ceasefire and Separation of Forces", "… Agreement for a Closer Cooperation
# Partnership"): the title goes on over them (d373, d189).
TITLE_ARTICLES = ("a", "an")


def _long_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles,
                     regions: frozenset[str] = frozenset()) -> list[SpacySpan]:
    """"the Agreement on Confidence Building | in the Military Field in the Border Areas": a
    named agreement goes on over "in/of/on/for (the) Title Words" (no date among them), and
    back over "Title of" ("the Status of | Forces Agreement"); one followed by an
    organisation's head ("the Collective Security Treaty | Organization") is that
    organisation."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Agreement" or e.ent_id_ or not e[-1].is_title:
            continue
        start, end = e.start, e.end
        while (start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title
               and doc[start - 2].is_alpha and not doc[start - 2].is_sent_start):
            cover = by_token.get(start - 2)  # NER may tag "Status of" a law
            if cover is not None and (cover.label_ in ENTITY_CLASSES or cover.ent_id_):
                break
            start = cover.start if cover is not None else start - 2
        if end < len(doc) and doc[end].text in roles.org_heads:
            made.append(SpacySpan(doc, start, end + 1, label="ORG"))
            continue
        for _ in range(3):
            i = end
            if i >= len(doc) or doc[i].lower_ not in ("in", "of", "on", "for"):
                break
            i += 1
            if i < len(doc) and doc[i].lower_ in TITLE_ARTICLES and doc[i - 1].lower_ != "in" \
                    or i < len(doc) and doc[i].lower_ == "the":
                i += 1  # "the Agreement on a Ceasefire and …", "… for a Closer Partnership"
            elif doc[i - 1].lower_ == "in":
                break  # "signed the Agreement in Manila": a place, not the name
            j = i
            while (j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN")
                   and (by_token.get(j) is None or not by_token[j].ent_id_
                        and by_token[j].label_ not in ("DATE", "TIME")
                        or by_token[j].ent_id_ in regions and by_token[j].start >= i)):
                j += 1  # a region of no one state is a title word: "… for a New Europe"
            if j == i:
                break
            end = j
        if any(t.lower_ in ("of", "on", "for") for t in doc[e.start:end]):
            end = _title_goes_on(doc, e.start, end, by_token, roles, regions)
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label="Agreement"))
    return _replace(ents, made) if made else ents


def _open_regions(gaz: Gazetteer) -> frozenset[str]:
    """The listed regions that lie in no one state (seas, oceans, straits: no `part_of`)."""
    return gaz.open_regions  # made once per gazetteer, asked once per document


def _region_after(doc: Doc, i: int, by_token: dict[int, SpacySpan],
                  regions: frozenset[str]) -> int | None:
    """The end of a sea, ocean or other region of no one state that starts at ``i`` ("the
    Barents Sea", "the Arctic": a listed region without `part_of`, or NER's non-state
    location), part of a title that goes on "in the …"; None before a city, a building or
    anything else ("in the Kremlin", "in the capital")."""
    x = by_token.get(i)
    if x is None or x.start < i - 1 or (x.start == i - 1 and doc[x.start].lower_ != "the"):
        return None
    return x.end if x.label_ == "LOC" or x.ent_id_ in regions else None


def _title_goes_on(doc: Doc, start: int, end: int, by_token: dict[int, SpacySpan],
                   roles: Roles, regions: frozenset[str] = frozenset()) -> int:
    """Where a descriptive title ("Treaty on …", "Convention on the Prohibition of …") really
    ends: on over "and" title words that the parser joins to a word of the name ("… on
    Non-Aggression and Good Neighbourliness", "and on their Destruction"; not a second
    agreement: "the Treaty of A and the Treaty of B"), "of"/"on"/"for" title words, hyphened
    ones and a kind of weapon among them ("of Anti-Personnel Mines"), and "the" after a title
    gerund ("Principles Governing the Activities") (issue 12, h-sign7). A place after "in"
    stays a place ("… in the Kremlin"), but a sea or region of no one state belongs to the
    title, with one joined to it by "and" ("… Cooperation in the Barents Sea and the Arctic
    Ocean", "… Search and Rescue in the Arctic": d171, d90) (h-sign3)."""
    n = len(doc)
    at_sea = False  # whether the title so far ends with a region of its own
    # a title that describes ("Treaty on …", "Treaty for the Prohibition of …") may name its
    # region; a name of a place ("the Treaty of Tlatelolco in Latin America") does not
    described = any(t.lower_ in ("on", "for") for t in doc[start:end])

    def allowed(i: int) -> bool:  # a name word: not a date, not an actor's or a place's name
        x = by_token.get(i)
        return doc[i].text.removesuffix("s") not in roles.agreement_title_heads and (
            x is None or x.label_ not in ("DATE", "TIME") and (
                not x.ent_id_ or x.label_ == "Weapon" and x.ent_id_.islower()))

    def words(i: int) -> int:  # the end of a run of title words ("Anti-Personnel Mines")
        while i < n and ((_title_word(doc, i) and allowed(i)) or doc[i].text == "-" and i > 0
                         and not doc[i - 1].whitespace_ and i + 1 < n
                         and _title_word(doc, i + 1)):
            i += 1
        return i

    for _ in range(8):
        if end >= n:
            break
        word, i = doc[end].lower_, end + 1
        if word == "and" and at_sea and (k := _region_after(doc, i + (
                i < n and doc[i].lower_ == "the"), by_token, regions)) is not None:
            pass  # "… in the Barents Sea and the Arctic Ocean"
        elif word == "and":  # joined to the name by the parser, not a clause's subject
            if i < n and doc[i].lower_ in ("of", "on", "for"):
                i += 1
            i += i < n and doc[i].lower_ in ("the", "their", "its")
            k = words(i)
            if not any(start <= t.head.i < end for t in doc[end + 1:k]):
                break
        elif word in ("of", "on", "for"):
            i += i < n and doc[i].lower_ in ("the", "their", "its", *TITLE_ARTICLES)
            k = words(i)
        elif word == "the" and doc[end - 1].tag_ == "VBG" and doc[end - 1].is_title:
            k = words(i)  # "Principles Governing the Activities of States"
        elif word == "in" and i < n and described and (sea := _region_after(
                doc, i + (doc[i].lower_ == "the"), by_token, regions)) is not None:
            k = sea  # "… in the Barents Sea", "… Nuclear Weapons in Latin America"
        elif word == "in" and i < n and doc[i].lower_ == "the":
            i += 1  # "… in the Exploration and Use of", not a place ("in the Kremlin")
            k = words(i)
            k = next((j for j in range(i, k) if j in by_token), k)
        else:
            break
        if k == i:
            break
        at_sea = k in {x.end for x in by_token.values() if x.start >= end}
        end = k
    return end


# --- named agreements' edges (issue 12, h-agr3) ------------------------------------------------
# Spans a name may swallow (NER's guesses inside it, a place it starts with), not named actors.
NAME_PARTS = {"ORG", "GPE", "LOC", "FAC", "Region", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def _title_word(doc: Doc, i: int) -> bool:
    """A title word of a name ("Guinea", "Self", "BECA"), not a date or a number."""
    t = doc[i]
    return (t.is_title or t.is_upper) and t.is_alpha and t.pos_ != "DET"


def _name_start(doc: Doc, e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> int:
    """Where a head-final name ("… Security Pact") really starts: back over title words and
    the particles between them (roles.yaml `joining_particles`: "Gulf of Guinea Maritime",
    "Basic Exchange and"), only up to a "the" (so "France and Germany signed the X Pact"
    keeps its states out)."""
    i = e.start
    while i > e.sent.start + 1:
        j = i - 1
        if doc[j].lower_ in roles.joining_particles and doc[j].is_lower and _title_word(doc, j - 1):
            j -= 1
        if not _title_word(doc, j) or doc[j].is_sent_start:
            break
        cover = by_token.get(j)
        if cover is not None and (cover.label_ not in NAME_PARTS or cover.start < e.sent.start):
            break
        i = cover.start if cover is not None and cover.start < j else j
        if doc[i].lower_ == "the":  # NER's "the Basic Exchange and": its "the" opens the name
            i += 1
            break
    return i if i < e.start and doc[i - 1].lower_ == "the" else e.start


def _name_end(doc: Doc, e: SpacySpan, by_token: dict[int, SpacySpan]) -> int:
    """Where a "Treaty of …" name really ends: on over hyphenated title words ("Interim
    Self-Government", "Good-Neighbourliness") and a listed "…, Cooperation and Mutual
    Assistance" that ends with "and" plus title words."""
    end = e.end

    def words(i: int) -> int:  # the end of a run of name words from i, none a named actor
        while i < len(doc) and _title_word(doc, i) and (
                (x := by_token.get(i)) is None or x.label_ in NAME_PARTS or x is e):
            i += 1
        return i

    while end + 1 < len(doc):
        if doc[end].text == "-" and _title_word(doc, end + 1) and not doc[end].whitespace_:
            end = words(end + 1)
        elif doc[end].lower_ == "and" and (k := words(end + 1)) > end + 1:
            end = k
        elif doc[end].text == ",":
            k = end  # ", Cooperation and Mutual Assistance": a list that "and" closes
            while k < len(doc) and doc[k].text == "," and (n := words(k + 1)) > k + 1:
                k = n
            if k == end or k + 1 >= len(doc) or doc[k].lower_ != "and" or \
                    (n := words(k + 1)) == k + 1:
                break
            end = n
        else:
            break
    return end


def _agreement_edges(doc: Doc, ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """The whole name of an agreement no gazetteer knows: a head-final name goes back over the
    title words and particles after its "the" ("the Gulf of Guinea Maritime Security Pact",
    "the Foz do Iguacu Declaration"); a "Treaty of …" name goes on over hyphens and a listed
    "…, Cooperation and Mutual Assistance" (issue 12, h-agr3)."""
    by_token = _covers(ents)
    made = []
    for e in ents:
        if e.label_ != "Agreement" or not e[-1].is_title and not e[-1].is_upper:
            continue
        start = _name_start(doc, e, by_token, roles) \
            if e[-1].text.removesuffix("s") in roles.agreement_title_heads else e.start
        if e.ent_id_ and (start == e.start or not all(t.is_title for t in e)):
            continue  # a known name; a kind ("Cooperation Agreement") only inside a longer one
        # "Treaty of Friendship", "Declaration of Principles on Interim Self": a head, then
        # "of"/"on" and title words
        inner = any(t.is_lower and t.lower_ in ("of", "on", "for") for t in e)
        end = _name_end(doc, e, by_token) if inner else e.end
        end = _title_goes_on(doc, e.start, end, by_token, roles) if inner else end
        if (start, end) != (e.start, e.end):
            made.append(SpacySpan(doc, start, end, label="Agreement"))
    return _replace(ents, made) if made else ents


# Lower-case heads a place or proper name can name an agreement with ("the Al Yamamah
# agreement", "the Dayton peace accord"), and the kind words allowed between (issue 12, h-sign).
# Entities whose name before an agreement word makes it their deal, not a name ("the Dutch
# deal", "the Rafale agreement", "the Naval Group contract").
NOT_NAMING = {"Country", "Person", "PERSON", "Weapon", "Company", "Agency", "MediaOutlet",
              "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "Agreement"}


def _bare_headline_name(doc: Doc, start: int) -> bool:
    """"Deputies approve Taif accord", "Parties sign Lancaster House agreement": a headline
    drops the article, so a name after its lower-case verb needs none (d370, d247); the caller
    keeps a kind word out ("sign Pacific security pact" describes the pact: d106)."""
    return start > 0 and _headline_line(doc[start].sent) and doc[start - 1].is_lower \
        and doc[start - 1].is_alpha and start > doc[start].sent.start


def _titled_agreements(doc: Doc, ents: list[SpacySpan], roles: Roles,
                       verbs: tuple[str, ...] = ()) -> list[SpacySpan]:
    """"the Al Yamamah agreement", "the Ohrid accord", "the Dayton peace accord": proper names
    (not a state, person, weapon or firm) before a lower-case agreement word name that
    agreement; a headline's signed one the body names otherwise is no name (`_renamed_below`)."""
    heads = where(doc, LOWER, roles.named_lower_heads)
    if not heads:
        return ents  # (gate: every name it makes ends in one of these words)
    by_token = _covers(ents)
    place = _dateline_place(doc)
    made = []
    for t in map(doc.__getitem__, heads):
        head = by_token.get(t.i)  # a generic kind ("agreement", "peace accord") may cover it
        if t.lower_ not in roles.named_lower_heads or not t.is_lower or head is not None and (
                head.label_ != "Agreement" or head.end != t.i + 1 or
                any(not x.is_lower for x in head)):
            continue
        i = t.i
        while i > t.sent.start and doc[i - 1].lower_ in roles.named_lower_kinds:
            i -= 1
        start = i
        while start > t.sent.start and doc[start - 1].is_title and (
                doc[start - 1].pos_ == "PROPN" or start - 1 in by_token) and \
                not doc[start - 1].is_sent_start:  # the tagger may call "Ohrid" an adjective
            start -= 1
        bare = i == t.i and _bare_headline_name(doc, start)
        if bare and start < i and (named := _renamed_below(doc[start:t.i + 1], ents, verbs, roles)):
            made.append(SpacySpan(doc, start, t.i + 1, label="Agreement", span_id=named))
            continue
        article, first = _past_name_modifiers(doc, start)
        if start == i or doc[article].lower_ not in ("the", "an", "a") and \
                doc[article].dep_ != "poss" and not bare:
            continue  # "Egypt agreement": a country's deal, or no article before a name
        cover = {by_token[j] for j in range(start, i) if j in by_token} - {head}
        if any((c.label_ in NOT_NAMING or c.ent_id_) and not _capital_name(c)
               and not _dateline_named(c, place)
               or c.start < start and not _capital_name(c) for c in cover):
            continue
        made.append(SpacySpan(doc, first, t.i + 1, label="Agreement"))
    if not made:
        return ents
    ents = _replace(ents, made)
    for span in made:  # (the later rules read a renamed one's id off its tokens)
        for x in span if span.id_ else ():
            x.ent_id_ = span.id_
    return ents


MODEL_PLACE_GUESSES = {"PERSON", "NORP", "GPE", "LOC", "FAC", "ORG"}  # spaCy's own labels


def _dateline_place(doc: Doc) -> str:
    """The folded lower-case city of the article's dateline ("tela" of "TELA, Honduras, Aug 7
    -"), or ""."""
    city = first_city(doc, DATELINE_TOKENS)
    return fold(doc[city[0]:city[1]].text).lower() if city is not None else ""


def _dateline_named(c: SpacySpan, place: str) -> bool:
    """"TELA, Honduras - … The Tela accord, signed …": the statistical model's guess that the
    word before an agreement word is a person (or a state's town, a nationality) gives way to
    what the article's own dateline has already called it, a place: the agreement is named after
    where it was made (issue 12, h-agr8)."""
    return bool(place) and c.label_ in MODEL_PLACE_GUESSES and fold(_text(c)).lower() == place


def _renamed_below(phrase: SpacySpan, ents: list[SpacySpan], verbs: tuple[str, ...],
                   roles: Roles) -> str:
    """"Thatcher and FitzGerald sign Ulster accord" over a body that names the
    "Anglo-Irish Agreement": a headline's signed "<Name> accord" whose name words no agreement
    name of the body holds is the place or topic of that agreement, not its name; "approve
    Taif accord" (no other name), "sign Lancaster House agreement" (the body's "Lancaster House
    Agreement") stay names (d426; d370, d247 kept): the one body name it is, or ""
    (issue 12, h-sig18)."""
    head = phrase[-1]
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in verbs:
        return ""
    words = {t.lower_ for t in phrase[:-1]}
    names = {surface_form(_text(without_the(x))): x for x in ents
             if x.label_ == "Agreement" and x.start >= phrase.sent.end and not x.ent_id_
             and without_the(x)[0].is_title and x[-1].is_title
             and x[-1].lower_ in roles.named_agreement_nouns}
    if len(names) != 1 or any(words & {t.lower_ for t in x} for x in names.values()):
        return ""
    return next(iter(names))


def _names_in_lower_case(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"sign Lancaster House agreement" (headline) of the article's "Lancaster House
    Agreement", "signed a strategic framework agreement" of its "Strategic Framework
    Agreement": the words of an agreement's name written partly in lower case elsewhere in the
    article are that agreement, named as the article names it (d247, d189) (issue 12,
    h-sig6)."""
    names: dict[tuple[str, ...], SpacySpan] = {}
    for e in ents:
        words = e[1:] if e[0].lower_ == "the" else e
        if e.label_ == "Agreement" and len(words) >= 2 and words[-1].is_title and \
                words[0].is_title:
            names.setdefault(tuple(t.lower_ for t in words), words)
    by_token = _covers(ents)
    made = []
    for key, name in names.items():
        for i in where(doc, LOWER, {key[0]}):
            end = i + len(key)
            if end > len(doc) or tuple(lowers(doc)[i:end]) != key or \
                    all(t.is_lower == n.is_lower for t, n in zip(doc[i:end], name, strict=True)):
                continue  # not the name, or the name as the article writes it
            cover = {by_token[j] for j in range(i, end) if j in by_token}
            if any(c.start < i or c.end > end for c in cover if c.label_ in ENTITY_CLASSES):
                continue  # a longer name of another kind holds the words
            # (named as the article names it, as `_named_as` names a kind phrase)
            made.append(SpacySpan(doc, i, end, label="Agreement",
                                  span_id=name.id_ or surface_form(_text(name))))
    return _replace_keyed(ents, made)


def _replace_keyed(ents: list[SpacySpan], made: list[SpacySpan]) -> list[SpacySpan]:
    """``_replace`` and each made span's id set on its tokens (the later rules read an
    entity's id off its tokens)."""
    if not made:
        return ents
    ents = _replace(ents, made)
    for span in made:
        _set_id(span)
    return ents


def _name_words(e: SpacySpan) -> tuple[str, ...]:
    """The name words that open an agreement's mention, past "the" and a year ("Arctic" of
    "the Arctic accord", "Geneva" of "the 1966 Geneva accord"): title or upper-case words."""
    words = [t for t in without_the(e) if not (len(t.text) == 4 and t.text.isdigit())]
    name = []
    for t in words:
        if not (t.is_title or t.is_upper) or not t.is_alpha:
            break
        name.append(t.text)
    return tuple(name)


def _short_agreement_names(ents: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """"Arctic accord" beside "the Arctic Cooperation Agreement", "the Geneva accord" beside
    "the Geneva Agreement": an unlisted mention of a name and a lower-case agreement word is
    the short form of the one titled agreement name of the article that opens with the same
    name words (a longer name, or the same words before a title-case head), not a second
    agreement; several such names: none (issue 12, s49 h-agr7)."""
    titles = {h.lower() for h in roles.agreement_title_heads}
    full: dict[tuple[str, ...], set[str]] = {}  # the name words of a titled name → its keys
    for e in ents:
        if e.label_ != "Agreement":
            continue  # (no Span without "the" made)
        words = without_the(e)
        if len(words) >= 2 and words[0].is_title \
                and words[-1].is_title and words[-1].lower_.removesuffix("s") in titles:
            name = _name_words(e)
            for n in range(1, len(name)):  # every leading part, the head left out
                full.setdefault(name[:n], set()).add(_span_key(e))
    if not full:
        return ents
    made = []
    for e in ents:
        head = e[-1]
        if e.label_ != "Agreement" or e.ent_id_ or not head.is_lower \
                or head.lower_ not in roles.named_lower_heads:
            continue
        name = _name_words(e)
        keys = full.get(name, set()) - {_span_key(e)} if name else set()
        if len(keys) == 1 and len(name) == len(without_the(e)) - 1:  # no kind word between
            made.append(SpacySpan(e.doc, e.start, e.end, label="Agreement",
                                  span_id=next(iter(keys))))
    return _replace_keyed(ents, made)


SIGNED_NAME_LABELS = {"ORG", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "EVENT"}


def _names_signed(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"The two leaders put their signatures to the Falepili Union", "put their signatures to
    the New Framework …": a name NER took for an organisation that is what people put their
    names to is an agreement, and so are the article's other mentions of that name (the
    headline's "seal Falepili Union treaty") (d253; d170's cut name stays) (issue 12,
    h-sig6)."""
    def words(e: SpacySpan) -> str:
        return (e[1:] if e[0].lower_ == "the" and len(e) > 1 else e).text

    if default_relation_rules().words["signature_nouns"].isdisjoint(vocabulary(doc)):
        return ents  # nobody puts a signature (``_signature_to``'s object) to anything here
    # (not a name that may go on: "the New Framework | for the US-India Defense Relationship"
    # is cut, and its later "defence framework" is the agreement already, d170)
    names = {words(e) for e in ents if e.label_ in SIGNED_NAME_LABELS and not e.ent_id_
             and e[-1].is_title and _signature_to(e.root) and not _name_goes_on(doc, e.end)}
    if not names:
        return ents
    made = [SpacySpan(doc, e.start, e.end, label="Agreement") for e in ents
            if e.label_ in SIGNED_NAME_LABELS and not e.ent_id_ and words(e) in names]
    return _replace(ents, made)


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether "for/of/on/in (the) Title …" follows at ``i``, as a title's own words do."""
    if i >= len(doc) or doc[i].lower_ not in ("for", "of", "on", "in"):
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in ("the", "a"):
        i += 1
    return i < len(doc) and (doc[i].is_title or doc[i].is_upper)


def _past_name_modifiers(doc: Doc, start: int) -> tuple[int, int]:
    """(Where the article before an agreement's name at ``start`` may stand, where the name's
    span begins.) A year between them is the name's own ("the 1947 Paris peace treaty": news
    tells two treaties of one city by it, d656); a hyphened count is a description ("the
    ten-point Governors Island accord", d528), kept out; otherwise the word just before the
    name (the caller reads no article at the sentence's first token)."""
    sent = doc[start].sent.start  # (``start`` is a token of the name)
    j = start - 1
    if j > sent and len(doc[j].text) == 4 and doc[j].text.isdigit():
        return j - 1, j  # "the 1947 Paris …"
    if j - 2 > sent and doc[j].is_lower and doc[j].is_alpha and doc[j - 1].text == "-" \
            and doc[j - 2].like_num:
        return j - 3, start  # "the ten-point Governors Island …"
    return max(j, 0), start


def _capital_name(c: SpacySpan) -> bool:
    """"the Lusaka agreement", "the Oslo accords": a state's capital (one proper noun that is
    neither the state's name nor a demonym) before an agreement word is where it was made,
    its name, not the state's deal ("the Egypt agreement", "the Dutch deal") (h-agr3)."""
    words = c[1:] if c[0].lower_ == "the" else c  # NER's "The Lusaka"
    return c.label_ == "Country" and len(words) == 1 and words[0].tag_ == "NNP" \
        and _text(words) != c.ent_id_ and not _text(words).isupper()

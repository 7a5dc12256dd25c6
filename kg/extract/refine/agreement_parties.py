"""What an unnamed agreement's key is read from: its parties (signers, buyers and sellers,
people signing for states), its aims, topics and goods, and its year."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    Roles,
    default_relation_rules,
    surface_form,
)
from kg.extract.refine.spans import (
    DASH,
    LOCAL_PREPS,
    NUMERIC_TYPES,
    POSSESSIVE,
    _agreed_on,
    _headline_line,
    _signature_to,
    _span_key,
    _taken,
    _text,
    _with_modifiers,
)
from kg.extract.tokens import DEFINITE, RELATIVE_PRONOUNS, glued_hyphen, has_det, without_the

PARTY_LABELS = ("Country", "Company")
MAX_PARTIES = 2  # a deal's name: its first two parties (the buyer and the seller, mostly)
MAX_SIGNERS = 5  # a signing clause names all its signers ("Estonia, Latvia and Lithuania")


def _party_key(e: SpacySpan) -> str:
    return e.ent_id_ or surface_form(_text(e))


def _parties(spans: Iterable[SpacySpan], order: dict[str, int],
             limit: int = MAX_PARTIES, homes: dict[str, str] | None = None) -> list[str]:
    """The states and companies among ``spans`` that can be parties to a deal, in the order
    the document first names them, at most ``limit``; "French-designed" (a hyphenated
    modifier) and "in Prague" (a place where it happens) are none, and nor is the home state
    of a company among them (``homes``: "the French shipbuilder Naval Group" contracts, not
    France)."""
    keys = [_party_key(e) for e in spans if e.label_ in PARTY_LABELS
            and not (e.end < len(e.doc) and e.doc[e.end].text == "-")
            and not _a_place(e.root)
            and not (_text(e).isupper() and len(_text(e)) > 3)]  # a dateline: "PRAGUE, April 8"
    keys = sorted(dict.fromkeys(keys), key=lambda k: order.get(k, 0))
    if homes:  # the company stands for its home state (d174), in the order the document
        # first names the company (A1: "Thailand–Ukrspetsexport" of "Ukraine …, its exporter
        # Ukrspetsexport said … Bangkok ordered them", d202) (issue 12, h-sig29)
        firms = {homes[c]: c for c in reversed(keys) if c in homes}
        keys = sorted(dict.fromkeys(firms.get(k, k) for k in keys), key=lambda k: order.get(k, 0))
    return keys[:limit]


def _a_place(tok) -> bool:
    """"in Prague", "in Ghana's capital": a state named where something happens."""
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCAL_PREPS


def _homes(ents: list[SpacySpan], roles: Roles) -> dict[str, str]:
    """Company → the state the document names as its home, right before its name ("the
    French shipbuilder Naval Group", "Germany's HDW", "US firm Lockheed Martin"); the
    company noun may carry lower-case modifiers of its own ("the Russian state arms exporter
    X", "Italian defence group X", "the Swedish arms maker X": d102, d119, d129, d38, d55)."""
    country_at = {e.end: e for e in ents if e.label_ == "Country"}
    homes = {}
    for e in ents:
        if e.label_ != "Company":
            continue
        i = e.start
        while i > 0 and (e.doc[i - 1].lower_ in roles.company_nouns
                         or e.doc[i - 1].text in POSSESSIVE
                         or e.doc[i - 1].lower_ in ("state-owned", "state-controlled")
                         or _company_modifier(e.doc[i - 1], i, e.start, roles)):
            if e.doc[i - 1].text in POSSESSIVE and i in country_at:
                break
            i -= 1
        home = country_at.get(i)
        if home is None and i > 0 and e.doc[i - 1].text in POSSESSIVE:
            home = country_at.get(i - 1)
        if home is None and i > 0 and e.doc[i - 1].lower_ == "its" and i < e.start:
            # "Ukraine has shipped …, its state arms exporter X said": the state subject
            # before "its" in the sentence is the firm's home (d202) (issue 12, h-sig29)
            home = next((x for x in reversed(ents) if x.label_ == "Country"
                         and e.sent.start <= x.start and x.end < i
                         and x.root.dep_ == "nsubj"), None)
        if home is not None and home.ent_id_:
            homes.setdefault(_party_key(e), home.ent_id_)
    return homes


def _company_modifier(tok: Token, after: int, name: int, roles: Roles) -> bool:
    """A lower-case word that qualifies the company noun after it ("arms" and "state" in
    "state arms exporter", "defence" in "defence group"): a modifier inside the phrase that
    a company noun between it and the name heads."""
    return tok.is_lower and tok.is_alpha and tok.dep_ in ("compound", "amod", "nmod") and \
        after <= tok.head.i < name and any(
            t.lower_ in roles.company_nouns for t in tok.doc[after:name])


def _local_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int]
                   ) -> list[str]:
    """The buyer and seller of the verb a deal hangs on ("Manila bought radars from Acme
    under a $100 million contract": the subject and the "from"/"with" party), in the order
    the document first names them; [] unless both are named."""
    root = e.root
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "dobj" else None
    # "signed one contract with A and a second contract with B": a conjoined deal with its own
    # "with" party (the parser may hang it on the verb) is the verb's, of that party alone
    own = root.dep_ == "conj" and _co_party(root)
    if own:
        verb = root.head if root.head.dep_ != "dobj" else root.head.head
    # "bought jets, helicopters and rifles from Russia in contracts worth …": the parser may
    # hang the deal's preposition on the goods; the verb is reached through them
    path = []  # (the goods climbed through: their "from" party is the seller's)
    while verb is not None and verb.pos_ != "VERB" and root.dep_ == "pobj" and \
            verb.dep_ in ("dobj", "conj", "appos") and verb.head.i != verb.i:
        path.append(verb)
        verb = verb.head
    if verb is None or verb.pos_ != "VERB":
        return []
    toks = [_pronoun_antecedent(c, by_token) for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")]
    goods = [root] if own else [*path, *(g for c in verb.children if c.dep_ == "dobj"
                                         for g in (c, *c.conjuncts))]
    # ("signed a package of deals with Russia": the parser may hang the "with" phrase on the
    # noun of the goods' "of" phrase, s74 h-sig39)
    toks += [g for w in (*([] if own else [verb]), *goods)
             for c in (*w.children, *(_aim_nouns(w) if w.i != verb.i else ()))
             if c.dep_ == "prep" and c.lower_ in ("from", "with")
             for g in c.children if g.dep_ == "pobj"]
    if own:  # "with the United States government": the state its government stands for
        toks += [c for g in toks for c in g.children if c.dep_ in ("compound", "amod")
                 and g.lemma_.lower() == "government"]
    spans = [by_token[t.i] for t in toks if t.i in by_token]
    # "Pakistan, which bought …", "Oman's air force, which bought …": the buyer (also "in
    # Pakistan": no place here); a state body buys for its state
    heads = [by_token[a.i] for c in toks if (a := _antecedent_of(c)) != c and a.i in by_token]
    keys = [_party_key(x) if x.label_ in PARTY_LABELS else _body_state(x) for x in heads]
    parties = sorted(dict.fromkeys([*_parties(spans, order), *(k for k in keys if k in order)]),
                     key=lambda k: order.get(k, 0))
    return parties if len(parties) >= 2 else []


def _pronoun_antecedent(subj: Token, by_token: dict[int, SpacySpan]) -> Token:
    """"The ministry said it had signed a contract with Boeing", "Tokyo has concluded none
    since it signed …": a subject "it" stands for the nearest state or company that is the
    subject of a clause governing its own, else for that of the previous sentence's main
    clause ("India signed contracts … . … it had signed"); else it stays itself (issue 12,
    h-agr3)."""
    if subj.lower_ != "it":
        return subj
    verb = subj.head
    while verb.dep_ in ("ccomp", "advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
        found = next((c for c in verb.children if c.dep_ == "nsubj" and _party_at(c, by_token)),
                     None)
        if found is not None:
            return found
    start = subj.sent.start  # (the sentence before: that of the token before this one's)
    main = subj.doc[start - 1].sent.root if start > 0 else None
    return next((c for c in reversed(list(main.children) if main is not None else [])
                 if c.dep_ == "nsubj" and _party_at(c, by_token)), subj)


def _party_at(tok: Token, by_token: dict[int, SpacySpan]) -> bool:
    """Whether a state or company's name covers ``tok`` (not a dateline's "NEW DELHI")."""
    x = by_token.get(tok.i)
    return x is not None and x.label_ in PARTY_LABELS and not _text(x).isupper()


def _antecedent_of(subj: Token) -> Token:
    """The noun a relative clause's "which"/"who" subject stands for ("Pakistan, which bought
    submarines from France in a 1994 deal": Pakistan) (issue 12, h-agr2)."""
    verb = subj.head
    return verb.head if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subj


def _body_state(x: SpacySpan) -> str:
    """The state a state body's key names ("Air Force (Oman)": Oman), else ""."""
    key = _span_key(x)
    return key.rpartition(" (")[2].removesuffix(")") if key.endswith(")") else ""


PLAN_MARKERS = {"aux", "neg", "mark"}  # "would sign", "did not sign", "if they sign"
DONE_MARKS = ("after", "since", "because")  # "after the three countries signed …": done
# "announced that Egypt had signed …", "a pact that A concluded with B": the parser may take a
# complementiser or relative "that" for a clause's mark; it states the signing, plans nothing
STATED_MARKS = ("that",)


def _signing_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                     state_nouns: frozenset[str], verbs: tuple[str, ...],
                     people: str = "") -> list[str]:
    """The parties of the signing clause ``e`` is the agreement of ("A and B signed a pact",
    "the accord between A and B was signed", "the pact, which A signed with B"): the subject,
    the agent, "with" and "between" parties; [] unless two are named, or the signing is a plan
    ("would sign", "agreed to sign") or negated."""
    root = own = e.root
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):  # "a pact and a …"
        root = root.head
    # "signed a pact with A and a similar pact with B": a conjoined agreement's own "with"
    # party is its co-signer, not the first's (issue 12, h-sign5)
    partners = own if own.i != root.i and _co_party(own) else root
    verb = None
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in verbs:
        verb = root.head
    elif _signature_to(root):  # "A and B put their names to a pact" (h-sign5)
        verb = root.head.head
    elif (agreed := _agreed_on(root)) is not None and agreed.lemma_.lower() in verbs:
        verb = agreed  # "A and B agreed on a ceasefire" (s59 h-sig8)
    else:  # "the pact, which A signed": the relative clause on the phrase
        verb = next((c for c in root.children if c.dep_ in ("relcl", "acl")
                     and c.lemma_ in verbs), None) or _relative_signing(root, verbs)
    contact = _contact_clause(root, verbs) if verb is None else None
    if verb is None and contact is None and (sign := _headline_compound_sign(root)) is not None:
        # "Iraq and US sign pact setting …": the signers hung on the agreement noun too
        holders = [c for c in root.children if c.i < sign.i and c.dep_ in HEADLINE_SIGNERS]
        spans = [by_token[t.i] for h in holders for t in h.subtree if t.i in by_token]
        parties = _parties(dict.fromkeys(spans), order, MAX_SIGNERS)
        return parties if len(parties) >= 2 and not people else []
    if contact is not None:
        verb = next(v for v in contact.children if v.dep_ in ("acl", "relcl")
                    and v.lemma_ in verbs)
    if verb is None or verb.pos_ != "VERB" or verb.dep_ == "xcomp" or verb.tag_ == "VBG":
        return []
    if any(c.dep_ in PLAN_MARKERS and c.lower_ not in ("was", "were", "had", "has", "have",
                                                       "is", "are", "been", "did", *DONE_MARKS,
                                                       *STATED_MARKS)
           for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return []
    holders = [c for c in verb.children if c.dep_ == "nsubj" or _headline_subject(c)]
    if not holders and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "Algeria, which backs the rebels and signed a treaty with A": the subject the
        # verb shares with the one it is conjoined to (issue 12, h-sig30)
        holders = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # (a relative's "which"/"who": the noun it stands for, without its clauses)
    nouns = [a for c in holders if c.dep_ == "nsubj" and (a := _antecedent_of(c)) is not c]
    holders = [c for c in holders if not (c.dep_ == "nsubj" and _antecedent_of(c) is not c)]
    holders += [contact] if contact is not None else []
    holders += [g for c in (*verb.children, *partners.children, *_aim_nouns(partners))
                if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "between")
                for g in c.children if g.dep_ == "pobj"]
    # "an agreement concluded in Tashkent between A and B": "between" hung on the place of
    # the signing (d237) (issue 12, h-sig29)
    holders += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                for o in p.children if o.dep_ == "pobj"
                for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                for g in c.children if g.dep_ == "pobj"]
    spans = [by_token[t.i] for h in holders for t in h.subtree
             if t.i in by_token and t.i not in _described(h, by_token)]
    spans += [by_token[n.i] for n in nouns if n.i in by_token and not people]
    counted = [x for h in holders for x in _counted_states(h, by_token, state_nouns)]
    spans += counted
    persons = list(dict.fromkeys(_text(x) for x in spans if x.label_ in ("Person", "PERSON")))
    if people == "only":  # the persons who sign, when the clause names fewer than two parties
        return persons if len(persons) >= 2 and len(_parties(spans, order)) < 2 else []
    if people == "any":  # anyone named as signing: a party or a person
        return _parties(dict.fromkeys(spans), order, MAX_SIGNERS) + persons
    parties = _parties(dict.fromkeys(spans), order, MAX_SIGNERS)
    # "a contract that the two governments signed" of "built in Australia for New Zealand":
    # the states a counted plural refers back to sign, wherever the text named them (d381)
    parties = sorted(dict.fromkeys([*parties, *map(_party_key, counted)]),
                     key=lambda k: order.get(k, 0))[:MAX_SIGNERS]
    if len(parties) == 1 and holders and all(h.head.lower_ == "with" for h in holders):
        # "Iran is buying jets under a credit agreement concluded with Washington": the one
        # party of an agentless participle's "with" phrase signs with the subject of the
        # clause the agreement is under (S4: that subject only implied, no asserted line)
        parties = sorted(dict.fromkeys([*parties, *_acting_under(root, verb, by_token)]),
                         key=lambda k: order.get(k, 0))
    if len(parties) == 1:  # "the government and the X Liberation Front signed an agreement"
        parties += _movements(spans, order)[:1]
    return parties if len(parties) >= 2 else []


UNDER_PREPS = ("under", "in", "through", "via")  # "bought … under a deal signed with B"


def _acting_under(root: Token, verb: Token, by_token: dict[int, SpacySpan]) -> list[str]:
    """The state or company that acts in the clause an agreement phrase with an agentless
    signing participle is governed by ("Iran is buying 32 jets under a credit agreement
    concluded with Washington", "Saudi Arabia is expected to pay under an understanding
    reached with Amman": Iran, Saudi Arabia); [] where that clause's subject is no party."""
    if verb.dep_ != "acl" or verb.head.i != root.i or root.dep_ != "pobj" or \
            root.head.lower_ not in UNDER_PREPS:
        return []
    governor = root.head.head
    if governor.dep_ == "dobj":  # "settled the dispute in an agreement signed with B"
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subj is None and governor.dep_ == "xcomp":  # "A is expected to pay under …": A
        subj = next((c for c in governor.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                    None)
    if subj is None:
        return []
    subj = _antecedent_of(subj)
    return [_party_key(by_token[subj.i])] if _party_at(subj, by_token) else []


HEADLINE_SIGNERS = ("nmod", "compound", "npadvmod", "dep")


def _headline_compound_sign(root: Token) -> Token | None:
    """"Iraq and US sign pact setting …": the parser may read a headline's plural signing verb
    as a compound of the agreement noun after it, the names before it hung on that noun too,
    so no clause has a subject (dev d349; signed.py ``_compound_signing`` reads the signing)
    (issue 12, h-sig28)."""
    if not _headline_line(root.sent):
        return None
    plural = default_relation_rules().words["headline_signing_plural"]
    return next((c for c in root.children if c.dep_ == "compound" and c.lower_ in plural
                 and c.i < root.i and not any(g.dep_ in ("nsubj", "nsubjpass")
                                              for g in c.children)), None)


def _relative_signing(root: Token, verbs: tuple[str, ...], on_root: bool = False
                      ) -> Token | None:
    """A relative clause of signing with a subject of its own on the agreement word (with
    ``on_root``) or where the parser hangs it, on the noun of the agreement's "for" phrase
    ("the contract for 48 jets that Warsaw signed with X", d289) (issue 12, h-sig15)."""
    heads = [*([root] if on_root else []),
             *(g for p in root.children if p.dep_ == "prep" and p.lower_ == "for"
               for g in p.children if g.dep_ == "pobj")]
    return next((c for h in heads for c in h.children if c.dep_ == "relcl"
                 and c.lemma_ in verbs and any(s.dep_ == "nsubj" for s in c.children)), None)


def _own_signing(e: SpacySpan, before: list[SpacySpan], doc_parties: list[str],
                 by_token: dict[int, SpacySpan], order: dict[str, int], state_nouns: frozenset[str],
                 verbs: tuple[str, ...], homes: dict[str, str]) -> list[str]:
    """"modelled on the Indo-Soviet treaty that India and the Soviet Union signed", "a treaty of
    friendship the three governments concluded in Ankara", "unlike the contract for 48 F-16s
    that Warsaw signed with Lockheed Martin": an agreement word a relative clause of signing
    (with a subject of its own) describes is the agreement of that clause's signers, not the
    article's last one; a definite one only where no agreement of the sentences before is
    theirs (one of those parties by its key, or a named one of the article's first two)
    (d229, d257, d289, d381) (issue 12, h-sig15). Returns its signers, or []; of a contract,
    without the home state of a firm among them (``homes``)."""
    root = e.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in verbs:
        return []  # "A and B signed the pact that …": the clause's own object
    verb = _relative_signing(root, verbs, on_root=True)
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) if verb is not None else []
    # "… signed with the Italian defence group Leonardo": Leonardo, not Italy
    parties = [k for k in parties if k not in {homes.get(c) for c in parties}]
    if len(parties) < 2:
        return []
    keys = [_span_key(x) for x in before if x.label_ == "Agreement" and x.end <= e.sent.start]
    if _definite(e) and any(_key_parties(k) == set(parties) or not _key_parties(k) and set(
            parties) <= set(doc_parties) for k in keys):
        return []  # "the treaty that A and B signed": the article's treaty of A and B
    return parties


def _movements(spans: Iterable[SpacySpan], order: dict[str, int]) -> list[str]:
    """The organisations the gazetteer does not list among a signing clause's signers (a rebel
    movement, a front): the other party of a state's peace deal with it (issue 12, h-sig14;
    d407, d387). A state's organ ("Army (Nepal)", "Ministry of Defence (Peru)") signs for
    the state, not as its counterpart."""
    keys = [k for e in spans if e.label_ in ("Agency", "ORG")
            and not (k := _party_key(e)).endswith(")")]  # (not "Army (Nepal)": an organ)
    return sorted(dict.fromkeys(keys), key=lambda k: order.get(k, 0))


def _aim_nouns(agreement: Token) -> list[Token]:
    """The children of the noun an agreement's "of"/"on" phrase names ("a treaty of
    friendship with India", "an accord on cooperation with Chile"): the parser may hang the
    co-signer's "with" phrase on that noun rather than on the agreement or the verb (issue
    12, h-agr)."""
    return [c for p in agreement.children if p.dep_ == "prep" and p.lower_ in ("of", "on")
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
            for c in g.children]


def _contact_clause(root: Token, verbs: tuple[str, ...]) -> Token | None:
    """"a defence agreement the two countries signed in 1965": the parser may take the
    subject of a relative clause without "that", right after the agreement, for an
    apposition or an object, and the signing verb for its clause; that subject (issue 12,
    h-agr2)."""
    after = root.doc[root.i + 1 : root.sent.end]
    return next((v.head for v in after if v.dep_ in ("acl", "relcl") and v.lemma_ in verbs
                 and v.head.pos_ == "NOUN" and v.head.i < v.i
                 and v.head.left_edge.i == root.i + 1), None)


def _co_party(tok: Token) -> bool:
    """Whether ``tok`` has its own "with"/"between" phrase."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def _described(holder: Token, by_token: dict[int, SpacySpan]) -> set[int]:
    """"the Solomon Islands, Papua New Guinea's neighbour, concluded …": the tokens of an
    apposition headed by a common noun, which describes the signer and names no party."""
    return {t.i for c in holder.children if c.dep_ == "appos" and c.i not in by_token
            and c.pos_ == "NOUN" for t in c.subtree}


COUNTED = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _counted_states(tok: Token, by_token: dict[int, SpacySpan],
                    state_nouns: frozenset[str]) -> list[SpacySpan]:
    """"Turkey backed the bids of Finland and Sweden after the three countries signed …": a
    counted plural of states is the last so many states its sentence names before it (issue
    12, h-sign)."""
    count = next((COUNTED[c.lower_] for c in tok.children if c.lower_ in COUNTED), None)
    if count is None or tok.lemma_.lower() not in state_nouns or tok.tag_ != "NNS":
        return []
    # (the last so many, latest first)
    states = _states_in(reversed(tok.doc[tok.sent.start : tok.i]), by_token, {}, count)
    if len(states) == count:
        return list(states.values())[::-1]
    return (_listed_before(tok, count, by_token) if not states else []) or \
        _named_before(tok, count, by_token, states)


def _named_before(tok: Token, count: int, by_token: dict[int, SpacySpan],
                  states: dict[str, SpacySpan]) -> list[SpacySpan]:
    """"Senegal was acting under a defence agreement the two countries signed" (d194), "a
    treaty the two countries signed in 2017" (d213): so many states as the counted plural's
    sentence lacks are the last other states named in the three sentences before it
    (issue 12, h-agr2)."""
    sents = [x for x in tok.doc.sents if x.end <= tok.sent.start][-3:]
    found = _states_in(reversed(tok.doc[sents[0].start : tok.sent.start] if sents else []),
                       by_token, states, count)
    if len(found) < count:
        found = _headline_states(tok, count, by_token, found)
    return sorted(found.values(), key=lambda x: x.start) if len(found) == count else []


def _headline_states(tok: Token, count: int, by_token: dict[int, SpacySpan],
                     found: dict[str, SpacySpan]) -> dict[str, SpacySpan]:
    """"Moldova sells its MiG-29s to the United States … Under the agreement, which the two
    governments concluded": where the sentences before name too few states, the counted
    plural is the headline's states, when the headline names just so many and all of those
    found are among them (d1010, d932) (issue 12, h-sig9)."""
    head = next(iter(tok.doc.sents), None)
    if head is None or head.start == tok.sent.start or not _headline_line(head):
        return found
    named = _states_in(head, by_token, {}, None)
    return named if len(named) == count and set(found) <= set(named) else found


def _states_in(tokens: Iterable[Token], by_token: dict[int, SpacySpan],
               found: dict[str, SpacySpan], limit: int | None) -> dict[str, SpacySpan]:
    """``found`` with the states named at ``tokens``, in their order, one per key, until it
    holds ``limit`` (all, where None)."""
    out = dict(found)
    for t in tokens:
        if (x := by_token.get(t.i)) is not None and x.label_ == "Country" and \
                (limit is None or len(out) < limit):
            out.setdefault(x.ent_id_ or _text(x), x)
    return out


def _listed_before(tok: Token, count: int, by_token: dict[int, SpacySpan]) -> list[SpacySpan]:
    """"Ghana and Togo share a border. The two countries signed a pact": the last list of
    exactly so many states in the sentences before (as relations' plural coreference reads
    it) (issue 12, h-agr3)."""
    doc = tok.doc
    for i in range(tok.sent.start - 1, max(0, tok.sent.start - 400) - 1, -1):
        x = by_token.get(i)
        if x is None or x.label_ != "Country" or doc[i].dep_ == "conj" or not doc[i].conjuncts:
            continue
        group = {(g.ent_id_ or g.text): g for c in (doc[i], *doc[i].conjuncts)
                 if (g := by_token.get(c.i)) is not None and g.label_ == "Country"}
        if len(group) == count:
            return list(group.values())
    return []


def _purpose(e: SpacySpan, by_token: dict[int, SpacySpan]) -> bool:
    """An unnamed kind after "for", when an agreement precedes it in its sentence ("a letter
    of intent was signed … for the lease of Gripen jets"), is what that agreement is for,
    not a second agreement (issue 12, h-sign)."""
    root = e.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and any(
        x.label_ == "Agreement" and x.sent.start == e.sent.start and x.end <= e.start
        for x in dict.fromkeys(by_token.values()))


def _headline_subject(tok: Token) -> bool:
    """"Chile, Peru sign security pact": the parser hangs a headline's first subject on the
    verb as a modifier followed by a comma."""
    after = tok.right_edge.i + 1
    return tok.dep_ == "npadvmod" and tok.i < tok.head.i and after < len(tok.doc) \
        and tok.doc[after].text == "," and tok.pos_ == "PROPN"


DEAL_WORDS = frozenset({"deal", "deals"})  # a worded kind's casual word for its agreement


def _kind_start(e: SpacySpan, adjectives: frozenset[str]) -> int:
    """Where the classifying words before an agreement word begin: lower-case compound nouns
    and classifying adjectives that hang on the phrase. A word hyphened to the one before it
    is a measure ("a 25-year cooperation agreement", "a fifty-year treaty"), no kind word."""
    start = e.start
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and t.is_lower \
            and t.is_alpha and ((t.dep_ == "compound" and t.pos_ == "NOUN")
                                or (t.dep_ == "amod" and t.lower_ in adjectives)) \
            and not _hyphened(t):
        start -= 1
    return start


def _hyphened(t: Token) -> bool:
    """``t`` follows a hyphen written without spaces ("25-year": "year")."""
    return t.i >= 2 and glued_hyphen(t.doc[t.i - 1])


def _kind_words(e: SpacySpan, adjectives: frozenset[str]) -> str:
    """The kind a bare agreement word's own modifiers give it ("a radar agreement", "the
    trilateral memorandum"): the nouns and classifying adjectives just before it, with the
    word itself; "" when there are none ("a new agreement", "a separate accord")."""
    start = _kind_start(e, adjectives)
    if start == e.start:
        return ""
    return " ".join([t.lower_ for t in e.doc[start:e.start]] + [e.root.lemma_.lower()])


def _worded(e: SpacySpan, entry: GazetteerEntry, adjectives: frozenset[str]
            ) -> tuple[SpacySpan, str]:
    """A new agreement of a `worded` kind: the phrase with the nouns and classifying adjectives
    just before it, and its kind as the text words it ("under a mutual defence agreement":
    "mutual defence agreement", d296; "a joint regional air defence agreement", d276; "a
    joint defence agreement", d211) (issue 12, h-sig7); other kinds keep their label."""
    start = _kind_start(e, adjectives) if entry.worded else e.start
    if start == e.start:
        return e, entry.label
    words = [t.lower_ for t in e.doc[start:e.end]]
    if words[-1] in DEAL_WORDS and entry.label.endswith(" agreement"):
        words[-1] = "agreement"  # "an energy cooperation deal": the kind's own word (d1147)
    return SpacySpan(e.doc, start, e.end, label="Agreement"), " ".join(words)


def _year_dated(e: SpacySpan, gaz: Gazetteer, after: bool = False
                ) -> tuple[SpacySpan, str] | None:
    """"a 1994 deal", "the 1951 pact", "under a 2008 security agreement": a lower-case kind
    phrase a year qualifies (the year right before its words) names an agreement of that
    year; returns the phrase with its year and modifiers, and the year. ``after``: the
    article has its agreement already, so an "of <year>" phrase dates one too
    (`_year_after`)."""
    words = without_the(e)
    if not all(t.is_lower or not t.is_alpha for t in words) or e.root.tag_ == "NNS":
        # a name ("the 1951 Mutual Defense Treaty") is its own already; "signed the 2006
        # contracts": plural, the article's package of deals, dated by its signing
        return None
    e = _with_modifiers(e)
    year = next((t for t in e.doc[max(e.start - 1, e.sent.start):e.root.i]
                 if t.shape_ == "dddd" and t.text[:2] in ("19", "20")
                 and e.root.i >= t.head.i > t.i), None)
    if year is None:
        # (only after the article's own: "the boundary treaty of 1907" that an article
        # names first may be the one its later "the treaty" is)
        return _year_after(e) if after else None
    return SpacySpan(e.doc, year.i, e.end, label="Agreement"), year.text


def _year_after(e: SpacySpan) -> tuple[SpacySpan, str] | None:
    """"the pact of 1946", "replaces the treaty of 1949", "under an agreement of 1980": the
    year an "of" phrase right after a lower-case kind phrase gives dates it as the
    prenominal year does (an older agreement of its own); returns the phrase through the
    year, and the year, or None."""
    end = e.end
    if end + 1 >= len(e.doc) or e.doc[end].lower_ != "of" or e.doc[end].head.i != e.root.i:
        return None
    year = e.doc[end + 1]
    if year.shape_ != "dddd" or year.text[:2] not in ("19", "20") or year.head.i != end \
            or any(c.dep_ in ("cc", "conj") for c in year.children):  # (not "of 1988 and 1998")
        return None
    return SpacySpan(e.doc, e.start, year.i + 1, label="Agreement"), year.text


def _goods_under(e: SpacySpan) -> bool:
    """"were supplied under a 2005 contract", "ordered … under a 1987 contract": a deal that
    goods are delivered or bought under (the object of "under")."""
    return e.root.dep_ == "pobj" and e.root.head.lower_ == "under"


def _contract_firm(e: SpacySpan, by_token: dict[int, SpacySpan]) -> str | None:
    """The company a deal's own "with" phrase names ("a 2005 contract with the China National
    Aero-Technology Import and Export Corporation"), or None."""
    firms = [x for p in e.root.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"
             if (x := by_token.get(g.i)) is not None and x.label_ == "Company"]
    return _party_key(firms[0]) if firms else None


def _buying_verb(e: SpacySpan, roles: Roles) -> bool:
    """Whether the verb that ``e``'s "under" hangs on buys, receives or pays for goods ("paid
    $58 million for the jets under a 2009 agreement": an agreement of a purchase is an arms
    deal; not a giving verb, which also sends troops "under the 1978 treaty"); the parser may
    hang "under" on the goods or the sum, so the first verb above is taken."""
    verb = e.root.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in roles.bought_verbs | roles.paying_verbs


# prepositions that carry on an agreement's topic ("cooperation in nuclear energy", "the
# exploration of oil"); any other ("for Mongolia's plan", "off the coast") ends it
TOPIC_LINKS = ("in", "of")
# names and figures a topic does not hold ("on Tuesday", "on the sale of 36 jets to India")
TOPIC_STOPS = (*NUMERIC_TYPES, "GPE", "LOC", "FAC", "ORG", "PERSON")


def _with_topic(e: SpacySpan) -> SpacySpan:
    """"an agreement on cooperation in nuclear energy", "a memorandum on oil and gas
    exploration off the coast": the phrase with the "on" phrase that says what it is about, as
    far as that phrase runs without a name, a figure, a clause or another preposition (its
    mention as the article words it); the phrase itself where no such topic follows."""
    doc = e.doc
    on = next((c for c in e.root.children if c.dep_ == "prep" and c.lower_ == "on"
               and e.start < c.i <= e.end), None)
    if on is None or not any(c.dep_ in ("pobj", "pcomp") for c in on.children):
        return e
    end = max(e.end, on.i + 1)
    while end <= on.right_edge.i and not (
            (t := doc[end]).is_punct or t.ent_type_ in TOPIC_STOPS
            or t.dep_ in ("relcl", "acl", "appos", "advcl")
            or (t.dep_ == "prep" and t.lower_ not in TOPIC_LINKS)):
        end += 1
    while end > on.i + 1 and (doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
        end -= 1  # (not a dangling "of", "and", "the")
    if end <= on.i + 1 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return e  # ("an agreement on Tuesday": a time, no topic)
    return SpacySpan(doc, e.start, max(end, e.end), label=e.label_)


def _signed_topic(e: SpacySpan, verbs: tuple[str, ...], state_nouns: frozenset[str]) -> str:
    """"signed an agreement on economic cooperation", "concluded an accord on trade", "signed
    agreements, including a memorandum on oil exploration": an indefinite agreement word with
    a topic of its own ("on …", `_with_topic`) that a signing verb takes as its object (or one
    of the objects it lists) is an agreement of its own, not the one the article speaks of; its
    topic noun ("cooperation"), or "" (not so; a plan or a negated signing neither; nor one of
    counted states that `_signing_parties` did not take for the article's: "before the two
    countries signed …")."""
    on = next((c for c in e.root.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None or _with_topic(e).end <= on.i + 1 or _definite(e):
        return ""
    noun = e.root
    while noun.dep_ == "conj":  # "a memorandum on … and an accord on …"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        noun = noun.head.head  # "agreements, including a memorandum on …"
        while noun.dep_ == "conj":
            noun = noun.head
    verb = noun.head if noun.dep_ == "dobj" else noun if noun.pos_ == "VERB" else None
    if verb is None or verb.lemma_.lower() not in verbs or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "neg" or c.tag_ == "MD"
            or c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in state_nouns
            for c in verb.children):
        return ""
    return next((c.lemma_.lower() for c in on.children if c.dep_ in ("pobj", "pcomp")), "")


def _own_making(e: SpacySpan, verbs: tuple[str, ...], state_nouns: frozenset[str]
                ) -> str | None:
    """"signed a memorandum on civilian nuclear energy with <leader>", "builds on an agreement
    that the two ministers reached in July": an indefinite agreement word with a topic of its own
    (`_signed_topic`) or a done relative clause of signing with a subject of its own says how
    that agreement was made, so it is one of its own; its topic noun ("energy"), "" where only
    the clause marks it, None where neither does (issue 12, h-agr6)."""
    if _definite(e):
        return None
    if topic := _signed_topic(e, verbs, state_nouns):
        return topic
    # (the parser may read the relative as an "acl" participle: "an agreement that the
    # ministers reached in July")
    return "" if any(c.dep_ in ("relcl", "acl") and c.lemma_ in verbs and _signing_done(c)
                     and any(s.dep_ == "nsubj" for s in c.children)
                     for c in e.root.children) else None


def _additional_set(e: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> str:
    """"put their names to about a dozen other agreements", "signed a set of accompanying
    agreements on policing": an indefinite plural of agreement words that an additive adjective
    (roles.yaml `additional_marks`) marks and a signing takes as its object (or the object of a
    "set of", "series of" it is in) is a set of agreements beside the article's own; its mark
    ("other"), or "" (not so; a plan or a negated signing neither) (issue 12, h-agr12)."""
    root = e.root
    mark = next((c.lower_ for c in root.children
                 if c.dep_ == "amod" and c.lower_ in roles.additional_marks), "")
    if not mark or root.tag_ != "NNS" or _definite(e) or _predicative(e):
        return ""
    noun = root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a set of accompanying agreements"
    if _signature_to(noun):
        verb = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
        verb = noun.head
    else:
        return ""
    return mark if _signing_done(verb) else ""


def _signing_done(verb: Token) -> bool:
    """Whether a signing verb states a signing, not a plan or a denial ("would sign", "did
    not put their names to", "to sign"); "put" past reads as "VB" too ("the ministers put
    their names to …")."""
    tags = ("VBD", "VBN", "VB", "VBP") if verb.lower_ == "put" else ("VBD", "VBN")
    return verb.tag_ in tags and not any(c.dep_ == "neg" or c.tag_ in ("MD", "TO")
                                         for c in verb.children)


def _people_signing(e: SpacySpan, verbs: tuple[str, ...]) -> bool:
    """"The two presidents signed a declaration", "The two leaders put their names to a joint
    communique", "after they had signed a cessation of hostilities": a done signing of ``e``
    whose subject is a counted plural of people (relations.yaml `plural_person_nouns`) or
    "they", which names no party of its own (issue 12, h-agr17); also a counted plural of
    sides (`plural_side_nouns`: "The two sides signed a first ceasefire") and the agent of a
    participle on ``e`` ("a joint statement agreed by the two prime ministers") (h-sig19)."""
    root = e.root
    agent = False  # (the signers are the verb's "by" phrase: a participle on ``e``)
    if root.dep_ == "dobj" and root.head.lemma_ in verbs:
        verb = root.head
    elif _signature_to(root):
        verb = root.head.head
    elif (part := next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and c.lemma_.lower() in verbs), None)) is not None:
        verb, agent = part, True
    else:
        return False
    words = default_relation_rules().words
    people = words["plural_person_nouns"] | words["plural_side_nouns"]
    signers = [g for c in verb.children if c.dep_ == "agent" for g in c.children
               if g.dep_ == "pobj"] if agent else [c for c in verb.children if c.dep_ == "nsubj"]
    return _signing_done(verb) and any(
        (c.lower_ == "they" and not agent) or (
            c.tag_ == "NNS" and c.lemma_.lower() in people
            and any(g.lower_ in COUNTED for g in c.children))
        for c in signers)


def _people_parties(last: str | None, doc_parties: list[str]) -> list[str]:
    """Whom unnamed signing people (`_people_signing`) sign for: the two parties of the
    article's last agreement where its name has two (in its order), else the article's two
    parties, else none (issue 12, h-agr17)."""
    if last and last.endswith(")") and len(_key_parties(last)) == 2:
        return last.partition(" (")[2].removesuffix(")").split(DASH)
    return doc_parties if len(doc_parties) >= 2 else []


def _with_proper_modifiers(e: SpacySpan) -> SpacySpan:
    """"the Indo-Soviet treaty": the phrase with the hyphenated proper adjective before it,
    which tells it from the article's other treaty (d229) (issue 12, h-sig15)."""
    start = e.start
    while start > e.sent.start and (t := e.doc[start - 1]).head.i >= start and \
            t.head.i < e.end and (t.dep_ in ("amod", "compound") and t.text[:1].isupper()
                                  or t.text == "-") and t.ent_type_ not in NUMERIC_TYPES:
        start -= 1
    while start < e.start and not e.doc[start].text[:1].isupper():
        start += 1  # (not a stray hyphen first)
    return e if start == e.start else SpacySpan(e.doc, start, e.end, label=e.label_)


def _definite(e: SpacySpan) -> bool:
    """"the deal", "this contract", "its pact": a phrase that refers back."""
    if e[0].lower_ in DEFINITE:
        return True
    return has_det(e.root, DEFINITE) or any(c.dep_ == "poss" for c in e.root.children)


# determiners of a deal that is only thought of ("before it concludes any defence arrangement
# with a third country", "there is no deal with Iran"): no agreement is named (h-agr5)
UNREAL_DETERMINERS = frozenset({"any", "no"})


def _unreal(e: SpacySpan) -> bool:
    """"any security arrangement", "no deal": a phrase that names no agreement anyone made."""
    return has_det(e.root, UNREAL_DETERMINERS)


def _predicative(e: SpacySpan) -> bool:
    """"… as a win-win deal", "it is a good deal", "the document, a deal": a phrase that
    describes something already named rather than naming a new agreement."""
    root = e.root
    return root.dep_ in ("attr", "oprd", "appos") or (
        root.dep_ == "pobj" and root.head.lower_ == "as")


def _supply_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int]
                    ) -> list[str]:
    """"Washington has supplied Iraq with arms under a military assistance agreement": the
    subject and the state object of the verb an agreement is "under", when both are parties
    (issue 12, h-agr4); [] otherwise. The parser may hang "under" on the goods ("supplied
    Brazil with destroyers … under …"): the verb is reached through them."""
    root = e.root
    if root.dep_ != "pobj" or root.head.lower_ != "under":
        return []
    verb = root.head.head
    while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "conj", "dobj") and \
            verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    spans = [by_token[c.i] for c in verb.children
             if c.dep_ in ("nsubj", "dobj", "dative") and c.i in by_token]
    parties = _parties(spans, order)
    return parties if len(parties) >= 2 else []


def _purchase_aim(root: Token, roles: Roles) -> tuple[Token, tuple[str, ...]] | None:
    """What an agreement word is for, when it is a purchase or a sale: its own infinitive ("an
    agreement to buy …", "to sell …") or "for" noun ("for the purchase of …"), with the
    prepositions that name the other party of the deal ("from" the seller, "to" the buyer)."""
    for c in root.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if lemma in roles.bought_verbs:
                return c, ("from",)
            if lemma in roles.giving_verbs:
                return c, ("to",)
        if c.dep_ == "prep" and c.lower_ == "for":
            aim = next((g for g in c.children if g.dep_ == "pobj"
                        and g.lemma_.lower() in roles.purchase_nouns), None)
            if aim is not None:
                return aim, ("from", "to")
    return None


def _purchase_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                      roles: Roles, verbs: tuple[str, ...]) -> list[str]:
    """"Peru has signed an agreement to buy six frigates from Italy", "concluded an accord for
    the purchase of tanks from Spain", "signed a memorandum to sell jets to Chile": an
    indefinite agreement word that a signing verb takes as its object, made to buy from or
    sell to a named party, is a purchase agreement, the unnamed arms deal of the signer and
    that party, as "signed a contract to buy … from Italy" is (A1, S2, SU1) (issue 12,
    h-sig53); [] unless both are named."""
    root = e.root
    if _definite(e) or root.dep_ != "dobj" or root.head.lemma_.lower() not in verbs:
        return []
    sign = root.head
    found = _purchase_aim(root, roles)
    if found is None:
        return []
    aim, preps = found
    # the parser may hang a long list of goods, and the seller's "from" after them, on the
    # signing verb ("signed a $110 million agreement to buy trucks, armoured personnel
    # carriers and guns from X"): objects of that verb after the agreement word are the aim's
    heads = [aim, *(c for c in sign.children if c.dep_ == "dobj" and c.i > root.i)]
    others = [g for h in heads for t in h.subtree if t.dep_ == "prep" and t.lower_ in preps
              for g in t.children if g.dep_ == "pobj"]
    others += [c for c in aim.children if c.dep_ == "dative"] if "to" in preps else []
    subjects = [_pronoun_antecedent(c, by_token) for c in sign.children if c.dep_ == "nsubj"]
    subjects = [_antecedent_of(c) for c in subjects]
    buyer = _parties([by_token[t.i] for s in subjects for t in s.subtree if t.i in by_token],
                     order, 1)
    other = _parties([by_token[t.i] for o in others for t in o.subtree if t.i in by_token],
                     order, 1)
    if not buyer or not other or buyer == other:
        return []
    return sorted([*buyer, *other], key=lambda k: order.get(k, 0))


AIM_WORDS = {",", "-", "and"}  # "… of friendship, cooperation and mutual assistance"


def _aim_end(e: SpacySpan, roles: Roles) -> int | None:
    """Where the "of" phrase after a lower-case agreement word (roles.yaml `aim_heads`) that
    says what it is for ends ("a treaty of friendship, cooperation and mutual assistance", "a
    treaty of peace"), when its first noun is a treaty aim (roles.yaml `treaty_aims`); None
    otherwise. The phrase is part of the mention, as the text words the agreement (issue 12,
    h-agr4)."""
    doc, head = e.doc, e[-1]
    if head.lemma_.lower() not in roles.aim_heads or not head.is_lower or e.end + 1 >= len(doc):
        return None
    of, aim = doc[e.end], doc[e.end + 1]
    if of.lower_ != "of" or of.head.i != head.i or aim.lower_ not in roles.treaty_aims \
            or aim.head.i != of.i:
        return None
    phrase = {t.i for t in aim.subtree}
    end = e.end + 2
    while end < len(doc) and end in phrase and (doc[end].text in AIM_WORDS or (
            doc[end].is_lower and doc[end].is_alpha and doc[end].pos_ in ("NOUN", "ADJ"))):
        end += 1
    while doc[end - 1].text in AIM_WORDS:  # (never ends on a comma or an "and")
        end -= 1
    return end


def _aim_kind(e: SpacySpan, roles: Roles) -> str:
    """"a treaty of friendship": "friendship treaty"; "" without a treaty aim."""
    if _aim_end(e, roles) is None:
        return ""
    return f"{e.doc[e.end + 1].lower_} {e[-1].lemma_.lower()}"


def _with_aims(spans: list[SpacySpan], roles: Roles) -> list[SpacySpan]:
    """The agreements' mentions with their treaty-aim "of" phrases (`_aim_end`)."""
    taken = _taken(spans)
    out = []
    for x in spans:
        end = _aim_end(x, roles) if x.label_ == "Agreement" else None
        if end is not None and not taken & set(range(x.end, end)):
            x = SpacySpan(x.doc, x.start, end, label=x.label_, span_id=x.id_)
        out.append(x)
    return out


def _in_sentence(e: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The refined spans of ``e``'s sentence (``doc.ents`` still holds the unrefined ones)."""
    sent = e.sent
    return [x for x in ents if sent.start <= x.start and x.end <= sent.end]


def _key_parties(key: str) -> set[str]:
    """"arms deal (Peru–Spain)" → {"Peru", "Spain"}; a name without parties → set()."""
    return set(key.partition(" (")[2].removesuffix(")").split(DASH)) if key.endswith(")") \
        else set()

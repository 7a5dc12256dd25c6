"""``_agreements``: an agreement word's key, the treaty named earlier or later, a separate
deal of its own (its goods, field, parties) or the matter it is about, and the rules it
reads them with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    Roles,
    default_relation_rules,
    surface_form,
)
from kg.extract.refine.agreement_kinds import listed_by_words
from kg.extract.refine.agreement_names import DEAL_KIND
from kg.extract.refine.agreement_parties import (
    PARTY_LABELS,
    _additional_set,
    _aim_kind,
    _antecedent_of,
    _buying_verb,
    _co_party,
    _contract_firm,
    _definite,
    _goods_under,
    _homes,
    _in_sentence,
    _key_parties,
    _kind_words,
    _local_parties,
    _own_making,
    _own_signing,
    _parties,
    _party_key,
    _people_parties,
    _people_signing,
    _predicative,
    _pronoun_antecedent,
    _purchase_parties,
    _purpose,
    _signed_topic,
    _signing_parties,
    _supply_parties,
    _unreal,
    _with_aims,
    _with_proper_modifiers,
    _with_topic,
    _worded,
    _year_dated,
)
from kg.extract.refine.plural_members import plural_members
from kg.extract.refine.spans import (
    DASH,
    NUMERIC_TYPES,
    _countries,
    _covers,
    _headline_line,
    _signature_to,
    _span_key,
    _taken,
    _text,
    _with_modifiers,
)
from kg.extract.tokens import where, without_the


def _agreements(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """A generic agreement phrase ("a defense pact") names a known treaty only where its
    parties are named: in the sentence, or (when the sentence names at most one state) in the
    document; a sentence naming other states makes a new agreement "<kind> (<A>–<B>)";
    otherwise the phrase stays the generic kind (none where it is plural or a tie: "defence
    agreements", "a strategic partnership"). An unnamed deal ("a $2 billion deal", "a
    memorandum of understanding") is "<kind> (<A>–<B>)" after the parties its sentence names,
    in the order the document first names them; "the deal" without them, and a bare "the
    pact", are the document's last agreement; else no entity."""
    out, last = [], None
    bare: dict[str, str] = {}  # a bare word's agreement ("an accord") → its " (<A>–<B>)"
    cataphora: set[int] = set()  # definite deals first met without parties of their own
    asides: set[str] = set()  # agreements a relative clause of signing names (`_own_signing`)
    apart: set[str] = set()  # "a separate agreement": never a bare word's one (`_same_parties`)
    kinds: dict[str, str] = {}  # kind → the document's last agreement of that kind
    years: dict[str, str] = {}  # year → the older agreement a year dates ("the 1980 accord")
    fields: dict[str, str] = {}  # "claims agreement" → its key (`_subject_kind`)
    headline: dict[frozenset[str], str] = {}  # a headline's signers → the agreement named next
    # an unsigned "a border security agreement" of two named states, before any other
    # agreement: the antecedent of a later "the deal" / "the agreement" (h-agrid)
    pending: tuple[SpacySpan, str] | None = None
    leads: list[SpacySpan] = []  # the article's first, signed "an agreement" (`_lead_deals`)
    order: dict[str, int] = {}
    for e in ents:
        if e.label_ in PARTY_LABELS:
            order.setdefault(_party_key(e), e.start)
    state_nouns = gaz.roles.state_nouns  # (a signing's counted states: "three countries")
    # only an Agreement span reads these (most documents hold none): skip their cost there
    agreed = any(e.label_ == "Agreement" for e in ents)
    homes = _homes(ents, gaz.roles) if agreed else {}
    doc_parties = _parties(ents, order) if agreed else []
    doc_states = _countries(ents) if agreed else []  # (`_listed_treaty`'s document scope)
    # a contract's: companies, not homes
    doc_sellers = _parties(ents, order, homes=homes) if agreed else []
    by_token = _covers(ents)
    names = {n for e in ents  # the article's named agreements
             if e.label_ == "Agreement" and not e.ent_id_
             and (n := surface_form(_text(e)))[:1].isupper()}
    first_named: dict[str, int] = {}  # a named agreement → where the article first names it
    for e in ents:
        if e.label_ == "Agreement" and (n := surface_form(_text(e))) in names:
            first_named.setdefault(n, e.start)

    def note(e: SpacySpan, key: str, role: str | None = "last", kind: str | None = None,
             parties: str | None = None, keep: bool = False) -> None:
        """Write the agreement ``key`` over ``e`` (``keep``: the span as it is) and note, in the
        one place they are kept, what it is to the phrases after it: ``role`` "last" (the one
        a later "the deal" is: ``last``, and ``kinds[kind]``); "first" (that where the article
        has none yet, else an aside); "fallback" (the last and its kind's only where there is
        none yet, and no aside); "aside" (one a later definite word does not refer to:
        ``asides``); None (neither); ``parties``: the " (<A>–<B>)" of a bare word's agreement
        (``bare``)."""
        nonlocal last
        if not keep and any(t.lower_ == "on" for t in e[1:]):
            e = _with_topic(e)  # "agreement on cooperation | in nuclear energy": all its topic
        out.append(e if keep else SpacySpan(doc, e.start, e.end, label="Agreement",
                                            span_id=key))
        if role == "first":
            role = "last" if last is None else "aside"
        if role == "last":
            last = key
            if kind is not None:
                kinds[kind] = key
        elif role == "fallback":
            if kind is not None:
                kinds.setdefault(kind, key)
            last = last or key
        elif role == "aside":
            asides.add(key)
        if parties is not None:
            bare[key] = parties

    for e in ents:
        if e.label_ != "Agreement":
            out.append(e)  # (not an agreement)
            continue
        kind_of: str | None = None  # (an unnamed kind's key: the kind's last, ``kinds``)
        bare_of: str | None = None  # (a bare word's parties, ``bare``)
        entry = gaz.by_label.get(e.ent_id_)
        if entry is not None and entry.unnamed and _unreal(e):
            continue  # "before it concludes any defence arrangement with a third country"
        if entry is not None and entry.signing and _topic_of_next(e, by_token, gaz.roles):
            continue  # "sign ceasefire and autonomy pact": what the pact is about (h-sig18)
        if entry is not None and e.root.lower_ in gaz.roles.protocol_words and \
                _protocol_parent(out, e.start, ents, gaz.roles.protocol_words) is not None:
            continue  # "also signed protocols" after a treaty: `_signed_protocols` (h-sig27)
        if (e.start > 0 and (e.start - 1 not in by_token  # (or a kind word: "framework")
                             or by_token[e.start - 1].label_ == "Agreement")
                and (outer := _outer_kind(e, gaz)) is not None):
            # the word before may already belong to another entity ("a 10-year" DATE)
            entry, e = outer, SpacySpan(doc, e.start - 1, e.end, label="Agreement")
        if entry is not None and _site_tenure(e, gaz.roles):
            continue  # "renew the lease on the air base": a site's tenure, no deal (h-agr9)
        if entry is not None and (entry.unnamed or entry.anaphor) and _sought_like(e, gaz.roles):
            continue  # "seek a similar deal": none made yet (h-agr9)
        if entry is not None and (entry.unnamed or entry.anaphor) and len(doc_parties) >= 2 and (
                mark := _additional_set(e, entry.signing or gaz.signing_verbs, gaz.roles)):
            # "the two presidents also put their names to about a dozen other agreements": a
            # set of its own of the article's parties, an aside that a later "the agreement"
            # is not (A1/A3) (issue 12, h-agr12)
            key = f"{mark} {e.root.lower_} ({DASH.join(doc_parties)})"
            note(_with_modifiers(e), key, "aside")
            apart.add(key)  # (never the article's bare "an agreement" of the same parties)
            continue
        if entry is not None and entry.commercial and (
                field := _separate_field(e, by_token, gaz.roles)) is not None and (
                firm_parties := _field_deal_parties(e, ents, order, doc_parties, homes)):
            # "A separate contract for maintenance was signed with the maker, X": a deal of
            # its own beside the article's purchase, of the buyer and the firm, not the one a
            # later "the deal" is (A3) (issue 12, h-agr9)
            key = f"{field[1]} ({DASH.join(firm_parties)})"
            note(field[0], key, None)
            apart.add(key)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and (
                signers := _own_signing(e, out, doc_parties, by_token, order, state_nouns,
                                        entry.signing or gaz.signing_verbs,
                                        homes if entry.commercial else {})):
            dated = _year_dated(e, gaz, True) if last is not None else None
            e = _with_year(_with_modifiers(_with_proper_modifiers(e)), gaz)
            kind = entry.label if entry.unnamed else (
                _aim_kind(e, gaz.roles) or _kind_words(e, gaz.roles.kind_adjectives)
                or entry.label)
            if dated is not None and (
                    older := _older_of_parties(kind, dated[1], signers, last)) is not None:
                # "modelled on a 1992 accord that the two governments concluded"
                key = years.setdefault(dated[1], older)
                note(e, key, "aside")
                apart.add(key)  # (never the one a bare "an agreement" of theirs is)
                continue
            # the article's first agreement: the one "the deal" is next; later ones are
            # asides, not the one a later "the treaty" is
            note(e, f"{kind} ({DASH.join(signers)})", "first",
                 entry.label if entry.unnamed else None)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor or entry.generic) and \
                doc_parties and (dated := _year_dated(e, gaz, last is not None)) is not None and \
                _listed_treaty(entry, _countries(_in_sentence(e, ents)), doc_states, gaz) is None:
            # (a listed treaty's kind keeps that treaty: "under the 1953 mutual defence treaty"
            # of the two states that signed it in 1953 is that treaty, not one of its own year)
            # "under a 1954 agreement", "the 1951 pact", "in a 1994 deal": an older agreement
            # of its own, not the article's last one, in an article naming a party (a text
            # naming none names no agreement; test_extract_round6_entities) (issue 12, h-sign2)
            e, year = dated
            parties = _signing_parties(e, by_token, order, state_nouns,
                                       entry.signing or gaz.signing_verbs) \
                or _local_parties(e, by_token, order) or _parties(_in_sentence(e, ents), order)
            if entry.undated and len(parties) < 2:
                continue  # "in breach of a 1976 understanding": no agreement (h-sig48)
            under = _goods_under(e)
            bought = not entry.commercial and entry.anaphor and under and \
                _buying_verb(e, gaz.roles)
            if len(parties) < 2 and (entry.commercial or bought) and under and \
                    len(doc_sellers) >= 2 and set(parties) <= set(doc_sellers):
                # "ordered from HDW under a 1987 contract", "Denel is to deliver the rest under
                # the 2010 contract": the contract the article's goods come under, naming at
                # most one of its parties, is its deal of the buyer and the seller, not one of
                # its own that a later "the deal" would split from (d397, d418) (h-agr7)
                parties = doc_sellers
            if (entry.commercial or bought) and under and (
                    firm := _contract_firm(e, by_token)) is not None and (
                    buyer := next((p for p in doc_parties if p not in (firm, homes.get(firm))),
                                  None)) is not None:
                # "paid $58 million for the jets under a 2009 agreement with CATIC", "supplied
                # under a 2005 contract with CATIC": the firm it names and the article's buyer,
                # not the firm's home state a later clause names (d379, d418) (h-agr9)
                parties = sorted([buyer, firm], key=lambda k: order.get(k, 0))
            else:
                firm = None
            kind = entry.label if entry.unnamed else DEAL_KIND if bought else (
                _kind_words(e, gaz.roles.kind_adjectives) or entry.label)
            # (the year names it where no two parties do: "the 1954 agreement")
            key = f"{kind} ({DASH.join(parties)})" if len(parties) >= 2 else f"{year} {kind}"
            if year not in years and (
                    older := _older_of_parties(kind, year, parties, last)) is not None:
                # "The new treaty adds to a border treaty of 1985, which …"
                key = older
                apart.add(key)  # (never the one a bare "an agreement" of theirs is)
            # "under an agreement of 1980 … honour the 1980 accord": one older agreement
            key = years.setdefault(year, key)
            if firm is not None:  # the article's purchase: the one a later "the deal" is
                # (kept apart from "first" as written: where the article has its agreement
                # already this is no aside, and a kind keeps its first purchase; d397, d418)
                note(e, key, "fallback", kind)
            elif last and key != last and not any(
                    x.label_ == "Agreement" and _span_key(x) == key for x in out):
                # "signed a new treaty …, replacing the 1930 treaty": an older agreement met
                # after the article's own is an aside, not the one a later "the treaty" is
                # (A3: a definite word refers back only to an agreement of its kind and
                # parties that the article speaks of) (issue 12, h-sig30)
                note(e, key, "aside")
            else:
                note(e, key, None)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and (
                separate := _separate_parties(e, ents, by_token, order, doc_parties,
                                              entry.signing or gaz.signing_verbs, gaz.roles)):
            # "A separate agreement with Perimekar covers …", "under a separate contract":
            # another agreement, not the last one, so not what a later bare "the deal" is
            # (h-sign7); but no aside either: a later "the treaty" written with its own word
            # may be it ("A separate treaty with Bolivia covers training. Under the treaty,
            # Bolivian officers …", `_last_with_word`; h-clean2)
            kind = entry.label if entry.unnamed else _kind_words(e, gaz.roles.kind_adjectives)
            e = _with_modifiers(e)
            note(e, f"{kind or entry.label} ({DASH.join(separate)})", None)
            apart.add(f"{kind or entry.label} ({DASH.join(separate)})")
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and any(
                x.label_ == "Agreement" for x in out) and (
                other := _other_agreement(e, entry, out, ents, by_token, order, doc_parties,
                                          entry.signing or gaz.signing_verbs, gaz, last or "")):
            # "Kim put his name to a similar treaty in Moscow with the Soviet leader", "both
            # governments are to sign a further agreement with the agency", "B signed a similar
            # compact": a phrase marked as another agreement than the article's is a new one,
            # named from its kind and its own parties, an aside that a later "the treaty" is
            # not (A1/A3) (issue 12, h-sig32)
            e = _with_modifiers(e)
            note(e, other, "aside")
            if other.split()[0] in gaz.roles.further_marks:
                # (`_counted_apart`'s "second agreement (A–B)": never a later bare word's one;
                # the agreement it is counted after stays the one a later "the agreement" is)
                apart.add(other)
                last = _counted_after(other, out, asides) or last
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and len(doc_parties) >= 2 and (
                matter := _matter_kind(e, entry.signing or gaz.signing_verbs, gaz.roles)):
            # "The two presidents also signed an agreement under which France will cancel part
            # of the debt": an agreement of its own matter between the article's parties, not
            # its (named) treaty; the article's first one, else an aside (A1/A3) (h-agr15)
            note(e, f"{matter} ({DASH.join(doc_parties)})", "first")
            continue
        if entry is not None and (entry.unnamed or entry.anaphor) and _definite(e) and (
                prior := _matter_written(e, out, gaz.roles)):
            first = min(c.i for c in e.root.lefts if c.lower_ in gaz.roles.matter_words)
            note(SpacySpan(doc, min(first, e.start), e.end, label="Agreement"), prior)
            # ("Under the nuclear accord": the article's agreement of that matter, its words)
            continue
        if entry is not None and (entry.unnamed or entry.anaphor or entry.generic) and (
                ahead := _headline_named(e, ents, names, gaz)):
            # "A, B and C sign Pacific security pact": a headline's signed kind is the agreement
            # its first lines name ("… known as the ANZUS Treaty") (h-sign4)
            e = _with_modifiers(e)
            key = ahead
            if parties := _signing_parties(e, by_token, order, state_nouns, gaz.signing_verbs):
                headline[frozenset(parties)] = ahead
        elif entry is not None and entry.unnamed and (named := _named_as(e, names)):
            key = named  # "sign peace treaty" of the article's "Treaty of Peace"
        elif entry is not None and entry.unnamed and last and (
                like := _like_last(e, last, out, by_token, order, gaz)):
            key = f"{entry.label} ({DASH.join(like)})"  # "B concluded a similar deal"
        elif entry is not None and entry.unnamed and _purpose(e, by_token):
            continue  # "a letter of intent … for the lease of jets": what it is for
        elif entry is not None and entry.unnamed:
            same = kinds.get(entry.label)
            if entry.signing:  # a kind that names an agreement only where it is signed
                parties = _signing_parties(e, by_token, order, state_nouns, entry.signing)
                if not parties and len(doc_parties) >= 2 and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="only"):
                    parties = doc_parties  # "Lula and Sarkozy signed a strategic partnership"
                if not parties and not (same and _definite(e)) and (
                        both := _people_parties(last, doc_parties)) and \
                        _people_signing(e, entry.signing) and not _signing_parties(
                            e, by_token, order, state_nouns, entry.signing, people="any"):
                    # "The two presidents signed a declaration", "they had signed a cessation
                    # of hostilities": an agreement of those the people sign for (A1); the
                    # article's first, else an aside that a later "the deal" is not (h-agr17)
                    key = f"{entry.label} ({DASH.join(both)})"
                    if last is not None:  # (nor the one a bare "an agreement" of theirs is)
                        apart.add(key)
                    note(_with_modifiers(e), key, "first", entry.label)
                    continue
                if not parties and not _definite(e) and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="any") and (
                        ahead := _signed_ahead(e, ents, names, gaz)):
                    # "Congo and five neighbours signed a ceasefire agreement … . The Lusaka
                    # agreement provides …": a signed deal of too few named parties is the
                    # agreement the text names just after (h-agr3)
                    note(e, ahead)
                    continue
                if not parties and not (same and _definite(e)):
                    if not last and not pending:
                        pending = _antecedent(e, entry.label, ents, order)
                    continue
            else:
                parties = _local_parties(e, by_token, order)
                if not parties and not same and last and entry.anaphor and _definite(e):
                    # "the letter of offer and acceptance": the document of the deal the
                    # article spoke of last (an `anaphor` of an unnamed kind; d220, d289)
                    same = last
                if not parties and not same and _definite(e):
                    cataphora.add(e.start)  # "at the time of the contract": maybe named later
                if not parties and _generic_plural(e, gaz):
                    continue  # "US arms sales to Venezuela", "major contracts": no one deal
                if not parties and not same and last and _definite(e) and \
                        e.root.lemma_.lower() == "deal" and (last in names or (
                            (k := _kind_entry(last, gaz)) is not None
                            and not k.commercial and k.unnamed)):
                    same = last  # "the deal" after a named agreement is that one (h-agr3)
                if not parties and entry.commercial and len(doc_sellers) >= 2 and (
                        buyer := _buyer_alone(e, by_token, gaz)) is not None and \
                        buyer in doc_sellers:
                    # "Argentina ordered the aircraft in a deal estimated at …, after the United
                    # States cut off arms sales": a contract its buyer alone concludes is the
                    # article's purchase, of that buyer and the article's seller, not of a
                    # state another clause names (A1, S2) (issue 12, h-agr18)
                    parties = doc_sellers
                parties = parties or _parties(_in_sentence(e, ents),
                                              order, homes=homes if entry.commercial else None)
                if len(parties) == 1 and not entry.commercial:
                    # "the government and the X Liberation Front signed a peace agreement": the
                    # state and the movement it signs with (h-sig14)
                    parties = _signing_parties(e, by_token, order, state_nouns,
                                               gaz.signing_verbs) or parties
            if len(parties) >= 2 and not same and frozenset(parties) in headline:
                # "A and B rebels seal peace deal", named in the next lines: the deal its signers
                # sign in the lead is that agreement (h-sig14)
                key = headline[frozenset(parties)]
            elif len(parties) >= 2 and not same and _bare_definite(e) and (
                    prior := _agreement_of_parties(parties, out)):
                # "Seoul and Tokyo signed a military intelligence pact … . Critics said the
                # deal …": a definite deal of the parties of an agreement the article has
                # named is the first such agreement, whatever its kind (issue 12, h-agr3)
                key = prior
            elif len(parties) >= 2 and not (same and _definite(e)):
                # a `worded` kind keeps its classifying words ("a strategic framework
                # agreement": d349, d189)
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(parties)})"
            elif same and len(parties) <= 1 and not _definite(e) and (
                    lone := _lone_signer(e, by_token, gaz)) is not None and \
                    lone not in same.partition(" (")[2].rstrip(")").split(DASH):
                # "Greece … signed a contract for six more": a new deal of its one named
                # party, not the last deal of parties it is none of (h-sign4)
                key = f"{entry.label} ({lone})"
            elif same:
                key = same
            elif last and _predicative(e):  # "described the agreement as a win-win deal"
                key = last
            elif pending and not last and _definite(e):
                # "A and B approved a … agreement. … signed the deal"
                note(pending[0], pending[1], None, keep=True)
                key = pending[1]
            elif len(doc_parties) >= 2:  # "an agreement on …" of the article's two parties
                both = doc_sellers if entry.commercial and len(doc_sellers) >= 2 else doc_parties
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(both)})"
                if _bare_definite(e) and (prior := _agreement_of_parties(both, out)):
                    key = prior  # (as above: the article's agreement of those parties)
            else:
                continue  # "a deal" of no named parties: no entity
            if key.startswith(f"{entry.label} (") and (
                    goods := _second_deal_goods(e, key, out, by_token)):
                key = f"{goods} {entry.label.split()[-1]}{key.removeprefix(entry.label)}"
            if len(parties) >= 2 and key.startswith(f"{entry.label} (") and \
                    (goods := _separate_goods(e, by_token, gaz.roles)):
                # "also signed a separate order with Airbus for 12 helicopters": a deal of its
                # own, named after its goods, not the one a later "the deal" is (A3; d231,
                # d36) (h-sign5)
                key = f"{goods} {entry.label.split()[-1]}{key.removeprefix(entry.label)}"
                note(e, key, None)  # (not the last; no aside, as a separate deal above)
                continue
            kind_of = entry.label
        elif entry is not None and entry.anaphor and (
                listed := listed_by_words(e, ents, doc_states, names, gaz)) is not None:
            # "Japan would keep its security treaty with the United States": the listed treaty
            # its kind words and parties give, not the article's last agreement; an aside that
            # a later "the treaty" is not (A5) (issue 12, stop 64, h-agr1)
            note(listed[0], listed[1], "aside")
            continue
        elif entry is not None and entry.anaphor and last and (
                field := _subject_kind(e, gaz.roles)) is not None and \
                not _field_written_before(field[1], out, gaz.roles) and (
                parties := _subject_parties(e, ents, by_token, order, doc_parties, state_nouns,
                                            entry.signing or gaz.signing_verbs)):
            # "put their names to a separate trade and commerce treaty", "under the claims
            # agreement", "under a long-term trade agreement signed in February": after the
            # article's treaty, an agreement of a field of its own is another one (A1/A3), an
            # aside that a later "the treaty" does not refer to (issue 12, h-agr11)
            key = fields.setdefault(field[1], f"{field[1]} ({DASH.join(parties)})")
            note(doc[field[0].start:e.end], key, "aside")
            continue
        elif entry is not None and entry.anaphor:
            word = e[-1].lower_.rstrip("s")
            named = {k for k in names if k.lower().split()[-1:] == [word]
                     or f" {word} " in f" {k.lower()} "}
            if last and (similar := _similar(e, out, gaz.roles)) and (
                    parties := _signing_parties(e, by_token, order, state_nouns, entry.signing)):
                key = f"{similar} ({DASH.join(parties)})"  # "B signed a similar pact with C"
                if _kind_words(e, gaz.roles.kind_adjectives):  # (its own words: the mention's)
                    e = _with_modifiers(e)
            elif last and _definite(e) and (same_word := _last_with_word(
                    e, [x for x in out if x.id_ not in asides], gaz.roles)):
                key = same_word  # "the treaty": the last agreement written with "treaty"
            elif last and _definite(e) and (treaty := _accord_before_deal(e, last, out, gaz)):
                key = treaty  # "A and B signed a rail accord … bought jets in a deal. The accord"
            elif last and (_definite(e) or _predicative(e) or _restated(e, out)):
                key = last  # "the pact", "… as a good deal", "signed an accord …, a treaty"
            elif not _definite(e) and (ahead := _named_ahead(e, ents, names, gaz)):
                key = ahead  # "signed a treaty … . Under the Moscow Treaty, …": named next
            elif last and not _definite(e) and (own := _own_new_parties(
                    e, by_token, order, state_nouns, entry.signing or gaz.signing_verbs,
                    doc_parties)):
                # "Algeria, which signed a treaty of fraternity with Tunisia and Mauritania":
                # after the article's agreement, an indefinite one whose own signing clause
                # names parties other than the article's is a new agreement of those parties,
                # named by its kind (A3), an aside, not the article's named treaty nor the one
                # a later "the treaty" is (issue 12, h-sig30)
                kind = _aim_kind(e, gaz.roles) or \
                    _kind_words(e, gaz.roles.kind_adjectives) or e.root.lemma_.lower()
                note(e, f"{kind} ({DASH.join(own)})", "aside")
                continue

            elif len(named := {k for k in named if first_named[k] < e.start}) == 1:
                key = named.pop()  # "signed a memorandum" of the article's one "… Memorandum"
            elif pending and not last and _definite(e):
                # "A and B approved a … agreement. … signed the accord"
                note(pending[0], pending[1], None, keep=True)
                key = pending[1]
            elif parties := _signing_parties(e, by_token, order, state_nouns, entry.signing) or (
                    doc_parties if len(doc_parties) >= 2 and _signing_parties(
                        e, by_token, order, state_nouns, entry.signing, people="only") else []):
                # (people only: "Gandhi and Jayewardene signed an accord", h-agr3)
                kind = _aim_kind(e, gaz.roles) or \
                    _kind_words(e, gaz.roles.kind_adjectives)
                key = f"{kind or entry.label} ({DASH.join(parties)})"  # "A and B signed an accord"
                if not kind and last and (own := _own_making(
                        e, entry.signing or gaz.signing_verbs, state_nouns)) is not None:
                    # "<leader> signed a memorandum on civilian nuclear energy with <leader>",
                    # "builds on an agreement that the two ministers reached in July": after
                    # the article's agreement, an indefinite word with its own topic or its own
                    # signing clause is an agreement of its own (A1/A3), an aside that no bare
                    # word of those parties is (`_same_parties`) (issue 12, h-agr6)
                    if own:
                        key = f"{own} {e.root.lemma_.lower()} ({DASH.join(parties)})"
                    note(_with_topic(e) if own else _with_modifiers(e), key, "aside")
                    apart.add(key)
                    continue
                if not kind:  # a bare word may be the parties' other agreement
                    bare_of = f" ({DASH.join(parties)})"
                e = _with_modifiers(e)
            elif parties := _purchase_parties(e, by_token, order, gaz.roles,
                                              entry.signing or gaz.signing_verbs):
                # "Peru has signed an agreement to buy six frigates from Italy": a purchase
                # agreement, the arms deal of its signer and the seller (h-sig53)
                e = _with_modifiers(e)
                note(e, f"{DEAL_KIND} ({DASH.join(parties)})", "last", DEAL_KIND)
                continue
            elif (aim := _aim_kind(e, gaz.roles)) and len(
                    parties := _local_parties(e, by_token, order)) >= 2:
                # "Moscow, which signed a treaty of friendship with New Delhi": a kind of its
                # own, of the parties of its verb; an aside, as a dated agreement is, so not
                # the one a later "the agreement" or "the treaty" refers to (issue 12, h-agr4;
                # noted as one, h-clean2)
                note(e, f"{aim} ({DASH.join(parties)})", "aside")
                continue
            elif (kind := _kind_words(e, gaz.roles.kind_adjectives)) and (
                    parties := _supply_parties(e, by_token, order)):
                # "Washington has supplied Iraq with arms under a military assistance
                # agreement": the supplier and the recipient are its parties (h-agr4)
                key = f"{kind} ({DASH.join(parties)})"
                e = _with_modifiers(e)
            elif len(doc_parties) >= 2 and (
                    topic := _signed_topic(e, entry.signing or gaz.signing_verbs, state_nouns)):
                # "Gandhi signed an agreement on economic and technical cooperation": a deal of
                # its own topic between the article's parties (A1/A3), an aside that a later
                # "the agreement" is not (h-sig45)
                note(_with_topic(e), f"{topic} {e.root.lemma_.lower()} ({DASH.join(doc_parties)})",
                     "aside")
                continue
            else:
                if not last and not pending:
                    pending = _antecedent(e, _kind_words(e, gaz.roles.kind_adjectives), ents,
                                          order)
                if not last and not _definite(e) and \
                        _signs_phrase(e, entry.signing or gaz.signing_verbs):
                    leads.append(e)  # maybe the deal a later "the deal" is (`_lead_deals`)
                continue  # "an agreement": which one is not said
        elif entry is None or not entry.generic:
            if last and e.ent_id_ and _names_last(e, last, gaz):
                # "signed a peace plan … . … the accord, known as Esquipulas II": the name is
                # the one the article's unnamed agreement was given (h-sign7)
                out = [SpacySpan(doc, x.start, x.end, label=x.label_, span_id=e.ent_id_)
                       if x.label_ == "Agreement" and x.id_ == last else x for x in out]
                kinds = {k: e.ent_id_ if v == last else v for k, v in kinds.items()}
            # ("a Warsaw Pact member" speaks of no agreement)
            note(e, e.ent_id_ or surface_form(_text(e)),
                 None if _qualifies_noun(e, gaz.roles) else "last", keep=True)
            continue
        else:
            in_sent = _countries(_in_sentence(e, ents))
            if (match := _listed_treaty(entry, in_sent, doc_states, gaz)) is not None:
                key = match
            elif len(in_sent) >= 2:  # (in the order the document first names them, h-sign3)
                in_sent = sorted(in_sent, key=lambda k: order.get(k, 0))
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(in_sent)})"
            elif signers := _signing_parties(e, by_token, order, state_nouns, gaz.signing_verbs):
                # "a defence agreement the two countries signed in 1965" (d194) (h-sign3)
                e, kind = _worded(e, entry, gaz.roles.kind_adjectives)
                key = f"{kind} ({DASH.join(signers)})"
            elif e.root.tag_ in ("NNS", "NNPS") or e.root.lower_ in gaz.roles.tie_nouns:
                # "members are bound by defence agreements", "upgraded relations to a
                # comprehensive strategic partnership": a plural kind, or a tie between
                # states, that no clause gives parties names no one agreement (no readable
                # gold keys one by its bare kind; a singular treaty of no named parties stays
                # its kind, whose mentions name a bloc's pact) (issue 12, h-agr5)
                continue
            else:
                key = entry.label
        note(e, key, "last", kind_of, bare_of)
    out = _lead_deals(_separate_apart(out, gaz.roles, apart), leads)
    out = _counted_plurals(_signed_protocols(doc, out, gaz.signing_verbs, gaz.roles))
    out = _with_amounts(_with_aims(_named_after_signing(_headline_named_by_word(
        _headline_as_lead(_same_parties(_named_later(out, cataphora), bare, apart)), gaz.roles,
        gaz.signing_verbs),
        gaz.roles, gaz.signing_verbs),
        gaz.roles), gaz.roles.deal_markers)
    return plural_members(doc, out, gaz.roles)


def _with_year(e: SpacySpan, gaz: Gazetteer) -> SpacySpan:
    """The phrase with the year written just before its kind ("a <year> contract that the two
    governments signed": "<year> contract"): the year stays in the mention (dev A6), whatever
    the key; ``e`` as it is where no year qualifies it."""
    dated = _year_dated(e, gaz)
    if dated is None or dated[0].start >= e.start:
        return e
    return SpacySpan(e.doc, dated[0].start, e.end, label=e.label_)


def _older_of_parties(kind: str, year: str, parties: list[str], last: str | None
                      ) -> str | None:
    """"The new treaty adds to a border treaty of 1985, which A concluded with B", "modelled
    on a 1992 accord that the two governments concluded": after the article's own agreement,
    one a year dates, of the same parties, is an older agreement of its own, "<kind> of
    <year> (<A>–<B>)" (dev A1/A3), which no later merging of those parties' kinds takes into
    the article's (d1076, d997) (issue 12, stop 63, h-sig18); None where it is not so."""
    if last is None or len(parties) < 2 or _key_parties(last) != set(parties):
        return None
    return f"{kind} of {year} ({DASH.join(parties)})"


def _listed_treaty(entry: GazetteerEntry, in_sent: list[str], in_doc: list[str],
                   gaz: Gazetteer) -> str | None:
    """The treaty of entities.yaml of ``entry``'s generic kind (its `kinds`) that a phrase of
    the kind stands for: the first whose `parties` the phrase's sentence names (``in_sent``,
    its states), or the document (``in_doc``) where the sentence names fewer than two states
    and none outside it ("troops are stationed in South Korea under a defence treaty signed
    in 1953": the US–South Korea treaty)."""
    known = gaz.agreements_of_kind(entry.label)
    if not known:
        return None
    scope = in_doc if len(in_sent) < 2 and set(in_sent) <= set(in_doc) else in_sent
    return next((k.label for k in known if set(k.parties) <= set(scope)), None)


def _counted_plurals(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"signed two bilateral agreements on …": an unnamed agreement first written as a counted
    plural is named by its kind as the text words it, in the plural ("bilateral agreements
    (A–B)"), as one agreement of several texts (A3) (issue 12, h-sig30)."""
    rename: dict[str, str] = {}
    seen: set[str] = set()
    for x in spans:
        if x.label_ != "Agreement" or not x.id_.endswith(")") or x.id_ in seen:
            continue
        seen.add(x.id_)
        root, (kind, _, rest) = x.root, x.id_.partition(" (")
        if root.tag_ == "NNS" and root.i == x.end - 1 and any(
                c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in root.children) \
                and kind.split()[-1] == root.lemma_.lower() and root.lower_ != root.lemma_:
            rename[x.id_] = f"{kind.removesuffix(root.lemma_.lower())}{root.lower_} ({rest}"
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans] if rename else spans


def _with_amounts(spans: list[SpacySpan], markers: frozenset[str]) -> list[SpacySpan]:
    """An unnamed deal's mention with the sum that qualifies it ("a $375 million contract", "a
    30 billion dollar memorandum", "a 1.9 billion euro order"), and with a word that sets it
    apart from the article's other deals ("a separate deal", "a second contract": roles.yaml
    `deal_markers`; a bare deal word only, as "memorandum of understanding" is the phrase a
    reader finds again): the surface phrase the dev conventions take as its mention (issue 12,
    h-agr). The sum is the money phrase right before the deal's word that modifies it (it
    stops being a MONEY span of its own); the deal's key is unchanged."""
    numeric = (*NUMERIC_TYPES, "ORDINAL")  # ("second": an ORDINAL span the mention takes in)
    taken = {i for x in spans if x.label_ not in numeric for i in range(x.start, x.end)}
    grown: dict[int, SpacySpan] = {}
    for n, x in enumerate(spans):
        if x.label_ != "Agreement" or not x.id_.endswith(")") or not x[0].is_lower:
            continue
        start = x.start
        while start > x.sent.start and start - 1 not in taken and \
                x.doc[start - 1].ent_type_ == "MONEY":
            start -= 1
        money = x.doc[start:x.start]
        if not (len(money) and any(t.like_num for t in money)
                and x.start <= money.root.head.i < x.end):
            start = x.start
        if len(x) == 1 and start > x.sent.start and start - 1 not in taken and \
                (t := x.doc[start - 1]).lower_ in markers and t.dep_ == "amod" and \
                x.start <= t.head.i < x.end:
            start -= 1
        if start < x.start:
            grown[n] = SpacySpan(x.doc, start, x.end, label=x.label_, span_id=x.id_)
    if not grown:
        return spans
    inside = {i for x in grown.values() for i in range(x.start, x.end)}
    return [grown.get(n, x) for n, x in enumerate(spans)
            if n in grown or not (x.label_ in numeric and x.start in inside)]


def _named_after_signing(spans: list[SpacySpan], roles: Roles,
                         verbs: tuple[str, ...]) -> list[SpacySpan]:
    """"A and B signed a treaty … . The Seabed Arms Control Treaty bars …", "… Under the Simla
    Agreement, both armies …": the first name the article gives an agreement, opening a
    sentence (its subject, or after its first preposition), is the name of the one unnamed
    agreement of named parties it has spoken of so far, when a word of that one's mentions is
    in the name ("a treaty", "defence access pact" → "Reciprocal Access Agreement") and no
    year dates the name (an older treaty: "the Antarctic Treaty of 1959") (issue 12,
    h-agr2). A name a naming verb gives ("officials call the document the X Accord", "signed
    the pact, named the X Agreement": roles.yaml `naming_verbs`) or that is itself signed ("The
    X Protocol was signed by …", "put their signatures to the X Agreement") is one too, and
    then a bare "agreement" or "accord" fits it whatever its words (h-agr8)."""
    agreements = [x for x in spans if x.label_ == "Agreement"]
    named = next((n for n, x in enumerate(agreements) if not x.id_), None)
    if named == 0:
        return _headline_name(spans, agreements)
    if not named:
        return spans
    x, new = agreements[named], surface_form(agreements[named].text)
    before = [y for y in agreements[:named] if y.id_ != new]  # (a word resolved to it ahead)
    keys = {y.id_ for y in before}
    # (content words only: "the treaty" shares no word with "the Convention on the Law of the
    # Sea" through its "the", d1306) (issue 12, stop 75, h-slice75)
    words = {t.lower_.removesuffix("s") for y in before for t in y
             if t.is_alpha and t.is_lower and not t.is_stop}
    name = without_the(x)
    near = x.doc[max(x.start - 2, 0) : x.end + 3]  # "the 1959 Antarctic Treaty", "… of 1959"
    # (given a name: only just after the unnamed one, which no year dates: not "the 1951 pact"
    # it replaces, nor "after the factions signed the Bonn Agreement" paragraphs later)
    given = (_called(x, roles.naming_verbs) or _signed_or_named(x, verbs, roles)) and \
        _sentences_between(before[-1], x) <= NAMED_REACH and not any(
            _dated(y) for y in before) if before else False
    if len(keys) != 1 or not (key := keys.pop()).endswith(")") \
            or not (_opens(x) or given or _tied_name(name, before, roles)) \
            or not (words & {t.lower_.removesuffix("s") for t in name if not t.is_stop}
                    or given and key.split(" (")[0].split()[-1] in roles.bare_agreement_heads) \
            or not name[0].is_title \
            or _dated(near) or _other_matter(key, x, roles) or _in_passing(x, verbs, roles):
        return spans
    return [SpacySpan(y.doc, y.start, y.end, label=y.label_, span_id=new)
            if y.label_ == "Agreement" and y.id_ == key else y for y in spans]


NAMED_REACH = 2  # sentences from an unnamed agreement to the name a later sentence gives it


def _headline_name(spans: list[SpacySpan], agreements: list[SpacySpan]) -> list[SpacySpan]:
    """"Nigeria agrees to hand Bakassi to Cameroon in Greentree accord" … "Obasanjo and Biya
    signed an agreement": a headline's name, where the headline names every party of the
    unnamed agreement the lead speaks of first and a word of that agreement's mentions is in
    the name or in another of its mentions ("seal Falepili Union treaty"), is that agreement's
    name (A5: one entity, its name) (s59 h-agr21)."""
    x = agreements[0]
    sents = list(x.doc.sents)
    if not _headline_line(sents[0]) or x.end > sents[0].end:
        return spans
    new = surface_form(x.text)
    body = [t for t in sents[1:] if len(t) >= LEAD_MIN_TOKENS][:2]
    lead = next((y for y in agreements if body and sents[0].end <= y.start < body[-1].end
                 and y.id_ != new), None)
    if lead is None or not lead.id_.endswith(")") or _dated(lead):
        return spans
    key, head = lead.id_, sents[0]
    parties = {_party_key(y) for y in spans if y.label_ in PARTY_LABELS
               and head.start <= y.start < head.end}
    if not _key_parties(key) <= parties:
        return spans
    words = {t.lower_.removesuffix("s") for y in agreements if y.id_ == key for t in y
             if t.is_alpha and t.is_lower}
    named = {t.lower_.removesuffix("s") for y in agreements if new in (y.id_, surface_form(y.text))
             for t in y if t.is_alpha}
    if not words & named:
        return spans
    return [SpacySpan(y.doc, y.start, y.end, label=y.label_, span_id=new)
            if y.label_ == "Agreement" and y.id_ == key else y for y in spans]


def _tied_name(name: SpacySpan, before: list[SpacySpan], roles: Roles) -> bool:
    """"Ben Bella and Hassan sign border truce in Bamako … signed an agreement … . … called the
    Bamako Agreement a victory", "a friendship treaty … the Treaty of Friendship, …": a name
    whose own word (not its agreement word) the text wrote in a sentence of the unnamed
    agreement's mentions before (its place, its aim) names that agreement however far it
    comes, where it is a subject or object of its clause (s59 h-agr21)."""
    if name.root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        # a preposition's: what the deal is measured against or built on ("in line with the
        # UN Convention on the Law of the Sea", "set up under …", "builds on the X Agreement")
        return False
    own = {t.lower_ for t in name if t.is_title and t.is_alpha
           and t.lower_ not in roles.named_agreement_nouns}
    # the mentions' own words ("friendship treaty"), their sentences' proper ones ("BAMAKO")
    seen = {t.lower_ for y in before for t in y} | {
        t.lower_ for s in {y.sent for y in before} for t in s if not t.is_lower}
    return bool(own & seen)


def _sentences_between(a: SpacySpan, b: SpacySpan) -> int:
    """How many sentence starts lie after span ``a``'s start up to span ``b``'s."""
    return sum(1 for s in a.doc.sents if a.start < s.start <= b.start)


def _dated(x: SpacySpan) -> bool:
    """Whether a year is written in the span ("the 1951 pact", "… of 1959")."""
    return any(t.like_num and len(t.text) == 4 for t in x)


def _called(x: SpacySpan, naming: frozenset[str]) -> bool:
    """Whether a name is the object predicate of a naming verb: "call the document the X
    Accord", "the pact, named the X Agreement"."""
    return x.root.dep_ == "oprd" and x.root.head.lemma_.lower() in naming


def _opens(x: SpacySpan) -> bool:
    """Whether a name opens its sentence as its subject ("The X Treaty bars …") or after its
    first preposition ("Under the X Agreement, …")."""
    start = without_the(x)[0].i - x.sent.start
    return x.root.dep_ == "nsubj" and start <= 1 or x.root.dep_ == "pobj" and \
        x.root.head.i == x.sent.start and start <= 2


def _names_last(e: SpacySpan, last: str, gaz: Gazetteer) -> bool:
    """Whether ``e`` is a definite agreement word that "known as" or "formally" gave a name
    ("the accord, known as X", "The treaty, formally the Treaty on …") while the agreement it
    refers back to, ``last``, is one the article left unnamed ("a treaty" of three states,
    "a regional peace plan"): that one is the name's (issue 12, h-sign7)."""
    kind = _kind_entry(last, gaz)
    words = without_the(e)
    return e.ent_id_ != last and _definite(e) and all(t.is_lower for t in words) \
        and kind is not None and (kind.unnamed or kind.anaphor) and last.endswith(")") \
        and gaz.by_label.get(e.ent_id_) is None


def _antecedent(e: SpacySpan, kind: str, ents: list[SpacySpan], order: dict[str, int]
                ) -> tuple[SpacySpan, str] | None:
    """"Ghana and Togo approved a border security agreement": an indefinite kind phrase that
    no one signs in its sentence, of two or more states its sentence names, is no entity
    itself, but the agreement a later "the deal" or "the accord" refers to: its mention and
    its "<kind> (<A>–<B>)" (h-agrid)."""
    both = _parties(_in_sentence(e, ents), order)
    if not kind or _definite(e) or len(both) < 2:
        return None
    key = f"{kind} ({DASH.join(both)})"
    e = _with_modifiers(e)
    return SpacySpan(e.doc, e.start, e.end, label="Agreement", span_id=key), key


def _headline_named(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                    gaz: Gazetteer) -> str | None:
    """A headline's indefinite agreement kind that a signing verb governs ("A and B sign
    revised security treaty") is the named agreement its next lines sign or name ("A and B
    signed the Treaty of …", "the accord, known as the X Treaty"), whatever its head word."""
    if not _headline_line(e.sent) or _definite(e):
        return None
    verbs = gaz.signing_verbs
    words = default_relation_rules().words
    heads = words["headline_signing"]
    if e.root.head.lemma_.lower() not in verbs and not any(t.lower_ in heads for t in e.sent):
        return None
    if e.root.head.lemma_.lower() not in words["accession_verbs"]:
        # "A and B sign defence treaty ⏎ … Both joined the Rio Pact in 1947": a headline's
        # signing is no accession its next lines tell of (s43 h-seg2)
        verbs = tuple(v for v in verbs if v not in words["accession_verbs"])
    return _named_ahead(e, ents, names, gaz, reach=3, any_word=True, signed=verbs)


def _lone_signer(e: SpacySpan, by_token: dict[int, SpacySpan], gaz: Gazetteer) -> str | None:
    """The state or company that is the subject of the signing verb whose object ``e`` is
    ("Greece signed a contract for six more"), or None."""
    root = e.root
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in gaz.signing_verbs:
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:  # (a dateline's "ACCRA, Aug 18 -" may be a second one)
        return None
    return _lone_party(subjects[0], by_token)


def _lone_party(subj: Token, by_token: dict[int, SpacySpan]) -> str | None:
    """The party key of a subject that lists no one else: a state or company by its name (not
    a capitals-only acronym), else None."""
    x = by_token.get(subj.i)
    return _party_key(x) if x is not None and x.label_ in PARTY_LABELS and not any(
        c.dep_ == "conj" for c in subj.children) and not _text(x).isupper() else None


def _buyer_alone(e: SpacySpan, by_token: dict[int, SpacySpan], gaz: Gazetteer) -> str | None:
    """The one state or company that buys or signs under the deal ``e`` where its clause names
    no other party: the subject of the buying or signing verb whose object it is ("Morocco
    signed a contract worth …") or that its "in"/"under" hangs on ("Argentina ordered the
    aircraft in a deal …"), the verb having no "from"/"with" party; else None."""
    root = e.root
    if root.dep_ == "dobj":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("in", "under"):
        verb = root.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "npadvmod") and \
                verb.head.i != verb.i:
            verb = verb.head  # (the parser may hang "in a deal" on the goods)
    else:
        return None
    if verb.lemma_.lower() not in (*gaz.signing_verbs, *gaz.roles.bought_verbs):
        return None
    # "agreed to buy 36 jets from the United States …, in a deal": the seller of the verb it
    # governs is named (d254)
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(c.dep_ == "prep" and c.lower_ in ("from", "with")
           for w in (*verbs, root, *(c for v in verbs for c in v.children if c.dep_ == "dobj"))
           for c in w.children):
        return None
    subjects = [_antecedent_of(_pronoun_antecedent(c, by_token)) for c in verb.children
                if c.dep_ == "nsubj"]
    return _lone_party(subjects[0], by_token) if len(subjects) == 1 else None


def _kind_entry(key: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """The gazetteer entry of a key's kind: "arms deal (Peru–Spain)" → that of "arms deal"."""
    return gaz.by_label.get(key.split(" (")[0])


def _bare_definite(e: SpacySpan) -> bool:
    """"the deal", "its contract": a definite agreement word without a kind of its own (not
    "the two neighbours' border treaty")."""
    return _definite(e) and all(t.i == e.root.i or t.dep_ in ("det", "poss", "case") for t in e)


BARE_KIND = "agreement"  # "signed an agreement with Spain to buy …": a kind that says nothing


def _agreement_of_parties(parties: list[str], before: list[SpacySpan]) -> str | None:
    """The key of the first agreement in ``before`` whose key names exactly ``parties``: the
    article's main agreement of those parties ("signed a pact … . It replaces a memorandum
    the two countries concluded in 2007. … the deal": the pact). A bare "agreement (A–B)"
    is not one: "the deal" gives it its kind ("arms deal (Peru–Spain)")."""
    return next((k for x in before if x.label_ == "Agreement"
                 and _key_parties(k := _span_key(x)) == set(parties)
                 and not k.startswith(f"{BARE_KIND} (")), None)


def _treaty_before(spans: list[SpacySpan], i: int) -> str | None:
    """The key of the named treaty ("… Treaty") of ``spans`` before token ``i`` that the
    article speaks of most there ("the treaty" counts), the last of those tied: not one it
    names in passing ("Unlike the North Atlantic Treaty, it …", d186; s49 h-agr7)."""
    prior = _agreements_before(spans, i)
    named = {_span_key(x) for x in prior if any(w.text == "Treaty" for w in x)}
    if not named:
        return None
    before = [_span_key(x) for x in prior]
    counts = Counter(k for k in before if k in named)
    return max(reversed(before), key=lambda k: (k in named, counts[k]))


def _agreements_before(spans: list[SpacySpan], i: int) -> list[SpacySpan]:
    """The agreements of ``spans`` that end before token ``i``."""
    return [x for x in spans if x.label_ == "Agreement" and x.end <= i]


def _protocol_parent(spans: list[SpacySpan], i: int, ents: list[SpacySpan],
                     words: frozenset[str]) -> str | None:
    """The key of the agreement whose unnamed protocols stand at token ``i``: the last named
    treaty before them, else, where their sentence names no state (which would make them an
    agreement of those states), the agreement the article has spoken of most before them ("a
    joint declaration … The accord was negotiated by … who signed the protocols on the
    demarcation work") (s49 h-agr7)."""
    if (treaty := _treaty_before(spans, i)) is not None:
        return treaty
    sent = spans[0].doc[i].sent
    if _countries(x for x in ents if sent.start <= x.start < sent.end):
        return None
    before = [_span_key(x) for x in _agreements_before(spans, i)]
    counts = Counter(before)  # the one it speaks of most, not a second document it names
    parent = max(reversed(before), key=counts.__getitem__) if before else None
    # "The Lusaka Protocol was signed … as the protocol was signed": that protocol itself
    return None if parent is None or parent.split(" (")[0].split()[-1].lower() in words \
        else parent


def _signed_protocols(doc: Doc, spans: list[SpacySpan], verbs: tuple[str, ...],
                      roles: Roles) -> list[SpacySpan]:
    """"The United States, Britain and France also signed protocols pledging …", "London would
    sign the second protocol": unnamed protocols that states sign are an agreement of their
    own, named after the treaty the article names before them, "protocols (<treaty>)" (dev
    convention of d66/d86) (issue 12, h-sign4)."""
    taken = _taken(spans)
    made = []
    for t in (doc[i] for i in where(doc, LOWER, roles.protocol_words)):
        # signed ("signed protocols"), or a protocol "signed at the same session" (acl)
        if t.i in taken or not t.is_lower or not (
                t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in verbs
                or any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in t.children)):
            continue
        treaty = _protocol_parent(spans, t.i, spans, roles.protocol_words)
        if treaty is None:
            continue
        e = _with_modifiers(SpacySpan(doc, t.i, t.i + 1, label="Agreement"))
        made.append(SpacySpan(doc, e.start, e.end, label="Agreement",
                              span_id=f"{t.lower_} ({treaty})"))
    return sorted([*spans, *made], key=lambda x: x.start) if made else spans


LEAD_MIN_TOKENS = 8  # shorter "sentences" after a headline are a dateline's pieces


def _headline_as_lead(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"Indonesia seals contract for Rafale jets as US clears F-15 sale" … "Indonesia signed a
    contract with France's Dassault Aviation": a headline's unnamed agreement is the one the
    lead first names, when the two share a party (the headline names fewer parties, or other
    states of its second clause) (issue 12, h-sign4); of a headline naming several agreements,
    only the first (s58 h-sig3)."""
    agreements = [x for x in spans if x.label_ == "Agreement"]
    if not agreements:
        return spans
    sents = list(agreements[0].doc.sents)
    if not _headline_line(sents[0]):
        return spans
    # the lead: the first two sentences after it (not a dateline's pieces: "LIMA", ",")
    body = [t for t in sents[1:] if len(t) >= LEAD_MIN_TOKENS][:2]
    lead = next((x for x in agreements if body and sents[0].end <= x.start < body[-1].end),
                None)
    if lead is None:
        return spans
    target = _span_key(lead)
    # "A, B sign defence pact alongside extradition treaty": of a headline's several
    # agreements only its first is the lead's; the others stay their own (A3; s58 h-sig3)
    others = set(list(dict.fromkeys(x.id_ for x in agreements if x.end <= sents[0].end))[1:])
    rename = {x.id_ for x in agreements if x.end <= sents[0].end and x.id_ != target
              and _key_parties(x.id_) & (_key_parties(target) or {""})} - others
    # "Border treaty ends dispute" … "A and B signed the Treaty of …": a headline that names no
    # party speaks of the lead's agreement, unless the text names its agreement again (h-agrid)
    head = [x for x in spans if x.end <= sents[0].end]
    later = {x.id_ for x in agreements if x.start >= sents[0].end and any(
        t.is_title or t.is_upper for t in x if t.i != x.sent.start)}  # by a name, not "the pact"
    if not any(x.label_ in PARTY_LABELS for x in head):
        rename |= {x.id_ for x in head if x.label_ == "Agreement" and x.id_ not in later
                   and x.id_ not in others}
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=target)
            if x.id_ in rename else x for x in spans]


def _headline_named_by_word(spans: list[SpacySpan], roles: Roles, verbs: tuple[str, ...]
                            ) -> list[SpacySpan]:
    """"A and B seal land border deal" … "the Land Boundary Agreement": a headline's unnamed
    agreement whose own modifier ("land", "canal", "communications") is a word of the one
    agreement the article names with that word is that agreement, with all its mentions (dev
    A3; the name wins over "<kind> (<A>–<B>)"), except an indefinite one after the name (issue
    12, s62 h-sig14)."""
    agreements = [x for x in spans if x.label_ == "Agreement"]
    if not agreements:
        return spans
    first = next(iter(agreements[0].doc.sents))
    if not _headline_line(first):
        return spans
    generic = roles.kind_adjectives | roles.named_lower_kinds | roles.named_lower_heads
    heads = {h.lower() for h in roles.agreement_title_heads}
    names: dict[str, set[str]] = {}  # a modifier word → the names it is a word of
    for x in agreements:
        key = _span_key(x)
        # (not a name met in passing: "the largest such pact since the <name> took effect")
        if x.start >= first.end and not key.endswith(")") and key[:1].isupper() and \
                not _in_passing(x, verbs, roles):
            words = key.lower().split()
            # a modifier of the name's head, not of its complement ("sea boundary agreement"
            # is not "the Convention on the Law of the Sea")
            before = next((i for i, w in enumerate(words) if w in heads), 0)
            for w in words[:before]:
                if w.isalpha() and w not in generic:
                    names.setdefault(w, set()).add(key)
    rename: dict[str, str] = {}
    for x in agreements:
        if x.end > first.end or not x.id_.endswith(")") or x.id_ in rename:
            continue
        root = x.root  # its modifiers in the span or hung on its word before it ("land border")
        words = {t.lower_ for t in root.subtree if t.i < root.i and t.is_lower
                 and t.dep_ in ("compound", "amod")}
        found = {k for w in words - generic for k in names.get(w, ())}
        if len(found) == 1:
            rename[x.id_] = found.pop()
    if not rename:
        return spans
    named_at = {k: min(x.start for x in agreements if _span_key(x) == k)
                for k in set(rename.values())}
    # once the article has named it, "a deal" is another one ("did not sign a deal on water")
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename and (x.start < named_at[rename[x.id_]] or _definite(x)) else x
            for x in spans]


def _generic_plural(e: SpacySpan, gaz: Gazetteer) -> bool:
    """"banned US arms sales to Venezuela", "suspend all arms sales", "excluded from major
    contracts": a plural deal word without a determiner, number or possessor, which no signing
    verb governs, speaks of deals in general, not of one agreement (issue 12, h-agr3)."""
    root = e.root
    rules = default_relation_rules()  # the signing and buying verbs ("seal … deals")
    signing = {*gaz.signing_verbs, *rules.words["concluding"]}
    # a headline's "Peru seal frigate deals": the tagger may take the verb for a noun
    near = e.doc[max(e.sent.start, e.start - 3) : e.start]
    return root.tag_ == "NNS" and not any(
        c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in ("all", "any")
        for c in root.children) and root.head.lemma_.lower() not in signing and not any(
        t.lemma_.lower() in signing or t.lower_ in signing for t in near)


def _signs_phrase(e: SpacySpan, verbs: tuple[str, ...]) -> bool:
    """Whether a signing verb takes ``e`` as its object ("Afghanistan has concluded an
    agreement to buy arms from Moscow") or a signing participle describes it ("under an
    agreement concluded with Berlin")."""
    root = e.root
    return root.dep_ == "dobj" and root.head.lemma_ in verbs or any(
        c.dep_ == "acl" and c.lemma_ in verbs for c in root.children)


def _lead_deals(spans: list[SpacySpan], leads: list[SpacySpan]) -> list[SpacySpan]:
    """"KARACHI - A has concluded an agreement to buy arms from B … . The deal, said to be
    worth …": the article's first agreement, a bare word signed in its sentence without two
    named parties, is the unnamed deal that the next agreement phrase of a later sentence
    refers back to ("the deal", "the agreement"), not no entity (A1; d676, d739) (issue 12,
    stop 47, h-sig51)."""
    for x in leads:
        y = next((y for y in spans if y.label_ == "Agreement" and y.start >= x.sent.end), None)
        if y is None or not _definite(y) or not y.id_[:1].islower():
            continue  # (a named treaty, or "a deal" of its own: not said to be the same)
        at = next((i for i, z in enumerate(spans) if z.start > x.start), len(spans))
        spans = [*spans[:at], SpacySpan(x.doc, x.start, x.end, label="Agreement",
                                        span_id=y.id_), *spans[at:]]
    return spans


def _named_later(spans: list[SpacySpan], starts: set[int]) -> list[SpacySpan]:
    """"… a UN embargo at the time of the contract. Ukraine sold the tanks to Kenya under a
    contract": a definite deal first met where its own clause names no parties is the next
    deal of its kind the document names with its parties, not one of the sentence's states
    (issue 12, h-agr2)."""
    rename: dict[str, str] = {}
    for x in spans:
        if x.start not in starts or x.label_ != "Agreement" or x.id_ in rename:
            continue
        if any(y.label_ == "Agreement" and y.end <= x.start
               and _key_parties(_span_key(y)) == _key_parties(x.id_) for y in spans):
            continue  # "A signed an agreement with B. The deal …": that one (h-agr2)
        kind = x.id_.split(" (")[0]
        later = next((y.id_ for y in spans if y.start > x.start and y.label_ == "Agreement"
                      and y.id_ != x.id_ and y.id_.startswith(f"{kind} (")), None)
        if later is not None:
            rename[x.id_] = later
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans]


def _last_with_word(e: SpacySpan, before: list[SpacySpan], roles: Roles) -> str | None:
    """"… a peace treaty … a $2 billion deal … the treaty": the last agreement of the
    document written with the anaphor's own head word, if that word is specific (roles.yaml
    `specific_agreement_heads`)."""
    word = e[-1].lower_.removesuffix("s")
    if word not in roles.specific_agreement_heads:
        if e[-1].tag_ != "NNS" or e.root.i != e[-1].i:
            return None
        # "the Geneva accords … two bilateral agreements … the accords": a definite plural is
        # the last agreement written with that plural, whatever the word (issue 12, h-sig30)
        return next((_span_key(x) for x in reversed(before) if x.label_ == "Agreement"
                     and e[-1].lower_ in _text(x).lower().split()), None)
    return next((_span_key(x) for x in reversed(before)
                 if x.label_ == "Agreement" and word in _text(x).lower()), None)


def _accord_before_deal(e: SpacySpan, last: str, before: list[SpacySpan], gaz: Gazetteer
                        ) -> str | None:
    """"Kenya and Uganda signed a rail accord … Kenya bought six helicopters from Italy in a
    deal. The accord …": "the accord" is no purchase contract; when the last agreement is one,
    it is the last agreement before it that is not (h-agrid)."""
    def commercial(key: str) -> bool:
        entry = _kind_entry(key, gaz)
        return entry is not None and entry.commercial

    if e.root.lower_ not in ("accord", "accords") or not commercial(last):
        return None
    return next((k for x in reversed(before) if x.label_ == "Agreement"
                 and not commercial(k := _span_key(x))), None)


def _goods(e: SpacySpan, by_token: dict[int, SpacySpan]) -> str | None:
    """"a contract for 600 assault rifles": the weapon word a deal is "for" ("rifle")."""
    return next((g.lemma_.lower() for c in e.root.children if c.dep_ == "prep"
                 and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
                 and g.pos_ == "NOUN" and (w := by_token.get(g.i)) is not None
                 and w.label_ == "Weapon"), None)


def _separate_goods(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> str | None:
    """The goods of an indefinite deal marked as another one (roles.yaml `separate_marks`: "a
    separate order with Airbus for 12 helicopters": "helicopter"): its "for" weapon, the "for"
    hung on its "with" party or on its verb (A3) (h-sign5); None when unmarked or without
    goods."""
    root = e.root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks
                               for c in root.children):
        return None
    heads = [root, *(g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"),
             *([root.head] if root.dep_ == "dobj" else [])]
    return next((g.lemma_.lower() for h in heads for c in h.children if c.dep_ == "prep"
                 and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
                 and g.pos_ == "NOUN" and (w := by_token.get(g.i)) is not None
                 and w.label_ == "Weapon"), None)


def _site_tenure(e: SpacySpan, roles: Roles) -> bool:
    """Whether ``e`` is a bare tenure word (roles.yaml `tenure_nouns`) whose "on" or "of"
    object is a place ("the lease on the air base at Manta", "a 99-year lease on the port"):
    a hold on a site, no agreement; the parser may hang the "on" on the verb ("renew the lease
    on the base") (h-agr9)."""
    root = e.root
    if root.i != e.end - 1 or root.lower_ not in roles.tenure_nouns:
        return False
    preps = [*root.children, *e.doc[root.i + 1:root.i + 2]]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "of") and g.dep_ == "pobj"
               and g.lower_ in roles.place_nouns for c in preps for g in c.children)


def _sought_like(e: SpacySpan, roles: Roles) -> bool:
    """"is negotiating a similar lease", "press Damascus to seek a similar deal", "hoped to
    conclude similar accords", "similar agreements … were being negotiated", "expected further
    contracts": an indefinite agreement marked as like the article's (roles.yaml
    `similar_marks`, `further_marks`) whose verb, or a verb it is the complement of, only
    seeks, plans or negotiates it (relations.yaml `planning_heads`) names no agreement yet
    (h-agr9)."""
    root = e.root
    if _definite(e) or root.dep_ not in ("dobj", "nsubjpass") or not any(
            c.dep_ == "amod" and c.lower_ in roles.similar_marks | roles.further_marks
            for c in root.children):
        return False
    plans = default_relation_rules().words["planning_heads"]
    verb = root.head
    for _ in range(3):  # "hoped to conclude …", "press … to seek …"
        if verb.lemma_.lower() in plans:
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _separate_field(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles
                    ) -> tuple[SpacySpan, str] | None:
    """The kind of an indefinite deal marked as another one, for a field of work (roles.yaml
    `contract_fields`): "a separate contract for maintenance and repair": "maintenance
    contract"; "a separate contract for the combat system": "combat system contract" (the
    field noun with the nouns compounded on it, then the deal's word; A3), with its mention from
    the deal's word to the end of its "for" phrase ("contract for maintenance and repair");
    None otherwise (issue 12, h-agr9)."""
    root = e.root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks
                               for c in root.children):
        return None
    objs = [(c, g) for c in root.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    if len(objs) != 1 or (g := objs[0][1]).i in by_token or not g.is_lower \
            or g.lower_ not in roles.contract_fields \
            or any(c.dep_ == "nummod" for c in g.children):
        return None
    start = g.i  # ("the combat system": the nouns compounded right before it)
    while start > 0 and (t := e.doc[start - 1]).dep_ == "compound" and t.head.i == g.i \
            and t.is_lower and t.pos_ == "NOUN" and t.i not in by_token:
        start -= 1
    mention = SpacySpan(e.doc, root.i, objs[0][0].right_edge.i + 1, label="Agreement")
    return mention, f"{e.doc[start:g.i + 1].text.lower()} {root.lower_}"


def _field_deal_parties(e: SpacySpan, ents: list[SpacySpan], order: dict[str, int],
                        doc_parties: list[str], homes: dict[str, str]) -> list[str]:
    """The parties of a separate deal for a field of work (`_separate_field`): the one company
    its sentence names and the article's first party that is neither that company, nor its
    home state, nor another company (the buyer: "India"); [] unless both are found."""
    firms = {_party_key(x) for x in _in_sentence(e, ents) if x.label_ == "Company"}
    companies = {_party_key(x) for x in ents if x.label_ == "Company"}
    if len(firms) != 1:
        return []
    firm = firms.pop()
    buyer = next((p for p in doc_parties if p != firm and p != homes.get(firm)
                  and p not in companies), None)
    return sorted([buyer, firm], key=lambda k: order.get(k, 0)) if buyer else []


def _second_deal_goods(e: SpacySpan, key: str, before: list[SpacySpan],
                       by_token: dict[int, SpacySpan]) -> str | None:
    """"… a $5 billion deal … . The two sides also concluded a contract for 600,000 rifles": a
    new (indefinite) deal of parties that already have one, stated in the text rather than a
    headline, for other weapons, is a second deal, named after its goods ("rifle deal")
    (issue 12, h-agr2)."""
    earlier = [x for x in before if x.label_ == "Agreement" and x.id_ == key]
    goods = _goods(e, by_token)
    if _definite(e) or not goods or not earlier:
        return None
    # "bought 40 tanks from Spain in a deal … signed a contract for 40 tanks": the same deal
    if any(w.label_ == "Weapon" and w.root.lemma_.lower() == goods
           for x in earlier for w in dict.fromkeys(by_token.values())
           if x.sent.start <= w.start < x.sent.end):
        return None
    return goods if any(not _headline_line(x.sent) for x in earlier) else None


def _separate_parties(e: SpacySpan, ents: list[SpacySpan], by_token: dict[int, SpacySpan],
                      order: dict[str, int], doc_parties: list[str],
                      verbs: tuple[str, ...], roles: Roles) -> list[str]:
    """"A separate agreement with Perimekar covers training", "will supply parts under a
    separate contract": a phrase marked as another agreement than the last (roles.yaml
    `separate_marks`), not the object of
    its own clause's signing or purchase, is one of the parties its sentence names, or of the
    one it names and the article's first party (issue 12, h-sign7); [] when it is not so
    marked or no party is named."""
    if not any(c.dep_ == "amod" and c.lower_ in roles.separate_marks for c in e.root.children) \
            or e.root.dep_ in ("oprd", "attr", "appos") or _predicative(e):
        return []  # (not a description: "called the treaty 'a separate deal'")
    root = e.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs or \
            _signature_to(root) or _local_parties(e, by_token, order):
        return []  # signed or bought in its own clause: named as any such phrase is
    own = _parties(_in_sentence(e, ents), order)
    if len(own) == 1:
        first = next((p for p in doc_parties if p != own[0]), None)
        own = sorted([own[0], first], key=lambda k: order.get(k, 0)) if first else []
    return own


def _like_last(e: SpacySpan, last: str, before: list[SpacySpan],
               by_token: dict[int, SpacySpan], order: dict[str, int], gaz: Gazetteer
               ) -> list[str]:
    """"Estonia has signed an agreement with the United States … . Lithuania concluded a
    similar deal": a similar deal that one party signs without naming its partner is one with
    the last agreement's partner, the signer taking the place of that one's signer (issue
    12, h-agr2); [] otherwise."""
    root = e.root
    if not any(c.dep_ == "amod" and c.lower_ in gaz.roles.similar_marks for c in root.children) \
            or _co_party(root) or (signer := _lone_signer(e, by_token, gaz)) is None:
        return []
    parties = _key_parties(last)
    old = next((w for x in before if x.label_ == "Agreement"  # (its mention a signer names)
                and _key_parties(_span_key(x)) == parties
                and (w := _lone_signer(x, by_token, gaz)) is not None), None)
    if len(parties) != 2 or old not in parties or signer in parties:
        return []
    return sorted(parties - {old} | {signer}, key=lambda k: order.get(k, 0))


def _own_new_parties(e: SpacySpan, by_token: dict[int, SpacySpan], order: dict[str, int],
                     state_nouns: frozenset[str], verbs: tuple[str, ...],
                     doc_parties: list[str]) -> list[str]:
    """The two or more parties the signing clause of ``e`` names ("which signed a treaty with
    Tunisia and Mauritania": the relative's antecedent and its "with" parties) when at most one
    of them is a party of the article's own agreement (its first two parties), so that ``e``
    cannot be that agreement; [] otherwise (issue 12, h-sig30)."""
    own = _signing_parties(e, by_token, order, state_nouns, verbs)
    if len(own) < 2 or len(doc_parties) < 2 or len(set(own) & set(doc_parties)) > 1:
        return []
    return own


def _other_agreement(e: SpacySpan, entry: GazetteerEntry, before: list[SpacySpan],
                     ents: list[SpacySpan],
                     by_token: dict[int, SpacySpan], order: dict[str, int],
                     doc_parties: list[str], verbs: tuple[str, ...], gaz: Gazetteer,
                     last: str) -> str:
    """The key of an indefinite agreement phrase marked as another than the article's
    (Roles.other_marks: "a similar treaty", "a further agreement", "a second accord"),
    which never refers back
    to the article's agreement nor to one it names later: "<kind> (<parties>)", the kind the
    similar agreement's (its name without its parties) or the phrase's own words, the parties
    its signing clause names (states, else the people who sign a similar one), else the one
    that signs, else the parties its sentence names (one of them with the article's first
    two); "" when the phrase is not so marked, when the readings by its signers read it
    (`_similar`, `_like_last`, an unnamed kind's signers or goods), or when the key is one the
    article has already."""
    root = e.root
    # "put their names to a second document, an economic complementation agreement": the
    # mark on the noun the phrase is in apposition to (not an agreement: "the treaty, a
    # second accord …" speaks of that one) marks the phrase (d787; s49 h-agr7)
    marked = root.head if root.dep_ == "appos" and root.head.i < root.i \
        and root.head.i not in by_token and root.head.pos_ == "NOUN" else root
    if _definite(e) or not any(c.dep_ == "amod" and c.lower_ in gaz.roles.other_marks
                               for c in marked.children) or \
            root.dep_ in ("oprd", "attr") or marked is root and _predicative(e):
        return ""
    similar = _similar(e, before, gaz.roles) if any(
        c.lower_ in gaz.roles.similar_marks for c in root.children) else None
    kind = similar or (entry.label if entry.unnamed else _aim_kind(e, gaz.roles)
                       or _kind_words(e, gaz.roles.kind_adjectives) or root.lemma_.lower())
    state_nouns = gaz.roles.state_nouns
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) or \
        _local_parties(e, by_token, order)
    if (similar or entry.unnamed) and parties or \
            _like_last(e, last, before, by_token, order, gaz):
        return ""  # (read as they read it: a deal of its signers, or of its goods, A3)
    if not parties:
        parties = _signing_parties(e, by_token, order, state_nouns, verbs, people="only") \
            if similar else []
        if not parties and len(_signing_parties(e, by_token, order, state_nouns, verbs,
                                                people="any")) >= 2:
            return ""  # (ministers who sign for the article's parties, h-agr11; a minister
            # and a company: read as any such phrase is)
    if not parties and (lone := _lone_signer(e, by_token, gaz)) is not None:
        parties = [lone]
    if not parties:
        own = _parties(_in_sentence(e, ents), order)
        if len(own) == 1 and doc_parties:  # "to sign a further agreement with the agency"
            own = sorted(dict.fromkeys([*doc_parties[:2], *own]),
                         key=lambda k: order.get(k, 0))
        elif not own and root.tag_ == "NN" and any(
                c.lower_ in gaz.roles.further_marks for c in marked.children):
            # "the two leaders signed a second accord": one more of the article's parties (A1);
            # not "a similar accord for Africa" (others'), nor "two further agreements" (several)
            own = doc_parties[:2]
        if len(own) < 2:
            return ""
        parties = own
    prior = next((c.lower_ for c in marked.children
                  if c.dep_ == "amod" and c.lower_ in gaz.roles.prior_marks), None)
    if prior is not None:  # "an earlier pact": older than the article's, whatever its kind;
        # not one that its apposition names ("an earlier truce, the Cessation of Hostilities
        # Agreement, …": that agreement, read as before)
        # (by the words, not the parse, which may take the name for a clause's subject)
        named = e.end + 1 < len(e.doc) and e.doc[e.end].text == "," and any(
            i in by_token and by_token[i].label_ == "Agreement" for i in (e.end + 1, e.end + 2))
        return "" if named else f"{prior} {root.lemma_.lower()} ({DASH.join(parties)})"
    key = f"{kind} ({DASH.join(parties)})"
    if any(x.label_ == "Agreement" and _span_key(x) == key for x in before):
        return _counted_apart(e, marked, key, parties, before, gaz.roles)
    return key


def _counted_apart(e: SpacySpan, marked: Token, key: str, parties: list[str],
                   before: list[SpacySpan], roles: Roles) -> str:
    """"put their signatures to a second agreement that sets out …", "under a second
    contract, another unit will supply …": an indefinite phrase counted as a further one
    (roles.yaml `further_marks`) whose kind and parties are those of an agreement the article's
    body has already named is another agreement of those parties, never that one: keyed
    "<mark> <word> (<A>–<B>)", an aside; not where that agreement is only a headline's ("A
    and B sign accord" over "A and B signed a second accord": the lead's may be the second
    one) (dev A3; d965, d991) (issue 12, h-agr22)."""
    mark = next((c.lower_ for c in marked.children
                 if c.dep_ == "amod" and c.lower_ in roles.further_marks), None)
    if mark is None or not any(x.label_ == "Agreement" and _span_key(x) == key
                               and not _headline_line(x.sent) for x in before):
        return ""
    return f"{mark} {e.root.lemma_.lower()} ({DASH.join(parties)})"


def _counted_after(key: str, before: list[SpacySpan], asides: Collection[str]) -> str | None:
    """The agreement a counted one (`_counted_apart`: "second agreement (A–B)") is counted
    after: the first one the article names of the same parties that is no aside (not a
    "lease" of them named since)."""
    suffix = key[key.index(" ("):]
    return next((x.id_ for x in before if x.label_ == "Agreement" and x.id_ != key
                 and x.id_ not in asides and x.id_.endswith(suffix)), None)


def _similar(e: SpacySpan, before: list[SpacySpan], roles: Roles) -> str | None:
    """"Tokyo signed a similar agreement with Canberra" (roles.yaml `similar_marks`): another
    agreement of the kind of the last one written with the same word, named as that kind
    ("Reciprocal Access Agreement" without its parties) after its own parties (issue 12,
    h-agr2)."""
    if not any(c.dep_ == "amod" and c.lower_ in roles.similar_marks for c in e.root.children):
        return None
    if own := _kind_words(e, roles.kind_adjectives):
        # "a similar logistics agreement with France", "a similar swap deal that A signed
        # with B": words of its own name its kind, not the last agreement's name or kind (a
        # new agreement, A1/A3; d876, d1237) (issue 12, stop 72, h-agr7)
        return own
    word = e.root.lower_.removesuffix("s")
    key = next((_span_key(x) for x in reversed(before)
                if x.label_ == "Agreement" and word in _text(x).lower()), None)
    # "signed a military assistance agreement with A and a similar pact with B": the kind of
    # the agreement its own sentence names just before, whatever its word (h-sign5)
    key = key or next((_span_key(x) for x in reversed(before)
                       if x.label_ == "Agreement" and x.start >= e.sent.start), None)
    return key.split(" (")[0] if key else None


def _outer_kind(e: SpacySpan, gaz: Gazetteer):
    """"a framework agreement on defence cooperation": the word before a kind phrase that
    makes another kind with its first word ("framework agreement") names the whole phrase."""
    word = e.doc[e.start - 1]
    if not word.is_lower or not word.is_alpha or word.pos_ == "DET":  # ("a framework": a kind)
        return None
    entry = gaz.lookup(f"{word.text} {e[0].text}")
    return entry if entry is not None and entry.cls == "Agreement" and entry.unnamed else None


def _framework_named(x: SpacySpan, e: SpacySpan, roles: Roles) -> bool:
    """"signed an agreement … outside the Non-Proliferation Treaty", "an accord under the
    Geneva Conventions": a named agreement that a preposition of reference governs
    (roles.yaml `reference_preps`, or "under" in the sentence of ``e``) is what the deal is
    measured against, not its name (a later sentence's "Under the Moscow Treaty, …" may name
    it) (issue 12, h-sig32)."""
    root = x.root
    if root.dep_ != "pobj":
        return False
    prep = root.head.lower_
    return prep in roles.reference_preps or (prep == "under" and x.sent.start == e.sent.start)


def _named_ahead(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                 gaz: Gazetteer, reach: int = 1, same_word: bool = False,
                 any_word: bool = False, signed: tuple[str, ...] = ()) -> str | None:
    """"Bush and Putin signed a treaty … . Under the Moscow Treaty, …": an indefinite bare
    agreement word is the first agreement named after it in its sentence or the next (two
    after a headline, which has no final stop); a specific word ("treaty", "pact") only an
    agreement whose name holds it (issue 12, h-agr2)."""
    sents = list(e.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= e.start < s.end)
    reach = reach + 1 if _headline_line(sents[at]) and at + reach + 1 < len(sents) else reach
    stop = sents[min(at + reach, len(sents) - 1)].end
    word = e[-1].lower_.removesuffix("s")
    for x in ents:
        if x.label_ != "Agreement" or x.start < e.end or x.start >= stop:
            continue
        entry = gaz.by_label.get(x.ent_id_)
        key = x.ent_id_ if entry is not None and not entry.generic else \
            surface_form(_text(x)) if entry is None and surface_form(_text(x)) in names else None
        if signed and not _signed_or_named(x, signed, gaz.roles):
            continue  # (only a name the text gives to what was signed, h-sign4)
        if _qualifies_noun(x, gaz.roles):
            continue  # "a former Warsaw Pact member": not what was signed (h-agr)
        if _framework_named(x, e, gaz.roles):
            continue  # "… built weapons outside the Non-Proliferation Treaty" (h-sig32)
        if _anchor_treaty(x, e):
            continue  # "an agreement that puts into effect the Treaty of Lima" (h-sig51)
        if _in_passing(x, gaz.signing_verbs, gaz.roles):
            continue  # "stocks left surplus by cuts under the CFE Treaty" (h-agr7)
        if key and (any_word or word not in gaz.roles.specific_agreement_heads and not same_word
                    or word in _text(x).lower()):
            return key
    return None


def _anchor_treaty(x: SpacySpan, e: SpacySpan) -> bool:
    """"signed an agreement that puts into effect the 1929 Treaty of Lima", "signed a treaty
    …, 56 years to the day after the Elysee Treaty": in the indefinite phrase's own sentence,
    a treaty its relative clause acts on, or one a time is counted from, is another agreement,
    not the phrase's name (d747, d727) (issue 12, stop 47, h-sig51)."""
    if x.start >= e.sent.end:
        return False
    root = x.root
    if root.dep_ == "pobj" and root.head.lower_ in ("after", "before", "since"):
        return True
    return any(t.i == root.i for c in e.root.children if c.dep_ == "relcl" for t in c.subtree)


PASSING_CLAUSES = frozenset({"advcl", "acl", "relcl"})  # clauses on another word


def _in_passing(x: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> bool:
    """"the largest such pact since the <name> took effect", "stocks left surplus by cuts under
    the <name>": a named agreement inside an adverbial, participial or relative clause is
    mentioned in passing, about something else, not as the name of a deal the article's lines
    sign; unless that clause, the nearest around it, signs or names it ("an accord, known as
    the <name>", "the document, which officials called the <name>": roles.yaml `naming_verbs`)
    (d1256, d990) (issue 12, stop 72, h-agr7)."""
    if _signed_or_named(x, verbs, roles) or _called(x, roles.naming_verbs):
        return False
    tok = x.root
    while tok.head.i != tok.i:  # (up to that clause's verb: "have begun calling the <name>")
        if tok.lemma_.lower() in roles.naming_verbs or tok.lemma_.lower() in verbs:
            return False
        if tok.dep_ in PASSING_CLAUSES:
            return True
        tok = tok.head
    return False


def _topic_of_next(e: SpacySpan, by_token: dict[int, SpacySpan], roles: Roles) -> bool:
    """"sign ceasefire and autonomy pact": a bare kind word that no agreement noun heads,
    without an article, coordinated with an agreement phrase after it, is what that agreement
    is about, not an agreement of its own (d407) (issue 12, h-sig18)."""
    root = e.root
    return root.lower_ not in roles.named_agreement_nouns and not any(
        c.dep_ == "det" for c in root.children) and any(
        c.dep_ == "conj" and (x := by_token.get(c.i)) is not None and x.label_ == "Agreement"
        for c in root.children)


def _signed_ahead(e: SpacySpan, ents: list[SpacySpan], names: set[str],
                  gaz: Gazetteer) -> str | None:
    """The named agreement a signed kind phrase of too few named parties is: one whose name
    holds its agreement word ("a ceasefire agreement … . The Lusaka agreement …"), or, for a
    word no name is headed by ("signed a 60-day ceasefire … . X signed the Sapoa Agreement",
    "a truce"), the one the next lines sign (issue 12, h-sig18)."""
    if e.root.lower_ in gaz.roles.named_agreement_nouns:  # its head: "a treaty of friendship, …"
        return _named_ahead(e, ents, names, gaz, reach=3, same_word=True)
    return _named_ahead(e, ents, names, gaz, reach=3, any_word=True, signed=gaz.signing_verbs)


def _qualifies_noun(x: SpacySpan, roles: Roles) -> bool:
    """"a former Warsaw Pact member", "Warsaw Pact forces": a name used as the modifier of a
    noun other than an agreement word, which speaks of the bloc or its members rather than
    of an agreement the article's deal words could refer to (issue 12, h-agr; d289)."""
    head = x.root.head
    return x.root.dep_ == "compound" and head.i >= x.end and \
        head.lemma_.lower() not in roles.named_agreement_nouns


def _signed_or_named(x: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> bool:
    """"A signed the Treaty of …", "the Treaty of … was signed", "A and B put their names to the
    Treaty of …", "the accord, known as the ANZUS Treaty" (roles.yaml `known_as_words`): a
    name given to what is signed (not "members of the Andean Pact")."""
    root = x.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs or \
            _signature_to(root):  # (d387, d128: a headline's deal named when signed so, S1)
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "as" and \
        root.head.head.lower_ in roles.known_as_words


def _subject_kind(e: SpacySpan, roles: Roles) -> tuple[SpacySpan, str] | None:
    """"a separate trade and commerce treaty", "the claims agreement", "a long-term trade
    agreement": a lower-case treaty, pact, accord or agreement whose own modifiers name the
    field it covers (roles.yaml `subject_nouns`) is a kind of its own; returns the phrase
    from its first classifying word (not "a separate", "a 10-year") and its kind as the text
    words it ("trade and commerce treaty"), or None (issue 12, h-agr11)."""
    root = e.root
    if not root.is_lower or root.lemma_.lower() not in roles.aim_heads or root.tag_ == "NNS":
        return None
    mods = [c for c in root.lefts if c.dep_ in ("amod", "compound", "nmod")]
    doc, start = e.doc, root.i
    for c in reversed(mods):  # contiguous premodifiers, nearest first
        words = list(c.subtree)
        if words[-1].i != start - 1 or any(
                t.ent_type_ in NUMERIC_TYPES or not (t.is_lower or t.is_punct) for t in words):
            break
        start = words[0].i
    # from the first word that classifies: a field noun, a kind adjective, a hyphenated one
    while start < root.i and not (
            (t := doc[start]).lower_ in roles.subject_nouns
            or t.lower_ in roles.kind_adjectives or doc[start + 1].text == "-"):
        start += 1
    phrase = doc[start:root.i + 1]
    if not any(t.lower_ in roles.subject_nouns and t.pos_ in ("NOUN", "PROPN")
               for t in phrase[:-1]):
        return None
    return SpacySpan(doc, start, root.i + 1, label="Agreement"), phrase.text.lower()


def _subject_parties(e: SpacySpan, ents: list[SpacySpan], by_token: dict[int, SpacySpan],
                     order: dict[str, int], doc_parties: list[str], state_nouns: frozenset[str],
                     verbs: tuple[str, ...]) -> list[str]:
    """The parties of an agreement of its own field (`_subject_kind`): those that sign it or
    its verb's, else those its sentence names, else its sentence's one party and the
    article's first other one, else, where it is signed, the article's two parties; []
    otherwise."""
    parties = _signing_parties(e, by_token, order, state_nouns, verbs) or \
        _local_parties(e, by_token, order) or _parties(_in_sentence(e, ents), order)
    if len(parties) == 1:
        other = next((p for p in doc_parties if p != parties[0]), None)
        parties = sorted([parties[0], other], key=lambda k: order.get(k, 0)) if other else []
    elif not parties and len(doc_parties) == 2 and (_signature_to(e.root) or (
            e.root.dep_ in ("dobj", "nsubjpass") and e.root.head.lemma_.lower() in verbs)):
        parties = doc_parties  # (signed: "the two men put their names to …"; not "failed to
        # win backing for a regional security and trade pact", a plan of a third state)
    return parties if len(parties) >= 2 else []


def _field_written_before(kind: str, before: list[SpacySpan], roles: Roles) -> bool:
    """Whether an agreement the article spoke of before is written or keyed with a field
    noun of ``kind`` ("the Border Treaty … the border treaty"): then it is that one."""
    nouns = {w for w in kind.split() if w in roles.subject_nouns}
    return any(nouns & set(f"{_text(x)} {_span_key(x)}".lower().replace("(", " ").split())
               for x in before if x.label_ == "Agreement")


def _restated(e: SpacySpan, before: list[SpacySpan]) -> bool:
    """"signed an agreement on Friday …, a treaty that …": a second object of the verb
    after a comma, which the parser did not see as the first one's apposition."""
    head = e.root.head
    return e.root.dep_ == "dobj" and any(
        x.label_ == "Agreement" and x.root.dep_ == "dobj" and x.root.head == head
        and x.end <= e.start and any(t.text == "," for t in e.doc[x.end:e.start])
        for x in before)


def _named_as(e: SpacySpan, names: set[str]) -> str | None:
    """The one named agreement of the article whose name holds every word of the kind
    phrase ``e`` ("peace treaty" → "Treaty of Peace"), or None."""
    words = {t.lower_ for t in e if t.is_alpha}
    found = [n for n in names if words <= set(n.lower().split())]
    return found[0] if len(found) == 1 else None


def _separate_apart(spans: list[SpacySpan], roles: Roles, apart: set[str]
                     ) -> list[SpacySpan]:
    """"Chile signed a contract with Saab … . Chile has also bought six fighters from Saab in a
    separate deal signed last March", "signed the contract in 2018, together with a separate
    deal to refit its older vessels": an indefinite phrase marked as another agreement
    (roles.yaml `separate_marks`) that the rules above keyed to an agreement the article named
    before it (its parties being the same) is a deal of its own (A3), "<mark> <key>", set
    ``apart`` so that no bare word of those parties joins it (issue 12, h-agr8)."""
    seen: set[str] = set()
    out = []
    for x in spans:
        if x.label_ == "Agreement" and x.id_ in seen and not _definite(x) and \
                not _predicative(x) and (  # ("called the treaty a separate deal")
                mark := next((c.lower_ for c in x.root.children if c.dep_ == "amod"
                              and c.lower_ in roles.separate_marks), None)) is not None:
            key = f"{mark} {x.id_}"
            apart.add(key)
            x = SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=key)
        if x.label_ == "Agreement" and x.id_:
            seen.add(x.id_)
        out.append(x)
    return out


def _same_parties(spans: list[SpacySpan], bare: dict[str, str],
                  apart: Collection[str] = ()) -> list[SpacySpan]:
    """A bare word's agreement ("signed an agreement with the United States") is the one other
    agreement of the document with the same parties ("the $3.3 billion deal"), if there is one;
    never one the text sets ``apart`` ("under a separate humanitarian arrangement", A3; h-agr5)
    nor one it introduces as new after speaking of the bare word's (`_introduced_after`, A3;
    issue 12, h-sig42)."""
    first: dict[str, int] = {}  # each agreement → where the document first names it
    opening: dict[str, SpacySpan] = {}  # each agreement → the phrase that first names it
    told: dict[str, int] = {}  # a bare word's agreement → where the first body sentence
    # speaking of it ends (`_introduced_after`)
    for x in spans:
        if x.label_ == "Agreement":
            first.setdefault(x.id_, x.start)
            opening.setdefault(x.id_, x)
            if x.id_ in bare and x.id_ not in told and not _headline_line(x.sent):
                told[x.id_] = x.sent.end
    rename = {}
    for key, suffix in bare.items():
        if key not in first:  # renamed away by an earlier pass: nothing to rename
            continue
        others = {k for k in first if k != key and k not in bare and k not in apart
                  and k.endswith(suffix)
                  and not _introduced_after(opening[k], told.get(key))}
        # several: the one named before it (h-agr3: "Brazil and France seal … deals" …
        # "Brazil signed agreements with France" … "Lula and Sarkozy signed a partnership")
        before = {k for k in others if first[k] < first[key]}
        if len(others) == 1 or len(before) == 1:
            rename[key] = (others if len(others) == 1 else before).pop()
    return [SpacySpan(x.doc, x.start, x.end, label=x.label_, span_id=rename[x.id_])
            if x.id_ in rename else x for x in spans]


def _introduced_after(e: SpacySpan, told: int | None) -> bool:
    """Whether ``e``, the phrase that first names an agreement, names a new one after a body
    sentence that spoke of the bare word's agreement (ending at ``told``): an indefinite
    phrase in a later sentence ("… signed a treaty on Monday. The two ministers also signed an
    economic cooperation agreement", "The signing builds on a framework agreement the two
    governments concluded in 2005"), not the lead restating a headline's bare word nor a
    phrase describing one ("…, a deal that …", "… is a good deal")."""
    return told is not None and e.start >= told and not _definite(e) and not _predicative(e)


def _matter_kind(e: SpacySpan, verbs: tuple[str, ...], roles: Roles) -> str:
    """"signed an agreement under which France will cancel part of the debt", "put their names
    to an agreement on cultural exchanges": an indefinite agreement word that a signing takes
    and whose "under which" / "by which" clause (a parse may hang it on the verb: read the
    words just after it) or "on" topic holds a matter word (roles.yaml `matter_words`) is an
    agreement of its own; its kind "<matter> <noun>", the article's own phrase for that matter
    where it writes one ("the nuclear accord"), or "" (not so) (dev A1/A3) (issue 12, h-agr15)."""
    root, doc = e.root, e.doc
    # a bare "an agreement" only: a kind of its own ("a strategic framework agreement on
    # trade", "a memorandum on river trade") keeps the names the older rules give it
    if _definite(e) or root.tag_ == "NNS" or not root.is_lower or root.lemma_ != "agreement" \
            or any(c.dep_ in ("amod", "compound") for c in root.children):
        return ""
    head = root.head
    put_to = root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ == "put"
    if not (_signs_phrase(e, verbs) or put_to) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children):
        return ""
    sent_end = root.sent.end
    words: list[Token] = []
    on = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is not None and put_to:  # "signed an agreement on <topic>" is h-sig45's
        words = list(on.subtree)
    else:
        at = next((i for i in range(e.end, min(e.end + 4, sent_end - 1))
                   if doc[i].lower_ in ("under", "by") and doc[i + 1].lower_ == "which"), None)
        if at is not None:
            words = [t for t in doc[at + 2:sent_end] if t.text not in (";",)]
    matters = [t for t in words if t.lower_ in roles.matter_words]
    if not matters:
        return ""
    matter, said = matters[0], {t.lower_ for t in matters}
    for t in doc:  # the article's own "<matter> accord" names the kind
        if t.lower_ in said and t.head.is_lower and t.head.i == t.i + 1 and \
                t.head.lemma_.lower() in roles.aim_heads:
            return f"{t.lower_} {t.head.lemma_.lower()}"
    word = matter.lemma_.lower() if matter.pos_ == "NOUN" else matter.lower_
    return f"{word} {root.lemma_.lower()}"


def _other_matter(key: str, name: SpacySpan, roles: Roles) -> bool:
    """Whether an unnamed agreement's key names a matter (roles.yaml `matter_words`: "nuclear
    accord (A–B)", `_matter_kind`) that a later name, merely signed ("Nehru, who signed the
    Indus Waters Treaty"), does not: the name is another agreement's, not this one's; a name
    given to it ("the accord, to be known as the Agreed Framework") is its own whatever its
    words (issue 12, h-agr15)."""
    matters = {w for w in key.split(" (")[0].split() if w in roles.matter_words}
    root = name.root
    given = _called(name, roles.naming_verbs) or root.dep_ == "pobj" and \
        root.head.lower_ == "as" and root.head.head.lower_ in roles.known_as_words
    return bool(matters) and not given and not matters & {t.lower_ for t in name}


def _matter_written(e: SpacySpan, out: list[SpacySpan], roles: Roles) -> str:
    """"Under the nuclear accord, …" after an agreement keyed by its matter ("nuclear accord
    (A–B)", `_matter_kind`): a definite agreement word whose modifier is that matter word is
    that agreement, not the treaty the article named last; its key, or "" (h-agr15)."""
    mods = {c.lower_ for c in e.root.lefts if c.lower_ in roles.matter_words}
    return next((x.id_ for x in reversed(out) if x.label_ == "Agreement" and mods and mods & set(
        x.id_.split(" (")[0].split()) and x.id_.endswith(")")), "") if mods else ""

"""The ``supplies`` relation: who supplied what to whom (verbs, nouns, deals)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.gazetteer import RelationRules, bracketed
from kg.extract.relations._base import (
    ALL_CLASSES,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    _actors,
    _after_included,
    _agent,
    _best_actor,
    _blocked,
    _children,
    _clause_preps,
    _clause_verb,
    _conjoined_actors,
    _contact_subject,
    _directed_objects,
    _earlier_start,
    _example_objects,
    _from_suppliers,
    _gapped,
    _in_denial,
    _in_headline,
    _is_force,
    _leader_states,
    _leaders_state,
    _listed_examples,
    _material,
    _mention_root,
    _misparsed_dative,
    _nationals,
    _negated,
    _object,
    _planned,
    _pobjs,
    _possessors,
    _prep_objects,
    _raised_passive,
    _relation,
    _Sentence,
    _starts_at,
    _stray_relative,
    _subtree_ids,
    _transferred,
    _with_parties,
    _worth_infinitives,
)
from kg.extract.relations.confirmed_sellers import buyer_state, confirmed, confirmed_sales
from kg.extract.relations.copular_items import copula_of, copular_holders, copular_items
from kg.extract.relations.customer_lists import listed_customers
from kg.extract.relations.described_items import described_items
from kg.extract.relations.example_sellers import example_sales
from kg.extract.relations.fleet_rankings import fleet_ranking
from kg.extract.relations.former_owners import former_services
from kg.extract.relations.licence_parties import apposed_licensors, site_makers, sites
from kg.extract.relations.order_tails import order_copular_items, order_tail
from kg.extract.relations.own_posts import sent_to_own_post
from kg.extract.relations.programme_owners import programme_owners
from kg.extract.relations.pronoun_goods import pronoun_goods, pronoun_items
from kg.extract.relations.protested_sales import protested_sale
from kg.extract.relations.reduced_passives import misread_reduced_passive
from kg.extract.relations.renamed_items import with_renamed_items
from kg.extract.relations.state_exporters import owned_supplier
from kg.extract.relations.through_sellers import through_sellers
from kg.extract.relations.unmade_sales import unmade_sale
from kg.extract.tokens import ANAPHOR_DETS, DEFINITE, has_det, premodified
from kg.model import Mention, RelationMention

PART_PREPS = {"of", "including", "like", "as", "with", "plus", "such", "among", "from"}


def _shared_object(ctx: _Sentence, verb: Token) -> Token | None:
    """"accuse Paris of having armed and trained the Rwandan army", "has supplied and advised
    the rebels": a supply verb without an object shares the object of the verb of support
    coordinated after it (no subject of its own) (issue 12, h-supp2)."""
    if _children(verb, {"dobj", "obj", "dative"}) or verb.dep_ in ("relcl", "acl"):
        return None
    shared = ctx.rules.words["shared_object_verbs"]
    return next((o for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                 and c.lemma_.lower() in shared
                 and not any(d.dep_ in SUBJECTS for d in c.children)
                 for o in _children(c, {"dobj"})), None)


def _split_objects(ctx: _Sentence, verb: Token, dobj: Token) -> list[Token]:
    """The later objects of a list the parser split over several ``dobj`` of one verb ("shipped
    missiles, grenade launchers and ammunition"): the same list when only a comma stands
    between the first object and the next, and the next names material (issue 12, h-supp2)."""
    # (start of the next list member, its noun): a second object of the verb, or the object
    # of the member's first word taken for a verb coordinated with the trigger
    # ("grenade/conj launchers/dobj": base form, no subject, its object right after it)
    nexts = [(o, o) for o in _children(verb, {"dobj"})]
    nexts += [(c, o) for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBP")
              and not any(d.dep_ in (*SUBJECTS, "aux") for d in c.children)
              for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1]
    out: list[Token] = []
    last = dobj
    for start, o in sorted(nexts, key=lambda p: p[1].i):
        if o.i <= dobj.i:
            continue
        between = verb.doc[last.i + 1:min(start.i, o.left_edge.i)]
        if not (len(between) and between[-1].text == "," and all(
                t.i in _subtree_ids(last) or t.text == "," for t in between)):
            break
        if not (ctx.mentions(o.subtree, ctx.role("item")) or _material(ctx, o)):
            break
        out.extend(t for t in (start, o) if t not in out)  # ("to X" may hang on either)
        last = o
    return out


def _list_tail(ctx: _Sentence, root: Token) -> list[Token]:
    """"supplied the army with tanks, MiG-23 jets and helicopters": the small model may hang
    the rest of a list of items on a word before it (an apposition of the subject, say); a
    noun right after the comma that closes an item's phrase, hung before that comma, is the
    list's tail when it and each of its conjuncts name material and the tail itself ends the
    clause (a comma, a full stop or the sentence's end after it) (h-sup35)."""
    doc = root.doc
    comma = root.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    tail = next((t for t in doc[comma + 1].ancestors if t.left_edge.i == comma + 1
                 and t.head.i < comma), None) if doc[comma + 1].head.i > comma else doc[comma + 1]
    if tail is None or tail.head.i >= comma or tail.head.i == tail.i or \
            tail.dep_ not in ("appos", "conj", "npadvmod", "dobj") or \
            tail.pos_ not in ("NOUN", "PROPN") or not tail.conjuncts or \
            any(t.pos_ in ("VERB", "AUX") for t in tail.subtree):
        return []
    after = tail.right_edge.i + 1
    if after < len(doc) and doc[after].text not in (",", ".", ";") and not doc[after].is_space:
        return []
    members = [tail, *(c for c in tail.conjuncts if c.i > tail.i)]
    if not all(ctx.mentions(m.subtree, ctx.role("item")) or _material(ctx, m) for m in members):
        return []
    return members


def _freight(ctx: _Sentence, tok: Token) -> bool:
    """What is flown or shipped as freight: cargo ("arms", "fuel"), an amount of material
    ("$2 million of supplies") or weapons that neither fly nor sail themselves ("anti-tank
    weapons", "tanks"), not aircraft, ships or crewed systems (issue 12, h-sup7)."""
    words = ctx.rules.words
    lemma = tok.lemma_.lower()
    amount = lemma not in words["supply_objects"] and _material(ctx, tok)  # "$2 million of"
    return ctx.own(tok) is None and (lemma in words["cargo"] or amount) or \
        lemma in words["carried_weapons"]


def _flown_in(ctx: _Sentence, verb: Token) -> Token | None:
    """"Soviet planes are flying in tanks": the parser may take the particle of "fly in" for
    a preposition; freight right after it is the object (issue 12, h-sup7)."""
    if verb.lemma_.lower() not in ctx.rules.words["self_moving"] or \
            _children(verb, {"dobj", "obj"}) or verb.i + 1 >= len(verb.doc):
        return None
    prep = verb.doc[verb.i + 1]
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    return next((p for p in _pobjs(prep) if _freight(ctx, p)), None)


def _given_it(ctx: _Sentence, verb: Token, suppliers: list[Mention]
              ) -> tuple[Mention, Mention] | None:
    """"The government turned to France, which sold it Mirage jets", "Taipei has turned to
    Europe. The Netherlands sold it two submarines": the "it" a supply is given to is the state
    or body the nearest subject before it names (in its sentence or the one before), not the
    supplier; (what coreference made of "it", that state), or None where both agree or no
    subject names one (issue 12, h-sup7)."""
    pron = next((c for c in verb.children if c.dep_ == "dative" and c.lower_ == "it"), None)
    wrong = ctx.own(pron) if pron is not None else None
    if wrong is None:
        return None
    if verb.dep_ == "conj" and any(
            (m := ctx.own(o)) is not None and (m.key or m.lemma) == (wrong.key or wrong.lemma)
            for o in [*_children(verb.head, {"dobj", "dative"}),
                      *_prep_objects(verb.head, {"to"})]):
        return None  # "delivered missiles to Kyiv, and London has given it tanks": Kyiv again
    doc = verb.doc
    start = _earlier_start(ctx.sent)
    barred = {m.key or m.lemma for m in suppliers}
    # nor a subject that a relative clause of its own calls a supplier ("X, which supplied
    # its rifles, stopped aid, and Y has since sold it jets": not X; s35 h-sup34)
    triggers = ctx.rules.triggers["supplies"]
    first = {t.i for t in doc[start:pron.i] if any(
        c.dep_ == "relcl" and c.lemma_.lower() in triggers and any(
            k.dep_ == "nsubj" and k.lower_ in RELATIVE_PRONOUNS for k in c.children)
        for c in t.children)}
    for t in reversed(doc[start:pron.i]):
        if t.dep_ != "nsubj" or t.lower_ in RELATIVE_PRONOUNS or t.i in first:
            continue
        m = _best_actor(ctx, t)
        if m is None or m.cls not in ("Country", "Agency") or (m.key or m.lemma) in barred:
            continue
        return None if (m.key or m.lemma) == (wrong.key or wrong.lemma) else (wrong, m)
    return None


def _deal_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Items a supply's deal holds: "… in a deal that also included a frigate and missiles",
    "under a contract including two frigates"."""
    contents = ctx.rules.words["deal_contents"]
    out: list[Mention] = []
    for deal in [*_prep_objects(verb, {"in", "under", "through", "as"}), *_part_of_deals(verb)]:
        own = ctx.own(deal)
        if own is None or own.cls not in ctx.role("agreement"):
            continue
        # "a package worth $1 billion signed with Z, which also included …": the parser may
        # hang the deal's relative clause on a word inside the deal's phrase (issue 12, h-supp2)
        inner = [c for c in deal.subtree if c.i > deal.i and c.dep_ == "relcl"
                 and c.lemma_.lower() in contents and any(
                     s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)]
        for c in [*deal.children, *inner]:
            if c.lemma_.lower() in contents and c.dep_ in ("relcl", "acl", "prep"):
                roots = [*_children(c, {"dobj", "pobj"})]
                for r in roots:
                    out.extend(m for m in ctx.mentions(r.subtree, ctx.role("item"))
                               if m not in out)
    return out


def _received(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Egypt bought Rafale jets from France", "took delivery of …": the subject receives."""
    subj, passive = ctx.subject(verb)
    subj = _contact_subject(verb) if subj is None else subj  # "12 FA-50s the Philippines ordered"
    aside = _aside_on_item(ctx, verb)
    if aside is not None:  # the weapon was bought, not the clause's subject's doing
        subj, passive = None, False
    if subj is not None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and \
            (cop := copula_of(ctx, verb.head)) is not None and subj.head.i == cop.i:
        # "the navy's ships were two frigates bought from France": the parser's subject is
        # the copula's; the frigates were bought, as after any noun (s60 h-sup91)
        subj, passive = None, False
    seller = None
    if subj is not None and verb.dep_ == "acl" and subj.left_edge.i > 0 and \
            verb.doc[subj.left_edge.i - 1].lower_ == "with" and \
            ctx.own(verb.head) is not None and ctx.own(verb.head).cls in ctx.role("agreement"):
        # "signed a contract with Rheinmetall to buy tanks": the parser may take the "with"
        # party for the subject of "to buy"; it sells, the signer buys
        seller, subj = subj, None
    deal = verb
    for _ in range(3):  # "signed a deal to buy", "signed contracts worth $1 billion to buy"
        if subj is not None or deal.dep_ not in ("acl", "relcl", "xcomp", "amod"):
            break
        deal = deal.head
        # (or a deal noun the entity stage left unnamed: "signed an agreement … to buy"; not
        # "launched a programme to buy")
        if _signed_deal_noun(ctx, deal):
            subj, passive = ctx.subject(deal.head)
            break
    # "the tanks had been bought from Ukraine for its own army": the passive subject is the
    # item, the "by" agent or the "for" beneficiary receives
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None and subj is not None and verb.dep_ == "conj" and \
            _children(verb, {"auxpass"}):
        # "the submarines, renamed …, were bought from China": a shared subject, passive here
        patient, passive = subj, True
    if passive:
        recipients = [m for p in _prep_objects(verb, {"for"})
                      if (m := _best_actor(ctx, p)) is not None][:1]
        # "Kenya's tanks were bought from China": the possessor of what was bought
        recipients = recipients or _passive_holders(ctx, patient)
    else:  # ("Gandhi's government ordered": the leader's state; issue 12, h-supp7)
        recipients = _actors(ctx, subj) or (_leaders_state(ctx, subj) if subj else []) or \
            _whose_holders(ctx, subj)
        side = _leaders_side(ctx, subj) if not recipients else None
        recipients = [side] if side is not None else recipients  # "Aoun's forces received"
    copular: list[Mention] = []  # recipients the copula's subject names (s60 h-sup91)
    # "bought 24 Sukhoi Su-27 fighters": the parser may split the object in two
    objects = [o for o in [_object(verb)] if o is not None] or _adverbial_share(ctx, verb)
    if objects and objects[0].i == verb.head.i:
        objects = [_item_antecedent(ctx, verb) or objects[0]]
        objects = _antecedent_items_up(ctx, objects[0])
    gap = _misparsed_relative(ctx, verb) if not objects or objects[0].lower_ in \
        RELATIVE_PRONOUNS or objects[0].i == verb.head.i else None
    if gap is not None:  # (s52 h-sup72)
        objects = [gap]
    misparsed = _participle_on_held(ctx, verb)
    if misparsed is not None:  # "flies F-5s bought from the United States" (h-sup13)
        held_noun, holding = misparsed
        objects = [o for o in objects if o.i < verb.i and o.i != held_noun.i] + [held_noun]
        recipients = _actors(ctx, ctx.subject(holding)[0])
    held = _partitive_antecedent(verb, patient if passive else subj)
    if held is None and subj is None:
        held = _apposed_share(verb)
    if held is not None:  # "operates 20 frigates, several of them bought from Britain"
        objects, patient = [held], None
        recipients = _share_holders(ctx, held)
    if patient is not None and patient.lower_ not in RELATIVE_PRONOUNS and not objects:
        objects = [patient]
    lost = _lost_relative(ctx, verb) if subj is None and not objects else None
    if lost is not None:  # "the Mirage jets that Peru's air force bought from France"
        objects, recipients = [lost], _actors(ctx, verb.head)
    elif subj is None and (verb.dep_ == "acl" or aside is not None) and \
            verb.tag_ in ("VBN", "VBD") and not objects:
        # "its ageing F-5 fleets, bought from the United States": the owner bought them
        held = aside if aside is not None else verb.head
        objects = [held]
        recipients = _possessors(ctx, held)
        if not recipients and held.dep_ == "dobj":  # "fields Patriots bought from"
            keeper = ctx.subject(held.head)[0]
            # ("X, whose naval unit has operated a boat bought from Y": the antecedent's)
            recipients = _actors(ctx, keeper) or _whose_antecedent(ctx, keeper)
        holder = _holding_verb(ctx, held) if not recipients else None
        holder = holder or (_receiving_verb(ctx, held) if not recipients else None)
        if holder is not None:  # "flies MiG-21s, along with Mirage 5s bought from France"
            recipients = _actors(ctx, ctx.subject(holder)[0])
        if not recipients and held.dep_ == "pobj" and held.head.lower_ == "with" \
                and held.head.head.pos_ in ("VERB", "AUX"):
            # "kept flying its aircraft with spare parts bought from China": who acts with
            # them bought them (s44 h-sd1)
            recipients = _actors(ctx, ctx.subject(held.head.head)[0])
        recipients = recipients or _equipped_holders(ctx, held) or _listed_holders(ctx, held)
        if not recipients:  # "the navy's ships were frigates bought from"
            recipients = copular = copular_holders(ctx, held)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _agent(verb) is not None and not objects:
        objects = [verb.head]  # "the 24 jets ordered by Qatar from France"
    objects += [o for o in _children(verb, {"dobj"}) if o not in objects]
    if aside is None:  # (after an aside's closing comma, "and …" goes on the outer list)
        objects += _shared_seller_objects(ctx, verb, objects)
    split = _goods_on_signing(ctx, verb)
    objects += [o for o in split if o not in objects]
    # "took delivery of the corvette X, the first of three warships that Algeria ordered from
    # China": the order the receipt fills names the seller (s67 h-sup90)
    from_sellers = _from_suppliers(ctx, verb)  # (read once: the tail's test and the chain)
    tail = order_tail(ctx, verb) if seller is None and not passive else None
    if tail is not None and from_sellers and not {m.span for m in tail.sellers} <= {
            m.span for m in from_sellers}:
        # (a "from" the tail's clause did not give: that seller's own receipt; where the
        # parser hung the tail's clause inside the object, the tail still names the weapon
        # it describes, "took delivery on Tuesday of X, the first of two …"; s68 h-sup108)
        tail = None
    suppliers = ([m for m in [_best_actor(ctx, seller)] if m is not None]
                 or from_sellers
                 or list(tail.sellers if tail is not None else ())
                 or [m for o in split for t in o.subtree for p in _prep_objects(t, {"from"})
                     if (m := _best_actor(ctx, p)) is not None][:1]
                 or _deal_sellers(ctx, verb)
                 or through_sellers(ctx, verb)  # "ordered jets through the US Navy"
                 or former_services(ctx, objects)  # "took over the former US Navy frigate"
                 or _national_sellers(ctx, objects)  # "Mali receives Russian helicopters"
                 or [m for o in objects for c in o.children  # "received Germany's tanks"
                     if c.dep_ == "poss" and c.pos_ != "PRON"
                     if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")][:1])
    if copular:  # "its first carrier was …, bought from Britain": no seller's own service,
        # where "its" took the nearest service ("acquired frigates from the Royal Navy, and")
        recipients = [r for r in recipients if r not in copular or not any(
            bracketed(r.key or "") == s.key for s in suppliers)]
    if passive and not recipients:  # "were bought under a contract that Chile signed with"
        deals = [d for d in _prep_objects(verb, {"in", "under"}) + _after_interjected_source(verb)
                 if _deal_noun(ctx, d)]
        recipients = _deal_recipient(ctx, deals, suppliers)
    # "turned to France and bought Mirage jets from Dassault": the state turned to sells too
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in ctx.rules.words["turning"]:
        suppliers += [m for p in _prep_objects(verb.head, {"to"})
                      if (m := _best_actor(ctx, p)) is not None and m not in suppliers]
    # "bought tanks from Poland and helicopters from Russia": each seller its own weapons
    # (the second purchase stands even where the first seller is no actor the entity stage
    # named)
    gapped = _gapped_purchases(ctx, verb, objects)
    # "bought arms from several countries, among them jets from Israel and …": the sellers
    # the example list names sell what it lists before each (h-slice73)
    examples = example_sales(ctx, verb)
    suppliers = [s for s in suppliers if not any(s in sellers for sellers, _ in examples)]
    if not suppliers and not gapped and not examples:
        return []
    items: list[Mention] = []  # required: money received is no supply
    for obj in objects:
        # "jets that Pakistan received …, and frigates built by …": not the conjunct; but
        # "the tanks and howitzers that Poland ordered": the clause on the last conjunct
        # holds for the list
        # ("M41s and the Leopard 1A1s that Brazil bought": a conjunct with a determiner of its
        # own is a phrase of its own; s52 h-sup74)
        alone = obj.dep_ != "conj" or bool(_children(obj, {"det"}))
        roots = [obj] if verb.dep_ == "relcl" and alone else [obj, *obj.conjuncts]
        if obj.lemma_.lower() in ctx.rules.words["transfer_nouns"]:
            roots = _transferred(verb, obj)
        after = _conjuncts_after(verb, obj)
        for r in roots:
            if r.i in after or r.i < obj.i and verb.head.i == obj.i and any(
                    c.dep_ in ("acl", "relcl") for c in r.children):
                continue  # "howitzers supplied by France and tanks it bought": its own clause
            # not in a clause inside the object: "French help in building its submarine"
            inner = after | {t.i for v in r.subtree if v.pos_ == "VERB" and v.i != r.i
                             for t in v.subtree}
            items.extend(m for m in ctx.mentions(r.subtree, ctx.role("item"), exclude=inner)
                         if m not in items and _held_by(ctx, m, r))
    material = any(t.lemma_.lower() in ctx.rules.words["supply_objects"]
                   for o in objects for t in o.subtree)  # "bought most of its arms from"
    # "bought 12 of them from Rosoboronexport": goods the text before named (h-sup122)
    anaphors = [a for o in objects if (a := pronoun_goods(ctx, o)) is not None] \
        if from_sellers else []
    material = material or bool(anaphors)
    if subj is None and (verb.dep_ == "acl" or aside is not None) and objects:
        # "the submarine is the first of three ordered from HDW": the copula's subject too
        items.extend(m for m in copular_items(ctx, objects[0]) if m not in items)
    if not items:  # "the F-15I, a strike jet that it bought from": the jet described (h-sup95)
        items = described_items(ctx, verb)
    if not items:
        items = _elided_count_items(ctx, verb)  # "…, the first of 40 that Pakistan is buying"
    if not items:  # "… and Poland bought 10 more from the Czech Republic"
        items = [m for o in objects for m in _more_items(ctx, o)][:1]
    if not items:  # "The Bushmaster … The Dutch army bought 100 of the vehicles from"
        items = [m for o in objects for m in _partitive_count_items(ctx, o)][:1]
    if not items:
        items = [m for a in anaphors for m in pronoun_items(ctx, a)][:1]
    items.extend(m for m in _deal_items(ctx, verb) + _along_with_items(ctx, verb)
                 + _included_items(ctx, verb, objects) if m not in items)
    # "The frigate X is one of four warships that Peru ordered from Italy": X was ordered too
    items.extend(m for m in order_copular_items(ctx, verb) if m not in items)
    if tail is not None:  # (the order's weapons and buyer: the state the navy serves)
        items.extend(m for m in tail.items if m not in items)
        recipients = [*recipients, *(b for b in tail.buyers if b.key not in
                                     {r.key for r in recipients if r.key is not None})]
    along = _along_with_purchases(ctx, verb) + examples  # (weapons with sellers of their own)
    items = [m for m in items if not any(m in sold for _, sold in along)]
    apart = {m for sellers, _ in gapped for m in sellers}
    theirs = {m for _, own in gapped for m in own or ()}
    shares = [(s, [m for m in items if m not in theirs]) for s in suppliers
              if s not in apart or not gapped] + \
        [(s, own) for sellers, own in gapped if own is not None for s in sellers]
    shares = _parted_by_from(verb, shares, ctx.offset)
    out = []
    for s, sold in shares:
        if any(r.key is not None and r.key == s.key for r in recipients):
            continue  # "received tanks from its allies": "its" is the recipient itself
        to = [r for r in recipients if r.span != s.span]
        # (an order's tail is material: "the first of three boats it ordered from X")
        if sold or (material or gapped or tail is not None) and to:  # "the frigates ordered from X"
            out.extend(_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [r] if r else [], "item": sold})
                for r in to or [None])
    for sellers, sold in along:
        for s in sellers:
            to = [r for r in recipients if r.span != s.span and r.key != s.key]
            out.extend(_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [r] if r else [], "item": sold})
                for r in to or [None])
    return out


def _leaders_side(ctx: _Sentence, noun: Token | None) -> Mention | None:
    """The person whose side's armed men ``noun`` names ("Ardzinba's fighters", "Aoun's
    forces"): a leader's men are his side, the recipient (dev d370, d373); None for any
    other noun or possessor, and for a person the article affiliates with a state ("Assad's
    forces" are his state's)."""
    if noun is None or noun.lower_ not in ctx.rules.words["leader_side_nouns"]:
        return None
    owner = next((ctx.own(c) for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.cls != "Person" or \
            _leader_states(owner, ctx.by_token.values()):
        return None
    return owner


def _passive_holders(ctx: _Sentence, patient: Token | None) -> list[Mention]:
    """The possessor of what a passive verb says was bought: "Kenya's tanks were bought from
    China", also of a share of it ("Much of Noriega's arsenal was bought from Cuba", dev
    d412). A person who owns a leader's side noun (``_leaders_side``) only where the article
    affiliates him with no state (then it is his state's, d409)."""
    if patient is not None and patient.lemma_.lower() in ctx.rules.words["amount_nouns"]:
        patient = next(iter(_prep_objects(patient, {"of"})), patient)
    out = [m for c in (_children(patient, {"poss"}) if patient is not None else [])
           if (m := _best_actor(ctx, c)) is not None][:1]
    if out and out[0].cls == "Person" and \
            patient.lower_ in ctx.rules.words["leader_side_nouns"]:
        return [m for m in [_leaders_side(ctx, patient)] if m is not None]
    return out


def _aside_on_item(ctx: _Sentence, verb: Token) -> Token | None:
    """"arm them with Harpoon missiles, bought from the United States, and …": a bare
    participle set off by a comma right after a weapon, which the parser hung on the clause's
    verb as an adverbial clause; the weapon's noun, which the participle describes (s48
    h-sup45)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or \
            verb.doc[verb.i - 1].text != "," or \
            _children(verb, {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"}):
        return None
    noun = verb.doc[verb.i - 2]
    item = ctx.own(noun)
    if noun.pos_ not in ("NOUN", "PROPN") or not verb.head.is_ancestor(noun) or \
            item is None or item.cls not in ctx.role("item"):
        return None
    return noun


def _participle_on_held(ctx: _Sentence, verb: Token) -> tuple[Token, Token] | None:
    """"Its air force flies F-86 jets bought from the United States", "flies Phantoms and
    F-5s bought from …": a bare participle after weapons that a verb of holding
    (``holding_verbs``) governs, which the parser took for a clause with the weapons as its
    subject or for a verb coordinated with the holding verb; (the weapons' noun, the holding
    verb). The holder bought them, as in the parsed "fields Patriots bought from" (h-sup13)."""
    # (the parser may tag the participle as a past tense: weapons buy nothing)
    if verb.tag_ not in ("VBN", "VBD") or _children(verb, {"aux", "auxpass", "nsubjpass"}) \
            or any(o.i > verb.i for o in _children(verb, {"dobj"})):
        return None
    holding_verbs = ctx.rules.words["holding_verbs"]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        if subj.i > verb.i or ctx.own(subj) is not None and ctx.own(subj).cls not in \
                ctx.role("item") or not ctx.mentions(subj.subtree, ctx.role("item")):
            return None
        holding = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if holding is None or holding.lemma_.lower() not in holding_verbs:
            return None
        return subj, holding
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in holding_verbs:
        return None
    before = verb.doc[verb.i - 1]
    return next(((o, verb.head) for o in _children(verb.head, {"dobj"})
                 if before.i in {o.i, *(c.i for c in o.conjuncts)}
                 if (m := ctx.own(before)) is not None and m.cls in ctx.role("item")), None)


def _national_sellers(ctx: _Sentence, objects: list[Token]) -> list[Mention]:
    """The seller states the nationality of what was bought names (SU6): "receives Russian
    helicopters"; through a transfer or an amount ("some $11 billion worth of Russian weapons",
    "growing numbers of American and Israeli weapons", issue 12, h-sup6), each coordinated
    nationality; the first head that bears one."""
    words = ctx.rules.words
    for o in objects:
        if _unmeasured_aid(ctx, o):
            continue  # "receives American military aid": money, no seller (SU11)
        through = o.lemma_.lower() in words["transfer_nouns"] or \
            o.lemma_.lower() in words["amount_nouns"]
        for h in (o, *(_prep_objects(o, {"of"}) if through else [])):
            found = _nationals(ctx, h)
            if h is not o and not (_material(ctx, h)
                                   or ctx.mentions(h.subtree, ctx.role("item"))):
                continue  # "worth of Russian advisers": no material bought
            found += [m for t in h.subtree if t.dep_ == "conj" and t.i < h.i
                      and ctx.own(t.head) in found
                      and (m := ctx.own(t)) is not None and m.cls == "Country"
                      and m not in found]
            if found:
                return found
    return []


def _gapped_purchases(ctx: _Sentence, verb: Token, objects: list[Token]
                      ) -> list[tuple[list[Mention], list[Mention] | None]]:
    """"bought T-72 tanks from Poland and Mi-17 helicopters from Russia": a second object
    with its own "from", gapped after the first seller (the parser coordinates it with the
    verb or with that seller): its sellers and its weapons, None for no material (issue 12,
    h-supp5).

    The "from" gap is read by four functions, each for what the others cannot see; no one
    rule "each object takes the nearest 'from' after it" replaces them (h-clean1, h-clean2):
    - this one finds the gapped objects in the parse (a noun conjunct of the verb, or a
      conjunct of a first seller) and gives each the "from" hung on it, else `_next_from`'s;
      it also drops what is no material ("and advice from Russia": None), which a seller
      rule cannot say;
    - `_next_from` finds that "from" where the parser hung it beside the first one (on the
      verb or the first object) or on the first "from" itself: a parse repair, tried only
      for an object the parser put inside the first seller's phrase, and only among the
      "from"s hung there, so a "from" of another clause is never taken;
    - `_shared_seller_objects` is the opposite case, a gapped object with no "from" of its
      own nor a next one ("18 MiG-29s from Russia in 1994 and 18 Su-30s in 2003"): it
      takes the seller *before* it, where a nearest-after rule would give it none or the
      wrong one, and it adds an object to ``objects`` rather than a share;
    - `_parted_by_from` works after the shares are made, on the surface order of every
      "from" after the verb (character offsets, not the parse), cutting each seller's weapons
      to those between the previous seller's "from" and its own, whatever the parse did; it
      applies only where two or more sellers follow a "from" each and every such "from" has
      weapons before it, and a "from" no seller follows ("from 2019") plays no part.
    Which objects exist (the first three) and which weapons each seller keeps (the last) are
    decided at different stages, on the parse and on the word order respectively."""
    firsts = _prep_objects(verb, {"from"}) + [p for o in objects
                                              for p in _prep_objects(o, {"from"})]
    out = []
    for g in [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] + \
            [c for p in firsts for c in p.conjuncts if c.i > p.i]:
        froms = _prep_objects(g, {"from"}) or _next_from(g, firsts)
        inside = {t.i for p in froms for t in p.subtree}
        own = [m for m in ctx.mentions(g.subtree, ctx.role("item"), exclude=inside)
               if _held_by(ctx, m, g)]
        sellers = [m for p in froms for m in _conjoined_actors(ctx, p)]
        # (a weapon kind the entity stage left unnamed still parts the sellers: "… and jets
        # from France"; what is no material, "and advice from Russia", is no supply at all)
        weapons = own or _material(ctx, g) or \
            g.lemma_.lower() in ctx.rules.words["weapon_anaphors"]
        if sellers:
            out.append((sellers, own if weapons else None))
    return out


def _shared_seller_objects(ctx: _Sentence, verb: Token, objects: list[Token]) -> list[Token]:
    """"bought 18 MiG-29s from Russia in 1994 and 18 Su-30 fighters in 2003": a second object
    the parser coordinated with the verb after the seller, with no seller (nor subject) of its
    own, was bought from the same seller (``_gapped_purchases`` keeps those with their own
    "from", and says how the four "from"-gap functions differ; h-sup35)."""
    firsts = _prep_objects(verb, {"from"})
    if not firsts or not objects or verb.dep_ in ("relcl", "acl"):
        return []  # ("fighters, 45 of which the navy bought from Russia, and helicopters")
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            and c.i > firsts[0].i and c not in objects
            and not any(d.dep_ in SUBJECTS for d in c.children)
            and not _prep_objects(c, {"from"}) and not _next_from(c, firsts)
            and any(_held_by(ctx, m, c) for m in ctx.mentions(c.subtree, ctx.role("item")))]


def _parted_by_from(verb: Token, shares: list[tuple[Mention, list[Mention]]], offset: int = 0
                    ) -> list[tuple[Mention, list[Mention]]]:
    """"bought Rafale jets from France and MiG-29 fighters from Russia": each seller keeps the
    weapons written before its own "from" and after the previous seller's, whatever the parse
    (it may hang the second object or seller on either "from"; d254, d337). Only where each
    such "from" has weapons of its own; weapons after the last one stay shared (see
    ``_gapped_purchases`` for the other "from"-gap functions). ``offset`` is the parsed
    piece's in the document, as for mention spans."""
    froms = [t.idx + offset for t in verb.doc[verb.i + 1 : verb.sent.end] if t.lower_ == "from"]

    def before(at: int) -> int | None:  # (document offsets, as mention spans)
        return max((f for f in froms if f < at), default=None)

    owner = {s.span.start: before(s.span.start) for s, _ in shares}
    parts = sorted({f for f in owner.values() if f is not None})
    if len(parts) < 2:
        return shares
    items = {m for _, sold in shares for m in sold}
    part = {m: min((f for f in parts if f >= m.span.end), default=None) for m in items}
    if not all(f in part.values() for f in parts):
        return shares
    return [(s, [m for m in sold if part[m] is None or part[m] == owner[s.span.start]])
            for s, sold in shares]


def _next_from(gapped: Token, firsts: list[Token]) -> list[Token]:
    """"bought jets from A and tanks from B": the parser may hang the second "from" beside the
    first (on the verb or the object) or on the first "from" itself rather than on the gapped
    object; the nearest such "from" after the gapped object is its own (issue 12, h-supp3;
    see ``_gapped_purchases`` for the other "from"-gap functions)."""
    later = sorted((p for f in firsts
                    for p in _prep_objects(f.head.head, {"from"}) + _prep_objects(f.head, {"from"})
                    if p.i > gapped.i and gapped.i in {t.i for t in f.subtree}),
                   key=lambda p: p.i)
    return later[:1]


def _included_items(ctx: _Sentence, verb: Token, objects: list[Token]) -> list[Mention]:
    """"bought most of its arms from Moscow, including MiG-29 fighters and T-72 tanks": the
    weapons a purchase of material lists after "including", wherever the parser hangs it in
    the verb's own clause (issue 12, h-supp5); only where what was bought is material."""
    if not any(_material(ctx, t) for o in objects for t in (o, *_prep_objects(o, {"of"}))):
        return []
    # (a reduced relative "armoured cars bought from Israel, including …": "including" hangs
    # on the noun the clause modifies, outside the clause; issue 12, h-supp7)
    # (or a relative clause: "the US weapons it has ordered, including …"; h-sup67)
    on_object = [p for o in objects if verb.dep_ in ("acl", "relcl") and o.i == verb.head.i
                 for c in o.children if c.dep_ == "prep" for p in _example_objects(c)]
    # (not what a listed item is for: "the Aegis radar for its destroyers"; h-sup67)
    return [m for p in _listed_examples(verb) + on_object
            for m in ctx.mentions(p.subtree, ctx.role("item")) if _held_by(ctx, m, p)]


def _along_with_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Weapons bought or sold "along with" / "together with" the object, wherever the parser
    hangs the phrase in the verb's own clause (issue 12)."""
    out: list[Mention] = []
    for w in _along_with(verb.subtree, {verb.i}):
        out.extend(m for p in _pobjs(w) for m in ctx.mentions(p.subtree, ctx.role("item"))
                   if m not in out)
    return out


def _along_with(tokens: Iterable[Token], clauses: set[int]) -> list[Token]:
    """The "with" of each "along with" / "together with" among ``tokens`` that hangs, however
    deep, in the clause of one of the verbs ``clauses``."""
    out: list[Token] = []
    for w in tokens:
        if w.lower_ != "with" or w.i == 0 or w.doc[w.i - 1].lower_ not in ("along", "together"):
            continue
        if _clause_verb(w.head).i in clauses:
            out.append(w)
    return out


def _along_with_purchases(ctx: _Sentence, verb: Token
                          ) -> list[tuple[list[Mention], list[Mention]]]:
    """"flies MiG-21s bought from Moscow, along with Alpha Jets from France and West Germany":
    weapons joined to a purchase by "along with" / "together with" that name sellers of their
    own in a "from" phrase, on the purchase or on the verb of holding whose object it
    modifies; (sellers, weapons) per phrase (issue 12, h-sup22)."""
    heads = {verb.i}
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and \
            verb.head.head.lemma_.lower() in ctx.rules.words["holding_verbs"]:
        heads.add(verb.head.head.i)
    out: list[tuple[list[Mention], list[Mention]]] = []
    for w in _along_with(ctx.sent, heads):
        for p in _pobjs(w):
            froms = _prep_objects(p, {"from"})
            sellers = [m for f in froms for m in _actors(ctx, f)]
            sold = ctx.mentions(p.subtree, ctx.role("item"),
                                exclude={t.i for f in froms for t in f.subtree})
            if sellers and sold:
                out.append((sellers, sold))
    return out


def _share_holders(ctx: _Sentence, held: Token) -> list[Mention]:
    """Who holds the weapons a share is taken of: "its 16 boats", "Chile operates ten
    frigates"."""
    owner = ctx.subject(held.head)[0] if held.dep_ == "dobj" else None
    return _possessors(ctx, held) or _actors(ctx, owner)


def _gapped_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"sold tanks to Peru and helicopters to Bolivia": with two "to" phrases on the verb the
    parser may coordinate the second object with the first recipient; a weapon inside a "to"
    phrase is then a gapped object, never a recipient (issue 12)."""
    tos = [c for c in verb.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")]
    if len(tos) < 2:
        return []
    return [m for t in tos for p in _pobjs(t) for m in _held_items(ctx, p)]


def _lost_relative(ctx: _Sentence, verb: Token) -> Token | None:
    """"the jets that Chile's air force bought": the small model may hang the relative clause's
    verb on its possessed subject as a modifier and the pronoun elsewhere; read off the words,
    the noun before "that"/"which" is what the subject bought (issue 12). So too for a subject
    that names an actor without a possessor ("the bombers of No. 5 Squadron, which the air
    force bought from Britain": the noun the "of" phrase hangs on; h-supp4)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.i > verb.i:
        return None
    owners = _children(verb.head, {"poss"})
    buyer = ctx.own(verb.head)
    if not owners and (buyer is None or buyer.cls not in ctx.role("actor")):
        return None
    at = (owners[0] if owners else verb.head).left_edge.i
    at += verb.doc[at].lower_ in ("that", "which")  # (the pronoun hung on the subject)
    if at < 2 or verb.doc[at - 1].lower_ not in ("that", "which"):
        return None
    noun = verb.doc[at - 2]
    if not owners and noun.text == "," and at > 2:  # ", which the air force bought"
        noun = verb.doc[at - 3]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and not ctx.mentions(
                [noun], ctx.role("item")) and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _partitive_antecedent(verb: Token, subj: Token | None) -> Token | None:
    """The weapons a partitive subject ("several of them", "most of which") takes a share of:
    the noun before its comma, first of its conjuncts (issue 12)."""
    if subj is None or not any(p.lower_ in ("them", "which")
                               for p in _prep_objects(subj, {"of"})):
        return None
    comma = subj.left_edge.i - 1
    if comma < 1 or verb.doc[comma].text != ",":
        return None
    noun = verb.doc[comma - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _built_for(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"The shipyard builds patrol boats for the border force", "China built submarines for
    Pakistan", "frigates built by Fincantieri for Egypt": the builder supplies each state or
    force the work is for (issue 12), each one a list names ("for Egypt, Brazil and Chile's
    navy", "for navies around the world, including those of Chile and Peru"; s63 h-sup80).
    Nothing without both an item and such a recipient. Work in progress ("is building … for")
    is a supply too (the dev README's *Gold harmonised in stop 55* (26) and stop 56's census of
    builders: the older unasserted reading is superseded)."""
    subj, passive = ctx.subject(verb)
    if passive or verb.dep_ == "acl":
        builder, made = _agent(verb), [c for c in verb.children if c.dep_ == "nsubjpass"]
        made = made or ([verb.head] if verb.dep_ == "acl" else [])
    else:
        # "the frigates that China built for Pakistan": what the relative pronoun stands for
        builder, made = subj, [o for o in [_object(verb)] if o is not None]
        if not made or made[0].lower_ in RELATIVE_PRONOUNS:
            # ("the Type 26 frigate that the company is building for …" hung on a verb)
            made = [o for o in [_misparsed_relative(ctx, verb)] if o is not None] or made
    suppliers = _actors(ctx, builder)
    if not any(s.cls == "Company" for s in suppliers):
        suppliers = _contracted_firm(ctx, verb) or suppliers
    items = [m for o in made for r in (o, *o.conjuncts) for m in _held_items(ctx, r)]
    heads = [verb, *made, *([builder] if builder is not None else [])]  # "by X for Egypt"
    # "builds parts for the Hornet and for other American aircraft": work for a weapon is
    # subcontracting, its maker's nationality no recipient (s44 h-sd1)
    recipients = [m for h in heads for p in _prep_objects(h, {"for"}) if not _weapon_noun(ctx, p)
                  for c in _listed_buyers(ctx, p, verb)
                  if (m := _best_actor(ctx, c)) is not None and m.cls in ctx.role("actor")]
    out = []
    for s in suppliers:
        to = [r for r in recipients if r.span != s.span and (r.key is None or r.key != s.key)]
        # one line a buyer, its first mention (the verb and its object may both carry "for")
        firsts: dict[str, Mention] = {}
        for r in to:
            firsts.setdefault(r.key or r.span.text, r)
        to = list(firsts.values())
        if items and to:
            out.extend(_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [r], "item": items}) for r in to)
    return out


def _handed_share(ctx: _Sentence, verb: Token, item_roots: list[Token]) -> list[Token]:
    """"Norway hands first of four submarines to Polish navy", "handed over the submarine X to
    the navy on Thursday, the first of two Scorpene boats …": the share the parser hangs on
    the verb as an adverb holds the goods (h-sup131). A share with its own "the" beside an
    object of the verb restates the goods: only a named class or model counts ("Scorpene
    boats", "Sandown-class vessels"), not a plain kind ("the frigate X …, the first of three
    warships": E6)."""
    shares = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")
              and c.lower_ in ctx.rules.words["received_share_heads"]]
    objects = item_roots or _children(verb, {"dobj"})
    return [p for c in shares for p in _prep_objects(c, {"of"})
            if not (objects and _children(c, {"det"})) or any(
                t.text[:1].isupper() for t in p.doc[p.left_edge.i : p.i + 1])]


def _members_named(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"sold the jet to a dozen air forces, among them those of Chad and Mali", "delivered
    trainers to air forces around the world, including those of Peru and Iraq": a group of
    unnamed forces (no recipient, SU10) whose members a following "those of" names after
    "including" or "among (them)"; each named state or force received (issue 12, h-sup129).
    The parser hangs "those" on the verb as an object or on the preposition."""
    out: list[Mention] = []
    for those in verb.subtree:
        if those.lower_ != "those" or those.i < verb.i + 2 or not (
                those.dep_ == "dobj" and those.head.i == verb.i
                or those.dep_ == "pobj" and those.head.lower_ in ("including", "among")):
            continue
        before = verb.doc[those.i - 1]
        if before.lower_ not in ("including", "among") and not (
                before.lower_ == "them" and verb.doc[before.i - 1].lower_ == "among"):
            continue
        # the group: a plural common noun that names no one, between the verb and the list
        if not any(t.tag_ == "NNS" and ctx.own(t) is None and t.dep_ in ("dobj", "pobj")
                   for t in verb.doc[verb.i + 1:before.i]):
            continue
        out.extend(m for o in _prep_objects(those, {"of"}) for t in (o, *o.conjuncts)
                   if (m := _best_actor(ctx, t)) is not None and m.cls in ctx.role("actor")
                   and m not in out)
    return out


def _listed_buyers(ctx: _Sentence, buyer: Token, verb: Token) -> list[Token]:
    """The buyers a builder's "for" names: the object and its conjuncts ("for Israel, Norway
    and Germany's own navy"); for a plural common noun no actor ("for navies around the
    world"), the names a following "including those of" lists, hung on the noun or on the
    verb (s63 h-sup80)."""
    out = [buyer, *buyer.conjuncts]
    if buyer.tag_ != "NNS" or ctx.own(buyer) is not None:
        return out
    for inc in (*_children(buyer, {"prep"}), *_children(verb, {"prep"})):
        if inc.lower_ != "including" or inc.i < buyer.i:
            continue
        for those in _pobjs(inc):
            if those.lower_ in ("those", "that"):
                out.extend(t for o in _prep_objects(those, {"of"}) for t in (o, *o.conjuncts))
    return out


def _weapon_noun(ctx: _Sentence, tok: Token) -> bool:
    """A weapon named or a word for material ("the Hornet", "American aircraft")."""
    own = ctx.own(tok)
    return own is not None and own.cls in ctx.role("item") or own is None and \
        tok.lemma_.lower() in ctx.rules.words["supply_objects"]


def _contracted_firm(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"Chile signed a contract with Asmar to build two frigates for its navy": the firm a
    signer contracts "to build" is the builder, not the signing state (issue 12, h-supp3)."""
    sign = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    if sign.pos_ == "NOUN" and ctx.own(sign) is not None and \
            ctx.own(sign).cls in ctx.role("agreement"):
        sign = sign.head  # "signed a contract … to build": the infinitive on the deal
    if "signed" not in ctx.rules.relations_for(sign.lemma_.lower()):
        return []
    heads = [sign, *_children(sign, {"dobj"})]
    return [m for h in heads for p in _prep_objects(h, {"with"})
            if (m := _best_actor(ctx, p)) is not None and m.cls == "Company"][:1]


def _deal_sellers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The other party of the deal a purchase is made under: "signed agreements with France
    to buy submarines", "ordered two ships in a contract signed with DCNS"."""
    heads, deals = [], []
    v = verb
    for _ in range(3):  # "signed an agreement with France to buy": the signing verb's "with"
        if v.dep_ not in ("advcl", "xcomp", "acl", "conj") or v.head.i == v.i:
            break
        v = v.head
        if "signed" in ctx.rules.relations_for(v.lemma_.lower()) or _signed_deal_noun(ctx, v):
            heads += [v, *_children(v, {"dobj"})]  # "signed agreements with France"
            break
    for deal in [*_prep_objects(verb, {"in", "under", "through", "via"}),  # "in a contract …"
                 *_part_of_deals(verb)]:
        named = ctx.own(deal) is not None and ctx.own(deal).cls in ctx.role("agreement")
        if named or _deal_noun(ctx, deal):  # (or one the entity stage left unnamed: "a package")
            # (an unnamed one's clause only when it signs: not "a programme that competes with")
            heads += [deal, *(c for c in deal.children if c.dep_ in ("acl", "relcl") and (
                named or "signed" in ctx.rules.relations_for(c.lemma_.lower())))]
            heads += _signing_on_sum(ctx, deal)
            deals.append(deal)
    return _cosigned_firms([m for m in _with_parties(ctx, heads) if m.cls != "Person"]) or \
        _signed_under_which(ctx, verb) or _national_seller(ctx, verb, deals)


def _national_seller(ctx: _Sentence, verb: Token, deals: list[Token]) -> list[Mention]:
    """"buys 20 Mirage jets in first big French fighter deal": the state the deal's nationality
    names, not the buyer's, sells (s44 h-sd1); read only when the deal names no other party."""
    if not deals:
        return []
    buyers = {m.key for m in _actors(ctx, ctx.subject(verb)[0])}
    return [m for deal in deals for c in deal.subtree
            if c.i < deal.i and c.dep_ in ("amod", "compound")
            and c.head.i in {deal.i, *(k.i for k in deal.children if k.dep_ == "compound")}
            and (m := ctx.own(c)) is not None and m.cls == "Country" and m.key not in buyers][:1]


def _part_of_deals(verb: Token) -> list[Token]:
    """The deal after "as part of" on the verb ("bought the jets as part of a package …")."""
    return [d for p in _prep_objects(verb, {"as"}) if p.lower_ == "part"
            for d in _prep_objects(p, {"of"})]


def _signing_on_sum(ctx: _Sentence, deal: Token) -> list[Token]:
    """The signing clause the parser hung on the sum of the deal's "worth" ("a package worth
    about $1 billion signed with Rosoboronexport", "a contract worth A$335 million signed with
    Canberra"): it is the deal's own clause (issue 12, h-supp2)."""
    worth = [w for w in deal.subtree if w.lower_ == "worth" and w.head.i == deal.i]
    return [c for w in worth for c in w.subtree if c.dep_ in ("acl", "relcl")
            and "signed" in ctx.rules.relations_for(c.lemma_.lower())]


def _signed_under_which(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"A and B signed a memorandum under which B will buy 72 jets": a purchase under a deal
    two parties signed is made from the one that is not the buyer (dev conventions of
    d146–d165: an obligation under a signed deal is a supply)."""
    deal = verb.head
    if verb.dep_ != "relcl" or not any(o.lower_ in RELATIVE_PRONOUNS
                                       for o in _prep_objects(verb, {"under"})):
        return []
    own = ctx.own(deal)
    if not (own is not None and own.cls in ctx.role("agreement")
            or deal.lemma_.lower() in ctx.rules.words["agreement_nouns"]):
        return []
    signing = deal.head if deal.dep_ == "dobj" else None
    if signing is None or "signed" not in ctx.rules.relations_for(signing.lemma_.lower()):
        return []
    subj, passive = ctx.subject(signing)
    if passive or _negated(signing, subj, ctx.rules.words) or _planned(signing, ctx.rules.words):
        return []  # "will sign a memorandum under which …": nothing binds anyone yet
    buyer = ctx.subject(verb)[0]
    named = [m for m in _actors(ctx, buyer) if ctx.names(m, buyer)]
    # the buyer named in the clause itself ("the kingdom" may point at either party)
    buyers = {m.key or m.lemma for m in named}
    others = [m for m in (*_actors(ctx, subj), *_with_parties(ctx, [signing, deal]))
              if m.cls != "Person" and (m.key or m.lemma) not in buyers]
    return others if buyers and len({m.key or m.lemma for m in others}) == 1 else []


def _supplies(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """The supplies a verb states, and the goods given back for them (``_exchanged``)."""
    found = [with_renamed_items(ctx, verb, r) for r in _verb_supplies(ctx, verb)]
    return found + _exchanged(ctx, verb, found)


def _exchange_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The weapons an "in exchange for" / "in return for" phrase on the verb or its object
    names ("handed its bombers back to Russia in exchange for Su-27 fighters"); none for
    money, fuel or other goods no item mention names (SU11)."""
    nouns = ctx.rules.words["exchange_nouns"]
    heads = [verb, *_children(verb, {"dobj"})]
    return [m for h in heads for p in _children(h, {"prep"}) if p.lower_ == "in"
            for n in _children(p, {"pobj"}) if n.lemma_.lower() in nouns
            for f in _children(n, {"prep"}) if f.lower_ == "for"
            for m in ctx.mentions(f.subtree, ctx.role("item"))]


def _exchanged(ctx: _Sentence, verb: Token, found: list[RelationMention]
               ) -> list[RelationMention]:
    """"Kazakhstan handed its Tu-95 bombers back to Russia in exchange for Su-27 fighters",
    "Poland bought ten more from the Czech Republic in exchange for helicopters": a swap is
    two transfers; the weapons given for the goods go the other way, from the recipient to
    the supplier of the stated supply (one relation per pair; SU8's returns are transfers
    too, so the giver back is a supplier, dev d478, d242) (stop 33, h-sup25)."""
    items = _exchange_items(ctx, verb)
    if not items:
        return []
    out: list[RelationMention] = []
    seen: set[tuple] = set()
    for r in found:
        for supplier in r.role("supplier"):
            for recipient in r.role("recipient"):
                key = (recipient.key or recipient.span, supplier.key or supplier.span)
                if recipient.span == supplier.span or key in seen:
                    continue
                seen.add(key)
                out.append(_relation(ctx, "supplies", verb, {
                    "supplier": [recipient], "recipient": [supplier], "item": items}))
    return out


def _verb_supplies(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    transfer = ctx.rules.words["transfer_nouns"]
    misread = misread_reduced_passive(ctx, verb)
    if misread:  # "<weapons> lent by <state> to <state> have been …" read as active (h-sup115)
        return misread
    if verb.lemma_.lower() in ctx.rules.words["depending"]:
        return _depends(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["winning"]:
        return _won_order(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["coming"]:
        return _comes_from(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["spending"]:
        return _spent_on(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["licensed_making"]:
        licensed = _licensed(ctx, verb)
        if licensed or verb.lemma_.lower() not in ctx.rules.words["building_for"]:
            return licensed  # ("produce", "assemble": a supply only under a licence)
    if verb.lemma_.lower() in ctx.rules.words["building_for"]:
        return _built_for(ctx, verb)
    giving = verb.lemma_.lower() in ctx.rules.words["two_way"] and \
        _directed_objects(verb, ctx.rules.to_preps) and not _from_suppliers(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["receiving"] and not giving or \
            _handed_from(ctx, verb) or (
            verb.lemma_.lower() == "take" and any(
                o.lemma_.lower() in transfer for o in _children(verb, {"dobj"}))) or \
            _taken_over(ctx, verb):
        return _received(ctx, verb)
    if verb.lemma_.lower() == "take" or _bidding(ctx, verb) or _result_of_receipt(ctx, verb):
        return []
    if verb.lemma_.lower() in ctx.rules.words["over_only"] and not any(
            c.lower_ == "over" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        return []  # "turned to France": no hand-over (h-supp2)
    subj, passive = ctx.subject(verb)
    if subj is not None and not passive and verb.dep_ == "conj" and subj.head.i != verb.i \
            and subj.head.lower_ != "by" and _children(verb, {"auxpass"}) and (
                _agent(verb) is not None or ctx.own(subj) is None
                or any(_prep_objects(r, {"by"}) for r in _prep_objects(verb, {"with"}))
                or ctx.own(subj).cls not in ctx.role("actor")):
        # "The Gepard entered German service and has been sold to Belgium": the subject shared
        # with the first verb is what the passive second one supplied (as in ``_received``),
        # and "Egypt signed … and was supplied with jets by France" received (an actor with no
        # agent is left alone: the parser may hang a relative clause's passive on the verb)
        passive = True
    deal = _worth_deal(ctx, verb) if subj is None else None
    deal = verb.head if deal is None else deal
    if subj is None and _deal_noun(ctx, deal) and (verb.dep_ == "acl" or (
            verb.dep_ in ("relcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                    for c in verb.children))):
        # (an infinitive the parser takes for a relative clause: "a deal to supply")
        # "Saab won a contract to supply …", "was awarded a contract to deliver …": the firm
        # bound by the contract supplies
        words = ctx.rules.words
        if deal.head.lemma_.lower() in (words["planning_heads"] | words["blocking"]
                                        | words["signing_not_done"] | ctx.rules.denying):
            return []  # "rejected a deal to supply", "is seeking a contract to supply"
        subj, passive = ctx.subject(deal.head)[0], False
    # ("Renamo was later armed by Pretoria": a supply of nothing named, as the active; h-sup33)
    armed = verb.lemma_.lower() in ctx.rules.words["equipping"]
    shared = _coordinated_passive(verb, armed)
    if shared is not None:  # "which was trained and supplied by Iran" (issue 12, h-supp7)
        return _supplied_to(ctx, verb, shared, bare=True)
    if armed and verb.dep_ == "acl" and verb.tag_ == "VBN" and _equipping_agents(ctx, verb) \
            and not _children(verb, {"dobj"}) and not _prep_objects(verb, {"with"}) and (
                _is_force(verb.head, ctx) or (m := ctx.own(verb.head)) is not None
                and m.cls in ("Agency", "Country")):
        # "Morocco's army, equipped mainly by France", "His army, armed first by Moscow and
        # then by Washington": the reduced passive's force was armed, nothing named
        return _supplied_to(ctx, verb, verb.head, bare=True)
    if passive:
        # "Hamas, which was equipped and trained by Iran": the relative pronoun's antecedent
        patient = verb.head if armed and verb.dep_ == "relcl" and subj is not None and \
            subj.lower_ in RELATIVE_PRONOUNS else subj
        return _supplied_to(ctx, verb, patient, bare=armed) or \
            _supplied_under_deal(ctx, verb, subj)
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and _agent(verb) is not None and ctx.own(patient) is not None \
            and ctx.own(patient).cls in ctx.role("actor"):
        # "Ukraine was given tanks by Poland": the subject taken from the agent, the passive
        # subject received (issue 12, h-supp5)
        given = _supplied_to(ctx, verb, patient, bare=armed)
        if given:
            return given
    if any(p.lemma_.lower() in ctx.rules.words["incursion_nouns"]
           for p in _prep_objects(verb, ctx.rules.to_preps)):
        return []  # "sending warplanes into its airspace": an incursion, nothing handed over
    shares = _share_supplied(ctx, verb, subj)
    if shares:  # "older field guns, many of them supplied by Britain" (issue 12, h-supp7)
        return shares
    suppliers = _actors(ctx, subj)
    if not suppliers:  # "…since the war began, providing tanks": the main clause's subject
        suppliers = _actors(ctx, _past_subordinate(ctx, verb))
    if not suppliers and subj is not None:  # "Putin's government sold …" (issue 12, h-supp7)
        suppliers = _leaders_state(ctx, subj)
    suppliers = _ranked_after(ctx, verb, subj, suppliers)
    if not suppliers:
        return []
    # "will supply … through the defence export agency ODAS": the agency or firm supplies too
    # (a "through" object only: the indirect object _prep_objects also gives receives)
    suppliers += [m for p in _prep_objects(verb, {"through", "via"}) if p.dep_ == "pobj"
                  if (m := _best_actor(ctx, p)) is not None and m.cls in ("Agency", "Company")
                  and m not in suppliers]
    recipients: list[Mention] = []
    also: list[Mention] = []  # recipients conjoined with the object
    item_roots: list[Token] = []
    dobj = _object(verb) or _modified_object(verb) or _shared_object(ctx, verb) or \
        _flown_in(ctx, verb)
    if dobj is not None and dobj.i == verb.head.i:
        dobj = _item_antecedent(ctx, verb) or dobj
    if dobj is not None and dobj.lower_ in RELATIVE_PRONOUNS:
        dobj = _misparsed_relative(ctx, verb) or dobj  # (a relative clause hung on the verb)
    sums = [c for c in verb.children if c.dep_ in ("npadvmod", "dative", "dobj")]
    # "has given Colombia more than $5 billion, mostly in military aid, including Black Hawk
    # helicopters": the money the weapons it lists stand for is material (h-sup6)
    # (on the verb or its money, not on what the money is for: "lend Caracas 2.2 billion
    # dollars for further purchases, including T-72 tanks" is a loan, SU3)
    purpose = any(c.dep_ == "prep" and c.lower_ == "for" for h in (verb, *sums)
                  for c in h.children)
    listed_weapons = not purpose and any(
        _held_by(ctx, m, p) for p in _listed_examples(verb)
        if p.head.head.i in (verb.i, *(o.i for o in sums))
        for m in ctx.mentions(p.subtree, ctx.role("item")))
    if not listed_weapons and (dobj is not None and _money_only(ctx, dobj) or any(
            _money_only(ctx, c) for c in (*sums, *(a for o in sums for a in o.children
                                                 if a.dep_ == "appos"))) and (
            dobj is None or ctx.own(dobj) is not None and ctx.own(dobj).cls in ctx.role("actor"))):
        # "lent Hanoi $300 million to buy patrol vessels": money is no supply (the parser may
        # take the sum for an adverbial or an apposition: "lends Dassault $50 million")
        return []
    if not listed_weapons and (_service_aid(ctx, dobj) or verb.dep_ == "relcl" and any(
            c.lower_ in RELATIVE_PRONOUNS for c in _children(verb, {"dobj", "dative"}))
            and any(_money_only(ctx, h) for h in _measuring_sum(ctx, verb.head))):
        # "providing technical assistance", "the $1.3 billion in military aid that Washington
        # gives Cairo" (the parser may take the relative pronoun for a dative): no material
        return []
    if dobj is not None and dobj.lemma_.lower() in ctx.rules.words["receiving_nouns"]:
        return []  # "rushed the purchase of jets from France": the buyer (`_purchase`)
    if verb.lemma_.lower() in ctx.rules.words["material_only"] and (
            dobj is None or dobj.pos_ == "PRON" and not _antecedent_items(ctx, verb, dobj)
            or ctx.own(dobj) is not None and ctx.own(dobj).cls not in ctx.role("item")):
        # ("returned them to the manufacturer": weapons named before; h-supp2)
        return []  # "passes it to the coast guards": "pass" supplies only named material
    raised = _raised_antecedent(verb)
    if raised is not None and (dobj is None or dobj.lower_ in RELATIVE_PRONOUNS):
        dobj = raised  # "the system that Russia agreed to sell": the system was sold
        # "… to sell Iran": the parser may give the verb the pronoun and the recipient
        recipients += [m for o in _children(verb, {"dobj", "dative"})
                       if o.lower_ not in RELATIVE_PRONOUNS
                       if (m := ctx.own(o)) is not None and m.cls in ctx.role("actor")]
    equipping = verb.lemma_.lower() in ctx.rules.words["equipping"]
    named_group = False  # the object names an armed group: "supplying the Contra rebels"
    if dobj is not None and equipping and any(
            c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" and (
                (m := ctx.own(c)) is None or m.cls not in ctx.role("actor")
                or subj is None or ctx.own(subj) is not None
                or any((m.key or m.lemma) == (s.key or s.lemma) for s in suppliers))
            for c in dobj.children):
        # (but "Soviet aid has equipped its army": a subject that names no actor owns no
        # army; "its" the other state coreference found, h-sup37)
        return []  # "to equip its air force with Russian aircraft": its own forces
    if dobj is not None:
        own = ctx.own(dobj)
        if own is None and dobj.pos_ == "PROPN":  # "Hindustan Aeronautics Ltd": the name
            own = next((m for c in dobj.children if c.dep_ == "compound"
                        if (m := ctx.own(c)) is not None), None)
        if own is not None and own.cls == "Person" and \
                _directed_objects(verb, ctx.rules.to_preps):
            return []  # "sent Assistant Secretary Allen to Cairo": an envoy (issue 12, h-supp5)
        if own is not None and own.cls in ctx.role("actor"):
            recipients.append(own)
            # "supplied Hamas and Hezbollah with rockets": each conjunct receives (issue 12,
            # h-supp5)
            # (the parser may coordinate the second name with the verb)
            also = [m for c in (*dobj.conjuncts, *(c for c in verb.children if c.dep_ == "conj"
                                                   and c.pos_ == "PROPN"))
                    if c.i > dobj.i
                    if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]
            # "handed Ukraine dozens of tanks": the parser may give the verb two objects
            item_roots.extend(o for o in _children(verb, {"dobj"}) if o.i > dobj.i)
            # "supplied Colombia's military with helicopters": the parser may hang the
            # verb's "with" on the recipient (d246, d365) (issue 12, h-sup14)
            item_roots.extend(_prep_objects(dobj, {"with"}))
            if verb.dep_ == "relcl" and not any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ in (
                    "nsubj", "nsubjpass") for c in verb.children):
                # "the fighters that Russia licenses HAL to build", "the tanks Germany sold
                # Poland": the recipient is the object, the antecedent what was supplied
                item_roots.append(_relative_antecedent(verb))
            elif raised is not None:  # "the system that Russia agreed to sell Iran"
                item_roots.append(raised)
        elif equipping and _is_force(dobj, ctx) and (
                m := _best_actor(ctx, dobj)) is not None:
            recipients.append(m)  # "trains and equips Ugandan troops": Uganda is armed
        elif _whose_holders(ctx, dobj):
            recipients.extend(_whose_holders(ctx, dobj))  # "Bulgaria, whose armies it armed"
        elif equipping and own is None and (m := _armed_government(ctx, dobj)) is not None:
            recipients.append(m)  # "arming the Kabul government", "arming a military that …"
        elif own is None and (m := _leaders_side(ctx, dobj)) is not None:
            recipients.append(m)  # "supplying Ardzinba's fighters with tanks": his side
        elif own is None and (m := _named_group(ctx, dobj)) is not None:
            recipients.append(m)  # "arming the al Shabaab militia" (h-supp4)
            named_group = True  # (the armed group is the object: no material need be named)
        elif own is None and any(ctx.mentions(p.subtree, ctx.role("item"))
                                 for p in _prep_objects(verb, {"with"})) and (
                m := _best_actor(ctx, dobj)) is not None:
            recipients.append(m)  # "supplied the kingdom's navy with three corvettes"
        else:
            item_roots.append(dobj)
            # "shipped missiles, grenade launchers and ammunition to X": the small model may
            # split a list of items into several objects, "to X" hung on the last (issue 12,
            # h-supp2)
            item_roots.extend(_split_objects(ctx, verb, dobj))
            # "supplied 81 percent of Pakistan's imports of major weapons": the importer;
            # "provided half of Chile's warships": a share of what the possessor holds
            # ("supplied most of the kingdom's air force, including F-15 fighters")
            share = (dobj.lemma_.lower() in ctx.rules.words["amount_nouns"] or
                     dobj.pos_ == "NUM") and [dobj.subtree, *(
                         p.subtree for p in _listed_examples(verb))]
            recipients.extend(m for p in _prep_objects(dobj, {"of"})
                              if p.lemma_.lower() in ctx.rules.words["receiving_nouns"]
                              or share and any(ctx.mentions(t, ctx.role("item")) for t in share)
                              # "about 60 percent of India's weapons" (issue 12)
                              or share and p.lemma_.lower() in ctx.rules.words["supply_objects"]
                              for c in p.children if c.dep_ == "poss"
                              if (m := _best_actor(ctx, c)) is not None)
            # "gave Ukraine thirteen MiG-29 jets": the parser may take the indirect object
            # for a modifier of the direct one; a name before the count is the recipient
            counts = [t for t in dobj.subtree if t.dep_ == "nummod" and t.i < dobj.i]
            # (or, count or not, a noun with its own "the": "sell the army Marder vehicles")
            recipients.extend(m for c in dobj.children if c.dep_ in ("nmod", "compound")
                              and (counts and c.i < counts[0].i or _misparsed_dative(c)
                                   or _bare_name_dative(ctx, verb, dobj, c)
                                   or _service_dative(ctx, verb, dobj, c))
                              if (m := ctx.own(c)) is not None
                              and m.cls in ctx.role("actor"))
            # "sold Pretoria Mirage F1 fighters and Alouette helicopters": the name opening
            # the object may hang on a modifier of the object rather than on the object
            recipients.extend(m for c in _nested_modifiers(dobj)
                              if _bare_name_dative(ctx, verb, dobj, c)
                              or _service_dative(ctx, verb, dobj, c)
                              if (m := ctx.own(c)) is not None
                              and m.cls in ctx.role("actor") and m not in recipients)
    item_roots.extend(_prep_objects(verb, {"with"}))
    item_roots.extend(p for p in _handed_share(ctx, verb, item_roots) if p not in item_roots)
    # "supplied 80 percent of Bangladesh's arms imports, including tanks and frigates"
    item_roots.extend(p for p in _listed_examples(verb) if p not in item_roots)
    # "supplied the army with tanks, MiG-23 jets and helicopters": a list the parser broke off
    item_roots.extend(t for r in list(item_roots) for t in _list_tail(ctx, r)
                      if t not in item_roots)
    # "the tanks were delivered by Germany": the agent supplies, the passive subject is the item
    # (or that of "be": "the missiles are to be supplied by Raytheon")
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or \
        _raised_passive(verb)
    if dobj is None and _agent(verb) is not None and verb.dep_ in ("acl", "relcl") and (
            patient is None or patient.lower_ in RELATIVE_PRONOUNS):
        patient = verb.head  # "howitzers supplied by France", "drones, which were sent by"
    received = ctx.own(patient)
    if dobj is None and received is not None and received.cls in ctx.role("actor") and \
            _agent(verb) is not None and _prep_objects(verb, {"with"}):
        recipients.append(received)  # "Ukraine was supplied with tanks by Poland"
    elif dobj is None and patient is not None and _agent(verb) is not None:
        # "the second of those frigates, PNS Taimur, was handed over by": the named apposition
        named = [a for a in _children(patient, {"appos"}) if ctx.mentions([a], ctx.role("item"))]
        # "Meteor missiles and Scalp missiles supplied by MBDA": a reduced relative on the last
        # conjunct holds for the list
        listed_items = list(patient.conjuncts) if verb.dep_ == "acl" and \
            patient.dep_ == "conj" else []
        item_roots.extend(named or [patient, *listed_items])
    # "supplying 240mm rocket launchers … to Russian forces": the parse may hang "to" on the item.
    # (not a clause the parser coordinated with the object: "had shipped arms …, and that
    # Iran had supplied weapons to Hamas" holds its own recipient and items)
    clauses = {t.i for r in item_roots for c in r.conjuncts if c.pos_ in ("VERB", "AUX")
               and c.i > r.i and any(d.dep_ in SUBJECTS for d in c.children)
               for t in c.subtree}
    clauses |= {i for r in item_roots for i in _conjuncts_after(verb, r)}
    heads = [verb, *(t for r in item_roots for t in (r, *r.conjuncts) if t.i not in clauses),
             *_gapped(verb)]
    # "sending the warheads it inherited to Russia": the parse may hang "to" on the relative
    heads += [c for r in item_roots for c in r.children if c.dep_ == "relcl"]
    heads += [p for r in item_roots for p in _prep_objects(r, {"of"})]  # "a package of arms"
    # "delivered vehicles, mortars and thousands of rifles to the army": or on the amount's
    # material in the list's last conjunct (issue 12, h-supp2)
    heads += [p for r in item_roots for c in r.conjuncts if c.i > r.i and c.i not in clauses
              for p in _prep_objects(c, {"of"}) if p not in heads]
    # "sold jets to Hungary and the Czech Republic": one recipient per conjunct
    directed = [p for head in heads for p in _directed_objects(head, ctx.rules.to_preps)]
    listed = [r for pobj in [*directed, *_after_included(verb, ctx.rules.to_preps)]
              for r in _conjoined_actors(ctx, pobj) + _members(ctx, pobj)
              + _apposed_list(ctx, pobj)] + also
    if not recipients and sent_to_own_post(ctx, verb, directed):
        return []  # "sent <aircraft> to the <Adj> coast": its own forces moved
    given = _given_it(ctx, verb, suppliers)
    if given is not None:  # "France, which sold it Mirage jets": the state spoken of before
        wrong, right = given
        recipients = [right if r is wrong else r for r in recipients]
        listed = [right if r is wrong else r for r in listed]
    # "delivered all 24 jets ordered by Egypt": the buyer the items' clause names
    ordered = [m for r in item_roots for c in r.children if c.dep_ == "acl"
               and c.lemma_.lower() in ctx.rules.words["receiving"]
               for a in [_agent(c)] if a is not None and (m := _best_actor(ctx, a)) is not None]
    # "delivered the first of four radars that Manila bought", "… the jets Egypt ordered":
    # the buyer a relative clause on the items names (issue 12)
    ordered += [m for r in item_roots for h in (r, *_prep_objects(r, {"of"}))
                for c in h.children if c.dep_ == "relcl"
                and c.lemma_.lower() in ctx.rules.words["receiving"]
                for sub in _children(c, {"nsubj"}) if sub.lower_ not in RELATIVE_PRONOUNS
                if (m := _best_actor(ctx, sub)) is not None]
    items: list[Mention] = []
    for root in item_roots:
        # not an item the object only speaks of ("delivered a protest against the purchase
        # of missiles"), nor one of a clause on it ("chemicals that can be used to make
        # poison gas": what the goods serve to make, not the goods)
        inner = clauses | _clause_on(ctx, root, verb)
        items.extend(m for m in ctx.mentions(root.subtree, ctx.role("item"), exclude=inner)
                     if m not in items and _held_by(ctx, m, root))
    # "Arms sold by Russia to Myanmar included Yak-130 jets": what the material's clause lists
    items.extend(m for r in item_roots for m in _listed_after(ctx, r) if m not in items)
    if not items and dobj is not None:
        items = _antecedent_items(ctx, verb, dobj)
    if not items:  # "the VT-4, an export design that Norinco sells to": the one described
        items = described_items(ctx, verb)
    if not items:  # "…, the first of 18 that France sold to Greece" (issue 12, h-supp7)
        items = _elided_count_items(ctx, verb)
    if not items and dobj is not None:  # "sold 48 of the jets to Poland"
        items = _partitive_count_items(ctx, dobj)
    more = [] if items else _more_items(ctx, dobj)
    elided = bool(more)
    if elided:  # "… together with the Netherlands, which supplied five more"
        items = more
    # "will build the two ships … and hand them over": material the pronoun stands for
    shared = _antecedent_object(verb) if dobj is not None and dobj.lower_ in ("them", "it") \
        else None
    if shared is None and dobj is not None and dobj.lower_ == "them":
        # ("The planes were built in the United States, which supplied them to Thailand": the
        # plural noun before it in its sentence; s83 h-sup132)
        shared = _plural_antecedent(ctx, dobj)
    if not items and dobj is not None and ctx.own(dobj) is None and \
            not _material(ctx, dobj) and not ((equipping or named_group) and recipients) and not (
                shared is not None and _material(ctx, shared)):
        return []  # "gave Ukraine assurances": what was given is no material
    if not items and _given_no_material(ctx, verb):
        return []  # "gave the president the guarantee he demanded", "gave X 24 hours to leave"
    if not items and dobj is not None and (land := ctx.own(dobj)) is not None and \
            land.cls in ctx.role("place") and land.cls not in ctx.role("actor"):
        return []  # "agrees to hand Bakassi to Cameroon": a territory handed over, no weapons
    items.extend(m for m in _deal_items(ctx, verb) + _along_with_items(ctx, verb)
                 + _gapped_items(ctx, verb) if m not in items)
    if dobj is not None and not recipients and not listed and _returned(ctx, verb):
        recipients = _nationals(ctx, dobj)  # "sends back Russian MiG-29s": to their state
    if not recipients and not listed and not ordered and (items and (
            dobj is not None or verb.dep_ == "acl") or dobj is None and verb.dep_ == "acl"
            and _material(ctx, verb.head)):
        # "Azerbaijan used drones supplied by Elbit": the reduced passive's noun (or an
        # umbrella word: "the rebels carry weapons supplied by Iran", a supply with no item)
        recipients = _relative_holders(ctx, verb, dobj if dobj is not None else verb.head)
    if not recipients and not listed and not ordered and items:
        listed = _shared_beneficiary(ctx, verb) or _members_named(ctx, verb)
    if elided and not recipients and not listed and not ordered:
        listed = _earlier_recipients(ctx, verb, dobj)  # (the five more went where those went)
    gaps = _gapped_clauses(ctx, verb)
    taken = {m.span for actor, own, to_own, _ in gaps for m in (actor, *own, *to_own)}
    recipients = [r for r in recipients if r.span not in taken]
    listed = [r for r in listed if r.span not in taken]
    items = [m for m in items if m.span not in taken]
    out = []
    for supplier in suppliers:
        to = [r for r in dict.fromkeys(recipients) if r.span != supplier.span][:1]
        to += [r for r in dict.fromkeys(listed) if r.span != supplier.span and r not in to]
        to = to or [r for r in ordered if r.span != supplier.span][:1]
        to = to or _firm_deal_recipient(ctx, verb, supplier)
        to = to or (_contract_buyer(ctx, verb, supplier) if items else [])
        if not to and not items:
            continue
        if not to and supplier.cls == "Agency" and \
                verb.lemma_.lower() in ctx.rules.words["undirected_senders"]:
            continue  # "the Navy sent P-8 aircraft to the base": its own (h-prec2)
        for recipient in to or [None]:
            out.append(_relation(ctx, "supplies", verb, {
                "supplier": [supplier], "recipient": [recipient] if recipient else [],
                "item": items}))
    for actor, own, to_own, received in gaps:
        if received:  # "gave Egypt 20 jets and Qatar 24": the gapped name received
            out += [_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [actor], "item": own}) for s in suppliers
                if s.span != actor.span]
        else:  # "sold six frigates to Peru and Italy four submarines": the gapped name sold
            out += [_relation(ctx, "supplies", verb, {
                "supplier": [actor], "recipient": [r] if r else [], "item": own})
                for r in to_own[:1] or [None]]
    return out


def _firm_deal_recipient(ctx: _Sentence, verb: Token, supplier: Mention) -> list[Mention]:
    """"The frigate was delivered by Daewoo under a contract that the navy signed", "KMW,
    which will also supply spare parts under the agreement": a firm's delivery the clause
    says it made under a deal, with no recipient in the clause, goes to the deal's other
    signer, else to the one state the article's supplies went to before (the deal's buyer;
    SU2, SU7; issue 12, stop 54, h-sup78). The deal bounds the goods, so no weapon need be
    named (unlike ``_contract_buyer``). A passive's supplier is its "by" agent: "The tanks,
    … built by the X works, are to be delivered under the deal" names no deliverer."""
    if supplier.cls != "Company" or _children(verb, {"auxpass"}) and not any(
            (m := ctx.own(t)) is not None and m.span == supplier.span
            for a in _children(verb, {"agent"}) for t in a.subtree):
        return []
    deals = [d for d in _prep_objects(verb, {"under"}) + _after_interjected_source(verb)
             if _deal_noun(ctx, d)]
    if not deals:
        return []
    signers = [m for m in _deal_signers(ctx, deals)
               if (m.key or m.lemma) != (supplier.key or supplier.lemma)]
    return signers[:1] or _prior_buyer_of(ctx, supplier)


def _contract_buyer(ctx: _Sentence, verb: Token, supplier: Mention) -> list[Mention]:
    """"Under the package, the British Aircraft Corporation will supply 40 Lightning jets": a
    firm's contracted delivery (SU2) of named weapons with no recipient in its sentence goes to
    the one state the article's supplies went to before (the buyer of the contract); none where
    they went to several (h-sup37). (Not "will transfer the technology", "will supply spare
    parts and support": no weapon named, often services.)"""
    if supplier.cls != "Company" or not _obligation(verb):
        return []
    return _prior_buyer_of(ctx, supplier)


def _prior_buyer_of(ctx: _Sentence, supplier: Mention) -> list[Mention]:
    """The one state the article's supplies went to before (``prior_buyer``), as the buyer
    of ``supplier``'s goods; none where there is none or it is the supplier itself."""
    buyer = ctx.prior_buyer
    if buyer is None or (buyer.key or buyer.lemma) == (supplier.key or supplier.lemma):
        return []
    return [buyer]


def _armed_government(ctx: _Sentence, noun: Token) -> Mention | None:
    """The state or service an arming verb's government or military object stands for: the
    state a place or nationality before a government noun names ("arming the Kabul
    government"); for an indefinite one a clause or phrase describes ("arming a government
    that kills its own people", "arming a military with a troubled record": the speaker's
    charge against the buyer), the one state the article's supplies went to, or for a service
    noun its service of that noun the article names (issue 12, h-sup41)."""
    words = ctx.rules.words
    government = noun.lemma_.lower() in words["government_nouns"]
    if not government and noun.lower_ not in words["service_descriptions"]:
        return None
    named = [m for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
             if (m := ctx.own(c)) is not None and m.cls == "Country"]
    if named:
        return named[0] if government else None
    buyer = ctx.prior_buyer
    if buyer is None or not buyer.key or not has_det(noun, ("a", "an")):
        return None
    # (the parser may hang the describing "with" on the verb: "arming a military with a
    # troubled record" names no material, unlike "arming an army with tanks")
    if not any(c.dep_ in ("relcl", "prep", "acl") for c in noun.children) and not any(
            not ctx.mentions(p.subtree, ctx.role("item")) and not _material(ctx, p)
            for p in _prep_objects(noun.head, {"with"})):
        return None  # nothing describes it
    if government:
        return buyer
    # ("the military faced condemnation …" before: Myanmar's armed forces)
    return next((m for m in ctx.by_token.values() if m.cls == "Agency" and m.key
                 and m.key.endswith(f"({buyer.key})")
                 and m.span.text.lower().endswith(noun.lower_)), None)


def _misparsed_relative(ctx: _Sentence, verb: Token) -> Token | None:
    """"replace older Leopard 2A4s that Finland bought from Germany", "T-55s that the Soviet
    Union delivered to Managua": the small model may hang a relative clause on the main verb
    (as "advcl", "ccomp" or "conj") and keep "that"/"which" as the object of ``verb`` (or of
    the verb it complements: "that Lima agreed to buy"); read off the words, the noun right
    before the pronoun is what was supplied (issue 12, s52 h-sup72). None for a true relative
    clause (``_object`` reads those) or a pronoun with no weapon or noun before it."""
    v = verb
    while v.dep_ == "xcomp" and v.head.i != v.i:
        v = v.head
    if v.dep_ == "relcl":
        return _nearer_conjunct(v)
    if v.dep_ in ("acl", "ROOT") or not any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in v.children):
        return None
    objects = [c for h in dict.fromkeys((verb, v)) for c in _children(h, {"dobj"})]
    rel = next((c for c in objects if c.lower_ in ("that", "which") and c.i < v.i), None)
    # "operates Wasps that it bought from Britain": or "that" taken for a content clause's mark
    # of a clause with no object of its own; then only a weapon noun before it is its antecedent
    mark = next((c for c in _children(v, {"mark"}) if c.lower_ == "that"), None) \
        if rel is None and not objects and v.dep_ in ("ccomp", "advcl") else None
    rel = rel or mark
    if rel is None or rel.i < 2 or len(objects) > 1:
        return None  # ("told parliament that Greece had given up none of": a content clause)
    before = verb.doc[rel.i - 1]
    if mark is not None:
        return before if ctx.mentions([before], ctx.role("item")) else None
    if before.text == "," and rel.lower_ == "which":
        before = verb.doc[rel.i - 2]
    # (the parser may tag a plural model name "T-55s" as a pronoun: the mention decides)
    if (own := ctx.own(before)) is not None and own.cls in ctx.role("actor"):
        return None  # (an actor is told or asked, not supplied)
    if before.pos_ in ("NOUN", "PROPN") or ctx.mentions([before], ctx.role("item")):
        return before
    return None


def _nearer_conjunct(clause: Token) -> Token | None:
    """"replace M41s and the Leopard 1A1s that Brazil bought": the parser hangs a relative
    clause on the first of two conjuncts; where the last one, with a determiner of its own,
    stands right before the pronoun, the clause is on that one alone (s52 h-sup74); else
    None ("the tanks and howitzers that Poland ordered": the clause holds for the list)."""
    rel = next((c for c in clause.children if c.lower_ in ("that", "which") and c.i < clause.i),
               None)
    if rel is None:
        return None
    last = next((c for c in clause.head.conjuncts if c.i > clause.head.i
                 and c.right_edge.i == rel.i - 1 and _children(c, {"det"})), None)
    return last


def _relative_antecedent(verb: Token) -> Token:
    """The noun a relative clause is on: its head, unless the parser hung the clause on an
    earlier noun and a noun outside that one's phrase stands right before the clause's
    "that"/"which" ("shot down four MiG-23s with Stinger missiles that the United States gave
    the rebels": the missiles were given; h-sup35)."""
    rel = next((c for c in verb.children if c.lower_ in ("that", "which") and c.i < verb.i), None)
    if rel is None or rel.i < 1:
        return verb.head
    before = verb.doc[rel.i - 1]
    if before.i > verb.head.i and before.pos_ in ("NOUN", "PROPN") and \
            before.i not in _subtree_ids(verb.head):
        return before
    return verb.head


def _item_antecedent(ctx: _Sentence, verb: Token) -> Token | None:
    """"an answer to the MiG-15s that Egypt obtained", "halted deliveries and spare parts for
    the MiG fighters and Tu-16 bombers it had sold": the parser may hang a relative clause on
    an earlier noun whose phrase holds the noun right before the clause; where that noun names
    weapons and the earlier one none, the clause is on the nearer noun (the first of its
    conjuncts: the clause on the last holds for the list), else None."""
    if verb.dep_ != "relcl" or verb.left_edge.i < 1:
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.i <= verb.head.i or \
            before.i not in _subtree_ids(verb.head):
        return None
    items = ctx.role("item")
    if ctx.mentions([verb.head], items) or not ctx.mentions([before], items):
        return None
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head
    return before


def _clause_on(ctx: _Sentence, root: Token, verb: Token) -> set[int]:
    """The tokens of the relative clauses on an item noun: not the supply's own ("the tanks
    that Bonn passed to Israel") nor a listing one ("arms, which included T-72 tanks"); a
    participle may name the item ("the ship, renamed …") (stop 31)."""
    # (nor what the item can carry: "missile systems able to carry nuclear warheads",
    # "capable of carrying": a capability, not a weapon handed over; s44 h-sd1)
    words = ctx.rules.words
    return {t.i for c in root.children
            if (c.dep_ in ("amod", "acl") and c.lemma_.lower() in words["capability_adjectives"]
                or c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                and c.lemma_.lower() not in words["deal_listing"])
            and not c.left_edge.i <= verb.i <= c.right_edge.i for t in c.subtree}


def _result_of_receipt(ctx: _Sentence, verb: Token) -> bool:
    """"has received jets from Israel, giving the government its best aircraft": a participle
    without a subject of its own after a receipt or an arrival states its result; its implied
    subject received, it gives nothing (issue 12, h-supp3)."""
    words, head = ctx.rules.words, verb.head
    received = head.lemma_.lower() in words["receiving"] | words["arrival_verbs"] or (
        head.lemma_.lower() == "take" and any(  # "has taken delivery of"
            o.lemma_.lower() in words["transfer_nouns"] for o in _children(head, {"dobj"})))
    return received and verb.tag_ == "VBG" and verb.dep_ == "advcl" and \
        not any(c.dep_ in SUBJECTS for c in verb.children)


def _shared_beneficiary(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"France has delivered frigates and is building jets for Taiwan": a building verb
    coordinated after the supply verb, with no subject of its own (work in progress, no supply
    itself), shares the state or force its work is "for" with a supply that names none (issue
    12, h-supp6)."""
    later = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ in ("VERB", "AUX")
             and not any(d.dep_ in SUBJECTS for d in c.children)
             and c.lemma_.lower() in ctx.rules.words["building_for"]][:1]
    # (the parser may hang "for Taiwan" on the second verb's object)
    heads = [h for c in later for h in (c, *_children(c, {"dobj"}))]
    return [m for h in heads for p in _prep_objects(h, {"for"})
            if (m := _best_actor(ctx, p)) is not None and m.cls in ctx.role("actor")][:1]


def _gapped_clauses(ctx: _Sentence, verb: Token
                    ) -> list[tuple[Mention, list[Mention], list[Mention], bool]]:
    """A second clause gapped of its verb, read off the words since the small model parses it
    anyhow: "France sold six frigates to Peru and Italy four submarines (to Chile)", "and
    Britain's GKN Westland four Super Lynx helicopters": "and", a name, a count, weapons; the
    name plays the role the verb's first name after it plays (its subject, or with two objects
    its recipient). Each: (name, its weapons, its own "to" recipients, whether the name
    received) (issue 12, h-supp6)."""
    doc, end = verb.doc, ctx.sent.end
    actors, items = ctx.role("actor"), ctx.role("item")
    out = []
    for t in doc[verb.i + 1:end]:
        if t.pos_ in ("VERB", "AUX"):
            break  # the gap must follow the verb's own clause, no other verb between
        if t.lower_ != "and":
            continue
        j, actor = t.i + 1, None
        while j < end and (m := ctx.own(doc[j])) is not None and m.cls in actors:
            actor = m  # "Britain's GKN Westland": the last name, past a possessive owner
            j = next((k for k in range(j, end) if ctx.own(doc[k]) != m), end)
            if j < end and doc[j].tag_ == "POS":
                j += 1
        if actor is None or j >= end or not doc[j].like_num:
            continue
        while j < end and doc[j].like_num:
            j += 1
        stop = next((k for k in range(j, end) if doc[k].is_punct
                     or doc[k].lower_ in ("and", "to", "while")), end)
        own = ctx.mentions(doc[j:stop], items)
        if not own or ctx.own(doc[j]) is None and doc[j].pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        to_own = [m for k in range(stop, min(stop + 1, end)) if doc[k].lower_ == "to"
                  and k + 1 < end and (m := ctx.own(doc[k + 1])) is not None
                  and m.cls in actors]
        # a name right after the verb, before any weapon, is its first object: "gave Egypt"
        first = next((k for k in range(verb.i + 1, t.i) if ctx.own(doc[k]) is not None
                      and ctx.own(doc[k]).cls in actors | items), None)
        received = first is not None and ctx.own(doc[first]).cls in actors and \
            doc[first - 1].pos_ != "ADP"
        before = ctx.own(doc[t.i - 1])
        if not (received or to_own) and before is not None and before.cls in actors:
            continue  # "sold tanks to Syria and Iran 20 howitzers": Iran may have received
        out.append((actor, own, to_own, received))
    return out


# --- supplies, round 7 (issue 12, h-supp7) -----------------------------------------------------
def _apposed_list(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"delivered jets to Britain, Norway, the Netherlands and Italy": the parser may take the
    second name for an apposition of the first and hang the rest of the list on it. Only a
    named actor whose apposition is a named actor heading a list of its own (an apposition
    alone may rename: "to its neighbour, Syria"; issue 12, h-supp7)."""
    own = ctx.own(pobj)
    if own is None or own.cls not in ctx.role("actor"):
        return []
    return [m for a in _children(pobj, {"appos"}) if a.conjuncts or pobj.conjuncts
            for m in _conjoined_actors(ctx, a) if m.cls in ctx.role("actor") and m != own]


def _past_subordinate(ctx: _Sentence, verb: Token) -> Token | None:
    """"China has armed Iran since the war began, providing tanks": the parser may hang the
    participle on the subordinate clause before it; its subject is the main clause's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "advcl" or \
            not any(c.dep_ == "mark" for c in head.children) or head.head.i == head.i:
        return None
    return ctx.subject(head.head)[0]


def _ranked_after(ctx: _Sentence, verb: Token, subj: Token | None, suppliers: list[Mention]
                  ) -> list[Mention]:
    """"the second NATO member after Poland to send jets", "Spain became the third country
    after France and Italy to supply …": the actors ranked before supplied too (named right
    after "after", wherever the parser hangs it: "after the summit", "after Russia's invasion"
    name none); the group a ranked member noun names ("NATO member") did not (issue 12,
    h-supp7)."""
    ordinals = ctx.rules.words["ranking_ordinals"]
    cands = [subj, verb.head if verb.dep_ in ("acl", "relcl") else None]
    if verb.dep_ == "advcl":  # "became the second country after Poland to send"
        cands += [verb.head] if verb.head.pos_ == "NOUN" else _children(verb.head, {"attr"})
    nouns = [t for t in cands if t is not None
             and any(c.dep_ == "amod" and c.lower_ in ordinals for c in t.children)]
    if not nouns:
        return suppliers
    afters = [c for n in nouns for c in n.children if c.lower_ == "after"]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        afters += [c for c in verb.children if c.lower_ == "after" and c.dep_ in ("mark", "prep")]
    ahead = [m for a in afters for p in _pobjs(a) for c in (p, *p.conjuncts)
             if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]
    if not ahead:
        return suppliers
    modifiers = [t for n in nouns for t in _children(n, {"compound", "amod", "nmod"})]
    kept = [m for m in suppliers if _mention_root(ctx, m, modifiers) is None]
    return kept + [m for m in dict.fromkeys(ahead) if m not in kept]


def _antecedent_items_up(ctx: _Sentence, noun: Token) -> list[Token]:
    """The nouns a relative clause on ``noun`` says were bought. The parser may hang the clause
    on the last noun of its antecedent's phrase: a noun inside a prepositional modifier that
    names no weapon stands for the weapon noun the phrase is on ("the 24 Super Hornets
    already in service, which Australia bought from"); an apposition that names a weapon
    describes the named weapon before it, also bought ("HMNZS Otago, a frigate that New
    Zealand bought from Britain") (s48 h-sup66)."""
    items = ctx.role("item")
    # (only from a phrase that names nothing: "the naval port of Tartus, which it has
    # leased" is on the named place)
    clause = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    if ctx.mentions(noun.subtree, ALL_CLASSES, exclude=clause):
        return _apposed_items(ctx, noun)
    up = noun
    while up.dep_ == "pobj" and up.head.dep_ == "prep" and \
            up.head.head.pos_ in ("NOUN", "PROPN") and ctx.own(up) is None:
        up = up.head.head
    if up.i != noun.i and ctx.mentions([up], items):
        return [up]
    if up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ in ("VERB", "AUX") \
            and up.head.left_edge.i > 0 and ctx.own(up) is None:
        # ("retire 12 of the Lynx helicopters still in service, which …": the phrase hung on
        # the verb; the weapon noun right before it)
        before = up.doc[up.head.left_edge.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and ctx.mentions([before], items):
            return [before]
    return [noun]


def _apposed_items(ctx: _Sentence, noun: Token) -> list[Token]:
    """``noun`` and, where it is an apposition naming a weapon, the named weapon before it."""
    items = ctx.role("item")
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and \
            noun.head.i < noun.i and ctx.mentions([noun], items) and \
            ctx.mentions([noun.head], items):
        return [noun, noun.head]
    return [noun]


def _equipped_holders(ctx: _Sentence, held: Token) -> list[Mention]:
    """"Kuwait, which relies on a fleet of F/A-18s bought from the United States", "the army
    was strengthened with tanks bought from Israel": whoever a verb of relying or equipping
    (``equipped_with_verbs``) says holds the items, or the fleet of them, bought them (issue
    12, h-supp7)."""
    h = held
    if h.dep_ == "pobj" and h.head.lower_ == "of" and \
            h.head.head.lemma_.lower() in ctx.rules.words["fleet_nouns"]:
        h = h.head.head  # "a fleet of F/A-18s"
    if h.dep_ != "pobj" or h.head.lower_ not in ("on", "with", "upon"):
        return []
    v = h.head.head
    if v.dep_ == "pobj" and v.head.head.pos_ in ("VERB", "AUX"):
        # "has relied for decades on ships bought from": the parser may hang "on" on the
        # phrase before, itself on the verb (h-slice73)
        v = v.head.head
    if v.pos_ not in ("VERB", "AUX") or \
            v.lemma_.lower() not in ctx.rules.words["equipped_with_verbs"]:
        return []
    subj, _ = ctx.subject(v)  # (the passive subject was equipped)
    patient = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    return _actors(ctx, patient if patient is not None else subj)[:1]


def _listed_holders(ctx: _Sentence, held: Token) -> list[Mention]:
    """"flies F-16s bought from the United States, as well as Mirages bought from France",
    "relies on M47 and M48 tanks supplied by the United States": a later member of a list of
    weapons held by a verb of holding (``holding_verbs``) or relying (``equipped_with_verbs``)
    is held by its subject too, who received it; not where the verb equips an object of its
    own (s60 h-sup93)."""
    if held.dep_ != "conj":
        return []
    first = held
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ == "dobj" and first.head.pos_ in ("VERB", "AUX") and \
            first.head.lemma_.lower() in ctx.rules.words["holding_verbs"]:
        return _actors(ctx, ctx.subject(first.head)[0])[:1]
    if first.dep_ == "pobj" and _children(first.head.head, {"dobj"}):
        return []  # "reinforced the garrison with jets and tanks supplied by X": its object
    return _equipped_holders(ctx, first)


def _elided_count_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"Six F-16 jets landed on Saturday, the first of 40 that Pakistan is buying from the
    United States": a relative clause on a part of a bare count ("the first of 40", "the last
    of 14") is about the weapons named last before it (issue 12, h-supp7)."""
    head = verb.head
    if verb.dep_ != "relcl" or not any(
            p.like_num and not any(c.dep_ in ("compound", "amod") for c in p.children)
            for p in _prep_objects(head, {"of"})):
        return []
    return _last_item_before(ctx, head)


def _last_item_before(ctx: _Sentence, tok: Token, exclude: set[int] = frozenset()
                      ) -> list[Mention]:
    """The weapon named last before ``tok`` in its sentence (none, or one), less ``exclude``:
    what a bare count or a part of one stands for."""
    return ctx.mentions(ctx.sent[: tok.i - ctx.sent.start], ctx.role("item"), exclude)[-1:]


def _more_items(ctx: _Sentence, obj: Token | None) -> list[Mention]:
    """"the Netherlands, which supplied five more", "Poland bought 10 more from the Czech
    Republic": a bare count of "more" stands for the weapons named last before it in its
    sentence (issue 12, h-sup7)."""
    if obj is None or not (
            obj.lower_ == "more" and any(c.dep_ == "nummod" for c in obj.children)
            or obj.like_num and any(c.lower_ == "more" and c.i > obj.i  # (not "more than 20")
                                    and c.dep_ in ("amod", "advmod") for c in obj.children)):
        return []
    return _last_item_before(ctx, obj)


def _partitive_count_items(ctx: _Sentence, obj: Token) -> list[Mention]:
    """"The FA-50 is flown by Indonesia, and Poland bought 48 of the jets", "The Bushmaster …
    The Dutch army bought about 100 of the vehicles from Thales": a count of "the <kind of
    material>" that names no weapon takes a share of the weapon named last before it in its
    sentence, else of the one weapon the sentence before names (issue 12, h-sup48). Only a
    kind coreference's ``_weapon_antecedent`` left unresolved (``ctx.own`` is None)."""
    words = ctx.rules.words
    kinds = [p for p in _prep_objects(obj, {"of"})
             if p.lemma_.lower() in words["supply_objects"] and p.tag_ == "NNS"
             and ctx.own(p) is None and has_det(p, ANAPHOR_DETS)]
    if not (obj.like_num and kinds):
        return []
    # (not a weapon a clause on it names: "The HIMARS, a launcher that fires rockets, …")
    inner = {t.i for c in ctx.sent[: obj.i - ctx.sent.start]
             if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    before = _last_item_before(ctx, obj, inner)
    if before or ctx.sent.start == 0:
        return before
    earlier = ctx.mentions(obj.doc[ctx.sent.start - 1].sent, ctx.role("item"))
    return earlier[-1:] if len({m.key or m.lemma for m in earlier}) == 1 else []


def _earlier_recipients(ctx: _Sentence, verb: Token, obj: Token) -> list[Mention]:
    """"Germany sent Ukraine seven howitzers, and the Netherlands supplied five more": the
    recipient of the last supply verb before a bare count of "more" that names one (issue
    12, h-sup7)."""
    triggers = ctx.rules.triggers["supplies"]
    for v in reversed(ctx.sent[: obj.i - ctx.sent.start]):
        if v.pos_ != "VERB" or v.i == verb.i or v.lemma_.lower() not in triggers:
            continue
        found = [m for p in _directed_objects(v, ctx.rules.to_preps)
                 for m in _conjoined_actors(ctx, p)]
        if found:
            return found[:1]
    return []


def _coordinated_passive(verb: Token, armed: bool = False) -> Token | None:
    """"The militia, which was trained and supplied by Iran", "Renamo, which officials say has
    been armed and supplied by Pretoria": a passive verb with its own "by" agent, coordinated
    after the first passive verb, whose subject it shares: that subject (a relative pronoun's
    antecedent), which received (issue 12, h-supp7). ``armed`` (a verb of equipping): also
    after a first passive with an agent of its own ("Renamo was set up by Rhodesia and later
    armed by South Africa"; h-sup33)."""
    if verb.dep_ != "conj" or _agent(verb) is None or \
            any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.i == verb.i or not _children(first, {"auxpass"}) or \
            _agent(first) is not None and not armed:
        return None
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in RELATIVE_PRONOUNS:
        return subj
    clause = first  # "which officials say has been armed": up to the relative clause
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else _stray_relative(subj)


def _deal_between(ctx: _Sentence) -> list[RelationMention]:
    """"The contract, signed between Navantia and the Saudi navy, covers five corvettes": a
    deal concluded "between" a firm and one other actor, that covers or includes weapons: the
    firm supplies them to the other (issue 12, h-supp7). Not between two states or two firms
    (no direction), nor a deal that is only planned."""
    out = []
    if ctx.lacks(ctx.rules.words["deal_covering"]):
        return out
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") or \
                verb.lemma_.lower() not in ctx.rules.words["deal_covering"]:
            continue
        subj, _ = ctx.subject(verb)
        if subj is None or not _deal_noun(ctx, subj) and not _signed_deal_noun(ctx, subj):
            continue
        parties = [m for c in _children(subj, {"acl", "relcl"})
                   for p in _prep_objects(c, {"between"}) for m in _conjoined_actors(ctx, p)
                   if m.cls in ctx.role("actor")]
        firms = [m for m in parties if m.cls == "Company"]
        others = [m for m in parties if m.cls != "Company"]
        items = [m for o in _children(verb, {"dobj"}) for r in (o, *o.conjuncts)
                 for m in _held_items(ctx, r)]
        if len(parties) != 2 or len(firms) != 1 or not items or \
                _planned(verb, ctx.rules.words, None) or _negated(verb, subj, ctx.rules.words):
            continue
        out.append(_relation(ctx, "supplies", verb, {
            "supplier": firms, "recipient": others, "item": list(dict.fromkeys(items))}))
    return out


def _share_supplied(ctx: _Sentence, verb: Token, subj: Token | None
                    ) -> list[RelationMention]:
    """"Kenya operates 80 tanks, many of them supplied by Ukraine", "eight frigates, several of
    them sold by Britain": a share of the weapons before the comma, supplied by the "by"
    agent, to their holder where a verb of holding names one (issue 12, h-supp7)."""
    agent = _agent(verb)
    share = verb.head if verb.dep_ == "acl" else subj
    held = _partitive_antecedent(verb, share) if agent is not None else None
    if held is None:
        return []
    items = [m for r in (held, *held.conjuncts) for m in _held_items(ctx, r)]
    suppliers = _conjoined_actors(ctx, agent)
    holders = _possessors(ctx, held)
    if not holders and held.dep_ == "dobj" and \
            held.head.lemma_.lower() in ctx.rules.words["holding_verbs"]:
        holders = _actors(ctx, ctx.subject(held.head)[0])[:1]
    if not items or not suppliers:
        return []
    return [_relation(ctx, "supplies", verb, {
        "supplier": [s], "recipient": [r] if r else [], "item": items})
        for s in suppliers for r in [h for h in holders if h.span != s.span][:1] or [None]]


def _conjuncts_after(verb: Token, noun: Token) -> set[int]:
    """"F-16 fighters bought from the United States and JF-17 jets it builds": a modifier
    clause placed before the coordinator holds for the noun it follows, not for a conjunct
    after it; the tokens of those later conjuncts when ``verb`` is a clause on ``noun``
    (h-prec)."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.i != noun.i:
        return set()
    return {t.i for c in noun.conjuncts if c.i > verb.i for t in c.subtree}


def _returned(ctx: _Sentence, verb: Token) -> bool:
    """A return: "returned the missiles", "sent back twelve MiG-29s"."""
    words = ctx.rules.words
    return verb.lemma_.lower() in words["returning"] or any(
        c.lower_ in words["returning_particles"] for c in _children(verb, {"prt", "advmod"}))


def _antecedent_items(ctx: _Sentence, verb: Token, obj: Token) -> list[Mention]:
    """The weapons a pronoun object stands for, named by the first of two coordinated verbs:
    "built the corvettes and delivered them to", "bought frigates … and later sold two of them
    to"."""
    pronouns = [t for t in (obj, *_prep_objects(obj, {"of"})) if t.lower_ in ("them", "it")]
    while verb.dep_ == "xcomp":  # "built the frigate and decided to sell it to Egypt"
        verb = verb.head
    if not pronouns:
        return []
    if verb.dep_ != "conj":
        return _previous_plural_items(ctx, pronouns[0])
    first = _antecedent_object(verb)
    return [] if first is None else ctx.mentions(first.subtree, ctx.role("item"))


def _plural_antecedent(ctx: _Sentence, pronoun: Token) -> Token | None:
    """The last plural common noun before ``pronoun`` in its sentence, which names no actor
    ("the vehicles" of "X, which will build the vehicles at its plant, will supply them to
    the kingdom"); None where there is none."""
    for t in reversed(pronoun.doc[ctx.sent.start : pronoun.i]):
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            own = ctx.own(t)
            return t if own is None or own.cls in ctx.role("item") else None
    return None


def _antecedent_object(verb: Token) -> Token | None:
    """The object of the first of two coordinated verbs, which a pronoun object of the second
    stands for ("will build the two ships … and hand them over to the navy")."""
    while verb.dep_ == "xcomp":
        verb = verb.head
    return _object(verb.head) if verb.dep_ == "conj" else None


def _previous_plural_items(ctx: _Sentence, pronoun: Token) -> list[Mention]:
    """"The ships – ten corvettes and four minesweepers – were laid up. Bonn is selling them":
    a "them" nothing in its own sentence resolves stands for the plural weapons of the sentence
    before (issue 12); "it" is left to coreference, which knows states too."""
    start = ctx.sent.start
    if pronoun.lower_ != "them" or start == 0 or ctx.own(pronoun) is not None:
        return []
    before = pronoun.doc[start - 1].sent
    items = ctx.mentions(before, ctx.role("item"))
    plural = any(t.tag_ in ("NNS", "NNPS") for t in before if ctx.own(t) in items)
    # "16 corvettes of the Parchim class": the ships are the class's, named once (h-wpn8)
    classes = {ctx.own(t) for t in before if t.lower_ == "class" and ctx.own(t) in items}
    ships = {ctx.own(t) for t in before for c in t.children if c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" and ctx.own(g) in classes}
    items = [m for m in items if m not in ships - classes]
    return items if plural else []


def _won_order(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Saab won an order from Brazil for 36 Gripen fighters": the winner supplies the "from"
    party what "for" names (material only); any other object ("won the election",
    "secured the border", "landed in Poland") is no supply."""
    obj = _object(verb)
    words = ctx.rules.words
    if obj is None or obj.lemma_.lower() not in words["order_nouns"]:
        return []
    subj, passive = ctx.subject(verb)
    if passive:
        return []
    heads = (verb, obj)
    buyers = [m for h in heads for p in _prep_objects(h, {"from"})
              for m in _conjoined_actors(ctx, p)]
    # "Britain wins Saudi order for Tornado jets", "won India's order": the order's nationality
    # or possessor is the buyer (dev conventions of d146–d165)
    buyers = buyers or [m for c in obj.children if c.dep_ in ("amod", "poss", "compound")
                        if (m := ctx.own(c)) is not None and m.cls == "Country"]
    roots = [p for h in heads for p in _prep_objects(h, {"for"})]
    items = [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"))]
    if not (items or any(_material(ctx, r) for r in roots)):
        return []
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [b], "item": items})
            for s in _actors(ctx, subj) for b in buyers if b.span != s.span]


def _depends(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Vietnam relies on Russia for most of its weapons": the object of "on" supplies the
    subject what "for" names, if it is material ("relies on Russia for gas" is no arms
    supply, nor "depends on the US for its security")."""
    subj, passive = ctx.subject(verb)
    wanted = [p for p in _prep_objects(verb, {"for"})]
    items = [m for r in wanted for m in ctx.mentions(r.subtree, ctx.role("item"))]
    if passive or not (items or any(_material(ctx, r) or any(
            _material(ctx, t) for t in _prep_objects(r, {"of"})) for r in wanted)):
        return []
    suppliers = [m for p in _prep_objects(verb, {"on", "upon"})
                 for m in _conjoined_actors(ctx, p)]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r], "item": items})
            for s in suppliers for r in _actors(ctx, subj) if r.span != s.span]


def _comes_from(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Most of Algeria's weapons come from Russia", "its arms came from China": the state
    after "from" supplies the holder of the material (issue 12); nothing for what is no
    material ("most of the money comes from Qatar") or has no holder and no weapon named."""
    subj, passive = ctx.subject(verb)
    if subj is None or passive:
        return []
    wanted = [subj, *_prep_objects(subj, {"of"})]
    items = [m for r in wanted for m in ctx.mentions(r.subtree, ctx.role("item"))]
    owner = _stock_owner(ctx, verb)
    if not items and owner is not None and subj.lower_ in PLURAL_PRONOUNS:
        items = pronoun_items(ctx, subj)  # "they came from Polish air force stocks"
    if not (items or any(_material(ctx, r) or r.lemma_.lower() in ctx.rules.words[
            "receiving_nouns"] for r in wanted)):  # ("… of Pakistan's arms imports")
        return []
    holders = [m for r in wanted for m in _possessors(ctx, r)] or \
        [m for r in wanted for m in _whose_antecedent(ctx, r)]  # "the army, whose tanks came"
    suppliers = [m for p in _prep_objects(verb, {"from"}) for m in _conjoined_actors(ctx, p)]
    if not suppliers and owner is not None:  # "from surplus US Army stocks": the owner (SU6)
        suppliers = [owner]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r] if r else [],
                                              "item": items})
            for s in suppliers for r in (holders[:1] or [None])
            if (r is not None or items) and (r is None or r.span != s.span)]


def _licensed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"builds Chinese Type 85 tanks under licence", "producing rifles under Belgian and British
    licences", "planes built by Sierra Nevada under a licence from Embraer": licensed
    production is a transfer from the licensor (SU8) — the party after "from", else the states
    the licence names, else the state the made weapons are named after — to the maker (the
    subject, or the "by" agent of a passive) (issue 12, h-sup7)."""
    subj, passive = ctx.subject(verb)
    # ("built at the E yard of F under licence": the parser may hang the licence on the site)
    heads = (verb, *_children(verb, {"dobj"}), *(sites(ctx, verb) if passive else ()))
    licences = [p for h in heads for p in _prep_objects(h, {"under"})
                if p.lemma_.lower() in ctx.rules.words["licence_nouns"]]
    if not licences:
        return []
    lic = licences[0]
    maker = _agent(verb) if passive or verb.dep_ == "acl" else subj
    makers = _actors(ctx, maker) or (site_makers(ctx, verb) if passive and maker is None else [])
    made = (_children(verb, {"nsubjpass"}) or [verb.head]) if passive or verb.dep_ == "acl" \
        else _children(verb, {"dobj"})
    items = [m for o in made for r in (o, *o.conjuncts) for m in _held_items(ctx, r)]
    own = [m for c in lic.children if c.dep_ in ("amod", "compound", "poss", "nmod")
           for t in (c, *c.conjuncts) if (m := ctx.own(t)) is not None and m.cls == "Country"]
    named = [m for o in made for t in o.subtree if (m := ctx.own(t)) is not None
             and m.cls == "Country" and t.dep_ in ("amod", "compound", "nmod")]
    licensors = [m for p in _prep_objects(lic, {"from"})
                 for m in apposed_licensors(ctx, p) or _conjoined_actors(ctx, p)] \
        or own or named[:1]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r],
                                              "item": items})
            for s in licensors for r in makers[:1]
            if r.span != s.span and (r.key is None or r.key != s.key)]


def _spent_on(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Iraq has spent billions on US weapons", "spent 4 billion dollars on Russian arms,
    including 24 Su-30 fighters": the state whose nationality the material after "on" bears
    supplies the spender (issue 12); nothing without a nationality ("spends 2 percent of its
    economy on defence") or for what is no material ("spent millions on Russian advisers")."""
    subj, passive = ctx.subject(verb)
    # "spent 6 billion euros on French warships": the parser may hang "on" on the money
    bought = [p for h in (verb, *_children(verb, {"dobj"})) for p in _prep_objects(h, {"on"})
              if ctx.mentions([p], ctx.role("item")) or _material(ctx, p)]
    if passive or not bought:
        return []
    # ("on Russian arms"; "on arms from Russia")
    suppliers = [m for p in bought for m in _nationals(ctx, p) + [
        a for q in _prep_objects(p, {"from"}) for a in _conjoined_actors(ctx, q)]]
    items = [m for r in [*bought, *_listed_examples(verb)]
             for m in ctx.mentions(r.subtree, ctx.role("item"))]
    spenders: list[Mention] = []
    for actor in _actors(ctx, subj):
        # "Chavez has spent …": a leader spends for the state the article affiliates him with
        # (no recipient where it names none or several)
        states = _leader_states(actor, ctx.by_token.values()) if actor.cls == "Person" \
            else {"": actor}
        spenders += list(states.values()) if len(states) == 1 else []
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r] if r else [],
                                              "item": list(dict.fromkeys(items))})
            for s in suppliers for r in (spenders or [None])
            if (r is not None or items) and (r is None or r.span != s.span)]


def _raised_antecedent(verb: Token) -> Token | None:
    """The antecedent of a relative clause whose verb ``verb`` complements: "the system that
    Russia agreed to sell (Iran)" → system; None when the relative pronoun is the clause's
    subject ("jets that were to be sold") or ``verb`` heads no such chain."""
    v = verb
    while v.dep_ == "xcomp" and v.head.i != v.i:
        v = v.head
    if v.i == verb.i or v.dep_ != "relcl" or any(
            c.lower_ in RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass")
            for c in v.children):
        return None
    return v.head


def _supplied_to(ctx: _Sentence, verb: Token, patient: Token | None, bare: bool = False
                 ) -> list[RelationMention]:
    """A passive whose subject received: "Ukraine was supplied with tanks by Poland", "Ukraine
    was given 20 tanks by Poland" (the "by" object supplies what the object or "with"
    names); any other passive subject ("the tanks were delivered") is what was supplied.
    ``bare``: with no object and no "with", a supply of nothing named, as the active "Iran
    supplied the militia" is."""
    recipients = _actors(ctx, patient)
    roots = _children(verb, {"dobj"}) + _prep_objects(verb, {"with"})
    # "by Poland and Slovakia" (each supplies), as agent, or hung on the weapons ("with tanks
    # by Poland") (issue 12, h-supp5)
    agents = _prep_objects(verb, {"by"}) + _equipping_agents(ctx, verb) + \
        [p for r in roots for p in _prep_objects(r, {"by"})]
    if not agents:
        # "Polish forces are equipped with weapons from Moscow": with no agent, the state,
        # body or firm the material comes "from" (a name itself: not "weapons from the
        # Soviet era") supplies (h-sup36)
        agents = [c for r in roots for p in _prep_objects(r, {"from"}) for c in (p, *p.conjuncts)
                  if (m := ctx.own(c)) is not None and m.cls in ("Country", "Agency", "Company")]
    suppliers = list(dict.fromkeys(m for a in agents for m in _conjoined_actors(ctx, a)))
    inside = {t.i for a in agents for t in a.subtree}
    items = [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"), exclude=inside)
             if _held_by(ctx, m, r)]
    if not (recipients and suppliers and (items or any(_material(ctx, r) for r in roots)
                                          or bare and not roots)):
        return []
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r], "item": items})
            for s in suppliers for r in recipients if r.span != s.span]


def _equipping_agents(ctx: _Sentence, verb: Token) -> list[Token]:
    """The "by" objects of a passive: its agent, and for a verb of equipping also a second
    "by" coordinated with the agent ("armed first by Moscow and then by Washington") and,
    with no agent of its own, the agent of a verb coordinated after it that has no subject of
    its own ("was equipped and trained by France", "are armed and trained by X": the one
    agent holds for both verbs) (issue 12, stop 35, h-sup33)."""
    agent = _agent(verb)
    if verb.lemma_.lower() not in ctx.rules.words["equipping"] and \
            verb.lower_ not in ctx.rules.words["equipped_adjectives"]:
        return [agent] if agent is not None else []
    if agent is None:
        later = next((c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
                      and not any(d.dep_ in SUBJECTS for d in c.children)), None)
        agent = _agent(later) if later is not None else None
    if agent is None:
        return []
    prep = agent.head  # (the parser may hang the second "by" on the verb or on the first)
    more = [b for b in (*prep.conjuncts, *_children(prep.head, {"conj"}))
            if b.lower_ == "by" and b.i > prep.i]
    return [agent] + [o for b in dict.fromkeys(more) for o in _pobjs(b)]


@_starts_at("equipped_adjectives")
def _armed_adjective(ctx: _Sentence) -> list[RelationMention]:
    """"The rebels are armed and trained by X": "armed" tagged as an adjective after "be",
    with the agent of a passive coordinated after it (``_equipping_agents``): X supplies
    the copula's subject (nothing named, or what "with" names) (issue 12, stop 35,
    h-sup33)."""
    out: list[RelationMention] = []
    for t in ctx.sent:
        if t.pos_ != "ADJ" or t.dep_ != "acomp" or \
                t.lower_ not in ctx.rules.words["equipped_adjectives"]:
            continue
        subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
            continue
        out.extend(_supplied_to(ctx, t, subj, bare=True))
    return out


def _supplied_under_deal(ctx: _Sentence, verb: Token, patient: Token | None
                         ) -> list[RelationMention]:
    """"The jets were supplied under a contract that Peru signed with Rosoboronexport", "…
    under a 2005 contract with CATIC", "… under a programme that lets Washington give surplus
    equipment": with no "by" agent, the deal's other party or the programme's giver supplies
    the passive subject's weapons (or, for a bare word like "the jets", those the deal is for)
    to the "to" object or else to the one who signed the deal (issue 12, SU7)."""
    if patient is None or patient.lower_ in RELATIVE_PRONOUNS:
        return []
    items = [m for r in (patient, *patient.conjuncts) for m in _held_items(ctx, r)]
    deals = [d for d in _prep_objects(verb, {"in", "under"}) + _after_interjected_source(verb)
             if _deal_noun(ctx, d)]
    if patient.lemma_.lower() in ctx.rules.words["supply_objects"]:
        # "The jets were supplied under a contract for 12 F-7s": the contract names them
        items = [m for d in deals for m in _held_items(ctx, d)] or items
    # "a contract worth $150 million that Peru signed with …": the clause may hang lower
    signing = [c for d in deals for c in d.subtree if c.dep_ in ("acl", "relcl")
               and c.pos_ == "VERB" and "signed" in ctx.rules.relations_for(c.lemma_.lower())]
    recipients = [r for p in _directed_objects(verb, ctx.rules.to_preps)
                  for r in _conjoined_actors(ctx, p)]
    taken = {m.key or m.lemma for m in recipients}
    # ("… under a <state's> programme for <goods>": the programme's owner; h-sup113)
    sellers = [m for m in (*_with_parties(ctx, [*signing, *deals]), *_deal_givers(ctx, deals),
                           *programme_owners(ctx, deals))
               if m.cls != "Person" and (m.key or m.lemma) not in taken] if items else []
    sellers = _cosigned_firms(sellers)
    if not sellers:
        return []
    recipients = recipients or _deal_recipient(ctx, deals, sellers)
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r] if r else [],
                                              "item": items})
            for s in sellers for r in [x for x in recipients if x.span != s.span] or [None]]


def _cosigned_firms(sellers: list[Mention]) -> list[Mention]:
    """The first seller, and every firm after it where the first is a firm: "under a contract
    signed with the aircraft maker MiG and the exporter Rosoboronexport" (both sell; SU7)."""
    if not sellers or sellers[0].cls != "Company":
        return sellers[:1]
    return list(dict.fromkeys(m for m in sellers if m.cls == "Company"))


def _deal_recipient(ctx: _Sentence, deals: list[Token], sellers: list[Mention]
                    ) -> list[Mention]:
    """The recipient of goods moved under ``deals`` where the sentence names none: the deal's
    signer ("under a contract that Peru signed with HDW"), else the story's one buyer
    (``_deal_buyer``)."""
    return _deal_signers(ctx, deals)[:1] or _deal_buyer(ctx, deals, sellers)


def _deal_signers(ctx: _Sentence, deals: list[Token]) -> list[Mention]:
    """The named subject of a deal's relative clause of signing: "under a contract that Peru
    signed with HDW" → Peru, the buyer (SU7)."""
    return [m for d in deals for c in d.subtree if c.dep_ == "relcl" and c.pos_ == "VERB"
            and "signed" in ctx.rules.relations_for(c.lemma_.lower())
            # (not "a contract, of which the German government agreed to pay a third")
            and not any(t.dep_ == "pobj" and t.lower_ in RELATIVE_PRONOUNS for t in c.subtree)
            for sub in _children(c, {"nsubj"}) if sub.lower_ not in RELATIVE_PRONOUNS
            for m in _actors(ctx, sub)]


def _deal_buyer(ctx: _Sentence, deals: list[Token], sellers: list[Mention]) -> list[Mention]:
    """"The jets were delivered under a contract signed with Dassault, and Sudanese pilots fly
    them", "the ships were ordered from TKMS under a contract …, Israeli officials said": a
    passive transfer under a contract that names the selling firms and no recipient goes to the
    buyer of the contract, the one state the article's supplies went to before, where the
    sentence names that state or a body of it (SU2, SU7; none where the supplies went to
    several states, from a state seller, or in a sentence that does not name the buyer)."""
    buyer = ctx.prior_buyer
    if buyer is None or not buyer.key or not deals or not sellers or any(
            s.cls != "Company" or (s.key or s.lemma) == buyer.key for s in sellers):
        return []
    named = {m.key for t in ctx.sent if (m := ctx.own(t)) is not None and m.key}
    return [buyer] if any(k == buyer.key or bracketed(k) == buyer.key for k in named) else []


def _deal_givers(ctx: _Sentence, deals: list[Token]) -> list[Mention]:
    """The named giver of a deal's own clause: "a programme that lets Washington give surplus
    equipment" → Washington (SU7, as d183); not a relative pronoun."""
    return [m for d in deals for c in d.children if c.dep_ in ("acl", "relcl")
            for v in c.subtree if v.pos_ == "VERB"
            and "supplies" in ctx.rules.relations_for(v.lemma_.lower())
            # it gives something: not "a contract that Chile won" (the deal itself is its object)
            and any(o.dep_ in ("dobj", "dative") and o.lower_ not in RELATIVE_PRONOUNS
                    for o in v.children)
            for sub in _children(v, {"nsubj"}) if sub.lower_ not in RELATIVE_PRONOUNS
            for m in _actors(ctx, sub)]


def _after_interjected_source(verb: Token) -> list[Token]:
    """"were delivered to the base, one official said, under a contract …": the parser hangs
    an "in"/"under" phrase placed after an interjected source on its reporting verb (the
    clause's head or a parataxis of it); it belongs to the reported clause (issue 12,
    h-supp3)."""
    says = [c for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        says.append(verb.head)
    return [p for said in says for p in _prep_objects(said, {"in", "under"}) if p.i > said.i]


def _worth_deal(ctx: _Sentence, verb: Token) -> Token | None:
    """The deal noun whose "worth" phrase the parser hung the infinitive ``verb`` in ("signed a
    contract worth $50 million to supply …"); None where there is none (issue 12, h-sup89)."""
    deal = next((h for h in verb.ancestors if h.lower_ == "worth"), verb).head
    return deal if verb in _worth_infinitives(deal) and _deal_noun(ctx, deal) else None


def _deal_noun(ctx: _Sentence, tok: Token) -> bool:
    """An agreement named or described by its noun ("a contract", "the deal")."""
    own = ctx.own(tok)
    words = ctx.rules.words
    return own is not None and own.cls in ctx.role("agreement") or \
        tok.lemma_.lower() in words["agreement_nouns"] | words["contract_nouns"]


def _held_by(ctx: _Sentence, item: Mention, root: Token) -> bool:
    """The item is part of what ``root`` names: reached from it only through modifiers,
    conjuncts and the prepositions of a part or a list ("the first of four radars", "aid
    including missiles", "tanks with ammunition"), not through "against", "about" …"""
    tok = _mention_root(ctx, item, root.subtree)
    words = ctx.rules.words
    if tok is not None and fleet_ranking(ctx, tok):
        return False  # "…, now the largest warships of its navy": the ship named before
    head = tok.head if tok is not None else None
    if head is not None and head.lower_ in words["class_words"] and head.dep_ == "compound":
        head = head.head  # "the Oberon-class O'Brien": "class" is the item's own word
    if head is not None and tok.dep_ in ("compound", "nmod", "amod") and \
            head.pos_ == "NOUN" and ctx.own(head) is None and \
            not {head.lemma_.lower(), head.lower_} & (
                words["supply_objects"] | words["amount_nouns"] | words["group_nouns"]
                | ctx.rules.force_nouns):
        return False  # "Kilo-class submarine upgrades": the item only names the service
    while tok is not None and tok.i != root.i:
        if tok.pos_ == "ADP" and tok.lower_ not in PART_PREPS:
            return False
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and ctx.own(tok) is None and \
                tok.lemma_.lower() not in words["supply_objects"]:
            return False  # "F-7 fighters, a version of the MiG-21" (issue 12, h-supp7)
        if _content_clause(tok):
            return False  # "gave assurances that the jets would not be passed on" (h-supp4)
        tok = tok.head if tok.head.i != tok.i else None
    return True


def _content_clause(tok: Token) -> bool:
    """A clause that states what a noun says ("assurances that the aircraft would stay"):
    the weapons it names are spoken of, not handed over (issue 12, h-supp4)."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in tok.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _members(ctx: _Sentence, group: Token) -> list[Mention]:
    """The named members of a group that its own words do not name: "to more than 20
    countries, including Poland and Morocco" → Poland, Morocco."""
    if ctx.own(group) is not None:
        return []
    return [m for p in _prep_objects(group, ctx.rules.words["member_preps"])
            for m in _conjoined_actors(ctx, p)]


def _money_only(ctx: _Sentence, obj: Token) -> bool:
    """The object is a sum of money ("lent Hanoi $300 million to buy patrol vessels", "lends
    the firm $75 million", "gave Kyiv the money for tanks"), not an amount of material ("$2
    billion worth of Su-30s", "$40 billion in military aid"): money is no supply (gold README),
    and what it is to buy is not yet supplied (h-prec)."""
    if obj.ent_type_ != "MONEY" and obj.lemma_.lower() not in ctx.rules.words["money_nouns"]:
        return False
    if _material(ctx, obj) and not _aid_sum(ctx, obj):
        return False
    return not any(ctx.mentions(p.subtree, ctx.role("item"))
                   for h in (obj, *(c for c in obj.children if c.lemma_.lower() == "worth"))
                   for p in _prep_objects(h, {"of", "in"}))


def _service_aid(ctx: _Sentence, obj: Token | None) -> bool:
    """Aid a service word qualifies ("technical assistance", "logistical aid"): a service, no
    supply (SU11)."""
    words = ctx.rules.words
    return obj is not None and obj.lemma_.lower() in words["aid_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in words["service_aid_modifiers"] for c in obj.children)


def _unmeasured_aid(ctx: _Sentence, obj: Token) -> bool:
    """Aid received with no goods named in or after it ("receives American military aid",
    no sum, no "including" list, no other material conjoined: "aid and arms"): the programme
    of money a sum measures in "received $280 million in American military aid" (SU11), so
    its nationality names no seller (gold has no line: d540, d676; d1230 reads it as money;
    issue 12, h-sup121)."""
    words = ctx.rules.words
    if obj.lemma_.lower() not in words["aid_nouns"] or ctx.mentions(
            obj.subtree, ctx.role("item")):
        return False
    if any(c.lemma_.lower() in words["supply_objects"]
           and c.lemma_.lower() not in words["aid_nouns"] for c in obj.conjuncts):
        return False
    return not any(ctx.mentions(t.subtree, ctx.role("item")) or _material(ctx, t)
                   for t in _listed_examples(obj.head))


def _measuring_sum(ctx: _Sentence, tok: Token) -> list[Token]:
    """The noun and, for aid measured by a sum ("2 billion dollars in military aid"), that
    sum: a relative clause may hang on either."""
    if tok.lemma_.lower() in ctx.rules.words["aid_nouns"] and tok.dep_ == "pobj" and \
            tok.head.lower_ in ("in", "of") and tok.head.head.i != tok.head.i:
        return [tok, tok.head.head]
    return [tok]


def _aid_sum(ctx: _Sentence, obj: Token) -> bool:
    """A sum whose only material is aid: "4 billion dollars in military aid" is money handed
    over (SU11; its weapons listed after "including" are read before this), "$5 million in aid
    and arms" still carries arms."""
    words = ctx.rules.words
    held = [t for p in obj.subtree if p.dep_ == "pobj" and p.head.lower_ in ("in", "of")
            for t in (p, *p.conjuncts) if t.lemma_.lower() in words["supply_objects"]]
    return bool(held) and all(t.lemma_.lower() in words["aid_nouns"] for t in held)


@_starts_at("transfer_nouns", "receiving_nouns", "supplier_nouns", "customer_nouns",
            "supplied_participles", "cargo_verbs")
def _noun_supplies(ctx: _Sentence) -> list[RelationMention]:
    """Supplies stated by nouns: "the delivery of Patriot systems to Poland by Germany",
    "the main arms supplier of Taiwan", "French-supplied missiles"."""
    out = []
    rules = ctx.rules
    for tok in ctx.sent:
        lemma = tok.lower_
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.words["transfer_nouns"]:
            receiving = ("take", *rules.words["receiving"])
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in receiving:
                continue  # "took delivery of": the verb's extractor reads it
            if _blocked(ctx, tok) and not protested_sale(ctx, tok):
                continue  # "banned US arms sales to Venezuela": none took place
            if unmade_sale(ctx, tok):
                continue  # "the proposed sale of jets to": still to come (SU3)
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _planned(tok.head, rules.words):
                continue  # "would consider resuming military supplies to": a plan (SU3)
            suppliers = [m for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                         if (m := _best_actor(ctx, c)) is not None]
            suppliers += [m for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                "by", "from") for g in _pobjs(c) if (m := _best_actor(ctx, g))]
            # "deliveries of S-400 systems from Russia to India": "from" on the items
            # (issue 12, h-supp5)
            suppliers += [m for p in _prep_objects(tok, {"of"}) for g in _prep_objects(p, {"from"})
                          if (m := _best_actor(ctx, g)) is not None and m not in suppliers]
            # "completed the delivery"
            carried = tok.dep_ == "dobj" and tok.head.lemma_.lower() in rules.words[
                "transfer_verbs"]
            if not suppliers and carried:
                subj, passive = ctx.subject(tok.head)
                suppliers = [] if passive else _actors(ctx, subj)
            # "Washington agreed to the sale of 66 jets to Taiwan": the seller's own consent
            # reads like "agreed to sell" (dev conventions of d126–d145); a state or firm only
            # (a government body's consent is an approval, not asserted)
            consent = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
            if not suppliers and consent is not None and \
                    consent.lemma_.lower() in rules.words["consenting"]:
                subj, passive = ctx.subject(consent)
                if not (passive or _negated(consent, subj, rules.words)
                        or _planned(consent, rules.words)):
                    suppliers = [m for m in _actors(ctx, subj) if m.cls in ("Country", "Company")]
            # "completed delivery of two frigates to Australia", "calling the US arms
            # supplies to Taiwan a violation": "to" may hang on the governing verb (not on a
            # supply verb of its own)
            governed = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
                "supplies" not in rules.relations_for(tok.head.lemma_.lower())
            recipients = [m for h in (tok, *([tok.head] if carried or governed else []))
                          for p in _prep_objects(h, rules.to_preps)
                          if (m := _best_actor(ctx, p)) is not None]
            recipients += [m for h in (tok, *_prep_objects(tok, {"of"}))  # (h-supp2)
                           for m in _bound_for(ctx, h) if m not in recipients]
            items = [m for p in _prep_objects(tok, {"of"})
                     for m in ctx.mentions(p.subtree, ctx.role("item"))]
            if not suppliers and recipients:
                # "the first shipment of Polish tanks to Ukraine": the items' nationality
                # sends them (only with a recipient: "a shipment of Iranian drones arrived"
                # names origin)
                suppliers = [m for p in _prep_objects(tok, {"of"})
                             for m in _nationals(ctx, p)][:1]
            for supplier in suppliers if (recipients or items) else []:
                out.append(_relation(ctx, "supplies", tok, {
                    "supplier": [supplier],
                    "recipient": [r for r in recipients if r.span != supplier.span][:1],
                    "item": list(dict.fromkeys(items))}))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.words["receiving_nouns"]:
            out.extend(_purchase(ctx, tok))
        elif tok.pos_ == "NOUN" and lemma in rules.words["supplier_nouns"] and (
                _supplier_head(tok) is not None or _named_supplier(ctx, tok) is not None):
            head = _supplier_head(tok) or tok
            joint: list[Mention] = []  # "France and Germany are Ukraine's main suppliers"
            if _supplier_head(tok) is None:  # "Algeria's main arms supplier, Russia, …"
                supplier = _named_supplier(ctx, tok)
            elif head.dep_ in ("attr", "prep"):
                # (none where negated: "are not its suppliers")
                supplier = _best_actor(ctx, ctx.subject(head.head)[0]) \
                    if not _negated(head.head, None, rules.words) else None
                joint = [m for m in _actors(ctx, ctx.subject(head.head)[0])[1:]
                         if supplier is not None and m.span != supplier.span]
            else:
                supplier = _best_actor(ctx, head.head)
                # "China and Russia, Myanmar's main arms suppliers, …": a plural apposition
                # on coordinated names is each one's (s83 h-sup132)
                joint = [m for m in _actors(ctx, head.head)[1:] if supplier is not None
                         and m.span != supplier.span] if tok.tag_ == "NNS" else []
            # "one of India's leading arms suppliers alongside Russia and Israel"
            others = joint + [m for p in _prep_objects(tok, {"alongside", "with", "besides"})
                              for m in _conjoined_actors(ctx, p)]
            others += _ranked_before(ctx, tok)
            # ("Ukraine's state arms exporter": its home, no customer; h-sup103)
            owned = owned_supplier(tok, rules.words["owning_modifiers"])
            recipients = [] if owned else _possessors(ctx, tok)
            recipients += [m for p in _prep_objects(tok, {"of", "to", "for"})
                           if (m := _best_actor(ctx, p)) is not None]
            # "the main arms supplier of both Thailand and the Philippines": each state the
            # object coordinates is a customer, a line of its own (s83 h-sup132)
            also = [m for p in _prep_objects(tok, {"of", "to", "for"})
                    for m in _conjoined_actors(ctx, p)[1:]]
            if head.dep_ == "attr":  # "has been a major supplier of arms to Greece"
                recipients += [m for p in _prep_objects(head.head, rules.to_preps)
                               if (m := _best_actor(ctx, p)) is not None]
            items = [m for p in _prep_objects(tok, {"of"})  # "a supplier of F-16s to …"
                     for m in ctx.mentions(p.subtree, ctx.role("item"))]
            recipients = [r for r in recipients if supplier is None or r.span != supplier.span]
            also = [r for r in also if r not in recipients[:1]
                    and (supplier is None or r.span != supplier.span)]
            for who in [supplier, *others] if supplier is not None and (
                    recipients or items) else []:
                out.extend(_relation(ctx, "supplies", tok, {
                    "supplier": [who], "recipient": to, "item": items})
                    for to in [recipients[:1], *([r] for r in also)])
        elif tok.pos_ == "NOUN" and lemma in rules.words["customer_nouns"]:
            found = _customers(ctx, tok)
            out.extend(found + listed_customers(ctx, tok, found))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in rules.words["cargo_verbs"]:
            out.extend(_carried(ctx, tok))
        elif lemma in rules.words["supplied_participles"] and tok.i >= ctx.sent.start + 2 and \
                tok.doc[tok.i - 1].text == "-":
            supplier = ctx.own(tok.doc[tok.i - 2])
            item = ctx.own(tok.head) or next(
                (ctx.own(t) for t in tok.doc[tok.i + 1 : ctx.sent.end] if ctx.own(t)), None)
            bound = _bound_for(ctx, tok.head)
            if item is None or item.cls not in ctx.role("item"):
                if not (bound and _material(ctx, tok.head)):
                    continue
                item = None  # "Iranian-supplied arms bound for Hamas": no weapon named
            recipients = [r for r in [*(_holders(ctx, tok.head) if item else []), *bound]
                          if supplier is not None and r.span != supplier.span
                          and r.key != supplier.key][:1]
            if supplier is not None and supplier.cls in ctx.role("actor"):
                out.append(_relation(ctx, "supplies", tok, {
                    "supplier": [supplier], "item": [item] if item is not None else [],
                    "recipient": recipients}))
    return out


def _carried(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"convoys carrying weapons from Syria to Hezbollah", "a Chinese freighter, the Yinhe,
    which Washington suspects of carrying chemicals … to Iran": a cargo carrier bringing
    material to a recipient; the carrier's nationality, else the "from" actor, supplies
    (d262, d303; issue 12, h-sup10)."""
    words = ctx.rules.words
    carrier = verb.head if verb.dep_ == "acl" else None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.dep_ == "relcl":
        carrier = verb.head.head.head  # "… which Washington suspects of carrying"
    if carrier is not None and carrier.dep_ == "appos":
        carrier = carrier.head  # "a Chinese freighter, the Yinhe, …"
    if carrier is None or carrier.lemma_.lower() not in words["cargo_carriers"] or \
            _negated(verb, None, words) or _planned(verb, words) or _blocked(ctx, carrier):
        return []  # ("stopped a plane carrying rifles bound for Syria": blocked, SU3)
    cargo = _children(verb, {"dobj"})
    items = [m for o in cargo for m in ctx.mentions(o.subtree, ctx.role("item"))]
    # ("carrying chemicals for chemical weapons": the parser may hang the purpose on the verb)
    if not items and not any(t.lemma_.lower() in words["supply_objects"] for t in verb.subtree):
        return []  # "planes carrying troops": no material
    recipients = [m for p in _prep_objects(verb, ctx.rules.to_preps)
                  for m in _conjoined_actors(ctx, p)]
    recipients += [m for o in cargo for m in _bound_for(ctx, o) if m not in recipients]
    suppliers = [m for c in carrier.children if c.dep_ in ("amod", "compound")
                 if (m := ctx.own(c)) is not None and m.cls == "Country"] or \
        [m for h in (verb, *cargo) for p in _prep_objects(h, {"from"})  # ("arms from Iran")
         if (m := _best_actor(ctx, p)) is not None]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r], "item": items})
            for s in suppliers[:1] for r in recipients if r.span != s.span]


@_starts_at("cargo_senders")
def _sent_with_cargo(ctx: _Sentence) -> list[RelationMention]:
    """"Australia sent a navy ship with relief supplies to Vanuatu", "New Zealand dispatched
    two navy ships to Tonga carrying drinking water": a ship or plane sent with cargo is a
    deployment of its crew, and the sender supplies the cargo to the actor it goes to (d137,
    d350). The cargo's weapons are the items; goods with no weapon named make a supply
    without item."""
    words = ctx.rules.words
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["cargo_senders"]:
            continue
        carrier = _object(verb)
        subj, passive = ctx.subject(verb)
        if carrier is None or carrier.lemma_.lower() not in words["cargo_carriers"] or \
                passive or _negated(verb, subj, ctx.rules.words) or _planned(verb, words) or \
                _in_denial(verb, ctx.rules.denying):
            continue
        # "with relief supplies" on the verb or the carrier; "carrying drinking water" as a
        # clause on either
        loads = [p for h in (verb, carrier) for p in _prep_objects(h, {"with"})]
        carrying = [c for h in (verb, carrier) for c in h.children
                    if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in words["cargo_verbs"]
                    and c.tag_ != "VB"]  # (sent ships "to carry food": a purpose, SU11)
        loads += [o for c in carrying for o in _children(c, {"dobj"})]
        cargo = [t for load in loads for t in (load, *load.conjuncts)
                 if _freight(ctx, t) or t.lemma_.lower() in words["relief_cargo"]]
        suppliers = _actors(ctx, subj)[:1]
        if not cargo or not suppliers:
            continue
        recipients = [m for h in (verb, carrier, *carrying, *cargo)
                      for p in _directed_objects(h, ctx.rules.to_preps)
                      for m in _conjoined_actors(ctx, p)]
        items = [m for t in cargo if (m := ctx.own(t)) is not None and m.cls in ctx.role("item")]
        out += [_relation(ctx, "supplies", verb, {"supplier": suppliers, "recipient": [r],
                                                  "item": items})
                for r in dict.fromkeys(recipients) if r.span != suppliers[0].span]
    return out


def _bound_for(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The actor a shipment or a supplied weapon is "bound for" / "destined for" ("Iranian-
    supplied arms bound for Hamas", "a shipment of weapons bound for Zimbabwe"): its recipient
    (issue 12, h-supp2)."""
    words = ctx.rules.words["destination_participles"]
    return [m for c in noun.children if c.dep_ in ("acl", "amod")
            and (c.lower_ in words or c.lemma_.lower() in words)
            for p in _prep_objects(c, {"for"}) for m in _conjoined_actors(ctx, p)]


# --- supplies, round 5 (issue 12, h-supp5): helpers of the supply extractors above --------
def _origin_supplier(doc: Doc, r: RelationMention, by_token: dict[int, Mention],
                     rules: RelationRules, offset: int) -> bool:
    """The supply's supplier is only the nationality of its weapons: "Qatar buys German
    Leopard tanks", "orders Swedish field guns" (an adjective on an item or on material)."""
    supplier = r.role("supplier")[0]
    items = set(r.role("item"))
    own = doc.char_span(supplier.span.start - offset, supplier.span.end - offset,
                        alignment_mode="expand")
    for t in own if own is not None else ():
        # (the adjective's root: "South Korean" is read at "Korean"; h-supp3)
        if by_token.get(t.i) is not supplier or by_token.get(t.head.i) == supplier and \
                t.head.i != t.i:
            continue
        head = t.head
        # (a headline's title case may tag the adjective a proper noun: "receives first
        # Turkish Bayraktar drones"; not the state's own name, "Russia Su-30 jets"; h-sup8)
        # (also as an adjectival modifier: "takes delivery of first French Mirage 50 fighters")
        adjective = t.pos_ == "ADJ" or t.pos_ == "PROPN" and t.dep_ in ("compound", "amod") and \
            t.text.lower() != (supplier.key or "").lower()
        if not adjective or t.dep_ not in ("amod", "compound", "nmod"):
            return False
        if supplier.cls == "Agency" and premodified(head, rules.words["former_owner_words"]):
            return False  # "the former US Navy frigate": the service owned it (h-sup118)
        return by_token.get(head.i) in items or head.lemma_.lower() in rules.words[
            "supply_objects"] or _names_item(head, by_token, items)
    return False


def _names_item(head: Token, by_token: dict[int, Mention], items: set[Mention]) -> bool:
    """The goods' noun is named by an item before it: "first Italian M-346 trainers" (the
    adjective is on the named system's phrase, whatever its kind noun; h-prec5)."""
    return any(c.dep_ in ("compound", "nmod") and by_token.get(c.i) in items
               for c in head.children if c.i < head.i)


def _firm_nations(doc: Doc, firm: Mention, by_token: dict[int, Mention], offset: int
                  ) -> list[Mention]:
    """The countries the firm's own noun phrase names: "the Swedish arms maker AB Bofors",
    "Germany's Rheinmetall" (not a relative clause on it)."""
    own = doc.char_span(firm.span.start - offset, firm.span.end - offset,
                        alignment_mode="expand")
    if own is None:
        return []
    head = own.root
    while head.dep_ in ("appos", "compound", "nmod") and head.head.i != head.i and \
            head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    aside = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep")
             for t in c.subtree}
    return [by_token[t.i] for t in head.subtree if t.i not in aside and t.i in by_token
            and by_token[t.i].cls == "Country"]


def _without_superseded_origins(doc: Doc, found: list[RelationMention],
                                by_token: dict[int, Mention], rules: RelationRules,
                                offset: int) -> list[RelationMention]:
    """Drop a supply whose supplier is only the weapons' nationality ("India orders Swedish
    field guns") where the document names a company selling to the same buyer ("signed a
    contract with the Swedish arms maker AB Bofors"): the firm is the seller, the adjective
    the goods' origin (issue 12, h-supp5; gold convention of dev d106–d125). Not where the
    article also names the state itself selling that kind to that buyer ("bought from Sweden"):
    then the nationality is the seller (SU6's "receives Russian jets"; ``confirmed_sellers``)."""
    def key(m: Mention) -> str:
        return m.key or m.lemma

    def kinds(items: Iterable[Mention]) -> set[str]:
        """The items' keys and their systems' names ("Leopard tank", "Leopard 2 tank":
        "Leopard"; h-supp3)."""
        return {k for m in items for k in (key(m), _system_name(key(m))) if k}

    def sold_kinds(items: Iterable[Mention]) -> set[str]:
        """The firm's items' kinds, also the generic kind of a named one ("Type 209
        submarine": "submarine"), which a headline's bare kind names (h-sup104)."""
        return kinds(items) | {k for m in items if (k := _generic_kind(key(m)))}

    # buyer → what the firms' sentences tie them to: their items and the countries named
    # there ("the Swedish arms maker AB Bofors"); another firm's radars say nothing of tanks.
    # A state body that sells is such a seller too ("bought from the German army's surplus
    # stocks": "first German Leopard 2 tanks" names their origin; SU6, h-sup8)
    sellers = ("Company", "Agency")
    sold: dict[str, set[str]] = {}
    for r in found:
        if r.relation != "supplies" or not any(s.cls in sellers for s in r.role("supplier")):
            continue
        # (a generic kind only for a firm's system: a state body selling its own used
        # "Karel Doorman-class frigates" makes "used Dutch frigates" the state's sale, SU6)
        firm = any(s.cls == "Company" for s in r.role("supplier"))
        tied = (sold_kinds if firm else kinds)(r.role("item")) | {
            key(c) for s in r.role("supplier") if s.cls in sellers
            for c in _firm_nations(doc, s, by_token, offset)}
        # (the buyer's state: a firm's sale to "the Kenya Air Force" ties the headline's
        # "Kenya takes delivery of British jets"; h-prec5)
        for b in r.role("recipient"):
            sold.setdefault(buyer_state(b), set()).update(tied)
    # (the same state named in its own right as the seller of that kind to that buyer
    # keeps the nationality as seller, "bought from Sweden" beside "Saab": h-sup106)
    named_sales = confirmed_sales(
        found, lambda q: _origin_supplier(doc, q, by_token, rules, offset)) if sold else set()

    def superseded(r: RelationMention) -> bool:
        if r.relation != "supplies" or not r.role("supplier") or not r.role("recipient"):
            return False
        tied = sold.get(buyer_state(r.role("recipient")[0]), set())
        # (a generic kind meets a firm's named system of that kind by its noun: "Israeli
        # patrol boats" beside "Shaldag boats bought from Israel Shipyards"; h-prec5)
        ours = {key(r.role("supplier")[0])} | kinds(r.role("item")) | {
            k.split()[-1] for m in r.role("item") if (k := key(m)).islower()}
        return bool(ours & tied) and _origin_supplier(doc, r, by_token, rules, offset) and \
            not confirmed(r, named_sales)

    return [r for r in found if not superseded(r)] if sold else found


def _generic_kind(key: str) -> str:
    """A named weapon key's trailing kind noun ("Type 209/1400 submarine" → "submarine"),
    "" where the key ends in a name or number ("Mirage 50") or is itself generic."""
    words = key.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1].isalpha() or \
            not words[-1].islower():
        return ""
    return words[-1]


def _system_name(key: str) -> str:
    """A weapon key's leading proper name ("Leopard 2 tank" → "Leopard"), "" for a generic kind
    ("field gun"): two keys of one system share it."""
    first = key.split()[0] if key.split() else ""
    return "name:" + first if first[:1].isupper() else ""


def _modified_object(verb: Token) -> Token | None:
    """"said Eritrea, Ethiopia's rival, had shipped arms, including …, to the Islamists": the
    small model may hang a perfect with its own subject as a modifier of its object; a
    participle with an auxiliary "have" and a subject modifies no noun, the noun is its object
    (issue 12, h-supp5)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head.i < verb.i or \
            verb.head.pos_ not in ("NOUN", "PROPN") or \
            not any(c.dep_ == "nsubj" for c in verb.children) or \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None
    return verb.head


def _listed_after(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The weapons the clause of a material noun lists: "[the arms sold to Myanmar] included
    Yak-130 jets", "among [the weapons Turkey sold] were drones" (issue 12, h-supp5)."""
    if not _material(ctx, noun):
        return []
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in ctx.rules.words["deal_listing"]:
        roots = _children(head, {"dobj"})
    elif noun.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ == "be":
        roots = _children(head.head, {"nsubj", "attr"})
    else:
        return []
    return [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"))]


def _bidding(ctx: _Sentence, verb: Token) -> bool:
    """"is competing to supply 126 fighter jets", "is vying to sell": a bid for a sale, not a
    sale, also where the parser hangs the infinitive as an adverbial clause (issue 12,
    h-supp5)."""
    v = verb
    while v.dep_ in ("xcomp", "advcl") and v.head.i != v.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        v = v.head
        if v.lemma_.lower() in ctx.rules.words["bidding_heads"]:
            return True
    return False


def _relative_holders(ctx: _Sentence, verb: Token, antecedent: Token) -> list[Mention]:
    """"Qatar's air force flies Mirage fighters that France delivered", "Peru's jets, which
    Russia sold in 1996", "used drones supplied by Elbit": a supply told in a (reduced)
    relative clause on the weapons, with no recipient
    of its own, went to who holds them: the possessor, the subject of a verb of holding
    ("flies", "operates"; not "criticised the jets that France sold") or carrying
    (``bearing_verbs``: "the rebels carry rifles supplied by Iran"), or who arms or equips
    with them ("is arming the militias with weapons supplied by Moscow": the armer got them)
    (issue 12, h-supp5, s51 h-sup56)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i != antecedent.i:
        return []
    owners = _possessors(ctx, antecedent) or copular_holders(ctx, antecedent)
    replacing = ctx.rules.words["replacing_verbs"]
    holding = ctx.rules.words["holding_verbs"] | ctx.rules.words["bearing_verbs"] | replacing
    if not owners and antecedent.dep_ != "dobj":
        holder = _holding_verb(ctx, antecedent) or _receiving_verb(ctx, antecedent)
        if holder is not None:  # "flies a handful of F-86s, which …", "took delivery of"
            return _actors(ctx, ctx.subject(holder)[0])[:1]
        arming = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent
        subj = ctx.subject(arming)[0] if arming.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i != arming.i:
            return []  # "camps are used to arm guerrillas with weapons …": no armer named
        return _equipped_holders(ctx, antecedent) or _listed_holders(ctx, antecedent)
    if not owners and (taker := _receiving_verb(ctx, antecedent)) is not None:
        return _actors(ctx, ctx.subject(taker)[0])[:1]  # "received jets supplied by X"
    if owners or antecedent.head.lemma_.lower() not in holding:
        return owners
    subj, passive = ctx.subject(antecedent.head)
    head = antecedent.head
    if subj is None and not passive and head.dep_ in ("acl", "xcomp") and \
            head.head.pos_ == "NOUN" and head.lemma_.lower() in replacing:
        # "Cairo's effort to replace the MiG-21 fighters that Moscow supplied": the owner of
        # the effort held them (s44 h-sd1)
        return _possessors(ctx, head.head)[:1]
    if subj is not None and subj.pos_ == "PRON" and \
            head.lemma_.lower() in replacing:
        return []  # "They will replace M41 tanks that …": new weapons may replace old ones
    return [] if passive else _actors(ctx, subj)[:1]


def _holding_verb(ctx: _Sentence, held: Token) -> Token | None:
    """The verb of holding (``holding_verbs``: "flies", "operates") whose object names the
    weapons ``held`` without being their own noun: a count or fleet of them
    (``held_quantity_nouns``, ``fleet_nouns``: "flies a handful of F-86 Sabres, which the
    United States supplied") or weapons joined to it "along with" ("flies MiG-21s, along
    with Mirage 5 jets bought from France"); who holds them received them (issue 12,
    h-sup38)."""
    if held.dep_ != "pobj":
        return None
    prep = held.head
    counts = ctx.rules.words["fleet_nouns"] | ctx.rules.words["held_quantity_nouns"]
    if prep.lower_ == "of" and prep.head.dep_ == "dobj" and prep.head.lemma_.lower() in counts:
        verb = prep.head.head  # (not "operates the successor of the frigates that …")
    elif prep.lower_ == "with" and prep.head.lower_ in ("along", "together"):
        verb = prep.head.head  # on the verb, or on its object
        verb = verb.head if verb.dep_ == "dobj" else verb
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or \
            verb.lemma_.lower() not in ctx.rules.words["holding_verbs"]:
        return None
    return verb


def _receiving_verb(ctx: _Sentence, held: Token) -> Token | None:
    """The verb of taking in (``receiving``: "received", "bought"; "took delivery of", "took
    over") whose object names the weapons ``held``, directly, through a transfer noun ("took
    delivery of a corvette donated by X") or through a share of them (``partitive_heads``,
    ``received_share_heads``: "took over the first of two frigates bought from X"): a supply
    told in a reduced relative on them, with no recipient of its own, went to that verb's
    subject (s58 h-sup86)."""
    words = ctx.rules.words
    shares = words["partitive_heads"] | words["received_share_heads"]
    tok = held
    while tok.dep_ == "pobj" and tok.head.lower_ == "of":
        head = tok.head.head
        if head.pos_ == "VERB":  # "took delivery in 2019 of a corvette": "of" on the verb
            head = next((o for o in _children(head, {"dobj"})
                         if o.lemma_.lower() in words["transfer_nouns"]), head)
        if head.lemma_.lower() not in shares | words["transfer_nouns"]:
            break
        tok = head
    if tok.i == held.i and held.dep_ != "dobj" or tok.dep_ != "dobj":
        return None  # (a dobj of its own is read by the caller's rules)
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in words["receiving"]:
        return verb
    taken = lemma == "take" and (tok.lemma_.lower() in words["transfer_nouns"] or any(
        c.lower_ == "over" and c.dep_ in ("prt", "advmod") for c in verb.children))
    return verb if taken else None


def _named_supplier(ctx: _Sentence, tok: Token) -> Mention | None:
    """The actor a supplier noun of arms names in apposition: "Algeria's main arms supplier,
    Russia, condemned …" (issue 12, h-supp5); not "Boeing's engine supplier, GE"."""
    arms = ctx.rules.words["supply_objects"]
    if not any(c.lemma_.lower() in arms for c in _children(tok, {"compound", "amod"})) and \
            not any(_material(ctx, p) for p in _prep_objects(tok, {"of"})):
        return None
    return next((m for a in _children(tok, {"appos"})
                 if (m := ctx.own(a)) is not None and m.cls in ctx.role("actor")), None)


def _goods_on_signing(ctx: _Sentence, verb: Token) -> list[Token]:
    """"signed a $110 million agreement to buy trucks, armoured personnel carriers and guns
    from X": the parser may hang the rest of a long list of goods, with the seller's "from"
    after it, on the signing verb as objects of its own; those after the infinitive on the
    signed deal are the purchase's goods (issue 12, h-sig53)."""
    deal = verb.head
    if verb.dep_ not in ("acl", "relcl") or deal.dep_ != "dobj" or deal.i == verb.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
            not _signed_deal_noun(ctx, deal) or \
            "signed" not in ctx.rules.relations_for(deal.head.lemma_.lower()):
        return []
    return [o for o in _children(deal.head, {"dobj"}) if o.i > verb.i]


def _signed_deal_noun(ctx: _Sentence, tok: Token) -> bool:
    """An agreement, named or only by its noun ("an agreement", "a contract"; not a
    "programme" or "plan") (issue 12, h-supp5)."""
    own = ctx.own(tok)
    return own is not None and own.cls in ctx.role("agreement") or \
        tok.lemma_.lower() in ctx.rules.words["agreement_nouns"]


def _ranked_before(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"Y's second-largest arms supplier after X", "… behind X": X is a supplier too, ranked
    above (issue 12, h-supp5). Only named actors heading the object ("after the Soviet
    collapse" names a time, not a supplier)."""
    return [m for p in _prep_objects(tok, ctx.rules.words["ranking_preps"])
            for c in (p, *p.conjuncts)
            if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]
# --- end of supplies, round 5 ----------------------------------------------------------------


def _holders(ctx: _Sentence, noun: Token) -> list[Mention]:
    """Who holds the material ``noun`` names: its possessor ("Peru's French-supplied jets"),
    else the subject of the verb it is the object of ("Egypt operates 24 French-supplied
    jets", "Armenia fired Russian-supplied missiles")."""
    owners = _possessors(ctx, noun)
    if owners or noun.dep_ != "dobj":
        return owners
    subj, passive = ctx.subject(noun.head)
    return [] if passive else _actors(ctx, subj)


def _customers(ctx: _Sentence, tok: Token) -> list[RelationMention]:
    """"X is Y's biggest arms customer", "X, the largest buyer of American weapons", "arms
    exports …, with A and B among its largest customers": Y (or the weapons' nationality)
    supplies X. Only about arms: the noun or the clause names material."""
    words = ctx.rules.words
    head = _supplier_head(tok)
    context, subj = list(tok.subtree), None
    if head is not None and head.dep_ in ("attr", "prep"):
        buyers = _actors(ctx, ctx.subject(head.head)[0])
    elif head is not None:  # an apposition
        buyers = [m for m in [_best_actor(ctx, head.head)] if m is not None]
    elif tok.dep_ == "pobj" and tok.head.lower_ == "among":
        # "…, with India and China among its customers": the "with" objects
        verb = tok.head.head
        while verb.dep_ == "prep" and verb.pos_ == "VERB":  # "according to X, with A among"
            verb = verb.head
        buyers = [m for p in _clause_preps(verb, "with") for m in _conjoined_actors(ctx, p)]
        subj = ctx.subject(verb)[0] if verb.pos_ in ("VERB", "AUX") else None
        context += list(subj.subtree) if subj is not None else []
        # "sells ammunition across Africa, with A and B among its customers": the verb's
        # object says what is bought
        context += [t for o in _children(verb, {"dobj"}) for t in o.subtree]
    else:
        return []
    if not any(t.lemma_.lower() in words["supply_objects"]
               or t.lemma_.lower() in words["transfer_nouns"] for t in context):
        return []  # "Boeing's customers": airliners, not arms
    sellers = _possessors(ctx, tok)
    sellers = sellers or [m for p in _prep_objects(tok, {"of"})
                          for m in ctx.mentions(p.subtree, {"Country", "Company"})][:1]
    if not sellers and head is None:
        # "Russia's arms exports reached …, with A and B among the largest customers"
        sellers = [m for c in (_children(subj, {"poss"}) if subj is not None and
                               subj.lemma_.lower() in words["transfer_nouns"] else [])
                   if (m := _best_actor(ctx, c)) is not None]
    items = [m for p in _prep_objects(tok, {"of"})
             for m in ctx.mentions(p.subtree, ctx.role("item"))]
    return [_relation(ctx, "supplies", tok, {"supplier": [s], "recipient": [b], "item": items})
            for s in sellers[:1] for b in buyers if b.span != s.span]


def _supplier_head(tok: Token) -> Token | None:
    """The predicate or apposition a supplier noun belongs to: "X is Y's main supplier", "X,
    Y's largest arms exporter", "X is one of / among Y's leading suppliers"."""
    if tok.dep_ in ("attr", "appos"):
        return tok
    # "Britain, the former colonial power and its traditional supplier, …", "Russia,
    # Kyrgyzstan's main arms supplier and its partner in …": an "and" after the apposition
    # makes the parser coordinate it, with the apposition or with the name itself (d138,
    # d358) (issue 12, h-sup14)
    if tok.dep_ == "conj" and tok.head.dep_ == "appos":
        return tok.head
    if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.left_edge.i == tok.head.i + 2 \
            and tok.doc[tok.head.i + 1].text == ",":
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "among"):
        head = tok.head.head
        if tok.head.lower_ == "among" and head.pos_ == "AUX":
            return tok.head  # "X is among Y's suppliers": the copula's subject supplies
        if head.dep_ in ("attr", "appos") and head.lower_ in ("one", "some", "two", "three"):
            return head
    return None


def _purchase(ctx: _Sentence, tok: Token) -> list[RelationMention]:
    """"Chile's purchase of tanks from Germany": Germany supplies Chile the tanks (the
    possessor or a nationality modifier buys; the object of "from" sells)."""
    if unmade_sale(ctx, tok):
        return []  # "India's planned purchase of S-400 systems from Russia" (SU3)
    # "from" hangs on the noun or on its item ("purchase of [tanks from Germany]")
    heads = [tok, *_prep_objects(tok, {"of"})]
    suppliers = [m for h in heads for p in _prep_objects(h, {"from"})
                 for c in (p, *p.conjuncts) if (m := _best_actor(ctx, c)) is not None]
    buyers = [m for c in tok.children if c.dep_ in ("poss", "amod", "compound")
              if (m := _best_actor(ctx, c)) is not None]
    # "the purchase by India of 36 Rafale jets from France" (issue 12, h-supp5)
    buyers = buyers or [m for p in _prep_objects(tok, {"by"}) if (m := _best_actor(ctx, p))]
    # the verb the purchase is the object of: "was studying the purchase of T-90 tanks from
    # Russia" is a plan (SU3); "rushed the purchase of Rafale jets from France": its subject
    # buys (d300, d344; issue 12, h-sup10)
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else None
    if verb is not None:
        subj, passive = ctx.subject(verb)
        if verb.lemma_.lower() in ctx.rules.words["planning_heads"] or \
                _planned(verb, ctx.rules.words) or _negated(verb, subj, ctx.rules.words):
            return []
        if not buyers and not passive and \
                verb.lemma_.lower() in ctx.rules.words["transfer_verbs"]:
            buyers = _actors(ctx, subj)
    items = [m for p in _prep_objects(tok, {"of"})
             for m in ctx.mentions(p.subtree, ctx.role("item"))]
    # "Egypt's arms imports from Russia": material without a named weapon, with a buyer
    material = buyers and any(c.dep_ == "compound" and _material(ctx, c) for c in tok.children)
    if not items and not material:
        return []
    return [_relation(ctx, "supplies", tok, {
        "supplier": [s],
        "recipient": [b for b in buyers if b.span != s.span][:1],
        "item": list(dict.fromkeys(items))}) for s in dict.fromkeys(suppliers)]


def _deal_key(m: Mention) -> str:
    return m.key or m.lemma


def _deal_contents(ctx: _Sentence, deal_supply: dict[str, RelationMention],
                   last_supply: RelationMention | None = None) -> list[RelationMention]:
    """"Peru signed a contract with Italy to buy two frigates. The contract also includes 40
    missiles": the weapons a deal named before "includes" are supplied by its supplier to its
    recipient (issue 12). Only for a deal whose supply an earlier sentence stated."""
    out: list[RelationMention] = []
    if ctx.lacks(ctx.rules.words["deal_listing"]):
        return out
    for verb in ctx.sent:
        if verb.lemma_.lower() not in ctx.rules.words["deal_listing"] or \
                verb.pos_ not in ("VERB", "AUX"):
            continue
        subj, _ = ctx.subject(verb)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "the shipments, which include tanks" (h-supp2)
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subj = verb.head  # "The contract, covering four corvettes, …" (h-sup6)
        deal = ctx.own(subj)
        definite = subj is not None and any(
            d.lower_ in DEFINITE for d in subj.children)
        if deal is None and definite and _deal_noun(ctx, subj):
            deal = ctx.prior_agreement  # "the package", "the contract": the one named last
        supply = deal_supply.get(_deal_key(deal)) if deal is not None and \
            deal.cls in ctx.role("agreement") else None
        if supply is None and deal is None and definite and \
                subj.lemma_.lower() in ctx.rules.words["transfer_nouns"]:
            # "had been supplying weapons to Israel. … the shipments, which include tanks":
            # the transfer the sentence before stated (issue 12, h-supp2)
            supply = last_supply
        objs = _children(verb, {"dobj"})
        if supply is None or not objs:
            continue
        # (what the deal covers, not what its services are for: "covers the training of
        # crews for the submarines"; h-supp4)
        direct = verb.lemma_.lower() in ctx.rules.words["deal_listing_direct"]
        items = [m for o in objs for m in _held_items(ctx, o) if _held_by(ctx, m, o)
                 and not (direct and _through_preposition(ctx, m, o))]
        if items:
            out.append(_relation(ctx, "supplies", verb, {
                "supplier": list(supply.role("supplier")),
                "recipient": list(supply.role("recipient")), "item": items}))
    return out


def _through_preposition(ctx: _Sentence, item: Mention, root: Token) -> bool:
    """The item hangs on ``root`` through a preposition ("the delivery of the warships",
    "fire units with missiles"), not as the object itself or one of its conjuncts."""
    tok = _mention_root(ctx, item, root.subtree)
    while tok is not None and tok.i != root.i:
        if tok.pos_ == "ADP":
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _held_items(ctx: _Sentence, obj: Token) -> list[Mention]:
    """The weapons an object names, not those of a clause inside it."""
    inner = {t.i for v in obj.subtree if v.pos_ == "VERB" and v.i != obj.i for t in v.subtree}
    return ctx.mentions(obj.subtree, ctx.role("item"), exclude=inner)


def _bare_name_dative(ctx: _Sentence, verb: Token, dobj: Token, tok: Token) -> bool:
    """"has given Turkey jet fighters", "sent Syria tanks": a country's bare name opening the
    object of a verb of giving with no "to" is its indirect object, which the parser hung on
    the object as a modifier (not an abbreviation used as an adjective: "US jets"; issue 12,
    h-supp4)."""
    own = ctx.own(tok)
    return verb.lemma_.lower() in ctx.rules.words["dative_verbs"] and \
        own is not None and own.cls == "Country" and tok.pos_ == "PROPN" and \
        not own.span.text.isupper() and tok.dep_ in ("compound", "nmod") and \
        ctx.own(dobj.left_edge) is own and ctx.own(dobj) is not own and \
        not _directed_objects(verb, ctx.rules.to_preps)


def _nested_modifiers(dobj: Token) -> list[Token]:
    """The modifiers (compound, nmod) of the object's own left modifiers, at any depth, before
    the object: "Pretoria" in "Pretoria Mirage F1 fighters and Alouette helicopters", where the
    parser hung the name on "fighters", itself a modifier of "helicopters"."""
    found: list[Token] = []
    todo = [c for c in dobj.children if c.dep_ in ("nmod", "compound") and c.i < dobj.i]
    while todo:
        head = todo.pop()
        for c in head.children:
            if c.dep_ in ("nmod", "compound") and c.i < head.i:
                found.append(c)
                todo.append(c)
    return sorted(found, key=lambda t: t.i)


def _service_dative(ctx: _Sentence, verb: Token, dobj: Token, tok: Token) -> bool:
    """"sold the navy fast patrol boats": a bare service (E17) opening the object of a verb of
    giving is its indirect object, though the parser gave its "the" to the object; also a named
    one after an adjective the parser gave the object too ("gave the new Guyana Defence Force
    rifles"). Not where the verb has its "to" recipient: "handed the former Coast Guard cutter
    Jarvis to the Bangladesh Navy" has no indirect object, the service names the goods' former
    owner (h-sup127)."""
    if _directed_objects(verb, ctx.rules.to_preps):
        return False
    own = ctx.own(tok)
    if verb.lemma_.lower() in ctx.rules.words["dative_verbs"] and \
            tok.dep_ in ("compound", "nmod") and _state_service_opening(ctx, dobj, own):
        return True
    at = tok.left_edge.i - 1
    while at > dobj.left_edge.i and tok.doc[at].dep_ == "amod" and tok.doc[at].pos_ == "ADJ" \
            and tok.doc[at].head.i == dobj.i and own is not None and tok.is_title:
        at -= 1  # (a capitalised name only: "sold the new navy ships" keeps its reading)
    det = tok.doc[at] if at >= 0 else None
    return verb.lemma_.lower() in ctx.rules.words["dative_verbs"] and \
        own is not None and own.cls == "Agency" and tok.dep_ in ("compound", "nmod") and \
        det is not None and det.lower_ == "the" and det.head.i == dobj.i


def _state_service_opening(ctx: _Sentence, dobj: Token, own: Mention | None) -> bool:
    """"sold Myanmar's army artillery", "had given the Fijian army rifles": a state's service
    named from its state ("<Service> (<State>)", E17) whose mention opens the object, with its
    state's possessive or after "the"."""
    if own is None or own.cls != "Agency" or not (own.key or "").endswith(")"):
        return False
    first = min(i for i, m in ctx.by_token.items() if m is own)
    doc, left = dobj.doc, dobj.left_edge.i
    if first == left + 1 and doc[left].lower_ == "the":
        return True
    return first == left and (doc[first].lower_ == "the" or first + 1 < len(doc)
                              and doc[first + 1].lower_ in ("'s", "\u2019s", "'", "\u2019"))


def _given_no_material(ctx: _Sentence, verb: Token) -> bool:
    """A verb of giving whose first object is an actor and whose second names no material:
    "giving President X the security guarantee he had demanded", "gave President X 24 hours
    to pull his troops out" (a deadline, which the parser takes for an adverbial)."""
    if verb.lemma_.lower() not in ctx.rules.words["dative_verbs"]:
        return False
    first = next((c for c in verb.children if c.dep_ in ("dative", "dobj")), None)
    if first is None or (m := ctx.own(first)) is None or m.cls not in ctx.role("actor"):
        return False
    def infinitives(head: Token) -> list[Token]:  # (on the verb or on the deadline noun)
        return [a for a in head.children if a.dep_ in ("advcl", "xcomp", "relcl", "acl")
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]

    for other in verb.children:
        if other.i <= first.i:
            continue
        deadline = other.dep_ == "npadvmod" and other.left_edge.i == first.right_edge.i + 1 \
            and any(n.dep_ == "nummod" for n in other.children) \
            and any(a.i > other.i for a in (*infinitives(verb), *infinitives(other)))
        if (other.dep_ == "dobj" or deadline) and ctx.own(other) is None and \
                other.pos_ == "NOUN" and not _material(ctx, other):
            return True
    return False


def _named_group(ctx: _Sentence, noun: Token) -> Mention | None:
    """"arming the al Shabaab militia", "supplying the Contra rebels": an armed group's name
    modifying a noun of armed groups is the group itself (not a state's adjective: "the Syrian
    rebels" name no recipient; issue 12, h-supp4)."""
    if noun.lemma_.lower() not in ctx.rules.words["armed_group_nouns"]:
        return None
    return next((m for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                 if (m := ctx.own(c)) is not None and m.cls == "Agency"), None)



# --- supplies, stop 23 (issue 12, h-sup6) ----------------------------------------------------
def _obligation(verb: Token) -> bool:
    """"will deliver", "is to supply", "is due to hand over": a future or contracted delivery
    (SU2), not a plan ("hopes to supply") or a past one."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be", "due") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _buyer_states(ctx: _Sentence, supplies: list[RelationMention]) -> list[Mention]:
    """The states that received the supplies, a state body read as its state ("Air Force
    (Ecuador)" → Ecuador, where the article names it)."""
    named = {m.key: m for m in ctx.by_token.values() if m.cls == "Country" and m.key}
    out: dict[str, Mention] = {}
    for r in supplies:
        for m in r.role("recipient"):
            state = m if m.cls == "Country" else named.get(bracketed(m.key or "") or "")
            if state is not None and state.key:
                out.setdefault(state.key, state)
    return list(out.values())


def _continued_deliveries(ctx: _Sentence, found: list[RelationMention],
                          earlier: dict[str, list[RelationMention]]) -> list[RelationMention]:
    """"KAI will deliver the first eight jets in 2026", "Hindustan Aeronautics will deliver
    the remaining five aircraft": a firm's delivery under the contract an earlier sentence
    stated, with no buyer and no weapon named, goes to that supply's buyer (its state), the
    weapons being those of that supply (SU2; issue 12, h-sup6). Only where the firm supplied
    one state before in the article."""
    verbs = ctx.rules.words["continued_delivery_verbs"]
    out: list[RelationMention] = []
    if ctx.lacks(verbs):  # no such verb's lemma in the sentence
        return out
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not _obligation(verb):
            continue
        if verb.lemma_.lower() == "hand" and not any(c.lower_ == "over" for c in verb.children):
            continue
        subj, passive = ctx.subject(verb)
        firm = ctx.own(subj)
        dobj = _object(verb)
        if passive or firm is None or firm.cls != "Company" or dobj is None or any(
                (m := ctx.own(t)) is not None and m.cls in ctx.role("actor")
                for t in dobj.subtree) or any(
                ctx.own(p) is not None for p in _directed_objects(verb, ctx.rules.to_preps)):
            continue
        if any(firm.key in {s.key for s in r.role("supplier")} and r.trigger == verb.text
               for r in found):
            continue  # the sentence's own supply stands
        before = earlier.get(firm.key or "", [])
        states = _buyer_states(ctx, before)
        # (only the definite or counted goods of that contract: "the first eight jets")
        definite = any(c.lower_ == "the" for c in dobj.children)
        items = ctx.mentions(dobj.subtree, ctx.role("item")) or (
            list({m.key or m.lemma: m for r in before for m in r.role("item")}.values())
            if definite else [])
        if len(states) == 1 and items:
            out.append(_relation(ctx, "supplies", verb, {
                "supplier": [firm], "recipient": states, "item": items}))
    return out


def _stock_owner(ctx: _Sentence, verb: Token) -> Mention | None:
    """The owner of the stores a verb (or the goods' noun) moves goods "from": the service or
    state that modifies the stores' noun ("from German army stocks", "from the RAF's stocks")
    or follows it after "of" ("from the stocks of the German armed forces"); None where the
    "from" names no stores or no owner."""
    stores = ctx.rules.words["stock_nouns"]
    for noun in _prep_objects(verb, {"from"}):
        if noun.lemma_.lower() not in stores and noun.lower_ not in stores:
            continue
        owners = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                  for t in c.subtree] + [t for p in _prep_objects(noun, {"of"}) for t in p.subtree]
        found = ctx.mentions(owners, ("Agency", "Country"))
        if found:
            return found[-1]  # the service of "German army" rather than its state's adjective
    return None


def _goods_moved(verb: Token) -> Token | None:
    """What a verb of taking moves: its passive subject ("the tanks would be taken"), the
    noun its bare participle is on ("The guns, taken from …"), or the object of the clause a
    participle the parser made adverbial follows ("will hand over the first of the tanks,
    taken from …")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _stocked_supplies(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """"was passing X tanks from its own army's stocks", "rifles from Y army stocks were
    shipped to X": a verb of supply whose goods come from a holder's stores is also (or,
    passive without agent, only) a supply by the stores' owner
    (SU6's "from German army stocks": the service), to the verb's "to" recipient or its line's
    (issue 12, s66 h-sup101)."""
    supplying = ctx.rules.triggers.get("supplies", frozenset())
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in supplying or \
                verb.lemma_.lower() in ctx.rules.words["stock_source_verbs"] or \
                _negated(verb, None, ctx.rules.words):
            continue
        goods = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        owner = next((o for t in (verb, *goods) if (o := _stock_owner(ctx, t)) is not None),
                     None)
        if owner is None:
            continue
        own = [r for r in found if r.relation == "supplies" and r.trigger == verb.text]
        if any((owner.key or owner.lemma) == (s.key or s.lemma)
               for r in own for s in r.role("supplier")):
            continue
        recipients = [m for r in own for m in r.role("recipient")][:1] or [
            m for p in _directed_objects(verb, ctx.rules.to_preps)
            if (m := _best_actor(ctx, p)) is not None and m.cls in ctx.role("actor")][:1]
        items = [m for r in own for m in r.role("item")] or \
            ctx.mentions([t for g in goods for t in g.subtree], ctx.role("item"))
        if not recipients or (recipients[0].key or recipients[0].lemma) == (
                owner.key or owner.lemma) or own and any(
                r.attr("certainty") not in (None, "asserted") for r in own):
            continue
        if not own and (_planned(verb, ctx.rules.words) or _agent(verb) is not None):
            continue
        out.append(_relation(ctx, "supplies", verb, {
            "supplier": [owner], "recipient": recipients, "item": items}))
    return out


def _stores_to_come(ctx: _Sentence, found: list[RelationMention],
                    bought: list[RelationMention]) -> list[RelationMention]:
    """"The tanks will come from surplus stocks of the German army", "the vehicles would come
    from surplus US Army stocks": where a deal's goods are to come from is stated of the deal,
    the stores' owner supplying them (SU6; d38, d861), as "would be taken from German army
    stocks" is (``_stock_supplies``, whose reading of goods named by a kind alone it shares):
    the plan that holds back a verb of supply does not hold back such a line; a negated verb
    gives none, and the recipient is only one the sentence names (``_stores_recipients``)."""
    have = {r.trigger for r in found if r.relation == "supplies"}
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.text in have or \
                verb.lemma_.lower() not in ctx.rules.words["coming"] or \
                _negated(verb, None, ctx.rules.words):
            continue
        owner = _stock_owner(ctx, verb)
        subj, passive = ctx.subject(verb)
        if owner is None or subj is None or passive:
            continue
        items = ctx.mentions(subj.subtree, ctx.role("item")) if any(
            t.pos_ == "PROPN" for t in subj.subtree) else []
        if not items:
            items = _deal_goods(bought)
        holders = [m for m in _possessors(ctx, subj) if m.span != owner.span]
        if items:
            out.append(_relation(ctx, "supplies", verb, {
                "supplier": [owner], "recipient": holders[:1], "item": items}))
    return out


def _deal_goods(bought: list[RelationMention]) -> list[Mention]:
    """The goods of the article's last stated supply that names them, one naming its system
    first ("K9 howitzer" rather than the order's "bombers, … and trainers")."""
    deal = sorted((r for r in bought if r.role("item")), key=lambda r: any(
        (m.key or m.lemma)[:1].isupper() for m in r.role("item")))
    return list(deal[-1].role("item")) if deal else []


def _stores_recipients(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """"the government bought the jets from Belarus, while sources said they came from Polish
    air force stocks": goods that come from a holder's stores (``_comes_from``, no recipient
    of its own) go to the one recipient of the sentence's other asserted supply (SU6 with the
    goods' coreference, d1412); a line is left as it is where the sentence names no other
    recipient or several (d861's "would come from surplus US Army stocks")."""
    coming = {t.text: t for t in ctx.sent if t.lemma_.lower() in ctx.rules.words["coming"]
              and _stock_owner(ctx, t) is not None}
    if not coming:
        return found
    others = {(m.key or m.lemma): m for r in found if r.relation == "supplies"
              and r.trigger not in coming and r.attr("certainty") in (None, "asserted")
              for m in r.role("recipient")}
    if len(others) != 1:
        return found
    recipient = next(iter(others.values()))
    out: list[RelationMention] = []
    for r in found:
        if r.relation == "supplies" and r.trigger in coming and not r.role("recipient") and all(
                (s.key or s.lemma) != (recipient.key or recipient.lemma)
                for s in r.role("supplier")):
            r = replace(r, roles=(*r.roles, ("recipient", (recipient,))))
        out.append(r)
    return out


def _delivered_to(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The one actor another verb of supply in the sentence hands goods "to" ("The first
    aircraft are to be delivered to the Indian Air Force …, and a number will be taken
    from …"), even where that verb's own line has no supplier."""
    supplying = ctx.rules.triggers.get("supplies", frozenset())
    found = [m for t in ctx.sent if t.i != verb.i and t.pos_ == "VERB"
             and t.lemma_.lower() in supplying
             for p in _directed_objects(t, ctx.rules.to_preps)
             if (m := _best_actor(ctx, p)) is not None and m.cls in ctx.role("actor")]
    return found if len({m.key or m.lemma for m in found}) == 1 else []


def _stock_supplies(ctx: _Sentence, found: list[RelationMention],
                    bought: list[RelationMention]) -> list[RelationMention]:
    """"the tanks would be taken from German army stocks", "The guns, taken from South Korean
    army stocks …, will be handed over by the company": goods taken from a holder's stores are
    supplied by the stores' owner (SU6 as stop 47 read it: the service, d760's Royal Air
    Force) to the recipient of another supply of the sentence, else to the one buyer state of
    the article's stated supplies so far; goods named only by a definite kind ("the tanks",
    "a number") are those of the last such supply (SU2's "the recipient by the deal"). The
    verb's own line without a recipient is replaced: the sentence's supplies are returned
    (issue 12, s56 h-stock1)."""
    verbs = ctx.rules.words["stock_source_verbs"]
    if not ctx.lacks(ctx.rules.words["stock_nouns"]):
        found = _stores_recipients(ctx, found + _stocked_supplies(ctx, found)
                                   + _stores_to_come(ctx, found, bought))
    if ctx.lacks(verbs):
        return found
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN" or _agent(verb) is not None:
            continue
        owner = _stock_owner(ctx, verb)
        goods = _goods_moved(verb)
        if owner is None or goods is None:
            continue
        recipients = [m for r in found if r.relation == "supplies" and r.trigger != verb.text
                      for m in r.role("recipient")][:1] or _delivered_to(ctx, verb)
        if not recipients:
            states = _buyer_states(ctx, bought)
            recipients = states if len(states) == 1 else []
        if not recipients or (recipients[0].key or recipients[0].lemma) == (
                owner.key or owner.lemma):
            continue
        named = any(t.pos_ == "PROPN" for t in goods.subtree)
        items = ctx.mentions(goods.subtree, ctx.role("item")) if named else []
        if not items:
            items = _deal_goods(bought)
        found = [r for r in found if not (r.relation == "supplies" and r.trigger == verb.text
                                          and not r.role("recipient"))]
        out.append(_relation(ctx, "supplies", verb, {
            "supplier": [owner], "recipient": recipients, "item": items}))
    return found + out


def _whose_holders(ctx: _Sentence, noun: Token | None) -> list[Mention]:
    """"Bulgaria, whose armies it has equipped with tanks", "Chile, whose navy is to receive two
    boats": the forces "whose" possesses belong to the relative clause's antecedent (issue 12,
    h-sup6)."""
    if noun is None or noun.lemma_.lower() not in ctx.rules.words["armed_service_nouns"]:
        return []
    return _whose_antecedent(ctx, noun)


def _whose_antecedent(ctx: _Sentence, noun: Token | None) -> list[Mention]:
    """The actor a "whose" on ``noun`` stands for: the antecedent of the relative clause it
    opens ("the army, whose tanks have come from X", "the armed forces, whose naval unit has
    operated a boat bought from X"); empty without one."""
    if noun is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    clause = noun.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.pos_ != "VERB":
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    return [m for m in [_best_actor(ctx, clause.head)] if m is not None
            and m.cls in ctx.role("actor")]


def _adverbial_share(ctx: _Sentence, verb: Token) -> list[Token]:
    """The goods of a share the parser hung on the verb as an adverb, in a headline with no
    article ("takes over first of two used frigates": "first" an advmod): its "of" object."""
    shares = ctx.rules.words["received_share_heads"]
    return [p for a in _children(verb, {"advmod"}) if a.lower_ in shares
            for p in _prep_objects(a, {"of"})][:1]


def _taken_over(ctx: _Sentence, verb: Token) -> bool:
    """"Romania took over two frigates from Britain", "Argentina takes over British carrier
    X": an active phrasal receiving verb (``receiving_phrasals``) whose object names goods
    reads as "bought" (SU1, SU6; s64 h-new64); "took over the barracks" names none."""
    phrasals = ctx.rules.words["receiving_phrasals"]
    if _children(verb, {"auxpass", "nsubjpass"}) or not any(
            f"{verb.lemma_.lower()} {c.lower_}" in phrasals
            for c in _children(verb, {"prt", "advmod"})):
        return False
    goods = [t for o in _children(verb, {"dobj", "advmod"}) for t in o.subtree]
    return bool(ctx.mentions(goods, ctx.role("item")))


def _handed_from(ctx: _Sentence, verb: Token) -> bool:
    """"relied on destroyers transferred from the US Navy", "ships supplied from Britain": a
    giving verb's bare participle with a "from" seller (no "by", no "to") reads as "bought
    from": the holder of the weapons received them (d299, d398) (issue 12, h-sup14)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and _agent(verb) is None and \
        not _directed_objects(verb, ctx.rules.to_preps) and any(
            _best_actor(ctx, p) is not None for p in _prep_objects(verb, {"from"}))


def _handed_weapons(ctx: _Sentence, verb: Token) -> bool:
    """``_handed_from`` on weapons, or on a share of them ("its destroyers, most of them
    ships transferred from the US Navy"): a supply, not a deployment of ships."""
    if not _handed_from(ctx, verb):
        return False
    held = _apposed_share(verb) or verb.head
    return bool(ctx.mentions([held], ctx.role("item")))


def _apposed_share(verb: Token) -> Token | None:
    """"its destroyers, most of them ships transferred from the US Navy": a participle on a
    share's apposed noun describes the weapons the share is of (d299) (issue 12, h-sup14)."""
    if verb.dep_ != "acl" or verb.head.dep_ != "appos":
        return None
    return _partitive_antecedent(verb, verb.head.head)


@_starts_at("headline_buying")
def _headline_purchase(ctx: _Sentence) -> list[RelationMention]:
    """"Pakistan orders French Mirage III jets after …", "Peru signs for 20 trainer aircraft
    from Korea's KAI", "South Africa gets first French Mirage jets as …": the tagger may read
    a headline's purchase verb as a noun, or hang its objects on a later clause, so no verb
    rule sees the purchase (SU1, SU5). With no supply found in the headline, the actor right
    before a buying word (``headline_buying``; "signs" only before "for") receives the
    weapons named right after it from the "from" actor, else from the nationality before
    them ("takes delivery of / receives Russian jets", SU6) (issue 12, stop 40, h-sup40)."""
    if not _in_headline(ctx):
        return []
    words = ctx.rules.words["headline_buying"]
    for tok in ctx.sent:
        if tok.lower_ not in words or tok.i == ctx.sent.start or tok.lower_ == "signs" and (
                tok.i + 1 == ctx.sent.end or tok.nbor(1).lower_ != "for"):
            continue
        buyer = ctx.own(tok.doc[tok.i - 1])
        if buyer is None or buyer.cls not in ctx.role("actor"):
            continue
        # the words after the verb up to the first word that opens another phrase
        # ("after", "as", "despite", a comma): the weapons, their nationality, their seller
        phrase: list[Token] = []
        for t in tok.doc[tok.i + 1 : ctx.sent.end]:
            if t.is_punct and t.text != "-" or t.pos_ in ("ADP", "SCONJ") and t.lower_ not in (
                    "for", "from", "of"):
                break
            phrase.append(t)
        items = ctx.mentions(phrase, ctx.role("item"))
        if not items:
            continue
        first = min(t.i for t in phrase if ctx.own(t) in items)
        # a named seller ("from Korea's KAI"; not a nationality on a common noun: "from
        # French-Spanish group" names no firm)
        sellers = [m for t in phrase if t.i > first and t.lower_ == "from"
                   for p in _pobjs(t) if (m := ctx.own(p)) is not None
                   and m.cls in ctx.role("actor")]
        # else the nationality before the weapons, not their origin ("Indian-made", SU6)
        origin = ctx.rules.words["origin_participles"]
        sellers = sellers or list(dict.fromkeys(
            m for t in phrase if t.i < first
            if (m := ctx.own(t)) is not None and m.cls == "Country"
            and not (t.i + 2 < ctx.sent.end and t.nbor(1).text == "-"
                     and t.nbor(2).lower_ in origin)))
        return [_relation(ctx, "supplies", tok, {"supplier": [s], "recipient": [buyer],
                                                  "item": items})
                for s in sellers[:1] if s.span != buyer.span]
    return []


# --- supplies (s63 h-sup81): a state named only as an unnamed firm's home sells nothing ------
def _firm_home(ctx: _Sentence, m: Mention) -> bool:
    """``m`` is a state named only as the nationality of an unnamed firm: "from a German yard",
    "from a French-Spanish group", "ordered from a Spanish shipyard" (SU6: origin), or as the
    possessor of an untagged name sold from ("buys cluster bombs from Chile's Cardoen": a
    headline's firm the model left untagged; E9, h-prec5)."""
    return firm_home_noun(ctx, m) is not None or _untagged_owned_seller(ctx, m)


def _untagged_owned_seller(ctx: _Sentence, m: Mention) -> bool:
    """``m`` is a state that owns, by its possessive, a proper name that no mention covers,
    the object of "from": the name is the seller, the state its home."""
    root = _mention_root(ctx, m, ctx.sent)
    if m.cls != "Country" or root is None or root.dep_ != "poss":
        return False
    head = root.head
    return head.pos_ == "PROPN" and ctx.own(head) is None and head.dep_ == "pobj" and \
        head.head.lower_ == "from"


def firm_home_noun(ctx: _Sentence, m: Mention) -> Token | None:
    """The firm noun ``m`` is the nationality of ("yard" in "from a German yard"), where ``m``
    is a state named only as that; else None (``_firm_home``)."""
    if m.cls != "Country":
        return None
    root = _mention_root(ctx, m, ctx.sent)
    nouns = ctx.rules.words["firm_nouns"] | ctx.rules.words["yard_nouns"]
    # (the adjective's chain of modifiers up to its noun, through another nationality:
    # "French-Spanish group")
    while root is not None and root.dep_ in ("amod", "compound", "nmod") and \
            root.head.i != root.i and ((o := ctx.own(root.head)) is None or o.cls == "Country"):
        root = root.head
        if root.lemma_.lower() in nouns or root.lower_ in nouns:
            # (a plural is the nation's industry: "ordered tanks from Russian firms")
            return root if root.pos_ in ("NOUN", "PROPN") and root.tag_ not in (
                "NNS", "NNPS") else None
    return None


def _without_firm_homes(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """Drop a supply whose every supplier is an unnamed firm's home state ("took delivery of a
    submarine from a German yard"): the firm sold, its nationality is origin (SU6), as the
    signing rule already reads "with a French-Spanish consortium" (s63 h-sup81)."""
    def homes_only(r: RelationMention) -> bool:
        suppliers = r.role("supplier")
        return r.relation == "supplies" and bool(suppliers) and all(
            _firm_home(ctx, s) for s in suppliers)
    return [r for r in found if not homes_only(r)]

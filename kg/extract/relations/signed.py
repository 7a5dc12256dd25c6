"""The ``signed`` relation: agreements and their signing."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.dateline import dateline_of
from kg.extract.relations._base import (
    NUMBER_WORDS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    _actors,
    _affiliated_country,
    _affiliation_of,
    _apposed_people,
    _best_actor,
    _children,
    _clause_preps,
    _conjoined_actors,
    _contact_subject,
    _cosigners,
    _from_suppliers,
    _hedged,
    _in_headline,
    _material,
    _mention_root,
    _mention_tokens,
    _nationals,
    _negated,
    _object,
    _planned,
    _pobjs,
    _possessors,
    _prep_objects,
    _relation,
    _Sentence,
    _starts_at,
    _subtree_ids,
    _with_parties,
    _worth_infinitives,
    _zero_relative,
    counted,
    government_state,
)
from kg.extract.relations.agent_tails import agent_tail_signers, speaks_later
from kg.extract.relations.broken_relatives import broken_relative, conjunct_signers
from kg.extract.relations.counted_signers import counted_plural, named_nearby
from kg.extract.relations.example_signers import example_signers
from kg.extract.relations.headline_holders import headline_holders
from kg.extract.relations.titled_holders import titled_holders
from kg.extract.tokens import lowers
from kg.model import Mention, RelationMention


def _contract_work(ctx: _Sentence, verb: Token) -> list[Token]:
    """What a signed contract obliges the signer to make or hand over: "signed a contract with
    Qatar to build four corvettes for its navy" → the corvettes."""
    deals = _children(verb, {"dobj"})
    return [o for c in [*(c for h in (verb, *deals)  # "a contract … to build"
                          for c in _children(h, {"advcl", "xcomp", "acl"})),
                        *(c for d in deals for c in _worth_infinitives(d))]
            if c.lemma_.lower() in ctx.rules.words["contract_work"]
            and any(t.lower_ == "to" for t in _children(c, {"aux"}))
            for o in _children(c, {"dobj"})]


def _agreement_of(ctx: _Sentence, verb: Token) -> Mention | None:
    zero = _zero_relative(verb.head) if verb.dep_ == "acl" else None
    if zero is not None and zero[0] == verb:
        # "the declaration that the two governments adopted": the noun the clause describes,
        # not the sentence's first agreement (issue 12, h-sig34)
        own = ctx.own(zero[1])
        if own is not None and own.cls in ctx.role("agreement"):
            return own
    candidates = []
    dobj = _object(verb)
    if _joined_body(ctx, verb, dobj):
        return None
    if dobj is not None:  # not one its clause names ("signed protocols pledging … to the
        # treaty": the protocols, h-sign4)
        clause = {t.i for c in dobj.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        candidates += ctx.mentions(dobj.subtree, ctx.role("agreement"), exclude=clause)
    if verb.dep_ in ("acl", "relcl"):
        candidates += ctx.mentions(verb.head.subtree, ctx.role("agreement"))
        deal = _deal_of_party(ctx, verb) or _deal_of_modifier(ctx, verb)
        candidates += [deal] if deal is not None else []
    if verb.lemma_.lower() in ctx.rules.words["entering_verbs"]:  # "entered into a contract"
        candidates += [m for p in _prep_objects(verb, ctx.rules.words["entering_preps"])
                       for m in ctx.mentions([p], ctx.role("agreement"))]
    subj, passive = ctx.subject(verb)
    if passive and subj is not None:  # "the pact was signed by …"
        candidates += ctx.mentions(subj.subtree, ctx.role("agreement"))
    # the sentence's agreement only when the verb's object does not name another thing
    # ("signed a memorandum …, and Ukraine joined the Non-Proliferation Treaty")
    # "put their signatures to the treaty"
    if verb.lemma_.lower() in ctx.rules.words["signature_verbs"]:
        if dobj is None or dobj.lemma_.lower() not in ctx.rules.words["signature_nouns"]:
            return None
        to = _prep_objects(verb, {"to"})
        if not to and any(c.dep_ == "poss" for c in dobj.children):
            return _named_back(ctx)  # "B added his name for Peru": the one just named
        return next((m for p in to for m in ctx.mentions(p.subtree, ctx.role("agreement"))),
                    None) or _named_after_to(ctx, verb, to) or next((
                        _named_back(ctx) for p in to  # "… to the document"
                        if _refers_back(ctx, p)), None)
    if verb.lemma_.lower() in ctx.rules.words["accession_verbs"]:  # "acceded to the treaty"
        candidates += [m for p in _prep_objects(verb, {"to"})
                       for m in ctx.mentions(p.subtree, ctx.role("agreement"))]
        candidates += _signatories_joined(ctx, dobj)
    if verb.lemma_.lower() in ctx.rules.words["agreeing_verbs"]:  # "agreed on a ceasefire"
        candidates += [m for p in _prep_objects(verb, ctx.rules.words["agreeing_preps"])
                       for m in ctx.mentions([p], ctx.role("agreement"))]
    antecedent = _relative_antecedent(verb, dobj)
    if antecedent is not None:  # the clause describes that noun: it signed no other agreement
        return next((m for m in [ctx.own(antecedent)] if m is not None
                     and m.cls in ctx.role("agreement")), candidates[0] if candidates else None)
    if verb.lemma_.lower() not in ctx.rules.words["signed_object_only"] and (
            dobj is None or dobj.pos_ == "PRON"):
        candidates += ctx.mentions(ctx.sent, ctx.role("agreement"))
    if not candidates and (verb.lemma_.lower() == "sign" and (
            dobj is None or _gapped_signer(ctx, dobj) or _refers_back(ctx, dobj))
            or _document_signed(ctx, verb, dobj) or _document_signed_passive(ctx, verb, dobj)):
        # "Kamikawa and Kihara signed for Japan", "… signed it", "signed the document": the
        # agreement just named
        candidates += [back] if (back := _named_back(ctx)) is not None else []
    if not candidates and (lead := _lead_agreement(ctx, dobj)) is not None:
        candidates.append(lead)
    return candidates[0] if candidates else None


def _lead_agreement(ctx: _Sentence, dobj: Token | None) -> Mention | None:
    """"A and B seal pact on oil fields" over a lead "… signed an agreement on Monday that
    …": a headline's bare word for an agreement that names no entity itself (no party of its
    own) is the agreement the lead signs, the first one the next sentence names as the object
    of a signing verb; only the article's first line, its headline (issue 12, stop 83)."""
    if dobj is None or ctx.sent.start != 0 or not _in_headline(ctx) or \
            ctx.own(dobj) is not None or dobj.tag_ != "NN" or \
            dobj.lemma_.lower() not in ctx.rules.words["agreement_nouns"]:
        return None
    doc, end = dobj.doc, ctx.sent.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    lead = doc[end].sent if end < len(doc) else []
    return next((m for t in lead if t.dep_ in ("dobj", "nsubjpass")
                 and (m := ctx.own(t)) is not None and m.cls in ctx.role("agreement")
                 and "signed" in ctx.rules.relations_for(t.head.lemma_.lower())), None)


def _named_back(ctx: _Sentence) -> Mention | None:
    """The agreement a signing names back ("it", "the document", "which also signed"): the
    last agreement named before, unless the article's signings so far all signed one other
    agreement: then the one named last is a background one ("… the clauses of the 1929
    Treaty of Lima", "the cuts required by the CFE Treaty") and the signing is of the
    article's own (d747, d845) (stop 59, h-sig7)."""
    prior = ctx.prior_agreement
    signed = {m.key or m.lemma for m in ctx.prior_signed}
    if prior is None or len(signed) != 1 or (prior.key or prior.lemma) in signed:
        return prior
    return ctx.prior_signed[-1]


def _named_after_to(ctx: _Sentence, verb: Token, to: list[Token]) -> Mention | None:
    """"put their names to a general statement of principles, the Abraham Accords
    Declaration, and …": the parser may hang the name set off by commas after the "to" object
    on the verb (a second object or an apposition); that named agreement is the one signed
    (d250) (issue 12, h-sig21)."""
    for p in to:
        end = p.right_edge.i + 1
        if end >= len(ctx.sent.doc) or ctx.sent.doc[end].text != ",":
            continue
        name = next((c for c in verb.children if c.dep_ in ("dobj", "appos", "npadvmod")
                     and c.left_edge.i == end + 1), None)
        m = ctx.own(name) if name is not None else None
        if m is not None and m.cls in ctx.role("agreement") and name.right_edge.i + 1 < \
                ctx.sent.end and ctx.sent.doc[name.right_edge.i + 1].text in (",", "."):
            return m
    return None


def _document_signed(ctx: _Sentence, verb: Token, dobj: Token | None) -> bool:
    """"A, B and C inked the document", "the envoys initialled the text": any signing verb
    (not only "sign") on a definite word for the agreement just named signs that one; not a
    pronoun ("Israel struck it"), nor a verb that needs the agreement as its object ("the
    Assembly adopted the text": voted for it) (d226, d36) (issue 12, h-sign5)."""
    return dobj is not None and dobj.pos_ != "PRON" and \
        verb.lemma_.lower() not in ctx.rules.words["signed_object_only"] and \
        _refers_back(ctx, dobj)


def _document_signed_passive(ctx: _Sentence, verb: Token, dobj: Token | None) -> bool:
    """`_document_signed` in the passive: "The document was inked by A and B", "the text was
    initialled in Geneva by …": a signing verb's passive subject that can only mean the
    agreement named before (d669, d607) (stop 43, h-sig41)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return dobj is None and _document_signed(ctx, verb, patient)


def _signatories_joined(ctx: _Sentence, dobj: Token | None) -> list[Mention]:
    """"A joined the signatories at the last minute", "… among them A, B and C, joined the
    signatories": joining those who signed is signing; the agreement is the one their "of"/"to"
    names, or else the one just named (d190, d210) (issue 12, h-sign4)."""
    if dobj is None or ctx.own(dobj) is not None or \
            dobj.lower_ not in ctx.rules.words["signatory_nouns"]:
        return []
    named = [m for p in _prep_objects(dobj, {"of", "to"})
             for m in ctx.mentions(p.subtree, ctx.role("agreement"))]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in dobj.children)
    back = _named_back(ctx)
    return named or ([back] if the and back is not None else [])


def _joined_body(ctx: _Sentence, verb: Token, dobj: Token | None) -> bool:
    """"Canberra joined the AUKUS partnership", "joined the NATO group": an agreement that only
    names the group joined is no text signed; joining it is membership, no signing (d209)
    (issue 12, h-sign4)."""
    return verb.lemma_.lower() in ctx.rules.words["accession_verbs"] and dobj is not None \
        and ctx.own(dobj) is None and dobj.lemma_.lower() in ctx.rules.words["joined_body_nouns"]


def _relative_antecedent(verb: Token, dobj: Token | None) -> Token | None:
    """"a pen that X had used to sign the old treaty", "a memorandum that X signed during a
    visit" (parsed as a complement): a signing inside a relative clause on a noun signs what
    that clause says, not another agreement of the sentence (d71, d207) (issue 12, h-sign4).
    Returns the noun the relative clause describes."""
    if dobj is not None and dobj.lower_ in RELATIVE_PRONOUNS:
        tok = verb
        while tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i:
            tok = tok.head  # "that X had used to sign": up to the relative clause
        return tok.head if tok is not verb and tok.dep_ == "relcl" else None
    if dobj is None and verb.dep_ in ("ccomp", "acl") and verb.head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return verb.head  # "a memorandum of understanding that X signed"
    return None


MODIFIER_DEPS = {"npadvmod", "amod", "nummod", "quantmod", "compound", "pobj", "prep"}


def _deal_of_modifier(ctx: _Sentence, verb: Token) -> Mention | None:
    """"a contract worth $900 million that Peru signed with Navantia", "a deal for two
    frigates that Chile signed": the parser hangs the relative clause on a word of the deal's
    modifier (its value, its goods); the agreement is the noun that modifier belongs to
    (issue 12, h-sign4)."""
    tok = verb.head
    for _ in range(5):
        if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return None
        tok = tok.head
        own = ctx.own(tok)
        if own is not None:
            return own if own.cls in ctx.role("agreement") else None
    return None


def _measure(mod: Token) -> bool:
    """"five-point", "12-page": a counted, hyphenated noun before a text measures that text;
    it names no other kind of paper (issue 12, s69 h-sig31)."""
    return any(c.dep_ == "nummod" and c.i < mod.i for c in mod.children) and \
        mod.i > 0 and mod.doc[mod.i - 1].text == "-"


def _refers_back(ctx: _Sentence, tok: Token) -> bool:
    """"it", "the document", "the text": a word that can only mean the agreement named
    before, when it names no entity itself."""
    if tok.pos_ == "PRON":  # one signs no country: "it" is the agreement, whatever coref said
        return tok.lower_ in ("it", "them")
    if ctx.own(tok) is not None:
        return False
    # "signed the acceptance documents", "the handover papers": papers of another kind, not
    # the agreement (h-sign4)
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in
           ctx.rules.words["agreement_nouns"] and not _measure(c) for c in tok.children):
        return False
    # "put his name to one text with A and B": one copy of the agreement just named (h-sign2)
    return tok.lemma_.lower() in ctx.rules.words["agreement_nouns"] and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that")
        or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)


def _gapped_signer(ctx: _Sentence, dobj: Token) -> bool:
    """"A signed for Japan, and B for the Philippines": the parser takes B for the object;
    "A signed for Japan, B for Chile, and C for Peru": without a conjunction before B, a
    person the parser takes for the object after the verb's own "for" (one signs for a state,
    never a person) (d569) (h-sig33)."""
    m = ctx.own(dobj)
    return m is not None and m.cls == "Person" and any(
        c.dep_ == "cc" or c.dep_ == "prep" and c.lower_ == "for"
        for c in dobj.head.children if c.i < dobj.i)


def _gapped_list_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The further signers of a gapped list "A signed for X, B, who …, for Y, and C for Z":
    after the verb's own "for", the parser takes B for the verb's object, adverbial noun or
    apposition (with C joined to it), or sets B in apposition to X when B has a "for" of its
    own or the verb a later one; every such person signs (one signs for a state, never a
    person), not the states they sign for (S3; d569) (issue 12, h-sig33)."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return []
    out = []
    for c in verb.children:
        if c.i > fors[0].i and c.dep_ in ("dobj", "npadvmod", "appos", "dep") and \
                (m := ctx.own(c)) is not None and m.cls == "Person":
            out += [m, *(n for k in c.conjuncts if k.i > c.i and (n := ctx.own(k)) is not None
                         and n.cls == "Person")]
    for f in fors:  # (the apposition with a "for" of its own, or before the verb's next one)
        out += [m for o in _pobjs(f) if (s := ctx.own(o)) is not None and s.cls == "Country"
                for a in o.children if a.dep_ == "appos" and (m := ctx.own(a)) is not None
                and m.cls == "Person" and (f.i < fors[-1].i or _prep_objects(a, {"for"}))]
    return out


def _gapped_conjunct_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"A signed the accord for the government, and the negotiators B, C and D for the
    movement": with the verb gapped, the parser joins the second subject to the verb as a noun
    conjunct that keeps its own "for"; the people it names (not those of its "for") sign too
    (S3; d430, the family of d19's and d409's "A signed for X, and B for Y") (stop 31,
    h-sig17)."""
    if not _prep_objects(verb, {"for"}):
        return []
    out = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ in ("VERB", "AUX"):
            continue
        # (the parser may hang the "for" on the last name of the group)
        fors = [p for p in c.subtree if p.dep_ == "prep" and p.lower_ == "for"]
        if fors:
            out += ctx.mentions(c.subtree, {"Person"}, exclude={
                t.i for p in (*fors, *(k for k in c.children if k.dep_ == "prep"))
                for t in p.subtree})
    return out


def _stray_agent(verb: Token, subj: Token | None = None) -> Token | None:
    """"was signed at the meeting of the Forum by A, B and C": the parser may hang the agent's
    "by" on a noun of a place or time phrase; found through prepositions and their objects
    only (not "at a ceremony hosted by X") (issue 12, h-sign2); "the accord was signed at
    the Presidio, the old army post, by A": or on a place's apposition that the parser hung
    on the passive subject (h-sign4)."""
    todo = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"]
    todo += [c for c in (subj.children if subj is not None else ()) if c.dep_ == "appos"
             and c.i > verb.i]
    while todo:
        t = todo.pop()
        if t.lower_ == "by" and t.dep_ == "prep":
            return next(iter(_pobjs(t)), None)
        todo.extend(c for c in t.children if c.dep_ in ("pobj", "prep"))
    return None


def _bodies_of_members(ctx: _Sentence, subj: Token | None) -> list[Mention]:
    """"The eight members of the Arctic Council signed …": the members sign, each for itself,
    not the body they belong to (issue 12, h-sign4)."""
    if subj is None:
        return []
    listed, bodies = _listed_members(ctx, subj)
    if listed:  # "the heads of government of the seven ASEAN members - A, B, … -"
        return bodies
    if subj.lemma_.lower() not in ctx.rules.words["member_nouns"]:
        return []
    return [m for p in _prep_objects(subj, {"of"}) for m in ctx.mentions(p.subtree, {"Agency"})]


def _listed_members(ctx: _Sentence, subj: Token) -> tuple[list[Mention], list[Mention]]:
    """"The five members of the Community - A, B and C - signed", "the leaders of the six GCC
    members - A, B, …": the states listed after a member noun of the subject sign, each for
    itself, and the body they belong to does not; the parser may hang the list on the body's
    name or take "members" for a modifier of the first state (issue 12, h-sign6). Returns
    (states, bodies)."""
    toks = sorted(subj.subtree, key=lambda t: t.i)
    words = ctx.rules.words["member_nouns"]  # (a "members" tagged as a name keeps its -s)
    mem = next((t for t in toks if t.lemma_.lower() in words or t.lower_.removesuffix("s")
                in words), None)
    if mem is None:
        return [], []
    first = next((m for t in toks if t.i > mem.i and (m := ctx.own(t)) is not None
                  and m.cls == "Country"), None)
    root = _mention_root(ctx, first, toks) if first is not None else None
    if root is None:
        return [], []
    heads = [root, *(a for a in root.children if a.dep_ == "appos")]
    listed = [m for h in heads for c in (h, *h.conjuncts) if (m := ctx.own(c)) is not None
              and m.cls == "Country"]
    listed = list(dict.fromkeys(listed))
    if len(listed) < 2:
        return [], []
    before = [t for t in toks if t.i < root.i and t.i != mem.i]
    return listed, ctx.mentions(before, {"Agency"})


def _signers_for(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"by A for Peru, B for Chile and C for Ecuador": each signer named with the state he signs
    for; the parser hangs the last signers on the states before them ("Chile and C"), so a
    person joined to the object of a signer's "for" is one more signer (issue 12, h-sign4)."""
    out = []
    for t in subj.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "for" and (
                (signer := ctx.own(t.head.head)) is not None and signer.cls == "Person"):
            out.extend(m for c in t.conjuncts if (m := ctx.own(c)) is not None
                       and m.cls == "Person" and c.i > t.i)
    return out


def _signers_for_on_verb(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """"was signed … by General A for the Command and General B for the allied forces": the
    parser may hang the first "for" on the verb and the next signer on its object; a person
    joined to that object is one more signer, when the first signer is a person (d216; the
    family of d106's "by A for Washington, B for Canberra") (issue 12, h-sign4)."""
    first = ctx.own(subj)
    if first is None or first.cls != "Person":
        return []
    return [m for p in _prep_objects(verb, {"for"}) for c in p.conjuncts
            if c.i > p.i and (m := ctx.own(c)) is not None and m.cls == "Person"]


def _signers_named_before(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"The foreign ministers of A, B and C met … The ministers adopted the declaration": a
    bare "the ministers" (no owner, no "of") are the ones the document last named with the
    states they serve; those states sign (issue 12, h-sign5)."""
    words = ctx.rules.words
    lemma = subj.lemma_.lower()
    if subj.tag_ != "NNS" or lemma not in words["signer_nouns"] or ctx.own(subj) is not None \
            or [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")] != ["the"] \
            or any(c.dep_ in ("prep", "amod", "compound") for c in subj.children):
        return []
    for tok in reversed(subj.doc[:ctx.sent.start]):
        if tok.tag_ == "NNS" and tok.lemma_.lower() == lemma:
            found = [m for p in _prep_objects(tok, {"of"}) for m in _conjoined_actors(ctx, p)]
            if len(found) > 1:
                return found
    return []


def _delegates_of_signing(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"The treaty was signed by A, B, C and D … The delegates also adopted a declaration": a
    bare "the delegates" ("the ministers", "the leaders") that no earlier list names are those
    of the states of the document's last signing by three or more states (d186; "the
    ministers … had adopted the Nuuk Declaration", d90) (issue 12, h-sign3)."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in ctx.rules.words["signer_nouns"] \
            or ctx.own(subj) is not None or any(c.dep_ in ("prep", "amod", "compound", "poss")
                                                for c in subj.children) \
            or [c.lower_ for c in subj.children if c.dep_ == "det"] != ["the"]:
        return []
    return list(ctx.prior_signers)


def _counted_parties_of(ctx: _Sentence, subj: Token, agreement: Mention) -> list[Mention]:
    """"The two governments also concluded a memorandum of understanding": a counted plural of
    states is the agreement's own parties, when its name lists that many states ("memorandum
    of understanding (A–B)"), whether coreference left it unresolved (issue 12, h-sign5) or
    took it for the last list of so many where the sentence names the agreement's states ("…
    lost contests in A and B. … C hoped D would join the programme, for which the two
    governments signed a memorandum") (h-sig47)."""
    words = ctx.rules.words
    subj = counted_plural(ctx, subj)  # "officials of the two governments" (s70 h-sig35)
    count = counted(subj)
    if count is None or subj.tag_ != "NNS" or ctx.own(subj) is not None \
            or subj.lemma_.lower() not in (*words["plural_country_nouns"], "side"):
        return []
    named = (agreement.key or "").partition(" (")[2].removesuffix(")").split("\u2013")
    if len(named) != count:
        return []
    # (over coreference's list only where the sentence itself names those states and the list
    # holds none of them: a list sharing one is the signers, the key's other state a stray of
    # the sentence, as in "the ceasefire that the two sides concluded" of A and a movement;
    # a list named two sentences or more before is no pair of this signing, s70 h-sig35)
    plural = ctx.plural.get(subj.i, ())
    guessed = {m.key for m in plural}
    if guessed & set(named):
        return []
    scope = [ctx.by_token[t.i] for t in ctx.sent if t.i in ctx.by_token] \
        if guessed and named_nearby(ctx, subj, plural) else ctx.by_token.values()
    states = {m.key: m for m in scope if m.cls == "Country" and m.key in named}
    return [states[n] for n in named if n in states] if len(states) == count else []


def _group_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"A and B were among the states that signed the pact", "A became the tenth country to
    sign it": the clause describes a group noun that a copula or "become" ties to its subject,
    and that subject signed (not when that verb is planned: "would become the third state to
    sign") (issue 12, h-sign2)."""
    words = ctx.rules.words
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.i == verb.i:
        return []
    if noun.lemma_.lower() not in words["signer_group_nouns"] or ctx.own(noun) is not None:
        return []
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "among":
        gov = gov.head
    elif noun.dep_ != "attr":
        return []
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in words["signatory_verbs"]:
        return []
    subj, passive = ctx.subject(gov)
    if passive or _negated(gov, subj, words) or _planned(gov, words) or _hedged(gov, words):
        return []
    return _actors(ctx, subj)


def _companions(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"signed a series of agreements, including a memorandum … and an accord …", "sign
    defence pact alongside extradition treaty", "signed a pact …, together with a treaty": the
    agreements a companion preposition (relations.yaml `companion_preps`, or "with" after
    "together"/"along") hangs on the signing verb or on its object, and their conjuncts, are
    signed by the same signers (d48, d837) (issue 12, h-sig5)."""
    words = ctx.rules.words
    dobj = _object(verb)
    preps = [c for h in (verb, *([dobj] if dobj is not None else [])) for c in h.children
             if c.dep_ == "prep" and (c.lower_ in words["companion_preps"] or c.lower_ == "with"
                                      and any(a.dep_ == "advmod" and a.lower_ in
                                              words["companion_with_adverbs"]
                                              for a in c.children))]
    found = [m for p in preps for o in _pobjs(p) for c in (o, *o.conjuncts)
             if (m := ctx.own(c)) is not None and m.cls in ctx.role("agreement")]
    return list(dict.fromkeys(found))


def _plural_agreements(ctx: _Sentence, verb: Token) -> bool:
    """"signed agreements", "signed a series of agreements": the verb's object is a plural of
    agreement words (or a noun "of" one) that names no agreement itself."""
    dobj = _object(verb)
    if dobj is None:
        return False
    nouns = [dobj, *_prep_objects(dobj, {"of"})]
    return any(n.tag_ == "NNS" and n.lemma_.lower() in ctx.rules.words["agreement_nouns"]
               for n in nouns)


def _signed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    broken = broken_relative(ctx, verb)  # "the accord, which A and B, …, signed" (h-sig29)
    agreement = broken[1] if broken is not None else _agreement_of(ctx, verb)
    if agreement is None and _plural_agreements(ctx, verb):
        # "signed a series of agreements, including a memorandum …": the first one listed
        agreement = next(iter(_companions(ctx, verb)), None)
    if agreement is None:
        return _signed_for_items(ctx, verb) + _headline_signs_for(ctx, verb)
    if any(p.lemma_.lower() in ctx.rules.words["witness_nouns"]
           for p in _prep_objects(verb, {"as"})):
        return []  # "signed it as a witness": no party
    subj, passive = ctx.subject(verb)
    subj = subj if subj is not None or passive else _root_noun_subject(ctx, verb)
    if broken is not None:
        subj, passive = broken[0], False
    if subj is None and (zero := _zero_relative(verb.head)) is not None and zero[0] == verb \
            and (verb.head.i in ctx.plural or (agreement.key or "")[:1].isupper()
                 and _counted_parties_of(ctx, verb.head, agreement)):
        # "a treaty the two countries signed" (h-coref5); of a named treaty, whose parties
        # are its own, not a guess made from this very plural, its states (h-sig47)
        subj = verb.head
    if _negated(verb, subj, ctx.rules.words):
        return []
    stray = None
    if (passive or subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN") and (
            stray := _stray_agent(verb, subj if passive else None)) is not None:
        subj, passive = stray, False
    parties: list[Mention] = []
    if subj is not None and not passive:
        # (the states the agreement is named after, before those coreference guessed)
        parties.extend(_counted_parties_of(ctx, subj, agreement) or _actors(ctx, subj))
        parties.extend(conjunct_signers(ctx, subj) if broken is not None else [])
        parties.extend(_signers_for(ctx, subj))
        parties.extend(_signers_for_on_verb(ctx, verb, subj))
        if subj.head.lower_ == "by":  # "signed by officials of A and executives of B"
            parties.extend(_cosigners(ctx, subj))
            parties.extend(_loose_agent_apposition(ctx, subj, parties))
            parties.extend(agent_tail_signers(ctx, subj))  # (h-sig33, stop 70)
            parties.extend(_loose_agent_list(ctx, subj))
            parties.extend(_further_agents(ctx, verb, subj))
            parties.extend(example_signers(ctx, subj))
        # "Clinton and Major put …": the parser may give the verb two subjects; "…, and then
        # signed a declaration": a conjoined verb shares those of its head (d249, h-sig28)
        owner = verb.head if verb.dep_ == "conj" and subj.head.i == verb.head.i else verb
        for other in _children(owner, {"nsubj"}):
            if other.i != subj.i:
                parties.extend(_actors(ctx, other))
        parties.extend(_headline_subjects(ctx, verb, subj))
        parties.extend(_listed_signers(ctx, subj))
        parties.extend(_appositive_signers(ctx, subj))
        parties.extend(_apposed_list_signers(ctx, subj))
        parties.extend(_signers_of_states(ctx, subj))
        parties.extend(_group_signers(ctx, verb))
        parties.extend(_signers_named_before(ctx, subj) or _delegates_of_signing(ctx, subj))
        parties.extend(_listed_members(ctx, subj)[0])
        parties.extend(_state_governments(ctx, subj))
        parties.extend(_leader_governments(ctx, subj, agreement))
    elif subj is not None and ctx.own(subj) == agreement:
        # "Argentina's deal with Denmark was signed": the deal's possessor is a party to it
        parties.extend(_possessors(ctx, subj))
    elif subj is None:  # "A was among the first to put its name to it" (h-sign4)
        parties.extend(_group_signers(ctx, verb))
        parties.extend(_headline_list_signers(ctx, verb))
    if _deal_of_party(ctx, verb) is not None:  # "the deal with Brazil, which Sweden signed"
        parties.extend(_actors(ctx, verb.head))
    dobj = _object(verb)
    if dobj is not None and _gapped_signer(ctx, dobj):
        parties.append(ctx.own(dobj))
    parties.extend(_gapped_list_signers(ctx, verb))
    parties.extend(_gapped_conjunct_signers(ctx, verb))
    # not the subject's words (but "Poland, which signed the deal with Korea": the clause is
    # in the subject's subtree), nor a coordinated clause's ("…, and Cairo signed a deal with
    # France")
    skip = (_subtree_ids(subj) - _subtree_ids(verb)) if subj is not None else set()
    skip |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             for t in c.subtree}
    # nor another verb's clause inside it ("…, as Washington competes with China", "days
    # before the conference that is to sign a treaty with Japan") (h-sign4)
    skip |= {t.i for c in verb.subtree if c.i != verb.i and c.pos_ in ("VERB", "AUX")
             and c.dep_ in ("advcl", "relcl", "ccomp") for t in c.subtree}
    # nor a conjoined agreement's own ("a pact with A and a similar pact with B") (h-sign5)
    also = _conjoined_agreements(ctx, dobj, agreement) if not passive else []
    skip |= {t.i for c in also for t in c.subtree}
    skip |= _beside_agreements(ctx, verb)
    # nor a circumstance's ("as tensions with Russia rise", "amid talks with Moscow")
    skip |= {t.i for c in verb.children if c.dep_ == "prep"
             and c.lower_ in ctx.rules.words["circumstance_preps"] for t in c.subtree}
    withs = _with_parties(ctx, [t for t in verb.subtree if t.i not in skip])
    parties += withs
    parties += _sellers_of_goods(ctx, verb, dobj, agreement) if subj is not None and not passive \
        else []
    parties += _followers(ctx, verb)
    parties += _title_conjunct_signers(ctx, verb, stray.head if stray is not None else None)
    # (only where the participle names a partner: "received tanks under a pact signed in
    # 1954" names nobody who signed, dev conventions: no line; h-sig8)
    parties += _parties_acting_in(ctx, verb, agreement) if subj is None and withs else []
    # "a pact between Pyongyang and Moscow, signed in June": parties hang off the agreement;
    # "a meeting between Putin and Kim, culminating in an agreement": off the subject.
    doc = verb.doc  # (a Token only for each "between", issue 13)
    low = lowers(doc)
    for tok in (doc[i] for i in range(ctx.sent.start, ctx.sent.end) if low[i] == "between"):
        on_subject = subj is not None and (tok.head == subj or (
            subj.dep_ == "nsubj" and tok.head == subj.head))  # "occurred … between A and B"
        # "an agreement concluded in Tashkent between A and B": the parser may hang "between"
        # on the place of the signing (d237) (issue 12, h-sig29)
        on_place = tok.head.dep_ == "pobj" and tok.head.head.head == verb and \
            tok.head.head.lower_ in ("in", "at")
        if tok.lower_ == "between" and (ctx.own(tok.head) == agreement or on_subject
                                        or on_place):
            for pobj in _pobjs(tok):  # "Russian President Putin and …": Putin
                parties.extend(ctx.plural.get(pobj.i, ()))  # "between the two countries"
                parties.extend(m for c in (pobj, *pobj.conjuncts)
                               if (m := _best_actor(ctx, c)) is not None)
    # (not the states named after "between" on a treaty that people sign: "de Gaulle and
    # Adenauer signed a treaty between France and West Germany" is the two men's, S3; d466)
    people = subj is not None and not passive and bool(named := _actors(ctx, subj)) \
        and all(m.cls == "Person" for m in named)
    if people:
        between = {m for i in range(ctx.sent.start, ctx.sent.end) if low[i] == "between"
                   for tok in (doc[i],) if ctx.own(tok.head) == agreement
                   for pobj in _pobjs(tok)
                   for c in (pobj, *pobj.conjuncts)
                   if (m := _best_actor(ctx, c)) is not None and m.cls == "Country"}
        parties = [p for p in parties if p not in between]
    parties = [p for p in dict.fromkeys(parties) if p.span != agreement.span
               and p not in _bodies_of_members(ctx, subj) and not _credited(ctx, p)
               and not _in_dateline(ctx, p)]
    parties = [p for p in parties if not _title_demonym(ctx, p, parties)
               and not _named_holders_body(ctx, p)]
    parties = titled_holders(ctx, parties)  # "…, <State>'s minister, B": B, not the state
    parties = headline_holders(ctx, parties)  # "<State>'s president signs" (headline): he
    if not parties:
        return []
    out = [_relation(ctx, "signed", verb, {"party": parties, "agreement": [agreement]})]
    alongside = _signed_alongside(ctx, verb, agreement, also)
    alongside += [m for m in _companions(ctx, verb) if m != agreement and m not in alongside
                  and all(m != ctx.own(c) for c in also)]
    out += [_relation(ctx, "signed", verb, {"party": parties, "agreement": [m]})
            for m in alongside]
    signers = _actors(ctx, subj) if subj is not None and not passive else []
    for c in also:
        other = [p for p in dict.fromkeys([*signers, *_with_parties(ctx, c.subtree)])
                 if p.span != ctx.own(c).span]
        if len(other) > len(signers):
            out.append(_relation(ctx, "signed", verb, {"party": other,
                                                       "agreement": [ctx.own(c)]}))
    return out + _deal_supplies(ctx, verb, subj if not passive else None)



def _further_agents(ctx: _Sentence, verb: Token, agent: Token) -> list[Mention]:
    """"was signed by A and B for X and by C for Y", "was also signed by the adviser, A, and by
    leaders of the Party", "was signed at the residence by A, and for Y by B": a passive
    signing may name its signers in several "by" phrases; the parser joins the later ones as
    conjuncts to the first "by", to a "for" or to the verb, or hangs one on the place phrase
    before the verb's own agent. The actors of each "by" phrase of the verb's prepositions
    (not inside another verb's clause: "at a ceremony attended by X") beyond the one the
    subject came from sign too, a signer noun's "of" body included (S1, S3; d466, d410, d447)
    (stop 33, h-sig20)."""
    own = agent.head
    heads, todo = [], [c for c in verb.children if c.dep_ in ("prep", "agent", "conj")
                       and c.pos_ not in ("VERB", "AUX")]
    while todo:
        t = todo.pop()
        if t.lower_ == "by" and t.i != own.i:
            heads.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("pobj", "prep", "conj")
                    and c.pos_ not in ("VERB", "AUX"))
    out: list[Mention] = []
    for b in sorted(heads, key=lambda t: t.i):
        # (not an object the parser hung on it past a joined preposition: "and by US
        # officials, with executives of the maker, Lockheed Martin, looking on", d356)
        for p in _pobjs(b):
            if any(c.dep_ == "conj" and c.pos_ == "ADP" and b.i < c.i < p.i
                   for c in b.children):
                continue
            found = _cosigners(ctx, p)
            out += found + _loose_agent_apposition(ctx, p, found)
    return out


def _loose_agent_apposition(ctx: _Sentence, agent: Token, found: list[Mention]
                            ) -> list[Mention]:
    """"was signed by the armed forces chief of staff, Sheikh A, and by US officials", "signed
    at a ceremony by the ministry's secretary-general, B, and …": the parser may hang the name
    that the title of a "by" agent introduces on the verb or on the "by" beside it, not on the
    title; a person named right after the comma that closes the title's words is the signer
    (d356, d256) (issue 12, h-sig10). Only where the title names no actor itself."""
    if found or ctx.own(agent) is not None or not agent.is_lower:
        return []
    edge = agent.right_edge  # (the parser may hang the comma itself on the title)
    comma = edge.i if edge.text == "," else edge.i + 1
    if comma + 1 >= ctx.sent.end or agent.doc[comma].text != ",":
        return []
    for tok in agent.doc[comma + 1 : min(comma + 3, ctx.sent.end)]:
        person = ctx.own(tok)
        if person is not None:  # (after an honorific the name's mention leaves out: "Sheikh")
            # not the subject of a clause of its own ("…, Smith said")
            return [person] if person.cls == "Person" and not speaks_later(ctx, person, tok.i) and \
                person.span.start >= agent.doc[comma + 1].idx + ctx.offset else []
        if not tok.is_title:
            break
    return []


def _loose_agent_list(ctx: _Sentence, agent: Token) -> list[Mention]:
    """"was signed by the foreign ministers of the two countries, A of X and B of Y, in the
    presence of …": the parser may hang the list of names that a plural signer noun of a "by"
    agent introduces on the subject or the verb, not on the noun; the people listed right
    after the comma that closes the noun's words ("A", "A of X", joined by commas and "and",
    up to the next comma or the end) are the signers, when there are two or more, and as
    many as the noun counts where it counts them (S3; d449) (issue 12, stop 33, h-coref11).
    "by the heads of the two delegations, A for X and Sir B for Y", "by X's minister of state
    for external affairs, A, and Y's vice foreign minister, B": a name may stand for its side
    ("for Y"), follow an honorific the name's mention leaves out, or the title of its own
    signer noun set off by commas; a singular signer noun is the first name's title (d689,
    d728) (issue 12, stop 55, h-sig17). "by the five foreign ministers: A of X, B of Y, who is
    also …, and C of Z": or after a colon, with a relative clause on a name set off by commas
    (issue 12, stop 77, h-sig43)."""
    if ctx.own(agent) is not None or \
            agent.lemma_.lower() not in ctx.rules.words["signer_nouns"] or \
            any(c.dep_ == "appos" for c in agent.children):  # (the parser's own list)
        return []
    doc, end = agent.doc, ctx.sent.end
    comma = _description_end(ctx, agent)
    if comma is None:
        return []
    people: list[Mention] = []
    i = comma + 1
    while i < end:
        m = ctx.own(doc[i])
        if m is not None and m.cls == "Person":
            if m not in people:
                people.append(m)
            while i < end and ctx.own(doc[i]) is m:  # the rest of the name
                i += 1
            side = ctx.own(doc[i + 1]) if i + 1 < end and doc[i].lower_ in ("of", "for") \
                else None
            if side is not None and side.cls in ctx.role("actor"):  # "A of X", "A for X"
                i += 1
                while i < end and ctx.own(doc[i]) is side:
                    i += 1
            continue
        nxt = doc[i + 1] if i + 1 < end else None
        if doc[i].lower_ == "and" or doc[i].text == "," and nxt is not None and (
                ctx.own(nxt) is not None and nxt.lower_ != "and"
                or nxt.lower_ == "and" and people):  # "A, and B"
            i += 1
            continue
        if people and doc[i].text == "," and nxt is not None and nxt.tag_ == "WP" and \
                (close := _relative_end(ctx, i + 1)) is not None:
            i = close  # "…, B of Y, who is also its prime minister, C of Z"
            continue
        if people and doc[i - 1].lower_ == "and" and (titled := _titled_item(ctx, i)):
            i = titled  # "…, and Y's vice foreign minister, B"
            continue
        if doc[i].is_title and m is None and nxt is not None and (
                (n := ctx.own(nxt)) is not None and n.cls == "Person"):
            i += 1  # "Sir B": an honorific the name's mention leaves out
            continue
        break
    if len(people) < 2 or (i < end and doc[i].text not in (",", ".")):
        return []
    counts = [NUMBER_WORDS[c.lower_] for t in (agent, *(g for p in agent.children
                                                       if p.dep_ == "prep" and p.lower_ == "of"
                                                       for g in p.children if g.dep_ == "pobj"))
              for c in t.children if c.dep_ in ("nummod", "det", "predet")
              and c.lower_ in NUMBER_WORDS]
    if agent.tag_ == "NNS" and counts and counts[0] != len(people):
        return []
    # not the subject of a clause of its own ("…, A and B said")
    if any(t.dep_ in ("nsubj", "nsubjpass") and ctx.own(t) in people
           and t.head.lemma_.lower() not in ctx.rules.triggers["signed"] for t in doc[comma:end]):
        return []
    return people


def _description_end(ctx: _Sentence, agent: Token) -> int | None:
    """The comma (or colon) that closes a signer noun's words: right after its subtree, or
    after a few lower-case words the parser hung elsewhere ("minister of state for external
    affairs,")."""
    doc, end = agent.doc, ctx.sent.end
    edge = agent.right_edge  # (the parser may hang the comma itself on the noun)
    i = edge.i if edge.text in _LIST_OPENERS else edge.i + 1
    while i < min(end, agent.i + 8) and doc[i].text not in _LIST_OPENERS and \
            doc[i].is_lower and ctx.own(doc[i]) is None:
        i += 1
    return i if i + 1 < end and doc[i].text in _LIST_OPENERS else None


_LIST_OPENERS = (",", ":")  # "by the foreign ministers, A and B" / "…: A and B"


def _relative_end(ctx: _Sentence, wh: int) -> int | None:
    """The comma that closes a relative clause opened at ``wh`` ("who is also …,") before the
    next name of a list, when the clause is short and names no person."""
    doc = ctx.sent.doc
    for j in range(wh, min(ctx.sent.end - 1, wh + 12)):
        m = ctx.own(doc[j])
        if m is not None and m.cls == "Person":
            return None
        if doc[j].text == ",":  # (", and C of Z" too)
            k = j + 2 if doc[j + 1].lower_ == "and" and j + 2 < ctx.sent.end else j + 1
            nxt = ctx.own(doc[k])
            return j if nxt is not None and nxt.cls == "Person" or doc[k].is_title else None
    return None


def _titled_item(ctx: _Sentence, i: int) -> int | None:
    """"Y's vice foreign minister, B": where a list item from token ``i`` is a signer noun's
    words (a state's possessive, no person) closed by a comma before a person's name, the
    index of that name."""
    doc, end = ctx.sent.doc, ctx.sent.end
    words = ctx.rules.words
    j, noun = i, False
    while j < min(end, i + 8) and doc[j].text != ",":
        m = ctx.own(doc[j])
        if m is not None and m.cls == "Person":
            return None
        noun |= doc[j].lemma_.lower() in words["signer_nouns"] | words["counterpart_nouns"]
        j += 1
    if not noun or j + 1 >= end or doc[j].text != ",":
        return None
    m = ctx.own(doc[j + 1])
    return j + 1 if m is not None and m.cls == "Person" else None


def _state_governments(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"Angola's government and the UNITA rebel movement signed", "Rwanda government and RPF
    rebels sign": a government noun (relations.yaml `government_nouns`) of a named state in
    the subject makes that state a party (S3; d228, d191) (h-sign5)."""
    return [m for c in (subj, *subj.conjuncts) if (m := government_state(ctx, c)) is not None]


def _leader_governments(ctx: _Sentence, subj: Token, agreement: Mention) -> list[Mention]:
    """"the contract Chan's government had signed", "signed by the government of President
    Menem": a government noun (`government_nouns`) whose possessor or "of" names a person is
    that person's state: the one his title names ("Russian President Putin's government"),
    else the state the agreement's name lists first, its parties being in the order the
    article first names them (S3; d49, d341, d81) (issue 12, h-sig11)."""
    states = {m.key: m for m in ctx.by_token.values() if m.cls == "Country"}
    named = [states[n] for n in (agreement.key or "").partition(" (")[2].removesuffix(")")
             .split("\u2013") if n in states]
    out: list[Mention] = []
    for c in (subj, *subj.conjuncts):
        if ctx.own(c) is not None or c.lemma_.lower() not in ctx.rules.words["government_nouns"]:
            continue
        for leader in [*_children(c, {"poss"}), *_prep_objects(c, {"of"})]:
            person = ctx.own(leader)
            if person is None or person.cls != "Person":
                continue
            home = _affiliated_country(ctx, person)
            out += [home] if home is not None else named[:1]
    return out


def _sellers_of_goods(ctx: _Sentence, verb: Token, dobj: Token | None, agreement: Mention
                      ) -> list[Mention]:
    """"The UAE signed a contract for 80 jets from Dassault": the seller named after "from" on
    the goods the signed deal is for signs it too (dev conventions S2), where the deal is named
    after it (issue 12, h-sig29)."""
    names = set(agreement.key.partition(" (")[2].removesuffix(")").split("\u2013")) \
        if agreement.key else set()
    roots = [r for h in (verb, *([dobj] if dobj is not None else []))
             for r in _prep_objects(h, {"for"})]
    return [m for r in roots for p in _prep_objects(r, {"from"})
            for m in _conjoined_actors(ctx, p) if m.key in names]


def _signed_for_items(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Croatia signs for 12 used Rafale jets from France", "Malaysia signs for two Scorpene
    submarines from …": signing for weapons from a seller is buying them (a headline's
    purchase, dev conventions of d106–d125); not "signed for the Soviet Union" (on behalf of)
    (issue 12, h-supp2)."""
    if verb.lemma_.lower() != "sign":
        return []
    roots = [p for p in _prep_objects(verb, {"for"}) if ctx.own(p) is None
             or ctx.own(p).cls in ctx.role("item")]
    items = [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"))]
    subj, passive = ctx.subject(verb)
    if not items or passive or subj is None or _negated(verb, subj, ctx.rules.words) or \
            _planned(verb, ctx.rules.words):
        return []
    sellers = [m for r in roots for p in _prep_objects(r, {"from"}) for m in
               _conjoined_actors(ctx, p)] + [m for p in _prep_objects(verb, {"from"})
                                             for m in _conjoined_actors(ctx, p)]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [b], "item": items})
            for s in dict.fromkeys(sellers) for b in _actors(ctx, subj) if b.span != s.span]


def _headline_signs_for(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Saudi Arabia signs for 72 Typhoons": a headline's signing for goods is its subject's
    signing of the deal the article names for them (`_deal_for_goods`)."""
    if verb.lemma_.lower() != "sign" or not _in_headline(ctx):
        return []
    subj, passive = ctx.subject(verb)
    if passive or _negated(verb, subj, ctx.rules.words) or _planned(verb, ctx.rules.words):
        return []
    # (the parser may hang a headline's subject on the verb as a compound: "Norway signs")
    signers = _actors(ctx, subj) if subj is not None else _headline_names_before(ctx, verb)
    deal = _deal_for_goods(ctx, verb, signers)
    return [_relation(ctx, "signed", verb, {"party": signers, "agreement": [deal]})] \
        if deal is not None else []


def _deal_for_goods(ctx: _Sentence, sign: Token, signers: list[Mention]) -> Mention | None:
    """"Malaysia signs for 18 FA-50 jets", "Saudi Arabia signs for 72 Typhoons" (headlines):
    signing for goods is signing the deal the article names for them, the first agreement
    after the headline that names a signer among its parties (dev conventions S1, SU5; d256,
    d280, d121) (issue 12, h-sig6)."""
    if not any(ctx.mentions(p.subtree, ctx.role("item")) for p in _prep_objects(sign, {"for"})):
        return None
    keys = {m.key for m in signers if m.key}
    return next((m for i, m in sorted(ctx.by_token.items()) if i >= ctx.sent.end
                 and m.cls in ctx.role("agreement") and m.key
                 and keys & set(m.key.partition(" (")[2].removesuffix(")").split("\u2013"))),
                None)


def _title_demonym(ctx: _Sentence, m: Mention, parties: list[Mention]) -> bool:
    """"A and French President B signed", "A and his French counterpart B put their
    signatures": a demonym on the title of a signer named right after it is that signer's
    affiliation, no party of its own (d35, d121) (issue 12, h-sign7)."""
    if m.cls != "Country":
        return False
    # (the mention may own the title's article: "the Chinese Foreign Minister")
    toks = [t for t in _mention_tokens(ctx, m) if t.dep_ != "det"]  # (a Token per own word)
    if len(toks) != 1 or toks[0].dep_ not in ("amod", "compound"):
        return False
    title = toks[0].head
    after = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
    # "A and the Chinese Foreign Minister, B, signed": or right after the comma that closes
    # the title (the parser may hang that name on the first signer, d548)
    if after is not None and after.text == "," and after.i + 1 < ctx.sent.end:
        after = after.nbor(1)
    named = [ctx.own(after)] if after is not None else []
    return title.i > toks[0].i and ctx.own(title) is None and title.pos_ in ("NOUN", "PROPN") \
        and any(p is not None and p.cls == "Person" and p in parties for p in named)


def _named_holders_body(ctx: _Sentence, m: Mention) -> bool:
    """"the commander of the Lebanese army, General A, and B signed", "A and the leader of the
    Opposition, B, signed", "B, leader of the rebel Front, signed": the body after the "of" of
    a title whose holder is named beside it is that signer's description, no party of its own
    (S3: the people named as signing; d429, d450; d428) (stop 32, h-sig19)."""
    root = _mention_root(ctx, m, ctx.sent) if m.cls != "Person" else None
    if root is None:
        return False
    while root.dep_ in ("compound", "amod", "det") and root.head.i != root.i:  # a clipped name
        root = root.head
    title = root.head.head
    # (one holder: "by officials of the Pentagon, Dabbagh told reporters" names no holder)
    if root.dep_ != "pobj" or root.head.lower_ != "of" or title.tag_ != "NN" or \
            ctx.own(title) is not None or title.lemma_.lower() not in (
                ctx.rules.words["signer_nouns"] | ctx.rules.words["official_nouns"]):
        return False
    if title.dep_ == "appos" and title.head.pos_ == "PROPN":  # "B, leader of the Front"
        return True
    if any((h := ctx.own(a)) is not None and h.cls == "Person"
           for a in title.children if a.dep_ == "appos"):
        return True
    edge = root.head.right_edge  # "the leader of the Front, B": a name right after the comma
    comma = edge.i if edge.text == "," else edge.i + 1
    if comma + 1 >= ctx.sent.end or title.doc[comma].text != ",":
        return False
    for tok in title.doc[comma + 1 : min(comma + 4, ctx.sent.end)]:
        if (h := ctx.own(tok)) is not None:
            return h.cls == "Person"
        if not tok.is_title:  # (an honorific the name's mention leaves out: "General")
            break
    return False


def _credited(ctx: _Sentence, m: Mention) -> bool:
    """"KOMATIPOORT, South Africa, March 16 (Reuters) - A and B signed": an outlet in
    brackets is the dateline's credit, no signer (issue 12, h-sign6)."""
    if m.cls != "MediaOutlet":
        return False
    toks = _mention_tokens(ctx, m)  # (a Token only for the mention's own words)
    return bool(toks) and toks[0].i > 0 and \
        toks[0].nbor(-1).text == "(" and toks[-1].i + 1 < len(toks[-1].doc) and \
        toks[-1].nbor(1).text == ")"


def _in_dateline(ctx: _Sentence, m: Mention) -> bool:
    """"ARUSHA, Tanzania, Aug 4 - A and B signed", "KAMPALA, June 2 - …": the upper-case town
    of a wire dateline and the state after it say where the story was filed, no signer,
    unless the sentence names that state again (d191; the dateline's outlet is `_credited`)
    (issue 12, h-sign3)."""
    line = dateline_of(ctx.sent)
    if line is None or line.city_end is None:
        return False
    toks = _mention_tokens(ctx, m)  # (a Token only for the mention's own words)
    if not toks or toks[-1].i >= line.lead:
        return False
    rest = ctx.sent.doc[line.lead : ctx.sent.end]  # "MURMANSK, Russia, … - Russia and …"
    return not any((o := ctx.own(t)) is not None and o.key == m.key for t in rest)


def _root_noun_subject(ctx: _Sentence, verb: Token) -> Token | None:
    """"A, B and C signed on Wednesday, while …": the parser may make the listed subject the
    sentence's root and hang the finite verb on it as a reduced relative clause; a past-tense
    verb (not a participle) on a root name has that name for its subject (issue 12,
    h-sign6). "Iran, which was attacked by Iraq during the war, signed on the first day": the
    verb may hang on a word of the root's relative clause, after the comma that closes it
    (h-sign7)."""
    head, tags = verb.head, ("VBD",)
    if verb.dep_ == "acl" and head.dep_ != "ROOT" and verb.i > 0 and verb.nbor(-1).text == ",":
        clause = next((a for a in (head, *head.ancestors) if a.dep_ == "relcl"), None)
        if clause is not None:  # (a root name with no verb of its own: "signed" is its verb,
            head, tags = clause.head, ("VBD", "VBN")  # whichever way it was tagged)
    # "A signed for X and the rebels' leader, B, signed for Y": or a title joined to the
    # clause before (d367) (stop 28, h-sig12)
    if verb.dep_ == "acl" and head.dep_ in ("ROOT", "conj") and verb.i > 0 and \
            verb.nbor(-1).text == "," and \
            (person := _described_signer(ctx, head, verb)) is not None:
        return person
    if verb.dep_ == "acl" and _subject_of_later_report(ctx, head, verb):
        head, tags = head, ("VBD", "VBN")
    elif head.dep_ != "ROOT":
        return None
    if verb.dep_ != "acl" or verb.tag_ not in tags or head.i > verb.i or \
            head.pos_ != "PROPN" or _best_actor(ctx, head) is None:
        return None
    return head


def _subject_of_later_report(ctx: _Sentence, head: Token, verb: Token) -> bool:
    """"Israel, which has never confirmed it, signed later in the day, its ambassador said":
    the parser may make the name, closed by its relative clause, a second subject of the
    trailing reporting verb and hang the signing on it; the name is the signer (d169, d190,
    d207) (issue 12, h-sign4)."""
    gov = head.head
    return head.dep_ == "nsubj" and gov.i > verb.i and verb.i > 0 and \
        verb.nbor(-1).text == "," and "reports" in ctx.rules.relations_for(gov.lemma_.lower()) \
        and any(c.dep_ == "relcl" and c.i < verb.i for c in head.children) \
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in gov.children)


def _described_signer(ctx: _Sentence, head: Token, verb: Token) -> Token | None:
    """"A, B and C, which all kept the weapons until recently, signed as well", "Secretary of
    State A, who led the delegation, signed for his government", "Pakistan's foreign minister,
    B, signed with a reservation": the parser makes the subject the root and tags the finite
    verb after the comma that closes the subject's relative clause or apposition a participle;
    the root (or the person its apposition names) is the subject (d186, d190) (issue 12,
    h-sign3). Not a participle with an agent ("the treaty, drafted by A, signed by B")."""
    if any(c.dep_ == "agent" for c in verb.children) or not any(
            c.dep_ in ("relcl", "appos") and c.i < verb.i for c in head.children):
        return None
    if head.pos_ == "PROPN" and _best_actor(ctx, head) is not None:
        return head
    person = next((c for c in head.children if c.dep_ == "appos" and c.i < verb.i
                   and (m := ctx.own(c)) is not None and m.cls == "Person"), None)
    return person if head.pos_ == "NOUN" else None


def _title_conjunct_signers(ctx: _Sentence, verb: Token, stray_by: Token | None = None
                            ) -> list[Mention]:
    """"was signed by A's adviser, B, and Under Secretary of State C": the parser takes the
    title word "Under" for a preposition and joins it to the verb; a person in a non-verb
    conjunct of the verb after its "by" agent is one more signer (issue 12, h-sign6). Also
    after a "by" the parser hung on a place or time phrase ("signed at a ceremony … by the
    ministry's secretary-general, A, and KAI's chief executive, B": ``stray_by``, d256)
    (stop 28, h-sig12)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), stray_by)
    if agent is None:
        return []
    return [m for c in verb.children if c.i > agent.i and (
                c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")
                or c.dep_ == "prep" and c.text == "Under") and any(
                k.dep_ == "cc" for k in verb.doc[agent.i + 1 : c.i])
            for m in ctx.mentions(c.subtree, {"Person"}, exclude=_witness_words(c))]


def _witness_words(conjunct: Token) -> set[int]:
    """The words of a signer conjunct's "in front of …" or "in the presence of …" phrase: the
    people it names watched (d256) (stop 28, h-sig12)."""
    return {t.i for p in conjunct.children if p.dep_ == "prep" and p.lower_ == "in"
            for t in p.subtree} if conjunct.dep_ == "conj" else set()


def _followers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"A signed the treaty first, followed by B and the leaders of C and D": those who followed
    the signer signed too. The parser may hang "followed" on any noun of the clause ("in the
    hall of the palace, followed by …"), so it is found by walking up from it to the signing
    verb through nouns and prepositions only (not through another verb's clause) (issue 12,
    h-sign6)."""
    out: list[Mention] = []
    for tok in ctx.sent:
        if tok.i <= verb.i or tok.lemma_.lower() != "follow" or tok.tag_ != "VBN" or \
                tok.dep_ not in ("acl", "advcl"):
            continue
        head, ends = tok.head, (verb.i, _first_signer_noun(verb), _first_signer_copula(verb))
        while head.i not in ends and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i not in ends:
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            out.extend(m for p in _pobjs(agent) for m in (
                *_cosigners(ctx, p), *_signers_of_states(ctx, p, ctx.role("actor"))))
    return out


def _followed_first_signer(ctx: _Sentence) -> list[RelationMention]:
    """"A was the first to sign the pact. He was followed by B of X and C of Y": those who
    followed the first signer of the sentence before signed too (`_followers` across a
    sentence break: the follow-up sentence names neither the agreement nor a signing verb, so
    its agreement is the one just named). Only after a "first to sign" sentence, whose signer
    the pronoun takes up (d190, d688) (issue 12, h-sig44)."""
    root = ctx.sent.root
    if root.lemma_.lower() != "follow" or ctx.prior_agreement is None or ctx.sent.start == 0:
        return []
    # ("He was followed by …": the pronoun, not ``ctx.subject``, which reads the agent)
    if not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in root.children):
        return []
    before = ctx.sent.doc[ctx.sent.start - 1].sent
    if not any(t.lemma_.lower() in ctx.rules.triggers["signed"] and (
            _first_signer_noun(t) >= 0 or _first_signer_copula(t) >= 0) for t in before):
        return []
    parties = [m for a in root.children if a.dep_ == "agent" for p in _pobjs(a) for m in (
        *_cosigners(ctx, p), *_signers_of_states(ctx, p, ctx.role("actor")))]
    if not parties or _negated(root, None, ctx.rules.words):
        return []
    return [_relation(ctx, "signed", root, {"party": list(dict.fromkeys(parties)),
                                            "agreement": [ctx.prior_agreement]})]


def _first_signer_noun(verb: Token) -> int:
    """"A was the first to sign, followed by B of X, C of Y": the parser hangs "followed" on
    the word the signing clause describes ("first"); its index, or -1 (d227, d110) (issue
    12, h-sign5)."""
    head = verb.head
    return head.i if verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else -1


def _beside_agreements(ctx: _Sentence, verb: Token) -> set[int]:
    """"signed a memorandum of understanding alongside the second disengagement agreement with
    Egypt", "put their names to the pact …, alongside a separate maritime surveillance deal":
    an agreement after "alongside" is another text signed beside it, not a co-signer; its
    words (its own "with" party) name no party of this signing (d274, d91) (issue 12,
    h-sig6). The indices of those words."""
    return {t.i for p in _prep_objects(verb, {"alongside", "beside"})
            if (m := ctx.own(p)) is not None and m.cls in ctx.role("agreement")
            or p.lemma_.lower() in ctx.rules.words["agreement_nouns"] for t in p.subtree}


def _first_signer_copula(verb: Token) -> int:
    """"A and B were among the first to sign, followed by C, D and E": the parser may hang
    "followed" on the copula whose "among" phrase holds the word the signing clause describes;
    its index, or -1 (d251; the "attr" form of `_first_signer_noun` in d227) (issue 12,
    h-sig6)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return -1
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else \
        noun.head if noun.dep_ == "attr" else None
    return gov.i if gov is not None and gov.lemma_.lower() in ("be", "become") else -1


def _conjoined_agreements(ctx: _Sentence, dobj: Token | None, agreement: Mention
                          ) -> list[Token]:
    """"signed a military assistance agreement with A and a similar pact with B": the
    signing verb's other objects that are another agreement with a "with" party of their own
    (issue 12, h-sign5)."""
    if dobj is None or ctx.own(dobj) != agreement:
        return []
    # "signed one contract with A for the jets and a second contract with B": the parser may
    # join the second to the verb (a noun conjunct of the verb after its object) (h-sig32)
    verbal = [c for c in dobj.head.children if c.dep_ == "conj" and c.i > dobj.i
              and c.pos_ in ("NOUN", "PROPN")] if dobj.dep_ == "dobj" else []
    return [c for c in (*dobj.conjuncts, *verbal) if (m := ctx.own(c)) is not None
            and m != agreement and m.cls in ctx.role("agreement") and _prep_objects(c, {"with"})]


def _signed_alongside(ctx: _Sentence, verb: Token, agreement: Mention, also: list[Token]
                      ) -> list[Mention]:
    """"put their signatures to the treaty and to an exchange of notes", "signed the treaty
    and an exchange of notes": a further agreement joined to the one signed (a conjoined "to"
    of a signature verb, or a conjunct of its object or of the verb's object) is signed by the
    same signers; not one with a "with" party of its own (``_conjoined_agreements``) (d467)
    (issue 12, h-sig21)."""
    if verb.lemma_.lower() in ctx.rules.words["signature_verbs"]:
        heads = [o for p in _prep_objects(verb, {"to"}) for o in (p, *p.conjuncts)]
        heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for d in c.conjuncts if d.lower_ == "to" for o in _pobjs(d)]
    else:
        dobj = _object(verb)
        heads = [dobj, *dobj.conjuncts, *_stray_agreement_conjuncts(ctx, verb, dobj)] \
            if dobj is not None and ctx.own(dobj) == agreement else []
    skip = {c.i for c in also}
    found = [m for h in heads if h.i not in skip and (m := ctx.own(h)) is not None
             and m.cls in ctx.role("agreement")]
    return [m for m in dict.fromkeys(found) if m != agreement]


def _stray_agreement_conjuncts(ctx: _Sentence, verb: Token, dobj: Token) -> list[Token]:
    """"signed the Rome Treaty in 2006 and a similar accord in Cairo", "signed a memorandum on
    the exploration of oil and a second memorandum on fisheries": a further agreement the
    parser joins to the verb after its object, or to a noun of the object's own topic, is
    another object of the signing (d1296, d996; the verbal form as in `_conjoined_agreements`,
    h-sig32) (issue 12, h-sig52). Only an agreement mention the verb's object does not
    contain, after it."""
    hosts = [verb, *_topic_nouns(dobj)]
    return [c for h in hosts for c in h.children if c.dep_ == "conj" and c.i > dobj.i
            and c.pos_ in ("NOUN", "PROPN") and (m := ctx.own(c)) is not None
            and m.cls in ctx.role("agreement") and m != ctx.own(dobj)]


def _topic_nouns(dobj: Token) -> list[Token]:
    """The nouns of ``dobj``'s own "of"/"on" phrases, in text order: the objects of the
    prepositions reached from it through prepositions and their objects only (not a clause
    inside it); ``dobj`` itself where the parser made it a preposition's object."""
    found, stack = [dobj] if dobj.dep_ == "pobj" else [], [dobj]
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("prep", "pobj"):
                stack.append(c)
                if c.dep_ == "pobj":
                    found.append(c)
    return sorted(found, key=lambda t: t.i)


def _parties_acting_in(ctx: _Sentence, verb: Token, agreement: Mention) -> list[Mention]:
    """"Israel and Morocco restored relations in a joint declaration signed with the United
    States": the subject of the clause the signed agreement belongs to signed it too — when it
    names several actors who act together in it; a single one that pays, receives or builds
    "under a contract signed with X" is only the implied other signer of the agentless passive
    (dev conventions S4: no asserted line) (issue 12, h-sig40)."""
    deal = verb.head
    if verb.dep_ != "acl" or ctx.own(deal) != agreement or deal.dep_ != "pobj":
        return []
    prep = deal.head
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj" and \
            prep.head.head.lower_ == "as":  # "bought … as part of a deal agreed with B" (h-sign6)
        prep = prep.head.head
    if prep.lower_ not in ("in", "under", "through", "via", "as"):
        return []
    governor = prep.head
    if governor.dep_ == "dobj":  # "settled the dispute in an agreement signed …"
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or \
            "reports" in ctx.rules.relations_for(governor.lemma_.lower()):
        return []  # "… under a contract signed in May, the minister said": no signer
    subj, passive = ctx.subject(governor)
    actors = [] if passive else _actors(ctx, subj)
    return actors if len(actors) > 1 else []


def _replaced(ctx: _Sentence, roots: list[Token]) -> set[int]:
    """The words of what the items bought replace: "a contract for 28 helicopters to replace
    the navy's Sea Kings" buys no Sea Kings (``replacing_verbs``; s71 h-agy3)."""
    replacing = ctx.rules.words["replacing_verbs"]
    return {t.i for r in roots for v in r.subtree if v.i != r.i and v.pos_ == "VERB"
            and v.lemma_.lower() in replacing
            for o in _children(v, {"dobj"}) for t in o.subtree}


def _goods_sources(roots: list[Token]) -> list[Token]:
    """The objects of "from" on the goods a deal is for: on the goods, on a later conjunct
    ("for 22 Apaches and 15 Chinooks from Boeing") or on what a unit noun holds ("for a
    squadron of 25 jets from Lockheed"): the parser hangs "from" on the nearest noun (s65
    h-sup100)."""
    goods = [g for r in roots for g in (r, *r.conjuncts)]
    goods += [o for g in goods for p in _prep_objects(g, {"of"}) for o in (p, *p.conjuncts)]
    return [p for g in dict.fromkeys(goods) for p in _prep_objects(g, {"from"})]


def _deal_supplies(ctx: _Sentence, verb: Token, subj: Token | None) -> list[RelationMention]:
    """"Venezuela signs a deal for Russian Sukhoi jets", "signed a deal with Z for Y": the
    subject buys the items from the "with" party or from the items' nationality."""
    dobj = _object(verb)
    if dobj is not None and any(  # "signed framework agreements … for 1,000 tanks"
            t.lemma_.lower() in ctx.rules.words["not_purchases"] for t in dobj.lefts) or (
            dobj is not None and dobj.lemma_.lower() in ctx.rules.words["not_purchases"]):
        return []
    heads = [verb, *([dobj] if dobj is not None else []),  # "entered into a contract … for"
             *_prep_objects(verb, ctx.rules.words["entering_preps"])]
    work = _contract_work(ctx, verb)
    roots = [p for h in heads for p in _prep_objects(h, {"for"})] + work
    if not any(ctx.mentions(r.subtree, ctx.role("item")) for r in roots):
        # "a deal … with Naval Group in Cairo for four corvettes": "for" hung on any word of
        # the clause (issue 12, h-supp7)
        roots += [p for p in _clause_preps(verb, "for") if p not in roots]
    old = _replaced(ctx, roots)
    items = [m for r in roots for m in ctx.mentions(
        [t for t in r.subtree if t.i not in old], ctx.role("item"))]
    buyers = _actors(ctx, subj) if subj is not None else []
    # "a contract with X for two batteries of the system": material without a named weapon
    if not items and not any(_material(ctx, r) for r in roots) or not buyers:
        return []
    # "a contract worth $400 million with Rosvooruzhenie": "with" may hang on a modifier
    # ("worth nearly 8 billion euros with Finmeccanica": or on the sum; issue 12, h-supp7)
    inner = [t for t in dobj.subtree if t.dep_ in ("amod", "acl", "npadvmod")] \
        if dobj is not None else []
    # "the contract for 28 jets with Italy": "with" may hang on the items
    sellers = [m for h in [*heads, *inner, *roots] for p in _prep_objects(h, {"with"})
               if (m := _best_actor(ctx, p)) is not None]
    # "signed a deal for 36 F-15 jets from the United States" (issue 12, h-supp5)
    sellers = sellers or [m for p in _goods_sources(roots)
                          if (m := _best_actor(ctx, p)) is not None]
    sellers = sellers or [m for r in roots for m in _nationals(ctx, r)]
    if len(buyers) == 1 and sellers and buyers[0].cls == "Company" and sellers[0].cls != "Company":
        buyers, sellers = sellers[:1], buyers  # "Saab signed a contract with Brazil": it sells
    elif sellers and sellers[0].cls != "Company" and items and all(
            any(m in ctx.mentions(w.subtree, ctx.role("item")) for w in work) for m in items):
        # "Spain signed a contract with Saudi Arabia to build five corvettes": the signer is
        # bound to make them, so it sells (dev conventions of d66–d85); a firm it signed
        # with builds ("Poland signed a contract with Hanwha to build 200 howitzers")
        buyers, sellers = sellers[:1], buyers
    sellers, buyers = _dealing_for(ctx, sellers[:1]), _dealing_for(ctx, buyers)
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [b], "item": items})
            for s in sellers for b in buyers if b.span != s.span]


def _dealing_for(ctx: _Sentence, actors: list[Mention]) -> list[Mention]:
    """The parties a contract's signers buy or sell for: a person who signs ("Defence Minister
    A signed a contract with B for …", "… with B's chief executive C") signs for a state or
    firm and is no party to the supply (no readable supplies line has a person signing a
    contract as buyer or seller); the state or firm his title names in the sentence stands in
    for him ("Indian Defence Minister A"), else he is left out (issue 12, s79 h-sup128)."""
    out = []
    for m in actors:
        if m.cls == "Person":
            held = _affiliation_of(ctx, m)
            m = held if held is not None and held.cls in ("Country", "Company") else None
        if m is not None and m not in out:
            out.append(m)
    return out


# --- agreements and signing (issue 12, h-sign) ---------------------------------------------
def _deal_of_party(ctx: _Sentence, verb: Token) -> Mention | None:
    """"The deal with Brazil, which Sweden signed", "an agreement between the two countries,
    signed in June": the parser hangs the clause on the "with"/"between" party; the agreement
    is the noun that preposition belongs to."""
    party = verb.head
    if verb.dep_ not in ("relcl", "acl") or party.dep_ != "pobj" or party.head.lower_ not in (
            "with", "between"):
        return None
    deal = ctx.own(party.head.head)
    return deal if deal is not None and deal.cls in ctx.role("agreement") else None


def _headline_subjects(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """"Chile, Peru sign security pact": a headline lists its subjects with a comma, which
    the parser may hang on the verb as a modifier before the subject."""
    out = []
    for c in verb.children:
        after = c.right_edge.i + 1
        if c.dep_ in ("npadvmod", "nsubj") and c.i < subj.i and after < len(c.doc) \
                and c.doc[after].text == ",":
            out.extend(m for m in [_best_actor(ctx, c)] if m is not None)
    return out


def _listed_signers(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"Clinton, Yeltsin and Kuchma's predecessor Leonid Kravchuk signed": people listed
    before the subject that the parser hung on it as possessors; a name followed by a comma
    or "and" (not by "'s") is one more signer. "President A and Foreign Minister B signed":
    or as a modifier of the second name (h-sign4). "A's President B and C's President D
    signed", "…, and A's Minister for Defence, B, signed": or as an apposition to the first
    title, or to a word of the second (not in a clause of the subject's own: "D, who met A's
    President B, and …", "D, whose army chief, B, attended") (issue 12, stop 77, h-sig43)."""
    clauses = {x.i for c in subj.subtree if c.dep_ in _SUBJECT_CLAUSES for x in c.subtree}
    # ("B, whose army chief, C, attended": a relative the parser reads as appositions)
    clauses |= {x.i for c in subj.subtree if c.tag_ == "WP$" for x in c.head.subtree}
    out = []
    for t in subj.subtree:
        m = ctx.own(t)
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if m is not None and m.cls == "Person" and (
                t.dep_ in ("poss", "conj", "nmod")
                or t.dep_ == "appos" and t.i not in clauses) and \
                nxt is not None and nxt.text in (",", "and") and \
                not any(c.dep_ == "case" for c in t.children):
            out.append(m)
    return out


# (the clauses inside a signing subject whose names are not the subject's: "A, who met B, …")
_SUBJECT_CLAUSES = ("relcl", "acl", "advcl", "ccomp")


def _appositive_signers(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"Secretary of State A, the British ambassador B and the Soviet ambassador C signed":
    the parser hangs the next titled names of the list on the first as an apposition; a title
    noun in apposition to a named person that names another person is one more signer, with
    the names joined to it (d166; the list also in d106) (issue 12, h-sign7)."""
    own = ctx.own(subj)
    if own is None or own.cls != "Person":
        return []
    out = []
    for a in subj.children:
        if a.dep_ != "appos" or ctx.own(a) is not None or a.pos_ != "NOUN":
            continue
        for t in a.subtree:
            m, up = ctx.own(t), t
            while up.i != a.i and up.dep_ in ("appos", "conj", "compound"):
                up = up.head
            if m is not None and m.cls == "Person" and m != own and up.i == a.i:
                out.append(m)
    return list(dict.fromkeys(out))


def _apposed_list_signers(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"The foreign ministers of the three countries, A, B and C, signed", "…, A of X, B of Y
    and C of Z, put their names to": the people a plural signer noun lists in apposition are
    named as signing, so they are parties too (S3); the parser hangs the later names on the
    first as appositions or conjuncts (d45, d290) (issue 12, h-sig7)."""
    if subj.tag_ != "NNS" or ctx.own(subj) is not None or \
            subj.lemma_.lower() not in ctx.rules.words["signer_nouns"]:
        return []
    return _apposed_people(ctx, subj)


def _signers_of_states(ctx: _Sentence, subj: Token, lead: tuple[str, ...] = ("Person",)
                       ) -> list[Mention]:
    """"A of Guatemala, B of El Salvador, C of Honduras and D of Nicaragua signed": the parser
    hangs each next name of such a list on the state named before it (as an apposition or a
    conjunct); a person reached from the signing subject through names of people and states
    and their "of" only is one more signer (d167; the two-name form in d67) (issue 12,
    h-sign3). Not a name inside a description ("B, an adviser of C") or a possessor. ``lead``:
    the classes the list's first name may have (a follower list's may be mistyped, h-sign5)."""
    own = ctx.own(subj)
    if own is None or own.cls not in lead:
        return []
    out = []
    for t in subj.subtree:
        m = ctx.own(t)
        if m is None or m.cls != "Person" or m == own or t.dep_ not in ("appos", "conj"):
            continue
        up, via_state = t.head, False
        while up.i != subj.i and (up.dep_ == "prep" and up.lower_ == "of" or (
                up.pos_ == "PROPN" and up.dep_ in ("pobj", "appos", "conj", "nmod") and (
                    (u := ctx.own(up)) is None or u.cls in ("Person", "Country")))):
            via_state |= up.lower_ == "of"
            up = up.head
        # "B of X, C of Y": or on the first name itself, after its "of" (d227, h-sign5)
        via_state |= t.head.i == subj.i and any(c.dep_ == "prep" and c.lower_ == "of" and
                                               c.i < t.i for c in subj.children)
        if up.i == subj.i and via_state:
            out.append(m)
    return list(dict.fromkeys(out))


def _headline_list_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"Ghana, Togo sign Lome Accord": a headline's comma list the parser hangs on the verb as
    loose modifiers, no subject (headlines count as sentences, gold README)."""
    if verb.dep_ != "ROOT" or not _in_headline(ctx) or any(
            c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [m for c in verb.children if c.i < verb.i and c.dep_ in ("dep", "compound", "npadvmod")
            for t in (c, *c.conjuncts) if (m := ctx.own(t)) is not None
            and m.cls in ctx.role("actor")]


@_starts_at("signing_nouns", "signatory_nouns", "party_nouns")
def _nominal_signed(ctx: _Sentence) -> list[RelationMention]:
    """Signings stated by nouns: "the signing of the pact by A and B", "signatories of the
    treaty include A, B and C", "A and B are signatories to the pact"."""
    words = ctx.rules.words
    out = []
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in words["signing_nouns"] and tok.lower_ not in words["signatory_nouns"] \
                and tok.lower_ not in words["party_nouns"]:
            continue
        # "became a party to X": the parser may hang "to" on the verb (h-sign6)
        holders = [tok, *([tok.head] if tok.dep_ == "attr" and tok.lemma_.lower() not in
                          words["signing_nouns"] else [])]
        deals = [m for h in holders for p in _prep_objects(h, {"of", "to"})
                 for m in ctx.mentions(p.subtree, ctx.role("agreement"))]
        if tok.lower_ in words["party_nouns"] and not deals:
            continue  # "the parties agreed", "a party to the conflict" (h-sign6)
        if not deals and tok.lower_ in words["signatory_nouns"] and \
                not _prep_objects(tok, {"of", "to"}) and ctx.prior_agreement is not None and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            deals = [_named_back(ctx)]  # "… signed the pact. The signatories were A, B"
        if not deals or _signing_undone(tok, words):
            continue
        if lemma in words["signing_nouns"]:
            parties = [m for p in _prep_objects(tok, {"by"}) for m in _conjoined_actors(ctx, p)]
            # "Finland's signing of the Ottawa Treaty": the possessor signed (not "its")
            parties += [m for m in _possessors(ctx, tok) if m not in parties] \
                if lemma == "signing" else []
            verb = tok.head
            while verb.pos_ == "ADP" and verb.head.i != verb.i:  # "After A's signing of …, B"
                verb = verb.head
        else:
            parties, verb = _signatories(ctx, tok)
        if parties and verb.pos_ in ("VERB", "AUX") and not _negated(verb, None, words) and \
                not _planned(verb, words):
            out.append(_relation(ctx, "signed", verb, {"party": list(dict.fromkeys(parties)),
                                                       "agreement": deals[:1]}))
    return out


@_starts_at("headline_signing", "headline_signing_plural")
def _headline_signed(ctx: _Sentence) -> list[RelationMention]:
    """"Chile signs deal for 18 used Dutch F-16 fighters": the tagger may take a headline's
    "signs" for a noun; before an agreement it is the signing of the actor before it."""
    out = []
    words = ctx.rules.words
    for tok in ctx.sent:
        plural = tok.lower_ in words["headline_signing_plural"] and _in_headline(ctx)
        if tok.lower_ not in words["headline_signing"] and not plural or \
                tok.pos_ in ("VERB", "AUX") and not (plural and _compound_signing(tok)):
            continue
        deal = next((m for t in tok.doc[tok.i + 1 : tok.i + 5]
                     if (m := ctx.own(t)) is not None and m.cls in ctx.role("agreement")), None)
        before = tok.doc[tok.i - 1] if tok.i > ctx.sent.start else None
        signers = _headline_names_before(ctx, tok) if plural else [
            m for m in [_best_actor(ctx, before) if before is not None else None] if m]
        if deal is None and signers:  # "Malaysia signs for 18 FA-50 jets" (h-sig6)
            deal = _deal_for_goods(ctx, tok, signers)
        if deal is None or not signers:
            continue
        heads = _mention_tokens(ctx, deal)
        parties = [*signers, *_with_parties(ctx, [*heads, *(h.head for h in heads)])]
        out.append(_relation(ctx, "signed", tok, {"party": list(dict.fromkeys(parties)),
                                                  "agreement": [deal]}))
    return out


def _compound_signing(tok: Token) -> bool:
    """"Iraq and US sign pact setting …", "A's government and B sign peace accords in …": the
    parser may read a headline's plural signing verb as a modifier of the agreement noun after
    it (a compound, the signers hung on that noun), so no verb clause has a subject; it is the
    signing of the names before it (dev d349, d448) (issue 12, h-sig22)."""
    return tok.dep_ == "compound" and tok.head.i > tok.i and not any(
        c.dep_ in SUBJECTS for c in tok.children)


def _headline_names_before(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"India and Pakistan sign …", "U.S., Singapore sign …": the actors a headline lists
    right before its plural signing word, joined by commas and "and" (d189, d206) (issue 12,
    h-sign4)."""
    out: list[Mention] = []
    i = tok.i - 1
    while i >= ctx.sent.start:
        t = tok.doc[i]
        m = ctx.own(t)
        if m is None and t.lemma_.lower() in ctx.rules.words["government_nouns"]:
            # "Angola's government and UNITA sign …": the state whose government it is (h-sig22)
            state = next((x for c in t.children if c.dep_ == "poss"
                          and (x := ctx.own(c)) is not None and x.cls in ctx.role("actor")), None)
            if state is not None:
                out = out if state in out else [state, *out]
                i = min(c.left_edge.i for c in t.children if c.dep_ == "poss") - 1
                continue
        if m is not None and m.cls in ctx.role("actor"):
            out = out if m in out else [m, *out]
        elif t.text not in (",", "and", "&"):
            break
        i -= 1
    return out


def _signing_undone(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """"the planned signing", "postponed the signing of", "ahead of the signing": not done."""
    near = [*(c for c in tok.children if c.dep_ in ("amod", "compound", "neg")), tok.head]
    if tok.head.pos_ == "ADP":
        near.append(tok.head.head)
    return any(t.lemma_.lower() in words["signing_not_done"] or t.lower_ in
               words["signing_not_done"] for t in near)


def _signatories(ctx: _Sentence, tok: Token) -> tuple[list[Mention], Token]:
    """The actors a signatory noun names: the objects of "include", the subject of "are
    signatories", the noun an apposition describes ("Fiji, a signatory of the pact")."""
    head = tok.head
    if tok.dep_ == "appos":
        return [m for m in [_best_actor(ctx, head)] if m is not None], head
    if tok.dep_ == "pobj" and head.lower_ == "among":  # "among the signatories were A, B"
        head = head.head  # (h-sign2)
        subj = ctx.subject(head)[0] if head.lemma_.lower() in ctx.rules.words[
            "signatory_verbs"] else None
        return _actors(ctx, subj), head
    if head.lemma_.lower() not in ctx.rules.words["signatory_verbs"]:
        return [], head
    if tok.dep_ == "nsubj":  # "signatories of X include A, B and C"
        objs = [c for c in head.children if c.dep_ in ("dobj", "attr")]
        # "were Fiji, Tonga and Samoa": a list the parser hangs as an apposition (h-sign2)
        return list(dict.fromkeys([m for o in objs for m in (
            *_conjoined_actors(ctx, o), *_actors(ctx, o))])), head
    if tok.dep_ == "attr":  # "A and B are signatories to X"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return _actors(ctx, subj), head
    return [], head


DEAL_PREPS = ("in", "under", "through", "via")  # "ordered … in/under a deal"


def _deal_hosts(verb: Token) -> list[Token]:
    """Where the parser may hang a purchase's "in a deal": the verb; the goods it takes and
    their conjuncts ("bought jets, helicopters and rifles from Russia in contracts worth …");
    the purpose infinitive after those goods ("ordered helicopters from Kaman to fly from the
    frigates, in a deal worth …"; not the content of "agreed to give … under a pact", whose
    deal is another's) (issue 12, h-sig42)."""
    hosts = [verb]
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    for c in goods:
        hosts += [t for t in c.subtree if t.pos_ in ("NOUN", "PROPN")
                  and (t.i == c.i or t.dep_ in ("conj", "appos"))]
    hosts += [c for c in verb.children if goods and c.dep_ == "xcomp" and c.pos_ == "VERB"
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "ordered two boats in 2013 and two more in 2017, under contracts …": the gapped
    # conjunct's goods, on which the parser may hang the deal (as _from_suppliers its "from")
    hosts += [c for c in verb.children if goods and c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")]
    return hosts


def _agreed_in(verb: Token, words: dict[str, frozenset[str]]) -> list[Token]:
    """"A and B agreed to restore relations, closing the breach, in a joint statement", "A
    agrees to hand X to B in Y accord": the "in" phrase of what the parties agreed to do (on
    the infinitive or on a participle clause of it, where the parser may hang it) names the
    document they agreed it in (S1); not "under" ("agreed to give … under a pact" is a
    supply under an earlier deal, h-sig42), nor a sale or purchase ("agreed to sell … in a
    deal" is the seller's sale, SU1, relations.yaml `selling`; a purchase's deal, `receiving`,
    is S2's and named by its goods) (issue 12, h-sig49)."""
    if verb.lemma_.lower() != "agree":
        return []
    todo = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
            and c.lemma_.lower() not in words["selling"] | words["receiving"]
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    todo += [c for x in todo for c in x.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return [p for x in todo for p in _prep_objects(x, {"in"})]


def _restated_deals(verb: Token) -> list[Token]:
    """"agreed to buy Soviet missiles, a deal that officials have not confirmed", "A has agreed
    to buy six jets from B, the minister said today, the largest arms deal between the two":
    a noun set off by a comma after a purchase, beside its goods or closing the sentence the
    purchase is said in, restates that purchase, so a deal noun there names the deal the buyer
    concluded (S2) (issue 12, stop 48, h-sig52)."""
    ancestors = list(verb.ancestors)
    # where the parser hangs such a noun: the verb or its goods (as a second object, an
    # apposition), a verb the purchase is said under, or that verb's subject ("the minister
    # said, the largest deal": an apposition to "minister")
    heads = {verb.i, *(t.i for t in _deal_hosts(verb)), *(a.i for a in ancestors),
             *(c.i for a in ancestors for c in a.children if c.dep_ == "nsubj")}
    return [t for t in verb.sent if t.pos_ == "NOUN" and t.i > verb.i
            and t.dep_ in ("appos", "npadvmod", "dep", "dobj") and t.head.i in heads
            and (t.dep_ != "dobj" or t.head.i == verb.i)
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]


@_starts_at("concluding")
def _concluded(ctx: _Sentence) -> list[RelationMention]:
    """"New Delhi ordered five squadrons in a $5.4 billion deal", "agreed to buy the system
    from Moscow in a deal": the buyer (and the seller after "from") concluded the deal."""
    out = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.rules.words["concluding"]:
            continue
        preps = [p for t in _deal_hosts(verb) for p in _prep_objects(t, DEAL_PREPS)]
        preps += _agreed_in(verb, ctx.rules.words)
        # "ordered 34 jets as part of a package worth …" (issue 12, h-sign6)
        preps += [d for p in _prep_objects(verb, {"as"}) if p.lower_ == "part"
                  for d in _prep_objects(p, {"of"})]
        deals = [m for p in preps for m in ctx.mentions([p], ctx.role("agreement"))]
        restated = False
        if not deals and verb.lemma_.lower() in ctx.rules.words["receiving"]:
            # (the buyer alone: the restating noun is no clause of the seller's; d399, d596)
            preps = _restated_deals(verb)
            deals = [m for p in preps for m in ctx.mentions([p], ctx.role("agreement"))]
            restated = True
        if not deals or any(_signed_by(ctx, p) for p in preps):
            continue
        subj, passive = ctx.subject(verb)
        subj = _contact_subject(verb) if subj is None else subj  # "12 FA-50s the Philippines
        # ordered from KAI under a contract": a relative without "that" (as SU1's buyer)
        if passive or _negated(verb, subj, ctx.rules.words) or _planned(verb, ctx.rules.words):
            continue  # (a headline's "Greece to buy … under new partnership": a plan, h-sign4)
        # "bought … from France in a deal", "agreed to buy … from Moscow in a deal": the
        # buyer and the seller its clause names concluded it (dev conventions S2; stop 22);
        # not the seller alone ("…, were bought from China under a deal": passive, h-sign5)
        buyers = _actors(ctx, subj)
        parties = [*buyers, *_from_suppliers(ctx, verb), *_deal_partners(ctx, preps)] \
            if buyers and not restated else buyers
        parties = titled_holders(ctx, parties)  # "A and <State>'s vice-president, B, agreed"
        if parties:
            out.append(_relation(ctx, "signed", verb, {"party": list(dict.fromkeys(parties)),
                                                       "agreement": deals[:1]}))
    return out


def _deal_partners(ctx: _Sentence, deals: list[Token]) -> list[Mention]:
    """"agreed to buy the jets in a government-to-government deal with Washington": the actor
    after the deal noun's own "with" is the buyer's partner in it, a party (S2's named seller
    in the signing clause; A1's parties) (issue 12, s81 h-sig49)."""
    return [m for d in deals for p in _prep_objects(d, {"with"})
            for c in (p, *p.conjuncts) for m in _actors(ctx, c)]


def _signing_clause(ctx: _Sentence, verb: Token) -> bool:
    """A verb of signing: not a signature verb without its signature noun ("a deal that
    newspapers put at $800 million" values the deal; "put their names to it" signs)."""
    lemma = verb.lemma_.lower()
    if "signed" not in ctx.rules.relations_for(lemma):
        return False
    words = ctx.rules.words
    return lemma not in words["signature_verbs"] or any(
        c.dep_ == "dobj" and c.lemma_.lower() in words["signature_nouns"] for c in verb.children)


def _signed_by(ctx: _Sentence, deal: Token) -> bool:
    """"under a deal signed last year by its defence minister": the deal's own clause names
    who signed it, so the buyer is not taken to have concluded it (issue 12, h-agr3)."""
    # "as part of a partnership that A and B signed": or its own subject (h-sign6); "under a
    # credit agreement concluded with Washington": or its "with" party, whom alone the
    # agentless passive names, the buyer only implied (S4) (h-sig48)
    return any(c.dep_ in ("acl", "relcl") and _signing_clause(ctx, c) and any(
        g.dep_ == "agent" or g.dep_ == "nsubj" and g.tag_ not in (
            "WDT", "WP") or g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
        for c in deal.children)

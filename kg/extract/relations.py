"""Relation mentions from the dependency parse: a trigger verb plus its arguments' entities.

Each relation is read off one sentence: the trigger lemma names the relation (data file
``relations.yaml``), its subject/objects/prepositional phrases give the roles, and only entity
mentions of the allowed classes fill a role. Negated triggers ("has not confirmed",
"Neither Moscow nor Pyongyang have confirmed") yield nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.claims import figures
from kg.gazetteer import RelationRules
from kg.model import ENTITY_CLASSES, Mention, RelationMention, Span

CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl", "ccomp"}
SUBJECT_CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl"}
HEDGES = {"reportedly", "allegedly", "apparently", "likely", "possibly", "purportedly"}
MODALS = {"may", "might", "could"}
NEGATORS = {"neither", "no", "never", "not", "n't", "nor"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
ALL_CLASSES = frozenset(ENTITY_CLASSES)
_QUOTES = "\"'“”‘’ ,;:"


@dataclass(frozen=True)
class _Sentence:
    """One sentence with its token → mention index."""

    sent: SpacySpan
    doc_id: str
    offset: int
    rules: RelationRules
    by_token: dict[int, Mention]
    titled: dict[str, Mention] = field(default_factory=dict)  # title → its one holder

    def own(self, tok: Token | None) -> Mention | None:
        return None if tok is None else self.by_token.get(tok.i)

    def mentions(
        self, tokens: Iterable[Token], classes: Iterable[str], exclude: set[int] = frozenset()
    ) -> list[Mention]:
        """Distinct mentions of the given classes over ``tokens``, in text order."""
        seen, out = set(), []
        allowed = set(classes)
        for t in sorted(tokens, key=lambda t: t.i):
            m = self.by_token.get(t.i)
            if m is None or t.i in exclude or m.cls not in allowed or m.span in seen:
                continue
            seen.add(m.span)
            out.append(m)
        return out

    def role(self, name: str) -> frozenset[str]:
        return self.rules.roles[name]

    def subject(
        self, verb: Token, climb: Callable[[Token], bool] | None = None
    ) -> tuple[Token | None, bool]:
        return _subject(verb, climb, self.rules.accusing)


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _negated(verb: Token, subject: Token | None) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in verb.children):
        return True
    if subject is not None:
        return any(c.dep_ in ("preconj", "det") and c.lower_ in NEGATORS for c in subject.children)
    return False


def _hedged(verb: Token, heads: frozenset[str] = frozenset()) -> bool:
    """Hedged by an adverb or modal on the verb (or the verb it complements), or planned,
    prepared or apparent: "appears to be preparing to deploy", "is expected to send"."""
    kids = list(verb.children)
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        kids += list(verb.head.children)
    if any(c.lower_ in HEDGES or (c.dep_ == "aux" and c.lower_ in MODALS) for c in kids):
        return True
    v = verb
    for _ in range(4):
        if v.dep_ != "xcomp" or v.head is v:
            return False
        v = v.head
        if v.lemma_.lower() in heads:
            return True
    return False


def _in_denial(verb: Token, denying: frozenset[str]) -> bool:
    """The verb is what a denial denies: "denied supplying weapons", "denies sending …"."""
    v = verb
    for _ in range(4):
        if v.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj", "advcl") or v.head is v:
            return False
        v = v.head
        while v.pos_ == "ADP" and v.head is not v:
            v = v.head
        if v.lemma_.lower() in denying:
            return True
    return False


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subject(
    verb: Token, climb: Callable[[Token], bool] | None = None,
    accusing: frozenset[str] = frozenset(),
) -> tuple[Token | None, bool]:
    """(subject token, is-passive-patient), climbing xcomp/conj/advcl chains for a subject.

    ``climb(head)`` may veto climbing to a head (reporting verbs only inherit from reporting
    verbs: "…, adding that" but not "losses could have surpassed 200, suggesting that").
    "X accuses Y of supplying": climbing through "of" to an ``accusing`` verb, the subject is
    its object Y. "Poland was the first country to supply": the copula's subject.
    """
    v = verb
    for _ in range(6):
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    return v.head, False
                return c, False
            if c.dep_ == "nsubjpass":
                agent = _agent(v)
                return (agent, False) if agent is not None else (c, True)
        if v.dep_ in ("acl", "relcl") and v.head.dep_ == "attr":  # "was the first … to supply"
            cop = v.head.head
            subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
            return subj, False
        if v.dep_ not in SUBJECT_CLIMB_DEPS or v.head is v:
            break
        head = v.head
        through_of = False
        while head.pos_ == "ADP" and head.head is not head:  # "along with supplying": pcomp→prep
            through_of = through_of or head.lower_ == "of"
            head = head.head
        if through_of and head.lemma_.lower() in accusing:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
            return obj, False
        if climb is not None and not climb(head):
            break
        v = head
    return None, False


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("to Russia" → Russia)."""
    wanted = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in wanted:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ != "ADP":
            out.append(c)
    return out


def _date(sent: SpacySpan, verb: Token) -> str | None:
    """The date phrase attached to the trigger (or to the verb it is coordinated with)."""
    scopes = [_subtree_ids(verb)]
    if verb.dep_ in ("conj", "xcomp"):
        head = verb.head
        scopes.append({t.i for c in head.children if c.dep_ == "prep" for t in c.subtree})
    dates = [ent for ent in sent.ents if ent.label_ == "DATE"]  # Span.ents builds every span
    for scope in scopes:
        for ent in dates:
            if ent.start in scope:
                return ent.text
    return None


def _np_text(tok: Token) -> str:
    """A noun phrase up to its head: "as many as 12,000 North Korean soldiers"."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _best_actor(ctx: _Sentence, tok: Token | None, exclude: set[int] = frozenset()
                ) -> Mention | None:
    if tok is None:
        return None
    own = ctx.own(tok)
    if own is not None and own.cls in ctx.role("actor"):
        return own
    found = ctx.mentions(tok.subtree, ctx.role("actor"), exclude=exclude)
    for cls in ctx.rules.actor_priority:
        for m in found:
            if m.cls == cls:
                return m
    return None


def _mention_root(ctx: _Sentence, m: Mention, within: Iterable[Token]) -> Token | None:
    """The token of ``m`` whose head lies outside it (the mention's syntactic root)."""
    toks = [t for t in within if ctx.by_token.get(t.i) == m]
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head is t), None)


def _actors(ctx: _Sentence, tok: Token | None, exclude: set[int] = frozenset()
            ) -> list[Mention]:
    """The actor of a subject plus those coordinated with it: "The United States and Britain",
    "Fifteen countries, among them France, Germany and Canada", "U.S. and Ukrainian officials"."""
    first = _best_actor(ctx, tok, exclude)
    if first is None or tok is None:
        return []
    out = [first]
    root = _mention_root(ctx, first, tok.subtree)
    for anchor in (tok, root):
        if anchor is None:
            continue
        for c in anchor.conjuncts:
            if c.i in exclude:
                continue
            m = ctx.own(c) if anchor is root else _best_actor(ctx, c, exclude)
            if m is not None and m.cls in ctx.role("actor") and m not in out:
                out.append(m)
    return out


def _relation(
    ctx: _Sentence, name: str, verb: Token, roles: dict[str, list[Mention]], **attrs: str | None
) -> RelationMention:
    attrs_out = {k: v for k, v in attrs.items() if v}
    if _hedged(verb, ctx.rules.hedging_heads):
        attrs_out["hedge"] = "hedged"
        if name != "reports":
            attrs_out.setdefault("certainty", "hedged")
    date = _date(ctx.sent, verb)
    if date:
        attrs_out.setdefault("date", date)
    sent = ctx.sent
    return RelationMention(
        relation=name,
        roles=tuple((k, tuple(v)) for k, v in roles.items() if v),
        sentence=Span(
            ctx.doc_id,
            ctx.offset + sent.start_char,
            ctx.offset + sent.end_char,
            sent.text,
        ),
        trigger=verb.text,
        attrs=tuple(sorted(attrs_out.items())),
    )


def _is_force(tok: Token | None, ctx: _Sentence) -> bool:
    return tok is not None and tok.lower_ in ctx.rules.force_nouns


def _object(verb: Token) -> Token | None:
    objs = _children(verb, {"dobj", "obj"})
    return objs[0] if objs else None


def _supplies(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    subj, passive = ctx.subject(verb)
    if passive:
        return []
    suppliers = _actors(ctx, subj)
    if not suppliers:
        return []
    recipients: list[Mention] = []
    item_roots: list[Token] = []
    dobj = _object(verb)
    if dobj is not None:
        own = ctx.own(dobj)
        if own is not None and own.cls in ctx.role("actor"):
            recipients.append(own)
        else:
            item_roots.append(dobj)
    item_roots.extend(_prep_objects(verb, {"with"}))
    # "supplying 240mm rocket launchers … to Russian forces": the parse may hang "to" on the item.
    heads = [verb, *(t for r in item_roots for t in (r, *r.conjuncts))]
    for head in heads:
        for pobj in _prep_objects(head, ctx.rules.to_preps):
            recipients.extend(ctx.mentions(pobj.subtree, ctx.role("actor")))
    items: list[Mention] = []
    for root in item_roots:
        items.extend(m for m in ctx.mentions(root.subtree, ctx.role("item")) if m not in items)
    out = []
    for supplier in suppliers:
        to = [r for r in dict.fromkeys(recipients) if r.span != supplier.span]
        if not to and not items:
            continue
        out.append(_relation(
            ctx, "supplies", verb, {"supplier": [supplier], "recipient": to[:1], "item": items}))
    return out


def _force_and_deployer(ctx: _Sentence, verb: Token) -> tuple[Token | None, list[Mention]]:
    """The deployed force and who deployed it (the subject, else the force's nationality)."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        force = verb.head
        own_scope = _subtree_ids(verb)
        nationals = ctx.mentions(force.subtree, {"Country"}, exclude=own_scope)
        return force, nationals[:1]
    subj, passive = ctx.subject(verb)
    if passive:
        nationals = ctx.mentions(subj.subtree, {"Country"}) if subj is not None else []
        return subj, nationals[:1]
    return _object(verb), _actors(ctx, subj)


def _destination(ctx: _Sentence, verb: Token, deployer: Mention) -> Mention | None:
    places: list[Mention] = []
    for pobj in _prep_objects(verb, ctx.rules.place_preps):
        found = ctx.mentions(pobj.subtree, ctx.role("place"))
        # "into a former French base in Timbuktu": a place that only modifies the noun
        # ("French") is not where the force went.
        heads = [m for m in found
                 if (r := _mention_root(ctx, m, pobj.subtree)) is None
                 or r.dep_ not in ("amod", "compound", "nmod", "poss")]
        places.extend(heads or found)
    if not places:  # "sent to support Russia"
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ctx.rules.support_verbs:
                obj = _object(c)
                if obj is not None:
                    places.extend(ctx.mentions(obj.subtree, ctx.role("place")))
    places = [p for p in places if p.key is None or p.key != deployer.key]
    return places[0] if places else None


def _deploys(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    force, deployers = _force_and_deployer(ctx, verb)
    out = []
    force_text = _np_text(force) if force is not None and force.pos_ != "PRON" else None
    for deployer in deployers:
        destination = _destination(ctx, verb, deployer)
        if destination is None:
            continue
        out.append(_relation(
            ctx, "deploys", verb, {"deployer": [deployer], "destination": [destination]},
            force=force_text))
    return out


def _statement_tokens(ctx: _Sentence, verb: Token, exclude: set[int]) -> list[Token]:
    """The reported content: the complement clause, else the object, else "warns of …",
    else the sentence minus the reporting."""
    comps = _children(verb, {"ccomp", "xcomp"}) or _children(verb, {"dobj"})
    lemma = verb.lemma_.lower()
    if lemma in ctx.rules.accusing:  # "accuses Iran of supplying …"
        comps = [*_children(verb, {"dobj"}),
                 *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of")]
    elif lemma == "express":  # "expressed concern that …"
        comps = [g for c in _children(verb, {"dobj"}) for g in c.children
                 if g.dep_ in ("ccomp", "acl", "prep")] or comps
    if not comps:
        comps = [c for c in verb.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "on", "against")]
    if comps:
        ids = set().union(*(_subtree_ids(c) for c in comps))
    else:
        ids = {t.i for t in ctx.sent} - _subtree_ids(verb)
        if verb.dep_ == "relcl":  # "…, a charge Tehran rejects": drop "a charge"
            ids -= {verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "det")}
    ids -= exclude
    return [t for t in ctx.sent if t.i in ids]


def _reporting_subject(ctx: _Sentence, verb: Token) -> tuple[Token | None, bool]:
    reporting = ctx.rules.triggers["reports"]
    subj, passive = ctx.subject(
        verb, climb=lambda h: verb.dep_ in ("conj", "advcl") and h.lemma_.lower() in reporting
    )
    if subj is None and not passive and verb.i > ctx.sent.start:
        # A misparsed "…, Ukraine's military said that": the actor right before the verb.
        before = verb.doc[verb.i - 1]
        m = ctx.own(before)
        if m is not None and m.cls in ctx.role("actor") and not any(
                c.dep_.startswith("nsubj") for c in verb.children):
            subj = before
    return subj, passive


def _reports(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    lemma = verb.lemma_.lower()
    if lemma == "express" and not any(
            c.lemma_.lower() in ctx.rules.stance_nouns for c in _children(verb, {"dobj"})):
        return []
    if lemma == "cite" and verb.dep_ == "advcl":  # "…, Yonhap reports, citing X": X's claim too
        return _cited(ctx, verb)
    subj, passive = _reporting_subject(ctx, verb)
    if passive or subj is None or subj.i not in {t.i for t in ctx.sent}:
        return []
    if _negated(verb, subj):
        return []
    own_scope = _subtree_ids(verb) if verb.dep_ == "relcl" else set()
    claimants = _actors(ctx, subj, exclude=own_scope)
    if not claimants:  # "Fifteen countries, among them France, Germany and Canada, said"
        for other in _children(verb, {"nsubj"}):
            if other is not subj and (claimants := _actors(ctx, other, exclude=own_scope)):
                subj = other
                break
    if not claimants:  # "…, the country's prime minister said": the document's prime minister
        holder = _title_holder(ctx, subj)
        claimants = [holder] if holder is not None else []
    if not claimants:  # "Western officials told the BBC that …": the outlet carries it
        heard = [ctx.own(c) for c in _children(verb, {"dobj", "dative"})]
        claimants = [m for m in heard if m is not None and m.cls == "MediaOutlet"][:1]
    if not claimants:
        return []
    exclude = (_subtree_ids(subj) - own_scope) | {
        t.i for c in _children(verb, {"dobj", "dative"}) if ctx.own(c) in claimants
        for t in c.subtree
    }
    tokens = _statement_tokens(ctx, verb, exclude)
    out = [r for c in claimants if (r := _claim(ctx, verb, c, tokens)) is not None]
    if lemma == "cite":  # "Reuters cited a JCS official as saying …": the official's claim too
        source = _best_actor(ctx, _object(verb))
        if source is not None and source not in claimants:
            rel = _claim(ctx, verb, source, _statement_tokens(ctx, verb, exclude | {
                t.i for c in _children(verb, {"dobj"}) for t in c.subtree}))
            out.extend([rel] if rel is not None else [])
    return out


def _title_holder(ctx: _Sentence, subj: Token) -> Mention | None:
    """The one person of the document whose title the nameless subject is ("the country's
    prime minister" → the person introduced as "Prime Minister Denys Shmyhal")."""
    if subj.pos_ != "NOUN" or not ctx.titled:
        return None
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "amod")
             or t.i == subj.i]
    for start in range(len(words)):
        holder = ctx.titled.get(" ".join(words[start:]))
        if holder is not None:
            return holder
    return None


def _cited(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"…, Yonhap News Agency reports, citing South Korean Intelligence": the cited source
    states what the reporting verb reports."""
    source = _best_actor(ctx, _object(verb))
    head = verb.head
    if source is None or head.lemma_.lower() not in ctx.rules.triggers["reports"]:
        return []
    tokens = _statement_tokens(ctx, head, _subtree_ids(verb))
    rel = _claim(ctx, head, source, tokens)
    return [rel] if rel is not None else []


def _claim(
    ctx: _Sentence, trigger: Token, claimant: Mention, tokens: list[Token]
) -> RelationMention | None:
    text = "".join(t.text_with_ws for t in tokens)
    statement = " ".join(text.split()).strip(_QUOTES + ".")
    if not statement:
        return None
    about = [m for m in ctx.mentions(tokens, ALL_CLASSES) if m.span != claimant.span]
    lemma = trigger.lemma_.lower()
    if lemma in ctx.rules.denying:
        certainty = "denied"
    elif _hedged(trigger):
        certainty = "hedged"
    elif lemma in ctx.rules.estimating:
        certainty = "estimated"
    else:
        certainty = "asserted"
    rel = _relation(
        ctx, "reports", trigger, {"claimant": [claimant], "about": about},
        statement=statement, certainty=certainty,
    )
    return replace(rel, figures=tuple(figures(tokens)))


def _according_to(ctx: _Sentence) -> list[RelationMention]:
    """"According to X, <clause>": X reports the clause."""
    out = []
    for tok in ctx.sent:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        claimant = _best_actor(ctx, pobj)
        if claimant is None:
            continue
        scope = _subtree_ids(tok)
        rel = _claim(ctx, tok, claimant, [t for t in ctx.sent if t.i not in scope])
        if rel is not None:
            out.append(rel)
    return out


def _agreement_of(ctx: _Sentence, verb: Token) -> Mention | None:
    candidates = []
    dobj = _object(verb)
    if dobj is not None:
        candidates += ctx.mentions(dobj.subtree, ctx.role("agreement"))
    if verb.dep_ == "acl":
        candidates += ctx.mentions(verb.head.subtree, ctx.role("agreement"))
    candidates += ctx.mentions(ctx.sent, ctx.role("agreement"))
    return candidates[0] if candidates else None


def _signed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    agreement = _agreement_of(ctx, verb)
    if agreement is None:
        return []
    subj, passive = ctx.subject(verb)
    if _negated(verb, subj):
        return []
    parties: list[Mention] = []
    if subj is not None and not passive:
        own = _best_actor(ctx, subj)
        parties.extend([own] if own else [])
        parties.extend(m for c in subj.conjuncts for m in [_best_actor(ctx, c)] if m)
    dobj = _object(verb)
    for head in (verb, *([dobj] if dobj is not None else [])):
        for pobj in _prep_objects(head, {"with", "between"}):
            parties.extend(ctx.mentions(pobj.subtree, ctx.role("actor")))
    # "a pact between Pyongyang and Moscow, signed in June": parties hang off the agreement;
    # "a meeting between Putin and Kim, culminating in an agreement": off the subject.
    for tok in ctx.sent:
        on_subject = subj is not None and (tok.head == subj or (
            subj.dep_ == "nsubj" and tok.head == subj.head))  # "occurred … between A and B"
        if tok.lower_ == "between" and (ctx.own(tok.head) == agreement or on_subject):
            for pobj in _children(tok, {"pobj"}):  # "Russian President Putin and …": Putin
                parties.extend(m for c in (pobj, *pobj.conjuncts)
                               if (m := _best_actor(ctx, c)) is not None)
    parties = list(dict.fromkeys(parties))
    if not parties:
        return []
    return [_relation(ctx, "signed", verb, {"party": parties, "agreement": [agreement]})]


EXTRACTORS = {"supplies": _supplies, "deploys": _deploys, "reports": _reports, "signed": _signed}


def _choose(ctx: _Sentence, verb: Token, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Disambiguate a lemma that triggers both supplies and deploys by its object."""
    if "supplies" in candidates and "deploys" in candidates:
        if verb.dep_ == "acl":
            force = verb.head
        else:
            obj, passive = _object(verb), False
            if obj is None:
                obj, passive = ctx.subject(verb)
                obj = obj if passive else None
            force = obj
        keep = "deploys" if _is_force(force, ctx) else "supplies"
        return tuple(c for c in candidates if c not in {"supplies", "deploys"} or c == keep)
    return candidates


def _sentence_relations(ctx: _Sentence) -> list[RelationMention]:
    out: list[RelationMention] = []
    for tok in ctx.sent:
        if tok.pos_ != "VERB":
            continue
        candidates = ctx.rules.relations_for(tok.lemma_.lower())
        for name in _choose(ctx, tok, candidates):
            subj, _ = ctx.subject(tok)
            if name != "reports" and (
                    _negated(tok, subj) or _in_denial(tok, ctx.rules.denying)):
                continue
            out.extend(EXTRACTORS[name](ctx, tok))
    out.extend(_according_to(ctx))
    return out


def extract_relations(
    doc: Doc, doc_id: str, rules: RelationRules, mentions: Iterable[Mention], offset: int = 0
) -> list[RelationMention]:
    """All relation mentions of ``doc``; ``mentions`` are those extracted from the same doc."""
    mentions = list(mentions)
    by_start = {m.span.start - offset: m for m in mentions}
    by_token: dict[int, Mention] = {}
    for ent in doc.ents:
        m = by_start.get(ent.start_char) or by_start.get(ent[1:].start_char if len(ent) > 1 else -1)
        if m is None:
            continue
        for t in ent:
            by_token[t.i] = m
    holders: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.title and m.cls == "Person":
            people = holders.setdefault(m.title.lower(), [])
            if all((p.key or p.lemma) != (m.key or m.lemma) for p in people):
                people.append(m)
    titled = {t: ms[0] for t, ms in holders.items() if len(ms) == 1}
    out: list[RelationMention] = []
    for sent in doc.sents:
        ctx = _Sentence(sent, doc_id, offset, rules, by_token, titled)
        out.extend(_sentence_relations(ctx))
    return out

"""Relation mentions from the dependency parse: a trigger verb plus its arguments' entities.

Each relation is read off one sentence: the trigger lemma names the relation (data file
``relations.yaml``), its subject/objects/prepositional phrases give the roles, and only entity
mentions of the allowed classes fill a role. Negated triggers ("has not confirmed",
"Neither Moscow nor Pyongyang have confirmed") yield nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

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


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _negated(verb: Token, subject: Token | None) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in verb.children):
        return True
    if subject is not None:
        return any(c.dep_ in ("preconj", "det") and c.lower_ in NEGATORS for c in subject.children)
    return False


def _hedged(verb: Token) -> bool:
    kids = list(verb.children)
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        kids += list(verb.head.children)
    return any(c.lower_ in HEDGES or (c.dep_ == "aux" and c.lower_ in MODALS) for c in kids)


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subject(
    verb: Token, climb: Callable[[Token], bool] | None = None
) -> tuple[Token | None, bool]:
    """(subject token, is-passive-patient), climbing xcomp/conj/advcl chains for a subject.

    ``climb(head)`` may veto climbing to a head (reporting verbs only inherit from reporting
    verbs: "…, adding that" but not "losses could have surpassed 200, suggesting that").
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
        if v.dep_ not in SUBJECT_CLIMB_DEPS or v.head is v:
            break
        head = v.head
        while head.pos_ == "ADP" and head.head is not head:  # "along with supplying": pcomp→prep
            head = head.head
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
    for scope in scopes:
        for ent in sent.ents:
            if ent.label_ == "DATE" and ent.start in scope:
                return ent.text
    return None


def _np_text(tok: Token) -> str:
    """A noun phrase up to its head: "as many as 12,000 North Korean soldiers"."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _best_actor(ctx: _Sentence, tok: Token | None) -> Mention | None:
    if tok is None:
        return None
    own = ctx.own(tok)
    if own is not None and own.cls in ctx.role("actor"):
        return own
    found = ctx.mentions(tok.subtree, ctx.role("actor"))
    for cls in ctx.rules.actor_priority:
        for m in found:
            if m.cls == cls:
                return m
    return None


def _relation(
    ctx: _Sentence, name: str, verb: Token, roles: dict[str, list[Mention]], **attrs: str | None
) -> RelationMention:
    attrs_out = {k: v for k, v in attrs.items() if v}
    if _hedged(verb):
        attrs_out["hedge"] = "hedged"
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


def _supplies(ctx: _Sentence, verb: Token) -> RelationMention | None:
    subj, passive = _subject(verb)
    if passive:
        return None
    supplier = _best_actor(ctx, subj)
    if supplier is None:
        return None
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
    recipients = [r for r in dict.fromkeys(recipients) if r.span != supplier.span]
    if not recipients and not items:
        return None
    return _relation(
        ctx, "supplies", verb, {"supplier": [supplier], "recipient": recipients[:1], "item": items}
    )


def _force_and_deployer(ctx: _Sentence, verb: Token) -> tuple[Token | None, Mention | None]:
    """The deployed force and who deployed it (the subject, else the force's nationality)."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        force = verb.head
        own_scope = _subtree_ids(verb)
        nationals = ctx.mentions(force.subtree, {"Country"}, exclude=own_scope)
        return force, (nationals[0] if nationals else None)
    subj, passive = _subject(verb)
    if passive:
        nationals = ctx.mentions(subj.subtree, {"Country"}) if subj is not None else []
        return subj, (nationals[0] if nationals else None)
    return _object(verb), _best_actor(ctx, subj)


def _destination(ctx: _Sentence, verb: Token, deployer: Mention) -> Mention | None:
    places = []
    for pobj in _prep_objects(verb, ctx.rules.place_preps):
        places.extend(ctx.mentions(pobj.subtree, ctx.role("place")))
    if not places:  # "sent to support Russia"
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ctx.rules.support_verbs:
                obj = _object(c)
                if obj is not None:
                    places.extend(ctx.mentions(obj.subtree, ctx.role("place")))
    places = [p for p in places if p.key is None or p.key != deployer.key]
    return places[0] if places else None


def _deploys(ctx: _Sentence, verb: Token) -> RelationMention | None:
    force, deployer = _force_and_deployer(ctx, verb)
    if deployer is None:
        return None
    destination = _destination(ctx, verb, deployer)
    if destination is None:
        return None
    force_text = _np_text(force) if force is not None and force.pos_ != "PRON" else None
    return _relation(
        ctx,
        "deploys",
        verb,
        {"deployer": [deployer], "destination": [destination]},
        force=force_text,
    )


def _statement_tokens(ctx: _Sentence, verb: Token, exclude: set[int]) -> list[Token]:
    """The reported content: the complement clause, else the sentence minus the reporting."""
    comps = _children(verb, {"ccomp", "xcomp"}) or _children(verb, {"dobj"})
    if comps:
        ids = set().union(*(_subtree_ids(c) for c in comps))
    else:
        ids = {t.i for t in ctx.sent} - _subtree_ids(verb)
    ids -= exclude
    return [t for t in ctx.sent if t.i in ids]


def _reports(ctx: _Sentence, verb: Token) -> RelationMention | None:
    reporting = ctx.rules.triggers["reports"]
    subj, passive = _subject(
        verb, climb=lambda h: verb.dep_ in ("conj", "advcl") and h.lemma_.lower() in reporting
    )
    if passive or subj is None or subj.i not in {t.i for t in ctx.sent}:
        return None
    if _negated(verb, subj):
        return None
    claimant = _best_actor(ctx, subj)
    if claimant is None:  # "Western officials told the BBC that …": the outlet carries it
        heard = [ctx.own(c) for c in _children(verb, {"dobj", "dative"})]
        claimant = next((m for m in heard if m is not None and m.cls == "MediaOutlet"), None)
    if claimant is None:
        return None
    exclude = _subtree_ids(subj) | {
        t.i for c in _children(verb, {"dobj", "dative"}) if ctx.own(c) == claimant
        for t in c.subtree
    }
    return _claim(ctx, verb, claimant, _statement_tokens(ctx, verb, exclude))


def _claim(
    ctx: _Sentence, trigger: Token, claimant: Mention, tokens: list[Token]
) -> RelationMention | None:
    text = "".join(t.text_with_ws for t in tokens)
    statement = " ".join(text.split()).strip(_QUOTES + ".")
    if not statement:
        return None
    about = [m for m in ctx.mentions(tokens, ALL_CLASSES) if m.span != claimant.span]
    if _hedged(trigger):
        certainty = "hedged"
    elif trigger.lemma_.lower() in ctx.rules.estimating:
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


def _signed(ctx: _Sentence, verb: Token) -> RelationMention | None:
    agreement = _agreement_of(ctx, verb)
    if agreement is None:
        return None
    subj, passive = _subject(verb)
    if _negated(verb, subj):
        return None
    parties: list[Mention] = []
    if subj is not None and not passive:
        own = _best_actor(ctx, subj)
        parties.extend([own] if own else [])
        parties.extend(m for c in subj.conjuncts for m in [_best_actor(ctx, c)] if m)
    dobj = _object(verb)
    for head in (verb, *([dobj] if dobj is not None else [])):
        for pobj in _prep_objects(head, {"with", "between"}):
            parties.extend(ctx.mentions(pobj.subtree, ctx.role("actor")))
    # "a pact between Pyongyang and Moscow, signed in June": parties hang off the agreement.
    for tok in ctx.sent:
        if tok.lower_ == "between" and ctx.own(tok.head) == agreement:
            for pobj in _children(tok, {"pobj"}):
                parties.extend(ctx.mentions(pobj.subtree, ctx.role("actor")))
    parties = list(dict.fromkeys(parties))
    if not parties:
        return None
    return _relation(ctx, "signed", verb, {"party": parties, "agreement": [agreement]})


EXTRACTORS = {"supplies": _supplies, "deploys": _deploys, "reports": _reports, "signed": _signed}


def _choose(ctx: _Sentence, verb: Token, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Disambiguate a lemma that triggers both supplies and deploys by its object."""
    if "supplies" in candidates and "deploys" in candidates:
        if verb.dep_ == "acl":
            force = verb.head
        else:
            obj, passive = _object(verb), False
            if obj is None:
                obj, passive = _subject(verb)
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
            subj, _ = _subject(tok)
            if name != "reports" and _negated(tok, subj):
                continue
            rel = EXTRACTORS[name](ctx, tok)
            if rel is not None:
                out.append(rel)
    out.extend(_according_to(ctx))
    return out


def extract_relations(
    doc: Doc, doc_id: str, rules: RelationRules, mentions: Iterable[Mention], offset: int = 0
) -> list[RelationMention]:
    """All relation mentions of ``doc``; ``mentions`` are those extracted from the same doc."""
    by_start = {m.span.start - offset: m for m in mentions}
    by_token: dict[int, Mention] = {}
    for ent in doc.ents:
        m = by_start.get(ent.start_char) or by_start.get(ent[1:].start_char if len(ent) > 1 else -1)
        if m is None:
            continue
        for t in ent:
            by_token[t.i] = m
    out: list[RelationMention] = []
    for sent in doc.sents:
        ctx = _Sentence(sent, doc_id, offset, rules, by_token)
        out.extend(_sentence_relations(ctx))
    return out

"""The sentence context shared by every relation: ``_Sentence``, the early-exit gates, the
constants and the token, dependency and actor helpers that several relations use."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import RelationRules, bracketed
from kg.extract.tokens import (
    RELATIVE_PRONOUNS,
    children_of,
    heads_of,
    lemmas,
    lowers,
    text_of,
    words_of,
)
from kg.model import ENTITY_CLASSES, Mention, RelationMention, Span

CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl", "ccomp"}
SUBJECT_CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl"}

DIRECTIONAL = {"back", "home", "over", "out", "away", "on", "forward", "up", "down", "across"}
ALL_CLASSES = frozenset(ENTITY_CLASSES)
# dependencies that give a reporting verb something it says: a complement, an adverbial or
# parenthetical clause, an object predicate ("called the deal a mistake")
SAYING_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "oprd"})




@dataclass(frozen=True)
class _Sentence:
    """One sentence with its token → mention index."""

    sent: SpacySpan
    doc_id: str
    offset: int
    rules: RelationRules
    by_token: dict[int, Mention]
    titled: dict[str, Mention] = field(default_factory=dict)  # title → its one holder
    prior_agreement: Mention | None = None  # the last agreement named before the sentence
    # the sentence's spaCy entities, read once per document: ``Doc.ents`` and ``Span.ents``
    # build every span of the document on each call (quadratic on long documents)
    ents: tuple[SpacySpan, ...] = ()
    plural: dict[int, tuple[Mention, ...]] = field(default_factory=dict)  # "the two sides"
    # the states of the document's last signing by three or more of them (h-sign3)
    prior_signers: tuple[Mention, ...] = ()
    # the deployers of the deployments found in the sentences before (h-dep2, stop 20)
    prior_deployers: tuple[Mention, ...] = ()
    # the deployers of the sentence just before, none when it deployed nothing (h-dep10)
    last_deployers: tuple[Mention, ...] = ()
    home: Mention | None = None  # the state the document's dateline names (h-dep6, stop 23)
    # the agreements of the asserted signings stated before the sentence, in order (h-sig7)
    prior_signed: tuple[Mention, ...] = ()
    # the one state the supplies stated before the sentence went to, None for none or several:
    # the buyer a firm's contracted delivery with no recipient of its own goes to (SU2, h-sup37)
    prior_buyer: Mention | None = None
    # (verb index, climb) → ``subject``'s answer: a verb's subject is asked for by the loop and
    # again by each rule that reads the verb (issue 13)
    _subjects: dict[tuple, tuple[Token | None, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # (token index, indices left out) → ``_actors``' answer: the rules of one verb ask for the
    # actors of its subject, object or agent again and again (issue 13)
    _actor_lists: dict[tuple, list[Mention]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def own(self, tok: Token | None) -> Mention | None:
        return None if tok is None else self.by_token.get(tok.i)

    def names(self, m: Mention, tok: Token) -> bool:
        """Whether ``tok`` lies in ``m``'s own words: the sentence names ``m`` there, not
        through a pronoun or a description coreference resolved to it."""
        return m.span.start <= tok.idx + self.offset < m.span.end

    @cached_property
    def lexicon(self) -> frozenset[str]:
        """The sentence's lower-case words and lemmas: a rule that starts only at some of them
        returns at once where none occurs (issue 13)."""
        return words_of(self.sent)

    def lacks(self, *words: frozenset[str]) -> bool:
        """No word or lemma of the sentence is in any of ``words``."""
        return all(self.lexicon.isdisjoint(w) for w in words)

    def mentions(
        self, tokens: Iterable[Token], classes: Iterable[str], exclude: set[int] = frozenset()
    ) -> list[Mention]:
        """Distinct mentions of the given classes over ``tokens``, in text order."""
        seen, out = set(), []
        allowed = set(classes)
        for t in sorted(tokens, key=lambda t: t.i):
            if t.i in exclude:
                continue
            group = self.plural.get(t.i, ())
            # ("Both frigates": the named ships they refer back to, ``weapon_groups``)
            for m in group if group and group[0].cls == "Weapon" else (self.by_token.get(t.i),):
                if m is None or m.cls not in allowed or m.span in seen:
                    continue
                seen.add(m.span)
                out.append(m)
        return out

    def role(self, name: str) -> frozenset[str]:
        return self.rules.roles[name]

    def subject(
        self, verb: Token, climb: Callable[[Token], bool] | None = None
    ) -> tuple[Token | None, bool]:
        key = (verb.i, climb)
        found = self._subjects.get(key)
        if found is None:
            found = self._subjects[key] = _aside_subject(self, verb) or \
                _headline_passive(self, verb) or _stray_conjunct_subject(self, verb) or \
                _subject(verb, climb, self.rules.accusing)
        return found


# --- early exits (issue 13) -------------------------------------------------------------------
# A rule that starts only at some words returns at once on a sentence holding none of them. Its
# gate names the sets of kg/data/relations.yaml (``words``, ``triggers``) its branches start at,
# declared once above the rule rather than written into its body; a branch added at another
# word would be skipped silently on sentences without the gate's words, so inside
# ``checking_gates()`` a skipped rule runs anyway and what it would have found is counted
# (tests/test_token_index.py runs every written sentence so).
_GATE_MISSES: ContextVar[list[str] | None] = ContextVar("kg_gate_misses", default=None)
_Rule = Callable[["_Sentence"], list[RelationMention]]


@contextmanager
def checking_gates() -> Iterator[list[str]]:
    """Within: a sentence rule skipped by its gate still runs, and its name is appended to the
    list yielded for each sentence where it would have found a relation (its answer is still
    dropped, so the relations are those of a normal run)."""
    misses: list[str] = []
    token = _GATE_MISSES.set(misses)
    try:
        yield misses
    finally:
        _GATE_MISSES.reset(token)


def _starts_at(*words: str, triggers: tuple[str, ...] = ()) -> Callable[[_Rule], _Rule]:
    """Gate a sentence rule on ``rules.words[w]`` for ``words`` and ``rules.triggers[t]`` for
    ``triggers`` (every set must exist: a misspelt name raises, it never empties the gate)."""

    def gate(rule: _Rule) -> _Rule:
        # the gate's sets joined, for the last rules asked about (one per build): one
        # ``isdisjoint`` per sentence instead of a tuple of sets and a generator (issue 13)
        joined: list = [None, frozenset()]

        @functools.wraps(rule)
        def gated(ctx: _Sentence) -> list[RelationMention]:
            rules = ctx.rules
            if joined[0] is not rules:
                joined[1] = frozenset().union(*(rules.words[w] for w in words),
                                              *(rules.triggers[t] for t in triggers))
                joined[0] = rules
            if not ctx.lexicon.isdisjoint(joined[1]):
                return rule(ctx)
            misses = _GATE_MISSES.get()
            if misses is not None and rule(ctx):
                misses.append(rule.__name__)
            return []

        gated.gate = (words, triggers)  # type: ignore[attr-defined]
        return gated

    return gate


def _sent_tokens(ctx: _Sentence, stop: int, exclude: Collection[int] = frozenset()
                 ) -> list[Token]:
    """The sentence's tokens before index ``stop`` and not in ``exclude``, in order: ``[t for t
    in ctx.sent if t.i < stop and t.i not in exclude]`` with a Token only for each one kept
    (issue 13)."""
    sent = ctx.sent
    doc = sent.doc
    return [doc[i] for i in range(sent.start, min(stop, sent.end)) if i not in exclude]


def _subtree_ids(tok: Token) -> set[int]:
    """The indices of ``tok.subtree``, walked on the document's children lists (issue 13: no
    ``Token`` per word of the subtree)."""
    kids = children_of(tok.doc)[0]
    out, todo = {tok.i}, [tok.i]
    while todo:
        if below := kids[todo.pop()]:  # (each child added and queued in order, as one by one)
            out.update(below)
            todo.extend(below)
    return out


def _earlier_start(sent: SpacySpan, back: int = 1) -> int:
    """The first token of the sentence ``back`` sentences before ``sent`` (of the document's
    first, where fewer come before): where a rule looks back for what a word stands for."""
    start = sent.start
    for _ in range(back):
        if start == 0:
            break
        start = sent.doc[start - 1].sent.start
    return start


def _negated(verb: Token, subject: Token | None, words: dict[str, frozenset[str]]) -> bool:
    """Negated: "did not send", "has yet to sign", "sent no weapons", "has neither confirmed nor
    denied", or a subject a negator determines ("No country sent", relations.yaml `negators`)."""
    # (read off the children lists and the LOWER column: no Token per child, issue 13)
    kids, dep = children_of(verb.doc)
    low = lowers(verb.doc)
    if any(dep[c] == "neg" or low[c] == "never" for c in kids[verb.i]):
        return True
    # "has yet to sign", "is yet to deliver": not done (issue 12, h-agr3)
    if dep[verb.i] == "xcomp" and verb.head.lemma_ in ("have", "be") and any(
            dep[c] == "advmod" and low[c] == "yet" for c in kids[verb.head.i]):
        return True
    # "has sent no weapons to Ukraine": a negated object
    if any(dep[c] == "dobj" and any(dep[d] == "det" and low[d] == "no" for d in kids[c])
           for c in kids[verb.i]):
        return True
    # "has neither confirmed nor denied": "neither" hangs on the first verb, "nor" before the
    # second
    first = verb.head.i if dep[verb.i] == "conj" else verb.i
    if any(dep[c] in ("preconj", "cc") and low[c] in ("neither", "nor") for c in kids[first]):
        return True
    if subject is not None:
        negators = words["negators"]
        return any(dep[c] in ("preconj", "det") and low[c] in negators for c in kids[subject.i])
    return False


def _hedged(verb: Token, words: dict[str, frozenset[str]], heads: frozenset[str] = frozenset(),
            modals: frozenset[str] | None = None) -> bool:
    """Hedged by an adverb (relations.yaml `hedge_adverbs`) or a modal (``modals``, else
    `possibility_modals`) on the verb (or the verb it complements), or planned, prepared or
    apparent: "appears to be preparing to deploy", "is expected to send"."""
    if modals is None:
        modals = words["possibility_modals"]
    hedges = words["hedge_adverbs"]
    children, dep = children_of(verb.doc)  # (no Token per child, issue 13)
    low = lowers(verb.doc)
    kids = children[verb.i]
    if dep[verb.i] in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        kids = kids + children[verb.head.i]
    if any(low[c] in hedges or (dep[c] == "aux" and low[c] in modals) for c in kids):
        return True
    v = verb
    for _ in range(4):
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in heads:
            return True
    return False


def _contract_modals(verb: Token, words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The modals that state a contracted supply as a fact (``contract_modals``: "will"), with
    the reported "would" in what a past verb of saying reports ("officials said the jets would
    be delivered by Rosoboronexport": the speaker's "will"; ``backshifted_modals`` under
    ``backshifting_verbs``) (issue 12, h-sup38)."""
    if verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and \
            verb.head.lemma_.lower() in words["backshifting_verbs"]:
        return words["contract_modals"] | words["backshifted_modals"]
    return words["contract_modals"]


def _decided_sale(verb: Token, modal: Token, words: dict[str, frozenset[str]]) -> bool:
    """"Spain will sell Chile 12 patrol boats … in a deal", "Germany will hand over 12
    tanks" (after the contract): a seller's plain "will" on a verb of sale or delivery, in an
    article that has named a deal, states the decided sale or the obligation under it (SU1,
    SU2); "would sell" stays an intention, and "will sell no more jets" (an object refused)
    sells nothing."""
    # (the reported "would" of a past verb of saying is the speaker's "will" on a delivery owed:
    # "said Germany would also hand over spare parts and missiles", after the deal; a reported
    # "would sell" stays an intention; h-sup73)
    modals = words["contract_modals"] if verb.lemma_.lower() in words["selling"] \
        else _contract_modals(verb, words)
    if modal.lower_ not in modals or verb.lemma_.lower() not in words["committed_supply_verbs"]:
        return False
    refused = any(o.lower_ in ("nothing", "none") or any(
        d.dep_ in ("det", "neg") and d.lower_ == "no" for d in o.subtree)
        for o in verb.children if o.dep_ in ("dobj", "dative"))
    return not refused and _deal_named(verb, words)


def _deal_named(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """The article names a sale: a deal word ("contract", "order", not "in order to") or a past
    "ordered" / "bought" (what "will deliver" is owed under; SU2). The whole article, as the
    parser may break the verb's sentence before its "in a deal" (and a later line may name the
    contract the lead's "will deliver" is owed under)."""
    doc = verb.doc  # (the lemma column first: a Token only for a candidate word, issue 13)
    low = lowers(doc)
    deals, pasts = words["sale_deal_words"], words["sale_deal_past_verbs"]
    for i, lemma in enumerate(lemmas(doc)):
        if lemma in deals and doc[i].pos_ in ("NOUN", "PROPN") and not (
                low[i] == "order" and i > 0 and low[i - 1] == "in"):
            return True
        if lemma in pasts and doc[i].tag_ in ("VBD", "VBN"):
            return True
    return False


def _planned(verb: Token, words: dict[str, frozenset[str]],
             contractor: Callable[[Token], bool] | None = None) -> bool:
    """Only planned, offered, intended or supposed: "will give", "would donate", "plans to send",
    "is expected to deploy", "would consider supplying", "has no plans to station", "if … sends"."""
    v = verb
    for _ in range(5):
        kids = list(v.children)
        conditional = any(c.dep_ == "mark" and c.lower_ in words["conditional_marks"]
                          for c in kids)
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if v.i != verb.i and v.lemma_.lower() in words["continuing"] and v.dep_ != "xcomp":
            # "would continue to supply Israel": a supply under way, presupposed (dev
            # conventions of d126–d145), unless negated or only possible ("would not
            # continue", "might continue")
            return conditional or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in words[
                "possibility_modals"] for c in kids)
        if any(c.dep_ == "aux" and c.lower_ in words["planning_modals"]
               and not (c.lower_ in _contract_modals(v, words) and (
                   _contracted(v, words) or contractor is not None and contractor(v)))
               and not _decided_sale(v, c, words)
               for c in kids):
            return True
        if v.dep_ == "ROOT" and to_infinitive:
            return True  # a headline's "Vietnam to buy six submarines": announced, not done
        if to_infinitive and any(c.dep_ == "mark" and c.lower_ == "for" for c in kids):
            # "opened the way for Soviet troops to be stationed in X", "clearing the way for
            # the government to buy": an infinitive with its own "for" subject is what may or
            # should happen, never a reported event (dev conventions D5, SU4; d686, d678)
            return True
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and to_infinitive and not (
                _contracted(v, words) or _contracted(v.head, words)
                or contractor is not None and contractor(v)):
            # "Poland is to receive 96 helicopters": arranged, not done (but "under the
            # contract, Sandline was to supply …": bound by a signed contract, whether the
            # parser hangs "under" on the infinitive or on "is": "Under a protocol signed
            # last year, Italy is to hand over six boats", SU2; h-sup32)
            return True
        if conditional:
            return True  # "if Germany sends tanks …": a condition, not an event
        if any(c.dep_ == "aux" and c.lower_ in words["possibility_modals"] for c in kids) and \
                not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
            return True  # "could deliver", "may send" (but "may have sent" is a hedged fact)
        if v.dep_ == "acl" and v.head.lemma_.lower() in words["planning_nouns"]:
            return True
        if v.dep_ == "advcl" and to_infinitive and any(
                o.lemma_.lower() in words["planning_nouns"] for o in v.head.children
                if o.dep_ == "dobj"):
            return True  # "gave its approval for Dassault to sell"
        if v.dep_ in ("csubj", "ccomp") and v.i < v.head.i and to_infinitive and not any(
                o.dep_ == "amod" and o.lower_ in words["ranking_ordinals"]
                for c in kids if c.dep_ in ("nsubj", "nsubjpass") for o in c.children):
            return True  # "Polish soldiers to be deployed to Latvia are training": a plan
        if v.dep_ == "advcl" and to_infinitive and v.head.lemma_.lower() in \
                words["planning_heads"] and v.head.dep_ != "conj":
            # "was negotiating with the army to deliver drones": the parser may take the
            # infinitive after a "with" phrase for an adverbial clause (h-supp3)
            return True
        if v.dep_ == "ccomp" and v.tag_ in ("VB", "VBP") and not to_infinitive and \
                v.head.lemma_.lower() in words["demanding_heads"]:
            # "demanded that Japan return the jet": a request in the subjunctive (the parser
            # may tag it a present; a past "had returned" is no request), SU3
            return True
        if _shares_mood(v, kids, words):
            v = v.head  # "will join the mission, sending a frigate to X": the joining's future
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        # "declined to let Israel transfer …": through "let" to "declined"
        permitted = v.dep_ == "ccomp" and v.head.lemma_.lower() in words["permitting"]
        if not permitted and (v.dep_ not in ("xcomp", "conj", "pcomp") or v.head.i == v.i or (
                v.dep_ == "conj" and own_subject)):
            return False
        # "…, and the navy hopes to acquire frigates": a planning head the infinitive
        # complements plans it, even where the head is itself a conjunct (issue 12, h-sup6)
        complemented = v.dep_ in ("xcomp", "pcomp")
        infinitive = v
        v = v.head
        while v.pos_ == "ADP" and v.head.i != v.i:  # "would consider supplying"
            v = v.head
        # (a passive conjunct with its own agent under a head that plans nothing itself is
        # no plan: "was set up by Rhodesia and later armed by South Africa"; h-sup33)
        # (nor a conjunct with a tense of its own after a plan with its own object: "pledged
        # $100 million in aid and has already delivered rifles" states the delivery; h-sup36)
        done = not complemented and infinitive.dep_ == "conj" and _children(v, {"dobj"}) and (
            infinitive.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                            for c in infinitive.children))
        if v.lemma_.lower() in words["planning_heads"] and (v.dep_ != "conj" or complemented) \
                and (complemented or _children(v, {"xcomp", "ccomp"})
                     or _agent(infinitive) is None) and not done:
            return True
        if complemented and v.lower_ in words["planning_adjectives"]:
            return True  # "interested in buying", "close to ordering": a wish, not a deal (SU3)
        if complemented and to_infinitive and infinitive.lemma_.lower() in words["receiving"] \
                and v.lemma_.lower() in words["choosing_heads"]:
            return True  # "has chosen to buy …", "decided to buy …": the buyer's choice (SU3)
    return False


def _shares_mood(v: Token, kids: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """A clause with no tense of its own takes the mood of the verb it hangs on (dev conventions
    D5): a participle set off after its main verb ("will join the mission, sending a frigate
    to X" is planned as the joining is; "joined the mission, sending …" stays a fact), unless it
    only names what the speaker calls something ("would impose sanctions, calling the sales …")."""
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i < v.i and \
        v.lemma_.lower() not in words["naming_participles"] and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in kids)


def _by_companies(ctx: _Sentence, verb: Token) -> bool:
    """The verb's subject (a passive's agent) names companies only ("Saab and BAE Systems will
    deliver …", "French state-owned firms will supply …", "will be supplied by the Raytheon
    company"): a firm's future delivery is contracted work."""
    subj, passive = ctx.subject(verb)
    if passive:  # "is to be supplied by the Raytheon company": the agent's firms (h-sup37)
        subj = _agent(verb)
    if subj is None:
        return False
    actors = _actors(ctx, subj)
    firms = ctx.rules.words["firm_nouns"]
    if subj.lemma_.lower() in firms:  # "French state-owned firms will supply"
        return True
    return bool(actors) and all(m.cls == "Company" for m in actors)


def _contracted(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """"Under the contract, X will deliver …", "a deal under which X will supply …": a future
    bound by a signed agreement is stated as a fact (dev convention of d46–d65). The parser
    may hang an opening "Under the accord" on a participle set off before the subject ("Under
    the agreement, reported to be worth …, X will supply …"): its "under" frames the verb too."""
    deals = words["agreement_nouns"] | words["contract_nouns"]
    holders = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                       and c.tag_ in ("VBN", "VBD"))]
    for prep in (c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "under"):
        for obj in _pobjs(prep):
            if obj.lemma_.lower() in deals:
                return True
            if obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return True  # "the contract, under which Lockheed will deliver"
    return False


def _in_denial(verb: Token, denying: frozenset[str],
               stating: frozenset[str] = frozenset()) -> bool:
    """The verb is what a denial denies: "denied supplying weapons", "denies sending …"; not
    what a statement inside the denial asserts ("denied sending troops, saying only that it had
    dispatched trainers to X": stop 16)."""
    v = verb
    for _ in range(4):
        # "rejected the report that it had deployed": acl of the denied noun
        if v.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj", "advcl", "acl") or v.head.i == v.i:
            return False
        v = v.head
        while v.pos_ == "ADP" and v.head.i != v.i:
            v = v.head
        if v.lemma_.lower() in denying:
            return True
        if v.pos_ == "VERB" and v.lemma_.lower() in stating:  # not "the report that …"
            return False
    return False


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok`` (itself if a verb), else the root of its parse."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _agent(verb: Token) -> Token | None:
    kids, dep = children_of(verb.doc)  # (a Token only for the agent, issue 13)
    for c in kids[verb.i]:
        if dep[c] == "agent":
            return next(iter(_pobjs(verb.doc[c])), None)
    return None


def _raised_passive(verb: Token) -> Token | None:
    """"The missiles are to be supplied by Raytheon", "the rest is due to be delivered by
    KAI": a passive infinitive with an agent whose patient is the subject of "be"/"due" (the
    parser hangs it there): that patient; None otherwise (h-sup37)."""
    return _raised_patient(verb) if _agent(verb) is not None else None


def _raised_patient(verb: Token) -> Token | None:
    """`_raised_passive` but for its agent, which the caller has checked: the subject of
    "be"/"due" that a passive infinitive without a subject of its own hangs on; None
    otherwise."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


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
    v, raised = verb, False
    if _main_acl(verb):  # "Naval Group, the French shipbuilder, handed over the first …"
        return verb.head, False
    agent = _agent(v)  # ("signed by X": the agent of the verb ``v`` climbed to, read once)
    if agent is not None and _raised_patient(verb) is not None:
        return agent, False  # "The missiles are to be supplied by Raytheon"
    doc = verb.doc  # (the children read off their lists: a Token only for those kept, issue 13)
    kids, dep = children_of(doc)
    for _ in range(6):
        # two subjects: "WASHINGTON, Aug 8 (Reuters) - President Bush said": the nearest
        subjects = [doc[c] for c in kids[v.i] if dep[c] == "nsubj" and c < v.i]
        dashed = len(subjects) > 1 and any(
            t.text in ("-", "\u2013", "\u2014") for t in v.doc[subjects[0].i : subjects[-1].i])
        # (h-rep5) "…, a Chinese copy of a Soviet design, since 1986, U.S. officials said": an
        # apposition of the clause hung on the verb as a second subject; the one set off by a
        # comma right before the verb is its own
        dashed = dashed or len(subjects) > 1 and subjects[-1].right_edge.i + 1 == v.i and \
            subjects[-1].left_edge.i > 0 and v.doc[subjects[-1].left_edge.i - 1].text == ","
        # (h-slice81) "The opposition United People's Movement questioned …": a common noun
        # that describes the name right after it, split off as a first subject; the name speaks
        dashed = dashed or len(subjects) == 2 and subjects[0].pos_ == "NOUN" and \
            subjects[1].pos_ == "PROPN" and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i
        # (h-dep6, stop 23) "KEFLAVIK, Iceland, Aug 24 - Three U.S. bombers have been
        # deployed to …": a dateline's place hung on a passive verb as a second patient too
        patients = [doc[c] for c in kids[v.i] if dep[c] == "nsubjpass" and c < v.i]
        dashed_patient = len(patients) > 1 and any(
            t.text in ("-", "\u2013", "\u2014") for t in v.doc[patients[0].i : patients[-1].i])
        firsts = [subjects[-1]] if dashed else [patients[-1]] if dashed_patient else []
        # (only a subject of ``v`` stops the loop below: the other children are passed over)
        for c in firsts + [doc[j] for j in kids[v.i]
                           if dep[j] in ("nsubj", "csubj", "nsubjpass")]:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    # (h-rep5) "the government of Chancellor Kohl, which said …": "which"
                    # stands for no person but for the noun the person's "of" hangs on
                    head = v.head
                    if c.lower_ == "which" and head.ent_type_ == "PERSON" and \
                            head.dep_ == "pobj" and head.head.lower_ == "of" and \
                            head.head.head.pos_ == "NOUN":
                        return head.head.head, False
                    if c.lower_ == "who" and head.ent_type_ not in ("", "PERSON") and \
                            head.dep_ == "pobj" and head.head.lower_ in ("in", "at") and \
                            head.head.head.pos_ == "NOUN":
                        # (s42 h-rep40) "a GIAT spokesman in Paris, who put …": "who" is
                        # the person, not the place the parser hung it on
                        return head.head.head, False
                    return _predicated(v.head), False
                antecedent = (_stray_relative(c) or _cleft_focus(c, v)) \
                    if v.dep_ != "relcl" else None
                return (antecedent, False) if antecedent is not None else (c, False)
            if c.dep_ == "nsubjpass":
                if raised:  # "Russia is believed to have deployed": Russia deployed
                    return c, False
                return (agent, False) if agent is not None else (c, True)
        # "the INF Treaty, signed by Reagan and Gorbachev"; "agreed by the king … and signed
        # by Saudi and French officials": a coordinated participle has its own agent
        if agent is not None and (v.dep_ in ("acl", "advcl") or v.dep_ == "conj" and
                                  v.head.dep_ in ("acl", "advcl")):
            return agent, False
        if v.dep_ in ("acl", "relcl") and v.head.dep_ == "attr":  # "was the first … to supply"
            cop = v.head.head
            subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
            return subj, False
        # "Russia has, according to the report, delivered …": the parser may hang the subject
        # on the auxiliary (issue 12)
        stray = [doc[c] for a in kids[v.i] if dep[a] in ("aux", "auxpass") for c in kids[a]
                 if dep[c] in ("nsubj", "nsubjpass")]
        passive = bool(stray) and (stray[0].dep_ == "nsubjpass" or stray[0].head.dep_ == "auxpass")
        if passive and agent is not None:
            return agent, False
        if stray:
            return stray[0], passive
        if (v.dep_ not in SUBJECT_CLIMB_DEPS and not _gerund_noun(v)) or v.head.i == v.i:
            break
        head = v.head
        through_of = False
        while head.pos_ == "ADP" and head.head.i != head.i:  # "along with supplying": pcomp→prep
            # "accused Y of supplying", "accused Y of complicity by arming"
            through_of = through_of or head.lower_ in ("of", "by")
            head = head.head
        if through_of and head.lemma_.lower() in accusing:
            # "Iran was accused of supplying": the passive subject is the accused
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None) or \
                next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            return obj, False
        accused = _accused_of_gerunds(v, head, through_of, accusing)
        if accused is not None:
            return accused, False
        if climb is not None and not climb(head):
            break
        raised = v.dep_ == "xcomp"
        v = head
        agent = _agent(v)
    return None, False


def _gerund_noun(tok: Token) -> bool:
    """"accused Cuba of training and arming them": a gerund after "of"/"by" the parser took
    for a noun, whose coordinated verb climbs through it as through a gerund (issue 12)."""
    return tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and \
        tok.head.lower_ in ("of", "by")


def _accused_of_gerunds(v: Token, head: Token, through_of: bool,
                        accusing: frozenset[str]) -> Token | None:
    """The accused of a second gerund, "accusing its minister of commanding the rebellion and
    supplying the rebels": the parser hangs "of" on the accused noun, or coordinates the
    second gerund with the accusing verb itself (issue 12). None when neither."""
    if through_of and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in accusing:
        return head
    if v.dep_ == "conj" and v.tag_ == "VBG" and head.lemma_.lower() in accusing and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < v.i and any(
                p.lower_.endswith("ing") for p in c.children if p.dep_ in ("pobj", "pcomp"))
            for c in head.children):
        return next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    return None


def _contact_subject(verb: Token) -> Token | None:
    """"the first of 12 FA-50s the Philippines ordered from KAI": a relative clause without
    "that" whose subject the parser takes for an apposition of the noun, right before the
    finite verb it hangs on that noun as a modifier (issue 12). None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    return next((c for c in verb.head.children
                 if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i), None)


def _in_headline(ctx: _Sentence) -> bool:
    """A headline: a sentence with no closing stop (headlines count as sentences). The
    paragraph break that closes a body sentence is a whitespace token of that sentence,
    so the stop looked for is the last token that is not whitespace."""
    last = next((t for t in reversed(ctx.sent) if not t.is_space), ctx.sent[-1])
    return last.text not in (".", "!", "?")


def _has_claim(found: Iterable[RelationMention], actor: Mention) -> bool:
    """Whether ``found`` (a sentence's relations so far) holds a claim of ``actor``: a rule
    that reads a claim word by word leaves a claim the parse found to stand."""
    key = actor.key or actor.span
    return any(r.relation == "reports" and any((m.key or m.span) == key
                                               for m in r.role("claimant")) for r in found)


def _headline_passive(ctx: _Sentence, verb: Token) -> tuple[Token, bool] | None:
    """"US troops sent to Poland", "Patriot missiles sent to Slovakia": a headline's reduced
    passive that the parser reads as active, the force or weapon being the subject of a verb
    that needs an object (``transitive_senders``), with no object and no auxiliary (issue 12).
    (subject, passive) or None."""
    if verb.tag_ not in ("VBD", "VBN"):  # (first: the cheapest test, issue 13)
        return None
    doc = verb.doc  # (the children read off their lists: no Token per child)
    kids, dep = children_of(doc)
    subjects = [c for c in kids[verb.i] if dep[c] == "nsubj"]
    # "flown" is a participle only: "French troops flown into X" (not "jets flew over Y")
    sender = verb.lemma_.lower() in ctx.rules.words["transitive_senders"] or \
        verb.lower_ in ctx.rules.words["sent_participles"]
    # (the parser may call the destination's "to" a dative: "Jaguars sent to Dakar")
    low = lowers(doc)
    if len(subjects) != 1 or not sender or any(
            dep[c] in ("aux", "auxpass", "dobj", "prt")
            or dep[c] == "dative" and low[c] not in ctx.rules.to_preps
            for c in kids[verb.i]):
        return None
    subj = doc[subjects[0]]
    moved = _is_force(subj, ctx) or (m := ctx.own(subj)) is not None and \
        m.cls in ctx.role("item")
    return (subj, True) if moved else None


def _main_acl(verb: Token) -> bool:
    """The main verb the parser hung as a participle on the subject ("Naval Group, the French
    shipbuilder, handed over the first submarine to Brazil": "Group" is the root, "handed" an
    acl): a past form with a direct object on a noun root, no other verb being the root."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in verb.children)


def _stray_relative(pronoun: Token) -> Token | None:
    """The antecedent of a "which"/"who" subject whose verb the small model did not hang as a
    relative clause ("The United States, which trains and equips Ugandan troops, …" parsed
    with "trains" as a modifier of "troops"): the noun just before the comma (issue 12)."""
    if pronoun.lower_ not in ("which", "who") or pronoun.i < 2:
        return None
    comma, noun = pronoun.doc[pronoun.i - 1], pronoun.doc[pronoun.i - 2]
    return noun if comma.text == "," and noun.pos_ in ("NOUN", "PROPN") else None


def _cleft_focus(pronoun: Token, verb: Token) -> Token | None:
    """"It was France that sold the jets to Egypt": the focus of a cleft sentence is the
    subject of its clause (the parser hangs the clause on "was" beside the focus)."""
    head = verb.head
    if pronoun.lower_ not in ("that", "who", "which") or verb.dep_ != "ccomp" or \
            head.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                           for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i < pronoun.i), None)


def _aside_subject(ctx: _Sentence, verb: Token) -> tuple[Token | None, bool] | None:
    """"Washington plans to keep a force in Kuwait, officials said, and has stationed warships
    in the Gulf": the parser coordinates the second verb with the parenthetical "said"; its
    subject is the fronted statement's, not the unnamed reporters' (issue 12). None when the
    construction does not apply (a reporting verb's own conjunct keeps its reporters:
    "…, officials said, and added that")."""
    kids, dep = children_of(verb.doc)  # (no Token per child, issue 13)
    v = verb
    while dep[v.i] == "xcomp" and not any(dep[c] in SUBJECTS for c in kids[v.i]):
        v = v.head
    head = v.head
    reporting = ctx.rules.triggers["reports"]
    if dep[v.i] != "conj" or any(dep[c] in SUBJECTS for c in kids[v.i]) or head.i > v.i \
            or head.lemma_.lower() not in reporting or v.lemma_.lower() in reporting:
        return None
    fronted = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    if head.dep_ == "parataxis" and head.head.i < head.i:  # "…, a minister said, and has …"
        fronted = [head.head]
    reporters = [c for c in head.children if c.dep_ in SUBJECTS]
    if not fronted or not reporters or ctx.mentions(reporters[0].subtree, ctx.role("actor")):
        return None  # "…, Russian officials said, and sent": the reporters may act
    found = _subject(fronted[0], None, ctx.rules.accusing)
    return found if found[0] is not None else None


def _stray_conjunct_subject(ctx: _Sentence, verb: Token) -> tuple[Token, bool] | None:
    """"X has troops in Vietnam, and South Korea, Australia and New Zealand have also sent
    forces there", "… to the Salvadoran army and the Soviet Union shipped tanks": the parser
    may hang a second clause's subject on the first clause's last noun as a conjunct, leaving
    the finite verb with none. Its subject is the run of conjoined actors of one class right
    before the verb (its auxiliaries and adverbs aside); None when the construction does not
    apply (stop 30)."""
    kids, dep = children_of(verb.doc)  # (no Token per child, issue 13)
    own_kids = kids[verb.i]
    if verb.pos_ not in ("VERB", "AUX") or any(dep[c] in SUBJECTS for c in own_kids) \
            or dep[verb.i] not in ("ROOT", "conj") or not (
                verb.tag_ in ("VBD", "VBP", "VBZ")
                or verb.tag_ == "VBN" and _children(verb, {"aux", "auxpass"})):
        return None
    first = min((c for c in own_kids if c < verb.i
                 and dep[c] in ("aux", "auxpass", "advmod", "neg")), default=verb.i)
    prev = verb.doc[first - 1] if first > verb.sent.start else None
    own = ctx.own(prev) if prev is not None else None
    if prev is None or own is None or own.cls not in ctx.role("actor") \
            or prev.dep_ != "conj" or prev.head.i >= prev.i:
        return None
    top = prev
    while top.dep_ == "conj" and top.head.i < top.i and \
            (m := ctx.own(top.head)) is not None and m.cls == own.cls:
        top = top.head
    if top.dep_ != "conj":  # the whole list is one phrase of the first clause
        return None
    return top, any(dep[c] == "auxpass" for c in own_kids)


def _worth_infinitives(deal: Token) -> list[Token]:
    """"a contract worth $50 million to supply Kenya with tanks", "a contract with Peru worth
    $2 billion over ten years to supply vehicles": the parser may hang the deal's own
    infinitive on the sum or on "worth"; those infinitives (issue 12, h-sup89)."""
    return [c for w in _children(deal, {"amod", "prep"}) if w.lower_ == "worth"
            for c in w.subtree if c.dep_ in ("relcl", "xcomp", "acl") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in _children(c, {"aux"}))]


def _predicated(noun: Token) -> Token:
    """The subject a predicate noun stands for: "Israel was one of the few countries that
    supplied …", "Israel was the country that supplied …" → Israel; a common noun set beside a
    name stands for the name; else the noun itself."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return noun.head  # "China, its largest arms supplier, which has sold …" → China
    attr = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        attr = noun.head.head
    if attr.dep_ != "attr" or attr.head.lemma_ != "be":
        return noun
    subj = next((c for c in attr.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None else noun


def _children(tok: Token, deps: set[str]) -> list[Token]:
    doc = tok.doc
    kids, dep = children_of(doc)  # (a Token only for the children asked for)
    return [doc[j] for j in kids[tok.i] if dep[j] in deps]


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition; in a headline the parser may leave the last one as a bare
    ``dep`` ("… buys jets from Denmark" before the blank line)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    objs = objs or [g for g in prep.children if g.dep_ == "dep" and g.pos_ in ("PROPN", "NOUN")]
    # "to neighbouring Sudan": the parser may take the adjective for a verb and the name for
    # its object
    objs = objs or [d for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    for d in g.children if d.dep_ == "dobj" and d.pos_ == "PROPN"]
    if not objs and prep.lower_ == "with" and prep.i + 1 < len(prep.doc):
        # "a contract with Rheinmetall to buy tanks": the parser may take the object for the
        # subject of the infinitive that follows
        nxt = prep.doc[prep.i + 1]
        objs = [t for t in (nxt, *nxt.ancestors) if t.dep_ == "nsubj" and t.head.dep_ == "acl"
                and t.left_edge.i == prep.i + 1][:1]
    # "from the United States and from the Netherlands": the same preposition repeated after
    # "and" is a conjunct of the first; its objects are the first's too (issue 12, h-supp2)
    return objs + [o for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_
                   for o in _pobjs(c)]



def _opening_place(subject: Token, clause: Token, by_token: dict[int, Mention]
                   ) -> Mention | None:
    """The state a sentence opens with as a place, "In Athens, …", "In Paris, …", for the
    clause ``clause`` (the "in" hangs on it or on a clause above it) whose ``subject`` comes
    after the place and its comma: the one Country mention of the place (a capital stands for
    its state, dev conventions E12); None otherwise (issue 12, s35 h-rep34)."""
    first = subject.sent[0]
    if first.lower_ != "in" or first.head.i not in (clause.i, *(h.i for h in clause.ancestors)):
        return None
    places = [m for o in _pobjs(first)
              if (m := by_token.get(o.i)) is not None and m.cls == "Country" and m.key]
    after = first.right_edge.i + 1
    if len(places) != 1 or after >= subject.i or subject.doc[after].text != ",":
        return None
    return places[0]


def _clause_places(subject: Token, verb: Token | None) -> list[Token]:
    """The places a clause says it is in: the objects of any "in" before its ``subject`` in
    its sentence (the parser may hang an opening "In San Salvador," on nothing of the clause)
    and of an "in" on its ``verb`` ("… said in Damascus"); the callers read which state, if
    any, the place stands for (coreference's ``_home_head``, reports'
    ``_unaffiliated_leaders_state``)."""
    ins = [t for t in subject.sent if t.lower_ == "in" and t.i < subject.i]
    if verb is not None:
        ins += [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "in"]
    return [o for p in ins for o in _pobjs(p)]


def _directed_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions on ``tok`` or on its directional adverb ("sent a
    garrison back to Gotland", "flew them over to Poland")."""
    preps = set(preps)
    anchors = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "prt")
                      and c.lower_ in DIRECTIONAL)]
    # "deployed off Libya": the parser may take the preposition for a particle
    particles = [p for c in tok.children if c.dep_ == "prt" and c.lower_ in preps
                 for p in _pobjs(c)]
    return [p for a in anchors for p in _prep_objects(a, preps)] + particles


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("to Russia" → Russia); a nominal
    dative ("sold Russia jets") and a capitalised name read as an infinitive ("sent missiles to
    UNITA") are objects of "to" only, never of "from", "with", "as" or another preposition."""
    wanted = set(preps)
    out = []
    doc = tok.doc  # (a Token only for the children that may be asked for, issue 13)
    kids, dep = children_of(doc)
    low = lowers(doc)
    to = "to" in wanted
    for c in kids[tok.i]:
        d = dep[c]
        if d in ("prep", "dative") and low[c] in wanted:
            out.extend(_pobjs(doc[c]))
        elif to and (d == "dative" and doc[c].pos_ != "ADP" or
                     d in ("advcl", "xcomp") and _acronym_infinitive(doc[c])):
            out.append(doc[c])
    return out



def _unnamed_place_noun(ctx: _Sentence, tok: Token) -> bool:
    """A common place noun with no name of its own ("the port city", "the island"): the word
    an "of" phrase names ("the island of Okinawa")."""
    return tok.pos_ == "NOUN" and ctx.own(tok) is None and \
        tok.lemma_.lower() in ctx.rules.words["place_part_nouns"]

def _acronym_infinitive(tok: Token) -> bool:
    """"sent Stinger missiles to UNITA": the parser may read "to" and an upper-case name after
    it as an infinitive; no verb is written in capitals, so the name is the object of "to"
    (issue 12, h-sup22)."""
    return tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and len(tok.text) > 1 and \
        tok.text.isupper() and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and \
        tok.doc[tok.i - 1].head.i == tok.i


def _date(ents: Iterable[SpacySpan], verb: Token) -> str | None:
    """The date phrase attached to the trigger (or to the verb it is coordinated with);
    ``ents``: the sentence's entities."""
    dates = [ent for ent in ents if ent.label_ == "DATE"]
    if not dates:  # most sentences: no need to walk the verb's subtree
        return None
    scopes = [_subtree_ids(verb)]
    if verb.dep_ in ("conj", "xcomp"):
        head = verb.head
        scopes.append({t.i for c in head.children if c.dep_ == "prep" for t in c.subtree})
    for scope in scopes:
        for ent in dates:
            if ent.start in scope:
                return ent.text
    return None


def _best_actor(ctx: _Sentence, tok: Token | None, exclude: set[int] = frozenset()
                ) -> Mention | None:
    if tok is None:
        return None
    own = ctx.own(tok)
    firm = _owned_firm(ctx, tok) if tok.dep_ != "poss" else None
    if firm is not None:  # "from South Africa's Denel" parsed with the state as the object
        return firm
    glued, before = _before_glued_speaker(ctx, tok, own)
    if glued:
        return before
    if own is not None and tok.pos_ == "NOUN" and \
            not ctx.names(own, tok):
        # "sold drones to Mali's neighbour Togo": a name apposed to a noun coreference has
        # resolved elsewhere names the actor itself (h-sup67)
        named = [m for a in tok.children if a.dep_ == "appos" and a.i > tok.i
                 and a.i not in exclude
                 if (m := ctx.own(a)) is not None and m.cls in ctx.role("actor")]
        if named:
            return named[0]
    if own is not None and own.cls in ctx.role("actor"):
        return own
    if _mistyped_holder(ctx, tok, own):
        return None
    after = ctx.own(tok.doc[tok.i + 1]) if tok.i + 1 < len(tok.doc) else None
    if tok.lemma_.lower() in ctx.rules.words["firm_nouns"] and after is not None and \
            after.cls == "Company":  # "with the French shipbuilder DCNS": the firm, not France
        return after
    if tok.lemma_.lower() in ctx.rules.words["counterpart_nouns"] and after is not None and \
            after.cls == "Person":  # "her Spanish counterpart Pablo Ortega": he, not Spain
        return after
    if after is None and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "The":
        after = ctx.own(tok.doc[tok.i + 2])  # "the Nairobi daily The Standard" (s32 h-med1)
    if after is not None and after.cls == "MediaOutlet" and "MediaOutlet" in \
            ctx.rules.descriptions.get(tok.lower_, ()):
        # (h-rep5) "according to the state news agency IRNA" with the name parsed as a
        # clause of its own: the outlet that follows its description
        return after
    if tok.pos_ == "NOUN":  # "the chairman of the committee, Konstantin Kosachev": the name
        # "Morocco's neighbour Algeria": the apposition names the actor, not the possessor
        principal = _principal(tok, ctx.rules.words, ctx.by_token)
        named = [m for a in tok.children if a.dep_ == "appos" and a.i not in exclude
                 and (principal is None or a.i < principal.i)
                 if (m := ctx.own(a)) is not None and m.cls in ctx.role("actor")]
        # "the rebels' spokesman, who calls himself X, said": the name his clause gives him
        # (s32 h-rep23), before the possessor he speaks for; "a faction calling itself the
        # X, led by Y, said": the body it names (h-rep104), not the person in its aside
        named += [m for c in tok.children if _names_itself(c, ctx.rules.words)
                  for k in c.children if k.dep_ in ("oprd", "attr", "xcomp")
                  if (m := ctx.own(k)) is not None and m.cls in _self_named_classes(c, ctx)]
        named += _placed_apposition(ctx, tok, exclude) if ctx.own(tok) is None else []
        if named:
            return named[0]
    # not in a relative clause ("Tasnim, which is close to the Revolutionary Guards") nor a
    # place the noun is at ("critics in Washington", "Kurdish groups in Sweden")
    # (but "officials in Amman" speak for Jordan, and a person is no place)
    opposed = any(  # (h-rep5) "rebel spokesmen in Lisbon": no state's officials
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ctx.rules.words[
            "non_state_speakers"] or _stateless_people(ctx, c) for c in tok.children)
    placed = tok.lemma_.lower() not in ctx.rules.words["official_nouns"] or opposed \
        or _firms_speaker(ctx, tok)  # the place only locates them
    # "opposition members of parliament said": not the body's voice (dev R8; h-ent17); but
    # "opposition deputies of the X Party", "critics in the X Party" are its members, and
    # unnamed members speak for their party (R8; s68 h-rep108)
    aside = {t.i for c in tok.children
             if c.dep_ in ("relcl", "acl") or placed and c.dep_ == "prep"
             and (c.lower_ in ("in", "at") or opposed and c.lower_ == "of")
             and not _members_party(ctx, c) and not _staff_body(ctx, tok, c) for t in c.subtree
             if c.dep_ != "prep" or (m := ctx.own(t)) is None or m.cls != "Person"}
    aside |= _envoys_host(ctx, tok)
    # (s35 h-rep35) "a group known as the X, which includes the former governor Y, said": a
    # relative clause on a noun deeper in the phrase describes that noun; who is in it is not
    # the phrase's voice
    aside |= {t.i for r in tok.subtree if r.dep_ == "relcl" and r.i != tok.i
              and r.head.i != tok.i and r.head.pos_ in ("NOUN", "PROPN")
              and _relative_word_before(r) for t in r.subtree}
    # "One of X's aides said": the noun after a partitive's "of" is the one that speaks
    wholes = [o for p in _prep_objects(tok, {"of"}) for o in (p, *p.conjuncts)] \
        if tok.lemma_.lower() in ctx.rules.words["partitive_heads"] else []
    found = [m for m in ctx.mentions(tok.subtree, ctx.role("actor"), exclude=exclude | aside)
             if not _modifier_person(ctx, m, tok)
             and not any(_modifier_person(ctx, m, w) for w in wholes)
             and not _counted_states_modifier(ctx, m, tok)
             and not _apposed_members_body(ctx, m, tok)]
    for cls in ctx.rules.actor_priority:
        for m in found:
            if m.cls == cls:
                return m
    return None


def _before_glued_speaker(ctx: _Sentence, tok: Token, own: Mention | None
                          ) -> tuple[bool, Mention | None]:
    """"bought 20 jets from France's Dassault-Breguet, Defence Minister X announced": the
    parser may take the speaker after the comma for the head of the phrase before it, or for
    its conjunct; the name followed by a reporting verb speaks, and the phrase is the actor
    before the comma, if any (s44 h-sd1). (glued, that actor)"""
    if own is None or own.cls != "Person":
        return False, None
    last = max((t.i for t in tok.subtree if ctx.own(t) == own), default=tok.i)
    if last + 1 >= len(tok.doc):
        return False, None
    after = tok.doc[last + 1]
    if after.pos_ != "VERB" or after.lemma_.lower() not in ctx.rules.triggers["reports"] or \
            after.dep_ == "relcl":
        return False, None
    if tok.dep_ == "conj" and tok.left_edge.i > 0 and \
            tok.doc[tok.left_edge.i - 1].text == "," and not any(
                c.dep_ == "cc" for c in tok.head.children):
        return True, None  # (a conjunct after a comma: "from X, Minister Y said")
    commas = [t.i for t in tok.subtree if t.text == "," and t.i < tok.i
              and ctx.own(t) is None]
    if not commas:
        return False, None
    before = [t for t in tok.subtree if t.i < commas[-1]]
    found = ctx.mentions(before, ctx.role("actor"))
    firms = [f for t in before if (f := _owned_firm(ctx, t)) is not None]
    return True, (firms or found or [None])[-1]


def _members_party(ctx: _Sentence, prep: Token) -> bool:
    """Whether ``prep`` ("of", "in") takes a named party, its object an Agency whose own
    words hold a party's word (``party_name_words``: "the Broad Front", "the Party for Peace
    and Democracy"), whose members the noun before are (dev R8), not a legislature they sit
    in ("opposition members of parliament") nor a place ("critics in Washington")."""
    words = ctx.rules.words["party_name_words"]
    return any((m := ctx.own(o)) is not None and m.cls == "Agency" and any(
        t.lower_ in words for t in o.subtree if ctx.own(t) is m) for o in _pobjs(prep))


def _staff_body(ctx: _Sentence, noun: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "at" of a body's own staff (claims.yaml ``body_staff``) before
    the named body or firm they work at: "Forecasters at Environment Canada said", "Managers
    and workers at X called …" speak for it (dev R8: unnamed members of a body give the body;
    stop 83, h-rep132), where "students at X", "doctors at X" speak for no one."""
    return prep.lower_ == "at" and noun.lemma_.lower() in ctx.rules.words["body_staff"] and any(
        (m := ctx.own(o)) is not None and m.cls in ("Agency", "Company") for o in _pobjs(prep))


def _envoys_host(ctx: _Sentence, tok: Token) -> set[int]:
    """"<state>'s ambassador to <body> said", "the <state> envoy to <alliance>": the state or
    body an envoy (``envoy_nouns``) is sent to hosts him and is not whom he speaks for (his
    possessor or his own name is; s78 h-rep116): the first mention after "to", not a person
    nor a name glued after it ("<State> Ambassador to <body> <name> said")."""
    if tok.lemma_.lower() not in ctx.rules.words["envoy_nouns"]:
        return set()
    hosts = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
             for m in ctx.mentions(p.subtree, ALL_CLASSES)[:1] if m.cls != "Person"]
    return {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
            for t in p.subtree if ctx.own(t) in hosts}


def _stateless_people(ctx: _Sentence, mod: Token) -> bool:
    """A people's adjective that names no state ("a Kurdish spokesman in Tehran", "Chechen
    officials in Moscow"): its speaker is the people's, not the state whose capital he is in
    (h-rep16); a state's adjective ("Indian officials") is a mention and stays."""
    return mod.dep_ == "amod" and mod.ent_type_ == "NORP" and ctx.own(mod) is None


def _owned_firm(ctx: _Sentence, tok: Token) -> Mention | None:
    """The firm a state's possessive names ("Germany's Krauss-Maffei Wegmann" read at
    "Germany"): the company, since "X's <firm>" mentions no state (dev convention E9)."""
    own = ctx.own(tok)
    if own is None or own.cls != "Country":
        return None
    doc, end, j = tok.doc, ctx.sent.end, tok.i
    while j + 1 < end and ctx.own(doc[j + 1]) is own:
        j += 1
    firm = ctx.own(doc[j + 2]) if j + 2 < end and doc[j + 1].tag_ == "POS" else None
    return firm if firm is not None and firm.cls == "Company" else None


def _firms_speaker(ctx: _Sentence, tok: Token) -> bool:
    """"A company spokesman in Seoul said", "a spokesman for the firm in Paris": a firm's
    mouth speaks for the firm, not for the state whose capital locates him (h-claim2)."""
    firms = ctx.rules.words["own_voice_firms"]
    return any(c.dep_ == "compound" and c.lemma_.lower() in firms for c in tok.children) or \
        any(o.lemma_.lower() in firms for p in tok.children if p.dep_ == "prep"
            and p.lower_ in ("for", "of") for o in _pobjs(p))


# --- reports: a named office holder the tagger typed as a place (issue 12, h-rep5) ------------
def _mistyped_holder(ctx: _Sentence, tok: Token, own: Mention | None) -> bool:
    """"Japan's cabinet secretary, Seiroku Kajiyama, said", "Zed Seselja, Australia's
    minister for the Pacific, said" with the name typed as a place: the office holder
    speaks, not the state that only qualifies the office (so no actor rather than the
    state)."""
    def place(t: Token) -> bool:
        m = ctx.own(t)
        return t.pos_ == "PROPN" and m is not None and m.cls not in ctx.role("actor") \
            and m.cls != "Weapon"
    def office(t: Token) -> bool:
        return t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children)
    if tok.dep_ not in SUBJECTS:
        return False
    if own is not None and place(tok):  # "Zed Seselja, Australia's minister …"
        return any(c.dep_ == "appos" and office(c) for c in tok.children)
    return office(tok) and any(c.dep_ == "appos" and place(c) for c in tok.children)


def _possessors(ctx: _Sentence, tok: Token) -> list[Mention]:
    """The actors of ``tok``'s possessors ("Peru's jets", "Argentina's deal")."""
    return [m for c in tok.children if c.dep_ == "poss"
            if (m := _best_actor(ctx, c)) is not None]


def _counted_states_modifier(ctx: _Sentence, m: Mention, tok: Token) -> bool:
    """"Five former Soviet republics signed", "two NATO allies said": a counted group of
    states names no member; its modifier (a state, bloc or alliance) is not the actor (dev
    conventions: groups of unnamed states have no line), nor where "of" names the members
    ("the former Soviet republics of Armenia and Kazakhstan")."""
    if tok.tag_ not in ("NNS", "NNPS") or \
            tok.lemma_.lower() not in ctx.rules.words["counted_state_nouns"]:
        return False
    # "the former Soviet republics of Armenia and Kazakhstan": the members are named after it
    if not _children(tok, {"nummod"}) and not any(
            (n := ctx.own(o)) is not None and n.cls == "Country"
            for o in _prep_objects(tok, {"of"})):
        return False
    root = _mention_root(ctx, m, tok.subtree)
    while root is not None and root.dep_ == "compound" and root.head.i != tok.i:
        root = root.head  # "EU member states": "EU" on "member"
    return root is not None and root.head.i == tok.i and root.dep_ in (
        "amod", "compound", "nmod")


def _apposed_members_body(ctx: _Sentence, m: Mention, tok: Token) -> bool:
    """"The presidents of A, B and C, the three members of the X bloc", "… of A and B, both
    X members": a member noun set off as an apposition inside ``tok``'s phrase describes the
    states listed; the body it names is not the actor, however high its class stands in
    ``actor_priority`` (issue 12, h-sig26). Not ``tok``'s own member noun ("the members of X
    said", "X members signed"): that is the subject itself."""
    root = _mention_root(ctx, m, tok.subtree)
    while root is not None and root.dep_ == "compound" and root.head.i != tok.i:
        root = root.head  # "the X trade bloc": "X" on "bloc"
    if root is None or root.i == tok.i:
        return False
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root
    return noun.i != tok.i and noun.dep_ == "appos" and \
        noun.lemma_.lower() in ctx.rules.words["member_nouns"]


def _modifier_person(ctx: _Sentence, m: Mention, tok: Token) -> bool:
    """"a senior Macron adviser", "Putin's spokesman": the person only modifies the noun
    that acts, and is not the actor."""
    if m.cls == "Person" and (root := _mention_root(ctx, m, tok.subtree)) is not None and \
            root in _named_body_leaders(ctx, tok):
        return True  # (s50 h-rep56) "the UNITA movement of Jonas Savimbi": UNITA, not he
    # "a senior X adviser" with the name typed as a body: an associate is no actor's
    # mouth, whatever the tagger made of the name
    if tok.pos_ != "NOUN" or m.cls != "Person" and \
            tok.lemma_.lower() not in ctx.rules.words["associate_nouns"]:
        return False
    root = _mention_root(ctx, m, tok.subtree)
    if root is not None and m.cls == "Person" and root in _leader_objects(ctx, tok):
        return True  # (h-rep5) "the government of Chancellor Kohl": his state, not he
    if root is not None and m.cls == "Person" and _spoken_for(ctx, root, tok):
        return True  # (h-prec) "a spokesman for President Chirac": an unnamed mouth, not he
    return root is not None and root.head.i == tok.i and root.dep_ in (
        "compound", "poss", "amod", "nmod")


def _spoken_for(ctx: _Sentence, root: Token, tok: Token) -> bool:
    """"A spokesman for Prime Minister Begin said", "an aide to Chancellor Merkel said": the
    person is the object of the speaker's or associate's "for"/"to"/"of", and the unnamed
    speaker is not that person (dev conventions, harmonised in stop 18: no claimant). A
    spokesman for a body still speaks for the body."""
    words = ctx.rules.words
    principal = _principal(tok, words, ctx.by_token)
    if root.dep_ == "appos" and root.head.i == tok.i and principal is not None and \
            principal.i < root.i:
        return True  # "a spokesman for the head of state, General Gowon": the head's name
    if root.dep_ == "appos" and root.head.dep_ == "pobj":  # "an aide to the president, X"
        root = root.head
    return tok.lemma_.lower() in words["speaker_nouns"] | words["associate_nouns"] and \
        root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == tok.i and \
        root.head.lower_ in ("for", "to", "of")


_PERSONAL_REFLEXIVES = frozenset({"himself", "herself"})
_REFLEXIVES = _PERSONAL_REFLEXIVES | {"itself", "themselves"}


def _names_itself(clause: Token, words: dict[str, frozenset[str]]) -> bool:
    """A clause by which a noun names itself: "who calls himself X", "calling themselves X",
    "a group calling itself X" (``self_naming_verbs`` with a reflexive object; s32 h-rep23)."""
    return clause.dep_ in ("relcl", "acl") and \
        clause.lemma_.lower() in words["self_naming_verbs"] and \
        any(k.lower_ in _REFLEXIVES for k in clause.children)


def _self_named_classes(clause: Token, ctx: _Sentence) -> frozenset[str]:
    """The classes of the name a self-naming clause gives: a person's for "himself" or
    "herself", a body's or a person's for "itself" and "themselves" ("a group calling itself
    the X Front": the front; h-rep104)."""
    if any(k.lower_ in _PERSONAL_REFLEXIVES for k in clause.children):
        return frozenset({"Person"})
    return frozenset(ctx.role("actor"))


def _principal(tok: Token, words: dict[str, frozenset[str]], by_token: dict[int, Mention]
               ) -> Token | None:
    """The person noun an unnamed speaker or associate speaks for: "a spokesman for the head
    of state", "an aide to the president" (h-prec); a name in apposition after it is that
    person's ("…, General Yakubu Gowon, insisted"), not the speaker's."""
    if tok.lemma_.lower() not in words["speaker_nouns"] | words["associate_nouns"]:
        return None
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "to", "of")
                 for o in _pobjs(p) if by_token.get(o.i) is None
                 and o.lemma_.lower() in words["signer_nouns"] | words["leader_titles"]), None)


def _leader_objects(ctx: _Sentence, tok: Token) -> list[Token]:
    """The leader a government noun is named by ("Habre's government", "the government of
    Chancellor Helmut Kohl"): its possessor or the object of its "of" (h-rep5); a person's
    name before it ("the Carter administration"), also where it qualifies who speaks
    ("Carter administration officials said"; h-claim2)."""
    governments = ctx.rules.words["government_nouns"]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in governments:
        inner = [c for c in tok.children if c.dep_ == "compound"]
        if tok.lemma_.lower() in ctx.rules.words["official_nouns"]:
            # "officials of the Shah's government said": the government they serve (h-shah1)
            inner += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in _pobjs(p)]
        return [o for c in inner if c.pos_ == "NOUN" and c.lemma_.lower() in governments
                for o in _leader_objects(ctx, c)] if tok.pos_ == "NOUN" else []
    named = [c for c in tok.children if c.dep_ == "compound"
             and (m := ctx.own(c)) is not None and m.cls == "Person"]
    return [c for c in tok.children if c.dep_ == "poss"] + named + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]


def _named_body_leaders(ctx: _Sentence, tok: Token) -> list[Token]:
    """The person a named body's noun is qualified by: "the rival UNITA movement of Jonas
    Savimbi", "the Fatah group of Yasser Arafat", "Mane's self-styled Military Junta" (the
    object of its "of" or its possessor, where a body, firm or outlet named before the noun
    says whose it is, or the noun is a name kg did not type): the man leads the body, and the
    body, not he, is what acts or speaks (no actor where kg does not know the body; dev
    conventions: the body speaks for itself; s50 h-rep56)."""
    # (a name kg typed none of: not one whose word it took for another actor, "Military"
    # read as an army, which would then speak instead)
    untyped = tok.pos_ == "PROPN" and ctx.own(tok) is None and not any(
        ctx.own(c) is not None for c in tok.children if c.dep_ == "compound")
    if not untyped and (tok.pos_ != "NOUN" or not any(
            c.dep_ == "compound" and (m := ctx.own(c)) is not None
            and m.cls in ("Agency", "Company", "MediaOutlet") for c in tok.children)):
        return []
    return [c for c in tok.children if c.dep_ == "poss"] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]


def _mention_tokens(ctx: _Sentence, m: Mention, within: Iterable[Token] | None = None
                    ) -> list[Token]:
    """The tokens of ``within`` (default: the sentence) that belong to ``m``, in text order."""
    # (``is`` first, then the start: Mention's dataclass ``==`` builds two tuples, and most
    # tokens hold none or another mention, which seldom starts where ``m`` does; issue 13)
    by_token, start = ctx.by_token, m.span.start
    within = ctx.sent if within is None else within
    if isinstance(within, SpacySpan):  # a Token only for the mention's own words
        doc = within.doc
        return [doc[i] for i in range(within.start, within.end)
                if (o := by_token.get(i)) is m or o is not None and o.span.start == start
                and o == m]
    return [t for t in within if (o := by_token.get(t.i)) is m
            or o is not None and o.span.start == start and o == m]


def _mention_root(ctx: _Sentence, m: Mention, within: Iterable[Token]) -> Token | None:
    """The token of ``m`` whose head lies outside it (the mention's syntactic root)."""
    toks = _mention_tokens(ctx, m, within)
    if not toks:
        return None
    dep, head = children_of(toks[0].doc)[1], heads_of(toks[0].doc)  # (no Token per head)
    # (not an article the mention took in: "the British, Australian and … troops", the
    # article on the troops)
    ids = {t.i for t in toks if dep[t.i] != "det"}
    return next((t for t in toks if t.i in ids and (head[t.i] not in ids or head[t.i] == t.i)),
                None)


def _actors(ctx: _Sentence, tok: Token | None, exclude: set[int] = frozenset()
            ) -> list[Mention]:
    """The actor of a subject plus those coordinated with it: "The United States and Britain",
    "Fifteen countries, among them France, Germany and Canada", "U.S. and Ukrainian officials".
    Read once per sentence, token and ``exclude`` (a new list each call: callers may extend
    it)."""
    key = (None if tok is None else tok.i, frozenset(exclude))
    found = ctx._actor_lists.get(key)
    if found is None:
        found = ctx._actor_lists[key] = _read_actors(ctx, tok, exclude)
    return list(found)


def _read_actors(ctx: _Sentence, tok: Token | None, exclude: set[int]) -> list[Mention]:
    """``_actors``' answer, read off the parse."""
    if tok is not None and tok.i in ctx.plural:  # "the two leaders": both named before
        return list(ctx.plural[tok.i])
    placed = [o for p in _children(tok, {"prep"}) for o in _pobjs(p)
              if o.i in ctx.plural and _speakers_place(o, ctx.rules)] if tok is not None else []
    if placed:  # "officials in both capitals said": the two states (h-claim2)
        return list(ctx.plural[placed[0].i])
    # "EU leaders and Prime Minister Davutoglu": the first actor is the subject's own, not
    # its conjunct person's
    others = {t.i for c in tok.conjuncts if (m := ctx.own(c)) is not None and m.cls == "Person"
              for t in c.subtree} if tok is not None else set()
    first = _best_actor(ctx, tok, exclude | others) or _best_actor(ctx, tok, exclude)
    if first is None or tok is None:
        return []
    out = [first]
    root = _mention_root(ctx, first, tok.subtree)
    # a subject hung as a conjunct on the clause before ("… to the Salvadoran army and the
    # Soviet Union shipped"; _stray_conjunct_subject): the nouns before it are that clause's
    head = ctx.own(tok.head)
    before = {c.i for c in tok.conjuncts if c.i < tok.i} if tok.dep_ == "conj" and \
        tok.head.i < tok.i and (head is None or head.cls != first.cls) else set()
    for anchor in (tok, root):
        if anchor is None:
            continue
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list the parser
        # hangs as an apposition with conjuncts
        lists = [a for a in anchor.children if a.dep_ == "appos" and ctx.own(a) is not None
                 and ctx.own(a).cls == first.cls and not _relative_word_before(a)]
        for c in [*anchor.conjuncts, *(x for a in lists for x in (a, *a.conjuncts))]:
            if c.i in exclude or c.i in before:
                continue
            m = ctx.own(c) if anchor is root else None
            m = m if m is not None else _best_actor(ctx, c, exclude)
            if m is not None and m.cls in ctx.role("actor") and m not in out:
                out.append(m)
    return out


_RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whose"}


def _relative_word_before(a: Token) -> bool:
    """A relative word ("which", "whose", …) in ``a``'s phrase before ``a``: a relative clause
    (one the parser took for a noun phrase too: "Lithuania and Poland, which border Belarus,
    said" parsed with "Belarus" as an apposition whose determiner is "which"; what it names is
    the clause's object, not one more of the phrase's members, s44 h-rep42)."""
    return any(t.lower_ in _RELATIVE_WORDS for t in a.subtree if t.i < a.i)


def _placed_apposition(ctx: _Sentence, tok: Token, exclude: set[int]) -> list[Mention]:
    """"The United Nations mission in Mali, MINUSMA, said" parsed with the name as an
    apposition of the place: a body's name (no state, region or person) set off after "<noun>
    in <place>," names the noun, not the place (s44 h-rep42)."""
    return [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in _pobjs(p) if (w := ctx.own(o)) is not None and w.cls in ("Country", "Region")
            for a in o.children if a.dep_ == "appos" and a.i not in exclude and a.i > o.i
            and tok.doc[a.i - 1].text == "," and not _relative_word_before(a)
            and (m := ctx.own(a)) is not None and m.cls in ctx.role("actor")
            and m.cls not in ("Country", "Region", "Person")]


def _relation(
    ctx: _Sentence, name: str, verb: Token, roles: dict[str, list[Mention]], **attrs: str | None
) -> RelationMention:
    attrs_out = {k: v for k, v in attrs.items() if v}
    words = ctx.rules.words
    modals = ctx.rules.modals if name != "reports" else words["possibility_modals"]
    if name != "reports" and (_contracted(verb, ctx.rules.words) or name == "supplies"
                              and _by_companies(ctx, verb)):  # "under the contract, … will"
        modals = modals - _contract_modals(verb, ctx.rules.words)
    if _hedged(verb, words, ctx.rules.hedging_heads, modals):
        attrs_out["hedge"] = "hedged"
        if name != "reports":
            attrs_out.setdefault("certainty", "hedged")
    date = _date(ctx.ents, verb)
    if date:
        attrs_out.setdefault("date", date)
    sent = ctx.sent
    if roles.get("item"):
        roles = {**roles, "item": _one_item_per_phrase(ctx, _premodifier_conjuncts(
            ctx, roles["item"]))}
    if name == "supplies" and roles.get("item"):
        roles = {**roles, "item": _without_clause_items(
            ctx, verb, _without_summary_items(ctx, roles["item"]))}
    return RelationMention(
        relation=name,
        roles=tuple((k, tuple(v)) for k, v in roles.items() if v),
        sentence=Span(
            ctx.doc_id,
            ctx.offset + sent.start_char,
            ctx.offset + sent.end_char,
            text_of(sent),
        ),
        trigger=verb.text,
        attrs=tuple(sorted(attrs_out.items())),
    )


def _coordinated_before(ctx: _Sentence, first: Mention, second: Mention) -> bool:
    """"IRIS-T and Patriot systems", "Su-27 and Su-30 fighters": ``first`` ends right before a
    coordinating conjunction that ``second`` starts right after, and the parse joins the two
    (``first`` hangs on a word of ``second``, or ``second`` is its conjunct): two members of
    a list that share the kind noun, not one system named twice (h-sup55)."""
    a, b = _mention_tokens(ctx, first), _mention_tokens(ctx, second)
    if not a or not b or b[0].i != a[-1].i + 2 or b[0].dep_ == "det":
        return False  # ("M41s and the Leopard 1A1s": a phrase of its own; s52 h-sup74)
    cc = ctx.sent.doc[a[-1].i + 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or"):
        return False
    inside = {t.i for t in b}
    return any(t.head.i in inside or any(c.dep_ == "conj" and c.i in inside
                                         for c in t.children) for t in a)


def _premodifier_conjuncts(ctx: _Sentence, items: list[Mention]) -> list[Mention]:
    """"delivered IRIS-T and Patriot systems", "bought Su-27 and Su-30 fighters": a named
    system coordinated before an item, sharing its kind noun, is an item too, wherever the
    parser hung it (a modifier of the noun, an adverb of the verb) (h-sup55)."""
    out = list(items)
    for m in items:
        toks = _mention_tokens(ctx, m)
        if not toks or toks[0].i - 2 < ctx.sent.start:
            continue
        before = ctx.by_token.get(toks[0].i - 2)
        if before is not None and before.cls == "Weapon" and before not in out and \
                _coordinated_before(ctx, before, m):
            out.insert(out.index(m), before)
    return out


def _one_item_per_phrase(ctx: _Sentence, items: list[Mention]) -> list[Mention]:
    """"K-8 trainer jets", "Redeye anti-aircraft missiles", "the aircraft carrier Admiral
    Gorshkov": a named system and the kind noun it stands with in one noun phrase are one
    item, the named system (dev conventions: named systems are their own Weapon); the kind
    stays an entity of the document, it is no second thing supplied (h-prec)."""
    roots = {m.span: r for m in items
             if (r := _mention_root(ctx, m, ctx.sent)) is not None}

    def named(m: Mention) -> bool:
        r = roots.get(m.span)
        return r is not None and (r.pos_ == "PROPN" or any(c.isdigit() for c in m.span.text))

    def kind_of(g: Mention, n: Mention) -> bool:
        rg, rn = roots.get(g.span), roots.get(n.span)
        return rg is not None and rn is not None and rg.pos_ == "NOUN" and not named(g) and \
            not _named_class(ctx, g) and (
            rn.head.i == rg.i and rn.dep_ in ("compound", "nmod", "nummod", "amod", "appos")
            or rg.head.i == rn.i and rg.dep_ in ("compound", "nmod", "appos"))

    return [g for g in items if not any(n is not g and named(n) and kind_of(g, n)
                                        and not _coordinated_before(ctx, n, g) for n in items)]


def _named_class(ctx: _Sentence, m: Mention) -> bool:
    """"Oberon-class submarine", "Agosta-class boat": a kind named after a class's
    lead ship (``class_words`` among its words), a Weapon kind of its own, not a kind noun
    (h-sup62, stop 46)."""
    words = set(m.span.text.lower().replace("-", " ").split())
    return bool(words & ctx.rules.words["class_words"])


def _without_clause_items(ctx: _Sentence, verb: Token, items: list[Mention]) -> list[Mention]:
    """Weapons a clause of their own names are no items of the supply: a relative clause
    ("Hawk trainers, which will prepare pilots for the F/A-18", "a missile that analysts say
    was designed to sink aircraft carriers") or a second clause coordinated with the supply
    verb, with a subject of its own ("Seasprites, which Kaman supplied and which fly from the
    Anzac frigates") speaks of other weapons than the ones handed over (s74 h-prec74). Not a
    clause that lists the goods ("a package that included missiles"), says what they are or
    names them ("the vessel, which will be commissioned as BRP X")."""
    words = ctx.rules.words
    keeping = words["item_clause_keeping"] | words["ship_renaming_verbs"] | \
        words["ship_service_verbs"]
    above = {verb.i, *(a.i for a in verb.ancestors)}

    def foreign(m: Mention) -> bool:
        t = _mention_root(ctx, m, ctx.sent)
        while t is not None and t.i not in above and t.head.i != t.i:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in keeping and (
                    t.dep_ == "relcl" or t.dep_ == "conj" and t.head.i == verb.i and any(
                        c.dep_ in SUBJECTS for c in t.children)):
                return True
            t = t.head
        return False

    return [m for m in items if not foreign(m)]


def _without_summary_items(ctx: _Sentence, items: list[Mention]) -> list[Mention]:
    """"… for 24 Kfir fighter jets, the largest purchase of combat aircraft in its history",
    "80 Rafale jets, the largest order ever placed for the French warplane", "bought Su-27
    fighters, the first sale of Russian combat aircraft to China": a noun of the deal set off
    by a comma sums the clause up; the weapons it names again are no further items, where
    the clause names others (issue 12, h-sup6). Not what it adds ("a sale that also
    included missiles")."""
    words = ctx.rules.words
    summaries = words["summary_nouns"]
    adding = words["deal_contents"]

    def summed(m: Mention) -> bool:
        t = _mention_root(ctx, m, ctx.sent)
        while t is not None and t.head.i != t.i:
            t = t.head
            if t.lemma_.lower() in adding:
                return False
            # (a noun: not the verb "ordered" of a tail ", the first of three warships India
            # ordered from Russia", which the parser may hang the weapons on; s67 h-sup90)
            if t.lemma_.lower() in summaries and t.pos_ in ("NOUN", "PROPN") and \
                    t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                return True
        return False

    kept = [m for m in items if not summed(m)]
    return kept or items


def _is_force(tok: Token | None, ctx: _Sentence) -> bool:
    """A force noun, or a name a force noun modifies ("the frigate Lafayette")."""
    if tok is None:
        return False
    if tok.lower_ in ctx.rules.force_nouns or any(
            c.dep_ in ("amod", "compound") and c.lower_ in ctx.rules.force_nouns
            for c in tok.children) and tok.lemma_.lower() not in ctx.rules.words[
            "non_force_heads"]:  # (h-prec) not "military headquarters", "infantry rockets"
        return True
    if any(c.dep_ in ("amod", "compound") and f"{c.lower_} {tok.lower_}" in
           ctx.rules.words["force_phrases"] for c in tok.children):
        return True  # "an advance party was sent to X": a force by its modifier (h-dep96)
    own = ctx.own(tok)
    if own is not None and own.cls == "Weapon" and tok.pos_ == "PROPN" and \
            re.fullmatch(r"[A-Z]{2,5}", own.span.text.split()[0]):
        return True  # a named ship: "sent USS Carney to Israel" (a prefix and a name)
    # "a detachment of special forces", "hundreds of mercenaries": a group of a force
    return (tok.pos_ == "NUM" or tok.lower_ in ctx.rules.words["amount_nouns"]
            or tok.lower_ in ctx.rules.words["group_nouns"]) and any(
        _is_force(p, ctx) for p in _prep_objects(tok, {"of"}))


def _object(verb: Token) -> Token | None:
    """The direct object; in "the frigate, which Spain had sent", the noun "which" stands
    for."""
    objs = _children(verb, {"dobj", "obj"})
    if objs and objs[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if objs and objs[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "acl" and \
            objs[0].i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a frigate that New Zealand bought": the parser's "acl" is relative
    if objs and verb.dep_ == "relcl" and any(  # "fighters, some of which it received"
            p.lower_ in RELATIVE_PRONOUNS for p in _prep_objects(objs[0], {"of"})):
        return verb.head
    if verb.dep_ == "relcl" and verb.head.dep_ == "appos" and any(
            p.lower_ in RELATIVE_PRONOUNS for p in _prep_objects(verb.head, {"of"})):
        return verb.head.head  # the parser may hang "some of which" on the antecedent
    if not objs and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) \
            and not any(c.dep_ in ("auxpass", "nsubjpass", "advmod") or c.tag_ == "WRB"
                        for c in verb.children):
        return verb.head  # "the howitzers it bought from France": a relative without "that"
    if not objs and _contact_subject(verb) is not None:
        return verb.head  # "12 FA-50s the Philippines ordered from KAI"
    if not objs:  # "sent in/prt paratroopers/pobj": the parser gave the particle an object
        objs = [p for c in verb.children if c.dep_ == "prt" for p in _children(c, {"pobj"})]
    if not objs:  # "hands over/prep donated corvette/pobj to …": "over" taken for a preposition
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "over"
                and any(s.lower_ == "to" and s.dep_ == "prep" for s in verb.children)
                for p in _children(c, {"pobj"})]
    if not objs and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # "which trains and equips Ugandan troops" parsed with the finite verbs as modifiers
        # of the noun after them: a finite verb modifies no noun, the noun is its object
        first = verb.head if verb.dep_ == "conj" else verb
        if first.dep_ in ("nmod", "amod", "compound") and first.head.i > verb.i and \
                first.head.pos_ in ("NOUN", "PROPN"):
            return first.head
    return objs[0] if objs else None


def _from_suppliers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The suppliers after "from": on the verb, or on a verb inside its object ("the systems
    it had ordered from Russia", "jets bought from France")."""
    heads = [verb]
    objs = [o for o in [_object(verb)] if o is not None]
    for obj in objs + [o for o in _children(verb, {"dobj"}) if o not in objs]:
        # "jets bought from France", "helicopters from Russia"; not the clause of another
        # buyer: "took delivery of ships that Brunei ordered from BAE" (BAE sold to Brunei)
        others = {t.i for c in obj.subtree if _other_buyer(ctx, verb, c) for t in c.subtree}
        heads += [t for t in obj.subtree if t.i not in others]
        if obj.lemma_.lower() in ctx.rules.words["transfer_nouns"]:  # "took delivery of"
            heads.append(obj)
            # (the "of" may hang on the verb; one on the noun is in its subtree, read above)
            for p in _transferred(verb, obj):
                if obj.is_ancestor(p):
                    continue
                others |= {t.i for c in p.subtree if _other_buyer(ctx, verb, c)
                           for t in c.subtree}
                heads += [t for t in p.subtree if t.i not in others and t not in heads]
    # "received 30 howitzers from Poland and 20 from Slovakia": the gapped conjunct's "from"
    heads += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")]
    out: list[Mention] = []
    for head in heads:
        for pobj in _prep_objects(head, {"from"}):
            # "from its Western allies, including Germany and Poland": the named ones
            named = [m for p in _prep_objects(pobj, {"including", "like", "as"})
                     for m in _conjoined_actors(ctx, p)]
            for c in (pobj, *pobj.conjuncts):  # "from Russia, France and Israel"
                if c is not pobj and _goods_conjunct(ctx, c):
                    continue
                m = _best_actor(ctx, c, exclude={t.i for n in named for t in ctx.sent
                                                 if ctx.own(t) == n})
                if m is not None and m not in out and not named:
                    out.append(m)
            out.extend(m for m in named if m not in out)
    # "buys most of its arms, including Su-30 fighters, from Russia" (issue 12)
    out.extend(m for p in _after_included(verb, {"from"}) for m in _conjoined_actors(ctx, p)
               if m not in out)
    # "bought its missile, tested last April, from Korea": past the aside's closing comma
    out.extend(m for o in objs for p in _after_aside(o) for m in _conjoined_actors(ctx, p)
               if m not in out)
    return out


def _after_aside(obj: Token) -> list[Token]:
    """Objects of a "from" that follows a participle aside set off by commas right after
    ``obj`` ("bought its missile, tested last April, from Korea"): the parser hangs the
    phrase on the aside, but the comma that closes the aside ends what the aside says
    (s48 h-sup45)."""
    doc, at = obj.doc, obj.right_edge.i + 2
    if at >= len(doc) or doc[at - 1].text != ",":
        return []
    aside = doc[at].head if doc[at].dep_ == "advmod" else doc[at]  # ", first fired …,"
    if aside.tag_ != "VBN" or aside.dep_ not in ("advcl", "acl") or aside.left_edge.i != at:
        return []
    return [p for c in aside.children if c.dep_ == "prep" and c.lower_ == "from"
            and c.i > at + 1 and doc[c.i - 1].text == "," for p in _pobjs(c)]


def _transferred(verb: Token, noun: Token) -> list[Token]:
    """What a transfer noun's "of" names: on the noun ("took delivery of jets"), else the "of"
    after it the parser hung on the verb when a word came between ("took delivery today of
    jets", "took delivery on Monday of two corvettes")."""
    return _prep_objects(noun, {"of"}) or [
        p for p in _prep_objects(verb, {"of"}) if p.i > noun.i]


def _other_buyer(ctx: _Sentence, verb: Token, clause: Token) -> bool:
    """A relative clause on the verb's object whose own subject is a state other than the
    states the verb's subject names ("Indonesia's navy took delivery of ships that Brunei
    ordered from BAE"): its seller sold to that state, not to the verb's subject."""
    if clause.dep_ != "relcl":
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    buyer = ctx.own(subj)
    if buyer is None or buyer.cls != "Country":
        return False
    taker = ctx.subject(verb)[0]
    # (a state's force is keyed with its state: "Navy (Indonesia)")
    states = {m.key if m.cls == "Country" else bracketed(m.key)
              for t in (taker.subtree if taker is not None else ())
              if (m := ctx.own(t)) is not None and m.key is not None
              and (m.cls == "Country" or m.cls == "Agency" and bracketed(m.key))}
    return bool(states) and buyer.key not in states


def _clause_preps(verb: Token, word: str) -> list[Token]:
    """The objects of a preposition anywhere in the verb's own clause (not in a clause below
    it): the parser may hang ", including A and B" or ", with A among …" on any noun before."""
    def clause(t: Token) -> Token:
        while t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"):
            t = t.head
        return t
    low = lowers(verb.doc)  # (no such word in the subtree: no Token walked, issue 13)
    if not any(low[i] == word for i in _subtree_ids(verb)):
        return []
    return [p for t in verb.subtree if t.lower_ == word and t.dep_ == "prep"
            and clause(t.head).i == verb.i for p in _pobjs(t)]


# "arms worth $1 billion, among them MiG-21 fighters": the pronoun that opens an example list
EXAMPLE_PRONOUNS = frozenset({"them", "those", "these"})


def _example_objects(prep: Token) -> list[Token]:
    """The examples one preposition opens: "including A and B", "such as A", "among them A
    and B" (the parser makes "A and B" either a second object of "among" or the head "among
    them" hangs on); none for any other preposition ("among other things", "as part of")."""
    pobjs = _pobjs(prep)
    if prep.lower_ == "including" or prep.lower_ == "as" and any(
            c.lower_ == "such" and c.i < prep.i for c in prep.children):
        return pobjs
    if prep.lower_ != "among" or not any(
            p.lower_ in EXAMPLE_PRONOUNS and p.i == prep.i + 1 for p in pobjs):
        return []
    rest = [p for p in pobjs if p.lower_ not in EXAMPLE_PRONOUNS]
    if not rest and prep.head.i > prep.i and prep.head.pos_ in ("NOUN", "PROPN"):
        rest = [prep.head]  # ("among them MiG-21 fighters and T-54 tanks", hung on the list)
    return rest


_EXAMPLE_PREPS = ("including", "as", "among")  # the words that open ``_example_objects``


def _listed_examples(verb: Token) -> list[Token]:
    """The examples a list in the verb's own clause gives (``_example_objects``), wherever
    the parser hangs the list: ", including A and B", "such as A", ", among them A and B"
    (issue 12, h-sup67)."""
    low = lowers(verb.doc)  # (one walk of the subtree for the three words: most have none)
    present = {low[i] for i in _subtree_ids(verb)}
    preps = dict.fromkeys(p.head for w in _EXAMPLE_PREPS if w in present
                          for p in _clause_preps(verb, w))
    preps.update(dict.fromkeys(_trailing_example_preps(verb)))
    return list(dict.fromkeys(o for prep in preps for o in _example_objects(prep)))


def _trailing_example_preps(verb: Token) -> list[Token]:
    """"the US weapons it has ordered, including F-16 jets", "arms bought abroad, such as
    …": a list that closes the phrase of the noun a relative or reduced clause is about, its
    object, which the parser hangs on that noun or above the clause (h-sup67)."""
    if verb.dep_ not in ("relcl", "acl") or any(
            c.lower_ not in RELATIVE_PRONOUNS for c in _children(verb, {"dobj", "nsubjpass"})):
        return []  # (a clause with an object of its own speaks of something else)
    head, doc = verb.head, verb.doc
    out = [c for c in head.children if c.dep_ == "prep" and c.i > verb.i]
    after = head.right_edge.i + 2
    if after < len(doc) and doc[after - 1].text == "," and doc[after].dep_ == "prep" and \
            head.is_ancestor(doc[after]) is False and doc[after].head.is_ancestor(head):
        out.append(doc[after])
    return out


def _after_included(verb: Token, preps: Iterable[str]) -> list[Token]:
    """"shipped arms, including missiles, to the Islamists", "buys most of its arms, including
    Su-30 fighters, from Russia": the verb's own to/from, after the comma that closes an
    "including" list, which the parser hangs on the list (issue 12)."""
    wanted = set(preps)
    return [p for inc in dict.fromkeys(o.head for o in _listed_examples(verb))
            for t in inc.subtree if t.dep_ in ("prep", "dative") and t.lower_ in wanted
            and t.i > inc.i and t.doc[t.i - 1].text == "," for p in _pobjs(t)]


def _nationals(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The countries that modify ``noun`` as nationality ("six Chinese drones", "Russian
    fighter jets"), through modifiers only: not an origin ("Chinese-made drones")."""
    mods = ("amod", "compound", "nmod")
    # a name ("the former Soviet aircraft carrier Admiral Gorshkov") takes only its own
    # modifiers: the description's nationality is the ship's history
    deep = noun.pos_ != "PROPN"
    out = []
    for t in noun.subtree:
        m = ctx.own(t)
        if t.i >= noun.i or m is None or m.cls != "Country" or t.dep_ not in mods:
            continue
        h = t.head
        while deep and h.i != noun.i and h.dep_ in mods and h.tag_ != "VBN" and h.head.i != h.i:
            h = h.head
        if h.i == noun.i and m not in out:
            out.append(m)
    return out


def _goods_conjunct(ctx: _Sentence, tok: Token) -> bool:
    """A conjunct of a seller that names goods ("bought from Russia and Chinese-made K-8
    jets"), a weapon or a noun with an origin participle ("French-built armoured cars"): the
    parser joined the second item to the seller; its nationality is origin (SU6), not a
    second seller (s72 h-sup117)."""
    own = ctx.own(tok)
    if own is not None and own.cls in ctx.role("actor"):
        return False
    origin = ctx.rules.words["origin_participles"]
    return (own is not None and own.cls in ctx.role("item")) or any(
        c.dep_ == "amod" and c.lower_ in origin for c in tok.children)


def _conjoined_actors(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """The actor of a prepositional object and of each of its conjuncts ("to Ukraine, Poland
    and Morocco"), each read only in its own words (a conjunct is not the first's actor)."""
    conjuncts = [pobj, *pobj.conjuncts]
    out: list[Mention] = []
    for c in conjuncts:
        others = {t.i for o in conjuncts if o is not c and o.i > c.i for t in o.subtree}
        m = _best_actor(ctx, c, exclude=others)
        if m is not None and m not in out:
            out.append(m)
    return out


def _material(ctx: _Sentence, obj: Token) -> bool:
    """The object names material: an umbrella word ("arms", "aid"), or an amount of one
    ("$40 billion in military aid", "$1 billion worth of weapons", "a package of arms")."""
    words = ctx.rules.words["supply_objects"]
    if obj.lemma_.lower() in words:
        return True
    amount = obj.pos_ == "NUM" or obj.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or \
        obj.lemma_.lower() in ctx.rules.words["amount_nouns"]
    return amount and any(t.dep_ == "pobj" and t.head.lower_ in ("in", "of")
                          and t.lemma_.lower() in words for t in obj.subtree)

PLURAL_PRONOUNS = {"them", "they"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _gapped(verb: Token) -> list[Token]:
    """The objects of a gapped second clause the parser coordinated with the verb itself
    ("sold 20 tanks to Kenya and 10 to Uganda": "10"), which carry their own preposition."""
    own = [c for c in verb.children if c.dep_ == "conj" and _gap_object(c)]
    return own + [c for c in _misattached_gaps(verb) if c not in own]


def _gap_object(tok: Token, cc: Token | None = None) -> bool:
    """A number or noun with a preposition of its own (a gapped clause's object: "10 to
    Uganda"); after ``cc``, with only punctuation and adverbs between that "and" and it."""
    return tok.pos_ in ("NUM", "NOUN") and any(k.dep_ == "prep" for k in tok.children) and (
        cc is None or tok.i > cc.i and all(t.is_punct or t.pos_ == "ADV"
                                           for t in tok.doc[cc.i + 1:tok.left_edge.i]))


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "pcomp"})


def _misattached_gaps(verb: Token) -> list[Token]:
    """A gapped object the parser hung on a clause above the verb: in "X was eased after A sent
    troops to B and, later, engineers to C" the verb keeps the "and" with no conjunct after it,
    while "engineers" (with its own "to") is joined to "eased". Such a conjunct is the verb's when
    only punctuation and adverbs stand between that "and" and it (issue 12, h-conj1)."""
    dangling = [c for c in verb.children if c.dep_ == "cc" and c.i > verb.i
                and not any(k.dep_ == "conj" and k.i > c.i for k in verb.children)]
    if not dangling:
        return []
    cc, up = dangling[-1], verb
    # (or keeps it as a second object of the verb itself: "sent frigates to B and, soon after,
    # engineers/dobj to C")
    out = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "dep")
           and _gap_object(c, cc)]
    while up.dep_ in _CLAUSE_DEPS and up.head.i != up.i:
        up = up.head
        out += [c for c in up.children if c.dep_ == "conj" and _gap_object(c, cc)]
    return out


def _affiliation_of(ctx: _Sentence, person: Mention, cls: str | None = None) -> Mention | None:
    """The mention a person's title names him for ("Chile's president", "Ambassador X of
    Nigeria"), of class ``cls`` where given; else None."""
    aff = person.affiliation
    return None if aff is None else next(
        (m for m in ctx.by_token.values()
         if m.span.start == aff.start and (cls is None or m.cls == cls)), None)


def _affiliated_country(ctx: _Sentence, person: Mention) -> Mention | None:
    """The state a person's title names ("Ugandan President …", "Chile's president"): the
    Country mention his affiliation is, else None."""
    return _affiliation_of(ctx, person, "Country")


# --- reports: "<leader>'s government" (issue 12, h-rep4) -------------------------------------
def _leaders_state(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"But Habre's government says …" after "Chad's President Hissene Habre": a government
    named by its leader is his state, as the article affiliates him (nothing when it does
    not, or names several states for him)."""
    leaders = [m for c in _leader_objects(ctx, subj)
               if (m := ctx.own(c)) is not None and m.cls == "Person"]
    if len(leaders) != 1:
        return []
    states = _leader_states(leaders[0], ctx.by_token.values()) or \
        _listed_leader_states(leaders[0], ctx.by_token.values(), ctx.rules)
    return list(states.values()) if len(states) == 1 else []


def _surname(m: Mention) -> str:
    """The last word of a person's name, less a possessive the mention took in ("Rajiv
    Gandhi's government": Gandhi)."""
    return m.span.text.removesuffix("'s").removesuffix("’s").split()[-1]


def _leader_states(leader: Mention, mentions: Iterable[Mention]) -> dict[str, Mention]:
    """The states the article affiliates a person with, under any mention of his surname."""
    mentions = set(mentions)
    surname = _surname(leader)
    starts = {m.span.start: m for m in mentions}
    return {(a.key or a.lemma): a for m in mentions if m.cls == "Person"
            and m.affiliation is not None and _surname(m) == surname
            if (a := starts.get(m.affiliation.start)) is not None and a.cls == "Country"}


def _listed_leader_states(leader: Mention, mentions: Iterable[Mention], rules: RelationRules
                          ) -> dict[str, Mention]:
    """"Deby's government said …" after "President Idriss Deby" in a story that affiliates him
    with no state: the state a head of state or government the gazetteer lists (relations.yaml
    ``leader_states``, by full name under any mention of his surname) led, where the article
    names that state; nothing otherwise (issue 12, s52 h-rep71)."""
    mentions = sorted(set(mentions), key=lambda m: m.span.start)
    surname = _surname(leader)
    # (by the name too: "the Shah" is the ruler roles.yaml sole_rulers names, h-shah1)
    keys = {rules.leader_states.get(form.lower()) for m in mentions
            if m.cls == "Person" and _surname(m) == surname
            for form in (m.span.text.removesuffix("'s").removesuffix("’s"), m.lemma)} - {None}
    if len(keys) != 1:
        return {}
    key = next(iter(keys))
    state = next((m for m in mentions if m.cls == "Country" and m.key == key), None)
    return {key: state} if state is not None else {}


def _home_leaders_state(ctx: _Sentence, leader: Mention) -> list[Mention]:
    """"VIENNA, … - Austria signs … Chancellor Wolfgang Schuessel's government says …": a
    leader the article affiliates with no state, titled head of state or government
    ("President", "Chancellor"), heads the state of the dateline when the headline names that
    state too (a story filed in his capital about it); else nothing (issue 12, s29 h-coref6)."""
    home = ctx.home
    doc = ctx.sent.doc
    end = text_of(doc).find("\n\n")
    if home is None or not home.key or end < 0 or _leader_states(leader, ctx.by_token.values()):
        return []
    surname = _surname(leader)
    titles = ctx.rules.words["leader_titles"]
    titled = any(m.cls == "Person" and m.title and m.title.lower() in titles
                 and _surname(m) == surname for m in ctx.by_token.values())
    first = min((i for i, m in ctx.by_token.items() if m is leader), default=ctx.sent.start)
    if not titled or _rival_heads(doc, ctx.by_token, surname, first, ctx.rules):
        return []
    # (the headline's mention stands for the state: the dateline's acts in nothing)
    return [m for t in doc if t.idx < end and (m := ctx.by_token.get(t.i)) is not None
            and m.cls == "Country" and m.key == home.key][:1]


def _rival_heads(doc: Doc, by_token: dict[int, Mention], surname: str | None, before: int,
                 rules: RelationRules) -> bool:
    """Whether a person named before token ``before`` under another surname than ``surname``
    holds a head's title ("President Yoweri Museveni" … "Kiir's government" under a KAMPALA
    dateline): the dateline's state has its head named, and an unaffiliated leader is then no
    head of it; not a past holder ("former Prime Minister Kakuei Tanaka") (issue 12, s47
    h-coref10; s33 h-ent37)."""
    titles, past = rules.words["leader_titles"], rules.words["past_title_modifiers"]
    firsts: dict[int, tuple[int, Mention]] = {}  # id of a person → his first token, him
    for i, m in by_token.items():
        if m.cls == "Person" and i < firsts.get(id(m), (before, m))[0]:
            firsts[id(m)] = (i, m)
    # (the word before a title written before the name: "former Prime Minister")
    return any(m.title and m.title.lower() in titles and _surname(m) != surname
               and doc[max(0, i - len(m.title.split()) - 1)].lower_ not in past
               for i, m in firsts.values())


def _with_parties(ctx: _Sentence, heads: Iterable[Token]) -> list[Mention]:
    """Parties after "with"/"between" on the given heads, or on "together with"."""
    out: list[Mention] = []
    for head in heads:
        anchors = [head, *(c for c in head.children
                           if c.dep_ == "advmod" and c.lower_ in ("together", "along"))]
        for a in anchors:
            for pobj in _prep_objects(a, ctx.rules.words["cosigning_preps"]):
                if (m := ctx.own(pobj)) is not None and m.cls == "Agreement" or \
                        m is None and pobj.lemma_.lower() in ctx.rules.words["agreement_nouns"]:
                    continue  # "alongside the disengagement agreement": a text, no party (h-sig6)
                if any(c.dep_ in ("pcomp", "acl") for c in (*pobj.children,
                                                               *pobj.head.children)):
                    continue  # "with President X looking on": a witness
                after = pobj.right_edge.i + 1
                # (not the "as" that opens a clause of its own: "alongside A and B, as the
                # leaders looked on", d327)
                if any(c.dep_ == "prep" and c.lower_ == "as" for c in pobj.children) or (
                        after < len(pobj.doc) and pobj.doc[after].lower_ == "as"
                        and pobj.doc[after].dep_ != "mark"):
                    continue  # "with Raytheon as the main supplier": a role, no party
                out.extend(_cosigners(ctx, pobj))
    return out


def _cosigners(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """The actors a list of co-signers names: "with Peru and Chile"; "alongside the leaders of
    Angola and Namibia, and of Rwanda": unnamed officials of states make the states parties
    (issue 12, h-sign2)."""
    out: list[Mention] = []
    for c in (pobj, *pobj.conjuncts):
        own = ctx.own(c)
        signer = own is None and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.rules.words[
            "signer_nouns"]
        # "with two rebel commanders, A and B", "alongside five commanders, among them A and
        # B": the people a signer noun lists in apposition sign, every one of them (S3)
        if signer and (listed := _apposed_people(ctx, c)):
            out.extend(listed)
            continue
        # not when the phrase names the person ("the chief executive of Saab, Lars Berg": a
        # person who signs is the party)
        if signer and not ctx.mentions(c.subtree, {"Person"}):
            ofs = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            # "… of A and B, which …, and of C": the parser hangs the second "of" on the
            # first's words, a relative clause, the preposition or the verb
            ofs += [q for q in (*c.subtree, *pobj.head.children, *pobj.head.head.children)
                    if q.dep_ == "conj" and q.lower_ == "of"] if c is pobj else []
            ofs = list(dict.fromkeys(ofs))
            # "representatives of the two governments": the states the plural stands for
            found = [m for p in ofs for g in _pobjs(p) for m in (
                ctx.plural[g.i] if g.i in ctx.plural else _office_actors(ctx, g))]
            found += [m for p in ofs for g in _pobjs(p) for m in _second_signers_of(ctx, g)]
            # "Dassault's chief executive, Eric Trappier": the person named
            out.extend(found or [m for m in [_best_actor(ctx, c)] if m is not None])
        elif (state := government_state(ctx, c)) is not None:
            out.append(state)  # "between the Saudi government and DCN": Saudi Arabia, not DCN
        elif (m := _best_actor(ctx, c)) is not None and not _firm_origin(ctx, c, m):
            out.append(_firm_of_state(ctx, c, m) or m)
    return list(dict.fromkeys(out))


def government_state(ctx: _Sentence, tok: Token) -> Mention | None:
    """The state a government noun (relations.yaml `government_nouns`) with no name of its
    own is named by, through its possessor or modifier: "Angola's government", "the Saudi
    government", "Sierra Leone government" (a two-word name the parser hangs as "nmod"); the
    government signs for that state (S3). Only the noun's own modifier: the first of a
    coordinated pair ("between the Saudi government and DCN International") is not its
    conjunct, which a search of its subtree would find (issue 12, h-sig46)."""
    if ctx.own(tok) is not None or tok.lemma_.lower() not in ctx.rules.words["government_nouns"]:
        return None
    return next((m for k in tok.children if k.dep_ in ("poss", "compound", "amod", "nmod")
                 and (m := ctx.own(k)) is not None and m.cls == "Country"), None)


def _apposed_people(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The people a noun lists in apposition: "the foreign ministers of the three countries,
    A, B and C", "five rebel commanders, among them A and B", "…, A of X, B of Y and C of Z";
    the parser hangs the later names on the first as appositions or conjuncts, or on the state
    named after the one before (d45, d290; d327)."""
    out: list[Mention] = []
    todo = [c for c in noun.children if c.dep_ == "appos"]
    while todo:
        t = todo.pop(0)
        if (m := ctx.own(t)) is not None and m.cls == "Person":
            out.append(m)
        todo.extend(c for c in t.children if c.dep_ in ("appos", "conj"))
        todo.extend(p for p in _prep_objects(t, {"of"}) if (s := ctx.own(p)) is not None
                    and s.cls == "Country")
    return list(dict.fromkeys(out))


def _second_signers_of(ctx: _Sentence, body: Token) -> list[Mention]:
    """"by officials of the ministry and executives of Armaris", "… and executives of the
    company": the parser may join the second signer noun to the first one's body and hang the
    second "of" on that body too; the actors of an "of" after such a joined signer noun are
    the second signers' (d54, d119) (issue 12, h-sig6)."""
    words = ctx.rules.words["signer_nouns"]
    second = next((c for c in body.conjuncts if c.i > body.i and ctx.own(c) is None
                   and c.pos_ == "NOUN" and c.lemma_.lower() in words), None)
    if second is None:
        return []
    return [m for p in body.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > second.i
            for g in _pobjs(p) for m in [_best_actor(ctx, g)] if m is not None]


def _firm_of_state(ctx: _Sentence, tok: Token, m: Mention) -> Mention | None:
    """"a contract with Italy's Finmeccanica" (headline): the parser may take the state for the
    object and hang the firm on it as an apposition; the firm after the state's "'s" is the
    party, the state its home (dev conventions A1, E9; d129, d254) (issue 12, h-sig6)."""
    if m.cls != "Country" or not any(c.dep_ == "case" for c in tok.children):
        return None
    return next((f for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                 and (f := ctx.own(c)) is not None and f.cls == "Company"), None)


def _firm_origin(ctx: _Sentence, tok: Token, m: Mention) -> bool:
    """"with the state-owned Indian company", "with a French-Spanish consortium": the
    nationality of an unnamed firm says where it is from; that state is no party to the deal
    (d168, d219) (issue 12, h-sign4)."""
    if m.cls != "Country" or ctx.own(tok) is not None or \
            tok.lemma_.lower() not in ctx.rules.words["firm_nouns"]:
        return False
    root = _mention_root(ctx, m, tok.subtree)
    while root is not None and root.i != tok.i and root.dep_ in ("amod", "compound", "nmod"):
        root = root.head
    return root is not None and root.i == tok.i


def _of_office(ctx: _Sentence, tok: Token) -> Token:
    """"the heads of government of A, B and C": the states follow the office's own "of"
    (issue 12, h-sign6)."""
    inner = next(iter(_prep_objects(tok, {"of"})), None)
    return inner if inner is not None and ctx.own(tok) is None and tok.lemma_.lower() in (
        "government", "state") else tok


def _office_actors(ctx: _Sentence, tok: Token) -> list[Mention]:
    """The actors of "of <office> of A, B and C": the parser may join the later names of the
    list to the office word instead of to A ("the heads of state of A and B": B a conjunct
    of "state"); those sign too (S3) (issue 12, h-sig33)."""
    inner = _of_office(ctx, tok)
    found = _conjoined_actors(ctx, inner)
    if inner is not tok:
        found += [m for c in tok.conjuncts if c.i > inner.i
                  for m in _conjoined_actors(ctx, c) if m.cls == "Country"]
    return list(dict.fromkeys(found))


def _blocked(ctx: _Sentence, noun: Token) -> bool:
    """A transfer noun that is stopped or opposed, not done: "banned arms sales to", "a ban on
    deliveries of", "halted the shipments"."""
    blocking = ctx.rules.words["blocking"]
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    # (h-rep5) a headline verb tagged as the noun's modifier: "U.S. curbs technology sales to
    # China", "Kenya halts arms sales to Uganda"
    misread = any(c.dep_ == "compound" and c.tag_ in ("NNS", "VBZ") and (
        c.lemma_.lower() in blocking or c.lower_ in blocking) for c in noun.lefts)
    return misread or noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in \
        blocking

SUBJECTS = ("nsubj", "nsubjpass")

COREF_WINDOW = 3  # sentences back
# a noun's modifiers that may name its owner: "Egypt's order", "a U.S. programme", "the Saudi
# order", "a Pentagon programme"
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _misparsed_dative(tok: Token) -> bool:
    """"sold the kingdom F-16 jets", "agreed to sell the army Marder vehicles": a noun with its
    own "the" that the parser hung as a modifier on the object after it is the indirect object
    (issue 12, h-supp2)."""
    obj = tok.head
    return tok.dep_ in ("nmod", "compound") and tok.i < obj.i and obj.dep_ == "dobj" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ == "det" for c in obj.children)

NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def counted(tok: Token) -> int | None:
    """How many a noun's own number word counts: "the two countries" 2, "both sites" 2,
    "the three provinces" 3; None without one."""
    return next((NUMBER_WORDS[c.lower_] for c in tok.children
                 if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBER_WORDS), None)


def _speakers_place(tok: Token, rules: RelationRules) -> bool:
    """"officials in both capitals said", "officials from both governments": the states a
    counted plural names are those the unnamed speakers speak for (h-claim2)."""
    speakers = rules.words["official_nouns"] | rules.words["source_nouns"]
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from", "of") and \
        tok.head.head.lemma_.lower() in speakers


def _zero_relative(tok: Token) -> tuple[Token, Token] | None:
    """"under a treaty the two countries signed in 2017": a plural description right after a
    noun, with a bare past verb hung on it as a participle (no "by", no object), is the
    subject of a relative clause without "that" (the parser's reading, "countries signed", a
    patient, fits no counted state description); the verb and the noun the clause is on
    (``_zero_relative_noun``), else None (issue 12, h-coref5).
    Also with a "that" or "which" the parser left outside the clause ("the treaty that the two
    governments signed", d475, d550) (issue 12, h-sig34)."""
    verb = next((c for c in tok.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    noun = _zero_relative_noun(tok) if verb is not None else None
    if noun is None or verb.i != tok.i + 1 or any(
            c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb, noun


def _zero_relative_noun(tok: Token) -> Token | None:
    """The noun a definite description (``tok``, "the two countries") follows as the subject of
    a relative clause, with or without a "that"/"which" between: "a treaty [that] the two
    countries signed"; else None (issue 12, h-sig34). A "which" may follow a comma: "the Auto
    Pact, which the two countries signed in 1965", and the parser may hang it on the noun
    itself (issue 12, s75 h-sig41)."""
    start = tok.left_edge.i
    if tok.doc[start].lower_ in ("that", "which") and tok.doc[start + 1].lower_ == "the" \
            and start + 1 < tok.i:
        start += 1
    if start == 0 or tok.doc[start].lower_ != "the":
        return None
    before = tok.doc[start - 1]
    if before.lower_ in ("that", "which") and start > 1:
        comma = before.lower_ == "which" and start > 2 and tok.doc[start - 2].text == ","
        before = tok.doc[start - 3 if comma else start - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _words(tokens: list[Token], lead: Token | None = None) -> str:
    """The text of ``tokens`` as written, a space where words between were left out."""
    out, prev = "", lead
    for t in tokens:
        out += (prev.whitespace_ if prev is not None and t.i == prev.i + 1 else " ") + t.text
        prev = t
    return out if lead is not None else out[1:]

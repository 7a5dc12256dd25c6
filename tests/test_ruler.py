"""The gazetteer's phrase-matcher ruler: every alias is found, and it finds what spaCy's
EntityRuler finds with the same names written as token patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import EntityRuler

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
TRICKY = ("The Kremlin and the Kremlin\u2019s men met the JCS. South Korea\u2018s and South "
          "Korea's army. C\u00f4te d\u2019Ivoire and Cote d'Ivoire and N\u2019Djamena. Polish "
          "and polish. THE KREMLIN said 240mm rocket launchers and defense pacts arrived.")


def _found(ruler, doc) -> set[tuple[str, str]]:
    """(entry label, matched text) of every candidate the ruler's matchers return."""
    return {(ruler._ent_ids[m][1], doc[s:e].text) for m, s, e in ruler.name_matches(doc)}


def _variants(entry, alias: str, exact: bool) -> list[str]:
    """The alias as written, and the forms the ruler must also accept."""
    if exact:
        return [alias]
    forms = [alias, "the " + alias]
    forms += [alias.replace("'", q) for q in "\u2018\u2019" if "'" in alias]
    if entry.cls in ("Weapon", "Agreement"):
        forms.append(alias + "s")
    return forms


def test_every_alias_of_every_entry_is_found(nlp, gazetteer):
    rulers = {False: nlp.get_pipe("kg_gazetteer"), True: nlp.get_pipe("kg_gazetteer_late")}
    missed = []
    for entry in gazetteer.entries:
        if entry.parties:  # a specific treaty is reached through its kinds' phrases only
            continue
        for exact, aliases in ((False, entry.aliases), (True, entry.exact)):
            for alias in aliases:
                # only an ambiguous entry's given name itself waits for NER ("Jordan")
                ruler = rulers[entry.ambiguous and alias.casefold() == entry.label.casefold()]
                for form in _variants(entry, alias, exact):
                    doc = nlp.make_doc(f"On Monday {form} was mentioned.")
                    if (entry.label, form) not in _found(ruler, doc):
                        missed.append((entry.label, form))
    assert not missed, f"{len(missed)} names not matched, e.g. {missed[:10]}"


@pytest.mark.parametrize("ambiguous", [False, True])
def test_same_entities_as_an_entity_ruler_of_token_patterns(nlp, gazetteer, ambiguous):
    name = "kg_gazetteer_late" if ambiguous else "kg_gazetteer"
    ours = nlp.get_pipe(name)
    reference = EntityRuler(nlp, overwrite_ents=not ambiguous)
    reference.add_patterns(gazetteer.ruler_patterns(
        lambda s: [t.text for t in nlp.tokenizer(s)], ambiguous=ambiguous))
    before = nlp.pipe_names[: nlp.pipe_names.index(name)]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [TRICKY]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        expected = [(e.start, e.end, e.label_, e.ent_id_) for e in reference(doc.copy()).ents]
        got = [(e.start, e.end, e.label_, e.ent_id_) for e in ours(doc.copy()).ents]
        assert got == expected
        assert got or ambiguous


# Word tests as lexeme flags (kg.extract.ruler.WordFlags): the same matches as spaCy's own
# predicates, on a vocabulary of its own so that the session pipeline keeps its flags.
WORD_PATTERNS = [
    [{"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}, {"LOWER": {"IN": ["mm", "-mm"]}},
     {"LOWER": {"IN": ["rocket", "launchers", "shells"]}, "OP": "+"}],
    [{"TEXT": {"REGEX": r"^[A-Z][A-Za-z]*$"}, "LOWER": {"NOT_IN": ["russian", "iranian"]}},
     {"TEXT": "-"}, {"TEXT": {"REGEX": r"^\d+[A-Za-z]*$"}}, {"LOWER": "missiles"}],
    [{"IS_UPPER": True, "LENGTH": {">=": 3}, "LOWER": {"NOT_IN": ["nato"]}},
     {"LOWER": {"IN": ["frigate", "frigates"]}}],
    [{"TEXT": {"IN": ["Treaty", "Pact"]}}, {"LOWER": {"IN": ["of", "on"]}},
     {"IS_TITLE": True, "LENGTH": {"IN": [4, 5, 6, 7, 8]}, "OP": "+"}],
]
WORD_TEXT = ("Russian 240 mm rocket launchers, 152mm shells and 3.5 mm rocket shells; Russian-23 "
             "missiles, Hwasong-11 missiles, Iranian-5 missiles; FREMM frigates, NATO frigates, "
             "UK frigate; the Treaty of Lisbon Power and the Pact on Open Skies, Treaty on Mutual "
             "Defence.")


def _matches(vocab, patterns, text, flags=False):
    """Matches of ``patterns`` in ``text``: as written, or with ``flags`` as lexeme flags."""
    import spacy
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    from kg.extract.ruler import WordFlags

    matcher = Matcher(vocab, validate=not flags)
    for i, p in enumerate(patterns):
        matcher.add(str(i), [WordFlags(vocab).pattern(p) if flags else p])
    words = spacy.blank("en").tokenizer(text)
    doc = Doc(vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
    return sorted(matcher(doc))


def test_word_tests_as_lexeme_flags_match_as_spacys_predicates():
    import spacy

    from kg.extract.ruler import WordFlags

    vocab = spacy.blank("en").vocab
    expected = _matches(vocab, WORD_PATTERNS, WORD_TEXT)
    assert len(expected) >= 6
    flagged = [WordFlags(vocab).pattern(p) for p in WORD_PATTERNS]
    assert not any(isinstance(v, dict) for p in flagged for t in p for v in t.values()), \
        "every word test became a flag"
    assert _matches(vocab, WORD_PATTERNS, WORD_TEXT, flags=True) == expected
    # equal tests share their flag
    assert WordFlags(vocab).pattern(WORD_PATTERNS[0]) == flagged[0]


def test_deferred_flags_set_in_one_pass_equal_add_flags():
    """``WordFlags(defer=True)`` + ``set_flags()`` (one pass over the vocabulary for all flags,
    as the gazetteer ruler loads) gives every known word the flags ``Vocab.add_flag`` gives."""
    import spacy

    from kg.extract.ruler import WordFlags

    eager, deferred = spacy.blank("en").vocab, spacy.blank("en").vocab
    for vocab in (eager, deferred):  # words known before the flags are made
        spacy.blank("en", vocab=vocab)(WORD_TEXT)
    expected = [WordFlags(eager).pattern(p) for p in WORD_PATTERNS]
    flags = WordFlags(deferred, defer=True)
    assert [flags.pattern(p) for p in WORD_PATTERNS] == expected  # the same flag ids
    flags.set_flags()
    ids = sorted({k for p in expected for t in p for k in t if isinstance(k, int)})
    assert len(ids) >= 5
    words = sorted(lex.orth_ for lex in eager)
    assert len(words) > 30 and words == sorted(lex.orth_ for lex in deferred)
    assert [[eager[w].check_flag(i) for i in ids] for w in words] == \
           [[deferred[w].check_flag(i) for i in ids] for w in words]
    assert any(eager[w].check_flag(i) for w in words for i in ids)
    assert _matches(deferred, WORD_PATTERNS, WORD_TEXT, flags=True) == \
           _matches(eager, WORD_PATTERNS, WORD_TEXT)


def test_word_tests_stay_predicates_once_the_flags_are_taken():
    import spacy

    from kg.extract.ruler import WordFlags

    vocab = spacy.blank("en").vocab
    expected = _matches(vocab, WORD_PATTERNS, WORD_TEXT)
    with pytest.raises(ValueError):  # take every free flag
        for _ in range(64):
            vocab.add_flag(lambda s: False)
    kept = WordFlags(vocab).pattern(WORD_PATTERNS[0])
    assert kept[0] == WORD_PATTERNS[0][0]
    assert _matches(vocab, WORD_PATTERNS, WORD_TEXT, flags=True) == expected


def test_a_bad_token_pattern_is_still_refused(nlp):
    from spacy.errors import MatchPatternError

    ruler = nlp.get_pipe("kg_gazetteer")
    with pytest.raises(MatchPatternError):
        ruler.add_token_patterns([{"label": "Weapon", "pattern": [{"LOWER": {"INN": ["x"]}}]}])

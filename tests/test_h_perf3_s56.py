"""Four whole-document loops of the rules made no Token per word (issue 13, h-perf3): each now
walks only the indices a column guard (``where``, ``with_pos``) gives, which must be exactly the
tokens the per-token test it replaced let through."""

from spacy.attrs import LOWER

from kg.extract.refine.bodies import _agency_noun
from kg.extract.refine.forces import _coordinated_services
from kg.extract.refine.weapons import _types_before_kind
from kg.extract.relations.coreference import JOINT
from kg.extract.relations.plural_signers import THEY
from kg.extract.tokens import lemmas, lowers, where, with_pos

TEXT = ("The chiefs of the army, navy and air force met on Monday. They said that the Kiowa and "
        "Iroquois helicopters of the air force would fly again. A joint statement said the "
        "defence ministry, which they had asked, agreed. Jane Fielding, who led the talks, "
        "told reporters the jets and the frigates were sold.")


def test_kind_nouns_are_the_nouns_whose_word_or_lemma_is_a_kind(nlp, gazetteer):
    doc = nlp(TEXT)
    kinds = gazetteer.weapon_kind_heads | gazetteer.roles.type_units
    low, lem = lowers(doc), lemmas(doc)
    guarded = [i for i in with_pos(doc, "NOUN") if low[i] in kinds or lem[i] in kinds]
    assert guarded == [t.i for t in doc if t.pos_ == "NOUN"
                       and (t.lower_ in kinds or t.lemma_.lower() in kinds)]
    assert guarded  # ("helicopters", "jets", "frigates")


def test_agency_nouns_start_only_at_their_first_words(nlp, gazetteer):
    doc = nlp(TEXT)
    roles = gazetteer.roles
    starts = where(doc, LOWER, roles.agency_first_words)
    hits = [t.i for t in doc if _agency_noun(doc, t.i, roles) is not None]
    assert hits and set(hits) <= set(starts)


def test_proper_nouns_and_pronoun_guards_match_the_token_tests(nlp):
    doc = nlp(TEXT)
    assert with_pos(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]
    assert where(doc, LOWER, THEY) == [t.i for t in doc if t.lower_ == "they"] != []
    assert where(doc, LOWER, JOINT) == [t.i for t in doc if t.lower_ == "joint"] != []


def test_the_rewritten_rules_run_on_a_document_with_no_entities_to_find(nlp, gazetteer):
    doc = nlp("Nothing was said.")
    assert _types_before_kind(doc, [], gazetteer) == []
    assert _coordinated_services(doc, [], gazetteer.roles) == []

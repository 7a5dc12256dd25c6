"""h-agy4 (issue 12, stop 64): a state body called by its owner ("Freedonia's air force") was
called by its kind there too, so the kind is one of its descriptions in that article."""

from kg.extract.gazetteer import load_roles
from kg.graph.owned_bodies import owned_body, owned_descriptions
from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document, Mention, Span

KINDS = load_roles().agency_nouns


def test_owned_body_is_the_kind_after_an_owner():
    assert owned_body("Freedonia's air force", KINDS) == "air force"
    assert owned_body("its air force", KINDS) == "air force"
    assert owned_body("Its navy", KINDS) == "navy"
    assert owned_body("Sylvania's Defence Ministry", KINDS) == "defence ministry"


def test_owned_body_needs_an_owner_and_a_kind():
    assert owned_body("Freedonia Air Force", KINDS) is None
    assert owned_body("the air force", KINDS) is None
    assert owned_body("Freedonia's hockey team", KINDS) is None


def test_a_kind_two_bodies_were_called_by_is_neither_s():
    forms = [("Air Force (Freedonia)", "Freedonia's air force"),
             ("Ministry of Defence (Freedonia)", "Freedonia's defence ministry"),
             ("Ministry of Defence (Sylvania)", "Sylvania's defence ministry")]
    assert owned_descriptions(forms, KINDS) == {"Air Force (Freedonia)": {"air force"}}


def _m(doc, start, text, cls, key=None):
    return Mention(Span(doc.doc_id, start, start + len(text), text), cls, key, text)


def test_resolved_node_keeps_the_kind_as_a_description(gazetteer):
    d = Document("doc_00000000000000a4", "a.txt", "a.txt", "", "a4" * 32, "t")
    ms = (_m(d, 0, "Freedonia's air force", "Agency", "Air Force (Freedonia)"),
          _m(d, 60, "the Sylvanian Air Force", "Agency", "Air Force (Sylvania)"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert r.entities["Air Force (Freedonia)"].descriptions[d.doc_id] >= {"air force"}
    assert "air force" not in r.entities["Air Force (Sylvania)"].descriptions.get(d.doc_id, set())

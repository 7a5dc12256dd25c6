from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document, Mention, RelationMention, Span


def _m(doc, start, text, cls, key=None):
    return Mention(Span(doc.doc_id, start, start + len(text), text), cls, key, text)


def _doc(i):
    return Document(f"doc_{i:016x}", f"{i}.txt", f"{i}.txt", "", f"{i:064x}", "t")


def test_aliases_from_several_documents_become_one_node(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    ex1 = DocExtraction(d1, (_m(d1, 0, "Pyongyang", "Country", "North Korea"),), ())
    ex2 = DocExtraction(d2, (_m(d2, 0, "North Korea", "Region"),
                             _m(d2, 20, "the North", "Country", "North Korea")), ())
    r = resolve([ex1, ex2], gazetteer)
    nk = r.entities["North Korea"]
    assert nk.cls == "Country"
    assert nk.mention_count == 3
    assert nk.documents == {d1.doc_id, d2.doc_id}
    assert nk.aliases == {"Pyongyang", "North"}
    assert nk.wikidata == "Q423"


def test_short_person_name_resolves_within_document_only(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    ex1 = DocExtraction(d1, (_m(d1, 0, "Lee Seong-kweun", "Person", "Lee Seong-kweun"),
                             _m(d1, 40, "Lee", "Person")), ())
    ex2 = DocExtraction(d2, (_m(d2, 0, "Lee", "Person"),), ())
    r = resolve([ex1, ex2], gazetteer)
    assert r.entities["Lee Seong-kweun"].mention_count == 2
    assert r.entities["Lee"].documents == {d2.doc_id}


def test_unknown_entity_class_is_majority_vote(gazetteer):
    d = _doc(1)
    ms = tuple(_m(d, i * 10, "Zorvath", c) for i, c in enumerate(["Agency", "Agency", "Person"]))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert r.entities["Zorvath"].cls == "Agency"


def test_relation_roles_resolved_and_incomplete_ones_dropped(gazetteer):
    d = _doc(1)
    pyo = _m(d, 0, "Pyongyang", "Country", "North Korea")
    nk = _m(d, 30, "North Korea", "Country", "North Korea")
    mos = _m(d, 50, "Moscow", "Country", "Russia")
    sent = Span(d.doc_id, 0, 60, "x")
    ok = RelationMention("supplies", (("supplier", (pyo,)), ("recipient", (mos,))), sent, "sent")
    self_loop = RelationMention("supplies", (("supplier", (pyo,)), ("recipient", (nk,))), sent, "x")
    r = resolve([DocExtraction(d, (pyo, nk, mos), (ok, self_loop))], gazetteer)
    assert [rel.roles for rel in r.relations] == [
        (("supplier", ("North Korea",)), ("recipient", ("Russia",)))
    ]


def test_finish_drops_roles_whose_entity_class_changed(gazetteer, rules):
    d = _doc(1)
    nk = _m(d, 0, "North Korea", "Country", "North Korea")
    mol = [_m(d, 20 + i * 10, "Zorvath", c) for i, c in enumerate(["Region", "Person", "Person"])]
    sent = Span(d.doc_id, 0, 60, "x")
    roles = (("deployer", (nk,)), ("destination", (mol[0],)))
    dep = RelationMention("deploys", roles, sent, "sent")
    r = resolve([DocExtraction(d, (nk, *mol), (dep,))], gazetteer)
    assert len(r.relations) == 1
    assert r.finish(rules) == []  # Zorvath ended up a Person: not a place to deploy to


def test_related_keys_are_those_the_relations_name_before_finish(gazetteer, rules):
    """kg add's record keeps the keys of the relations before finish() (related_keys), not them."""
    from kg.graph.resolve import related_keys

    d = _doc(1)
    nk = _m(d, 0, "North Korea", "Country", "North Korea")
    mol = [_m(d, 20 + i * 10, "Zorvath", c) for i, c in enumerate(["Region", "Person", "Person"])]
    roles = (("deployer", (nk,)), ("destination", (mol[0],)))
    r = resolve([DocExtraction(d, (nk, *mol), (RelationMention("deploys", roles,
                                                                Span(d.doc_id, 0, 60, "x"),
                                                                "sent"),))], gazetteer)
    keys = {k for rel in r.relations for _, ks in rel.roles for k in ks}
    assert related_keys(r.relations) == keys and "North Korea" in keys and len(keys) == 2
    r.finish(rules)
    assert related_keys(r.relations) == set()  # dropped by finish(): still named before it


def test_rule_made_names_get_part_of_broader_and_narrower(gazetteer):
    d = _doc(1)
    ms = (_m(d, 0, "Ministry of Defence (Russia)", "Agency", "Ministry of Defence (Russia)"),
          _m(d, 40, "Fath-360 ballistic missile", "Weapon"),
          _m(d, 80, "Leopard tank", "Weapon"),
          _m(d, 100, "Leopard 2 tank", "Weapon", "Leopard 2 tank"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert r.entities["Ministry of Defence (Russia)"].part_of == "Russia"
    assert r.entities["Fath-360 ballistic missile"].broader == "ballistic missile"
    assert "Leopard tank" not in r.entities  # narrowed to the document's Leopard 2 tank
    assert r.entities["Leopard 2 tank"].mention_count == 2
    assert r.entities["Leopard 2 tank"].broader == "tank"


def test_person_title_and_affiliation_recorded(gazetteer):
    d = _doc(1)
    ru = _m(d, 0, "Russian", "Country", "Russia")
    putin = Mention(Span(d.doc_id, 18, 32, "Vladimir Putin"), "Person", "Vladimir Putin",
                    "Vladimir Putin", title="President", affiliation=ru.span)
    r = resolve([DocExtraction(d, (ru, putin), ())], gazetteer)
    assert (r.entities["Vladimir Putin"].title, r.entities["Vladimir Putin"].affiliation) == (
        "President", "Russia")


def test_a_person_named_like_an_ambiguous_country_stays_a_person(gazetteer):
    d = _doc(1)
    r = resolve([DocExtraction(d, (_m(d, 0, "Jordan", "Person"),), ())], gazetteer)
    assert r.entities["Jordan (Person)"].cls == "Person"
    r = resolve([DocExtraction(d, (_m(d, 0, "France", "Person"),), ())], gazetteer)
    assert r.entities["France"].cls == "Country"

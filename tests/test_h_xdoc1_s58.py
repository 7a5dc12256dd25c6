"""A ship named after a person of another article keeps apart from that person (dev README E6:
a named ship is a Weapon, never a Person; issue 12, s58 h-xdoc1): an article's ship comes out
the same whether the article is built alone, after or before the other one."""

from kg.graph.resolve import resolve
from kg.model import DocExtraction, Mention, Span
from tests.test_h_ent79_s48 import _doc, _m


def _ship_article(d):
    """"the destroyer Ilya Vornakov sailed": a rule-named ship (its key is its own name)."""
    return DocExtraction(d, (_m(d, 14, "Ilya Vornakov", "Weapon", "Ilya Vornakov"),), ())


def _person_article(d):
    """"President Ilya Vornakov ... Vornakov said": the person of another article."""
    return DocExtraction(d, (_m(d, 10, "Ilya Vornakov", "Person"),
                             _m(d, 40, "Vornakov", "Person")), ())


def _misfire_article(d):
    """"its frigate, Defence Minister Ilya Vornakov said ... Mr Vornakov": a ship rule took the
    titled minister for a ship; the article names him again."""
    return DocExtraction(d, (_m(d, 30, "Ilya Vornakov", "Weapon", "Ilya Vornakov"),
                             Mention(Span(d.doc_id, 70, 78, "Vornakov"), "Person", None,
                                     "Vornakov")), ())


def _classes(r, doc_id):
    """The class of each node the document mentions, by the name a reader finds it under."""
    return {("Ilya Vornakov" if "Ilya Vornakov" in {e.key, *e.aliases} else e.key, e.cls)
            for e in r.entities.values() if doc_id in e.documents}


def test_ship_then_person_of_another_article_are_two_nodes(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    r = resolve([_ship_article(d1), _person_article(d2)], gazetteer)
    ship = r.entities["Ilya Vornakov (ship)"]
    assert ship.cls == "Weapon" and ship.documents == {d1.doc_id}
    assert r.entities["Ilya Vornakov"].cls == "Person"


def test_person_then_ship_of_another_article_are_two_nodes(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    r = resolve([_person_article(d1), _ship_article(d2)], gazetteer)
    assert r.entities["Ilya Vornakov (ship)"].documents == {d2.doc_id}
    assert r.entities["Ilya Vornakov"].documents == {d1.doc_id}


def test_ship_article_alone_and_together_gives_the_same_classes(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    alone = _classes(resolve([_ship_article(d1)], gazetteer), d1.doc_id)
    assert alone == {("Ilya Vornakov", "Weapon")}
    for order in ([_ship_article(d1), _person_article(d2)],
                  [_person_article(d2), _ship_article(d1)]):
        r = resolve(order, gazetteer)
        assert _classes(r, d1.doc_id) == alone
        assert _classes(r, d2.doc_id) == _classes(resolve([_person_article(d2)], gazetteer),
                                                  d2.doc_id)


def test_ship_rule_misfire_on_the_articles_own_person_stays_the_person(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    for order in ([_misfire_article(d1), _person_article(d2)],
                  [_person_article(d2), _misfire_article(d1)]):
        r = resolve(order, gazetteer)
        assert "Ilya Vornakov (ship)" not in r.entities
        assert r.entities["Ilya Vornakov"].cls == "Person"
        assert d1.doc_id in r.entities["Ilya Vornakov"].documents

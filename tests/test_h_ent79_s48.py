"""A ship keeps apart from its namesake (dev README E6, issue 12, s55 h-ent79): the class of a
name is not decided by another article's ship (or place) of that name."""

from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document, Mention, RelationMention, Span


def _m(doc, start, text, cls, key=None):
    return Mention(Span(doc.doc_id, start, start + len(text), text), cls, key, text)


def _doc(i):
    return Document(f"doc_{i:016x}", f"{i}.txt", f"{i}.txt", "", f"{i:064x}", "t")


def _ship_article(d):
    """"France sold Russia the frigate Zarnograd": a rule-named ship and a supply naming it."""
    seller = _m(d, 0, "France", "Country", "France")
    buyer = _m(d, 12, "Russia", "Country", "Russia")
    ship = _m(d, 34, "Zarnograd", "Weapon", "Zarnograd")
    sup = RelationMention("supplies", (("supplier", (seller,)), ("recipient", (buyer,)),
                                       ("item", (ship,))), Span(d.doc_id, 0, 60, "x"), "sold")
    return DocExtraction(d, (seller, buyer, ship), (sup,))


def test_ship_then_city_of_another_article_are_two_nodes(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    city = DocExtraction(d2, (_m(d2, 0, "Zarnograd", "Region"),), ())
    r = resolve([_ship_article(d1), city], gazetteer)
    assert r.entities["Zarnograd"].cls == "Region"
    assert r.entities["Zarnograd"].documents == {d2.doc_id}
    ship = r.entities["Zarnograd (ship)"]
    assert ship.cls == "Weapon" and ship.documents == {d1.doc_id} and "Zarnograd" in ship.aliases
    assert r.relations[0].role("item") == ("Zarnograd (ship)",)


def test_city_then_ship_of_another_article_are_two_nodes(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    city = DocExtraction(d1, (_m(d1, 0, "Zarnograd", "Region"), _m(d1, 20, "Zarnograd", "Region")),
                         ())
    r = resolve([city, _ship_article(d2)], gazetteer)
    assert r.entities["Zarnograd"].cls == "Region"
    assert r.entities["Zarnograd (ship)"].cls == "Weapon"
    assert r.relations[0].role("item") == ("Zarnograd (ship)",)


def test_ship_named_like_a_listed_city_is_not_the_city(gazetteer):
    d = _doc(1)
    ship = _m(d, 0, "Sevastopol", "Weapon", "Sevastopol")
    r = resolve([DocExtraction(d, (ship,), ())], gazetteer)
    assert r.entities["Sevastopol (ship)"].cls == "Weapon"
    assert "Sevastopol" not in r.entities


def test_one_ship_of_two_articles_stays_one_node(gazetteer):
    d1, d2 = _doc(1), _doc(2)
    # the second article names the ship without a ship cue: NER's Weapon, no rule key
    again = DocExtraction(d2, (_m(d2, 0, "Zarnograd", "Weapon"),), ())
    r = resolve([_ship_article(d1), _ship_article(_doc(3)), again], gazetteer)
    assert "Zarnograd (ship)" not in r.entities
    assert r.entities["Zarnograd"].cls == "Weapon"
    assert len(r.entities["Zarnograd"].documents) == 3

"""h-co1 (issue 12, stop 65): a firm's brand ("Acme") after its full name with a trade word
("Acme Aviation") is that firm, not a second node; the body naming the brand first keeps them
apart. And the Swedish armoured-vehicle maker is listed under its later name (E2)."""

from kg.extract.gazetteer import load_roles
from kg.graph.firm_short import fuller_firm, headline_end
from kg.graph.resolve import resolve
from kg.model import DocExtraction, Document, Mention, Span

SUFFIXES = load_roles().company_suffixes
HEADLINE = "Zorvek wins trainer order"


def _doc(text: str = "") -> Document:
    return Document("doc_00000000000000c1", "c1.txt", "c1.txt", text, "c1" * 32, HEADLINE)


def _m(doc: Document, start: int, text: str, cls: str = "Company", key: str | None = None
       ) -> Mention:
    return Mention(Span(doc.doc_id, start, start + len(text), text), cls, key, text)


def test_the_one_longer_name_with_a_trade_word():
    assert fuller_firm("Zorvek", {"Zorvek Aviation", "Kestrel"}, SUFFIXES) == "Zorvek Aviation"
    assert fuller_firm("Zorvek Heavy", {"Zorvek Heavy Industries"}, SUFFIXES) \
        == "Zorvek Heavy Industries"


def test_no_longer_name_when_two_fit_or_no_trade_word_ends_it():
    assert fuller_firm("Zorvek", {"Zorvek Aviation", "Zorvek Marine"}, SUFFIXES) is None
    assert fuller_firm("Zorvek", {"Zorvek Hallberg"}, SUFFIXES) is None
    assert fuller_firm("Zor", {"Zorvek Aviation"}, SUFFIXES) is None


def test_headline_end_with_and_without_the_text():
    assert headline_end(_doc()) == len(HEADLINE)
    assert headline_end(_doc("\n" + HEADLINE + "\n\nBody.")) == len(HEADLINE) + 1


def test_the_brand_after_the_full_name_is_that_firm(gazetteer):
    d = _doc()
    body = len(HEADLINE) + 2
    ms = (_m(d, 0, "Zorvek"), _m(d, body, "Zorvek Aviation"), _m(d, body + 80, "Zorvek"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert "Zorvek" not in r.entities
    assert r.entities["Zorvek Aviation"].mention_count == 3


def test_a_listed_brand_after_the_full_name_is_that_firm(gazetteer):
    d = _doc()
    body = len(HEADLINE) + 2
    ms = (_m(d, body, "Saab Aeronautics"), _m(d, body + 60, "Saab", key="Saab"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert "Saab" not in r.entities
    assert r.entities["Saab Aeronautics"].aliases == {"Saab"}


def test_a_brand_the_body_names_first_stays_apart(gazetteer):
    d = _doc()
    body = len(HEADLINE) + 2
    ms = (_m(d, body, "Zorvek"), _m(d, body + 50, "Zorvek Aviation"), _m(d, body + 90, "Zorvek"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert r.entities["Zorvek"].mention_count == 2
    assert r.entities["Zorvek Aviation"].mention_count == 1


def test_a_parent_before_a_unit_without_a_trade_word_stays_apart(gazetteer):
    d = _doc()
    body = len(HEADLINE) + 2
    ms = (_m(d, body, "Zorvek Hallberg"), _m(d, body + 70, "Zorvek"))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    assert set(r.entities) == {"Zorvek Hallberg", "Zorvek"}


def test_the_swedish_vehicle_maker_goes_by_its_later_name(gazetteer):
    for name in ("Hagglunds", "Hägglunds", "BAE Systems Hagglunds"):
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.label == "BAE Systems Hagglunds"
        assert entry.cls == "Company"


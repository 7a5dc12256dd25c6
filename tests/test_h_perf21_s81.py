"""h-perf21 (issue 13, stop 81): kg's own stages after the parse do less, with the same output.

``eras._named_states`` (asked up to three times a document, with keys that differ) answers as
before through ``_state_forms``; ``GraphBuilder._relation`` reads a
relation's roles and attrs from one dict each. Each answers as before. (``Resolver._doc_keys``'
fewer Span hashes are covered by the resolver's own tests.) Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.gazetteer import default_gazetteer, normalise_alias
from kg.graph import eras
from kg.graph.eras import _named_states, era_keys
from kg.graph.rdf import KG, GraphBuilder, build_graph
from kg.model import Document, Entity, Mention, Relation, Span

TEXT = "The Soviet Union and the Yugoslav army met in Moscow; Belgrade and Kenya watched."


def _mention(text: str, cls: str) -> Mention:
    start = TEXT.index(text)
    return Mention(Span("d", start, start + len(text), text), cls, lemma=text)


MENTIONS = (_mention("Soviet Union", "Country"), _mention("Yugoslav army", "Agency"),
            _mention("Moscow", "Region"), _mention("Belgrade", "Region"),
            _mention("Kenya", "Country"))
KEYS = {MENTIONS[0].span: "Soviet Union", MENTIONS[1].span: "Army (Yugoslavia)",
        MENTIONS[2].span: "Russia", MENTIONS[3].span: "Serbia", MENTIONS[4].span: "Kenya"}


def _reference(gazetteer, mentions, keys) -> set[str]:
    """_named_states as it read the mentions before (every form made on each call)."""
    era_names = {n for era in gazetteer.eras for n in era.names}
    named = set()
    for m in mentions:
        key, form = keys.get(m.span), normalise_alias(m.span.text)
        words = form.split()
        if key is None or not words or words[0] in era_names or form in era_names:
            continue
        state = eras._state(key)
        if state != key:
            named.add(state)
            continue
        entry = gazetteer.by_label.get(key)
        if entry is not None and entry.cls == "Country" and (
                form == normalise_alias(entry.label)
                or any(form == normalise_alias(a) for a in (*entry.aliases, *entry.exact)
                       if a.isupper() or " " in a)):
            named.add(key)
    return named


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def test_named_states_as_before(gazetteer):
    named = _named_states(gazetteer, MENTIONS, KEYS)
    assert named == _reference(gazetteer, MENTIONS, KEYS)
    # the era names "Moscow" and "Belgrade" name no state; the army names Yugoslavia
    assert {"Soviet Union", "Yugoslavia", "Kenya"} <= named
    assert "Russia" not in named and "Serbia" not in named


def test_named_states_follow_the_keys_of_each_call(gazetteer):
    """The same document asked again with other keys (as era_keys' output is): the keys are
    read anew on every call."""
    first = _named_states(gazetteer, MENTIONS, KEYS)
    moved = {**KEYS, MENTIONS[1].span: "Army (Serbia)", MENTIONS[4].span: None}
    second = _named_states(gazetteer, MENTIONS, moved)
    assert second == _reference(gazetteer, MENTIONS, moved) != first
    assert "Serbia" in second and "Yugoslavia" not in second and "Kenya" not in second


def test_named_states_of_another_document(gazetteer):
    """Another document's mentions (or a list, as tests pass) give their own states."""
    other = (_mention("Kenya", "Country"),)
    assert _named_states(gazetteer, MENTIONS, KEYS) != set()
    assert _named_states(gazetteer, other, {other[0].span: "Kenya"}) == {"Kenya"}
    assert _named_states(gazetteer, list(MENTIONS[:1]), KEYS) == {"Soviet Union"}


def test_era_keys_with_the_forms_kept(gazetteer):
    """"Moscow" beside "the Soviet Union" in a 1980 story is the Soviet Union."""
    doc = Document("d", "d.txt", "d.txt", TEXT, "0", "t", date=dt.date(1980, 3, 1))
    out = era_keys(gazetteer, doc, MENTIONS, KEYS)
    assert out[MENTIONS[2].span] == "Soviet Union"
    assert out[MENTIONS[3].span] == "Yugoslavia"


def _graph(relations: list[Relation], entities: list[Entity]):
    doc = Document("d", "d.txt", "d.txt", "", "0", "t", date=dt.date(2024, 5, 2))
    base = "https://example.org/kg/id/"
    return build_graph([doc], entities, relations, base, GraphBuilder(base))


def test_relation_triples_from_one_dict_each():
    """A signed pact's parties and label, a hedged deployment with its force, a supply's
    targets, a claim's place: what Relation.role/attr gave each."""
    from rdflib import Literal
    from rdflib.namespace import RDFS

    span = Span("d", 0, 40, "Chile and Peru signed the Lima Accord.")
    ents = [Entity("Chile", "Chile", "Country"), Entity("Peru", "Peru", "Country"),
            Entity("Lima Accord", "Lima Accord", "Agreement"),
            Entity("Tacna", "Tacna", "Region"), Entity("tanks", "tanks", "Weapon")]
    rels = [
        Relation("signed", (("party", ("Chile", "Peru")), ("agreement", ("Lima Accord",))),
                 span, "signed"),
        Relation("deploys", (("deployer", ("Chile",)), ("destination", ("Tacna",))),
                 Span("d", 41, 80, "Chile may deploy marines to Tacna."), "deploy",
                 attrs=(("certainty", "hedged"), ("force", "marines"))),
        Relation("supplies", (("supplier", ("Peru",)), ("recipient", ("Chile",)),
                              ("item", ("tanks",))),
                 Span("d", 81, 110, "Peru sold tanks to Chile."), "sold"),
        Relation("reports", (("claimant", ("Peru",)), ("about", ("Chile", "Tacna"))),
                 Span("d", 111, 150, "Peru said Chile moved into Tacna."), "said",
                 attrs=(("statement", "Chile moved into Tacna"),)),
    ]
    graph = _graph(rels, ents)
    labels = {str(o) for s, o in graph.subject_objects(RDFS.label)}
    assert {"Chile and Peru signed Lima Accord", "Chile deploys to Tacna",
            "Peru supplies Chile, tanks", "Peru reports"} <= labels
    assert set(graph.objects(None, KG.force)) == {Literal("marines")}
    assert Literal("hedged") in set(graph.objects(None, KG.certainty))
    assert Literal("asserted") in set(graph.objects(None, KG.certainty))  # the claim's
    assert set(graph.objects(None, KG.statement)) == {Literal("Chile moved into Tacna")}
    assert len(set(graph.objects(None, KG.place))) == 1  # Tacna, the claim's one Region

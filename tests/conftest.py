"""Shared fixtures: one spaCy pipeline and one build of the sample corpus per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.gazetteer import default_gazetteer, default_relation_rules

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()


@pytest.fixture(scope="session")
def rules():
    return default_relation_rules()


@pytest.fixture(scope="session")
def nlp(gazetteer):
    from kg.extract.nlp import load_pipeline

    return load_pipeline(None, gazetteer)


@pytest.fixture(scope="session")
def sample_build():
    """The sample corpus built once, in process (the CLI run is tested separately)."""
    from kg.building.pipeline import build

    return build([SAMPLES])


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    return sample_build.graph


@pytest.fixture(scope="session")
def sample_graph_file(sample_graph, tmp_path_factory):
    """The sample graph written as Turtle, for commands that read a graph file."""
    from kg.graph.rdf import to_turtle

    path = tmp_path_factory.mktemp("sample-graph") / "graph.ttl"
    path.write_bytes(to_turtle(sample_graph))
    return path


@pytest.fixture()
def target():
    """A loopback HTTP server that must never be called: yields (URL, list of paths called).
    It answers as a SPARQL endpoint would, so a call that does happen succeeds and shows."""
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/x", hits
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="session")
def run(nlp, rules, gazetteer):
    """Text → (mentions, relation mentions) with the default pipeline and rules."""
    from kg.extract import extract_mentions, extract_relations

    def _run(text: str):
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return mentions, extract_relations(doc, "d", rules, mentions)

    return _run


@pytest.fixture(scope="session")
def role_pairs(run):
    """Text → (first role, second role) of each mention of one relation, by key, else by name.

    Roles default to the relation's two scored roles; ``unhedged`` leaves hedged mentions out."""
    scored = {"supplies": ("supplier", "recipient"), "deploys": ("deployer", "destination")}

    def _pairs(text: str, relation: str = "supplies", roles: tuple[str, str] | None = None, *,
               unhedged: bool = False) -> set[tuple[str, str]]:
        first, second = roles or scored[relation]
        _, rels = run(text)
        return {(a.key or a.lemma, b.key or b.lemma) for r in rels
                if r.relation == relation and not (unhedged and r.attr("hedge"))
                for a in r.role(first) for b in r.role(second)}

    return _pairs


@pytest.fixture(scope="session")
def relations(nlp, rules, gazetteer):
    """Text → (relation, role → keys or texts) of every relation of ``text``."""
    from kg.extract import extract_mentions, extract_relations

    def _run(text: str) -> list[tuple[str, dict[str, list[str]]]]:
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return [(r.relation, {n: [m.key or m.span.text for m in v] for n, v in r.roles})
                for r in extract_relations(doc, "d", rules, ms)]

    return _run


@pytest.fixture(scope="session")
def resolved(nlp, rules, gazetteer):
    """Text → the resolved entities of a one-document build (its years read from the text, as
    ingest reads them), after the resolver has finished."""
    import hashlib

    from kg.extract.runner import Extractor
    from kg.graph.resolve import resolve
    from kg.inputs.years import dateline_year, latest_year
    from kg.model import Document

    def _run(text: str) -> list:
        digest = hashlib.sha256(text.encode()).hexdigest()
        doc = Document("doc_" + digest[:16], "a.txt", "a.txt", text, digest, "Report",
                       year_named=latest_year(text), year_dated=dateline_year(text))
        resolver = resolve(list(Extractor(nlp, rules, gazetteer.not_entities).extract([doc])),
                           gazetteer)
        resolver.finish(rules)
        return list(resolver.entities.values())

    return _run


@pytest.fixture(scope="module")
def claims(nlp, rules, gazetteer):
    """Text → (claimant key or text, statement) of every claim (test files with a fixture of
    their own of this name keep theirs)."""
    from kg.extract import extract_mentions, extract_relations

    def _run(text: str) -> list[tuple[str, str]]:
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return [(m.key or m.span.text, r.attr("statement") or "")
                for r in extract_relations(doc, "d", rules, ms) if r.relation == "reports"
                for m in r.role("claimant")]

    return _run


@pytest.fixture(scope="module")
def speakers(claims):
    """(text, words of a statement) → the claimants of the claims whose statement holds them."""

    def _run(text: str, said: str) -> list[str]:
        return [c for c, s in claims(text) if said in s]

    return _run


@pytest.fixture(scope="session")
def supply_keys(run):
    """Text → the (supplier, recipient, item) of each supply, by key, else by name."""

    def _run(text: str) -> set[tuple[str, str, str]]:
        _, rels = run(text)
        return {(s.key or s.lemma, r.key or r.lemma, i.key or i.lemma)
                for x in rels if x.relation == "supplies"
                for s in x.role("supplier") for r in x.role("recipient") for i in x.role("item")}

    return _run


@pytest.fixture(scope="session")
def supply_lines(run):
    """Text → each supply line with a supplier: (the first supplier's key, its recipients' and
    its items' keys or names, in order), so a line with no recipient or item shows as such."""

    def _lines(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        _, rels = run(text)
        return {(x.role("supplier")[0].key or "",
                 tuple(m.key or m.lemma for m in x.role("recipient")),
                 tuple(m.key or m.lemma for m in x.role("item")))
                for x in rels if x.relation == "supplies" and x.role("supplier")}

    return _lines


@pytest.fixture(scope="session")
def supply_pairs(run):
    """Text → the (supplier, recipient) of each supply, by key, else by name (a supply with no
    item counts too, unlike ``supply_keys``)."""

    def _pairs(text: str) -> set[tuple[str, str]]:
        _, rels = run(text)
        return {(s.key or s.lemma, r.key or r.lemma) for x in rels if x.relation == "supplies"
                for s in x.role("supplier") for r in x.role("recipient")}

    return _pairs


@pytest.fixture(scope="session")
def coref_keys(nlp, rules, gazetteer):
    """(Text, word) → the key (else the text) of what ``coreference`` alone (no dateline state,
    no plural pass) gives each ``word`` of the text, in order; None for one it leaves alone."""
    from kg.extract import extract_mentions
    from kg.extract.relations.coreference import coreference

    def _run(text: str, word: str) -> list[str | None]:
        doc = nlp(text)
        ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        by_token = {t.i: m for m in ms for t in doc.char_span(m.span.start, m.span.end) or ()}
        found = coreference(doc, rules, by_token)
        return [(found[t.i].key or found[t.i].span.text) if t.i in found else None
                for t in doc if t.lower_ == word]

    return _run

"""Graph builders for the visualisation tests, shaped like docs/graph-model.md's example."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

KG = Namespace("https://example.org/kg/ontology#")
ID = Namespace("https://example.org/kg/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> & \u2028 "q"\n'


@dataclass
class Builder:
    """Adds entities, documents and events the way the graph builder writes them."""

    graph: Graph = field(default_factory=Graph)
    count: int = 0

    def _mint(self, prefix: str) -> URIRef:
        self.count += 1
        return ID[f"{prefix}_{self.count:05d}"]

    def entity(
        self,
        name: str,
        cls: str,
        *,
        aliases: tuple[str, ...] = (),
        docs: tuple[URIRef, ...] = (),
        wikidata: str | None = None,
    ) -> URIRef:
        node = ID[quote(name.replace(" ", "_"), safe="")]
        g = self.graph
        g.add((node, RDF.type, KG[cls]))
        g.add((node, RDFS.label, Literal(name, datatype=XSD.string)))
        for alias in aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        for doc in docs:
            g.add((node, KG.mentionedIn, doc))
        g.add((node, KG.mentionCount, Literal(max(1, 2 * len(docs)))))
        if wikidata:
            g.add((node, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/{wikidata}")))
        return node

    def document(self, file_name: str, title: str = "An article") -> URIRef:
        doc = self._mint("doc")
        self.graph.add((doc, RDF.type, KG.Document))
        self.graph.add((doc, KG.fileName, Literal(file_name)))
        self.graph.add((doc, KG.sha256, Literal("ab12" * 16)))
        self.graph.add((doc, URIRef("http://purl.org/dc/terms/title"), Literal(title)))
        return doc

    def _event(self, cls: str, label: str, doc: URIRef, sentence: str) -> URIRef:
        event = self._mint("event" if cls != "Claim" else "claim")
        evidence = self._mint("evidence")
        g = self.graph
        g.add((event, RDF.type, KG[cls]))
        g.add((event, RDFS.label, Literal(label)))
        g.add((event, KG.evidence, evidence))
        g.add((event, PROV.wasDerivedFrom, doc))
        g.add((evidence, RDF.type, KG.Evidence))
        g.add((evidence, KG.inDocument, doc))
        g.add((evidence, KG.sentence, Literal(sentence)))
        g.add((evidence, KG.startChar, Literal(self.count)))
        g.add((evidence, KG.endChar, Literal(self.count + len(sentence))))
        return event

    def supply(
        self, supplier: URIRef, doc: URIRef, sentence: str, *, recipient=None, items=()
    ) -> URIRef:
        g = self.graph
        event = self._event("SupplyEvent", "supply", doc, sentence)
        g.add((event, KG.supplier, supplier))
        g.add((event, KG.trigger, Literal("supplying")))
        for target, role in [(recipient, KG.recipient)] + [(i, KG.item) for i in items]:
            if target is not None:
                g.add((event, role, target))
                g.add((supplier, KG.supplies, target))
        return event

    def deploy(self, deployer: URIRef, destination: URIRef, doc: URIRef, sentence: str) -> URIRef:
        event = self._event("DeploymentEvent", "deploy", doc, sentence)
        self.graph.add((event, KG.deployer, deployer))
        self.graph.add((event, KG.destination, destination))
        self.graph.add((deployer, KG.deploys, destination))
        return event

    def sign(self, parties: tuple[URIRef, ...], agreement: URIRef, doc: URIRef, sentence: str):
        event = self._event("SigningEvent", "sign", doc, sentence)
        self.graph.add((event, KG.agreement, agreement))
        for party in parties:
            self.graph.add((event, KG.party, party))
            self.graph.add((party, KG.signed, agreement))
        return event

    def claim(
        self,
        claimant: URIRef,
        about: tuple[URIRef, ...],
        doc: URIRef,
        sentence: str,
        statement: str,
    ) -> URIRef:
        claim = self._event("Claim", "claim", doc, sentence)
        self.graph.add((claim, KG.claimant, claimant))
        self.graph.add((claim, KG.statement, Literal(statement)))
        for target in about:
            self.graph.add((claim, KG.about, target))
        self.graph.add((claimant, KG.reports, claim))
        return claim


def example_graph() -> Graph:
    """Nine entities of all seven classes, every relation, a claim, two documents."""
    b = Builder()
    d0 = b.document("000_76ef6d1dfa1e6e91.txt", title="Seoul counts North Korean losses")
    d1 = b.document("001_d5b554a282af7b66.txt", title="Pyongyang's shells reach Moscow")
    nk = b.entity(
        "North Korea", "Country", aliases=("Pyongyang", "the North"), docs=(d0, d1), wikidata="Q423"
    )
    ru = b.entity("Russia", "Country", aliases=("Moscow",), docs=(d0, d1), wikidata="Q159")
    mlrs = b.entity("240mm rocket launcher", "Weapon", docs=(d0,))
    shells = b.entity("artillery shell", "Weapon", aliases=("shells",), docs=(d1,))
    jcs = b.entity("Joint Chiefs of Staff", "Agency", aliases=("JCS",), docs=(d0,))
    yonhap = b.entity("Yonhap", "MediaOutlet", docs=(d0, d1))
    kursk = b.entity("Kursk", "Region", aliases=("Kursk region",), docs=(d0, d1))
    b.entity("Kim Jong Un", "Person", docs=(d1,))
    treaty = b.entity("Comprehensive Strategic Partnership Treaty", "Agreement", docs=(d1,))
    b.supply(
        nk,
        d0,
        "North Korea has been supplying Russia with 240mm rocket launchers.",
        recipient=ru,
        items=(mlrs,),
    )
    b.supply(nk, d1, "Pyongyang sent millions of shells to Moscow.", recipient=ru, items=(shells,))
    b.deploy(nk, kursk, d0, "North Korea deployed about 12,000 troops to the Kursk region.")
    b.sign((nk, ru), treaty, d1, "Kim Jong Un and Putin signed the partnership treaty in June.")
    b.claim(
        jcs,
        (nk,),
        d0,
        "The JCS said about 1,100 North Korean troops were killed or wounded.",
        "about 1,100 North Korean troops were killed or wounded",
    )
    b.claim(yonhap, (nk, kursk), d1, "Yonhap reported fighting near Kursk.", "fighting near Kursk")
    return b.graph


def hostile_graph(payload: str = HOSTILE) -> Graph:
    """Every kind of graph text carries ``payload``: labels, aliases, sentences, file names."""
    b = Builder()
    doc = b.document(f"evil{payload}.txt", title=payload)
    bad = b.entity(f"Evil {payload}", "Person", aliases=(payload, f"x{payload}"), docs=(doc,))
    ru = b.entity("Russia", "Country", docs=(doc,))
    weapon = b.entity(f"gun{payload}", "Weapon", docs=(doc,))
    b.supply(bad, doc, f"He said {payload} and left.", recipient=ru, items=(weapon,))
    b.claim(ru, (bad,), doc, f"Moscow said {payload}.", f"statement {payload}")
    return b.graph


def synthetic_graph(n: int, *, seed: int = 1) -> Graph:
    """``n`` entities over every class and about 1.2·n evidenced relations, deterministic."""
    rng = random.Random(seed)
    b = Builder()
    docs = [b.document(f"{i:03d}_synthetic.txt") for i in range(40)]
    classes = ("Country", "Agency", "MediaOutlet", "Person", "Region", "Weapon", "Agreement")
    by_class: dict[str, list[URIRef]] = {c: [] for c in classes}
    for i in range(n):
        cls = classes[i % len(classes)]
        picked = tuple(rng.sample(docs, rng.randint(1, 4)))
        by_class[cls].append(b.entity(f"{cls} {i}", cls, aliases=(f"alias {i}",), docs=picked))
    actors = by_class["Country"] + by_class["Agency"] + by_class["Person"]
    places = by_class["Region"] + by_class["Country"]
    for _ in range(int(1.2 * n)):
        doc, kind, src = rng.choice(docs), rng.random(), rng.choice(actors)
        if kind < 0.4:
            b.supply(src, doc, "x supplies y.", items=(rng.choice(by_class["Weapon"]),))
        elif kind < 0.7:
            b.deploy(src, rng.choice(places), doc, "x deploys to y.")
        elif kind < 0.85:
            b.sign((src,), rng.choice(by_class["Agreement"]), doc, "x signed y.")
        else:
            b.claim(rng.choice(by_class["MediaOutlet"]), (src,), doc, "m said x.", "x did it")
    return b.graph


def entity_count(graph: Graph) -> int:
    """Distinct entities, counted independently of kg.outputs.viz."""
    classes = ("Country", "Agency", "MediaOutlet", "Person", "Region", "Weapon", "Agreement")
    return len({s for c in classes for s in graph.subjects(RDF.type, KG[c])})


def corpus_graph(articles: int, *, seed: int = 1) -> Graph:
    """A graph shaped like kg's output for ``articles`` news articles (~0.55 entities and ~8
    relation or claim sentences per article; claims by a few dozen sources about the best known
    entities, a third of them with figures), deterministic.
    Parsing 1,000 articles through spaCy takes minutes; this gives the page the same load."""
    from rdflib.namespace import DCTERMS

    rng = random.Random(seed)
    b = Builder()
    start = 19_700  # days since 1970: mid-2023
    docs = []
    for i in range(articles):
        doc = b.document(f"{i:04d}_synthetic.txt", title=f"Article {i} about the war")
        b.graph.add((doc, DCTERMS.date, Literal(
            _iso(start + rng.randint(0, 540)), datatype=XSD.date)))
        docs.append(doc)
    n = max(20, int(0.55 * articles))
    classes = ("Country", "Agency", "MediaOutlet", "Person", "Region", "Weapon", "Agreement")
    by_class: dict[str, list[URIRef]] = {c: [] for c in classes}
    for i in range(n):
        cls = classes[i % len(classes)]
        by_class[cls].append(b.entity(f"{cls} {i}", cls, aliases=(f"alias {i}",),
                                      docs=tuple(rng.sample(docs, rng.randint(1, 6)))))
    actors = by_class["Country"] + by_class["Agency"] + by_class["Person"]
    places = by_class["Region"] + by_class["Country"]
    # a few hubs get most of the relations, as in the news
    hub = [rng.choice(actors) for _ in range(12)]
    sources = by_class["MediaOutlet"][:15] + actors[:25]
    known = actors[:60]
    for doc in docs:
        date = b.graph.value(doc, DCTERMS.date)
        for _ in range(8):
            src = rng.choice(hub) if rng.random() < 0.5 else rng.choice(actors)
            kind = rng.random()
            if kind < 0.15:
                node = b.supply(src, doc, "x supplies y.", recipient=rng.choice(actors),
                                items=(rng.choice(by_class["Weapon"]),))
            elif kind < 0.3:
                node = b.deploy(src, rng.choice(places), doc, "x deploys to y.")
            elif kind < 0.35:
                node = b.sign((src,), rng.choice(by_class["Agreement"]), doc, "x signed y.")
            else:
                about = tuple({rng.choice(known) for _ in range(rng.randint(1, 3))})
                node = b.claim(rng.choice(sources), about, doc,
                               "m said x.", "x did it")
                if rng.random() < 0.3:
                    fig = URIRef(f"{node}_figure0")
                    b.graph.add((node, KG.figure, fig))
                    b.graph.add((fig, RDF.type, KG.Figure))
                    b.graph.add((fig, KG.value, Literal(rng.randint(1, 50) * 100)))
                    b.graph.add((fig, KG.asStated, Literal("about 1,000")))
                    b.graph.add((fig, KG.unit, Literal("killed")))
                    b.graph.add((fig, KG.measure, Literal("casualties")))
                    b.graph.add((fig, KG.figureSubject, rng.choice(by_class["Country"])))
            for prop, value in ((KG.dateStart, date), (KG.dateEnd, date),
                                (KG.datePrecision, Literal("day")),
                                (KG.dateSource, Literal("publication"))):
                b.graph.add((node, prop, value))
    return b.graph


def _iso(day: int) -> str:
    import datetime as dt

    return (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()

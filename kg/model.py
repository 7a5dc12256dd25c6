"""Typed records passed between the pipeline stages.

documents → mentions/relation mentions (extract) → entities/relations (resolve) → RDF.
Offsets are character offsets into ``Document.text`` (end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ENTITY_CLASSES = (
    "Country", "Agency", "Company", "MediaOutlet", "Person", "Region", "Weapon", "Agreement",
)
RELATIONS = ("supplies", "deploys", "reports", "signed")


@dataclass(frozen=True)
class Document:
    """One input article, decoded; ``text`` is what offsets refer to."""

    doc_id: str  # stable, IRI-safe: "doc_" + first 16 hex of sha256
    path: str  # path as discovered (for messages)
    name: str  # file name
    text: str
    sha256: str  # of the raw file bytes
    title: str  # first non-empty line, stripped
    date: date | None = None  # publication date when the text gives one
    # The latest year the text names ("in 1977"): dates era-aware names ("Moscow" before 1992
    # is the Soviet Union, kg/graph/eras.py) when ``date`` is None.
    year_named: int | None = None
    url: str | None = None  # the article's address, as the page, feed or record gave it
    outlet: str | None = None  # publisher / site name, as given
    author: str | None = None  # byline, as given
    # Where in ``path`` the article is when the file holds many (a JSONL line, a feed entry,
    # a WARC record): None for a one-article file, which workers can re-read by path.
    record: str | None = None
    # The year a dateline gives ("VIENNA, November 4 (1956) -"): the story's own year when
    # ``date`` is None, where ``year_named`` is only a lower bound (kg/graph/eras.py).
    year_dated: int | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that was not processed, and why (one line, for the user)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Span:
    """A stretch of a document."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """An entity mention as found in the text, before resolution."""

    span: Span
    cls: str  # one of ENTITY_CLASSES
    key: str | None = None  # canonical id when a gazetteer pattern matched
    lemma: str = ""  # normalised surface form (no article/possessive, singular head)
    # People: the role as written beside the name ("President") and the span of the mention
    # of the country or agency it is held in ("Russian President Vladimir Putin" → "Russian").
    title: str | None = None
    affiliation: Span | None = None
    # People: the name with the run of titles written just before it ("President George Bush"),
    # another form a reader names them by (kg.extract.titled)
    titled: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number stated in a claim: "approximately 1,100 casualties"."""

    value: int | float
    text: str  # the number as written, qualifier included
    qualifier: str | None = None  # "approximately", "at least", "more than", …
    unit: str | None = None  # "killed", "wounded", "killed or wounded", "deployed", "USD", …
    measure: str | None = None  # what was claimed: "casualties", "troops deployed", "payment"
    counted: str | None = None  # the counted noun phrase: "North Korean troops"


@dataclass(frozen=True)
class RelationMention:
    """One relation instance in one sentence, with role → mentions."""

    relation: str  # one of RELATIONS
    # e.g. (("supplier", (m,)), ("item", (m1, m2)))
    roles: tuple[tuple[str, tuple[Mention, ...]], ...]
    sentence: Span
    trigger: str
    attrs: tuple[tuple[str, str], ...] = ()  # literal roles: ("date", "June"), ("force", "…")
    figures: tuple[Figure, ...] = ()  # numbers stated in a claim

    def role(self, name: str) -> tuple[Mention, ...]:
        return dict(self.roles).get(name, ())

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass(frozen=True)
class DocExtraction:
    """Everything extracted from one document."""

    doc: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    timed_out: bool = False  # parsing passed the per-document time cap: nothing extracted
    error: str = ""  # extraction failed on this document (what went wrong): nothing extracted


@dataclass
class Entity:
    """A resolved real-world thing: one node in the graph."""

    key: str  # canonical name; the IRI is minted from it
    label: str
    cls: str
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)  # doc_ids
    mention_count: int = 0
    wikidata: str | None = None
    broader: str | None = None  # key of a more generic entity
    part_of: str | None = None  # key of the containing entity
    title: str | None = None  # a person's role, e.g. "President"
    affiliation: str | None = None  # key of the country/agency a person's role is held in
    # doc_id → the lower-case descriptions it was mentioned by there ("navy", "the treaty"):
    # no aliases (they name any navy), but the node's forms in that document
    descriptions: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """A resolved relation instance: roles point at entity keys."""

    relation: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    evidence: Span
    trigger: str
    attrs: tuple[tuple[str, str], ...] = ()
    figures: tuple[Figure, ...] = ()

    def role(self, name: str) -> tuple[str, ...]:
        return dict(self.roles).get(name, ())

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)

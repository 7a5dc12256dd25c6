"""The page's and summary's data in parts, one per subject, before anything is numbered.

The page (:func:`kg.outputs.viz.graph_view`) numbers documents and sentences in the order its
events are met, so one new article renumbers the whole page. What each event, claim,
document, sentence, figure, conflict group and entity contributes does not change, though:
:class:`ViewParts` holds those contributions keyed by IRI, :func:`view_parts` reads them from
a graph, and :func:`kg.outputs.viz.view_from_parts` makes the page data from them.
``kg build`` does exactly that and keeps the parts next to its outputs (``DIR/.kg-view.json``);
``kg add`` reads them back, reads the parts of what it adds from the small graph of the new
articles (:meth:`ViewParts.grown`), and draws the page and summary through the same
function, without the whole graph.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib.term import Node

from kg import jsonbytes
from kg.heap import paused_gc
from kg.outputs.evidence import KG, PROV, RDF, RDFS, Evidence, _number, _text

VIEW_NAME = ".kg-view.json"
FORMAT = 2  # 2: kg add appends to the file
# Classes the summary counts (kg.outputs.report._counts_section).
COUNTED = ("Document", "Claim", "Figure", "SupplyEvent", "DeploymentEvent", "SigningEvent")
_CODE = ("viz.py", "evidence.py", "report.py", "parts.py")  # what the parts mean


def code_digest() -> str:
    """Digest of the modules that make and read parts: parts written by another kg are not
    used (the page would silently be another kg's)."""
    h = hashlib.sha256(str(FORMAT).encode())
    for name in _CODE:
        h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()


class PartsError(ValueError):
    """The parts cannot be used for this build (other build, other kg, unreadable)."""


@dataclass
class ViewParts:
    """What the page and the summary draw, per subject (IRIs as str; see the module doc).

    - ``entities``: IRI → [label, class, aliases (at most viz.ALIAS_CAP), alias count,
      Wikidata URL, documents, mentions];
    - ``pairs``: (relation, subject, object) of the binary triples and claim links;
    - ``events``: relation → event or claim IRI → [sources, targets, statement, own date
      interval or None, date as written, spans, claim], each span [evidence, document,
      claimants, certainty]; ``claim`` (claims only): [about, figures, claimants,
      date, documents, names of claimants that are no entities];
    - ``sentences``: evidence IRI → [text, start, end];
    - ``docs``: document IRI → [file, title, date, url, publisher label, publisher, sha256,
      is a kg:Document] (None where the graph has no value);
    - ``figures``: figure IRI → [value, as stated, qualifier, unit, measure, counted, subject,
      summary sort key, summary text];
    - ``groups``: conflict group IRI → [unit, period, member figures];
    - ``counts``: subjects of each ``COUNTED`` class; ``triples``: the graph's size;
    - ``texts``: sha256 → article text, for the page's reader.

    The file (``VIEW_NAME``) holds one line naming the build, one of the build's parts, and
    for each kg add one line of what it added (with ``joined``: the conflict groups that grew)
    and one naming the build it made (:meth:`appendix`): kg add appends those two lines
    instead of writing the file again.
    """

    entities: dict[str, list] = field(default_factory=dict)
    pairs: set[tuple[str, str, str]] = field(default_factory=set)
    events: dict[str, dict[str, list]] = field(default_factory=dict)
    sentences: dict[str, list] = field(default_factory=dict)
    docs: dict[str, list] = field(default_factory=dict)
    figures: dict[str, list] = field(default_factory=dict)
    groups: dict[str, list] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    texts: dict[str, str] = field(default_factory=dict)
    # conflict group → figures added to it (kg add: groups that existed before are not typed
    # in the new articles' graph)
    joined: dict[str, set[str]] = field(default_factory=dict)
    # Where the lines of the build these parts were read for end in the file (kg add appends
    # there), and the line of the addition they grew by: kg add's part of the file.
    end: int | None = None
    added: bytes | None = None

    def grown(self, new: ViewParts, triples: int, texts: Mapping[str, str]) -> ViewParts:
        """These parts with those of an addition (``new``, :func:`view_parts` of the graph
        of the new articles and the entities they changed, whose ``texts`` are given), for a
        graph of ``triples``; PartsError when ``new`` would replace a subject's parts that
        only entities may change (it then is not an addition)."""
        new = replace(new, texts=dict(texts))
        for mine, theirs in ((self.docs, new.docs), (self.sentences, new.sentences),
                             (self.figures, new.figures),
                             *((self.events.get(r, {}), e) for r, e in new.events.items())):
            if not mine.keys().isdisjoint(theirs):
                raise PartsError("the addition changes earlier documents' parts")
        events = {rel: {**self.events.get(rel, {}), **new.events.get(rel, {})}
                  for rel in {*self.events, *new.events}}
        groups = dict(self.groups)
        for iri, (unit, period, members) in new.groups.items():
            groups[iri] = [unit, period, members]
        for iri, members in new.joined.items():
            if iri not in groups:
                raise PartsError(f"conflict group {iri} is in no parts")
            unit, period, old = groups[iri]
            groups[iri] = [unit, period, sorted({*old, *members})]
        return ViewParts({**self.entities, **new.entities}, self.pairs | new.pairs, events,
                         {**self.sentences, **new.sentences}, {**self.docs, **new.docs},
                         {**self.figures, **new.figures}, groups,
                         dict(Counter(self.counts) + Counter(new.counts)), triples,
                         {**self.texts, **new.texts}, end=self.end,
                         added=None if self.end is None else new._line())

    def _line(self) -> bytes:
        """These parts as one line of JSON (``triples`` left out: the file's first line)."""
        return b"".join(self._line_pieces())

    def _line_pieces(self) -> Iterator[bytes]:
        """:meth:`_line` a piece per key, each made as it is taken (the same bytes joined)."""
        data = {"counts": lambda: self.counts, "entities": lambda: self.entities,
                "pairs": lambda: sorted(self.pairs), "events": lambda: self.events,
                "sentences": lambda: self.sentences, "docs": lambda: self.docs,
                "figures": lambda: {iri: _finite(row) for iri, row in self.figures.items()},
                "groups": lambda: self.groups, "texts": lambda: self.texts,
                "joined": lambda: {k: sorted(v) for k, v in self.joined.items()}}
        for i, (key, value) in enumerate(data.items()):
            # kg.jsonbytes: json.dumps's bytes (lone surrogates of a file name that is not
            # UTF-8 passed through), a dict's being its keys' and values' in order
            yield (b',"' if i else b'{"') + key.encode("ascii") + b'":'
            yield jsonbytes.dumps(value())
        yield b"}"

    def to_json(self, documents: str) -> bytes:
        """The sidecar file of a build whose catalog digest is ``documents``: a line naming
        the build (with the SHA-256 of the next), then its parts."""
        return b"".join(self.json_pieces(documents))

    def json_pieces(self, documents: str) -> Iterator[bytes]:
        """:meth:`to_json` in pieces made as they are taken, for a caller that writes them one
        after the other: the parts line of 10,000 articles (~90 MB) is never held whole, at the
        cost of encoding it twice (once for the SHA-256 the first line holds; ~0.1 s)."""
        digest = hashlib.sha256()
        for piece in self._line_pieces():
            digest.update(piece)
        head = {"format": FORMAT, "code": code_digest(), "documents": documents,
                "triples": self.triples, "sha256": digest.hexdigest()}
        yield json.dumps(head).encode("ascii") + b"\n"
        yield from self._line_pieces()
        yield b"\n"

    def appendix(self, documents: str) -> bytes:
        """What an addition appends to the file these parts were read from (at ``end``): the
        line of what it added, and one naming the build it made (catalog digest
        ``documents``, ``triples``) with that line's SHA-256."""
        assert self.added is not None, "parts that were not read from a file and grown"
        tail = {"documents": documents, "triples": self.triples,
                "sha256": hashlib.sha256(self.added).hexdigest()}
        return b"".join((self.added, b"\n", json.dumps(tail).encode("ascii"), b"\n"))

    def append_to(self, path: Path, documents: str) -> None:
        """Append :meth:`appendix` to ``path`` at ``end`` (anything after it, which a failed
        addition left, goes), synced. A build that goes on reading the file finds its own lines
        first: an appendix whose addition then fails is never read."""
        assert self.end is not None, "parts that were not read from a file"
        data = self.appendix(documents)
        with path.open("r+b") as fh:
            fh.seek(self.end)
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())

    @classmethod
    def read(cls, path: Path, documents: str, triples: int) -> ViewParts:
        """The parts in ``path`` if they were written for the build whose catalog digest is
        ``documents`` and graph has ``triples`` triples (by kg build, or grown to it by kg add),
        by this kg; PartsError otherwise."""
        try:
            data = path.read_bytes()
            head_end = data.index(b"\n") + 1
            head = json.loads(data[:head_end])
        except FileNotFoundError:
            raise PartsError(f"no {path.name}") from None
        except (OSError, ValueError) as exc:
            raise PartsError(f"cannot read {path.name}: {exc}") from None
        if not isinstance(head, dict) or head.get("format") != FORMAT:
            raise PartsError(f"{path.name} has another format")
        if head.get("code") != code_digest():
            raise PartsError(f"{path.name} was written by another version of kg")
        lines, end, found = [], head_end, None
        while True:  # each line, checked; then the build it made (the first, the head)
            line_end = data.find(b"\n", end)
            made = head if end == head_end else None
            if line_end < 0:
                break
            line = data[end:line_end]
            if made is None:
                made_end = data.find(b"\n", line_end + 1)
                try:
                    made = json.loads(data[line_end + 1:made_end]) if made_end >= 0 else None
                except ValueError:
                    made = None
                line_end = made_end
            if not isinstance(made, dict) or made.get("sha256") != (
                    hashlib.sha256(line).hexdigest()):
                break  # cut short, edited, or an addition's that never finished
            lines.append(line)
            end = line_end + 1
            if made.get("documents") == documents and made.get("triples") == triples:
                found = (end, len(lines))
        if found is None:
            raise PartsError(f"{path.name} is not this build's" if lines
                             else f"{path.name} is not as kg wrote it")
        end, count = found
        try:
            with paused_gc():
                parts = [cls._of_line(line) for line in lines[:count]]
            grown = parts[0]
            for more in parts[1:]:
                grown = grown.grown(more, triples, more.texts)
        except (KeyError, TypeError, ValueError) as exc:  # PartsError is a ValueError
            raise PartsError(f"{path.name} is not whole: {exc}") from None
        return replace(grown, triples=triples, end=end, added=None)

    @classmethod
    def _of_line(cls, line: bytes) -> ViewParts:
        data = jsonbytes.loads(line)
        figures = {iri: _floats(row) for iri, row in data["figures"].items()}
        return cls(data["entities"], {tuple(p) for p in data["pairs"]}, data["events"],
                   data["sentences"], data["docs"], figures, data["groups"],
                   data["counts"], 0, data["texts"],
                   {k: set(v) for k, v in data["joined"].items()})


def _finite(row: list) -> list:
    """A figure's part as JSON holds it: a float that is not finite (the summary's sort key of
    a value that is no number is infinite) as ``{"float": "inf"}``, which orjson cannot write
    (kg.jsonbytes) and JSON has no number for."""
    if all(not isinstance(x, float) or math.isfinite(x) for x in row):
        return row
    return [{"float": repr(x)} if isinstance(x, float) and not math.isfinite(x) else x
            for x in row]


def _floats(row: list) -> list:
    """The figure's part of :func:`_finite`'s."""
    if not any(isinstance(x, dict) for x in row):
        return row
    return [float(x["float"]) if isinstance(x, dict) else x for x in row]


def view_parts(graph: Any, texts: Mapping[str, str] | None = None, *,
               index: Any = None) -> ViewParts:
    """The parts of ``graph`` (an rdflib Graph; ``index``: its kg.outputs.viz.PredicateIndex,
    shared with whoever else reads it); ``texts``: sha256 → article text."""
    with paused_gc():
        return _view_parts(graph, texts, index)


class _Shared(dict):
    """One str object per value in the parts: ``str(node)`` makes a new copy of an IRI each time,
    and the parts name each entity, document and sentence many times (at 1,000 articles 155,000
    str objects, 13.5 MiB, of 40,500 values, 4.2 MiB). Same values, so the same files."""

    def name(self, value: Any) -> str:
        text = str(value)
        return self.setdefault(text, text)

    def share(self, value: Any) -> Any:
        """``value`` (a part: lists, tuples and dicts of str, numbers, None) with every str
        replaced by its shared object; lists in place, tuples and dicts made anew (in order);
        sets are left as they are."""
        kind = type(value)
        if kind is str:
            return self.setdefault(value, value)
        if kind is list:
            share = self.share
            for i, item in enumerate(value):
                value[i] = share(item)
        elif kind is tuple:
            return tuple(map(self.share, value))
        elif kind is dict:
            share = self.share
            return {share(k): share(v) for k, v in value.items()}
        return value


def _view_parts(graph: Any, texts: Mapping[str, str] | None, index: Any) -> ViewParts:
    from kg.graph.oxgraph import drop_read_caches, subject_objects
    from kg.outputs.viz import PredicateIndex, _entities, entity_part, event_ends

    ix = PredicateIndex(graph) if index is None else index
    shared = _Shared()  # each part's str shared as it is made: the copies never pile up
    name, share = shared.name, shared.share
    entities = _entities(ix)
    parts = ViewParts(entities={name(n): share(entity_part(ix, n, cls))
                                for n, cls in entities.items()})
    for rel in ("supplies", "deploys", "signed"):
        parts.pairs.update((rel, name(s), name(t)) for s, t in subject_objects(graph, KG[rel]))
    for claimant, claim in subject_objects(graph, KG.reports):
        parts.pairs.update(("reports", name(claimant), name(about))
                           for about in ix.objects(claim, KG.about))
    ev = Evidence(ix)
    for rel, event, sources, targets in event_ends(ix):
        part = ev.event(event, rel, sources, targets)
        if rel == "reports":
            part.append(_claim(ix, event, sources, entities, ev))
        parts.events.setdefault(rel, {})[name(event)] = share(part)
    for doc in ix.subjects(RDF.type, KG.Document):
        ev.doc(doc)
    parts.docs = share(ev.docs)
    parts.sentences = share(ev.sentences)
    del ev  # its dicts: copies of the keys
    # The index holds what the events and documents read; the store's caches of those terms
    # (keys and tables ~7 MiB at 1,000 articles) would otherwise stay until the parts are done.
    drop_read_caches(graph)
    for claim in parts.events.get("reports", {}).values():
        for fig in claim[-1][1]:
            parts.figures.setdefault(fig, share(_figure(ix, fig)))
    typed = set(ix.subjects(RDF.type, KG.FigureConflict))
    for group in sorted(typed, key=str):  # a set's order is the process's string hashes'
        parts.groups[str(group)] = [_text(ix.value(group, KG.conflictUnit)),
                                    _text(ix.value(group, KG.conflictPeriod)),
                                    sorted(str(f) for f in ix.objects(group, KG.conflictingFigure))]
    for group, member in subject_objects(graph, KG.conflictingFigure):
        if group not in typed:
            parts.joined.setdefault(str(group), set()).add(str(member))
    parts.counts = {cls: len(set(ix.subjects(RDF.type, KG[cls]))) for cls in COUNTED}
    parts.triples = len(graph)
    if texts:
        wanted = {d[6] for d in parts.docs.values()}
        parts.texts = {sha: text for sha, text in texts.items() if sha in wanted}
    return parts


def _claim(ix: Any, claim: Node, claimants: Iterable[Node], entities: Mapping[Node, str],
           ev: Evidence) -> list:
    """[about, figures, claimants, date, documents, names of claimants that are no entities]
    of a claim (what its row on the page and in the summary needs besides its spans)."""
    docs = {d for span in ix.objects(claim, KG.evidence) for d in ix.objects(span, KG.inDocument)}
    docs = docs or set(ix.objects(claim, PROV.wasDerivedFrom))
    for d in docs:
        ev.doc(d)
    date = ix.value(claim, KG.claimDate) or ix.value(claim, KG.date)
    people = set(claimants)
    names = {str(c): _text(ix.value(c, RDFS.label)) or str(c)
             for c in people if c not in entities}
    return [sorted(str(a) for a in ix.objects(claim, KG.about)),
            sorted(str(f) for f in ix.objects(claim, KG.figure)),
            sorted(str(c) for c in people), None if date is None else str(date),
            sorted(str(d) for d in docs), names]


def _figure(ix: Any, fig: str) -> list:
    """A figure's part: what its page row and its summary row show."""
    from rdflib import URIRef

    from kg.outputs.report import figure_number

    node = URIRef(fig)
    value = ix.value(node, KG.value)
    subject = ix.value(node, KG.figureSubject)
    key, shown = figure_number(value)
    return [_number(value), _text(ix.value(node, KG.asStated)),
            _text(ix.value(node, KG.qualifier)), _text(ix.value(node, KG.unit)),
            _text(ix.value(node, KG.measure)), _text(ix.value(node, KG.counted)),
            None if subject is None else str(subject), key, shown]


__all__ = ["VIEW_NAME", "PartsError", "ViewParts", "view_parts"]

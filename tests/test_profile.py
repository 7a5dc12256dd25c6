"""``kg build --profile``: every pipeline component and build stage is on the profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kg.extract.profile import COMPONENT, COMPONENTS, profile_stats, profile_table, timed_pipe

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"
TEXT = "North Korea has supplied Russia with 240mm rocket launchers, the Kremlin said."


def test_every_pipeline_component_is_listed_in_the_profile(nlp):
    unlisted = [name for name in nlp.pipe_names if name not in COMPONENTS]
    assert not unlisted, f"add {unlisted} to kg.extract.profile.COMPONENTS (with what it does)"
    listed = [name for name in COMPONENTS if name in ("tokenizer", *nlp.pipe_names)]
    assert listed == ["tokenizer", *nlp.pipe_names], "COMPONENTS in pipeline order"


def test_timed_pipe_times_each_component_and_parses_like_pipe(nlp):
    seconds: dict[str, float] = {}
    items = [(TEXT, 1), ("Kim Jong Un met Vladimir Putin in Pyongyang.", 2)]
    timed = list(timed_pipe(nlp, items, 1, seconds))
    piped = list(nlp.pipe(items, as_tuples=True))
    assert [c for _, c in timed] == [1, 2]
    for (a, _), (b, _) in zip(timed, piped, strict=True):
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in a.ents] == \
               [(e.start, e.end, e.label_, e.ent_id_) for e in b.ents]
        assert [(t.pos_, t.dep_, t.lemma_) for t in a] == [(t.pos_, t.dep_, t.lemma_) for t in b]
    # kg_lines_apart times the components it runs on each line apart
    inner = [f"kg_lines_apart/{n}" for n in ("tok2vec", "tagger", "kg_line_breaks", "parser")]
    assert set(seconds) == {COMPONENT + n for n in ["tokenizer", *nlp.pipe_names, *inner]}
    assert all(v >= 0 for v in seconds.values())


def test_profile_splits_components_extraction_and_stages():
    timings = {"component:ner (cpu)": 2.0, "component:tok2vec (cpu)": 1.0,
               "extract:mentions (cpu)": 0.5, "rdf": 0.25}
    stats = profile_stats(timings)
    assert stats == {"components": {"ner": 2.0, "tok2vec": 1.0},
                     "extraction": {"mentions": 0.5}, "stages": {"rdf": 0.25}}
    table = profile_table(timings)
    assert "ner" in table and "66.7%" in table and "rdf" in table


def test_build_profile_prints_a_table_and_fills_stats(tmp_path: Path):
    stats = tmp_path / "stats.json"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SAMPLES / "000_76ef6d1dfa1e6e91.txt"),
         "--out", str(tmp_path / "out"), "--no-cache", "-q", "--no-png", "--profile",
         "--stats", str(stats)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    timings = profile_stats(json.loads(stats.read_text())["timings"])
    # (tok2vec, tagger, kg_line_breaks and parser are timed inside kg_lines_apart)
    assert len(timings["components"]) >= 11
    assert "kg_lines_apart/parser" in timings["components"]
    for name in timings["components"]:
        assert name in COMPONENTS and f"  {name} " in proc.stderr, name
    for stage in ("mentions", "relations", "resolve", "rdf", "serialise", "html"):
        assert f"  {stage} " in proc.stderr, stage

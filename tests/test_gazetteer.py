from pathlib import Path

import pytest

from kg.gazetteer import GazetteerError, load_gazetteer, normalise_alias, surface_form
from kg.model import ENTITY_CLASSES


def test_every_entry_has_known_class_and_references(gazetteer):
    assert len(gazetteer.entries) > 30
    for e in gazetteer.entries:
        assert e.cls in ENTITY_CLASSES
        for ref in (e.broader, e.part_of):
            assert ref is None or ref in gazetteer.by_label


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Pyongyang", "North Korea"),
        ("North Korean", "North Korea"),
        ("the Kremlin", "Russia"),
        ("Seoul's military", "Joint Chiefs of Staff (South Korea)"),
        ("South Korea\u2019s military leadership", "Joint Chiefs of Staff (South Korea)"),
        ("JCS", "Joint Chiefs of Staff (South Korea)"),
        ("NIS", "National Intelligence Service (South Korea)"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskyy", "Volodymyr Zelenskyy"),
        ("Kyiv", "Ukraine"),
    ],
)
def test_alias_lookup(gazetteer, surface, label):
    assert gazetteer.lookup(surface).label == label


def test_unknown_alias_is_none(gazetteer):
    assert gazetteer.lookup("Atlantis") is None


def test_normalisation():
    assert normalise_alias("The  North\u2019s") == "north"
    assert surface_form("the Kremlin's") == "Kremlin"
    assert surface_form("Ukraine\u2019s military") == "Ukraine's military"


def test_ruler_patterns_cover_plurals_and_apostrophes(gazetteer):
    pats = gazetteer.ruler_patterns(lambda s: s.replace("'s", " 's").split())
    def alternatives(label):
        return [set(t["LOWER"]["IN"]) for p in pats if p.get("id") == label
                for t in p["pattern"] if isinstance(t.get("LOWER"), dict)]

    assert {"launcher", "launchers"} <= alternatives("240mm rocket launcher")[0]
    assert {"'s", "\u2018s", "\u2019s"} in alternatives("Joint Chiefs of Staff (South Korea)")


def test_bad_class_is_reported_with_file_and_label(tmp_path: Path):
    f = tmp_path / "e.yaml"
    f.write_text("entities:\n  - label: Foo\n    class: Planet\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="Foo.*Planet"):
        load_gazetteer(f)


def test_dangling_broader_is_reported(tmp_path: Path):
    f = tmp_path / "e.yaml"
    f.write_text("entities:\n  - label: Foo\n    class: Weapon\n    broader: Bar\n",
                 encoding="utf-8")
    with pytest.raises(GazetteerError, match="unknown 'Bar'"):
        load_gazetteer(f)

from pathlib import Path

import pytest

from kg.extract.gazetteer import GazetteerError, load_gazetteer, normalise_alias, surface_form
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


# --------------------------------------------------------------------------- general knowledge


def test_every_sovereign_state_is_listed(gazetteer):
    countries = [e for e in gazetteer.entries if e.cls == "Country"]
    assert len(countries) >= 195
    for surface, label in [("Britain", "United Kingdom"), ("Bamako", "Mali"),
                           ("Malians", "Mali"), ("Holland", "Netherlands"),
                           ("Türkiye", "Turkey"), ("Yemeni", "Yemen")]:
        assert gazetteer.lookup(surface).label == label


def test_entities_yaml_wins_over_the_general_files(gazetteer):
    assert gazetteer.lookup("Washington").label == "United States"
    assert gazetteer.by_label["Russia"].wikidata == "Q159"
    # each alias is claimed by one entry only
    claimed = {}
    for e in gazetteer.entries:
        if e.parties:  # a specific treaty claims no alias: its kinds do
            continue
        for a in (*e.aliases, *e.exact):
            assert claimed.setdefault(normalise_alias(a), e.label) == e.label, a


def test_common_words_are_case_sensitive_and_names_never_override_ner(gazetteer):
    pats = gazetteer.ruler_patterns(str.split)
    poland = [p["pattern"] for p in pats if p.get("id") == "Poland"]
    assert [{"TEXT": "Polish"}] in poland
    assert all({"LOWER": "polish"} not in p for p in poland)
    # the given name waits for NER; the demonym ("Jordanian", NER's NORP) overrides it
    given = [{"TEXT": "Chad"}], [{"TEXT": "Jordan"}]
    assert not [p for p in pats if p.get("id") in ("Chad", "Jordan") and p["pattern"] in given]
    assert [{"TEXT": "Jordanian"}] in [p["pattern"] for p in pats if p.get("id") == "Jordan"]
    late = gazetteer.ruler_patterns(str.split, ambiguous=True)
    assert {p["id"] for p in late} >= {"Chad", "Jordan", "Georgia"}
    assert not [p for p in late if p.get("id") == "Jordan" and p["pattern"] not in given]


def test_specific_treaty_is_reached_only_through_its_kinds(gazetteer):
    treaty = gazetteer.by_label["Comprehensive Strategic Partnership Treaty"]
    assert treaty.parties == ("Russia", "North Korea")
    pats = gazetteer.ruler_patterns(str.split)
    assert not [p for p in pats if p.get("id") == treaty.label]
    # The kind also reaches the three US mutual defence treaties listed in stop 42 (h-sig40),
    # each, like this one, only through its kind and its parties.
    kinds = gazetteer.agreements_of_kind("Mutual Defence Treaty")
    assert kinds[0] == treaty and len(kinds) == 4
    assert all(k.parties for k in kinds)
    assert not [p for p in pats if p.get("id") in {k.label for k in kinds}]
    assert gazetteer.lookup("defense pact").label == "Mutual Defence Treaty"


def test_tables_made_once_per_gazetteer_equal_a_scan_of_the_entries(gazetteer):
    """The kind → agreements table and the demonyms are the plain filters over the entries."""
    kinds = {k for e in gazetteer.entries for k in e.kinds} | {"no such kind"}
    for kind in kinds:
        assert gazetteer.agreements_of_kind(kind) == [
            e for e in gazetteer.entries if kind in e.kinds and e.parties]
    assert sum(map(len, map(gazetteer.agreements_of_kind, kinds))) > 0
    countries = [e for e in gazetteer.entries if e.cls == "Country"]
    assert gazetteer.demonyms() == sorted({a.lower() for e in countries
                                           for a in (*e.aliases, *e.exact) if " " not in a})
    assert gazetteer.demonym_set == set(gazetteer.demonyms()) and "russian" in gazetteer.demonym_set


def test_roles_are_loaded(gazetteer):
    roles = gazetteer.roles
    assert ("secretary", "of", "state") in roles.titles
    assert roles.agency_nouns[("defence", "ministry")] == "Ministry of Defence"
    assert "state" in roles.not_names


def test_an_earlier_file_wins_an_alias(tmp_path: Path):
    first, second, pats = tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "p.yaml"
    first.write_text("entities:\n  - {label: Foo, class: Agency, aliases: [FX]}\n",
                     encoding="utf-8")
    second.write_text("countries:\n  - {label: Fooland, aliases: [FX], capital: Foo City}\n",
                      encoding="utf-8")
    pats.write_text("patterns: []\n", encoding="utf-8")
    g = load_gazetteer(first, pats, extra_files=[second])
    assert g.lookup("FX").label == "Foo"
    assert g.lookup("Foo City").label == "Fooland"
    assert g.by_label["Fooland"].cls == "Country"

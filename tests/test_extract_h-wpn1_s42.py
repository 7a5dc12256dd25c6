"""Issue 12, stop 42 (s48 h-wpn1): a weapon family whose name is written in camel case
("MiG") before its kind noun is a Weapon named by the family, as a title-case name before
its kind is ("Mirage jets"); the supply of it is read. Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _weapons(run, text: str) -> list[tuple[str, str]]:
    mentions, _ = run(text)
    return [(m.span.text, m.key or m.lemma) for m in mentions if m.cls == "Weapon"]


def test_camel_case_family_before_its_kind(run):
    for text, phrase in (
            ("Talks stall\n\nThe rebels said they had shot down two MiG fighters over the "
             "northern hills on Tuesday.", "MiG fighters"),
            ("Talks stall\n\nThree MiG jet fighters circled the capital at dawn, residents "
             "said.", "MiG jet fighters")):
        found = _weapons(run, text)
        assert (phrase, "MiG") in found, found


def test_supply_of_a_camel_case_family(supply_keys):
    found = supply_keys("Arms flow\n\nThe Soviet Union has supplied Ghana with MiG fighters "
                        "and patrol boats since 1962, diplomats said.")
    assert ("Soviet Union", "Ghana", "MiG") in found, found

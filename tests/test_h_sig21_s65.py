"""Issue 12, stop 65 (h-sig21): a declaration set apart ("a separate declaration in <city>")
or several of them ("separate declarations in <city>") is no text the city names: not the
"<City> Declaration" of `_place_declarations` (dev d1027, d1067; sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_h_agr9_s51 import _agreements

SEPARATE = ("MOSCOW, May 4 - Kenya and Somalia signed a separate declaration in Tashkent on "
            "Monday.")
PLURAL = ("MOSCOW, May 4 - Kenya and the rebels signed separate declarations in Tashkent on "
          "Monday.")
NAMED = "MOSCOW, May 4 - Kenya and Somalia signed a declaration in Tashkent on Monday."


def test_separate_declaration_is_not_the_city_declaration(run):
    keys = _agreements(run, SEPARATE)
    assert "Tashkent Declaration" not in keys.values()
    # still a signed declaration of its own, named after its parties
    assert keys.get("separate declaration") == "declaration (Kenya–Somalia)"


def test_plural_declarations_are_not_one_city_declaration(run):
    keys = _agreements(run, PLURAL)
    assert all("Tashkent" not in (k or "") for k in keys.values())


def test_plain_declaration_in_a_city_keeps_its_name(run):  # guard
    assert _agreements(run, NAMED).get("declaration") == "Tashkent Declaration"

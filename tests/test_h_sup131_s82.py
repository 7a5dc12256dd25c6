"""Issue 12, stop 82 (h-sup131): two supply constructions in ``kg/extract/relations/supplies.py``.

- a relative clause the parser hung on a verb or a noun as a content clause ("the Bergamini
  frigate that the company is building for the navy"): the noun before "that" is what is built
  (``_built_for`` with ``_misparsed_relative``);
- a share ("first of four submarines", "the first of two Scorpene boats") the parser hangs on
  the giving verb as an adverb holds the goods (``_handed_share``); beside goods the verb names
  already, only a named class or model, not a plain kind restating them.

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def test_a_relative_clause_read_as_a_content_clause_names_what_is_built(supply_keys):
    found = supply_keys("Peru will buy four ships from Fincantieri, modelled on the Bergamini "
                        "frigate that the company is building for the Italian navy.")
    assert ("Fincantieri", "Navy (Italy)", "Bergamini frigate") in found


@pytest.mark.parametrize("text, line", [
    ("Norway hands first of four submarines to Polish navy",
     ("Norway", "Navy (Poland)", "submarine")),
    ("Spain hands Peru last of three patrol boats", ("Spain", "Peru", "patrol boat")),
])
def test_a_headline_share_names_the_goods_handed(supply_keys, text, line):
    assert line in supply_keys(text)

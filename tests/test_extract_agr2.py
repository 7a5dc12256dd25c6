"""Issue 12, h-agr2 (stop 21): agreement entities (sentences written for these tests, real
spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements, _signed  # the same look-ups as round 4

# --- "signed a declaration in <city>": the "<City> Declaration" (dev d118, d206) ----------

@pytest.mark.parametrize("text, key", [
    ("Ethiopia and Eritrea signed a declaration in Algiers on Tuesday, pledging to end the "
     "border war.", "Algiers Declaration"),
    ("The Arab League adopted a declaration at Khartoum in August that rejected talks.",
     "Khartoum Declaration"),
    ("Ghana and Togo sign border declaration in Lome\n\nACCRA, May 2 - The two presidents met "
     "on Friday.", "Lome Declaration"),
])
def test_declaration_signed_in_a_city_is_named_after_it(run, text, key):
    assert key in _agreements(run, text)


def test_place_named_declaration_is_the_one_the_text_names_later(run):
    text = ("Ethiopia and Eritrea signed a declaration in Algiers on Tuesday, pledging to end "
            "the border war. The Algiers Declaration takes effect at once.")
    mentions, _ = run(text)
    keys = {m.key or m.span.text for m in mentions if m.cls == "Agreement"}
    assert keys == {"Algiers Declaration"}, keys
    assert {p for p, _ in _signed(run, text)} == {"Ethiopia", "Eritrea"}


@pytest.mark.parametrize("text", [
    "Kenya signed a declaration of intent in Nairobi with Uganda.",  # named by its "of"
    "The minister made a declaration in Algiers on Tuesday.",  # no signing
    "Chad and Niger signed a declaration in Nigeria on Tuesday.",  # a state, not a city
    "Chad and Niger signed a declaration on Tuesday.",  # no place
])
def test_declarations_not_signed_in_a_named_city_are_not_place_named(run, text):
    assert not any(k and k.endswith(" Declaration") for k in _agreements(run, text))

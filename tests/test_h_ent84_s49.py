"""Issue 12, stop 49 (s56 h-ent84): the class of an unlisted name that the sentence states,
whatever spaCy's NER made of it.

- a name set off by commas after a post whose place ends in a lower-case noun ("The governor
  of Ostrava region, Zdenek Kubicek, opposed") or after "successor"/"predecessor" is a person,
  and the place rules keep off it ("the Sultan, X Y, who …");
- "the naval venture X" names a company, as "the shipbuilder X" does (roles company_nouns).

Every sentence was written for these tests (none taken from a corpus; real spaCy parse).
"""

from __future__ import annotations

import pytest


def _classes(run, text: str, name: str) -> set[str]:
    mentions, _ = run(text)
    return {m.cls for m in mentions if m.span.text == name}


@pytest.mark.parametrize("text, name", [
    ("The governor of Ostrava region, Zdenek Kubicek, opposed the plan on Monday.",
     "Zdenek Kubicek"),
    ("The governor of Kandahar province, Tooryalai Wesa, said the road was open.",
     "Tooryalai Wesa"),
    ("His successor, Ugo Mifsud Bonnici, is expected to keep the treaty.",
     "Ugo Mifsud Bonnici"),
    ("The talks were held in the presence of the Sultan, Hassanal Bolkiah, who is also "
     "the defence minister.", "Hassanal Bolkiah"),
])
def test_a_name_after_a_post_is_a_person(run, text, name):
    assert _classes(run, text, name) == {"Person"}


def test_a_name_after_a_place_noun_alone_stays_a_place(run):
    assert "Person" not in _classes(
        run, "Fighting spread to the port of Dorvik, Telmar and Osk on Sunday.", "Telmar")


def test_a_venture_is_a_company(run):
    text = ("Officials cited the naval venture Navoris, which two shipbuilders set up in "
            "2019, as a model.")
    assert _classes(run, text, "Navoris") == {"Company"}

"""Places NER joined across "and" (issue 12, stop 74, h-slice74).

One place NER made of two or three names joined by "and" (or commas), each the parser's
conjunct of the name before, is each name its own place (refine/place_names._joined_places),
unless the whole is a name the gazetteer or the place lists know ("Jammu and Kashmir",
"Trinidad and Tobago", Chile's region "Arica and Parinacota", regions.yaml). Sentences
written for this test.
"""

from __future__ import annotations


def _places(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key or m.span.text for m in mentions if m.cls in ("Region", "Country")}


def test_two_regions_after_of_are_two_places(run):
    found = _places(run, "Lima said more soldiers may be moved to the provinces of Tumbes "
                         "and Puno next week.")
    assert {"Tumbes", "Puno"} <= found, found
    assert "Tumbes and Puno" not in found, found


def test_last_two_of_a_list_of_regions_are_two_places(run):
    found = _places(run, "Soldiers were posted at pipelines in Tarija, Santa Cruz, "
                         "Cochabamba and Chuquisaca, the army said.")
    assert {"Cochabamba", "Chuquisaca"} <= found, found
    assert "Cochabamba and Chuquisaca" not in found, found


def test_islands_in_a_list_are_each_a_place(run):
    found = _places(run, "Both states claim the seabed around the islands of Thasos, "
                         "Samothrace and Lesbos, where oil may lie.")
    assert {"Samothrace", "Lesbos"} <= found, found
    assert "Samothrace and Lesbos" not in found, found


def test_a_region_named_with_and_stays_one_place(run):
    found = _places(run, "Santiago moved two battalions to Arica and Parinacota and to "
                         "Tarapaca in March.")
    assert "Arica and Parinacota" in found, found
    assert "Parinacota" not in found, found


def test_a_firm_named_with_and_is_not_split_into_places(run):
    # (guard: no name of the list is a known place, and no place noun opens it)
    found = _places(run, "The navy hired survey drones from Holloway, Brenner and Associates, "
                         "a Canadian firm, to watch the coast.")
    assert not {"Brenner", "Associates"} & found, found


def test_a_listed_state_with_and_stays_whole(run):
    # (guard: a name the gazetteer knows)
    found = _places(run, "India moved more police to Jammu and Kashmir in August.")
    assert "Jammu and Kashmir" in found, found
    assert "Kashmir" not in found, found

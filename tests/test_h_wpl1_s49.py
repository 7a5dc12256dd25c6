"""Issue 12, stop 49 (s56 h-wpl1): weapon names in the plural are their system (dev README
E3), not a node of their own nor nothing (articles written for these
tests, none taken from a corpus; real spaCy parse).

A system the gazetteer did not list was found only by the patterns, which key a match by its
words as written: "the Alpha Jets" became a node "Alpha Jets" beside "Alpha Jet", "F-4
Phantoms" a node "F-4", and a bare plural ("M41s", "Liberators") nothing.
"""

from __future__ import annotations

import pytest

ARTICLES = {
    "a_phantoms": ("Greek jets retire\n\nATHENS, May 3 (2019) - Greece will retire its ageing "
                   "F-4 Phantoms by 2025, the air force said. The Phantoms flew for fifty years. "
                   "Greece also sold F-4s to nobody, officials said.\n"),
    "b_alpha": ("Togo jets\n\nLOME, June 4 (1985) - Portugal sold six Alpha Jets to Togo, the "
                "government said. The Alpha Jets will arrive in June.\n"),
    "c_tanks": ("Uruguay tanks\n\nMONTEVIDEO, July 5 (1990) - Uruguay will replace its M41s "
                "with 40 Leopard 1A1s that Belgium is selling, the army said.\n"),
    "d_trainers": ("Trainers\n\nCAIRO, Aug 6 (1986) - Egypt will fly Embraer Tucano trainers and "
                   "keep some piston-engined Liberators in a museum, officials said.\n"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.building.pipeline import build

    folder = tmp_path_factory.mktemp("plurals")
    paths = []
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(folder / f"{name}.txt")
    result = build(paths)
    names = {d.doc_id: d.name for d in result.documents}
    weapons: dict[str, set[str]] = {}
    for e in result.entities.values():
        if e.cls == "Weapon":
            for doc in e.documents:
                weapons.setdefault(names[doc].split(".")[0], set()).add(e.key)
    return result, weapons


def test_plural_of_a_named_system_is_the_system(built):
    _, weapons = built
    assert "F-4 Phantom" in weapons["a_phantoms"], weapons
    assert not {"F-4", "F-4 Phantoms", "Phantoms"} & weapons["a_phantoms"], weapons


def test_plural_name_ending_in_a_kind_word_is_one_node(built):
    _, weapons = built
    assert "Alpha Jet" in weapons["b_alpha"], weapons
    assert "Alpha Jets" not in weapons["b_alpha"], weapons


def test_bare_plural_of_a_listed_tank(built):
    _, weapons = built
    assert "M41" in weapons["c_tanks"], weapons


def test_maker_before_a_name_and_a_plural_alone(built):
    _, weapons = built
    assert {"EMB 312 Tucano", "B-24 Liberator"} <= weapons["d_trainers"], weapons


def test_plural_item_fills_the_supply(built):
    result, _ = built
    items = {i for r in result.relations if r.relation == "supplies" for i in r.role("item")}
    assert "Alpha Jet" in items, [r.roles for r in result.relations]

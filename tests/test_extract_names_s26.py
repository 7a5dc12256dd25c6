"""Entity constructions of stop 26 (h-sig9): a place followed by "People's" and a title-case
run ending in an organisation word (or "Republic" after a region) is one organisation's name
(d235, d255, d305), while a name of its own after a demonym, or a state's formal name, stays
what it was."""
import pytest

from tests.test_extract_names_s25 import _classes


@pytest.mark.parametrize("text, name", [
    ("Fighters of the Kenya People's Union blocked the road on Monday.", "Kenya People's Union"),
    ("The Chad People's Liberation Front said its men held the town.",
     "Chad People's Liberation Front"),
    ("Leaders of the self-declared Crimea People's Republic rejected the offer.",
     "Crimea People's Republic"),
])
def test_place_peoples_name_is_agency(nlp, gazetteer, text: str, name: str) -> None:
    got = _classes(nlp, gazetteer, text)
    assert got.get(name) == "Agency", got


@pytest.mark.parametrize("text, name, absent", [
    # a gazetteer name after the demonym keeps its own entity
    ("The Chinese People's Liberation Army held drills on Monday.", "People's Liberation Army",
     "Chinese People's Liberation Army"),
    # a state's formal name ending in "Republic" stays the state
    ("The Lao People's Democratic Republic signed the accord.", "Lao",
     "Lao People's Democratic Republic"),
    # "People's" with no organisation word after it: the place alone
    ("The Kenya People's choice was clear, the paper said.", "Kenya", "Kenya People's choice"),
])
def test_no_peoples_name_without_org_word(nlp, gazetteer, text: str, name: str,
                                          absent: str) -> None:
    got = _classes(nlp, gazetteer, text)
    assert name in got and absent not in got, got

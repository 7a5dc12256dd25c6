"""Entity constructions of stop 25 (h-ent9): venues after a preposition of place are Regions
(E12); plural demonyms NER took for a person are their place; a name a post describes is a
person."""
import pytest

from kg.extract import extract_mentions


def _classes(nlp, gazetteer, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {m.span.text: m.cls for m in extract_mentions(doc, "t", ignore=gazetteer.not_entities)}


@pytest.mark.parametrize("text, name", [
    ("The two ministers initialled the accord at Harlow Court late on Sunday.", "Harlow Court"),
    ("The president spoke to reporters in the Oval Office after the meeting.", "Oval Office"),
    ("The premier gave a televised address from the Oval Office on Tuesday.", "Oval Office"),
])
def test_venue_after_place_preposition_is_region(nlp, gazetteer, text: str, name: str) -> None:
    assert _classes(nlp, gazetteer, text).get(name) == "Region"


def test_institution_word_keeps_body(nlp, gazetteer) -> None:
    got = _classes(nlp, gazetteer, "The appeal was heard at the Supreme Court in March.")
    assert got.get("Supreme Court") != "Region"


@pytest.mark.parametrize("text, name, cls", [
    ("The king told the crowd that Jordanians would choose their own government.", "Jordanians",
     "Country"),
    ("The strikers wanted their white commanders replaced by Africans within a year.",
     "Africans", "Region"),
])
def test_plural_demonym_tagged_person_is_place(nlp, gazetteer, text: str, name: str,
                                               cls: str) -> None:
    assert _classes(nlp, gazetteer, text).get(name) == cls


def test_given_name_stays_person(nlp, gazetteer) -> None:
    assert _classes(nlp, gazetteer, "Jordan Mallory told reporters he would stay.").get(
        "Jordan Mallory") == "Person"


@pytest.mark.parametrize("text, name", [
    ("Tovan Meruk, Kelmaria's minister for trade, said the talks had ended.", "Tovan Meruk"),
    ("In the capital, Ardel Vosk was sworn in as acting president on Monday.", "Ardel Vosk"),
])
def test_name_described_by_a_post_is_person(nlp, gazetteer, text: str, name: str) -> None:
    assert _classes(nlp, gazetteer, text).get(name) == "Person"


@pytest.mark.parametrize("text, name", [
    ("The navy will buy Torvane 45 air defence missiles for its frigates.",
     "Torvane 45 air defence missiles"),
    ("The ministry promised four KESTREL III multiple rocket launchers.",
     "KESTREL III multiple rocket launchers"),
])
def test_name_and_model_number_before_kind_is_system(nlp, gazetteer, text: str,
                                                     name: str) -> None:
    assert _classes(nlp, gazetteer, text).get(name) == "Weapon"


def test_designation_alone_is_the_system_with_its_popular_name() -> None:
    from kg.graph.resolve import _named_designation

    assert _named_designation("K-17", ["K-17 Falcon", "fighter jet"]) == "K-17 Falcon"
    assert _named_designation("K-17", ["K-17 Falcon", "K-17 Harrow"]) == "K-17"
    assert _named_designation("Falcon", ["Falcon 7"]) == "Falcon"

"""A person's short form that a name particle hides: the word before the particle ("Lula" of
"Luiz Inacio Lula da Silva") and the particled surname ("de Gaulle", "Van Middelkoop" at a
sentence start) are the person named in full, not a node of their own (issue 12, h-ent16)."""

from kg.graph.resolve import resolve
from kg.model import DocExtraction
from tests.test_resolve import _doc, _m


def _keys(gazetteer, *mentions):
    """The node each mention of one made-up document ends in, by mention text."""
    d = _doc(7)
    ms = tuple(_m(d, i * 40, text, cls) for i, (text, cls) in enumerate(mentions))
    r = resolve([DocExtraction(d, ms, ())], gazetteer)
    return {a: e.key for e in r.entities.values() for a in (e.key, *e.aliases)}


def test_the_surname_before_a_particle_is_the_person(gazetteer):
    keys = _keys(gazetteer, ("Rodrigo Alves Pinto da Costa", "Person"), ("Pinto", "Person"))
    assert keys["Pinto"] == "Rodrigo Alves Pinto da Costa"


def test_the_surname_before_a_particle_tagged_an_organisation(gazetteer):
    keys = _keys(gazetteer, ("Henrique Barros de Lima", "Person"), ("Barros", "Agency"))
    assert keys["Barros"] == "Henrique Barros de Lima"


def test_the_particled_surname_is_the_person(gazetteer):
    keys = _keys(gazetteer, ("Karim bin Rashid", "Person"), ("bin Rashid", "Person"))
    assert keys["bin Rashid"] == "Karim bin Rashid"


def test_a_capitalised_particle_at_a_sentence_start(gazetteer):
    keys = _keys(gazetteer, ("Pieter van Dalen", "Person"), ("Van Dalen", "Person"))
    assert keys["Van Dalen"] == "Pieter van Dalen"


def test_a_particled_surname_two_people_share_stays_apart(gazetteer):
    keys = _keys(gazetteer, ("Karim bin Rashid", "Person"), ("Faisal bin Rashid", "Person"),
                 ("bin Rashid", "Person"))
    assert keys["bin Rashid"] == "bin Rashid"


def test_the_first_name_before_a_particle_is_not_a_new_short_form(gazetteer):
    # "Karim" was a short form before (the first name); the particle adds none of two words
    keys = _keys(gazetteer, ("Karim bin Rashid", "Person"), ("Rashid", "Person"),
                 ("Tarik", "Person"))
    assert keys["Rashid"] == "Karim bin Rashid"
    assert keys["Tarik"] == "Tarik"


def test_a_full_name_that_writes_its_particle_capitalised(gazetteer):
    keys = _keys(gazetteer, ("Marcel Le Brun", "Person"), ("Le Brun", "Person"),
                 ("Anton Van Dalen", "Person"), ("van Dalen", "Person"))
    assert keys["Le Brun"] == "Marcel Le Brun"
    assert keys["van Dalen"] == "Anton Van Dalen"


def test_a_fathers_name_after_a_second_particle_is_not_the_person(gazetteer):
    keys = _keys(gazetteer, ("Hamid bin Nasser bin Khalid", "Person"), ("Nasser", "Person"))
    assert keys["Nasser"] == "Nasser"

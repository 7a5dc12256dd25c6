"""Issue 12, stop 31 (h-ent27): a name NER ran on through a preposition that the parse hangs
on a word outside the name ends before that preposition (d445's "the Central Reserve Police
Force to Assam", d272's "Karwar on"); what follows is kept as a place only where the document
names it elsewhere. Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations


def _names(nlp, text: str) -> set[str]:
    return {e.text.removeprefix("the ").removeprefix("The ") for e in nlp(text).ents}


def test_a_force_sent_to_a_known_place_ends_before_to(nlp):
    names = _names(nlp, "Riots hit Mizoram. The government has sent an additional 6,000 "
                        "paramilitary troops of the Central Industrial Security Force to "
                        "Mizoram, officials said.")
    assert "Central Industrial Security Force" in names
    assert "Mizoram" in names
    assert not any(" to " in n for n in names)


def test_a_base_on_a_coast_ends_before_on(nlp):
    names = _names(nlp, "The frigate will move to her new home port at Devonport on England's "
                        "south coast next year.")
    assert "Devonport" in names
    assert "Devonport on" not in names


def test_no_place_known_after_the_preposition(nlp):
    # the words after "to" are named nowhere else as a known place, but the parser hangs the
    # "to" on the verb, outside the span: the name ends before it and the words after it are a
    # place of their own (loose_tails.names_cut_at_verb_to, stop 81; until then the span was
    # left as NER made it)
    names = _names(nlp, "Riots hit Ruritania. The government has sent an additional 6,000 "
                        "paramilitary troops of the Rapid Action Force to Ruritania, officials "
                        "said.")
    assert "Rapid Action Force" in names and "Ruritania" in names
    assert not any(" to " in n for n in names)


def test_a_preposition_inside_the_name_is_kept(nlp):
    names = _names(nlp, "The Conference on Security and Cooperation in Europe met in Helsinki.")
    assert "Conference on Security and Cooperation in Europe" in names

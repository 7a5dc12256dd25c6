"""Issue 12, stop 53 (s60 h-sup76): a definite kind noun ("the trainers", "the jets") refers
back to the one system the article named with that same noun, however far back, when no
weapon of its kind is named within the coreference window; two such systems: no guess. The
current US turboprop trainer, the T-6 Texan II, is a listed system (variants and plural).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_h_sup73_s52 import _supplies

# sentences with no weapon in them, to put the antecedent out of the coreference window
FILLER = ("The minister spoke at a ceremony in the capital. He thanked the pilots. Officials "
          "praised the crews. The weather was fine. ")


def test_the_trainers_far_back(run):
    pairs = _supplies(run, "The air force has used 12 Embraer Tucano trainers since 1990. "
                      + FILLER + "Chile agreed to buy the trainers from Brazil in 2019.")
    assert ("Brazil", "Chile") in pairs, pairs
    assert ("Brazil", "EMB 312 Tucano") in pairs, pairs


def test_the_trainer_singular_far_back(run):
    pairs = _supplies(run, "Kenya has ordered eight Alpha Jet trainers from Dassault. " + FILLER
                      + "Dassault has already sold the trainer to Togo and Nigeria.")
    assert ("Dassault Aviation", "Togo") in pairs or ("Dassault", "Togo") in pairs, pairs
    assert any(o == "Alpha Jet" for _, o in pairs), pairs


def test_the_jets_far_back(run):
    pairs = _supplies(run, "Peru has agreed to buy ten Su-30 fighter jets from Russia. " + FILLER
                      + "Officials said the jets would be delivered by Rosoboronexport.")
    assert ("Rosoboronexport", "Su-30") in pairs, pairs


def test_two_systems_of_the_noun_no_guess(run):
    pairs = _supplies(run, "Peru flies F-16 fighter jets and has ordered Rafale fighter jets. "
                      + FILLER + "Officials said the jets would be delivered by Dassault.")
    assert not any(o in ("F-16 fighter jet", "Rafale") for s, o in pairs
                   if s in ("Dassault", "Dassault Aviation")), pairs


def test_texan_ii_is_a_listed_system(run):
    mentions, _ = run("The firm has delivered hundreds of Texan IIs, and the navy flies the "
                      "T-6C Texan II. The T-6C replaced older trainers.")
    keys = {m.key for m in mentions if m.cls == "Weapon"}
    assert keys == {"T-6 Texan II"}, keys


"""h-sig29 (issue 12, stop 68): an object relative clause on a named agreement whose subject
carries an apposition closed by a comma ("the X Accord, which A and B, then minister of Y,
signed in Z") is broken by the parser: the verb becomes a participle on a noun of the
apposition or on the agreement, "which" a noun of its own. The words between "which" and the
verb are the signers, each conjunct naming its own; a "which" clause with a verb of its own
leaves a true participle alone (sentences written for these tests, real spaCy parse; dev
d1176, d373)."""

from __future__ import annotations

HEAD = ("Peru and Chile open new border talks\n\n"
        "LIMA, March 3 - Peru and Chile opened talks on Monday on a new border pact.\n\n")

APPOSED = HEAD + ("The pact would replace the Lakeside Accord, which Peru's Foreign Minister "
                  "Ana Ruiz and Carlos Vega, then foreign minister of Chile, signed in Lima in "
                  "2004 after years of tension.\n")

CONJUNCTS = HEAD + ("It also builds on the Harbour Declaration, which Chilean envoys and "
                    "representatives of the rebel leader, Jorge Salas, signed in Arica in "
                    "2009.\n")

OWN_VERB = HEAD + ("The pact would replace the Lakeside Accord, which Bolivia opposed, signed "
                   "in Lima in 2004 after years of tension.\n")


def _signers(relations, text: str, agreement: str) -> list[list[str]]:
    """The parties of each `signed` line of ``agreement``."""
    return [sorted(roles["party"]) for rel, roles in relations(text)
            if rel == "signed" and agreement in roles.get("agreement", [])]


def test_apposed_subject_of_a_broken_relative_signs(relations):
    assert _signers(relations, APPOSED, "Lakeside Accord") == [["Ana Ruiz", "Carlos Vega"]]


def test_each_conjunct_of_a_broken_relative_names_its_signer(relations):
    assert _signers(relations, CONJUNCTS, "Harbour Declaration") == [["Chile", "Jorge Salas"]]


def test_relative_with_a_verb_of_its_own_leaves_the_participle(relations):
    """Guard: "which Bolivia opposed, signed in Lima": Bolivia opposed it, nobody is named as
    signing it."""
    assert not any("Bolivia" in parties
                   for parties in _signers(relations, OWN_VERB, "Lakeside Accord"))

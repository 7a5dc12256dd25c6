"""h-sig19 (issue 12, stop 64): a signing-only kind (ceasefire, joint statement) that a counted
plural signs is an agreement of those the plural stands for: "the two sides" as subject (a
counted plural of sides, like one of people) and the agent of a participle on the agreement
("a joint statement agreed by the two prime ministers"); a passive's counted agent is resolved
like a subject, and "the two prime ministers" counts a premier (sentences written for these
tests, real spaCy parse; dev d987, d1016, d598)."""

from __future__ import annotations

from tests.test_h_agr9_s51 import _agreements

SIDES = ("Ghana and rebels sign peace deal\n\n"
         "ACCRA, March 3 - Ghana and the Volta Liberation Front signed a peace agreement on "
         "Sunday, ending a ten-year revolt.\n\n"
         "The two sides {verb} a first ceasefire in 2015, but it broke down within weeks.")

PREMIERS = ("Chilean premier visits Peru\n\n"
            "LIMA, May 4 - Chile and Peru signed an agreement on Monday during a visit by "
            "Chilean Premier Marta Rivas, whose foreign minister, Tomas Vidal, met Peruvian "
            "Foreign Minister Ana Ruiz. Prime Minister Jorge Salas of Peru hosted the talks.\n\n"
            "In a joint statement {verb} by the two prime ministers, the neighbours promised "
            "to double trade.")


def _signed(relations, text: str, kind: str) -> list[list[str]]:
    """The parties of each `signed` line of an agreement of ``kind``."""
    return [roles["party"] for rel, roles in relations(text) if rel == "signed"
            and any(a.startswith(f"{kind} (") for a in roles.get("agreement", []))]


def test_two_sides_signing_a_ceasefire_make_it_their_agreement(run, relations):
    text = SIDES.format(verb="signed")
    found = _agreements(run, text)
    assert found["first ceasefire"] == "ceasefire (Ghana–Volta Liberation Front)"
    assert found["peace agreement"] == "peace agreement (Ghana–Volta Liberation Front)"
    assert [sorted(p) for p in _signed(relations, text, "ceasefire")] == [
        ["Ghana", "Volta Liberation Front"]]


def test_two_sides_not_signing_make_no_ceasefire(run):
    found = _agreements(run, SIDES.format(verb="did not sign"))
    assert not any(k and k.startswith("ceasefire") for k in found.values())


def test_joint_statement_agreed_by_the_two_prime_ministers(run, relations):
    text = PREMIERS.format(verb="agreed")
    found = _agreements(run, text)
    assert found["joint statement"].startswith("joint statement (")
    # the article's own agreement is not renamed into the joint statement
    assert found["agreement"].startswith("agreement (")
    # "the two prime ministers": the premier and the prime minister, not a foreign minister
    assert [sorted(p) for p in _signed(relations, text, "joint statement")] == [
        ["Jorge Salas", "Marta Rivas"]]


def test_joint_statement_issued_by_the_two_prime_ministers_is_no_agreement(run):
    found = _agreements(run, PREMIERS.format(verb="issued"))
    assert "joint statement" not in found

"""h-sig26 (issue 12, stop 66): Mercosur is a bloc (organisations.yaml, class Agency), and a
member noun set off as an apposition ("the presidents of A, B and C, the three members of the X
bloc") describes the states listed: the bloc it names is not the subject's actor, however high
Agency stands in ``actor_priority`` (_base._apposed_members_body). Sentences written for these
tests, real spaCy parse; dev d986, d1127."""

from __future__ import annotations


def _parties(relations, text: str) -> list[list[str]]:
    return [roles["party"] for rel, roles in relations(text) if rel == "signed"]


def test_mercosur_is_an_agency(run):
    mentions, _ = run("Officials of Mercosur met in Montevideo on Monday.")
    assert [(m.key, m.cls) for m in mentions if m.span.text == "Mercosur"] == \
        [("Mercosur", "Agency")]


def test_apposed_members_of_a_bloc_sign_not_the_bloc(relations):
    text = ("The presidents of Chile, Peru and Colombia, the three members of the Mercosur "
            "group, signed a border accord on Monday.")
    assert _parties(relations, text) == [["Chile", "Peru", "Colombia"]]


def test_apposed_bloc_members_with_the_name_as_a_modifier(relations):
    text = ("The leaders of Laos, Cambodia and Vietnam, the three ASEAN members on the Mekong, "
            "signed a river treaty on Friday.")
    assert _parties(relations, text) == [["Laos", "Cambodia", "Vietnam"]]


def test_a_bloc_of_the_subject_itself_still_signs(relations):
    # guard: "the ministers of X" are the bloc's, no apposition describes named states
    text = "The trade ministers of Mercosur signed a customs accord with Chile on Friday."
    assert _parties(relations, text) == [["Mercosur", "Chile"]]


def test_the_members_of_a_bloc_are_not_the_bloc(relations):
    # guard: the subject's own member noun keeps the earlier rule (no line for unnamed members)
    text = "The members of ASEAN signed a declaration on the South China Sea on Friday."
    assert _parties(relations, text) == []

"""Issue 12, stop 61 (h-sig13): counted people who sign ("the two men put their names to the
document") are the signers of the last earlier signing that names exactly so many people, not
the people named last, who may only watch or have signed something else (sentences written for
these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe

TREATY = "Treaty of Rivers"


def _signers(run, text: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, _ in signed}


def test_two_men_after_watchers_are_the_earlier_signers(run):
    text = (f"President Carlos Ortega and rebel leader Pedro Munoz signed the {TREATY} in Lima "
            "on Tuesday. Regional leaders, among them Chile's President Luis Vargas and "
            "Bolivia's Marta Quispe, watched as the two men put their names to the document "
            "in the cathedral.")
    signers = _signers(run, text)
    assert {_norm("Carlos Ortega"), _norm("Pedro Munoz")} <= signers
    assert not {_norm("Luis Vargas"), _norm("Marta Quispe")} & signers


def test_two_leaders_skip_a_signer_of_an_older_treaty(run):
    text = (f"The {TREATY} was signed by Prime Minister Carlos Ortega and his Chilean "
            "counterpart, Pedro Munoz, on the last day of the summit, the first visit by a "
            "Peruvian prime minister since Luis Vargas, who signed the Andes Accord in 1960. "
            "The two leaders also put their names to an agreement on fisheries.")
    _, signed, _ = _observe(run, text)
    assert {a for p, a in signed if p == _norm("Luis Vargas")} <= {_norm("Andes Accord")}
    assert {_norm("Carlos Ortega"), _norm("Pedro Munoz")} <= {p for p, _ in signed}


def test_two_men_after_a_single_signer_are_the_people_named_last(run):
    text = (f"Carlos Ortega signed the {TREATY} on Monday. Foreign Minister Pedro Munoz and "
            "his Ecuadorean counterpart, Luis Vargas, arrived in Quito on Tuesday. The two men "
            "signed the Andes Accord at the palace.")
    _, signed, _ = _observe(run, text)
    assert {(_norm("Pedro Munoz"), _norm("Andes Accord")),
            (_norm("Luis Vargas"), _norm("Andes Accord"))} <= signed
    assert (_norm("Carlos Ortega"), _norm("Andes Accord")) not in signed

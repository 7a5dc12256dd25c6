"""Issue 12, stop 37 (h-sig31): who signs (sentences written for these tests, none taken from
a corpus; real spaCy parse): every person a co-signer noun lists in apposition ("with two
rebel commanders, A and B"), also in a second "by" phrase and before an "as" clause of its
own."""

from __future__ import annotations

from test_challenge_agreements import _observe


def _signers(run, text: str, agreement: str) -> set[str]:
    _, signed, _ = _observe(run, text)
    return {p for p, a in signed if a == agreement}


def test_with_signer_noun_and_apposed_list(run):
    text = ("President Tom Hale signed the Treaty of Arica with two rebel commanders, Carlos "
            "Vega and Luis Mora.")
    assert _signers(run, text, "treaty of arica") == {"tom hale", "carlos vega", "luis mora"}


def test_second_by_phrase_with_apposed_list(run):
    text = ("The Treaty of Arica was signed by President Tom Hale and by two rebel commanders, "
            "Carlos Vega and Luis Mora.")
    assert _signers(run, text, "treaty of arica") == {"tom hale", "carlos vega", "luis mora"}


def test_alongside_list_before_an_as_clause(run):
    # (the "as" opens a clause of its own, no role of the co-signers: "with X as supplier")
    text = ("Chile and Peru held talks in Lima. President Tom Hale signed the Treaty of Arica "
            "alongside two rebel commanders, Carlos Vega and Luis Mora, as the ambassadors "
            "looked on.")
    assert _signers(run, text, "treaty of arica") == {"tom hale", "carlos vega", "luis mora"}


def test_with_a_firm_as_supplier_is_no_party(run):
    text = ("Peru signed the Lima Arms Accord with Dassault Aviation as the main supplier on "
            "Monday.")
    assert _signers(run, text, "lima arms accord") == {"peru"}

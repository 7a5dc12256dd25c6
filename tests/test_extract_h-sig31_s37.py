"""Issue 12, stop 37 (h-sig31): who signs (sentences written for these tests, none taken from
a corpus; real spaCy parse): every person a co-signer noun lists in apposition ("with two
rebel commanders, A and B"), also in a second "by" phrase and before an "as" clause of its
own; a counted plural after a signer noun's "of" ("by representatives of the two
governments") is the states named before; a demonym on a title whose holder is named after a
comma is no party of its own."""

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


def test_representatives_of_the_two_governments(run):
    text = ("Chile and Peru signed a defence pact in May. The Treaty of Arica was signed in Lima "
            "by President Tom Hale, the Chilean leader, and by representatives of the two "
            "governments.")
    assert _signers(run, text, "treaty of arica") == {"tom hale", "chile", "peru"}


def test_demonym_of_a_title_named_after_a_comma(run):
    text = ("Secretary of State Tom Hale and the Chinese Foreign Minister, Li Wen, then signed "
            "the Pacific Declaration in Geneva.")
    assert _signers(run, text, "pacific declaration") == {"tom hale", "li wen"}


def test_demonym_of_an_unnamed_title_stays_a_party(run):
    # (no name after the title: the state the demonym names is the signer)
    text = "Tom Hale and the Chinese foreign minister signed the Pacific Declaration in Geneva."
    assert "china" in _signers(run, text, "pacific declaration")


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

"""Issue 12, stop 28 (h-prec5): false pairs across relations, tested on sentences written for
this file (real spaCy parse); the negative cases say what must stay as it is."""

from __future__ import annotations

import pytest


def _key(run, text: str, start: str) -> str | None:
    """The entity key of the mention of ``text`` (after a headline line) that opens with
    ``start``."""
    return next((m.key for m in run(f"Headline\n\n{text}")[0]
                 if m.span.text.startswith(start)), "no mention")


# --- a variant of a system keeps the system (dev README E3) -----------------------------
# "P-8I maritime patrol aircraft" (d336): the designation of a listed system written with its
# name ("P-8 Poseidon") and a variant letter is that system; "BTR-3E1 armoured personnel
# carriers" (d202): an unlisted system's variant is the system's designation

@pytest.mark.parametrize("text, span, key", [
    ("The navy bought four P-8K maritime patrol aircraft from the United States.",
     "P-8K", "P-8 Poseidon"),
    ("The army received AH-64X helicopters from the United States last year.",
     "AH-64X", "AH-64 Apache"),
    ("It bought 40 BTR-7E2 armoured personnel carriers from Ukraine in 2009.",
     "BTR-7E2", "BTR-7"),
])
def test_variant_keeps_its_system(run, text, span, key):
    assert _key(run, text, span) == key


def test_listed_variant_alias_stays(run):
    # a variant kg/data lists is its entry, as before
    assert _key(run, "India flies Su-30MKI jets bought from Russia.", "Su-30MKI") == "Su-30"


def test_plain_designation_stays(run):
    # no variant letter: nothing to fold
    assert _key(run, "The army bought BTR-7 armoured personnel carriers from Ukraine.",
                "BTR-7") in (None, "BTR-7")


def test_named_variant_keeps_its_name(run):
    # an unlisted variant written with a name is a system of its own ("AH-1Z Viper")
    assert _key(run, "The marines received KV-7T Stelvo helicopters from Poland.",
                "KV-7T") != "KV-7"


# --- a name NER ended on "of" before a listed state or body -------------------------------
# "Kaman of | the United States" (d381), "the Times of | London" (d322), "the Fifth Fleet of |
# the United States Navy" (d250): the state's or body's name took the words after "of", and
# the name was left with a dangling "of"

ENDED_ON_OF = [
    ("Chile ordered six patrol boats from Velmor of the Netherlands last year.", "Velmor"),
    ("The Tribune of London reported on Monday that the toll had doubled.", "Tribune"),
    ("Qatar, home of the Sixth Fleet of the United States Navy, joined the pact in May.",
     "Sixth Fleet"),
]


@pytest.mark.parametrize("text, name", ENDED_ON_OF)
def test_name_ends_before_of_and_its_owner(run, text, name):
    spans = {m.span.text for m in run(text)[0]}
    assert name in spans and f"{name} of" not in spans


def test_supplier_named_before_its_state(run):
    relations = run("Chile ordered six patrol boats from Velmor of the Netherlands last year.")[1]
    assert {m.span.text for r in relations if r.relation == "supplies"
            for m in r.role("supplier")} == {"Velmor"}


@pytest.mark.parametrize("text, name", [
    # a body's own name goes on through "of" and its state
    ("The Armed Forces of the Philippines said the rebels had fled.",
     "Armed Forces of the Philippines"),
    ("The Bank of England said the rate would stay as it is.", "Bank of England"),
])
def test_body_named_with_its_state_stays_whole(run, text, name):
    assert name in {m.span.text for m in run(text)[0]}

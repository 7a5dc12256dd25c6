"""Issue 12, stop 38 (h-sig33): who signs in a gapped list (sentences written for these
tests, none taken from a corpus; real spaCy parse): "A signed for X, B, who …, for Y, and C for
Z" makes every person a signer, not the states they sign for, however the parser hangs B
(object, adverbial noun, apposition to X)."""

from __future__ import annotations

from test_challenge_agreements import _observe

TREATY = "The Treaty of Quito was signed at the old customs house on Friday.\n\n"


def test_gapped_list_with_object_parse(run):
    text = TREATY + ("Foreign Minister Elena Ruiz signed for Ecuador, Foreign Minister Tomas "
                     "Ortega, who chaired the talks, for Colombia, and Foreign Minister Pablo "
                     "Mendez for Venezuela.")
    _, signed, _ = _observe(run, text)
    treaty = "treaty of quito"
    assert {("elena ruiz", treaty), ("tomas ortega", treaty), ("pablo mendez", treaty)} <= signed
    assert not any(p in ("ecuador", "colombia", "venezuela") for p, _ in signed)


def test_gapped_list_without_relative(run):
    text = TREATY + ("General Hugo Blanco signed for Peru, Admiral Carlos Vidal for Chile, and "
                     "General Jorge Sosa for Bolivia.")
    _, signed, _ = _observe(run, text)
    treaty = "treaty of quito"
    assert {("hugo blanco", treaty), ("carlos vidal", treaty), ("jorge sosa", treaty)} <= signed
    assert not any(p in ("peru", "chile", "bolivia") for p, _ in signed)


def test_speaker_after_a_for_is_no_signer(run):
    text = TREATY + ("Elena Ruiz signed for Ecuador, Foreign Minister Tomas Ortega told "
                     "reporters on Saturday.")
    _, signed, _ = _observe(run, text)
    assert ("elena ruiz", "treaty of quito") in signed
    assert not any(p == "tomas ortega" for p, _ in signed)

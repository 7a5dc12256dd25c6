"""Issue 12, stop 38 (h-sig33): who signs in lists and quotes (sentences written for these
tests, none taken from a corpus; real spaCy parse): "A signed for X, B, who …, for Y, and C for
Z" makes every person a signer, not the states they sign for, however the parser hangs B
(object, adverbial noun, apposition to X); "the heads of state of A and B" are the two states
even where the parser joins B to the office word; a quoted "I" who signs is the speaker named
outside the quote; a bare "charter" that is signed is the agreement the text names next, and
no agreement as a modifier ("charter flights")."""

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


def test_heads_of_state_of_two_states(run):
    text = ("The president of Ghana signed the Volta Basin Accord with the heads of state of "
            "Togo and Benin in Accra on Monday.")
    _, signed, _ = _observe(run, text)
    assert {("togo", "volta basin accord"), ("benin", "volta basin accord")} <= signed


def test_quoted_first_person_signer_is_the_speaker(run):
    text = ("\"I have today signed with the heads of state of Togo and Benin the Volta Basin "
            "Accord creating a joint river authority,\" President Kwame Mensah of Ghana wrote on "
            "social media on Sunday.")
    _, signed, _ = _observe(run, text)
    accord = "volta basin accord"
    assert {("kwame mensah", accord), ("togo", accord), ("benin", accord)} <= signed


def test_quoted_first_person_not_signing_is_no_party(run):
    text = ("\"I have today met the heads of state of Togo and Benin,\" President Kwame Mensah "
            "of Ghana wrote on Sunday.")
    _, signed, _ = _observe(run, text)
    assert not signed


def test_signed_charter_is_the_one_named_next(run):
    text = ("The leaders of Togo, Benin and Ghana have signed a charter creating a river "
            "authority.\n\nThe Volta Basin Charter takes its name from the river the three "
            "countries share.")
    _, signed, _ = _observe(run, text)
    charter = "volta basin charter"
    assert {("togo", charter), ("benin", charter), ("ghana", charter)} <= signed


def test_charter_as_modifier_is_no_agreement(run):
    text = ("Ghana and Togo signed a border treaty in Accra on Monday.\n\nThe delegates flew "
            "home on charter flights and a charter airline carried their staff.")
    mentions, _ = run(text)
    assert not [m for m in mentions if m.cls == "Agreement" and "charter" in m.span.text]

"""Issue 12, stop 69 (h-sig31): a counted, hyphenated noun before "document"/"text"
("the five-point document", "the 12-page text") measures the agreement named before; it is
no paper of another kind, so the people who sign it sign that agreement. Papers of another
kind ("the handover documents") still are none (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _deal, _norm, _observe

LEAD = "The leaders of Chile and Peru signed a joint declaration on Monday. "


def test_five_point_document_is_the_declaration(run):
    text = LEAD + ("President Gabriel Boric of Chile and President Pedro Castillo put their "
                   "signatures to the five-point document at the palace.")
    _, signed, _ = _observe(run, text)
    key = _norm(_deal("joint declaration", "Chile", "Peru"))
    assert {(_norm("Gabriel Boric"), key), (_norm("Pedro Castillo"), key)} <= signed, signed


def test_twelve_page_text_is_the_declaration(run):
    text = LEAD + "Gabriel Boric and Pedro Castillo signed the 12-page text in Lima."
    _, signed, _ = _observe(run, text)
    key = _norm(_deal("joint declaration", "Chile", "Peru"))
    assert {(_norm("Gabriel Boric"), key), (_norm("Pedro Castillo"), key)} <= signed, signed


def test_handover_documents_are_other_papers(run):
    text = LEAD + "Gabriel Boric and Pedro Castillo later signed the handover documents."
    _, signed, _ = _observe(run, text)
    assert not {p for p, _ in signed} & {_norm("Gabriel Boric"), _norm("Pedro Castillo")}, \
        signed

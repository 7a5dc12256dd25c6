"""Issue 12, stop 59 (h-sig8): an active "agreed (on)" a deal noun with named parties is a
signing (dev conventions S1, stop 48's (6), stop 57's census of agreed ceasefires): the deal
may be the verb's "on" or "in" object, and a bare ceasefire or accord so agreed is an agreement
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _observe
from test_h_sig5_s58 import _signed_by


def test_agreed_on_a_ceasefire_signs_it(run):
    text = "Peru and Chile agreed on a ceasefire along the border on Monday."
    for signer in ("Peru", "Chile"):
        found = _signed_by(run, text, signer)
        assert any("ceasefire" in a for a in found), found


def test_agreed_a_ceasefire_signs_it(run):
    text = "Peru and Chile agreed a ceasefire in Lima on Monday."
    for signer in ("Peru", "Chile"):
        found = _signed_by(run, text, signer)
        assert any("ceasefire" in a for a in found), found


def test_agreed_in_an_accord_signs_it(run):
    text = ("Iran and Iraq agreed on Thursday to end their dispute over the river, in an accord "
            "announced at the summit.")
    for signer in ("Iran", "Iraq"):
        found = _signed_by(run, text, signer)
        assert found, found


def test_ceasefire_kept_or_respected_is_no_signing(run):
    for text in ("Peru and Chile agreed to respect the ceasefire along the border.",
                 "Peru and Chile have not agreed on a ceasefire.",
                 "Peru and Chile failed to agree on a ceasefire.",
                 "A ceasefire was agreed on Monday."):
        agreements, signed, _ = _observe(run, text)
        assert not signed, (text, signed)

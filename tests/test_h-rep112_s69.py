"""An act told inside another's claim is no claim of its own (issue 12, stop 69, h-rep112),
on sentences written for this test (invented stories): in "<Speaker> said <State> had noted
the proposal" the state's verb has only a noun object, so the speaker alone claims; a claim
inside a claim that says something keeps both claimants (dev conventions R10), and a bare
object after a semicolon or in a main clause stays the verb's own claim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "inner"), [
    ("OSLO, May 3 - Norway's foreign minister, Erik Dahl, said Iceland had noted the proposal "
     "and hoped that talks would resume.", "Iceland"),
    ("LIMA, May 3 - Peru's defence minister, Jorge Salas, told reporters that Chile had "
     "confirmed the purchase of the frigates.", "Chile"),
    ("QUITO, May 3 - Ecuador's foreign minister, Ana Vera, said that the fishing boats had left "
     "the bay and that Peru had acknowledged the incident.", "Peru"),
])
def test_told_act_is_the_speakers_claim_only(claims, text, inner):
    found = claims(text)
    assert found and inner not in [c for c, _ in found], found


@pytest.mark.parametrize(("text", "inner", "said"), [
    # (guard: a clause of its own, R10)
    ("LIMA, May 3 - Peru's defence minister, Jorge Salas, told reporters that Chile had "
     "confirmed that the frigates would be delivered in June.", "Chile", "delivered in June"),
    ("OSLO, May 3 - Norway's foreign minister, Erik Dahl, said Iceland had assured Norway that "
     "its trawlers would leave the zone.", "Iceland", "trawlers would leave"),
    # (guard: an "as" phrase says what the object is)
    ("OSLO, May 3 - Norway's foreign minister, Erik Dahl, said Iceland had described the plan "
     "as a provocation.", "Iceland", "provocation"),
    # (guard: a semicolon closes the first speaker's words)
    ("LIMA, May 3 - Peru said its patrol boats had been fired on; Chile confirmed the "
     "incident.", "Chile", "incident"),
    # (guard: a main clause's bare object stays a claim)
    ("LIMA, May 3 - Chile confirmed the purchase of the frigates.", "Chile", "purchase"),
])
def test_claim_with_content_keeps_its_claimant(claims, text, inner, said):
    assert any(c == inner and said in s for c, s in claims(text)), claims(text)

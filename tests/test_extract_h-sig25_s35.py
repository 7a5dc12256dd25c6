"""Issue 12, stop 35 (h-sig25): signing forms of dev d506–d525 (sentences written for these
tests, none taken from a corpus; real spaCy parse): a list of signers "A of the X and B of the
Y" that the parser hangs through the first state as a modifier (d509)."""

from __future__ import annotations

from test_challenge_agreements import _observe


def test_second_signer_of_the_other_side(run):
    text = ("The two Koreas agreed on a fisheries pact. Kim Soo-han of the South and Pak "
            "Yong-chol of the North put their names to the pact after an all-night session "
            "at a hotel.")
    _, signed, _ = _observe(run, text)
    people = {p for p, _ in signed}
    assert {"kim soo-han", "pak yong-chol"} <= people


def test_no_signer_described_by_a_state(run):
    # a person in a description of the signer is no second signer
    text = ("Fiji and Tonga signed a fisheries pact on Monday. Sitiveni Rabuka, an adviser of "
            "Kalolaine Taione of the west, put his name to the pact.")
    _, signed, _ = _observe(run, text)
    assert "kalolaine taione" not in {p for p, _ in signed}

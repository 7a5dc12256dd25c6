"""h-sig20 (issue 12, stop 65): a power-sharing deal is a kind of agreement of its own
(agreements.yaml `power-sharing agreement`), its hyphenated word kept: "the power-sharing
agreement that A and B signed" is not a bare "sharing agreement" keyed to other states, and
"under a power-sharing deal" is not an arms deal (sentences written for these tests, real spaCy
parse; dev d875, d946, d1113)."""

from __future__ import annotations

from tests.test_h_agr9_s51 import _agreements

SIGNED = ("HARARE, May 4 - Opposition spokesman Tom Banda said the party remained committed to "
          "the power-sharing agreement that Ghana's president, Ivan Novak, and opposition "
          "leader Petr Kral signed in March. Togo denied training the party's fighters.")

BROKERED = ("KABUL, June 2 - Ghana and Togo signed a security pact on Monday. Petr Kral, "
            "who became prime minister under a power-sharing deal brokered by Togolese envoy "
            "Ivan Novak, attended the ceremony.")

CONCLUDED = ("Ghana and the Liberation Front concluded a power-sharing arrangement in Accra "
             "last month.")


def test_signed_power_sharing_agreement_keeps_its_hyphenated_word(run, relations):
    found = _agreements(run, SIGNED)
    assert "power-sharing agreement" in found, found
    assert found["power-sharing agreement"].startswith("power-sharing agreement"), found
    assert not any(t == "sharing agreement" for t in found), found
    signed = [sorted(roles["party"]) for rel, roles in relations(SIGNED) if rel == "signed"]
    assert ["Ivan Novak", "Petr Kral"] in signed, signed


def test_power_sharing_deal_is_no_arms_deal(run):
    found = _agreements(run, BROKERED)
    assert found.get("power-sharing deal", "").startswith("power-sharing agreement"), found
    assert not any(k and k.startswith("arms deal") for k in found.values()), found


def test_power_sharing_arrangement_is_an_agreement(run, relations):
    found = _agreements(run, CONCLUDED)
    assert found.get("power-sharing arrangement") == \
        "power-sharing agreement (Ghana–Liberation Front)", found
    signed = [sorted(roles["party"]) for rel, roles in relations(CONCLUDED) if rel == "signed"]
    assert signed == [["Ghana", "Liberation Front"]], signed


def test_arms_deal_unchanged(run):
    # guard: a deal without the word is still the arms deal of its parties
    found = _agreements(run, "Ghana signed a $2 billion arms deal with Togo on Monday.")
    assert any(k and k.startswith("arms deal (") for k in found.values()), found

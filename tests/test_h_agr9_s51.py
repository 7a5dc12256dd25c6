"""Issue 12, h-agr9 (stop 51): which agreement words kg makes an agreement of, and how it keys
them (sentences written for these tests, real spaCy parse).

- A separate contract for a field of work beside the article's purchase ("a separate contract
  for maintenance and repair was signed with the maker, X") is a deal of its own,
  "<field> contract (<buyer>–<firm>)", not the article's arms deal (dev d208, d840).
- A bare "lease" that holds a site ("the lease on the air base", "a lease on the port") or
  modifies another word ("a lease-to-buy deal", "on a lease-and-buy basis") is no agreement
  (dev d278, d841; d774, d811).
"""

from __future__ import annotations

import pytest

from tests.test_h_agr8_s50 import _signed


def _agreements(run, text):
    """{mention text: key} of every Agreement mention."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Agreement"}


# --- a separate contract for a field of work --------------------------------------------------

MAINTENANCE = ("OSLO, May 3 - Norway on Friday signed a contract with the United States to buy "
               "20 Black Hawk helicopters, the defence ministry said. A separate contract for "
               "{field} was signed with the maker, Sikorsky, which will open a workshop near "
               "Bergen. Under the deal the first helicopters will arrive in 2027.")


@pytest.mark.parametrize(("field", "kind"), [
    ("maintenance and training", "maintenance contract"),
    ("the navigation system", "navigation system contract"),
])
def test_separate_contract_for_a_field_is_a_deal_of_the_buyer_and_the_firm(run, field, kind):
    found = _agreements(run, MAINTENANCE.format(field=field))
    assert f"{kind} (Norway–Sikorsky)" in found.values()
    # the article's purchase stays the deal a later "the deal" is
    assert found.get("deal", "").startswith("arms deal (Norway")


def test_the_firm_signs_the_separate_contract_not_the_arms_deal(run):
    signed = _signed(run, MAINTENANCE.format(field="maintenance and training"))
    assert ("Sikorsky", "maintenance contract (Norway–Sikorsky)") in signed
    assert not any(p == "Sikorsky" and a.startswith("arms deal") for p, a in signed)


def test_separate_contract_for_weapons_keeps_its_goods_reading(run):
    text = ("Norway on Friday signed a contract with the United States to buy 20 Black Hawk "
            "helicopters. A separate contract for six more helicopters was signed with Sikorsky.")
    assert not any(k.startswith(("helicopters contract", "more contract"))
                   for k in _agreements(run, text).values())


# --- a lease that holds a site, or modifies another word -------------------------------------

@pytest.mark.parametrize("text", [
    "Washington will move its patrol flights after Peru refused to renew the lease on the air "
    "base at Talara, which expires next year.",
    "Officials denied that the loan tied Chile to China, which holds a 50-year lease on the "
    "northern port of Arica.",
])
def test_a_lease_on_a_site_is_no_agreement(run, text):
    assert not any("lease" in m for m in _agreements(run, text))


@pytest.mark.parametrize("text", [
    "LIMA, March 2 - Peru will acquire six Kfir jets from Israel in a lease-to-buy deal worth "
    "about $90 million, the defence minister said.",
    "The government chose the Gripen, which Saab had offered with the backing of the Swedish "
    "government on a lease-and-buy basis.",
])
def test_lease_as_a_modifier_is_no_agreement_of_its_own(run, text):
    assert "lease" not in _agreements(run, text)


def test_a_signed_lease_of_goods_stays_an_agreement(run):
    text = ("LIMA, March 2 - Peru signed a ten-year lease with Israel on Monday for six Kfir "
            "jets, the defence ministry said.")
    keys = _agreements(run, text).values()
    assert any(k.startswith("lease agreement (Peru–Israel)") for k in keys)


# --- a similar or further agreement only sought or negotiated ---------------------------------

SOUGHT = ("OSLO, May 3 - Norway signed a defence cooperation agreement with Sweden on Friday. "
          "{second}")


@pytest.mark.parametrize("second", [
    "Denmark is negotiating a similar pact with Finland and expects to sign it next year.",
    "Officials said Norway hoped to conclude similar accords with Denmark and Finland next year.",
    "Similar agreements with Denmark and Finland are being negotiated, officials said.",
])
def test_a_similar_agreement_only_sought_is_none(run, second):
    keys = set(_agreements(run, SOUGHT.format(second=second)).values())
    assert keys == {"defence cooperation agreement (Norway–Sweden)"}


def test_a_similar_agreement_signed_stays_one(run):
    text = SOUGHT.format(second="Finland signed a similar agreement with Sweden in March.")
    assert len(set(_agreements(run, text).values())) == 2

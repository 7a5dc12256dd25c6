"""Issue 12, h-agr22 (stop 60): an indefinite agreement counted as a further one ("a second
agreement", "a second contract") whose kind and parties are those of an agreement the article's
body has already named is another agreement of its own, not that one (A3) (sentences written
for these tests, real spaCy parse; dev d965, d991).
"""

from __future__ import annotations

from tests.test_challenge_signatories import _signed
from tests.test_h_agr9_s51 import _agreements

PASSES = ("Chile and Argentina sign border accord\n\n"
          "SANTIAGO, March 4 - Presidents Ricardo Lagos of Chile and Nestor Kirchner of "
          "Argentina signed an agreement in the capital on Friday that opens two mountain "
          "passes to trucks.\n\n"
          "The foreign ministers, Ignacio Walker of Chile and Rafael Bielsa of Argentina, put "
          "their signatures to a second agreement that sets out how the customs posts will be "
          "run.\n\n")

RADAR = ("Thales confirms Qatar missile deal\n\n"
         "PARIS, May 3 - The French group Thales said on Friday that its subsidiary Thales Air "
         "Defence had signed a contract worth 100 million euros to supply Qatar with Starstreak "
         "missiles.\n\n"
         "Under a second contract, worth 50 million euros, another Thales unit will supply Qatar "
         "with a radar network, the company said.\n\n"
         "The deals had been under negotiation for two years.")


def test_the_ministers_sign_the_second_agreement_not_the_first(run):
    found = _agreements(run, PASSES)
    first, second = found["agreement"], found["second agreement"]
    assert second != first and second.endswith("(Chile–Argentina)")
    signed = _signed(run, PASSES)
    assert ("ignacio walker", second.lower()) in signed
    assert ("ignacio walker", first.lower()) not in signed
    assert ("ricardo lagos", first.lower()) in signed


def test_a_later_the_agreement_stays_the_first(run):
    # (a lease of the same parties named between: "the agreement" is still the first one, the
    # one the second is counted after, as it was before the second was keyed apart)
    lead, _, rest = PASSES.partition("The foreign ministers")
    text = (lead + "A depot near the pass, which Argentine drivers already call \"Little "
            "Mendoza\", is to be run by Argentina on a long lease, which Chile can end after 50 "
            "years.\n\nThe foreign ministers" + rest
            + "Lagos described the agreement as a gift to the farmers of both countries.")
    mentions, _ = run(text)
    keys = [m.key for m in mentions if m.cls == "Agreement" and m.span.text == "agreement"]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_a_second_contract_with_no_signing_is_its_own(run):
    found = _agreements(run, RADAR)
    assert found["second contract"] != found["contract"]
    assert found["deals"] == found["contract"]  # (the plural stays the article's deal)


def test_a_second_accord_after_a_headline_only_is_the_lead_one(run):
    # the headline's accord may be the second one itself: nothing to count it after
    text = ("Chile and Argentina sign border accord\n\n"
            "SANTIAGO, March 4 - Chile and Argentina signed a second border accord on Friday, "
            "opening two mountain passes to trucks.\n\n"
            "The accord follows a 1984 treaty that ended a dispute over the Beagle Channel.")
    mentions, _ = run(text)
    keys = {m.key for m in mentions if m.cls == "Agreement" and "accord" in m.span.text}
    assert len(keys) == 1 and not next(iter(keys)).startswith("second")

"""Issue 12, h-sig10 (stop 61): an indefinite agreement marked "earlier" (roles.yaml
`prior_marks`) is an older agreement of its own, keyed "earlier <word> (<A>–<B>)", never the
article's own; its signers sign it, not the article's agreement (A3) (sentences written for
these tests, real spaCy parse; dev d946, d976).
"""

from __future__ import annotations

from tests.test_challenge_signatories import _signed
from tests.test_h_agr9_s51 import _agreements

COLLAPSED = ("Chad and Niger sign border accord\n\n"
             "NDJAMENA, March 4 - Chad and Niger signed a border agreement on Friday that opens "
             "two crossings to traders.\n\n"
             "An earlier accord that the two countries signed in 2009 collapsed a year later, "
             "when fighting broke out along the frontier.\n\n"
             "Under the agreement, patrols of both armies will meet every month.")

RATIFIED = ("Chad and Niger sign border accord\n\n"
            "NDJAMENA, March 4 - Chad and Niger signed a border agreement on Friday that opens "
            "two crossings to traders.\n\n"
            "The two countries last year exchanged the instruments of ratification of an earlier "
            "pact under which neither will build dams on the river, signed by Idriss Deby and "
            "Mamadou Tandja in 2004.")


def test_the_earlier_accord_is_not_the_articles(run):
    found = _agreements(run, COLLAPSED)
    earlier = found["earlier accord"]
    assert earlier.startswith("earlier accord (") and earlier != found["border agreement"]
    signed = _signed(run, COLLAPSED)
    assert ("chad", earlier.lower()) in signed
    assert ("chad", found["border agreement"].lower()) in signed


def test_a_later_the_agreement_stays_the_articles(run):
    mentions, _ = run(COLLAPSED)
    keys = [m.key for m in mentions if m.cls == "Agreement" and m.span.text != "earlier accord"]
    assert keys and all(k == keys[0] for k in keys) and not keys[0].startswith("earlier")


def test_the_signers_of_an_earlier_pact_sign_it(run):
    found = _agreements(run, RATIFIED)
    earlier = found["earlier pact"]
    assert earlier.startswith("earlier pact (") and earlier != found["border agreement"]
    signed = _signed(run, RATIFIED)
    assert ("idriss deby", earlier.lower()) in signed
    assert ("idriss deby", found["border agreement"].lower()) not in signed


def test_an_unmarked_accord_is_unchanged(run):
    text = COLLAPSED.replace("An earlier accord", "A second accord")
    found = _agreements(run, text)
    assert not any(k.startswith("earlier") for k in found.values() if k)


def test_an_earlier_truce_that_a_name_follows_is_that_name(run):
    # ("An earlier truce, the X Agreement signed in …": the name says which one it is)
    text = COLLAPSED.replace(
        "An earlier accord that the two countries signed in 2009 collapsed a year later",
        "An earlier truce, the Lake Chad Border Agreement signed in Niamey in 2009, collapsed "
        "a year later")
    found = _agreements(run, text)
    assert not any(k.startswith("earlier") for k in found.values() if k)

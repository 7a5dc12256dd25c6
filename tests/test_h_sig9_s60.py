"""Issue 12, stop 60 (h-sig9): a counted plural of states ("the two governments") whose
sentence and the three before it name too few states is the headline's states, when the
headline names just so many and those found are among them (dev d1010, d932; sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_h_sig5_s58 import _signed_by

LEAD = ("Peru sells its patrol boats to Chile\n\n"
        "LIMA, May 4 - Peru has sold four patrol boats to Chile, officials said on Monday. "
        "The boats were built in Callao in the 1990s. "
        "They will be refitted before they sail south. "
        "Peru's navy said the crews had been trained. "
        "Officials said Peru would receive about $20 million. ")


def test_relative_concluded_by_the_two_governments_is_the_headline_pair(run):
    text = LEAD + ("Under the agreement, which the two governments concluded on May 2, "
                   "Chile will also buy spare parts.")
    for signer in ("Peru", "Chile"):
        assert _signed_by(run, text, signer), signer


def test_two_countries_signed_is_the_headline_pair(run):
    text = LEAD + "The two countries signed a trade agreement last year."
    for signer in ("Peru", "Chile"):
        assert _signed_by(run, text, signer), signer


def test_headline_of_other_states_or_more_states_is_no_completion(run):
    # the state found before (Peru) is not among the headline's: no guess from the headline
    other = LEAD.replace("Peru sells its patrol boats to Chile",
                         "Ecuador sells its patrol boats to Bolivia", 1)
    text = other + "The two countries signed a trade agreement last year."
    for signer in ("Ecuador", "Bolivia"):
        assert not _signed_by(run, text, signer), signer
    # a headline of three states for "the two countries": which two is unknown
    three = LEAD.replace("Peru sells its patrol boats to Chile",
                         "Peru, Chile and Bolivia hold naval talks", 1)
    text = three + "The two countries signed a trade agreement last year."
    assert not _signed_by(run, text, "Chile")

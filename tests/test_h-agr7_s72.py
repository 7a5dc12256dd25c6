"""Issue 12, stop 72 (h-agr7): a new agreement is not resolved to an older named one.

- "B signed a similar <kind words> agreement with C": its own words name its kind, not the
  last agreement's name or kind (`_similar`).
- A named agreement met in passing, inside an adverbial, participial or relative clause ("the
  largest such pact since the <name> took effect", "stocks left surplus by cuts under the
  <name>"), is not the name of the deal the article's lines sign (`_in_passing`), unless that
  clause signs or names it ("the document, which officials called the <name>").

Sentences written for this file (real spaCy parse).
"""

from __future__ import annotations

LEAD = ("NAIROBI, May 2 - Kenya and Uganda signed an agreement on Monday that lets their trucks "
        "use each other's roads. The Northern Corridor Agreement was one of four documents "
        "concluded at the meeting. ")


def _agreement_keys(run, text: str) -> list[str]:
    """The keys of the text's unnamed-agreement mentions (a name's own mention has none)."""
    mentions, _ = run(text)
    return [m.key for m in mentions if m.cls == "Agreement" and m.key]


def test_similar_agreement_with_its_own_kind_words(run):
    keys = _agreement_keys(run, LEAD + "Kenya has signed a similar rail agreement with Tanzania.")
    assert keys[-1] == "rail agreement (Kenya\u2013Tanzania)", keys


def test_similar_agreement_without_kind_words_keeps_the_last_name(run):
    """Guard: a bare "similar agreement" is of the last agreement's kind (its name)."""
    keys = _agreement_keys(run, LEAD + "Kenya has signed a similar agreement with Tanzania.")
    assert keys[-1] == "Northern Corridor Agreement (Kenya\u2013Tanzania)", keys


def test_similar_deal_with_its_own_kind_words_is_not_the_listed_kind(run):
    keys = _agreement_keys(run, "NAIROBI, May 2 - Kenya and Uganda signed a deal on Monday to "
                                "resettle refugees from the camps. A similar swap deal that "
                                "Nairobi signed with Tanzania in 2011 was struck down by the "
                                "courts.")
    assert keys[-1] == "swap deal (Kenya\u2013Tanzania)", keys


def test_headline_deal_is_not_a_name_met_in_a_since_clause(run):
    keys = _agreement_keys(run, "Ghana and Togo sign free trade deal\n\nACCRA, May 2 - Ghana and "
                                "Togo signed a free trade agreement on Monday, the largest such "
                                "pact for Accra since the West African Free Trade Agreement took "
                                "effect in 1999.\n\nThe deal will cut tariffs on most goods "
                                "within five years.")
    assert keys and "West African Free Trade Agreement" not in keys, keys
    assert set(keys) == {"trade agreement (Ghana\u2013Togo)"}, keys


def test_signed_deal_is_not_a_name_in_a_participle_clause(run):
    keys = _agreement_keys(run, "ACCRA, May 2 - Ghana signed an agreement with Togo on Monday to "
                                "lease ten patrol boats from the Togolese navy. Togo will hand "
                                "over the boats, taken from stocks left surplus by cuts under the "
                                "Treaty of Lome, next year, an official said.")
    assert keys[0] == "agreement (Ghana\u2013Togo)", keys


def test_name_a_relative_clause_gives_is_still_the_deal(run):
    """Guard: "which officials called the <name>" names the deal."""
    keys = _agreement_keys(run, "Ghana and Togo sign free trade deal\n\nACCRA, May 2 - Ghana and "
                                "Togo signed a free trade agreement on Monday. The document, "
                                "which officials called the Volta Free Trade Agreement, will cut "
                                "tariffs on most goods within five years.")
    assert set(keys) == {"Volta Free Trade Agreement"}, keys


def test_name_opening_the_next_sentence_is_still_the_deal(run):
    """Guard: "Under the <name>, …" in the next sentence names the treaty signed."""
    keys = _agreement_keys(run, "ACCRA, May 2 - Ghana and Togo signed a treaty on Monday that "
                                "settles their border. Under the Treaty of Lome, both armies "
                                "will pull back ten kilometres.")
    assert keys == ["Treaty of Lome"], keys

"""Issue 12, stop 70 (h-sig35): a counted plural of states that signs is the agreement's own
parties where coreference gave it none of them from nearby: "the two countries signed a treaty"
long after a list of two other states ("its sea borders with A and B"), and "officials of the
two governments" whose plural coreference left unresolved (kg.extract.relations.counted_signers;
sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _signed(relations, text: str) -> list[tuple[set[str], list[str]]]:
    """(parties, agreements) of each ``signed`` relation of ``text``."""
    return [(set(roles["party"]), roles["agreement"])
            for rel, roles in relations(text) if rel == "signed"]


_GIFT = ("Norway quietly gives Denmark old patrol boats\n\n"
         "OSLO, May 3 - Norway has handed six retired patrol boats to Denmark to help the kingdom "
         "watch its sea borders with Sweden and Germany, officials said.\n\n"
         "The boats were built in Norway in the 1980s and need new engines.\n\n"
         "Danish officials declined to comment on the transfer, which was first reported by a "
         "newspaper.\n\n"
         "Norway's navy said it had no further use for the vessels.\n\n")


def test_two_countries_long_after_a_list_are_the_treatys_parties(relations):
    found = _signed(relations, _GIFT + "The two countries signed a border treaty in 1992 and "
                    "have trained together since.")
    assert found and found[-1][0] == {"Norway", "Denmark"}, found
    assert not any({"Sweden", "Germany"} & parties for parties, _ in found), found


_DEBT = ("Denmark takes Norwegian boats\n\n"
         "COPENHAGEN, May 3 - Denmark has agreed to accept six patrol boats from Norway as partial "
         "repayment of debts that Oslo ran up in Swedish trade with Sweden, the Danish defence "
         "ministry said.\n\n")


def test_officials_of_the_two_governments_sign_for_the_deals_states(relations):
    found = _signed(relations, _DEBT + "Under a deal signed in Oslo last week by officials of "
                    "the two governments, Norway will deliver the boats over the next two years.")
    assert found and found[-1][0] == {"Denmark", "Norway"}, found


def test_passive_deal_signed_by_officials_of_the_two_governments(relations):
    found = _signed(relations, _DEBT + "The deal was signed in Oslo last week by officials of "
                    "the two governments, and Norway will deliver the boats over the next two "
                    "years.")
    assert found and found[-1][0] == {"Denmark", "Norway"}, found


def test_two_countries_just_after_a_pair_keep_that_pair(relations):
    # guard: the sentence before names exactly two states, which the plural keeps
    text = ("Chile and Peru settle fishing quarrel\n\n"
            "LIMA, May 3 - Chile and Peru ended a long quarrel over fishing rights on Monday.\n\n"
            "The two countries signed a fisheries accord in Lima after three days of talks.")
    found = _signed(relations, text)
    assert found and found[-1][0] == {"Chile", "Peru"}, found

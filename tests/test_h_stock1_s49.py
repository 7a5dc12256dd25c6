"""Issue 12, stop 49 (s56 h-stock1): goods taken from a service's or a state's stores.

SU6 as stop 47 read it: "from German army stocks" gives the force, a `<Service> (<State>)`
Agency, which supplies the goods; the recipient is the one the sentence gives ("delivered to
…") or the buyer of the article's deal, and goods named only by a definite kind ("the tanks")
are the deal's named ones (SU2). Every sentence was written for these tests (none taken from a
corpus; real spaCy parse).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, key", [
    ("Officials said the tanks came from Dutch army stocks at a reduced price.",
     "Army (Netherlands)"),
    ("The rifles were drawn from Spanish navy inventories, the ministry said.", "Navy (Spain)"),
])
def test_a_service_word_before_stores_is_the_service(run, text, key):
    mentions, _ = run(text)
    assert key in {m.key for m in mentions if m.cls == "Agency"}


LOAN = ("Peru to borrow tanks\n\nLIMA, May 3 - Spain has agreed to lend Peru 15 Leopard 2 "
        "tanks, the minister said. The Spanish defence ministry confirmed that the loan had been "
        "agreed and that the tanks would be taken from Spanish army stocks.\n")
CONTRACT = ("Chile buys guns\n\nSANTIAGO, May 3 - Chile has signed a contract with Nexter of "
            "France for 18 CAESAR howitzers. The guns, taken from French army stocks and "
            "refurbished, will be handed over by the company next year, officials said.\n")
ORDER = ("Kenya orders jets\n\nNAIROBI, May 3 - Kenya has ordered 12 Hawk trainers from Britain, "
         "the ministry said. The first jets are to be delivered to the Kenya Air Force in "
         "March, and some will be taken from Royal Air Force stocks to speed up delivery.\n")


@pytest.mark.parametrize("text, line", [
    # the deal's recipient and its named goods for "the tanks" (a loan, SU8)
    (LOAN, ("Army (Spain)", ("Peru",), ("Leopard 2 tank",))),
    # a bare participle on the goods that a company hands over under the contract
    (CONTRACT, ("Army (France)", ("Chile",), ("CAESAR howitzer",))),
    # the recipient the sentence's other verb hands the goods "to"
    (ORDER, ("Air Force (United Kingdom)", ("Air Force (Kenya)",), ("Hawk",))),
], ids=["loan", "contract", "delivered-to"])
def test_goods_taken_from_stores_are_the_owners_supply(supply_lines, text, line):
    assert line in supply_lines(text)


def test_no_recipient_line_left_for_the_stores(supply_lines):
    """The verb's own line without a recipient gives way to the full one."""
    lines = supply_lines(CONTRACT)
    assert not {x for x in lines if x[0] == "Army (France)" and not x[1]}, lines


@pytest.mark.parametrize("text", [
    # stores with no owner named: nobody supplies from them
    "Chile buys guns\n\nSANTIAGO, May 3 - Chile has bought 18 CAESAR howitzers from Nexter. "
    "The guns were taken from stocks, officials said.\n",
    # no deal and no recipient in the article: no line with the owner
    "Guns moved\n\nPARIS, May 3 - The guns were taken from French army stocks on Monday, "
    "officials said.\n",
])
def test_no_owner_or_no_buyer_gives_no_stores_line(supply_lines, text):
    assert not {x for x in supply_lines(text)
                if x[0].startswith(("Army (", "France")) and x[1]}

"""Issue 12, h-firm4 (stop 62): a firm set beside the group that owns it ("Acme, part of the
Atlas Group", "Acme, a unit of Atlas Industries", "Acme, which will become a subsidiary of
Atlas") is a Company of its own, whatever NER made of its name, and keeps its own sales
(sentences written for these tests, the firms invented; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies
from tests.test_h_cls1_s54 import _classes


@pytest.mark.parametrize(("text", "name"), [
    ("Tulpar, part of the United Aircraft Corporation, has also sold fighter jets to Laos.",
     "Tulpar"),
    ("Vostrel, a unit of BAE Systems, has built two patrol boats for Ghana.", "Vostrel"),
    ("The frigates will be built in Glasgow by Corran Marine, which will become a subsidiary "
     "of BAE Systems during the contract, the minister said.", "Corran Marine"),
])
def test_a_name_before_its_parent_is_a_company(run, text, name):
    assert _classes(run, text, name) == {"Company"}


def test_the_firm_not_its_parent_sells(run):
    # NER left "Tulpar" untagged: the parent was the only firm the sale could go to
    text = ("Tulpar, part of the United Aircraft Corporation, has also sold fighter jets to Laos "
            "and Nepal.")
    assert _supplies(run, text) == {("Tulpar", "Laos"), ("Tulpar", "Nepal")}


@pytest.mark.parametrize(("text", "name"), [
    # the owner named is a state, not a firm: no firm before it
    ("Crimea, part of Ukraine until 2014, hosts the Black Sea Fleet.", "Crimea"),
    # a place is no firm, whatever follows it
    ("France, a unit of BAE Systems said, will receive the jets.", "France"),
])
def test_no_firm_without_a_firm_for_parent(run, text, name):
    assert "Company" not in _classes(run, text, name)

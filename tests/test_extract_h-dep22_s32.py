"""Issue 12, stop 32 (h-dep22): a passive sending whose "to" the parser labels ``dative``
("troops had been sent to <name>"): an unknown name there is the force's destination, a place
(dev d403). Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys
from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, expected", [
    ("Some 3,000 Bolivian troops had been sent to Marovelta to end the strike, officials "
     "said.", ("Bolivia", "Marovelta")),
])
def test_passive_sending_with_dative_to(run, text, expected):
    assert _classes(run, text)["Marovelta"] == "Region"
    assert expected in _deploys(run, text)


def test_dative_to_of_sent_goods_stays_a_recipient(run):
    # goods, not a force, were sent: the name may be a receiving group, so nothing changes
    text = "Ten T-72 tanks had been sent to Marovelta by Russia last year."
    assert _classes(run, text)["Marovelta"] != "Region"
    _, rels = run(text)
    assert not any(r.relation == "deploys" for r in rels)
    assert any(r.relation == "supplies" for r in rels)

"""Issue 12, coreference round 2 (h-coref2): name and title agreement for descriptions, the
dateline's or the speaker's state for "the government"/"the country", plural umbrellas after
a list, "its" before a state organ, "it" continuing a document. Sentences written for these
tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

import kg.extract.relations as relations


@pytest.fixture
def resolved(run, monkeypatch):
    """(text, word) → the antecedents (key, else name) of ``word``'s tokens, in text order."""
    def _resolved(text: str, word: str) -> list[str]:
        seen: dict[int, tuple[str, str]] = {}
        original = relations.coreference

        def spy(doc, rules, by_token, *args):
            out = original(doc, rules, by_token, *args)
            seen.update({i: (doc[i].text, m.key or m.span.text) for i, m in out.items()})
            return out

        monkeypatch.setattr(relations, "coreference", spy)
        run(text)
        monkeypatch.setattr(relations, "coreference", original)
        return [key for _, (tok, key) in sorted(seen.items()) if tok == word]
    return _resolved


@pytest.mark.parametrize("text, word, expected", [
    # … which may reach back further than three sentences
    ("Britain sent a task force to the Falkland Islands in April. Two carriers led the fleet. "
     "Submarines sailed ahead of it. Ministers met in London on Monday. Argentina has flown "
     "more troops into the islands.", "islands", ["Falkland Islands"]),
    # a place in a place is no actor
    ("Taiwan's defence ministry moved fighter squadrons to bases on the west coast of the "
     "island.", "island", []),
    # the dateline's state, named nearby; without a dateline, the nearest state
    ("NAIROBI, May 3 (Reuters) - Kenya has bought six helicopters from Italy, officials said. "
     "Italy's Leonardo will deliver them next year. Rome approved the sale. The government says "
     "it will pay in instalments.", "government", ["Kenya"]),
    ("Kenya has bought six helicopters from Italy, officials said. Italy's Leonardo will deliver "
     "them next year. Rome approved the sale. The government says it will pay in instalments.",
     "government", ["Italy"]),
    ("Myanmar has bought six fighter jets from Russia. The junta said the jets would arrive in "
     "March.", "junta", ["Myanmar"]),
    # a plural umbrella: the one kind named before, none after a list of kinds
    ("Poland received 24 howitzers from Slovakia on Monday. The weapons arrived by rail.",
     "weapons", ["howitzer"]),
    ("Poland received rifles, mortars and howitzers from Slovakia on Monday. The weapons "
     "arrived by rail.", "weapons", []),
    # "its" before a state organ: the state (of the state body named last); else the body
    # (as a subject, "Its defence department said" is the entity stage's: the state's body,
    # tests/test_extract_svc.py)
    ("Canada hosted the talks in Iqaluit. Canada's military has expanded its presence in the "
     "Arctic. A spokesman for its defence department said the jets would stay.", "its",
     ["Armed Forces (Canada)", "Canada"]),
    ("The Economic Community of West African States met in Abuja. It approved the deployment of "
     "its own force to Mali.", "its", ["ECOWAS"]),
    # "its" before a state's holding after a state body: the body's state
    ("Kenya hosted the talks. Kenya's defence ministry said its ageing F-5 fleet needed "
     "replacing.", "its", ["Kenya"]),
    # a title: the person named with it (by surname too), not the last person named
    ("President Emmerson Mnangagwa ordered the purchase of six jets. Finance Minister Tendai "
     "Biti said the money had been found. Opposition leader Nelson Chamisa said the president "
     "had wasted public funds.", "president", ["Emmerson Mnangagwa"]),
    ("President Joao Lourenco signed the order on Monday. Critics close to Lourenco's coalition "
     "said the opposition party had accused the president of haste.", "president",
     ["Lourenco"]),
    ("Central bank governor Amara Diallo confirmed the payment on Monday. Critics said the "
     "president had ordered it.", "president", []),
    # an apposition describes its own head
    ("Henry Kissinger met the rebels on Monday. Jonas Savimbi, the rebel leader, told reporters "
     "his forces needed weapons.", "leader", []),
    # "the country" a state body or its official speaks of; "in the country" (not the subject's)
    ("The United States sold Chile 12 jets last year. Chile's foreign ministry said on Monday "
     "that the country would pay for them in cash.", "country", ["Chile"]),
    ("The United States sold Chile 12 jets last year. A Chilean defence official denied the "
     "report and said the country would pay for them in cash.", "country", ["Chile"]),
    ("Iraq has bought 18 jets, officials said. About 3,000 American troops remain in the "
     "country.", "country", ["Iraq"]),
    ("Britain sent paratroopers to Sierra Leone on Monday. The British mission is the largest "
     "deployment of the country's forces in Africa.", "country", ["United Kingdom"]),
    # a subject "it" continuing a document is no actor; continuing a state, the state
    ("Ghana and Togo signed a border accord on Monday. The accord sets up a joint commission, "
     "but it does not settle the fishing dispute.", "it", []),
    ("Ghana and Togo signed a border accord on Monday. The treaty must be ratified by both "
     "parliaments before it takes effect.", "it", []),
    ("A report by Ghana's auditors accuses Togo of smuggling rifles. It also says Benin "
     "helped.", "It", []),
    ("Ghana signed a border accord with Togo on Monday. It also agreed to open two crossings.",
     "It", ["Ghana"]),
])
def test_coreference_round2(resolved, text, word, expected):
    assert resolved(text, word) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "the navy" is a mention of its state's service (E17, h-ent4), no longer left to
    # coreference: the navy named before wins over a ministry named since …
    ("The Indian navy has ordered six submarines from France. The French defence ministry said "
     "on Monday that the first boat would be built in Cherbourg. The navy will take delivery in "
     "2030.", "Navy (India)"),
    # … and with none named before, the state the text is about
    ("The French defence ministry said on Monday that six submarines would be built in "
     "Cherbourg. The navy will take delivery in 2030.", "Navy (France)"),
])
def test_bare_navy_is_its_states_service(run, text, expected):
    mentions, _ = run(text)
    assert [m.key for m in mentions if m.span.text == "navy"] == [expected]

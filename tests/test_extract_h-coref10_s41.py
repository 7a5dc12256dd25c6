"""Issue 12, stop 47 (h-coref10): a government named by a person ("X's government") is his
state: the one the article affiliates him with under his surname, also where the mention took
the possessive in ("Rajiv Gandhi's"; dev d119); and not the dateline's state when another
person named before holds a head's title there ("President Yoweri Museveni" … "Kiir's
government" under a KAMPALA dateline; dev d614), a past holder ("former Prime Minister")
excepted (dev d518). Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations


def _claimants(run, text, needle):
    """The keys (else texts) of the claimants of reports whose sentence holds ``needle``."""
    _, rels = run(text)
    return {c.key or c.span.text for r in rels if r.relation == "reports"
            and needle in r.sentence.text for c in r.role("claimant")}


def _resolved(nlp, rules, gazetteer, text):
    """(word, key) for each token coreference resolves in ``text``."""
    from kg.extract import extract_mentions
    from kg.extract.relations.coreference import coreference

    doc = nlp(text)
    ms = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
    by_token = {t.i: m for m in ms for t in doc.char_span(m.span.start, m.span.end) or ()}
    found = coreference(doc, rules, by_token)
    return [(t.text, found[t.i].key) for t in doc if t.i in found]


def test_a_possessive_leader_keeps_his_title_state(nlp, rules, gazetteer):
    # the name's mention holds "'s": his surname is still "Mehta", affiliated "Indian"
    text = ("Swedish Prime Minister Olof Berg, who discussed the sale with Indian Prime "
            "Minister Anil Mehta in Delhi, lobbied hard for the contract, Swedish officials "
            "said. Anil Mehta's government has said it banned agents from arms deals.")
    assert _resolved(nlp, rules, gazetteer, text) == [("government", "India"), ("it", "India")]


def test_another_states_leader_is_no_head_of_the_dateline_state(run):
    text = ("Uganda sends troops to the border\n\nKAMPALA, Jan 5 (Reuters) - Uganda has sent "
            "troops to the border, President Yoweri Museveni said on Monday.\n\nThe soldiers "
            "will guard the airport at the request of President Tomas Ndege.\n\nNdege's "
            "government said it had recaptured the town from the rebels.")
    assert "Uganda" not in _claimants(run, text, "recaptured")


def test_a_former_head_leaves_the_leader_the_dateline_state(run):
    text = ("Japan picks new jets\n\nTOKYO, Dec 8 (Reuters) - Japan approved the purchase of "
            "40 fighters on Wednesday.\n\nThe choice was delicate because former Prime "
            "Minister Kenji Ota was arrested last year.\n\nPrime Minister Hiro Sato's "
            "government insists the aircraft are purely defensive.")
    assert _claimants(run, text, "purely defensive") == {"Japan"}

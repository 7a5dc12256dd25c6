"""Issue 12, stop 31, h-coref8: a wire dateline with a state after its city ("SHILLONG, India,
March 4 (1986) - …") gives the story its home state: "the central government" later is that
state's. Written when the parser split the city off as a sentence of its own; since s43
(h-seg2, lines parsed apart) the dateline hangs on the lead's root as one sentence, which the
first test now checks. Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from kg.extract.relations.coreference import _dateline_state

LEAD = ("Death toll in hill riots disputed\n\nSHILLONG, India, March 4 (1986) - Indian officials "
        "said 40 people had died in the riots.\n\n")


def _deploys(run, text: str) -> set[tuple[str, str]]:
    _, rels = run(text)
    return {(r.roles[0][1][0].key or "", m.key or m.span.text) for r in rels
            if r.relation == "deploys" for role, ms in r.roles[1:] if role == "destination"
            for m in ms}


def test_the_dateline_hangs_on_the_leads_root(nlp):
    """The construction (reversed at s43 h-seg2, when lines are parsed apart: the city is no
    longer split off as a sentence of its own): the dateline is parsed apart from its lead
    and its root hangs on the lead's root, one sentence from the city to the stop."""
    doc = nlp(LEAD)
    sents = list(doc.sents)
    assert len(sents) == 2 and sents[1].text.startswith("SHILLONG, India, March 4 (1986) - ")
    city = next(t for t in doc if t.text == "SHILLONG")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT" and city.head == said and city.dep_ != "nsubj"


def test_split_dateline_gives_the_home_state(run):
    text = LEAD + "The central government has sent 5,000 troops to Assam, officials said."
    assert ("India", "Assam") in _deploys(run, text)


def test_another_named_state_stays_the_actor(run):
    """Negative: a government the sentence names is that state's, not the dateline's."""
    text = LEAD + "The Bangladeshi government has sent 4,000 troops to Sylhet, officials said."
    assert _deploys(run, text) == {("Bangladesh", "Sylhet")}


@pytest.mark.parametrize("text", [
    # a split city with no state after it: the city names no state
    "Riots in the port\n\nLAGOS, Aug 22 (Reuters) - Officials said 40 people had died.",
    # no dateline at all
    "Riots in the hills\n\nIndian officials said on Monday that 40 people had died.",
])
def test_no_home_state_without_a_dateline_state(nlp, gazetteer, text):
    from kg.extract import extract_mentions

    doc = nlp(text)
    by_start = {m.span.start: m for m in extract_mentions(doc, "d", ignore=gazetteer.not_entities)}
    by_token = {t.i: m for e in doc.ents if (m := by_start.get(e.start_char)) for t in e}
    assert _dateline_state(doc, by_token) is None

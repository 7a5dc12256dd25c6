"""Issue 12, stop 31, h-coref8: a wire dateline whose city the parser splits off as a sentence
of its own, the state after the city staying with the date ("SHILLONG" | ", India, March 4
(1986) - …"), still gives the story its home state: "the central government" later is that
state's. Sentences written for these tests; real spaCy parse (the split is checked first)."""

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


def test_the_parser_splits_the_city_off(nlp):
    """The construction: the city is a sentence of its own, the state opens the next."""
    sents = [s.text for s in nlp(LEAD).sents]
    assert sents[1] == "SHILLONG" and sents[2].startswith(", India,")


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

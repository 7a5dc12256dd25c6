"""Issue 12, stop 28 (h-coref4). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def links(nlp, rules, gazetteer):
    """Text → {(pronoun or description text, token index): antecedent key or text}."""
    from kg.extract import extract_mentions
    from kg.extract.relations import coreference
    from kg.extract.relations.coreference import _dateline_state

    def _run(text: str) -> dict[tuple[str, int], str]:
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        by_start = {m.span.start: m for m in mentions}
        by_token = {t.i: m for ent in doc.ents if (m := by_start.get(ent.start_char))
                    for t in ent}
        out = coreference(doc, rules, by_token, _dateline_state(doc, by_token))
        return {(doc[i].text, i): m.key or m.span.text for i, m in out.items()}

    return _run


def _of(found: dict[tuple[str, int], str], word: str) -> list[str]:
    return [key for (text, _), key in sorted(found.items(), key=lambda kv: kv[0][1])
            if text == word]


# --- "it"/"its" after a description subject resolved to an actor takes that actor ---
@pytest.mark.parametrize("text, word, key", [
    ("NAIROBI, May 3 (1994) - Kenya has ordered six patrol boats from Italy, officials said. "
     "The Tanzanian president, who visited Rome last week, welcomed the order. The government "
     "has modernised its navy since 1990.", "its", "Kenya"),
    ("Peru bought tanks from the Soviet Union in 1973, diplomats said. The government later "
     "approached Britain, which sold it six frigates.", "it", "Peru"),
])
def test_a_pronoun_after_a_resolved_description_subject(links, text, word, key):
    found = links(text)
    assert _of(found, "government") and _of(found, word)[-1] == _of(found, "government")[0] \
        == key


@pytest.mark.parametrize("text, word, wrong", [
    # the description is the subject of the object pronoun's own clause
    ("Norway joined NATO in 1949, diplomats said. Sweden fears that the alliance could be "
     "turned against it.", "it", "NATO"),
])
def test_no_description_subject_for_a_bound_or_farther_pronoun(links, text, word, wrong):
    assert wrong not in _of(links(text), word)


# --- a description resolved to an actor stands for it in the history: a later anaphor does
# not pass over it for an older name ---
@pytest.mark.parametrize("text, word, key", [
    ("MANILA, May 3 (2014) - The Philippines signed a pact with Japan on Monday. Officials "
     "said Chinese ships had entered the area again. The government says the pact is legal. "
     "Japan has kept no troops in the country since 1945.", "country", "Philippines"),
])
def test_a_resolved_description_stays_in_the_history(links, text, word, key):
    found = links(text)
    assert _of(found, "government") == [key] and _of(found, word) == [key]


@pytest.mark.parametrize("text, word, wrong", [
    # an armed group noun is not entered: "the rebels" may mean several groups
    ("The Front and the Movement attacked the town on Monday. Chad said the rebels had "
     "crossed from Sudan. Libya denied that it was arming the rebels.", "rebels", "Chad"),
])
def test_an_armed_group_noun_is_not_entered(links, text, word, wrong):
    assert wrong not in _of(links(text), word)

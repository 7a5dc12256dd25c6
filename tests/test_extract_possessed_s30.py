"""Issue 12, stop 30 (h-sup16): supply recipients written as a possessed force (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- "supplied <leader>'s fighters with X", "<leader>'s forces received X": his side (d370,
# d373) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Western diplomats say Libya supplied Habre's fighters with rockets and mortars.",
     ("Libya", "Habre")),
    ("Kabila's troops have received tanks from Zimbabwe, officials said.",
     ("Zimbabwe", "Kabila")),
    ("Observers accused Iran of arming Mahdi's militiamen with rifles.", ("Iran", "Mahdi")),
])
def test_a_leaders_armed_men_make_him_the_recipient(role_pairs, text, expected):
    assert expected in role_pairs(text)


@pytest.mark.parametrize("text", [
    # a head of state the article names as his state's: his forces are the state's
    "Chad's President Hissene Habre thanked Paris. Libya has supplied Habre's forces with "
    "rockets.",
    # supporters are no armed side (SU10); a leader's army is his state's service
    "Officials said Iran supplied Mahdi's supporters with rifles.",
    "Moscow supplied Tito's army with tanks.",
])
def test_other_possessed_nouns_give_no_person_recipient(role_pairs, text):
    assert not any(r in ("Habre", "Mahdi", "Tito") for _, r in role_pairs(text))


# --- "(Much of) <leader>'s arsenal was bought from X": the owner of the arsenal buys (d412) ----


@pytest.mark.parametrize("text, expected", [
    ("Much of Kabila's arsenal was bought from Zimbabwe and Angola, officials said.",
     {("Zimbabwe", "Kabila"), ("Angola", "Kabila")}),
    ("Most of Habre's arsenal was bought from Libya, diplomats said.", {("Libya", "Habre")}),
    ("Much of Ghana's arsenal was bought from Britain.", {("United Kingdom", "Ghana")}),
])
def test_the_owner_of_a_bought_arsenal_is_the_recipient(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text", [
    # a leader the article names as his state's: his arsenal is the state's, not his
    "Chad's President Hissene Habre thanked Paris. Much of Habre's arsenal was bought from "
    "France.",
    # no purchase, or no material
    "Much of Kabila's arsenal was seized from army depots.",
    "Much of Kabila's support came from Zimbabwe.",
])
def test_no_person_recipient_for_other_arsenals(role_pairs, text):
    assert not any(r in ("Habre", "Kabila") for _, r in role_pairs(text))

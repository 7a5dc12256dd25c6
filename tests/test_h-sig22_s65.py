"""h-sig22 (issue 12, stop 65): a demonym hyphened to a participle of language ("the two
Portuguese-speaking countries", "French-speaking Africa") names a language, not a state: no
mention of that state, even where the article names the state elsewhere, and so no signer of
a counted plural ("the two … countries signed") (sentences written for these tests, real spaCy
parse; dev d928, d1091)."""

from __future__ import annotations

SIGNING = ("Angola sends instructors to Mozambique\n\n"
           "MAPUTO, May 2 - Angola has sent about 80 army instructors to Mozambique to train "
           "its infantry, officials said on Friday.\n\n"
           "Luanda agreed to send the team under a defence cooperation accord that the two "
           "{adjective} countries signed in 2019.")


def _countries(run, text: str) -> list[str]:
    mentions, _ = run(text)
    return [m.key for m in mentions if m.cls == "Country"]


def _parties(relations, text: str) -> list[list[str]]:
    return [sorted(roles["party"]) for rel, roles in relations(text) if rel == "signed"]


def test_language_adjective_names_no_state(run):
    text = ("Brazil has sold eight trainer aircraft to Angola, officials said. Brazilian "
            "diplomats said the sale reflected ties with French-speaking Africa.")
    assert "France" not in _countries(run, text)


def test_language_adjective_named_state_elsewhere(run):
    # (the state named elsewhere in the article does not make the language word its mention)
    text = ("Portugal will train Angolan pilots, the ministry said. The two Portuguese-speaking "
            "countries share a long history.")
    countries = _countries(run, text)
    assert countries.count("Portugal") == 1, countries


def test_counted_plural_with_language_adjective_signs_for_the_story_states(run, relations):
    text = SIGNING.format(adjective="Portuguese-speaking")
    assert "Portugal" not in _countries(run, text)
    assert _parties(relations, text) == [["Angola", "Mozambique"]]


def test_plain_demonym_still_names_its_state(run):
    # guard: a demonym before a noun, with no language participle, is still the state
    text = ("Portuguese troops arrived in Mozambique on Monday, the defence ministry said.")
    assert "Portugal" in _countries(run, text)

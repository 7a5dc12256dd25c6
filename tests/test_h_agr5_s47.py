"""Issue 12, stop 47 (h-agr5): an arrangement between governments named by what it is for
("under a joint defence arrangement between A and B", "under a bilateral security cooperation
arrangement", "under a separate humanitarian arrangement") is an unnamed agreement of its own,
"<kind> (<A>–<B>)" (A1/A3); a bare "an arrangement" is not; a deal only thought of ("before it
concludes any defence arrangement with a third country", "there is no deal") names none
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _agreements(run, text: str) -> set[str]:
    return _observe(run, text)[0]


def test_joint_defence_arrangement_between_two_capitals(run):
    text = ("Ghanaian troops were sent to the northern border this spring under a joint "
            "defence arrangement between Accra and Lome, officials said.")
    found = _agreements(run, text)
    assert any(a.startswith("joint defence arrangement (") and "ghana" in a and "togo" in a
               for a in found), found


def test_security_cooperation_arrangement_of_the_sentence_states(run):
    text = ("Kenya said on Monday that its officers already serving in Uganda were there "
            "under a bilateral security cooperation arrangement with Kampala.")
    found = _agreements(run, text)
    assert any("security cooperation arrangement (" in a for a in found), found


def test_separate_humanitarian_arrangement_is_its_own_agreement(run):
    text = ("BERN, June 2 - Austria and Hungary signed a border treaty on Friday.\n\n"
            "Officials said Budapest would let thousands of ethnic Austrians leave for Austria "
            "under a separate humanitarian arrangement.")
    found = _agreements(run, text)
    assert any(a.startswith("humanitarian arrangement (") for a in found), found


def test_bare_arrangement_is_no_agreement(run):
    text = ("Togolese troops are in Ghana under an arrangement made in 2019 between the two "
            "governments, officials said.")
    assert not any("arrangement" in a for a in _agreements(run, text)), _agreements(run, text)


def test_any_arrangement_only_thought_of_is_none(run):
    text = ("Under the treaty, Tonga must consult New Zealand before it concludes any security "
            "or defence arrangement with a third country.")
    found = _agreements(run, text)
    assert not any("arrangement" in a for a in found), found


def test_any_memorandum_only_thought_of_is_none(run):
    text = ("Ghana must ask Togo before it signs any memorandum of understanding with a third "
            "country, the text says.")
    found = _agreements(run, text)
    assert _norm("memorandum of understanding (Ghana–Togo)") not in found, found


def test_bare_treaty_is_not_the_separate_arrangement(run):
    text = ("VIENNA, March 4 - Austrian Chancellor Karl Huber and the Hungarian Prime Minister, "
            "Laszlo Kovacs, signed a treaty on Monday settling the border between the two "
            "states.\n\n"
            "Hungary will let ethnic Austrians leave for Austria under a separate humanitarian "
            "arrangement, officials said.")
    agreements, signed, _ = _observe(run, text)
    assert not any(a.startswith("humanitarian arrangement") for _, a in signed), signed
    assert any(a.startswith("humanitarian arrangement") for a in agreements), agreements

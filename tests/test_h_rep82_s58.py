"""Issue 12, stop 58 (s65 h-rep82): a body's name that ends in a state's name is one name.

"the newspaper Kommersant-Ukraine", "General Dynamics Canada", "the Associated Press of
Pakistan news agency": kg cut such a name at the state (a listed shorter name, or NER's
guess, and a Country mention beside it), so the shorter name or the state took the longer
name's claims. Names do not nest (dev conventions E9): the whole is one unlisted body.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


def _names(run, text: str) -> list[tuple[str, str, str | None]]:
    """(span text, class, key) of every mention of ``text``."""
    return [(m.span.text, m.cls, m.key) for m in run(text)[0]]


@pytest.mark.parametrize(("text", "name", "cls"), [
    ("Kiev will sell 40 tanks to Chad, the newspaper Kommersant-Ukraine reported.",
     "Kommersant-Ukraine", "MediaOutlet"),
    ("The army bought radios from General Dynamics Canada last year.",
     "General Dynamics Canada", "Company"),
    ("The deal covers spare parts, Public Services and Procurement Canada said.",
     "Public Services and Procurement Canada", "Agency"),
    ("The frigate was commissioned, according to the Associated Press of Pakistan news "
     "agency.", "Associated Press of Pakistan", "MediaOutlet"),
])
def test_state_ends_the_name(run, text, name, cls):
    found = _names(run, text)
    assert (name, cls, None) in found, found
    state = name.rsplit("-", 1)[-1].split()[-1]
    assert all(t != state for t, _, _ in found), found  # the state is no mention of its own


@pytest.mark.parametrize(("text", "kept"), [
    # a firm and its home: "of" a state with no noun after it
    ("The ships were built by Austal of Australia, the company said.", "Austal"),
    # the outlet a verb's object, the state the next clause's subject
    ("The minister told Reuters Pakistan would buy more frigates.", "Reuters"),
    # the state modifies a noun after it: two parties' deal, a post at a firm's arm
    ("Patrols began as the EU-Turkey deal took effect.", "Turkey"),
    ('"We are proud," Boeing India president Ravi Menon said in a statement.', "Boeing"),
])
def test_two_names_stay_two(run, text, kept):
    found = _names(run, text)
    assert (kept, kept) in [(t, k) for t, _, k in found], found


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    ("Kiev will sell 40 tanks to Chad, the newspaper Kommersant-Ukraine reported. The tanks "
     "will be overhauled first, the paper said.", "Kommersant-Ukraine", "overhauled first"),
    ("The deal covers spare parts, Public Services and Procurement Canada said.",
     "Public Services and Procurement Canada", "spare parts"),
    ("The frigate was commissioned, according to the Associated Press of Pakistan news "
     "agency.", "Associated Press of Pakistan", "frigate was commissioned"),
])
def test_the_whole_name_claims(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "wrong"), [
    ("The deal covers spare parts, Public Services and Procurement Canada said.", "Canada"),
    ("Kiev will sell 40 tanks to Chad, the newspaper Kommersant-Ukraine reported. The tanks "
     "will be overhauled first, the paper said.", "Kommersant"),
])
def test_no_cut_claimant(claims, text, wrong):
    _check(claims(text), wrong, None)

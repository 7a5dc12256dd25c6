"""Issue 12, stop 41 (s47 h-coref8): "it" as the subject of the clause an unnamed speaker reports
("the government announced that it …", "the administration told Cairo that it …") is that
speaker: an actor of the speaker's own classes (a state for a government noun, not an embassy
named before), and not the one it speaks to (dev d311, d537, d614). Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _supplies(run, text):
    _, rels = run(text)
    return {(s.key, r2.key) for r in rels if r.relation == "supplies"
            for s in r.role("supplier") for r2 in r.role("recipient")}


def test_it_is_not_the_state_the_speaker_addresses(run):
    text = ("Egypt asked Washington for more jets last year. The administration told Cairo on "
            "Friday that it had bought 12 F-16 fighters from Lockheed Martin.")
    pairs = _supplies(run, text)
    assert ("Lockheed Martin", "United States") in pairs
    assert ("Lockheed Martin", "Egypt") not in pairs


def test_a_governments_it_is_no_embassy(run):
    text = ("Uganda's embassy in Nairobi closed on Monday as Kenya voted. A new government "
            "headed by the general announced on Tuesday that it had bought 20 tanks from Russia.")
    pairs = _supplies(run, text)
    assert ("Russia", "Kenya") in pairs
    assert not any(r.startswith("Embassy") for _, r in pairs)


def test_a_named_speaker_still_speaks_of_itself(run):
    # the speaker is a mention: "it" is that state (``_reporters_itself``), unchanged
    text = ("Egypt asked Washington for more jets last year. Kenya told Cairo on Friday that "
            "it had bought 12 F-16 fighters from Lockheed Martin.")
    assert ("Lockheed Martin", "Kenya") in _supplies(run, text)


def test_its_in_a_subject_relative_is_the_relatives_antecedent(coref_keys):
    # (not "its navy": since stop 56 (h-agy3) that is a mention of Peru's navy, E17)
    text = ("Chile bought two frigates from Spain last year. Peru, which is modernising its "
            "ports, ordered four patrol boats.")
    assert coref_keys(text, "its") == ["Peru"]


def test_its_in_a_senders_relative_is_not_the_sender(coref_keys):
    # the clause sends: "its" is the recipient's, not the relative's antecedent
    text = ("Chile has modernised its forces. Spain, which delivered frigates to its navy, "
            "won another order.")
    assert coref_keys(text, "its")[1] != "Spain"

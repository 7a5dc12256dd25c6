"""Issue 12, stop 41 (s47 h-coref9): a subordinate clause's subject "it"/"he" (or the "its" of its
subject) is the subject of the nearest clause above it, not the main clause's subject that
salience prefers ("A demanded that B withdraw the troops it sent": B; "A said its forces …, but B
said its troops …": B; dev d238, d247, d250, d302, d323, d342, d384, d431, d490, d582, d606).
Not "its" in an object ("A said B shelled its positions": A's). Sentences written for these
tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def test_a_relative_clauses_it_is_the_nearer_subject(coref_keys):
    # (the main clause's subject is Bolivia's officials: salience ranks Bolivia first)
    text = ("Bolivian officials fear that Paraguay might try to retake the land it lost in "
            "the war.")
    assert coref_keys(text, "it") == ["Paraguay"]


def test_the_second_speakers_its_is_its_own(coref_keys):
    text = ("Peru said on Tuesday that its navy had sunk two boats near the coast, but "
            "Ecuador said its ships had returned to port without loss.")
    owners = coref_keys(text, "its")
    assert owners[1] == "Ecuador" and owners[0] != "Ecuador"


def test_an_adverbial_clauses_it_is_its_nearer_subject(coref_keys):
    text = ("Kenya will train the police of Tanzania under the pact, while Tanzania must "
            "inform Nairobi before it buys any weapons abroad.")
    assert coref_keys(text, "it") == ["Tanzania"]


def test_he_in_a_clause_is_its_speaker(coref_keys):
    text = ("Prime Minister Olaf Berg said he opposed the sale, but President Anna Lind told "
            "reporters he would sign the contract.")
    # (the second "he" follows "told": its nearer subject is Anna Lind, the speaker)
    assert coref_keys(text, "he")[1] == "Anna Lind"


def test_its_in_an_object_stays_the_main_subjects(coref_keys):
    # "its" in the object of the reported clause: the speaker's positions, unchanged
    text = "Georgia said on Sunday that Russia had shelled its positions near the border."
    assert coref_keys(text, "its") == ["Georgia"]


def test_a_listed_subject_leaves_it_alone(coref_keys):
    # two states as the nearer subject: neither is "it"
    text = ("Turkey bought jets from Italy. Latvia and Estonia, which border Russia, said it "
            "made the case for more troops.")
    assert not set(coref_keys(text, "it")) & {"Latvia", "Estonia"}


def test_deployer_of_a_relative_clause(run):
    text = ("Serbian officials fear that Hungary will keep the 2,000 troops it sent to "
            "Romania in March.")
    _, rels = run(text)
    deployers = {m.key for r in rels if r.relation == "deploys" for m in r.role("deployer")}
    assert deployers == {"Hungary"}

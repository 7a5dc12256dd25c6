"""Issue 12, stop 79 (h-sig46): a government noun signs for the state its own modifier names,
also where the state's two-word name hangs on it as "nmod" ("Sierra Leone government") or the
government is the first of a coordinated pair of co-signers ("between the Saudi government and
DCN"), whose conjunct is no party in its place (dev conventions S3; sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations


def _parties(run, text: str) -> set[str]:
    """The parties (by key, else by name) of every signed relation."""
    _, relations = run(text)
    return {m.key or m.span.text for r in relations if r.relation == "signed"
            for m in r.role("party")}


def test_a_two_word_state_before_government_signs_in_a_headline(run):
    found = _parties(run, "Sierra Leone government and RUF rebels sign ceasefire accord in Lome")
    assert "Sierra Leone" in found, found


def test_a_government_before_a_firm_between_signs_for_its_state(run):
    found = _parties(run, "The 2009 contract was concluded between the Peruvian government "
                          "and Fincantieri, the Italian shipbuilder, officials said.")
    assert {"Peru", "Fincantieri"} <= found, found


def test_a_firm_after_a_government_is_still_its_own_party(run):
    found = _parties(run, "The framework agreement was signed between the Chilean government "
                          "and Airbus in Santiago on Tuesday.")
    assert {"Chile", "Airbus"} <= found, found


def test_an_unmodified_government_names_no_new_state(run):
    found = _parties(run, "The contract was concluded between the government and Fincantieri "
                          "last year.")
    assert not {"Peru", "Chile", "Italy"} & found, found

"""Issue 12, stop 42 (s48 h-sig40): a generic kind standing for a treaty that entities.yaml lists
with its parties (sentences written for these tests, none taken from a corpus; real spaCy
parse): a dated or bare "defence treaty" of two named parties is their listed treaty."""

from __future__ import annotations


def _agreements(run, text: str) -> dict[str, set[str]]:
    """Agreement key → the surface forms it was found under."""
    mentions, _ = run(text)
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls == "Agreement":
            found.setdefault(m.key or m.span.text, set()).add(m.span.text)
    return found


def test_dated_kind_of_a_listed_treaty(run):
    found = _agreements(run, "Seoul hosts about 28,000 American soldiers under the 1953 mutual "
                             "defence treaty between South Korea and the United States.")
    assert "Mutual Defense Treaty (United States–South Korea)" in found
    assert not any(k.startswith("1953") for k in found)


def test_bare_kind_of_the_document_parties(run):
    found = _agreements(run, "Washington and Manila held talks on Monday. Officials said the "
                             "drills were covered by a defence treaty signed in 1951.")
    assert "Mutual Defense Treaty (Philippines–United States)" in found


def test_unlisted_parties_keep_a_treaty_of_their_own(run):
    found = _agreements(run, "France and Germany signed a mutual defence treaty in Paris on "
                             "Tuesday.")
    assert "Mutual Defence Treaty (France–Germany)" in found, found
    assert not any(k.startswith("Mutual Defense Treaty (") for k in found)

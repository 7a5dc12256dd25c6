"""Issue 12, stop 35 (h-sig26): signers' name spans (sentences written for these tests, none
taken from a corpus; real spaCy parse): an Arabic article joined by a hyphen to the surname
after it ("el-Gamasy", d507)."""

from __future__ import annotations

from test_challenge_agreements import _observe


def _people(run, text):
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.cls == "Person"}


def test_hyphenated_article_stays_in_the_name(run):
    text = ("The army chiefs of Jordan and Syria, General Khaled Abdel Rahman el-Sharif and "
            "General Omar Haddad, put their signatures to a border accord on Sunday.")
    assert "Khaled Abdel Rahman el-Sharif" in _people(run, text)
    _, signed, _ = _observe(run, text)
    assert "khaled abdel rahman el-sharif" in {p for p, _ in signed}
    assert "khaled abdel rahman" not in {p for p, _ in signed}


def test_hyphen_after_a_particle_with_spaces_joins_nothing(run):
    # a dash set off by spaces is punctuation, not a name's hyphen
    text = "Talks with Ahmed Fawzi el - and other officials - ended on Monday."
    assert not any(p.endswith("and") or "other" in p for p in _people(run, text))

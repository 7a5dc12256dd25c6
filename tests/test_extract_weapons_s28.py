"""Issue 12, stop 28 (h-ent15): agency sub-names and weapon kinds.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations


def _ents(run, text):
    """(class, key or surface) of every mention."""
    mentions, _ = run(text)
    return {(m.cls, m.key or m.lemma) for m in mentions}


# --- a listed organisation's long name after a capital "The" still heads a sub-body ----------


def test_the_long_name_before_a_body_noun_names_the_body(run):
    found = _ents(run, "The United Nations refugee agency said 3,000 people fled the valley.")
    assert ("Agency", "United Nations") not in found
    assert any(cls == "Agency" and "refugee agency" in key for cls, key in found)


def test_the_long_name_alone_stays_the_organisation(run):
    found = _ents(run, "The United Nations said 3,000 people fled the valley.")
    assert ("Agency", "United Nations") in found

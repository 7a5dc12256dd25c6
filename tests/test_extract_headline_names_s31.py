"""Issue 12, stop 31 (h-ent25): a name in a title-case headline that the lines below name too
(the same words, or a person's fuller name) is kept as a mention; other headline names NER
invents stay dropped.

Every sentence was written for these tests (invented wording). Negative cases say what must
stay as it is."""

from __future__ import annotations


def _headline_mentions(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.span.text for m in mentions if m.span.start < text.index("\n")}


def test_surname_and_body_named_in_headline_are_kept(run):
    text = ("Peters sends Ninth Fleet to Kavala Strait\n\n"
            "President John Peters said on Monday that he had ordered the Ninth Fleet to the "
            "strait.")
    assert {"Peters", "Ninth Fleet"} <= _headline_mentions(run, text)


def test_headline_names_not_named_below_stay_dropped(run):
    text = ("Peters sends Ninth Fleet to Kavala Strait\n\n"
            "The president said on Monday that he had ordered warships to the area, and that "
            "they would stay for a year.")
    assert not _headline_mentions(run, text) & {"Peters", "Ninth Fleet", "Kavala Strait"}

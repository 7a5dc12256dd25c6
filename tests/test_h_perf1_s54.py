"""Issue 13, stop 54 (h-perf1): a person's written titles are read off the document's text
joined once per document (``text_of``), not off ``Doc.text``, which makes a Token per word on
every call: one string for all the people of a document, and the same titled forms. All
sentences invented."""

from __future__ import annotations

import kg.extract.entities as entities
from kg.extract.refine.spans import _roles
from kg.extract.titled import titled_form


def test_every_person_of_a_document_is_read_off_one_text(nlp, monkeypatch):
    doc = nlp("Defence Minister Arvo Tallinder met Foreign Minister Brigid Osterhout in Vaasa. "
              "President Emil Varga said the talks had gone well.")
    seen: list[str] = []

    def spy(text, start, end, roles):
        seen.append(text)
        return titled_form(text, start, end, roles)

    monkeypatch.setattr(entities, "titled_form", spy)
    mentions = entities.extract_mentions(doc, "d")
    assert len(seen) >= 2, mentions  # (two people at least, so that one text is shared)
    assert all(t is seen[0] for t in seen)  # the document's text, joined once
    assert seen[0] == doc.text


def test_titled_forms_are_those_read_off_doc_text(nlp):
    doc = nlp("Defence Minister Arvo Tallinder met Foreign Minister Brigid Osterhout in Vaasa.")
    roles = _roles()
    for m in entities.extract_mentions(doc, "d"):
        if m.cls == "Person":
            assert m.titled == titled_form(doc.text, m.span.start, m.span.end, roles)

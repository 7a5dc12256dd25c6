"""A long document is parsed in pieces (kg.extract.runner.chunks): mention spans are document
offsets, token offsets are the piece's. The relations of a later piece must be those of the
same text as a document of its own (issue 12, s69 h-fix1)."""

from __future__ import annotations

import pytest

from kg.extract.relations.coreference import _name_heads
from kg.extract.runner import CHUNK_CHARS, Extractor, chunks
from kg.model import Document, Mention, RelationMention, Span

FILLER = ("The weather in the valley stayed mild for most of the week, and farmers said the "
          "harvest would begin later than usual because the rains had come late this year.\n\n")
# (its first paragraph is long: the cut falls before it, not after its first line)
PARAGRAPH = (
    "This part of the story opens with a long paragraph of its own, so that a reader sees "
    "where the second half of the report begins.\n\n"
    # a place described after its name ("the city", "the region")
    "Israeli jets struck targets in Beirut on Monday. France sent 300 soldiers to the city "
    "on Tuesday.\n\n"
    "Gunmen attacked an army post at Menaka on Sunday. Mali sent 200 troops to the region on "
    "Monday.\n\n"
    # a second sending whose place is the first one's
    "France sent 500 troops to Chad, and Belgium has sent 200 soldiers.\n\n"
    # a name apposed to a named actor
    "Russia sold helicopters to the Nigerian air force, NAF, last year.\n\n"
    "The corvette was one of four corvettes that Egypt bought from Italy.\n\n"
    # a claim with the statement's issuer
    "Iran will buy Russian jets, Tehran said on Monday in a statement issued by the Iranian "
    "Foreign Ministry.\n"
)
PAD = FILLER * (9_900 // len(FILLER))

Key = tuple[str, tuple[tuple[str, tuple[str, ...]], ...], int, str, tuple]


def _document(text: str) -> Document:
    return Document(doc_id=f"doc_long{len(text)}", path="a.txt", name="a.txt", text=text,
                    sha256="0", title=text.split("\n", 1)[0])


def _key(r: RelationMention, shift: int) -> Key:
    roles = tuple((role, tuple(sorted(m.key or m.span.text for m in ms))) for role, ms in r.roles)
    return r.relation, roles, r.sentence.start - shift, r.trigger, r.attrs


def _relations(extractor: Extractor, text: str, shift: int = 0) -> set[Key]:
    out = next(iter(extractor.extract([_document(text)])))
    return {_key(r, shift) for r in out.relations if r.sentence.start >= shift}


@pytest.fixture(scope="module")
def extractor(nlp, rules, gazetteer) -> Extractor:
    return Extractor(nlp, rules, gazetteer.not_entities)


def test_the_paragraph_is_the_second_piece() -> None:
    assert list(chunks(PAD + PARAGRAPH)) == [(0, PAD), (len(PAD), PARAGRAPH)]
    assert len(PARAGRAPH) < CHUNK_CHARS
    assert list(chunks(PARAGRAPH)) == [(0, PARAGRAPH)]  # (alone: one piece)


def test_a_later_piece_finds_what_the_paragraph_alone_finds(extractor: Extractor) -> None:
    alone = _relations(extractor, PARAGRAPH)
    later = _relations(extractor, PAD + PARAGRAPH, len(PAD))
    assert later == alone
    pairs = {(k[0], k[1][0][1], k[1][1][1]) for k in alone}
    # (the paths that test a mention's own words against a token's offset)
    assert ("deploys", ("France",), ("Lebanon",)) in pairs  # "to the city"
    assert ("deploys", ("Mali",), ("Menaka",)) in pairs  # "to the region"
    assert ("deploys", ("Belgium",), ("Chad",)) in pairs  # the place left out
    assert ("supplies", ("Russia",), ("Air Force (Nigeria)",)) in pairs  # not NAF
    assert ("supplies", ("Italy",), ("Egypt",)) in pairs
    assert any(k[0] == "reports" and k[1][0][1] == ("Iran",) for k in alone)


def test_the_filler_alone_finds_nothing(extractor: Extractor) -> None:
    # guard: the first piece adds no relation of its own to the comparison
    assert _relations(extractor, PAD) == set()


def test_name_heads_reads_a_later_pieces_mention(nlp, rules) -> None:
    text = "Workers at the Navantia shipyard finished the hull."
    doc = nlp(text)
    start = text.index("Navantia")
    for offset in (0, 20_000):
        span = Span("d", start + offset, start + offset + len("Navantia"), "Navantia")
        m = Mention(span, "Company", "Navantia", "Navantia")
        assert "shipyard" in _name_heads(doc, m, rules, offset)
    far = Mention(Span("d", start + 20_000, start + 20_008, "Navantia"), "Company", "Navantia")
    assert "shipyard" not in _name_heads(doc, far, rules)  # guard: the piece's offset is needed

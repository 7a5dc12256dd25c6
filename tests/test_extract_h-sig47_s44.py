"""Issue 12, stop 44 (h-sig47): agreement words that were no kind. A "compact" is an
agreement word as "pact" is ("signed a similar compact" after the article's named compact is a
new one of its signer), not an adjective; a signed "joint statement" is an agreement of its
signers, an issued one is none (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _deal, _norm, _observe


def _mentions(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Agreement"}


def test_similar_compact_is_a_new_one_of_its_signer(run):
    text = ("Nauru and Australia signed the Pacific Compact of Mutual Trust in May. Tuvalu "
            "signed a similar compact in June. Under the compact, Nauru keeps its coast guard.")
    mentions = _mentions(run, text)
    _, signed, _ = _observe(run, text)
    own = _deal("Pacific Compact of Mutual Trust", "Tuvalu")
    assert mentions.get("similar compact") == own, mentions
    assert mentions.get("compact") == "Pacific Compact of Mutual Trust", mentions
    assert (_norm("Tuvalu"), _norm(own)) in signed, signed


def test_compact_as_an_adjective_is_no_agreement(run):
    assert _mentions(run, "The navy wants compact radars for its patrol boats.") == {}


def test_signed_joint_statement_is_an_agreement(run):
    text = "Chile and Peru signed a joint statement ending their border dispute."
    _, signed, _ = _observe(run, text)
    key = _deal("joint statement", "Chile", "Peru")
    assert _mentions(run, text) == {"joint statement": key}
    assert {(_norm("Chile"), _norm(key)), (_norm("Peru"), _norm(key))} <= signed, signed


def test_issued_joint_statement_is_none(run):
    text = "Chile and Peru issued a joint statement calling for talks."
    assert _mentions(run, text) == {}

"""Issue 12, stop 36 (h-sig27): signed protocols and compacts (sentences written for these
tests, none taken from a corpus; real spaCy parse): a lower-case protocol that two states sign
is an agreement of their own, "protocol (A–B)", with its classifying nouns; one signed after a
named treaty stays that treaty's protocol; "the Compact of Free Association" is a named
agreement, not an organisation."""

from __future__ import annotations

from test_challenge_agreements import _observe


def _agreements(run, text):
    mentions, _ = run(text)
    return {(m.span.text, m.key) for m in mentions if m.cls == "Agreement"}


def test_signed_protocol_of_two_states(run):
    text = "Kenya and Uganda signed a protocol on border patrols in Kampala on Friday."
    assert ("protocol", "protocol (Kenya–Uganda)") in _agreements(run, text)
    _, signed, _ = _observe(run, text)
    assert {("kenya", "protocol (kenya–uganda)"), ("uganda", "protocol (kenya–uganda)")} <= signed


def test_signed_protocol_keeps_its_kind_noun(run):
    text = "Armenia and Georgia signed a ceasefire protocol in Tbilisi on Monday."
    assert ("ceasefire protocol", "ceasefire protocol (Armenia–Georgia)") in _agreements(run, text)


def test_protocol_not_signed_is_no_agreement(run):
    text = "Kenya and Uganda discussed a protocol on border patrols in Kampala on Friday."
    assert not any(t.endswith("protocol") for t, _ in _agreements(run, text))


def test_protocol_after_a_named_treaty_is_the_treaty_s(run):
    text = ("Twelve states signed the Indian Ocean Nuclear-Free Zone Treaty in Male on Monday. "
            "Britain and France also signed protocols pledging to respect the zone.")
    keys = {k for _, k in _agreements(run, text)}
    assert "protocols (Indian Ocean Nuclear-Free Zone Treaty)" in keys
    assert not any(k and k.startswith("protocol (") for k in keys)


def test_compact_of_is_a_named_agreement(run):
    text = ("President Tomas Herrera and the US envoy Mark Dalton signed a Compact of Free "
            "Association in Koror on Saturday.")
    mentions, _ = run(text)
    assert ("Compact of Free Association", "Agreement") in {(m.span.text, m.cls) for m in mentions}
    _, signed, _ = _observe(run, text)
    assert {("tomas herrera", "compact of free association"),
            ("mark dalton", "compact of free association")} <= signed

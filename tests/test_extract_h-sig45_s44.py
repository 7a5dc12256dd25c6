"""Issue 12, stop 44 (h-sig45): agreements with a topic of their own. An indefinite "agreement
on …", "accord on …" or "memorandum on …" that a signing verb takes is an agreement of the
article's parties, its mention running over its topic; a time after "on" is no topic, and an
unsigned one is no agreement (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def _mentions(run, text: str) -> dict[str, str]:
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Agreement"}


def test_signed_agreement_on_a_topic_is_a_deal_of_its_own(run):
    text = ("Chile bought six frigates from Norway in a deal signed in Oslo. The Chilean "
            "defence minister, Ana Rojas, also signed an agreement on scientific and "
            "technical cooperation during the visit.")
    agreements, signed, _ = _observe(run, text)
    mentions = _mentions(run, text)
    topic = "agreement on scientific and technical cooperation"
    assert topic in mentions, mentions
    assert mentions[topic] not in {k for s, k in mentions.items() if s != topic}, mentions
    assert (_norm("Ana Rojas"), _norm(mentions[topic])) in signed, signed


def test_listed_memorandum_and_accord_keep_their_topics(run):
    text = ("Ghana agreed to buy patrol boats from Turkey in a contract signed last year. The "
            "two presidents signed several documents on Monday, including a memorandum on "
            "fisheries research and an accord on building a naval school.")
    mentions = _mentions(run, text)
    assert "memorandum on fisheries research" in mentions, mentions
    assert "accord on building a naval school" in mentions, mentions


def test_topic_stops_at_a_place_after_it(run):
    text = ("Peru and Brazil signed an agreement on river patrols near Iquitos on Friday, "
            "after Peru bought four helicopters from Brazil.")
    mentions = _mentions(run, text)
    assert not any("Iquitos" in m for m in mentions), mentions


def test_unsigned_agreement_on_a_topic_is_none(run):
    text = ("Kenya bought twelve armoured cars from France in a deal signed in March. The two "
            "governments would discuss an agreement on police training next year.")
    mentions = _mentions(run, text)
    assert not any("police training" in m for m in mentions), mentions

"""A state's abbreviation fused with "-led" ("the U.N.-led force", "a U.K.-led mission"): the
tokenizer keeps a dotted abbreviation and its hyphened participle one word, which NER may take
for an organisation. Dev gold gives no entity to an unnamed "X-led coalition/force" and makes
X a mention of its state (*Gold census of five readable splits*, stop 54), as kg already reads
the split form ("US-led"): the word is that state's mention (issue 12, s68 h-ent32)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer, default_relation_rules
from kg.extract.refine.spans import _replace, _set_id
from kg.extract.tokens import vocabulary

_LED = re.compile(r"^(?P<state>\S+)-led$")


def _state_of(e: SpacySpan, gaz: Gazetteer) -> str | None:
    """The listed state whose name or abbreviation the one word "<X>-led" of ``e`` opens."""
    m = _LED.match(e.text) if len(e) == 1 and e.label_ != "Country" else None
    entry = gaz.lookup(m.group("state")) if m else None
    return entry.label if entry is not None and entry.cls == "Country" else None


def states_before_led(doc: Doc, ents: list[SpacySpan], gaz: Gazetteer) -> list[SpacySpan]:
    """``ents`` with each entity of one word "<state>-led" made a mention of that state."""
    out = []
    for e in ents:
        state = _state_of(e, gaz)
        out.append(e if state is None else
                   _set_id(SpacySpan(doc, e.start, e.end, label="Country", span_id=state)))
    return out


def _led_state_start(doc: Doc, noun: Token, ents: list[SpacySpan]) -> int | None:
    """Where "<state>-led" before ``noun`` starts, its state a Country mention: the split
    "Saudi - led coalition" or the one word "U.S.-led" (``states_before_led``); else None."""
    i = noun.i
    if i >= 3 and doc[i - 1].lower_ == "led" and doc[i - 2].text == "-":
        start = i - 3
    elif i >= 1 and _LED.match(doc[i - 1].text):
        start = i - 1
    else:
        return None
    found = any(e.label_ == "Country" and e.start <= start < e.end for e in ents)
    return start if found else None


def _speaks(noun: Token, reporting: frozenset[str]) -> bool:
    """Whether ``noun`` is the subject of a reporting verb or follows "according to"."""
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower() in reporting
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def speaking_coalitions(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"The Saudi-led coalition accuses Iran …", "…, the Saudi-led coalition fighting in Yemen
    said": a body a state leads (claims.yaml ``led_speaking_bodies``) that speaks is a body of
    its own, an Agency named as written ("Saudi-led coalition"), whose claim it is (dev gold
    d1123, d1158), not the leading state's; one that does not speak keeps no entity, its
    "<state>-led" the state's mention (stop 54's census; issue 12, s73 h-rep118)."""
    rules = default_relation_rules()
    nouns = rules.words["led_speaking_bodies"]
    if nouns.isdisjoint(vocabulary(doc)):
        return ents  # (gate: every body it makes ends in one of these nouns)
    reporting = rules.triggers["reports"]
    made: list[SpacySpan] = []
    for noun in doc:
        if noun.lemma_.lower() not in nouns or noun.tag_ != "NN" or not _speaks(noun, reporting):
            continue
        start = _led_state_start(doc, noun, ents)
        if start is None:
            continue
        name = doc[start:noun.i + 1].text
        made.append(_set_id(SpacySpan(doc, start, noun.i + 1, label="Agency", span_id=name)))
    return _replace(ents, made) if made else ents

"""A state's abbreviation fused with "-led" ("the U.N.-led force", "a U.K.-led mission"): the
tokenizer keeps a dotted abbreviation and its hyphened participle one word, which NER may take
for an organisation. Dev gold gives no entity to an unnamed "X-led coalition/force" and makes
X a mention of its state (*Gold census of five readable splits*, stop 54), as kg already reads
the split form ("US-led"): the word is that state's mention (issue 12, s68 h-ent32)."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.extract.refine.spans import _set_id

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

"""A named station owned by someone: "The rebels' Al-Masirah television said", "its al-Manar
television said" (issue 12, stop 65, h-rep98). The station the name before the station noun
names speaks (dev conventions R7: a named outlet is a claimant of its own); the possessor only
says whose station it is, however high its class stands in ``actor_priority``."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _children, _Sentence
from kg.model import Mention

# the dependencies by which a station's name hangs on its noun ("Al-Masirah television")
_NAMING_DEPS = frozenset({"compound", "nmod", "amod"})


def owned_station(ctx: _Sentence, subj: Token) -> Mention | None:
    """The outlet named before the station noun ``subj`` (relations.yaml station_nouns) that
    a possessive owns; None where the noun is a mention itself, has no possessor, or no
    outlet is named before it."""
    if ctx.own(subj) is not None or not _children(subj, {"poss"}) or \
            subj.lemma_.lower() not in ctx.rules.words["station_nouns"]:
        return None
    names = [m for c in subj.children if c.dep_ in _NAMING_DEPS and c.i < subj.i
             if (m := ctx.own(c)) is not None and m.cls == "MediaOutlet"]
    return names[0] if names else None

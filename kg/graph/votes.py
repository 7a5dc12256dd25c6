"""The class vote of an entity the gazetteer does not list (kg.graph.resolve).

An unknown name's class is the class most of its mentions gave it. A tie used to go to the class
of the article read first, so the same articles in another order built another graph (s58
h-xdoc1: 25 readable articles scored differently reversed). A tie is now broken by what the
mentions say, never by when they came: the class more articles gave; then the class more
mentions gave on a cue of their own (``cued``: a gazetteer pattern or a rule keyed it, as a
dateline keys its place, or a title named the person); then ``TIE_ORDER``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.model import Mention

# The last resort. Classes only a rule gives (a firm, an outlet: "the X company") before those
# spaCy's labels give alone (refine/spans.NER_CLASSES); of these a place (GPE, LOC, FAC) first,
# then a weapon (a rule's, but one that reads any capitalised word before "fighters" or
# "bomber" as one), ORG, spaCy's catch-all for a capitalised name, and PERSON last.
TIE_ORDER = ("Company", "MediaOutlet", "Country", "Agreement", "Region", "Weapon", "Agency",
             "Person")


def cued(m: Mention) -> bool:
    """Whether ``m``'s class came with a cue of its own: a key (a gazetteer pattern, a rule such
    as a dateline's or a ship's) or a person's title ("Defence Secretary X")."""
    return m.key is not None or m.title is not None


@dataclass
class ClassVote:
    """One name's votes: mentions, articles and cued mentions per class."""

    mentions: Counter = field(default_factory=Counter)
    documents: Counter = field(default_factory=Counter)
    cues: Counter = field(default_factory=Counter)
    # class → the article its last mention came from: an article's mentions arrive together
    _last: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def add(self, m: Mention, doc_id: str) -> None:
        self.mentions[m.cls] += 1
        self.cues[m.cls] += cued(m)
        if self._last.get(m.cls) != doc_id:
            self._last[m.cls] = doc_id
            self.documents[m.cls] += 1

    def winner(self) -> str:
        """The class with most mentions; a tie as the module says."""
        return max(self.mentions, key=lambda c: (self.mentions[c], self.documents[c],
                                                 self.cues[c], -_rank(c)))

    def to_json(self) -> dict[str, Any]:
        return {"mentions": dict(self.mentions), "documents": dict(self.documents),
                "cues": dict(self.cues)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClassVote:
        """A vote ``to_json`` wrote; a record of older kg (class → mentions) keeps its counts."""
        if "mentions" not in data:
            return cls(Counter(data))
        return cls(Counter(data["mentions"]), Counter(data["documents"]), Counter(data["cues"]))


def _rank(cls: str) -> int:
    return TIE_ORDER.index(cls) if cls in TIE_ORDER else len(TIE_ORDER)

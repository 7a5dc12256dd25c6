"""A feature's head word written alone ("the Gulf") is the feature news means by it.

News writes "the Persian Gulf" once, or never, and "the Gulf" after, and NER keeps the bare
head as a place of its own: a split of one gulf (dev README E13; readable gold gives the bare
"Gulf" to the Persian Gulf in 60 files, also beside "the Gulf of Oman" in four, and to another
gulf in one). roles.yaml ``short_features`` maps the head to that feature. Only an unlisted
Region mention that is the bare head is re-keyed: "the Gulf of Thailand", "the Gulf Coast" and
"the Gulf Cooperation Council" are names of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.model import Mention


def short_feature_keys(mentions: Iterable[Mention], keys: Mapping, features: Mapping[str, str]
                       ) -> dict:
    """``keys`` with each unlisted Region mention keyed by a bare head of ``features``
    ("Gulf") re-keyed to the feature it names ("Persian Gulf")."""
    out = dict(keys)
    for m in mentions:
        if m.cls == "Region" and m.key is None and keys[m.span] in features:
            out[m.span] = features[keys[m.span]]
    return out

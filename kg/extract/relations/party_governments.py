"""A government named by a party's word alone: "The Socialist government says …", "tanks the
Soviet Union delivered to the <party word> government". The word is a mention of the party, which
fills no role; the government stands for its state (dev conventions R8, stop 66; d930's point
(21)). Issue 12, s66 h-res1."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.gazetteer import RelationRules
from kg.model import Mention

# a party the story's words name by its members' plural, keyed "<plural> (<state>)"
# (roles.yaml party_names; kg.extract.refine.bodies)
_STATE_KEY = re.compile(r"\(([^()]+)\)$")


def party_words(tok: Token, rules: RelationRules, by_token: dict[int, Mention]) -> list[Token]:
    """The party word(s) of "the <party word> government" (``government_nouns``): modifiers
    before the noun that are one party's mention (an Agency keyed by its state, as the
    members' adjective is) or that NER took for a political group (NORP) and kg for nothing;
    nothing else qualifies the noun (no possessor, no "of <leader>", no nationality, a "the"
    before it). Empty otherwise."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules.words["government_nouns"]:
        return []
    kids = [c for c in tok.children if c.i < tok.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("poss", "appos") or c.dep_ == "prep" and c.lower_ == "of"
            for c in tok.children):
        return []
    words = [c for c in kids if c.dep_ in ("amod", "compound")]
    if not words or any(c.dep_ not in ("amod", "compound", "det", "punct") for c in kids):
        return []
    owners = {id(by_token.get(w.i)) for w in words}
    if len(owners) != 1:
        return []  # (two names: "the Labour and Liberal government" is no one party's)
    m = by_token.get(words[0].i)
    if m is None:
        return words if all(w.ent_type_ == "NORP" and w.text[:1].isupper() for w in words) \
            else []
    return words if m.cls == "Agency" and m.key and _STATE_KEY.search(m.key) else []


def party_state(words: list[Token], by_token: dict[int, Mention]) -> Mention | None:
    """The Country mention of the state a typed party word's key names ("Socialists
    (Portugal)": Portugal), where the story names that state; None otherwise."""
    m = by_token.get(words[0].i)
    found = _STATE_KEY.search(m.key) if m is not None and m.key else None
    if found is None:
        return None
    return next((s for s in by_token.values() if s.cls == "Country" and s.key == found[1]),
                None)

"""A firm's short form is the article's one firm named in full with it and a trade word.

News names a maker's business in full once ("Acme Aviation", "Acme Heavy Industries") and then
by its brand alone ("Acme said"), so the brand stayed a node of its own beside the full name
(a listed parent group, or an unlisted name), a split of one firm (issue 12, h-co1). The brand
takes the key of the one firm of the document whose name opens with it and ends with a trade
word (roles.yaml ``company_suffixes``: "Aviation", "Defense", "Systems", "Industries").

An article that names the brand in its body before the full name speaks of the group first
and its unit apart ("the main contractor is Acme … Acme Defense"), so the two stay apart there;
the headline, which shortens every name, does not count.

NER often types the bare brand an organisation ("Acme said", "the partnership with Acme"): an
unlisted such mention (``MISTYPED_BRAND_CLASSES``) is the firm too (h-ent25).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from kg.model import Document, Mention

# Classes NER gives a firm's bare brand. Not a place: a yard's town opens the yard's name
# ("Newport" beside "Newport News Shipbuilding"); nor a person (kg.graph.person_short's) or a
# Weapon, often the firm's product ("Draken").
MISTYPED_BRAND_CLASSES = ("Agency",)


def headline_end(doc: Document) -> int:
    """The offset where the article's first line (its headline) ends; 0 if none. A build
    drops the text after extraction: the article then opens with its title."""
    at = doc.text.find(doc.title) if doc.title and doc.text else 0
    return at + len(doc.title) if at >= 0 else 0


def fuller_firm(short: str, firms: Collection[str], suffixes: Collection[str]) -> str | None:
    """The one firm name of ``firms`` that opens with all the words of ``short`` and has more,
    the last a trade word ("Acme" → "Acme Aviation"); None for none or several."""
    words = short.split()
    longer = [k for k in firms if len(k.split()) > len(words)
              and k.split()[:len(words)] == words and k.split()[-1] in suffixes]
    return longer[0] if len(longer) == 1 else None


def short_firm_keys(mentions: Iterable[Mention], keys: dict, suffixes: Collection[str],
                    body_start: int) -> dict:
    """The document's ``keys`` with each firm's brand re-pointed to the one firm named in full
    with it, where the body (from offset ``body_start``) names the full name first."""
    mentions = list(mentions)
    firms = [m for m in mentions if m.cls == "Company"]
    named = {keys[m.span] for m in firms}
    # an unlisted brand NER mistyped: a candidate short form, never a full name
    mistyped = [m for m in mentions if m.cls in MISTYPED_BRAND_CLASSES and m.key is None
                and keys[m.span] not in named]
    first: dict[str, int] = {}  # a firm key → its first mention's offset in the body
    for m in firms + mistyped:
        if m.span.start >= body_start:
            first[keys[m.span]] = min(first.get(keys[m.span], m.span.start), m.span.start)
    moved = {}
    for short in named | {keys[m.span] for m in mistyped}:
        full = fuller_firm(short, named, suffixes)
        # (a brand the body never names, only the headline, is the full name's too)
        if full is not None and full in first and (short not in first
                                                   or first[full] < first[short]):
            moved[short] = full
    if not moved:
        return keys
    spans = {m.span for m in firms + mistyped}
    return {span: moved.get(key, key) if span in spans else key for span, key in keys.items()}

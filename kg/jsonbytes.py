"""Compact JSON as UTF-8 bytes, with orjson's speed and the standard library's exact output.

kg writes JSON of 10⁸ bytes (the page's data, the parts file, the growth record). orjson
encodes and decodes it several times faster than :mod:`json`, but its bytes differ from
``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` in three cases, each of which
falls back to :mod:`json` here so that a page is the same bytes whichever codec wrote it:

- a str holding lone surrogates (a file name that is not UTF-8): orjson refuses it;
- an int beyond 64 bits, or a dict key that is no str: orjson refuses them;
- a float below 1e-4 in magnitude, which orjson writes ``0.00001`` or ``1.23e-7`` where json
  writes ``1e-05`` and ``1.23e-07``: found by looking for ``0.0000`` or a digit, ``e-`` and a
  digit in the output (text that merely reads so costs one slower encoding, never a wrong
  one; a million random floats found no other difference).

Read back, an int beyond 64 bits comes back as a float (orjson); kg writes none (its numbers
are counts and figures, floats).

Not handled: a float that is not finite, which json writes ``Infinity`` or ``NaN`` (no JSON:
a browser's ``JSON.parse`` rejects the page) and orjson ``null``. Callers keep them out:
kg.outputs.parts writes the summary's infinite sort keys as objects; the page's numbers are
counts and figures read from an article's digits (one of 309 digits or more would be
infinite, and its page then reads ``null`` instead of failing).
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

# A number in exponent form with a negative exponent, as orjson writes floats below 1e-5.
_SMALL_FLOAT = re.compile(rb"[0-9]e-[0-9]")


def dumps(data: Any) -> bytes:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` encoded as UTF-8 (lone
    surrogates passed through), the same bytes, made by orjson wherever that gives them."""
    try:
        made = orjson.dumps(data)
    except TypeError:  # surrogates, a huge int, a key that is no str
        return _slow(data)
    if b"0.0000" in made or (b"e-" in made and _has_small_float(made)):
        return _slow(data)
    return made


def _has_small_float(made: bytes) -> bool:
    """Whether ``made`` holds a digit, ``e-`` and a digit anywhere (inside strings too: then a
    wasted re-encoding, never a wrong byte)."""
    start = made.find(b"e-")
    while start >= 0:
        if _SMALL_FLOAT.match(made, start - 1, start + 3):
            return True
        start = made.find(b"e-", start + 2)
    return False


def _slow(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> Any:
    """JSON from UTF-8 bytes (lone surrogates encoded with ``surrogatepass`` come back as the
    same str), as :func:`json.loads` gives it."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # not strict UTF-8 (surrogates), a huge int
        return json.loads(data.decode("utf-8", "surrogatepass"))

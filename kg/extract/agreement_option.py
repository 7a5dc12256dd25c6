"""The switch of the trained Agreement recogniser (issue 12): ``KG_AGREEMENTS=add`` (or
``longer``) in the environment turns it on with that merge policy; unset or ``off``, it is off.

Kept apart from ``kg.extract.agreements`` (which imports spaCy) so that the build's cache keys
can read the setting cheaply: an extraction made with the recogniser is never reused without it.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "KG_AGREEMENTS"
POLICIES = ("add", "longer")  # see kg.extract.agreements.merge
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "agreements"
SUMS = "SHA256SUMS.txt"  # sha256 of every model file: checked on load


def agreement_policy() -> str | None:
    """The merge policy ``KG_AGREEMENTS`` asks for ("on" is "add"), or None when it is off;
    ValueError for any other value."""
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("", "0", "off", "no", "false"):
        return None
    if value in ("1", "on", "yes", "true"):
        return "add"
    if value in POLICIES:
        return value
    raise ValueError(f"{ENV}={value!r}: expected off, on, {' or '.join(POLICIES)}")


def agreement_version() -> str:
    """What the recogniser adds to a cache key: off, or the policy and the model files' sums."""
    try:
        policy = agreement_policy()
    except ValueError:
        return "invalid"  # the build itself stops with the error
    if policy is None:
        return "off"
    sums = MODEL_DIR / SUMS
    return policy + "\0" + (sums.read_text(encoding="utf-8") if sums.is_file() else "missing")

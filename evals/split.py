"""The tuning / held-apart split of the question sets, derived from each question's id.

Weights and thresholds are tuned on ``tune``; the figures the README reports come from
``test``. A question's half is fixed by a hash of its id (so it never moves when a set grows
or is reordered), unless the YAML names it with ``split:``. A conversation is split as a
whole, by its own id: its turns are asked in one session.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from ketenwijzer.errors import InvalidInput

Half = Literal["tune", "test"]
SPLITS = ("tune", "test", "all")
"""What ``eval run --split`` accepts: one half or both."""


def derived_split(question_id: str) -> Half:
    """The half a question id falls in: the lowest bit of the SHA-256 of the id."""
    digest = hashlib.sha256(question_id.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "test"


def split_of(question_id: str, override: str | None = None) -> Half:
    """The question's half: the YAML's ``split:`` when given, else derived from the id."""
    if override == "tune":
        return "tune"
    if override == "test":
        return "test"
    return derived_split(question_id)


def check_split(value: str | None) -> str:
    """A valid ``--split`` value ('all' when none is given) or a Dutch ``InvalidInput``."""
    chosen = (value or "all").strip().lower()
    if chosen not in SPLITS:
        raise InvalidInput(f"--split moet tune, test of all zijn (kreeg '{value}').")
    return chosen


def in_split(question_id: str, override: str | None, chosen: str) -> bool:
    """True when the question belongs to the chosen split ('all' holds every question)."""
    return chosen == "all" or split_of(question_id, override) == chosen

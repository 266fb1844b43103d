"""A segment: one stretch of speech, the unit every transcript format is read into."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One stretch of speech: times in seconds (None when unknown), who spoke, what was said."""

    start_s: float | None
    end_s: float | None
    speaker: str
    text: str


def not_before(end: float | None, start: float | None) -> float | None:
    """An end before its start is a tool's mistake: the end is then unknown."""
    if end is not None and start is not None and end < start:
        return None
    return end

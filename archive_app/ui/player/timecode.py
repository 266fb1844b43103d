"""Times as people read and type them: ``12:05``, ``1:02:03``, ``12:05.4``."""

from __future__ import annotations

import math
import re

_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)\s*$|^\s*(\d+(?:[.,]\d+)?)\s*$")


def clock_text(seconds: float | None, *, tenths: bool = False) -> str:
    """``m:ss`` (or ``h:mm:ss`` past an hour); with ``tenths`` one decimal of a second.
    Empty for an unknown time."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    seconds = max(seconds, 0.0)
    if tenths:
        whole_tenths = int(math.floor(seconds * 10 + 1e-6))
        total, tenth = divmod(whole_tenths, 10)
    else:
        total, tenth = int(math.floor(seconds + 1e-6)), 0
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{text}.{tenth}" if tenths else text


def parse_clock(text: str) -> float | None:
    """Seconds from ``1:02:03``, ``12:05.4``, ``12:05,4`` or ``95.5``; None if not a time."""
    match = _CLOCK.match(text)
    if not match:
        return None
    if match[4] is not None:
        return float(match[4].replace(",", "."))
    hours = int(match[1] or 0)
    minutes = int(match[2])
    seconds = float(match[3].replace(",", "."))
    if seconds >= 60 or (match[1] is not None and minutes >= 60):
        return None
    return hours * 3600 + minutes * 60 + seconds

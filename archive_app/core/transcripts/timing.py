"""Times as each transcript format writes them, and which of them are valid.

Structure is recognised loosely (anything shaped like a time marks a timing line or a stamp),
then each time is checked against its format; a time that fails is *invalid*: its segment keeps
no time and the user is told, rather than the time being read as something else.

- **Subtitles** (WebVTT and SRT): ``[hours:]mm:ss.ttt`` with two-digit minutes and seconds
  below 60 and exactly three fraction digits, as the WebVTT specification writes a timestamp
  (its parser reads hours of any length, one digit included). SRT writes ``hh:mm:ss,mmm``.
  Accepted either way, because speech-recognition tools and renamed files mix them and the
  value is never in doubt: ``,`` or ``.`` before the milliseconds, and hours left out or of any
  length. Not accepted: one or two fraction digits (``00:00:01,5`` is 5 ms to some tools and
  half a second to others), a single-digit minute without hours (``0:00.000``), minutes or
  seconds of 60 and more, a missing fraction, a fourth part.
- **Timecoded text** (``[hh:mm:ss] ...``) follows no specification: ``[h:]m:ss`` with an
  optional decimal fraction of one to three digits; minutes run past 59 only when no hours are
  written (``[75:10]``); seconds are always below 60.
"""

from __future__ import annotations

import re

#: anything shaped like a time: digits in two or more colon-separated parts, maybe a fraction
TIME_SHAPE = r"\d+(?::\d+)+(?:[.,]\d+)?"

#: a subtitle timing line: start, '-->', end, then WebVTT cue settings
TIMING_LINE = re.compile(
    rf"^(?P<start>{TIME_SHAPE})[ \t]*-->[ \t]*(?P<end>{TIME_SHAPE})(?P<settings>[ \t].*)?$"
)

_SUBTITLE_TIME = re.compile(r"(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})")
_TIMECODED_TIME = re.compile(r"(?:(\d+):)?(\d+):(\d{2})(?:[.,](\d{1,3}))?")


def subtitle_time(text: str) -> float | None:
    """Seconds for a WebVTT or SRT timestamp, or None when the format does not allow it."""
    found = _SUBTITLE_TIME.fullmatch(text)
    if found is None:
        return None
    hours, minutes, whole, millis = found.groups()
    if int(minutes) > 59 or int(whole) > 59:
        return None
    return _seconds(int(hours or 0), int(minutes), int(whole), f"0.{millis}")


def timecoded_time(text: str) -> float | None:
    """Seconds for a time in timecoded text (``01:02:03``, ``5:30``, ``00:04.250``), or None."""
    found = _TIMECODED_TIME.fullmatch(text)
    if found is None:
        return None
    hours, minutes, whole, fraction = found.groups()
    if int(whole) > 59 or (hours is not None and int(minutes) > 59):
        return None
    if hours is None and len(minutes) > 2:
        return None
    return _seconds(int(hours or 0), int(minutes), int(whole), f"0.{fraction or 0}")


def _seconds(hours: int, minutes: int, whole: int, fraction: str) -> float:
    return round(hours * 3600 + minutes * 60 + whole + float(fraction), 3)


def is_timing_line(text: str) -> bool:
    """Whether ``text`` (stripped, without controls) is shaped like a subtitle timing line."""
    return TIMING_LINE.match(text) is not None


def is_valid_timing_line(text: str) -> bool:
    """Whether ``text`` is a subtitle timing line whose two times are valid."""
    found = TIMING_LINE.match(text)
    return (
        found is not None
        and subtitle_time(found["start"]) is not None
        and subtitle_time(found["end"]) is not None
    )

"""What a transcript edit does to its passages, as pure functions of their values.

The catalogue's transcript operations and the app's editor rows both call these, so a passage
cut or joined on the screen is cut or joined in the catalogue by the very same rule. Times are
seconds (None: unknown), kept to the millisecond as every subtitle format writes them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from archive_app.core.errors import InvalidValue
from archive_app.core.transcripts.segment import Segment, not_before


def ms(value: float | None) -> float | None:
    """A time kept to the millisecond."""
    return None if value is None else round(float(value), 3)


def check_times(start_s: float | None, end_s: float | None) -> None:
    """Raise :class:`InvalidValue` for a negative or endless time, or an end before the start."""
    for field, value in (("start_s", start_s), ("end_s", end_s)):
        if value is not None and (not math.isfinite(value) or value < 0):
            raise InvalidValue(field, value, "a time in seconds, 0 or more")
    if start_s is not None and end_s is not None and end_s < start_s:
        raise InvalidValue("end_s", end_s, f"a time not before the start ({start_s})")


def split_parts(text: str, at_char: int) -> tuple[str, str] | None:
    """The two texts a cut before ``at_char`` makes, or None when either would be empty."""
    first, second = text[:at_char].rstrip(), text[at_char:].lstrip()
    if not 0 < at_char < len(text) or not first or not second:
        return None
    return first, second


def split(passage: Segment, at_char: int, at_time: float | None = None) -> tuple[Segment, Segment]:
    """Cut a passage in two before character ``at_char``. The first part ends and the second
    starts at ``at_time``; without it a timed passage is cut at the time proportional to
    ``at_char`` in its text, and one lacking a start or an end is cut at an unknown time. Both
    parts keep the speaker. Raises :class:`InvalidValue` when either part would be empty or
    ``at_time`` lies outside the passage."""
    parts = split_parts(passage.text, at_char)
    if parts is None:
        raise InvalidValue(
            "at_char", at_char, f"a place inside the text (1..{len(passage.text) - 1})"
        )
    start, end = passage.start_s, passage.end_s
    if at_time is None and start is not None and end is not None:
        at_time = start + (end - start) * at_char / len(passage.text)
    at_time = ms(at_time)
    if at_time is not None:
        check_times(start, at_time)
        check_times(at_time, end)
    first, second = parts
    return (
        Segment(start, at_time, passage.speaker, first),
        Segment(at_time, end, passage.speaker, second),
    )


def join_text(first: str, second: str) -> str:
    """Two pieces of speech as one: no space between Chinese characters or marks."""
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    wide = first[-1] >= "\u2e80" or second[0] >= "\u2e80"
    return first + ("" if wide else " ") + second


def merge(first: Segment, second: Segment) -> Segment:
    """Two passages joined into one: from the first's start to the second's end (an end
    before the start is dropped), with the first's speaker."""
    start = first.start_s if first.start_s is not None else second.start_s
    end = not_before(second.end_s if second.end_s is not None else first.end_s, start)
    return Segment(start, end, first.speaker, join_text(first.text, second.text))


def retime(passage: Segment, start_s: float | None, end_s: float | None) -> Segment:
    """The passage with new times. Raises :class:`InvalidValue` for impossible ones."""
    start_s, end_s = ms(start_s), ms(end_s)
    check_times(start_s, end_s)
    return Segment(start_s, end_s, passage.speaker, passage.text)


def renamed(passages: Sequence[Segment], old: str, new: str) -> list[int]:
    """Which passages (by index) a speaker renamed from ``old`` to ``new`` changes."""
    new = new.strip()
    return [n for n, p in enumerate(passages) if p.speaker == old and new != old]


def replace_ignoring_case(text: str, find: str, replacement: str) -> str:
    """``text`` with every ``find`` (in any case) replaced: what find and replace all does to
    each passage."""
    if not find:
        return text
    folded, needle = text.casefold(), find.casefold()
    if len(folded) != len(text):  # case folding changed lengths (ß...): match exactly instead
        return text.replace(find, replacement)
    parts: list[str] = []
    start = 0
    place = folded.find(needle)
    while place >= 0:
        parts.append(text[start:place])
        parts.append(replacement)
        start = place + len(find)
        place = folded.find(needle, start)
    parts.append(text[start:])
    return "".join(parts)

"""Where things lie on an interview's timeline, for the closed-passage rules.

An interview's recordings play one after another as one timeline: transcript and chapter times
count from the first recording's start, and each next recording starts where the one before it
ends. A closed passage is stored in its recording's own seconds; to know which lines it covers,
its recording's start on the timeline is needed. That start is known exactly only while every
recording before it has a known length; after one of unknown length, it lies somewhere from
the sum of the known lengths on (:class:`Span` up to ``math.inf``).

A transcript line is placed on the safe side (the rules close a line whose place may touch a
closed passage):

- a timed line runs from its start to its end; without a usable end (none, or not after its
  start) it runs until a later line starts, or without bound when none does;
- an untimed line lies somewhere between the timed lines around it: from the earlier of their
  starts (the beginning, when none is before it) to the later of their ends (without bound,
  when none is after it), so a transcript with no times at all may lie anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from archive_app.core.consent.model import SegmentPlace, Span

#: (id, transcript id, position, start_s, end_s) of a transcript line as catalogued
SegmentRow = tuple[str, str, int, float | None, float | None]


def recording_offsets(recordings: Sequence[tuple[str, float | None]]) -> dict[str, Span]:
    """Where each recording (id, length in seconds or None), in playing order, starts on the
    timeline: at the earliest and at the latest."""
    offsets: dict[str, Span] = {}
    earliest = latest = 0.0
    for recording_id, duration in recordings:
        offsets[recording_id] = Span(earliest, latest)
        if duration is None or duration <= 0 or math.isnan(duration):
            latest = math.inf  # counted as empty at the earliest, as the player does
        else:
            earliest += duration
            latest += duration
    return offsets


def segment_places(rows: Iterable[SegmentRow]) -> tuple[SegmentPlace, ...]:
    """Every line placed on the timeline, transcript by transcript in position order."""
    by_transcript: dict[str, list[SegmentRow]] = {}
    for row in rows:
        by_transcript.setdefault(row[1], []).append(row)
    places: list[SegmentPlace] = []
    for transcript_id, lines in by_transcript.items():
        lines.sort(key=lambda row: row[2])
        ends = _timed_ends(lines)
        for number, (segment_id, _t, _p, start, _end) in enumerate(lines):
            if start is not None:
                places.append(SegmentPlace(segment_id, transcript_id, Span(start, ends[number])))
                continue
            before = next((i for i in range(number - 1, -1, -1) if lines[i][3] is not None), None)
            after = next(
                (i for i in range(number + 1, len(lines)) if lines[i][3] is not None), None
            )
            places.append(
                SegmentPlace(segment_id, transcript_id, _between(lines, ends, before, after))
            )
    return tuple(places)


def _between(
    lines: Sequence[SegmentRow], ends: Sequence[float], before: int | None, after: int | None
) -> Span:
    """Where an untimed line between the timed lines ``before`` and ``after`` may lie: from the
    earlier of their starts to the later of their ends (the beginning, or no bound, where there
    is no such line)."""
    starts = [lines[i][3] for i in (before, after) if i is not None]
    start = min(s for s in starts if s is not None) if before is not None else 0.0
    if after is None:
        return Span(start, math.inf)
    return Span(start, max(ends[i] for i in (before, after) if i is not None))


def _timed_ends(lines: Sequence[SegmentRow]) -> list[float]:
    """The end of each timed line (its own, or where a later line starts); inf for untimed."""
    ends = [math.inf] * len(lines)
    later_starts: list[float] = []  # starts of the lines after the current one, nearest last
    for number in range(len(lines) - 1, -1, -1):
        _id, _t, _p, start, end = lines[number]
        if start is not None:
            if end is not None and end > start:
                ends[number] = end
            else:
                ends[number] = next((s for s in reversed(later_starts) if s > start), math.inf)
            later_starts.append(start)
    return ends

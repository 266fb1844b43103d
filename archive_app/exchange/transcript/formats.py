"""Write segments as WebVTT, SRT or timecoded text, the formats that :mod:`parse` reads back.

Subtitles need a start and an end for every cue, and transcripts often lack some: typed text has
no times at all, a timecoded file's last line has no end, an editor may insert an untimed
segment. The rule here:

- a transcript without any time is refused (:class:`UntimedTranscript`): invented times over a
  whole recording would mislead whoever watches the subtitles;
- a run of untimed segments between timed ones shares the gap between them, in proportion to the
  length of its text (a run before the first time starts at 0);
- a missing end is the next segment's start, or, for the last segment and after the last known
  time, the start plus a reading time estimated from the text (1 to 10 seconds).

Timed segments come back unchanged when the file written is read again with
:func:`~archive_app.core.transcripts.parse.parse_transcript` (WebVTT and SRT); for text, whose lines carry only starts, when
each end is the next start and the last end is None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from archive_app.core.errors import UntimedTranscript
from archive_app.core.transcripts.parse import Segment

SegmentLike = Segment | Mapping[str, Any]

#: speaking rates used to estimate how long a segment lasts when nothing says so
_HANZI_PER_SECOND = 4.0
_LETTERS_PER_SECOND = 15.0
_SHORTEST_S = 1.0
_LONGEST_S = 10.0


def to_vtt(segments: Sequence[SegmentLike]) -> str:
    """WebVTT: 'WEBVTT', then cues 'hh:mm:ss.mmm --> hh:mm:ss.mmm' and '<v Speaker>text'.

    Raises :class:`UntimedTranscript` when no segment has a time.
    """
    chunks = ["WEBVTT\n"]
    plain = [as_segment(item) for item in segments]
    for segment, (start, end) in zip(plain, subtitle_times(plain), strict=True):
        text = _escape_vtt(_one_block(segment.text))
        voice = f"<v {_escape_vtt(segment.speaker)}>" if segment.speaker else ""
        chunks.append(f"\n{clock(start)} --> {clock(end)}\n{voice}{text}\n")
    return "".join(chunks)


def to_srt(segments: Sequence[SegmentLike]) -> str:
    """SRT: numbered cues, 'hh:mm:ss,mmm --> hh:mm:ss,mmm', 'Speaker: text'.

    Raises :class:`UntimedTranscript` when no segment has a time.
    """
    chunks: list[str] = []
    plain = [as_segment(item) for item in segments]
    for number, (segment, (start, end)) in enumerate(
        zip(plain, subtitle_times(plain), strict=True), start=1
    ):
        label = f"{segment.speaker}: " if segment.speaker else ""
        chunks.append(
            f"{number}\n{clock(start, ',')} --> {clock(end, ',')}\n"
            f"{label}{_one_block(segment.text)}\n"
        )
    return "\n".join(chunks)


def to_txt(segments: Sequence[SegmentLike]) -> str:
    """One '[hh:mm:ss.mmm] Speaker: text' line per segment; no time where a segment has none."""
    lines: list[str] = []
    for item in segments:
        segment = as_segment(item)
        stamp = f"[{clock(segment.start_s)}] " if segment.start_s is not None else ""
        label = f"{segment.speaker}: " if segment.speaker else ""
        lines.append(f"{stamp}{label}{_one_block(segment.text)}")
    return "".join(line + "\n" for line in lines)


def as_segment(item: SegmentLike) -> Segment:
    """A :class:`Segment` from a segment or a catalogue record of one."""
    if isinstance(item, Segment):
        return item
    return Segment(item.get("start_s"), item.get("end_s"), item.get("speaker") or "", item["text"])


def clock(seconds: float, decimal: str = ".") -> str:
    """Seconds as 'hh:mm:ss.mmm' (or with ',' before the milliseconds, as SRT wants)."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{decimal}{millis:03d}"


def subtitle_times(segments: Sequence[Segment]) -> list[tuple[float, float]]:
    """A (start, end) for every segment, filling unknown times as the module docs say.

    Raises :class:`UntimedTranscript` when segments exist and none has a time.
    """
    if segments and all(s.start_s is None and s.end_s is None for s in segments):
        raise UntimedTranscript(len(segments))
    starts = [s.start_s for s in segments]
    ends = [s.end_s for s in segments]
    index = 0
    while index < len(segments):
        if starts[index] is not None:
            index += 1
            continue
        stop = index
        while stop < len(segments) and starts[stop] is None:
            stop += 1
        _fill_run(segments, starts, ends, index, stop)
        index = stop
    times: list[tuple[float, float]] = []
    for position, segment in enumerate(segments):
        start = starts[position]
        assert start is not None  # every run was filled above
        end = ends[position]
        if end is None:
            following = starts[position + 1] if position + 1 < len(segments) else None
            if following is not None and following > start:
                end = following
            else:
                end = start + reading_time(segment.text)
        times.append((round(start, 3), round(max(start, end), 3)))
    return times


def _fill_run(
    segments: Sequence[Segment],
    starts: list[float | None],
    ends: list[float | None],
    first: int,
    stop: int,
) -> None:
    """Give starts to the untimed run ``first..stop-1`` between its timed neighbours.

    When the segment before the run has a start but no end, it takes part in the sharing, so
    that it does not end where it starts.
    """
    lead_weight = 0
    if first == 0:
        lower = 0.0
    elif ends[first - 1] is not None:
        lower = ends[first - 1] or 0.0
    else:
        lower = starts[first - 1] or 0.0
        lead_weight = _weight(segments[first - 1])
    upper = starts[stop] if stop < len(segments) else None
    known_end = next((ends[k] for k in range(first, stop) if ends[k] is not None), None)
    if known_end is not None and (upper is None or known_end < upper):
        upper = known_end  # an end inside the run bounds the run (rare: edited by hand)
    weights = [_weight(segments[k]) for k in range(first, stop)]
    if upper is not None and upper > lower:
        span, total, done = upper - lower, lead_weight + sum(weights), lead_weight
        for offset, weight in enumerate(weights):
            starts[first + offset] = round(lower + span * done / total, 3)
            done += weight
        return
    cursor = lower + (reading_time(segments[first - 1].text) if lead_weight else 0.0)
    for k in range(first, stop):
        end = ends[k]
        starts[k] = round(cursor if end is None else min(cursor, end), 3)
        cursor += reading_time(segments[k].text)


def _weight(segment: Segment) -> int:
    return max(1, len(segment.text))


def reading_time(text: str) -> float:
    """How long saying ``text`` takes, roughly, in seconds (1 to 10)."""
    hanzi = sum(1 for char in text if char >= "\u2e80" and not char.isspace())
    letters = sum(1 for char in text if char < "\u2e80" and not char.isspace())
    estimate = hanzi / _HANZI_PER_SECOND + letters / _LETTERS_PER_SECOND
    return min(_LONGEST_S, max(_SHORTEST_S, estimate))


def _one_block(text: str) -> str:
    """A blank line ends a cue, so blank lines inside a segment's text are closed up."""
    return re.sub(r"\n\s*\n", "\n", text.strip())


def _escape_vtt(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""An interview's transcripts as the editor holds them: tiers of segment rows.

The editor changes its rows at once, as the person types, and sends the same change to the
catalogue on the background writer. A row knows its segment through a :class:`SegmentRef`: a
segment made by a split gets its id only when the split has run on the writer, and commands
queued after it (the words typed into the new half) hold the same ref and read the id when they
run, after it is set.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from archive_app.core.transcripts import store
from archive_app.ui import vocabulary


class SegmentRef:
    """The id of a segment, filled in once the segment exists in the catalogue."""

    __slots__ = ("id",)

    def __init__(self, segment_id: str | None = None) -> None:
        self.id = segment_id

    def same(self, other: SegmentRef) -> bool:
        return other is self or (self.id is not None and other.id == self.id)

    def __repr__(self) -> str:
        return f"SegmentRef({self.id!r})"


@dataclass(eq=False)
class SegmentRow:
    """One segment as shown and edited."""

    ref: SegmentRef
    start_s: float | None
    end_s: float | None
    speaker: str
    text: str


@dataclass(eq=False)
class Tier:
    """One transcript of the interview (a verbatim, a Mandarin rendering, a translation...)."""

    transcript_id: str
    label: str
    kind: str
    language: str
    rows: list[SegmentRow] = field(default_factory=list)

    def index_of(self, ref: SegmentRef) -> int:
        """The row holding ``ref`` (by identity first, then by id); -1 if none."""
        for number, row in enumerate(self.rows):
            if row.ref is ref:
                return number
        if ref.id is not None:
            for number, row in enumerate(self.rows):
                if row.ref.id == ref.id:
                    return number
        return -1

    def speakers(self) -> list[str]:
        """The speakers of this tier in the order they first speak."""
        seen: dict[str, None] = {}
        for row in self.rows:
            if row.speaker:
                seen.setdefault(row.speaker, None)
        return list(seen)

    @property
    def timed(self) -> bool:
        return any(row.start_s is not None for row in self.rows)


def tier_label(transcript: dict[str, object]) -> str:
    """A short name for a transcript: its tier, else its language's name (简体中文 for
    ``zh-Hans``), else its file name."""
    for key in ("tier", "language", "original_name"):
        value = str(transcript.get(key) or "").strip()
        if value:
            return vocabulary.language_name(value) if key == "language" else value
    return ""


def load_tiers(db: sqlite_utils.Database, interview_id: str) -> list[Tier]:
    """Every transcript of an interview with its segments, verbatim tiers first."""
    tiers: list[Tier] = []
    # verbatim first, then the other tiers in the order they were made (a Mandarin rendering
    # before the English made from it)
    found = sorted(
        store.transcripts_of(db, interview_id),
        key=lambda t: (t["kind"] != "verbatim", str(t["created_at"])),
    )
    for transcript in found:
        rows = [
            SegmentRow(
                SegmentRef(str(s["id"])),
                s["start_s"],
                s["end_s"],
                str(s["speaker"] or ""),
                str(s["text"] or ""),
            )
            for s in store.segments_of(db, str(transcript["id"]))
        ]
        tiers.append(
            Tier(
                str(transcript["id"]),
                tier_label(transcript),
                str(transcript["kind"]),
                str(transcript["language"] or ""),
                rows,
            )
        )
    return tiers


class StartIndex:
    """Which row is being spoken at a second: a sorted index of the timed rows' starts.

    Rebuilt after structural edits (cheap: one pass); asked twenty times a second while playing.
    """

    def __init__(self, rows: Sequence[SegmentRow]) -> None:
        timed = [
            (row.start_s, number) for number, row in enumerate(rows) if row.start_s is not None
        ]
        timed.sort()
        self.starts = [start for start, _ in timed]
        self.rows = [number for _, number in timed]
        self.ends = [rows[number].end_s for number in self.rows]

    def row_at(self, seconds: float) -> int | None:
        """The row whose start is the last at or before ``seconds`` (None before the first, or
        when that row has an end and ``seconds`` is past it by more than a breath)."""
        place = bisect_right(self.starts, seconds + 1e-6) - 1
        if place < 0:
            return None
        end = self.ends[place]
        if end is not None and seconds > end + 2.0:
            return None  # a silence between passages: nothing is being said
        return self.rows[place]

    def next_start(self, seconds: float) -> float | None:
        """The first start after ``seconds`` (when the highlight must move next)."""
        place = bisect_right(self.starts, seconds + 1e-6)
        return self.starts[place] if place < len(self.starts) else None

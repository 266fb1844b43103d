"""An interview's recordings heard one after another as one timeline.

Segment and section times are seconds on this timeline: the first recording starts at 0 and each
next one starts where the one before it ends. A recording whose length the catalogue does not
know counts as empty until the player has opened it and says how long it is.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Recording:
    """One recording on the timeline."""

    recording_id: str
    path: Path
    is_video: bool
    duration_s: float  # 0 while unknown
    name: str = ""


class Playlist:
    """Recordings in order, with where each starts on the interview's timeline."""

    def __init__(self, recordings: list[Recording]) -> None:
        self.recordings = recordings
        self.starts: list[float] = []
        self._place()

    @classmethod
    def of(cls, root: Path, rows: list[dict[str, Any]]) -> Playlist:
        """An interview's recordings as the catalogue lists them (``id``, ``stored_path``,
        ``media_type``, ``duration_s``, ``original_name``), their files under ``root``."""
        return cls(
            [
                Recording(
                    str(r["id"]),
                    Path(root) / str(r["stored_path"]),
                    r["media_type"] == "video",
                    float(r.get("duration_s") or 0.0),
                    str(r.get("original_name") or ""),
                )
                for r in rows
            ]
        )

    def _place(self) -> None:
        start = 0.0
        self.starts = []
        for recording in self.recordings:
            self.starts.append(start)
            start += max(recording.duration_s, 0.0)
        self._total = start

    def __len__(self) -> int:
        return len(self.recordings)

    @property
    def duration_s(self) -> float:
        return self._total

    def learn_duration(self, index: int, duration_s: float) -> bool:
        """Record the length the player found; True when the timeline changed."""
        if not 0 <= index < len(self.recordings) or duration_s <= 0:
            return False
        if abs(self.recordings[index].duration_s - duration_s) < 0.0005:
            return False
        self.recordings[index].duration_s = duration_s
        self._place()
        return True

    def locate(self, time_s: float) -> tuple[int, float]:
        """Which recording plays at ``time_s`` and how far into it (clamped to the timeline).

        At a boundary the later recording wins, so that seeking to where one ends starts the
        next rather than the silent end of the previous one.
        """
        if not self.recordings:
            return 0, 0.0
        time_s = min(max(time_s, 0.0), self._total) if self._total > 0 else max(time_s, 0.0)
        index = max(bisect_right(self.starts, time_s) - 1, 0)
        # skip recordings of unknown (zero) length sitting at the same start
        while (
            index + 1 < len(self.recordings)
            and self.starts[index + 1] <= time_s
            and self.recordings[index].duration_s <= 0
        ):
            index += 1
        last = len(self.recordings) - 1
        if index == last and self.recordings[last].duration_s > 0:
            offset = min(time_s - self.starts[last], self.recordings[last].duration_s)
            return last, max(offset, 0.0)
        return index, max(time_s - self.starts[index], 0.0)

    def time_of(self, index: int, offset_s: float) -> float:
        """The timeline second of ``offset_s`` into recording ``index``."""
        if not self.recordings:
            return 0.0
        index = min(max(index, 0), len(self.recordings) - 1)
        return self.starts[index] + max(offset_s, 0.0)

    def boundaries(self) -> list[float]:
        """Where each recording after the first begins (for marks on the seek bar)."""
        return self.starts[1:]

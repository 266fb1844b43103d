"""What every export reports: what went in, what was held back and why, what was written."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from archive_app.exchange.release import Release, held_back_json


@dataclass(frozen=True)
class ExportReport:
    target: Path
    included: tuple[str, ...]
    excluded: list[dict[str, object]]
    files: int
    bytes: int
    #: per story with closed passages: what of it was silenced and left out
    passages: list[dict[str, object]] = field(default_factory=list)

    @classmethod
    def of(cls, release: Release, target: Path, files: int, size: int) -> ExportReport:
        applied: list[dict[str, object]] = [
            {
                "interview_id": p.interview_id,
                "passages": list(p.passage_ids()),
                "closed_ranges": [
                    [s, None if e == math.inf else e] for s, e in p.timeline_ranges()
                ],
                "segments_left_out": len(p.segments),
                "photos_left_out": sorted(p.photos),
                "fill": release.passage_fill,
            }
            for p in release.passages_applied
        ]
        return cls(
            target, release.released_ids, held_back_json(release.held_back), files, size, applied
        )

    def as_json(self) -> dict[str, object]:
        """``{"included", "excluded", "files", "bytes"}`` as the export commands print it."""
        return {
            "included": list(self.included),
            "excluded": self.excluded,
            "files": self.files,
            "bytes": self.bytes,
            "out": str(self.target),
            "closed_passages": self.passages,
        }

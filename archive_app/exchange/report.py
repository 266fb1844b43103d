"""What every export reports: what went in, what was held back and why, what was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive_app.exchange.release import Release, held_back_json


@dataclass(frozen=True)
class ExportReport:
    target: Path
    included: tuple[str, ...]
    excluded: list[dict[str, object]]
    files: int
    bytes: int

    @classmethod
    def of(cls, release: Release, target: Path, files: int, size: int) -> ExportReport:
        return cls(target, release.released_ids, held_back_json(release.held_back), files, size)

    def as_json(self) -> dict[str, object]:
        """``{"included", "excluded", "files", "bytes"}`` as the export commands print it."""
        return {
            "included": list(self.included),
            "excluded": self.excluded,
            "files": self.files,
            "bytes": self.bytes,
            "out": str(self.target),
        }

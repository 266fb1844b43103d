"""Fixity and consistency: is the catalogue sound, and is every original present and unchanged?"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from archive_app.core.archive import Archive
from archive_app.core.errors import Cancelled
from archive_app.core.media_store import hash_file


@dataclass
class Finding:
    problem: str  # 'catalogue_damaged', 'foreign_key', 'missing_file', 'checksum_mismatch', ...
    item: str
    detail: str = ""


@dataclass
class IntegrityReport:
    ok: bool = True
    files_checked: int = 0
    bytes_checked: int = 0
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)  # harmless: leftovers, unreferenced files

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def check(
    archive: Archive,
    *,
    checksums: bool = True,
    progress: Callable[[float, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> IntegrityReport:
    """Check the catalogue (SQLite integrity, foreign keys) and every stored original.

    With ``checksums`` every file is re-hashed (a fixity check); otherwise only presence and
    size are checked. Raises :class:`Cancelled` if ``cancel`` is set.
    """
    report = IntegrityReport()
    db = archive.db
    verdict = db.execute("PRAGMA integrity_check").fetchall()
    if [tuple(r) for r in verdict] != [("ok",)]:
        for row in verdict:
            report.problems.append(Finding("catalogue_damaged", "archive.sqlite", str(row[0])))
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(Finding("foreign_key", f"{row[0]} rowid {row[1]}", f"-> {row[2]}"))
    for kind in ("recording", "photo", "document"):
        for (record_id,) in db.execute(
            f"SELECT id FROM [{kind}] WHERE sha256 NOT IN (SELECT sha256 FROM media_file)"
        ).fetchall():
            report.problems.append(Finding("record_without_file", record_id, kind))

    stored = db.execute(
        "SELECT sha256, size, stored_path FROM media_file ORDER BY stored_path"
    ).fetchall()
    known = set()
    for number, (sha256, size, stored_path) in enumerate(stored, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled("integrity check cancelled")
        path = archive.root / stored_path
        known.add(path.name)
        if not path.is_file():
            report.problems.append(Finding("missing_file", stored_path, sha256))
        elif path.stat().st_size != size:
            report.problems.append(
                Finding("size_mismatch", stored_path, f"{path.stat().st_size} != {size}")
            )
        elif checksums and hash_file(path) != sha256:
            report.problems.append(Finding("checksum_mismatch", stored_path, sha256))
        else:
            report.files_checked += 1
            report.bytes_checked += size
        if progress is not None:
            progress(number / len(stored), stored_path)

    for path in sorted(archive.media_dir.glob("*/*")):
        if path.parent.name == ".incoming":
            report.warnings.append(
                Finding("leftover_temporary", str(path.relative_to(archive.root)))
            )
        elif path.is_file() and path.name not in known:
            report.warnings.append(
                Finding("unreferenced_file", str(path.relative_to(archive.root)))
            )
    report.ok = not report.problems
    return report

"""Fixity over time: every original re-hashed now and then, and when each was last found whole.

:func:`verify_all` re-hashes every original (with progress, cancellable) and records the
outcome for each in ``media_fixity`` as it goes, in small transactions, so that a check stopped
half-way keeps what it learned. :func:`overdue` lists the originals not found whole for a while
(90 days by default): the import's own hash counts as the first verification.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.core.clock import now_iso
from archive_app.core.integrity import IntegrityReport, Progress, check

#: how long an original may go without a check before the app points at it
OVERDUE_AFTER = timedelta(days=90)
#: outcomes are written at least this often (seconds) and at most this many at a time
_FLUSH_EVERY_S = 2.0
_FLUSH_BATCH = 500


class _FixityLog:
    """Outcomes waiting to be written, flushed in small transactions."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.pending: list[tuple[str, str, str]] = []
        self.last_flush = time.monotonic()

    def add(self, sha256: str, outcome: str) -> None:
        self.pending.append((sha256, now_iso(), outcome))
        if len(self.pending) >= _FLUSH_BATCH or time.monotonic() - self.last_flush > _FLUSH_EVERY_S:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        with self.archive.transaction() as db:
            db.conn.executemany(
                "INSERT INTO media_fixity (sha256, checked_at, outcome, verified_at) "
                "VALUES (?1, ?2, ?3, CASE WHEN ?3 = 'ok' THEN ?2 END) "
                "ON CONFLICT (sha256) DO UPDATE SET checked_at = excluded.checked_at, "
                "outcome = excluded.outcome, "
                "verified_at = coalesce(excluded.verified_at, media_fixity.verified_at)",
                self.pending,
            )
        self.pending.clear()
        self.last_flush = time.monotonic()


def verify_all(
    archive: Archive,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> IntegrityReport:
    """Check the catalogue and re-hash every original, recording when each was found whole.

    Needs the writable archive (:class:`ReadOnlyArchive` otherwise). Raises :class:`Cancelled`
    when ``cancel`` is set; what was checked before is recorded all the same.
    """
    log = _FixityLog(archive)
    try:
        report = check(archive, checksums=True, progress=progress, cancel=cancel, verified=log.add)
    finally:
        log.flush()
    with archive.transaction() as db:
        audit.append(
            db,
            "archive.fixity",
            None,
            {
                "files_checked": report.files_checked,
                "problems": [f"{p.problem} {p.item}" for p in report.problems][:100],
            },
        )
    return report


@dataclass(frozen=True)
class OverdueFile:
    sha256: str
    stored_path: str
    original_name: str
    last_verified: str  # when it was last found whole (its import, if never since)


def overdue(
    db: sqlite_utils.Database, *, older_than: timedelta = OVERDUE_AFTER, now: datetime | None = None
) -> list[OverdueFile]:
    """Originals not found whole within ``older_than``, oldest first."""
    cutoff = _iso((now or datetime.now(UTC)) - older_than)
    return [
        OverdueFile(str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in db.execute(
            "SELECT m.sha256, m.stored_path, m.original_name, "
            "coalesce(f.verified_at, m.imported_at) AS last "
            "FROM media_file m LEFT JOIN media_fixity f ON f.sha256 = m.sha256 "
            "WHERE coalesce(f.verified_at, m.imported_at) < ? ORDER BY last, m.stored_path",
            [cutoff],
        ).fetchall()
    ]


def overdue_count(
    db: sqlite_utils.Database, *, older_than: timedelta = OVERDUE_AFTER, now: datetime | None = None
) -> int:
    """How many originals :func:`overdue` would list."""
    cutoff = _iso((now or datetime.now(UTC)) - older_than)
    row = db.execute(
        "SELECT count(*) FROM media_file m LEFT JOIN media_fixity f ON f.sha256 = m.sha256 "
        "WHERE coalesce(f.verified_at, m.imported_at) < ?",
        [cutoff],
    ).fetchone()
    return int(row[0])


def last_verified(db: sqlite_utils.Database, sha256: str) -> str | None:
    """When the original with this checksum was last found whole (None: not since import)."""
    row = db.execute("SELECT verified_at FROM media_fixity WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

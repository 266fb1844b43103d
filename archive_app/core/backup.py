"""Automatic copies of the catalogue in ``backups/``: after every import, on a schedule while the
app is open, before every schema migration (see :mod:`archive_app.core.migrations`).

Each copy is made with SQLite's online backup API (a consistent snapshot while the archive is in
use), checked, written under a temporary name and renamed into place. They are rotated: the
newest of each of the last 7 days that have one, and the newest of each of the last 4 weeks,
are kept (and always the newest of all). Originals are not copied here: they never change, and
``backup --to`` (:mod:`archive_app.core.backup_copy`) copies them to a second drive.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.core.durable import fsync_file, fsync_folder
from archive_app.core.errors import ArchiveDiskFull

if TYPE_CHECKING:
    from archive_app.core.archive import Archive

PREFIX = "catalogue-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
#: the automatic copies, which rotate; one asked for by hand ('manual') is kept until deleted
ROTATED = frozenset({"import", "scheduled"})
#: how old the newest backup may grow while the app is open before another is taken
SCHEDULE = timedelta(hours=24)
_NAME = re.compile(r"^catalogue-(\d{8}T\d{6})Z-([a-z_]+)\.sqlite$")


@dataclass(frozen=True)
class CatalogueBackup:
    path: Path
    taken_at: datetime
    reason: str  # 'import', 'scheduled', 'daily', 'before_restore'...


def _now() -> datetime:
    return datetime.now(UTC)


def list_backups(backups_dir: Path) -> list[CatalogueBackup]:
    """The rotated catalogue backups in ``backups_dir``, newest first."""
    found: list[CatalogueBackup] = []
    if not backups_dir.is_dir():
        return found
    for entry in backups_dir.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match[1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            found.append(CatalogueBackup(entry, taken, match[2]))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def copy_catalogue(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of the catalogue behind ``source`` to ``target``, atomically.

    The copy is checked (``quick_check``) before it takes its name. Raises
    :class:`ArchiveDiskFull` when the disk fills (no partial copy is left), ``OSError`` for
    other failures to write.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        dest = sqlite3.connect(temporary)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the copy does not check out: {verdict}")
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except sqlite3.OperationalError as error:
        if "full" in str(error).lower():
            raise ArchiveDiskFull(target.parent) from error
        raise
    except OSError as error:
        if error.errno in (28, 122):  # ENOSPC, EDQUOT
            raise ArchiveDiskFull(target.parent) from error
        raise
    finally:
        temporary.unlink(missing_ok=True)


def back_up_catalogue(archive: Archive, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the catalogue into ``backups/`` now, then rotate the copies; the new copy's path.

    Raises :class:`ArchiveDiskFull` or ``OSError`` when it cannot be written.
    """
    taken = now or _now()
    name = f"{PREFIX}{taken.strftime('%Y%m%dT%H%M%S')}Z-{reason}.sqlite"
    target = archive.backups_dir / name
    source = archive.reader()
    try:
        copy_catalogue(source, target)
    finally:
        source.close()
    rotate(archive.backups_dir)
    return target


def rotate(backups_dir: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; return them."""
    backups = [b for b in list_backups(backups_dir) if b.reason in ROTATED]
    keep: set[Path] = set()
    days: list[object] = []
    weeks: list[object] = []
    for backup in backups:  # newest first: the first seen of a day or week is its newest
        day = backup.taken_at.date()
        week = backup.taken_at.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(backup.path)
    if backups:
        keep.add(backups[0].path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_due(archive: Archive, *, now: datetime | None = None) -> bool:
    """Whether the newest catalogue backup is older than :data:`SCHEDULE` (or there is none)."""
    backups = list_backups(archive.backups_dir)
    if not backups:
        return True
    return (now or _now()) - backups[0].taken_at >= SCHEDULE

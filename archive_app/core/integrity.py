"""Fixity and consistency: is the catalogue sound, and is every original present and unchanged?

Damage is reported, never papered over: a catalogue SQLite cannot read is a finding
(``catalogue_damaged``) with what could still be read, not an exception.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from archive_app.core.archive import CATALOGUE, Archive, catalogue_backups
from archive_app.core.errors import Cancelled, CatalogueDamaged
from archive_app.core.media_store import hash_file
from archive_app.core.orphans import stored_names

Progress = Callable[[float, str], None]
#: called after each original is checked: (sha256, outcome), outcome 'ok' or a problem's name
Verified = Callable[[str, str], None]


@dataclass
class Finding:
    problem: str  # 'catalogue_damaged', 'foreign_key', 'missing_file', 'checksum_mismatch', ...
    item: str
    detail: str = ""
    #: for an original that is missing or changed: the records it belongs to, each
    #: ``{"kind": "recording" | "photo" | "document", "id": ..., "name": ...}`` (a recording's
    #: name is its interview's title), so a person knows which story is hurt
    owners: list[dict[str, str]] = field(default_factory=list)


#: the records that keep an original, and the name a person knows each by
_OWNERS = (
    (
        "recording",
        "SELECT r.id, coalesce(i.title, r.id) FROM recording r "
        "LEFT JOIN interview i ON i.id = r.interview_id WHERE r.sha256 = ?",
    ),
    (
        "photo",
        "SELECT id, coalesce(nullif(caption, ''), original_name) FROM photo WHERE sha256 = ?",
    ),
    ("document", "SELECT id, original_name FROM document WHERE sha256 = ?"),
)


def owners_of(db: sqlite_utils.Database, sha256: str) -> list[dict[str, str]]:
    """The records whose original has checksum ``sha256`` (see :attr:`Finding.owners`)."""
    found = []
    for kind, query in _OWNERS:
        for record_id, name in db.execute(query, [sha256]).fetchall():
            found.append({"kind": kind, "id": str(record_id), "name": str(name or "")})
    return found


@dataclass
class IntegrityReport:
    ok: bool = True
    files_checked: int = 0
    bytes_checked: int = 0
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)  # harmless: an import's leftovers
    #: when the catalogue is damaged: rows each table still gives, or why it gives none
    readable: dict[str, int | str] = field(default_factory=dict)
    #: files found in ``media/`` (counted whether or not the catalogue can be read)
    files_found: int = 0
    #: catalogue backups that could be restored, newest first
    backups: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def check_folder(
    root: Path,
    *,
    checksums: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> IntegrityReport:
    """Check the archive at ``root`` read-only, even when its catalogue cannot be opened.

    Raises :class:`NotAnArchive` for a folder that holds no archive at all.
    """
    try:
        archive = Archive.open(root, read_only=True)
    except CatalogueDamaged as damaged:
        report = IntegrityReport(ok=False)
        report.problems.append(
            Finding(
                "catalogue_damaged", CATALOGUE, f"{damaged.problem}: {damaged.detail}".rstrip(": ")
            )
        )
        _survey(root, report)
        return report
    with archive:
        return check(archive, checksums=checksums, progress=progress, cancel=cancel)


def check(
    archive: Archive,
    *,
    checksums: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    verified: Verified | None = None,
) -> IntegrityReport:
    """Check the catalogue (SQLite integrity, foreign keys) and every stored original.

    With ``checksums`` every file is re-hashed (a fixity check); otherwise only presence and
    size are checked. ``verified`` hears the outcome for each file (to record it). Progress is
    reported by bytes. Raises :class:`Cancelled` if ``cancel`` is set.
    """
    report = IntegrityReport()
    try:
        _check_catalogue(archive, report)
        stored = archive.db.execute(
            "SELECT sha256, size, stored_path FROM media_file ORDER BY stored_path"
        ).fetchall()
    except sqlite3.DatabaseError as error:
        report.problems.append(Finding("catalogue_damaged", CATALOGUE, str(error)))
        _survey(archive.root, report)
        report.ok = False
        return report
    total_bytes = sum(int(row[1]) for row in stored) or 1
    done_bytes = 0
    known: set[str] = set()
    last_report = 0.0
    for sha256, size, stored_path in stored:
        if cancel is not None and cancel.is_set():
            raise Cancelled("integrity check cancelled", [report])
        path = archive.root / stored_path
        known.add(Path(stored_path).as_posix())
        outcome = _check_file(path, size, sha256, checksums)
        if outcome == "ok":
            report.files_checked += 1
            report.bytes_checked += size
        else:
            detail = sha256 if outcome != "size_mismatch" else f"{_size(path)} != {size}"
            report.problems.append(
                Finding(outcome, stored_path, detail, owners_of(archive.db, sha256))
            )
        if verified is not None:
            verified(sha256, outcome)
        done_bytes += size
        now = time.monotonic()
        if progress is not None and (now - last_report > 0.2 or done_bytes >= total_bytes):
            progress(min(1.0, done_bytes / total_bytes), stored_path)
            last_report = now
    if progress is not None:
        progress(1.0, "")

    for path in sorted((archive.media_dir / ".incoming").glob("*")):
        report.warnings.append(Finding("leftover_temporary", _relative(archive.root, path)))
    for name in stored_names(archive.root):
        report.files_found += 1
        if name not in known:
            # stored but never recorded: an interrupted import; the next writer sets it aside
            report.problems.append(Finding("orphan_file", name))
    report.ok = not report.problems
    return report


def _check_catalogue(archive: Archive, report: IntegrityReport) -> None:
    db = archive.db
    verdict = db.execute("PRAGMA integrity_check").fetchall()
    if [tuple(r) for r in verdict] != [("ok",)]:
        for row in verdict[:50]:
            report.problems.append(Finding("catalogue_damaged", CATALOGUE, str(row[0])))
        if report.problems:
            _survey(archive.root, report)
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(Finding("foreign_key", f"{row[0]} rowid {row[1]}", f"-> {row[2]}"))
    for kind in ("recording", "photo", "document"):
        for (record_id,) in db.execute(
            f"SELECT id FROM [{kind}] WHERE sha256 NOT IN (SELECT sha256 FROM media_file)"
        ).fetchall():
            report.problems.append(Finding("record_without_file", record_id, kind))


def _check_file(path: Path, size: int, sha256: str, checksums: bool) -> str:
    try:
        if not path.is_file():
            return "missing_file"
        if path.stat().st_size != size:
            return "size_mismatch"
        if checksums and hash_file(path) != sha256:
            return "checksum_mismatch"
    except OSError:
        return "unreadable_file"
    return "ok"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _survey(root: Path, report: IntegrityReport) -> None:
    """What can still be read of a damaged catalogue, what ``media/`` holds, what backups exist."""
    report.readable = survey_catalogue(root / CATALOGUE)
    report.files_found = sum(1 for _ in stored_names(root))
    report.backups = [str(path) for path in catalogue_backups(root)]
    report.ok = False


def survey_catalogue(path: Path) -> dict[str, int | str]:
    """Rows in each table of a catalogue file, or why a table (or the file) cannot be read.

    Opens the file read-only and immutable, so that nothing is written to a damaged catalogue.
    """
    found: dict[str, int | str] = {}
    if not path.is_file():
        return {"archive.sqlite": "missing"}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        return {"archive.sqlite": f"unreadable: {error}"}
    try:
        try:
            tables = [
                str(row[0])
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
        except sqlite3.DatabaseError as error:
            return {"archive.sqlite": f"unreadable: {error}"}
        for table in tables:
            try:
                found[table] = int(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
            except sqlite3.DatabaseError as error:
                found[table] = f"unreadable: {error}"
    finally:
        conn.close()
    return found

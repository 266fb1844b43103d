"""A copy of the whole archive on a second drive, brought up to date incrementally.

``back_up_to(archive, folder)`` makes ``folder`` an archive of its own (it opens like any
other) holding a consistent snapshot of the catalogue and every original it records. Originals
are named by their SHA-256, so one already in the copy with the right size is the same file and
is not copied again (``verify`` re-hashes them to be sure); new ones are written beside, fsynced
and renamed. The catalogue is written last, so the copy's catalogue never names an original the
copy lacks, and a copy interrupted at any moment is still the previous, whole backup plus some
new originals. Nothing is ever deleted from the copy.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from archive_app.core.archive import CATALOGUE, Archive
from archive_app.core.backup import copy_catalogue
from archive_app.core.clock import now_iso
from archive_app.core.errors import Cancelled, ExportTargetRefused
from archive_app.core.export_target import check_target_folder
from archive_app.core.integrity import Progress
from archive_app.core.media_store import CHUNK, archive_write_failed, hash_file

#: written in the copy: what it is a copy of, and when it was made
MANIFEST = "backup.json"


@dataclass
class BackupReport:
    target: str
    taken_at: str
    files: int = 0
    copied: int = 0
    bytes_copied: int = 0
    already_there: int = 0
    replaced_damaged: int = 0
    missing_in_archive: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def archive_id(archive: Archive) -> str:
    """This archive's identity (the same in every copy of it)."""
    row = archive.db.execute("SELECT id FROM archive_identity").fetchone()
    return str(row[0]) if row is not None else ""


def back_up_to(
    archive: Archive,
    target: Path,
    *,
    verify: bool = False,
    replace_other: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupReport:
    """Bring the copy in ``target`` up to date with ``archive``; works on a read-only archive.

    Raises :class:`ExportTargetRefused` when ``target`` is inside an archive folder, or holds
    something that is not a backup of this archive (unless ``replace_other``: then the catalogue
    there is replaced, originals are added, nothing else is touched); :class:`ArchiveDiskFull`
    when the backup drive fills (its ``root`` is then ``target``); :class:`Cancelled`.
    """
    target = check_target_folder(target, archive.root)
    _refuse_foreign(archive, target, replace_other)
    target.mkdir(parents=True, exist_ok=True)
    for name in ("media", "derived", "index", "backups"):
        (target / name).mkdir(exist_ok=True)
    report = BackupReport(str(target), now_iso())
    snapshot = target / f".{CATALOGUE}.{uuid.uuid4().hex[:8]}.snapshot"
    source = archive.reader()
    try:
        copy_catalogue(source, snapshot)  # a consistent snapshot: it says what to copy
    finally:
        source.close()
    try:
        copy_reader = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            stored = copy_reader.execute(
                "SELECT sha256, size, stored_path FROM media_file ORDER BY stored_path"
            ).fetchall()
        finally:
            copy_reader.close()
        _copy_originals(archive, target, stored, report, verify, progress, cancel)
        os.replace(snapshot, target / CATALOGUE)
        for leftover in (target / f"{CATALOGUE}-wal", target / f"{CATALOGUE}-shm"):
            leftover.unlink(missing_ok=True)  # of an older copy opened as an archive
    finally:
        snapshot.unlink(missing_ok=True)
    _write_manifest(archive, target, report)
    if progress is not None:
        progress(1.0, "")
    return report


def _refuse_foreign(archive: Archive, target: Path, replace_other: bool) -> None:
    if not target.exists() or not any(target.iterdir()) or replace_other:
        return
    manifest = target / MANIFEST
    try:
        made = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        made = {}
    if made.get("archive_id") != archive_id(archive):
        raise ExportTargetRefused(target, "exists", "it holds something other than a backup")


def _copy_originals(
    archive: Archive,
    target: Path,
    stored: list[tuple[str, int, str]],
    report: BackupReport,
    verify: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    total = sum(int(row[1]) for row in stored) or 1
    done = 0
    last = 0.0
    for sha256, size, stored_path in stored:
        if cancel is not None and cancel.is_set():
            raise Cancelled("backup cancelled", [report])
        report.files += 1
        source = archive.root / stored_path
        copy = target / stored_path
        if copy.is_file() and copy.stat().st_size == size:
            if not verify or hash_file(copy) == sha256:
                report.already_there += 1
                done += int(size)
                continue
            report.replaced_damaged += 1
        if not source.is_file():
            report.missing_in_archive.append(stored_path)  # `check` names it; copy the rest
            continue
        _copy_file(source, copy, target)
        report.copied += 1
        report.bytes_copied += int(size)
        done += int(size)
        now = time.monotonic()
        if progress is not None and now - last > 0.2:
            progress(min(0.99, done / total), stored_path)
            last = now


def _copy_file(source: Path, copy: Path, target_root: Path) -> None:
    temporary = copy.with_name(f".{copy.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        with open(source, "rb") as src, open(temporary, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(temporary, 0o444)
        if copy.exists():
            copy.chmod(0o644)
        os.replace(temporary, copy)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if error.filename is not None and Path(error.filename) == source:
            raise
        raise archive_write_failed(error, target_root) from error


def _write_manifest(archive: Archive, target: Path, report: BackupReport) -> None:
    manifest = {
        "made_by": "Hometown Voices",
        "archive_id": archive_id(archive),
        "source": str(archive.root.resolve()),
        "taken_at": report.taken_at,
        "files": report.files,
    }
    temporary = target / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, target / MANIFEST)


def is_backup_folder(folder: Path) -> bool:
    """Whether ``folder`` was made by :func:`back_up_to`."""
    return (folder / MANIFEST).is_file() and (folder / CATALOGUE).is_file()

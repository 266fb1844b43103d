"""Bringing back a catalogue from a backup: first a preview of what it brings back and what it
leaves out, then the restore itself, which destroys nothing.

A backup is either a catalogue copy from ``backups/`` or a folder made by ``backup --to``
(whose originals are copied back where the archive lacks them). The catalogue in place, even a
damaged one, is kept in ``backups/`` first (readable: as ``replaced-<time>.sqlite``; not:
moved as it is into ``backups/damaged-<time>/``). Originals the restored catalogue does not
record are set aside by the next opening (see :mod:`archive_app.core.orphans`), never deleted;
the search index is rebuilt from the restored catalogue.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive_app.core import audit, migrations
from archive_app.core.archive import BACKUPS, CATALOGUE, INDEX, LOCK, MEDIA, Archive
from archive_app.core.backup import copy_catalogue
from archive_app.core.backup_copy import MANIFEST
from archive_app.core.errors import BackupUnusable, NotAnArchive
from archive_app.core.lock import WriterLock
from archive_app.core.media_store import hash_file
from archive_app.core.orphans import set_aside_orphans

#: the records a preview compares, with the column that names each for people
_COMPARED = {
    "interview": "title",
    "person": "name",
    "recording": "original_name",
    "photo": "original_name",
    "document": "original_name",
    "transcript": "original_name",
    "consent": "id",
    "collection": "name",
    "place": "name",
}
#: names listed per kind in a preview (the counts are always complete)
_LISTED = 30


@dataclass
class RestorePreview:
    backup: str
    catalogue: str  # the catalogue file that would take the place of the present one
    taken_at: str
    schema_version: int
    present_readable: bool
    counts_backup: dict[str, int] = field(default_factory=dict)
    counts_present: dict[str, int] = field(default_factory=dict)
    brings_back: dict[str, list[str]] = field(default_factory=dict)  # in the backup, not now
    brings_back_count: dict[str, int] = field(default_factory=dict)
    leaves_out: dict[str, list[str]] = field(default_factory=dict)  # now, not in the backup
    leaves_out_count: dict[str, int] = field(default_factory=dict)
    originals_copied_back: int = 0  # from a backup folder, where the archive lacks them
    originals_missing: list[str] = field(default_factory=list)  # in neither place

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _catalogue_of(backup: Path) -> tuple[Path, Path | None]:
    """The catalogue file of a backup, and the folder of originals beside it (if any)."""
    if backup.is_dir():
        catalogue = backup / CATALOGUE
        if not catalogue.is_file():
            raise BackupUnusable(backup, "not_a_backup", "no archive.sqlite in it")
        return catalogue, backup / MEDIA
    if not backup.is_file():
        raise BackupUnusable(backup, "not_found")
    return backup, None


def _read(catalogue: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"{catalogue.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        try:
            conn = sqlite3.connect(f"{catalogue.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as error:
            raise BackupUnusable(catalogue, "damaged", str(error)) from error
    return conn


def _checked(catalogue: Path) -> sqlite3.Connection:
    conn = _read(catalogue)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = migrations.current_version(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise BackupUnusable(catalogue, "not_a_backup", str(error)) from error
    if verdict != "ok":
        conn.close()
        raise BackupUnusable(catalogue, "damaged", str(verdict))
    if version == 0:
        conn.close()
        raise BackupUnusable(catalogue, "not_a_backup", "no catalogue schema")
    if version > migrations.latest_version():
        conn.close()
        raise BackupUnusable(catalogue, "too_new", f"catalogue version {version}")
    return conn


def _labels(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """id -> name, per compared kind; kinds that cannot be read are left out."""
    found: dict[str, dict[str, str]] = {}
    for kind, column in _COMPARED.items():
        try:
            found[kind] = {
                str(row[0]): str(row[1] or "")
                for row in conn.execute(f"SELECT id, [{column}] FROM [{kind}]")
            }
        except sqlite3.DatabaseError:
            continue
    return found


def _taken_at(backup: Path, catalogue: Path) -> str:
    manifest = backup / MANIFEST if backup.is_dir() else None
    if manifest is not None and manifest.is_file():
        import json

        try:
            return str(json.loads(manifest.read_text(encoding="utf-8"))["taken_at"])
        except (OSError, ValueError, KeyError):
            pass
    moment = datetime.fromtimestamp(catalogue.stat().st_mtime, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def preview_restore(root: Path, backup: Path) -> RestorePreview:
    """What restoring ``backup`` into the archive at ``root`` would bring back and leave out.

    Changes nothing. Raises :class:`BackupUnusable` when the backup cannot be restored.
    """
    root, backup = Path(root), Path(backup)
    catalogue, originals = _catalogue_of(backup)
    conn = _checked(catalogue)
    try:
        wanted = _labels(conn)
        version = migrations.current_version(conn)
        stored = [
            (str(r[0]), str(r[1]))
            for r in conn.execute("SELECT sha256, stored_path FROM media_file")
        ]
    finally:
        conn.close()
    present: dict[str, dict[str, str]] = {}
    readable = False
    if (root / CATALOGUE).is_file() and (root / CATALOGUE).stat().st_size:
        try:
            now = _read(root / CATALOGUE)
            try:
                present = _labels(now)
                readable = bool(present)
            finally:
                now.close()
        except BackupUnusable:
            readable = False
    preview = RestorePreview(
        backup=str(backup),
        catalogue=str(catalogue),
        taken_at=_taken_at(backup, catalogue),
        schema_version=version,
        present_readable=readable,
    )
    for kind in _COMPARED:
        theirs, ours = wanted.get(kind, {}), present.get(kind, {})
        preview.counts_backup[kind] = len(theirs)
        preview.counts_present[kind] = len(ours)
        back = sorted(theirs[i] for i in theirs.keys() - ours.keys())
        out = sorted(ours[i] for i in ours.keys() - theirs.keys())
        preview.brings_back_count[kind], preview.brings_back[kind] = len(back), back[:_LISTED]
        preview.leaves_out_count[kind], preview.leaves_out[kind] = len(out), out[:_LISTED]
    for _sha, stored_path in stored:
        if (root / stored_path).is_file():
            continue
        if originals is not None and (originals.parent / stored_path).is_file():
            preview.originals_copied_back += 1
        else:
            preview.originals_missing.append(stored_path)
    return preview


def restore(root: Path, backup: Path) -> RestorePreview:
    """Put the catalogue of ``backup`` in place of the archive's; return what it brought back.

    Takes the writer lock (:class:`ArchiveLocked` when the archive is open elsewhere), keeps
    the present catalogue in ``backups/``, copies back originals a backup folder holds and the
    archive lacks, and logs the restore. Raises :class:`BackupUnusable` before changing
    anything when the backup cannot be restored, :class:`NotAnArchive` when ``root`` is no
    archive folder.
    """
    root, backup = Path(root), Path(backup)
    if not root.is_dir() or not ((root / CATALOGUE).exists() or (root / MEDIA).is_dir()):
        raise NotAnArchive(root)
    preview = preview_restore(root, backup)
    catalogue, originals = _catalogue_of(backup)
    lock = WriterLock(root / LOCK)
    lock.acquire()
    try:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        _keep_present(root, stamp)
        _put_in_place(root, catalogue)
        if originals is not None:
            _copy_back(root, originals.parent, catalogue)
        shutil.rmtree(root / INDEX, ignore_errors=True)  # rebuilt from the restored catalogue
        (root / INDEX).mkdir(exist_ok=True)
    finally:
        lock.release()
    with Archive.open(root) as archive:
        # originals the restored catalogue does not record (added since the backup): aside
        archive.set_aside = archive.set_aside or set_aside_orphans(archive)
        record_restore(archive, preview)
    return preview


def record_restore(archive: Archive, preview: RestorePreview) -> None:
    with archive.transaction() as db:
        audit.append(
            db,
            "archive.restore",
            None,
            {
                "backup": preview.backup,
                "taken_at": preview.taken_at,
                "brought_back": preview.brings_back_count,
                "left_out": preview.leaves_out_count,
                "originals_set_aside": len(archive.set_aside),
            },
        )


def _keep_present(root: Path, stamp: str) -> None:
    """Keep the catalogue in place: a consistent copy if it can be read, else its files."""
    present = root / CATALOGUE
    if not present.exists():
        return
    backups = root / BACKUPS
    backups.mkdir(exist_ok=True)
    try:
        source = sqlite3.connect(f"{present.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("does not check out")
            if migrations.current_version(source) == 0:
                raise sqlite3.DatabaseError("no catalogue schema")
            copy_catalogue(source, backups / f"replaced-{stamp}.sqlite")
        finally:
            source.close()
        return
    except sqlite3.DatabaseError:
        pass
    kept = backups / f"damaged-{stamp}"
    kept.mkdir(exist_ok=True)
    for name in (CATALOGUE, f"{CATALOGUE}-wal", f"{CATALOGUE}-shm"):
        if (root / name).exists():
            shutil.move(str(root / name), str(kept / name))


def _put_in_place(root: Path, catalogue: Path) -> None:
    temporary = root / f".{CATALOGUE}.restoring-{uuid.uuid4().hex[:8]}"
    source = _read(catalogue)
    try:
        copy_catalogue(source, temporary)
    finally:
        source.close()
    try:
        for name in (f"{CATALOGUE}-wal", f"{CATALOGUE}-shm"):
            (root / name).unlink(missing_ok=True)  # the old catalogue's: kept above
        os.replace(temporary, root / CATALOGUE)
    finally:
        temporary.unlink(missing_ok=True)


def _copy_back(root: Path, backup_root: Path, catalogue: Path) -> None:
    conn = _read(catalogue)
    try:
        stored = [
            (str(r[0]), str(r[1]))
            for r in conn.execute("SELECT sha256, stored_path FROM media_file")
        ]
    finally:
        conn.close()
    for sha256, stored_path in stored:
        target = root / stored_path
        source = backup_root / stored_path
        if target.is_file() or not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            shutil.copyfile(source, temporary)
            if hash_file(temporary) != sha256:
                continue  # the backup's copy is damaged: `check` will name the original missing
            with open(temporary, "rb") as handle:
                os.fsync(handle.fileno())
            os.chmod(temporary, 0o444)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)

"""Building the sample archive: generate the field trip, import it, catalogue it, in a folder
beside the one asked for, which takes its place only once the archive is whole and closed.

A build that fails (or is interrupted) removes what it made, so that nothing half-built is ever
left at the place asked for, nor beside it. Everything a build makes, the generated field trip
included, lives in its workshop folder beside the target, which holds the archive's writer lock
while the build runs: a build that was killed outright leaves only that folder, which the next
build for the same place recognises as abandoned (its lock is free) and removes.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import time
from pathlib import Path

import sqlite_utils

from archive_app.core.archive import CATALOGUE, LOCK, Archive
from archive_app.core.errors import ArchiveError, ArchiveExists
from archive_app.core.ingest import ingest
from archive_app.core.lock import WriterLock
from archive_app.exchange.sample.catalogue import catalogue_sample
from archive_app.exchange.sample.errors import FolderNotEmpty
from archive_app.exchange.sample.manifest import Manifest, load_manifest
from archive_app.exchange.sample.staging import Progress, stage_media

#: the suffix of the folder a build works in, before the random part that keeps builds apart
BUILDING = ".building-"
#: the generated field trip, inside the workshop while it is imported
SOURCES = ".sample-sources"
#: a workshop without a lock file this old was abandoned before its archive was made
_UNLOCKED_GRACE_S = 60.0


def remove_abandoned_builds(target: Path) -> list[Path]:
    """Remove workshops of builds for ``target`` that were killed (their lock is free)."""
    removed: list[Path] = []
    parent = target.parent
    if not parent.is_dir():
        return removed
    for workshop in parent.glob(f"{glob.escape(target.name)}{BUILDING}*"):
        if workshop.is_dir() and _abandoned(workshop):
            shutil.rmtree(workshop, ignore_errors=True)
            removed.append(workshop)
    return removed


def _abandoned(workshop: Path) -> bool:
    lock_file = workshop / LOCK
    if not lock_file.is_file():
        return time.time() - workshop.stat().st_mtime > _UNLOCKED_GRACE_S
    lock = WriterLock(lock_file)
    try:
        lock.acquire()
    except ArchiveError:
        return False  # a build running now
    lock.release()
    return True


def build_sample(root: Path, progress: Progress | None = None) -> dict[str, int]:
    """Create a new archive at ``root`` holding the sample and return counts of what it holds.

    ``root`` must not exist yet or be an empty folder; the archive appears there only when it is
    complete, and a failed build leaves nothing behind. Raises :class:`ArchiveExists` if ``root``
    already holds an archive and :class:`FolderNotEmpty` if it holds anything else (both before
    any work is done), :class:`SampleBuildError` if a generated file is rejected by the import or
    the manifest names something that does not exist, and :class:`OSError` if the folder cannot
    be made.
    """
    report = progress or (lambda fraction, message: None)
    asked = Path(root)
    target = Path(os.path.abspath(asked))  # one with a name and a parent, even for '.'
    _refuse_taken(target, asked)
    manifest = load_manifest()
    remove_abandoned_builds(target)
    missing = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        summary = _build_beside(target, asked, manifest, report)
    except BaseException:
        for folder in missing:  # innermost first
            _remove_if_empty(folder)
        raise
    report(1.0, "done")
    return summary


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many records of each kind the archive holds (consents when the schema has them)."""
    tables = {
        "places": "place",
        "people": "person",
        "families": "family",
        "members": "family_member",
        "migrations": "migration_episode",
        "interviews": "interview",
        "links": "interview_person",
        "recordings": "recording",
        "photos": "photo",
        "documents": "document",
        "transcripts": "transcript",
        "segments": "segment",
        "tags": "tag",
        "collections": "collection",
        "consents": "consent",
    }
    present = set(db.table_names())
    return {
        name: int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
        for name, table in tables.items()
        if table in present
    }


def _build_beside(
    target: Path, asked: Path, manifest: Manifest, report: Progress
) -> dict[str, int]:
    """Build in a new sibling of ``target``, then rename it to ``target``; on failure remove it."""
    workshop = target.with_name(f"{target.name}{BUILDING}{secrets.token_hex(4)}")
    workshop.mkdir()  # never an existing folder: the clean-up below removes it whole
    try:
        with Archive.create(workshop) as archive:
            summary = _fill(archive, manifest, report)
        _move_into_place(workshop, target, asked)
    except BaseException:
        shutil.rmtree(workshop, ignore_errors=True)
        raise
    return summary


def _fill(archive: Archive, manifest: Manifest, report: Progress) -> dict[str, int]:
    """Generate the field trip, import it and catalogue it; the counts of what the archive holds."""
    scratch = archive.root / SOURCES  # inside the workshop: gone with it, whatever happens
    try:
        scratch.mkdir()
        report(0.0, "generating recordings and photos")
        staged = stage_media(manifest, scratch / "乡音 sample field trip", report)
        report(0.35, "importing")
        results = ingest(
            archive,
            [staged.folder],
            progress=lambda fraction, name: report(0.35 + 0.5 * fraction, name),
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report(0.85, "cataloguing people, places and consent")
    with archive.transaction() as db:
        catalogue_sample(db, manifest, staged, results)
    return counts(archive.db)


def _refuse_taken(target: Path, asked: Path) -> None:
    if (target / CATALOGUE).exists():
        raise ArchiveExists(asked)
    if target.exists() and not _is_empty_folder(target):
        raise FolderNotEmpty(asked)


def _is_empty_folder(path: Path) -> bool:
    return path.is_dir() and not any(path.iterdir())


def _move_into_place(workshop: Path, target: Path, asked: Path) -> None:
    """Rename the closed, finished archive to ``target``, which may be an empty folder."""
    try:
        if target.is_dir():
            target.rmdir()  # Windows will not rename onto a folder; one filled since fails here
        workshop.rename(target)
    except OSError as failure:
        if (target / CATALOGUE).exists():
            raise ArchiveExists(asked) from failure
        if target.exists():
            raise FolderNotEmpty(asked) from failure
        raise


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # something else has put a file there meanwhile: not ours to remove

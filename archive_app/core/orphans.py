"""Originals stored in ``media/`` but never recorded in the catalogue, and what becomes of them.

An import settles a file into ``media/`` before the writer records it, so a crash between the
two leaves a complete original that the catalogue does not know (an orphan). The next writer to
open the archive sets each one aside in ``backups/unrecorded/`` and writes that in the audit
log: ``media/`` then holds exactly what the catalogue records, and nothing is destroyed, which
matters when the catalogue was restored from an older backup and the orphan is the only copy.
A set-aside file is deleted once the same content is recorded again (a re-import brings it back
into ``media/``), since it is then a second copy.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.core import audit
from archive_app.core.durable import fsync_folder

if TYPE_CHECKING:
    from archive_app.core.archive import Archive

UNRECORDED = Path("backups") / "unrecorded"


def stored_names(root: Path) -> Iterator[str]:
    """Every file under ``media/<xx>/`` (the store) as its path relative to the archive folder
    ('media/ab/ab12...wav'), temporary copies of an import excepted.

    Read with ``scandir`` and plain strings (no stat, no path objects per file): it runs each
    time a writer opens the archive.
    """
    media = root / "media"
    if not media.is_dir():
        return
    with os.scandir(media) as folders:
        names = sorted(f.name for f in folders if f.is_dir() and not f.name.startswith("."))
    for name in names:
        with os.scandir(media / name) as entries:
            found = sorted(e.name for e in entries if e.is_file() or e.is_symlink())
        for entry in found:
            yield f"media/{name}/{entry}"


def stored_files(root: Path) -> Iterator[Path]:
    """:func:`stored_names` as paths."""
    return (root / name for name in stored_names(root))


def recorded_paths(archive: Archive) -> set[str]:
    """Paths (relative, forward slashes) of the originals the catalogue records."""
    return {str(row[0]) for row in archive.db.execute("SELECT stored_path FROM media_file")}


def find_orphans(archive: Archive) -> list[Path]:
    """Files in the store the catalogue does not record."""
    recorded = recorded_paths(archive)
    return [archive.root / name for name in stored_names(archive.root) if name not in recorded]


def set_aside_orphans(archive: Archive) -> list[str]:
    """Move unrecorded originals out of ``media/`` into ``backups/unrecorded/``, each logged;
    drop set-aside files whose content the catalogue records again. Returns the files moved
    (relative paths they had in ``media/``)."""
    orphans = find_orphans(archive)
    moved: list[str] = []
    if orphans:
        aside = archive.root / UNRECORDED
        aside.mkdir(parents=True, exist_ok=True)
        with archive.transaction() as db:
            for path in orphans:
                relative = path.relative_to(archive.root).as_posix()
                target = aside / path.name
                if target.exists():
                    path.chmod(0o644)
                    path.unlink()  # the same content (its name is its hash) is kept already
                else:
                    shutil.move(str(path), str(target))
                audit.append(
                    db,
                    "media.set_aside",
                    None,
                    {"file": relative, "sha256": path.name.split(".")[0], "to": str(UNRECORDED)},
                )
                moved.append(relative)
        fsync_folder(aside)
    _drop_recorded_again(archive)
    return moved


def _drop_recorded_again(archive: Archive) -> None:
    aside = archive.root / UNRECORDED
    if not aside.is_dir():
        return
    recorded = {str(row[0]) for row in archive.db.execute("SELECT sha256 FROM media_file")}
    for entry in aside.iterdir():
        sha = entry.name.split(".")[0]
        if sha in recorded and (archive.root / "media" / sha[:2] / entry.name).is_file():
            entry.chmod(0o644)
            entry.unlink()

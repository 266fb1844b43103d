"""The content-addressed store of original files: ``media/<sha[:2]>/<sha256><.ext>``.

A file enters the store in two steps. :func:`stage` hashes it while copying it to a temporary
name inside ``media/.incoming/`` and fsyncs the copy; the caller inspects the staged copy, then
either :func:`settle` renames it into place or :func:`discard` removes it. So the store never holds
a partial or rejected file under a final name, and originals outside the archive are only read.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
INCOMING = Path("media") / ".incoming"
#: file extensions used in the store, by sniffed format
EXTENSIONS = {"jpeg": ".jpg"}


@dataclass(frozen=True)
class StagedFile:
    temp_path: Path
    sha256: str
    size: int
    extension: str
    content: bytes | None  # the whole content when small enough to keep (transcripts)


def extension_for(fmt: str) -> str:
    return EXTENSIONS.get(fmt, f".{fmt}")


def relative_path(sha256: str, extension: str) -> str:
    """Where a file lives, relative to the archive folder, with forward slashes."""
    return f"media/{sha256[:2]}/{sha256}{extension}"


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stage(source: Path, archive_root: Path, extension: str, *, keep_up_to: int = 0) -> StagedFile:
    """Hash ``source`` while copying it to a temporary file in the store; fsync the copy.

    Keeps the bytes in memory too when the file is at most ``keep_up_to`` bytes long. Raises
    ``OSError`` if the source cannot be read (it may vanish mid-copy) or the disk is full; no
    temporary file is left behind then.
    """
    incoming = archive_root / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    temp = incoming / f"{uuid.uuid4().hex}{extension}"
    digest = hashlib.sha256()
    size = 0
    kept: list[bytes] | None = [] if keep_up_to else None
    try:
        with open(source, "rb") as src, open(temp, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
                if kept is not None:
                    if size <= keep_up_to:
                        kept.append(chunk)
                    else:
                        kept = None
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    content = b"".join(kept) if kept is not None else None
    return StagedFile(temp, digest.hexdigest(), size, extension, content)


def settle(staged: StagedFile, archive_root: Path) -> str:
    """Rename a staged file into its final place (or drop it if the store has it already).

    Returns the path relative to the archive folder.
    """
    rel = relative_path(staged.sha256, staged.extension)
    final = archive_root / rel
    if final.exists():
        staged.temp_path.unlink(missing_ok=True)
        return rel
    final.parent.mkdir(exist_ok=True)
    os.chmod(staged.temp_path, 0o444)  # originals are never modified in place
    os.replace(staged.temp_path, final)
    _fsync_dir(final.parent)
    return rel


def discard(staged: StagedFile) -> None:
    staged.temp_path.unlink(missing_ok=True)


def hash_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks (for fixity checks)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

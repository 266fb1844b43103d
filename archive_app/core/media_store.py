"""The content-addressed store of original files: ``media/<sha[:2]>/<sha256><.ext>``.

A file enters the store in two steps. :func:`stage` hashes it while copying it to a temporary
name inside ``media/.incoming/`` and fsyncs the copy; the caller inspects the staged copy, then
either :func:`settle` renames it into place or :func:`discard` removes it. So the store never holds
a partial or rejected file under a final name, and originals outside the archive are only read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archive_app.core.durable import fsync_folder
from archive_app.core.errors import ArchiveDiskFull, ArchiveUnwritable, RejectedFile

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


def open_source(path: Path) -> BinaryIO:
    """Open a file offered for import, for reading, without ever blocking.

    A FIFO opened for reading waits for a writer, for ever if none comes: the file is opened
    non-blocking and checked to be an ordinary file before anything is read. Raises
    :class:`RejectedFile` ('not_a_file') for a FIFO, socket or device, FileNotFoundError when
    it is gone, ``OSError`` when it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise RejectedFile(path, "not_a_file", special_kind(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def special_kind(mode: int) -> str:
    """What a file that is not an ordinary file is, in a word."""
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not an ordinary file"


def archive_write_failed(error: OSError, archive_root: Path) -> ArchiveDiskFull | ArchiveUnwritable:
    """The archive's own error for a failed write into it (the source is not to blame)."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ArchiveDiskFull(archive_root)
    return ArchiveUnwritable(archive_root, error.strerror or str(error))


def stage(
    source: Path | BinaryIO, archive_root: Path, extension: str, *, keep_up_to: int = 0
) -> StagedFile:
    """Hash ``source`` (a path, or a file open for reading) while copying it to a temporary
    file in the store; fsync the copy.

    Keeps the bytes in memory too when the file is at most ``keep_up_to`` bytes long. Raises
    ``OSError`` if the source cannot be read (it may vanish mid-copy), :class:`ArchiveDiskFull`
    when the archive's disk is full and :class:`ArchiveUnwritable` when it refuses the write
    otherwise; no temporary file is left behind then.
    """
    incoming = archive_root / INCOMING
    temp = incoming / f"{uuid.uuid4().hex}{extension}"
    try:
        incoming.mkdir(parents=True, exist_ok=True)
        out = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise archive_write_failed(error, archive_root) from error
    digest = hashlib.sha256()
    size = 0
    kept: list[bytes] | None = [] if keep_up_to else None
    try:
        with open_source(source) if isinstance(source, Path) else _borrowed(source) as src:
            while chunk := src.read(CHUNK):  # a failure here is the source's
                digest.update(chunk)
                _write_all(out, chunk, archive_root)
                size += len(chunk)
                if kept is not None:
                    if size <= keep_up_to:
                        kept.append(chunk)
                    else:
                        kept = None
        try:
            os.fsync(out)
        except OSError as error:
            raise archive_write_failed(error, archive_root) from error
    except BaseException:
        os.close(out)
        temp.unlink(missing_ok=True)
        raise
    os.close(out)
    content = b"".join(kept) if kept is not None else None
    return StagedFile(temp, digest.hexdigest(), size, extension, content)


class _borrowed:
    """A file the caller opened and closes: used as a context manager without closing it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def __enter__(self) -> BinaryIO:
        return self.handle

    def __exit__(self, *exc: object) -> None:
        return None


def _write_all(fd: int, chunk: bytes, archive_root: Path) -> None:
    view = memoryview(chunk)
    while view:
        try:
            written = os.write(fd, view)
        except OSError as error:
            raise archive_write_failed(error, archive_root) from error
        view = view[written:]


def settle(staged: StagedFile, archive_root: Path) -> str:
    """Rename a staged file into its final place (or drop it if the store has it already).

    Returns the path relative to the archive folder. Raises :class:`ArchiveDiskFull` or
    :class:`ArchiveUnwritable` when the rename cannot be done.
    """
    rel = relative_path(staged.sha256, staged.extension)
    final = archive_root / rel
    if final.exists():
        staged.temp_path.unlink(missing_ok=True)
        return rel
    try:
        final.parent.mkdir(exist_ok=True)
        os.chmod(staged.temp_path, 0o444)  # originals are never modified in place
        os.replace(staged.temp_path, final)
        fsync_folder(final.parent)
    except OSError as error:
        raise archive_write_failed(error, archive_root) from error
    return rel


def unsettle(archive_root: Path, relative: str) -> None:
    """Remove an original that was settled but could not be recorded (never a recorded one:
    the caller knows it put this file there itself, just now)."""
    final = archive_root / relative
    try:
        final.chmod(0o644)
        final.unlink()
    except OSError:
        pass  # then it is an orphan: `check` names it, a later writer sets it aside


def discard(staged: StagedFile) -> None:
    staged.temp_path.unlink(missing_ok=True)


def hash_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks (for fixity checks)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

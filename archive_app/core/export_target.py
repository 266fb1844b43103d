"""Where an export (or any file the app writes for the user) may land, and writing it safely.

Every exporter calls :func:`check_target` before its work and writes through
:func:`write_export` (or :func:`export_file` for a stream), so that:

- nothing lands inside an archive folder: its catalogue and originals are only written by core
  (a target inside, through a symbolic link, another spelling of the path, or a folder of
  another archive, is refused);
- nothing is replaced silently: an existing file is replaced only when ``replace`` is given
  (``--force`` on the command line, a question in the app), and even then by a rename, so the
  old file stays whole until the new one is complete;
- a folder that cannot exist (a file stands in its way) is a clear error, not a traceback.

All of these raise :class:`ExportTargetRefused` with a reason code, before anything is written.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from archive_app.core.errors import ArchiveDiskFull, ExportTargetRefused

_ARCHIVE_MARKERS = ("archive.sqlite", "media")


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _looks_like_archive(folder: Path) -> bool:
    return (folder / _ARCHIVE_MARKERS[0]).is_file() and (folder / _ARCHIVE_MARKERS[1]).is_dir()


def inside_archive(target: Path, archive_root: Path | None, *, itself: bool = False) -> bool:
    """Whether ``target`` lies inside ``archive_root`` or inside any archive folder, however
    it is spelled (symbolic links, ``..``, letter case on a case-blind disk); with ``itself``,
    whether it is ``archive_root`` (not any archive) too."""
    resolved = _absolute(target).resolve()
    try:
        root_stat = os.stat(archive_root) if archive_root is not None else None
    except OSError:
        root_stat = None
    if itself and root_stat is not None:
        try:
            if os.path.samestat(os.stat(resolved), root_stat):
                return True
        except OSError:
            pass
    candidates = [_absolute(target), resolved]
    for start in candidates:
        for folder in start.parents:
            try:
                found = os.stat(folder)
            except OSError:
                continue
            if root_stat is not None and os.path.samestat(found, root_stat):
                return True
            if _looks_like_archive(folder):
                return True
    return False


def check_target(target: Path, archive_root: Path | None, *, replace: bool = False) -> Path:
    """Make sure ``target`` may be written; return it as an absolute path.

    Raises :class:`ExportTargetRefused`: 'inside_archive', 'exists' (unless ``replace``),
    'is_folder', 'no_folder' (a file stands where a folder must be) or 'not_writable'.
    """
    absolute = _absolute(target)
    if inside_archive(absolute, archive_root):
        raise ExportTargetRefused(absolute, "inside_archive")
    if absolute.is_dir():
        raise ExportTargetRefused(absolute, "is_folder")
    if (absolute.exists() or absolute.is_symlink()) and not replace:
        raise ExportTargetRefused(absolute, "exists")
    for folder in absolute.parents:
        if folder.exists():
            if not folder.is_dir():
                raise ExportTargetRefused(absolute, "no_folder", f"{folder} is a file")
            break
    return absolute


def check_target_folder(folder: Path, archive_root: Path | None) -> Path:
    """Make sure a folder an export fills (a site, a bag, a backup) is not ``archive_root``
    nor inside any archive, and is, or can be, a folder. Raises :class:`ExportTargetRefused` as
    :func:`check_target`."""
    absolute = _absolute(folder)
    if inside_archive(absolute, archive_root, itself=True):
        raise ExportTargetRefused(absolute, "inside_archive")
    if absolute.exists() and not absolute.is_dir():
        raise ExportTargetRefused(absolute, "no_folder", f"{absolute} is a file")
    return absolute


@contextmanager
def export_file(
    target: Path, archive_root: Path | None, *, replace: bool = False, text: bool = True
) -> Iterator[IO[Any]]:
    """A handle to write the export into (text as UTF-8 with ``\n`` line ends, or bytes); the
    file appears under its name only when the block ends without error (written beside,
    fsynced, renamed), and an existing one is replaced only with ``replace``.

    Checks the target first (:func:`check_target`). Raises :class:`ArchiveDiskFull` when the
    disk fills (its ``root`` is then the target's folder), :class:`ExportTargetRefused`
    otherwise; nothing is left behind either way.
    """
    absolute = check_target(target, archive_root, replace=replace)
    folder = absolute.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise ExportTargetRefused(absolute, "no_folder", str(error)) from error
    except NotADirectoryError as error:
        raise ExportTargetRefused(absolute, "no_folder", str(error)) from error
    except OSError as error:
        raise ExportTargetRefused(absolute, "not_writable", error.strerror or "") from error
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{absolute.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportTargetRefused(absolute, "not_writable", error.strerror or "") from error
    try:
        mode = "w" if text else "wb"
        encoding = "utf-8" if text else None
        newline = "\n" if text else None
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is meant to be shared
        _put_in_place(Path(temporary), absolute, replace)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ArchiveDiskFull(folder) from error
        raise
    finally:
        Path(temporary).unlink(missing_ok=True)


def _put_in_place(temporary: Path, target: Path, replace: bool) -> None:
    if replace:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)  # fails if a file appeared there meanwhile: never clobber
    except FileExistsError as error:
        raise ExportTargetRefused(target, "exists") from error
    except OSError:  # a disk without hard links (FAT, exFAT): check, then rename
        if target.exists():
            raise ExportTargetRefused(target, "exists") from None
        os.replace(temporary, target)


def write_export(
    target: Path, content: str | bytes, archive_root: Path | None, *, replace: bool = False
) -> Path:
    """Write ``content`` (text as UTF-8) to ``target`` as :func:`export_file` does; the
    absolute path written."""
    with export_file(target, archive_root, replace=replace, text=isinstance(content, str)) as out:
        out.write(content)
    return _absolute(target)

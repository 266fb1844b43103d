"""What an import is offered: the files under the folders and paths given, and, for what is left
out, why (a name that is not UTF-8, a pipe, socket or device, a broken link, a hidden file or
folder, a link to a folder). Only ordinary files are offered: a FIFO would block its reader for
ever, and nothing here opens a file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from archive_app.core.media_store import special_kind


@dataclass(frozen=True)
class LeftOut:
    """A path not offered: ``status`` 'rejected' (it should have gone in and cannot) or
    'skipped' (left out on purpose), with a reason code and a detail."""

    path: str
    status: str
    reason: str
    detail: str = ""


def walk(paths: Sequence[Path]) -> Iterator[Path | LeftOut]:
    """Every file to import under ``paths``, in order; what is left out, and why."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                here = Path(folder)
                for name in sorted(dirs):
                    if name.startswith("."):
                        yield LeftOut(str(here / name), "skipped", "hidden")
                    elif (here / name).is_symlink():
                        yield LeftOut(str(here / name), "skipped", "linked_folder")
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not (here / d).is_symlink()
                )
                for name in sorted(files):
                    if name.startswith("."):
                        yield LeftOut(str(here / name), "skipped", "hidden")
                    else:
                        yield offered(here / name)
        elif path.exists() or path.is_symlink():
            yield offered(path)
        else:
            yield LeftOut(str(path), "rejected", "not_found")


def offered(path: Path) -> Path | LeftOut:
    """``path`` when it can be offered for import, else why not."""
    if not valid_name(path.name):
        return LeftOut(str(path), "rejected", "bad_name", printable_name(path.name))
    try:
        mode = path.stat().st_mode  # follows a link to the file it names
    except FileNotFoundError:
        reason = "broken_link" if path.is_symlink() else "vanished"
        return LeftOut(str(path), "rejected", reason)
    except OSError as failure:
        return LeftOut(str(path), "rejected", "unreadable", failure.strerror or str(failure))
    if not stat.S_ISREG(mode):
        return LeftOut(str(path), "rejected", "not_a_file", special_kind(mode))
    return path


def valid_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, kept as lone surrogates
        return False
    return True


def printable_name(name: str) -> str:
    """A file name with the bytes that are not UTF-8 shown as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

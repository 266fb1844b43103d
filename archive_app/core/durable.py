"""Making a rename or a new file survive a power cut: what was written is flushed to the disk,
and so is the folder entry that names it."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush ``path``'s contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename into it, a new file) to the disk; nothing on Windows,
    which cannot open a folder to flush it."""
    if os.name != "posix":
        return
    fsync_file(folder)

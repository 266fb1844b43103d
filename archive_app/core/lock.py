"""The writer lock: one process writes an archive, any number may read.

The lock is an OS advisory lock on ``archive.lock``; it dies with its process, so a crash or a
power cut never leaves an archive locked for good.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from archive_app.core.errors import ArchiveLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class WriterLock:
    """Held by the one process allowed to write the archive at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`ArchiveLocked` naming the holder."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the lock's life
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise ArchiveLocked(self.path.parent, holder)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the OS lock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

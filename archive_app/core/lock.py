"""The writer lock: one process writes an archive, any number may read.

How it is held, and why (POSIX systems):

- A POSIX record lock (``fcntl.lockf``, F_SETLK) on ``archive.lock``. It belongs to the process,
  is not inherited by a fork, and dies with the process: a helper process the writer forked
  without exec (the search index's multi-process writer did, when it was Whoosh) never holds it,
  so killing the writer frees the archive at once. ``flock`` locks, by contrast, belong to the open file, which a fork
  shares: a forked child blocked for ever would keep the archive locked after its parent died.
- POSIX locks have two traps, both covered. They do not exclude within one process: a registry
  here does, keyed by the lock file's identity. And closing *any* descriptor of the file drops
  the process's lock: nothing in the app opens ``archive.lock`` in a process that holds it (the
  registry answers first), and :meth:`WriterLock.reassert`, run before every write transaction,
  takes the lock again if it was lost, or reports who took it meanwhile.
- A process forked from a holder forgets the registry and closes its copy of the descriptor,
  and is killed when the holder dies (see :mod:`archive_app.core.child_processes`).
- An older version of the app used ``flock``; its holders (and the children they left behind)
  are found by trying a ``flock`` too before the lock is taken.

The file tells who holds it, in one line a person can read: pid, host, program and since when. A holder
that ends cleanly empties it; text left behind tells the next writer that the last one died.
"""

from __future__ import annotations

import os
import re
import socket
import struct
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from archive_app.core.child_processes import process_alive
from archive_app.core.clock import now_iso
from archive_app.core.errors import ArchiveLocked, BrokenLayout


def _default_program() -> str:
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] not in ("", "-c") else None
    if script is None:
        return "python"
    return script.parent.name if script.name == "__main__.py" else script.name


_program = _default_program()


def set_program(name: str) -> str:
    """Name this program in the lock file ('the desktop app', 'archive-app import'...); returns
    the name it had."""
    global _program
    before, _program = _program, name
    return before


@dataclass(frozen=True)
class Holder:
    """Who wrote the lock file."""

    pid: int | None
    host: str
    program: str
    since: str

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        text = text.strip()
        if not text:
            return None
        found = _HOLDER.match(text)  # also the older 'pid N on HOST'
        if found is None:
            return cls(None, "", text[:200], "")
        return cls(int(found["pid"]), found["host"], found["program"] or "", found["since"] or "")

    def describe(self) -> str:
        parts = [self.program or "a program", f"pid {self.pid}" if self.pid else ""]
        return " ".join(p for p in parts if p) + (f" on {self.host}" if self.host else "")


_HOLDER = re.compile(
    r"^pid (?P<pid>\d+) on (?P<host>[^:\s]+)(?:: (?P<program>[^,\n]*))?(?:, since (?P<since>\S+))?"
)
_held: dict[tuple[int, int], WriterLock] = {}
_guard = threading.Lock()


def _forget_in_child() -> None:
    """In a process forked from a holder: it holds nothing, and must not outlive the holder."""
    held = list(_held.values())
    _held.clear()
    for lock in held:
        if lock._fd is not None:
            try:
                os.close(lock._fd)
            except OSError:
                pass
            lock._fd = None
    if held:
        from archive_app.core.child_processes import die_with_parent

        die_with_parent()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def _key(stat: os.stat_result) -> tuple[int, int]:
    return (stat.st_dev, stat.st_ino)


class WriterLock:
    """Held by the one process allowed to write the archive whose lock file is ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._key: tuple[int, int] | None = None
        #: who held the lock before and ended without letting go (a crash), if anyone
        self.previous: Holder | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`ArchiveLocked` naming the holder.

        Raises :class:`BrokenLayout` when ``archive.lock`` is not a file.
        """
        with _guard:
            try:
                existing = os.stat(self.path)
            except FileNotFoundError:
                existing = None
            if existing is not None and _key(existing) in _held:
                raise self._locked_here()
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            except IsADirectoryError as exc:
                raise BrokenLayout(self.path.parent, self.path.name, "file") from exc
            key = _key(os.fstat(fd))
            if key in _held:  # the file came back under the same identity: never close it now
                _leaked.append(fd)
                raise self._locked_here()
            if not _take(fd):
                error = _locked_elsewhere(self.path, fd)
                os.close(fd)
                raise error
            self.previous = Holder.parse(_read(fd))
            _write(fd, _holder_text())
            self._fd, self._key = fd, key
            _held[key] = self

    def reassert(self) -> None:
        """Make sure the lock is still ours before a write; take it again if it was dropped
        (a descriptor of the file closed somewhere in this process, or the file replaced).

        Raises :class:`ArchiveLocked` when another process took it meanwhile.
        """
        with _guard:
            if self._fd is None:
                raise ArchiveLocked(self.path.parent, "", holder_ended=None)
            try:
                same = _key(os.stat(self.path)) == self._key
            except FileNotFoundError:
                same = False
            if same:
                if not _still_ours(self._fd):
                    raise _locked_elsewhere(self.path, self._fd)
                return
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            if not _take(fd):
                error = _locked_elsewhere(self.path, fd)
                os.close(fd)
                raise error
            _write(fd, _holder_text())
            _held.pop(self._key or (0, 0), None)
            os.close(self._fd)
            self._fd, self._key = fd, _key(os.fstat(fd))
            _held[self._key] = self

    def release(self) -> None:
        with _guard:
            if self._fd is None:
                return
            _held.pop(self._key or (0, 0), None)
            try:
                os.ftruncate(self._fd, 0)  # a clean end: no holder left on record
            except OSError:
                pass
            os.close(self._fd)  # closing drops the OS lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _locked_here(self) -> ArchiveLocked:
        me = Holder(os.getpid(), socket.gethostname(), _program, "")
        return ArchiveLocked(
            self.path.parent,
            f"{me.describe()} (this program)",
            pid=me.pid,
            program=me.program,
            host=me.host,
            holder_ended=False,
        )


#: descriptors that must stay open for this process's lock to hold (see acquire)
_leaked: list[int] = []


def _holder_text() -> str:
    """One line a person can read too: 'pid 812 on village-laptop: the desktop app, since ...'."""
    host = socket.gethostname().replace(":", "-")
    return f"pid {os.getpid()} on {host}: {_program.replace(',', ' ')}, since {now_iso()}\n"


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096).decode("utf-8", "replace")


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8"))


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    #: Windows locks are mandatory: a byte far past the holder's text is locked, so that the
    #: text stays readable by whoever finds the archive locked
    _LOCKED_BYTE = 1 << 30

    def _take(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _still_ours(fd: int) -> bool:
        return True  # a Windows lock is only let go by its own handle

    def _posix_holder(fd: int) -> int | None:
        return None

else:
    import fcntl

    def _take(fd: int) -> bool:
        """Take (or keep) this process's lock on the file; False if another process has it."""
        if not _flock_free(fd):
            return False
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EACCES or EAGAIN: held by another process
            return False
        return True

    def _still_ours(fd: int) -> bool:
        """Take the lock again: a no-op while it is held, a new lock if it was dropped."""
        return _take(fd)

    def _flock_free(fd: int) -> bool:
        """No older app (nor a child it left behind) holds the file with ``flock``."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True

    def _posix_holder(fd: int) -> int | None:
        """The pid of the process holding a POSIX lock on the file (Linux layout), or None."""
        if not sys.platform.startswith("linux"):
            return None
        query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        try:
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        except OSError:
            return None
        kind, _, _, _, pid = struct.unpack("hhqqi4x", answer)
        return pid if kind != fcntl.F_UNLCK and pid > 0 else None


def _processes_holding(path: Path) -> list[int]:
    """Processes with the file open (Linux: read from /proc; best effort, elsewhere empty)."""
    proc = Path("/proc")
    if not sys.platform.startswith("linux") or not proc.is_dir():
        return []
    try:
        wanted = _key(os.stat(path))
    except OSError:
        return []
    found: list[int] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                try:
                    if _key(os.stat(fd)) == wanted:
                        found.append(int(entry.name))
                        break
                except OSError:
                    continue
        except OSError:
            continue
    return sorted(found)


def _locked_elsewhere(path: Path, fd: int) -> ArchiveLocked:
    """Who holds the lock: the program on record, whether it still runs, and if it does not,
    which processes keep the lock (children it left behind)."""
    recorded = Holder.parse(_read(fd)) or Holder(None, "", "", "")
    holder_pid = _posix_holder(fd)
    here = recorded.host in ("", socket.gethostname())
    if holder_pid is not None:
        if holder_pid != recorded.pid:  # the record is stale: the kernel knows better
            recorded = Holder(holder_pid, recorded.host if here else "", "", "")
        return ArchiveLocked(
            path.parent,
            recorded.describe(),
            pid=holder_pid,
            program=recorded.program,
            host=recorded.host,
            holder_ended=False,
        )
    ended: bool | None = None
    if here and recorded.pid is not None:
        ended = not process_alive(recorded.pid)
    holders = _processes_holding(path) if ended else []
    return ArchiveLocked(
        path.parent,
        recorded.describe(),
        pid=recorded.pid,
        program=recorded.program,
        host=recorded.host,
        holder_ended=ended,
        pids_holding=holders,
    )

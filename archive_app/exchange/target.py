"""Where an export may write, and writing it so that nothing half-made ever bears its name.

Every export checks its target first (:func:`check_target`): never inside the archive folder
(nothing the app writes may land there except through core), never over an existing file or
folder. It then builds its output beside the target under a hidden temporary name
(:class:`Staged`) and renames it into place only when complete; a failure or a cancel removes
the temporary copy. Long work reports ``(fraction, message)`` and stops at the next step after
its cancel flag is set (:class:`Work`), raising core's :class:`Cancelled`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from archive_app.core.errors import ArchiveError, Cancelled, ExportTargetRefused
from archive_app.core.export_target import inside_archive as core_inside_archive

Progress = Callable[[float, str], None]

#: the mark of a temporary output beside its target (removed on failure, never renamed)
PARTIAL = ".partial-"
#: the mark of the hidden folder a replacing export is written in, beside its target
REPLACING = ".replacing-"


class TargetInsideArchive(ExportTargetRefused):
    """The export would write inside the archive folder (core's refusal, with the archive)."""

    def __init__(self, path: Path, archive: Path) -> None:
        super().__init__(Path(path), "inside_archive", str(archive))
        self.path = path
        self.archive = archive


class TargetExists(ArchiveError):
    """Something already has the export's name; it is never replaced silently."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(os.path.abspath(path)))


def inside_archive(path: Path, archive_root: Path) -> bool:
    """Whether ``path`` is the archive folder or lies inside it, or inside any other archive
    folder, however it is spelled (links followed, letter case on a case-blind disk): core's
    one rule, :func:`archive_app.core.export_target.inside_archive`."""
    return core_inside_archive(Path(path), Path(archive_root), itself=True)


def check_target(target: Path, archive_root: Path) -> Path:
    """The target as an absolute path, once it is known to be a safe place to write.

    Raises :class:`TargetInsideArchive` when it is the archive folder or lies inside it (links
    followed), :class:`TargetExists` when a file or folder (even a broken link) has its name.
    """
    if inside_archive(target, archive_root):
        raise TargetInsideArchive(Path(target), Path(archive_root))
    if os.path.lexists(target) or _resolved(target).exists():
        raise TargetExists(Path(target))
    return Path(os.path.abspath(target))


@contextmanager
def replacing(target: Path, archive_root: Path) -> Iterator[Path]:
    """Export to the path this yields; when the export is complete it takes the place of what
    has ``target``'s name (``--force``, or "Replace" in the app). Until then the old file or
    folder stays whole: a failure or a cancel leaves it as it was and removes the new one.

    The new export is written under the same name in a hidden folder beside ``target``, so a
    bag's or a site's inner names are those of the target. A file replaces a file in one
    rename; otherwise the old one is moved aside first and removed once the new one is in
    place. Raises :class:`TargetInsideArchive` as :func:`check_target` does.
    """
    if inside_archive(target, archive_root):
        raise TargetInsideArchive(Path(target), Path(archive_root))
    target = Path(os.path.abspath(target))
    if not os.path.lexists(target):
        yield target
        return
    beside = target.with_name(f"{REPLACING}{secrets.token_hex(4)}")
    beside.mkdir()
    try:
        fresh = beside / target.name
        yield fresh
        if os.path.lexists(fresh):
            _swap(fresh, target, beside)
    finally:
        shutil.rmtree(beside, ignore_errors=True)


def _swap(fresh: Path, target: Path, beside: Path) -> None:
    if fresh.is_file() and target.is_file() and not target.is_symlink():
        os.replace(fresh, target)
        return
    old = beside / ".old"
    os.rename(target, old)
    try:
        os.rename(fresh, target)
    except OSError:
        os.rename(old, target)  # the old one back under its name
        raise


class Work:
    """Progress and cancelling of one long piece of work, shared with whoever watches it."""

    def __init__(self, progress: Progress | None = None) -> None:
        self._progress = progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, fraction: float, message: str) -> None:
        """Report progress; raises :class:`Cancelled` if cancel was asked meanwhile."""
        if self._cancel.is_set():
            raise Cancelled("export cancelled")
        if self._progress is not None:
            self._progress(max(0.0, min(1.0, fraction)), message)

    def part(self, start: float, end: float) -> Work:
        """A view of this work whose 0..1 is this work's ``start``..``end``."""
        outer = self

        class _Part(Work):
            def __init__(self) -> None:
                self._progress = None
                self._cancel = outer._cancel

            def step(self, fraction: float, message: str) -> None:
                outer.step(start + (end - start) * max(0.0, min(1.0, fraction)), message)

        return _Part()


class Staged:
    """A temporary file or folder beside ``target`` that becomes ``target`` on :meth:`commit`.

    Use as a context manager: leaving the block without committing (an error, a cancel)
    removes the temporary copy, so nothing half-written is ever left under the real name.
    """

    def __init__(self, target: Path, *, folder: bool) -> None:
        self.target = Path(target)
        self.folder = folder
        self.path = self.target.with_name(f".{self.target.name}{PARTIAL}{secrets.token_hex(4)}")
        self._done = False

    def __enter__(self) -> Staged:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if self.folder:
            self.path.mkdir()
        return self

    def commit(self) -> None:
        """Move the finished output to its real name. Raises :class:`TargetExists` if
        something took the name meanwhile."""
        if os.path.lexists(self.target):
            raise TargetExists(self.target)
        if not self.folder:
            with open(self.path, "rb+") as stream:
                os.fsync(stream.fileno())
        os.rename(self.path, self.target)
        self._done = True

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._done:
            return
        if self.folder:
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            self.path.unlink(missing_ok=True)


def size_of(path: Path) -> tuple[int, int]:
    """(files, bytes) of a file or of everything in a folder."""
    if path.is_file():
        return 1, path.stat().st_size
    files = total = 0
    for folder, _, names in os.walk(path):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(folder, name))
    return files, total

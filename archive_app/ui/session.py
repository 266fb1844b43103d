"""An archive open in the app: the writable (or read-only) archive, the GUI thread's read
connection, and the background writer through which every change goes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from archive_app.core.archive import CATALOGUE, Archive
from archive_app.core.edits import Changes
from archive_app.core.errors import ArchiveLocked
from archive_app.ui.wording import explain
from archive_app.ui.writer import Writer

if TYPE_CHECKING:
    from archive_app.core.search.service import SearchService

log = logging.getLogger(__name__)


class ArchiveSession(QObject):
    """The open archive as the windows see it.

    Reads happen on the GUI thread through :attr:`db` (a read-only connection); writes are
    operations submitted with :meth:`write`, which run on the writer and announce what they
    changed through :attr:`changed`.
    """

    #: a :class:`Changes`, on the main thread, after each successful write
    changed = Signal(object)
    #: a plain sentence in the user's language, after a write failed
    failed = Signal(str)

    def __init__(self, archive: Archive, *, locked_by: str | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.root = archive.root
        self.locked_by = locked_by
        self._reader = archive.reader()
        self.db = sqlite_utils.Database(self._reader)
        self.writer: Writer | None = None if archive.read_only else Writer(archive, self)
        self._after_write: list[Callable[[Archive], Any]] = []
        self._search: SearchService | None = None
        self._search_lock = threading.Lock()
        #: the search index follows every write (set once, however many windows come and go)
        self.search_follows_writes = False

    @property
    def read_only(self) -> bool:
        return self.archive.read_only

    def search(self) -> SearchService:
        """The archive's search service, made on first use on whichever thread asks first (the
        writer and the search worker may both); the search machinery is imported only then."""
        with self._search_lock:
            if self._search is None:
                from archive_app.core.search.service import SearchService

                self._search = SearchService(self.archive)
            return self._search

    def add_after_write(self, follow_up: Callable[[Archive], Any]) -> None:
        """Run ``follow_up(archive)`` on the writer after every write (e.g. let the search
        index catch up with the catalogue)."""
        self._after_write.append(follow_up)

    def write(
        self,
        operation: Callable[[Archive], Changes | None],
        on_done: Callable[[Changes], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Run ``operation`` on the writer. It returns a :class:`Changes` (or None for nothing
        visible). Returns False (and says so through :attr:`failed`) on a read-only archive."""
        if self.writer is None:
            from archive_app.core.errors import ReadOnlyArchive

            self.failed.emit(explain(ReadOnlyArchive("read-only")))
            return False

        def run(archive: Archive) -> Changes:
            change = operation(archive) or Changes()
            for follow_up in self._after_write:
                try:
                    follow_up(archive)
                except Exception:  # the write itself succeeded; the follow-up will retry later
                    log.exception("follow-up after a write failed")
            return change

        def done(change: Changes) -> None:
            self.changed.emit(change)
            if on_done is not None:
                on_done(change)

        def failed(error: BaseException) -> None:
            self.failed.emit(explain(error))
            if on_error is not None:
                on_error(error)

        self.writer.submit(run, done, failed)
        return True

    def run_in_background(
        self,
        operation: Callable[[Archive], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Run a long write (an import) on the writer, with its own result handling."""
        if self.writer is None:
            return False
        self.writer.submit(operation, on_done, on_error)
        return True

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        if self._search is not None:
            self._search.close()
        self._reader.close()
        self.archive.close()


def open_session(path: Path, *, create: bool = True) -> ArchiveSession:
    """Open the archive at ``path`` for writing, creating it when the folder does not exist
    (or is empty) and ``create`` is set. When another process holds the writer lock it opens
    read-only and :attr:`ArchiveSession.locked_by` names the holder.

    Raises core's errors (:class:`NotAnArchive`, :class:`SchemaTooNew`...) otherwise.
    """
    path = Path(path)
    if create and not (path / CATALOGUE).exists():
        if not path.exists() or (path.is_dir() and not any(path.iterdir())):
            return ArchiveSession(Archive.create(path))
    try:
        return ArchiveSession(Archive.open(path))
    except ArchiveLocked as locked:
        return ArchiveSession(Archive.open(path, read_only=True), locked_by=locked.holder or "?")

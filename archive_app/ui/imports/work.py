"""Long imports on the writer with progress on the main thread and a Cancel that stops them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from archive_app.core.archive import Archive
from archive_app.core.edits import Changes
from archive_app.exchange.target import Work
from archive_app.ui.session import ArchiveSession


class ImportWork(QObject):
    """One import: :meth:`start`, then ``progressed`` and ``finished`` or ``failed``."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    _relay = Signal(float, str)

    def __init__(self, session: ArchiveSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.work = Work(lambda fraction, message: self._relay.emit(fraction, message))
        self.running = False
        self._relay.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def start(self, operation: Callable[[Archive, Work], Any]) -> bool:
        """Run ``operation(archive, work)`` on the writer; False on a read-only archive."""
        self.running = True

        def run(archive: Archive) -> Changes:
            # so much may change that every view reloads; the search index follows the writer
            return Changes(everything=True, value=operation(archive, self.work))

        started = self.session.write(run, self._done, self._failed)
        if not started:
            self.running = False
        return started

    def cancel(self) -> None:
        self.work.cancel()

    def _done(self, change: Changes) -> None:
        self.running = False
        self.finished.emit(change.value)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)

"""The one background writer: every write runs on it, one at a time, never on the GUI thread.

An operation is a function of the writable :class:`Archive`; it runs on the writer's thread and
its result (or error) comes back on the main thread, in the order operations were submitted.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from archive_app.core.archive import Archive

log = logging.getLogger(__name__)

Operation = Callable[[Archive], Any]


@dataclass
class _Job:
    operation: Operation
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    result: Any = None
    error: BaseException | None = None


class Writer(QObject):
    """Runs write operations on one worker thread that owns the archive's writer connection."""

    #: emitted on the main thread when the last queued operation has finished
    idle = Signal()
    _finished = Signal(object)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self._pending = 0
        self._closed = False
        # Emitted from the worker thread; queued so that callbacks run on the main thread.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        operation: Operation,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue ``operation(archive)``; ``on_done(result)`` or ``on_error(error)`` follow on the
        main thread."""
        if self._closed:
            raise RuntimeError("the writer is closed")
        self._pending += 1
        self._pool.submit(self._run, _Job(operation, on_done, on_error))

    def _run(self, job: _Job) -> None:
        try:
            job.result = job.operation(self._archive)
        except BaseException as error:  # delivered to the main thread, never lost
            job.error = error
            log.debug("write failed:\n%s", traceback.format_exc())
        self._finished.emit(job)

    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is not None:
                if job.on_error is not None:
                    job.on_error(job.error)
                else:
                    log.error("write failed", exc_info=job.error)
            elif job.on_done is not None:
                job.on_done(job.result)
        except RuntimeError as gone:
            # The window that asked for the write was closed meanwhile; the write itself is done.
            if "already deleted" not in str(gone):
                raise
            log.debug("a write finished after its window closed: %s", gone)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def close(self) -> None:
        """Let queued operations finish, then stop the thread (results not yet delivered are
        dropped: the window is going away)."""
        self._closed = True
        self._pool.shutdown(wait=True)

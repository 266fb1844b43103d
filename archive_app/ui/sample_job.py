"""Making the sample archive from the app: on a worker thread, with progress and Cancel.

The sample is built by :func:`archive_app.exchange.sample.build_sample`, which works in a folder
beside the one asked for and moves the archive into place only when it is whole, so a
cancelled or failed build leaves nothing behind. Nothing is open while it runs: the archive
does not exist yet, so this is no second writer.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from archive_app.ui.background import Background


class SampleCancelled(Exception):
    """The person pressed Cancel while the sample was being made."""


class SampleJob(QObject):
    """Builds the sample archive at :attr:`target`."""

    #: fraction done (0..1), on the main thread
    progressed = Signal(float)
    #: the archive's folder, when it is ready
    finished = Signal(Path)
    #: a plain sentence when it could not be made; empty when it was cancelled
    failed = Signal(str)
    _fraction = Signal(float)

    def __init__(self, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.running = False
        self._cancel = threading.Event()
        self._workers = Background(1, "sample", self)
        self._fraction.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.running = True
        self._workers.submit(self._build, self._done, self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self._workers.wait()

    def _build(self) -> Path:
        from archive_app.exchange.sample import build_sample

        def report(fraction: float, _message: str) -> None:
            if self._cancel.is_set():
                raise SampleCancelled()
            self._fraction.emit(fraction)

        build_sample(self.target, report)
        return self.target

    def _done(self, folder: Any) -> None:
        self.running = False
        self.finished.emit(Path(folder))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, SampleCancelled):
            self.failed.emit("")
            return
        from archive_app.ui.wording import explain

        self.failed.emit(explain(error))

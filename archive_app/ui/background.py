"""Reading work off the GUI thread: loading pictures, counting consent, searching.

Plain Python threads (a small ``ThreadPoolExecutor``) do the work; the result comes back on the
main thread through a queued signal. When the owning window is gone, results are dropped.
Writes never come here: they go to the one writer (:mod:`archive_app.ui.writer`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries results from worker threads to the main thread. There is one, made on the main
    thread and never deleted: a worker finishing just as its window is deleted must not emit a
    signal of an object being destroyed (that crashed the process), so workers only ever emit
    this one's, and whether the owner is still there is asked on the main thread."""

    carried = Signal(object)  # a function to call on the main thread

    def __init__(self) -> None:
        super().__init__()
        self.carried.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _call(deliver: Callable[[], None]) -> None:
        deliver()


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class Background(QObject):
    """A few worker threads whose results are delivered on the main thread."""

    def __init__(
        self, threads: int = 1, name: str = "background", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._futures: set[Future[None]] = set()
        self._relay = _the_relay()  # made here, on the main thread, where Background is made
        self.destroyed.connect(lambda *_: self._pool.shutdown(wait=False, cancel_futures=True))

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work()`` on a worker; ``on_done(result)`` (or ``on_error``) on the main thread."""
        relay = self._relay  # the worker touches nothing of ``self``

        def run() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = work()
            except Exception as failure:  # handed to the main thread
                error = failure
            relay.carried.emit(partial(deliver, result, error))

        def deliver(result: Any, error: BaseException | None) -> None:
            if shiboken6.isValid(self):  # else the owner was deleted meanwhile: nobody waits
                self._deliver((on_done, on_error), result, error)

        try:
            future = self._pool.submit(run)
        except RuntimeError:  # shut down: the window is closing
            return
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _deliver(self, callbacks: Any, result: Any, error: BaseException | None) -> None:
        on_done, on_error = callbacks
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background work failed", exc_info=error)
        elif on_done is not None:
            on_done(result)

    def wait(self) -> None:
        """Block until the work submitted so far has run (results still arrive as events)."""
        wait_for(list(self._futures))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

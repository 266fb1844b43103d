"""Python's cyclic garbage collector, run on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate when a threshold is
crossed: a background writer or search thread. If it then frees a Qt widget kept alive only by a
reference cycle (a closed window with lambdas connected to its signals), Qt destroys the widget on
that thread and the process crashes. So automatic collection is switched off and this timer
collects on the GUI thread instead, as often as Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects garbage on the thread it lives in (the GUI thread), from a timer."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations Python would have collected by now."""
        first, second, third = gc.get_count()
        limit0, limit1, limit2 = self._thresholds
        if first > limit0:
            generation = 0
            if second > limit1:
                generation = 2 if third > limit2 else 1
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
        gc.collect()

"""Closed passages in family mode: the family never hears them.

A story with passages closed to the family is never played from its original recordings: each
recording with such a passage is first copied, on a worker, with the passages made silent on its
decoded samples (:mod:`archive_app.exchange.media.redact`, the same as every export), into a
temporary folder outside the archive that lasts as long as family mode. The player plays the
copy, so a seek that comes late or a sound card's buffer can never let a word through. Over a
closed passage family mode then shows a quiet card saying that a part of the story is kept
private, for as long as it lasts, or jumps over it: the curator's choice
(:data:`MODE_KEY` in the app's settings).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from archive_app.ui.background import Background
from archive_app.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: the app setting: what family mode does at a passage kept private
MODE_KEY = "family/closed_passages"
CARD, JUMP = "card", "jump"
MODES = (CARD, JUMP)

Stretches = tuple[tuple[float, float], ...]


def passage_mode(settings: AppSettings) -> str:
    value = str(settings.value(MODE_KEY, CARD))
    return value if value in MODES else CARD


def inside(seconds: float, ranges: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """The closed stretch ``seconds`` lies in, if any."""
    for start, end in ranges:
        if start <= seconds < end:
            return start, end
    return None


class SilentCopies(QObject):
    """Copies of recordings with stretches made silent, made one at a time on a worker and kept
    in a temporary folder (outside the archive) until :meth:`close`."""

    #: a copy is ready (recording id)
    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._made: dict[tuple[str, Stretches], Path] = {}
        self._asked: set[tuple[str, Stretches]] = set()
        self._worker = Background(1, "family-silent-copies", self)

    def path(self, recording_id: str, stretches: Stretches) -> Path | None:
        """The copy, once made."""
        return self._made.get((recording_id, stretches))

    def prepare(self, recording_id: str, source: Path, stretches: Stretches) -> None:
        """Make the copy unless it is made or on its way."""
        key = (recording_id, stretches)
        if key in self._made or key in self._asked:
            return
        self._asked.add(key)
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="hometown-voices-family-"))
        target = self.folder / f"{recording_id}-{len(self._asked)}.flac"
        self._worker.submit(
            _maker(source, target, stretches),
            partial(self._done, key),
            partial(self._failed, key),
        )

    def _done(self, key: tuple[str, Stretches], made: Path) -> None:
        self._made[key] = made
        self.ready.emit(key[0])

    def _failed(self, key: tuple[str, Stretches], error: BaseException) -> None:
        # the story then plays without this recording's sound: silence, never the original
        log.error("no silent copy of recording %s", key[0], exc_info=error)
        self._asked.discard(key)

    def close(self) -> None:
        """Forget every copy and delete the folder."""
        self._made.clear()
        self._asked.clear()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _maker(source: Path, target: Path, stretches: Stretches) -> Callable[[], Path]:
    def make() -> Path:
        from archive_app.exchange.media.redact import redact_recording

        redact_recording(source, target, stretches, "silence", as_format="flac")
        return target

    return make

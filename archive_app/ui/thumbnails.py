"""Thumbnails loaded off the GUI thread and kept in a small cache.

Views ask :meth:`Thumbnails.pixmap`; the first time it answers None and starts loading the
thumbnail on a worker; :attr:`Thumbnails.ready` then names the photo so the view can redraw.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from archive_app.ui.background import Background


def _load(path: Path, size: int) -> QImage:
    """A thumbnail read and scaled on a worker thread, turned upright by its EXIF orientation."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and max(original.width(), original.height()) > size:
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class Thumbnails(QObject):
    """Small pictures of photos and scanned documents, by SHA-256."""

    #: the SHA-256 of a thumbnail that has just become available
    ready = Signal(str)

    def __init__(
        self,
        locate: Callable[[str], Path],
        *,
        size: int = 112,
        capacity: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._locate = locate
        self.size = size
        self.capacity = capacity
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._loading: set[str] = set()
        self._missing: set[str] = set()
        self._workers = Background(2, "thumbnails", self)

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail if loaded; otherwise None, and loading starts."""
        found = self._cache.get(sha256)
        if found is not None:
            self._cache.move_to_end(sha256)
            return found
        if sha256 not in self._loading and sha256 not in self._missing:
            path = self._locate(sha256)
            if not path.exists():
                self._missing.add(sha256)
                return None
            self._loading.add(sha256)
            size = self.size
            self._workers.submit(
                lambda: _load(path, size),
                partial(self._arrived, sha256),
                partial(self._failed, sha256),
            )
        return None

    def _failed(self, sha256: str, _error: BaseException) -> None:
        self._arrived(sha256, QImage())

    def _arrived(self, sha256: str, image: QImage) -> None:
        self._loading.discard(sha256)
        if image.isNull():
            self._missing.add(sha256)
            return
        self._cache[sha256] = QPixmap.fromImage(image)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.ready.emit(sha256)

    def wait(self) -> None:
        """Let loads in flight finish (tests, closing)."""
        self._workers.wait()


def thumbnail_locator(archive_root: Path) -> Callable[[str], Path]:
    """Where the archive keeps the thumbnail of a photo or image document."""

    def locate(sha256: str) -> Path:
        # Imported on first use: the import machinery is not needed to open the window.
        from archive_app.core.ingest import thumbnail_path

        return thumbnail_path(archive_root, sha256)

    return locate

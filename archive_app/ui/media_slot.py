"""The place in the interview view where the player and transcript editor go.

The panel itself is another piece of work (``archive_app/ui/player/``). Its contract:

``archive_app/ui/player/__init__.py`` defines::

    def create_media_panel(session: ArchiveSession, undo_stack: QUndoStack,
                           parent: QWidget) -> QWidget

and the widget it returns has these methods (the last two are optional):

- ``show_interview(interview_id: str) -> None``: the interview view shows this interview;
- ``play_from(interview_id: str, start_s: float) -> None``: a search hit (or anything else)
  asks to hear the interview from that second;
- ``apply(change: Change) -> None``: a write changed the archive (see :mod:`changes`);
- ``release() -> None``: the view is closing; stop playing.

Until that package exists, :class:`RecordingsPanel` lists the recordings and transcripts and opens
a recording in the computer's own player.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import browse
from archive_app.ui import vocabulary
from archive_app.ui.session import ArchiveSession

log = logging.getLogger(__name__)


def create_media_panel(session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget) -> QWidget:
    """The player panel if it is installed, else the simple recordings list."""
    try:
        player = importlib.import_module("archive_app.ui.player")
    except ModuleNotFoundError as missing:
        if missing.name and not missing.name.startswith("archive_app.ui.player"):
            log.exception("the player panel could not be loaded")
        return RecordingsPanel(session, parent)
    factory = getattr(player, "create_media_panel", None)
    if factory is None:
        return RecordingsPanel(session, parent)
    panel: QWidget = factory(session, undo_stack, parent)
    return panel


class RecordingsPanel(QWidget):
    """The interview's recordings (opened in the system player) and transcripts, listed."""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPanel")
        self.session = session
        self.interview_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.recordings = QListWidget(self)
        self.recordings.setObjectName("recordings")
        self.recordings.itemActivated.connect(self._open)
        self.transcripts = QListWidget(self)
        self.transcripts.setObjectName("transcripts")
        self.passage = QLabel(self)
        self.passage.setObjectName("passage")
        self.passage.hide()
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Listen in the computer's player"), self)
        self.open_button.clicked.connect(lambda: self._open(self.recordings.currentItem()))
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addWidget(QLabel(self.tr("Recordings"), self))
        layout.addWidget(self.recordings)
        layout.addLayout(buttons)
        layout.addWidget(self.passage)
        layout.addWidget(QLabel(self.tr("Transcripts"), self))
        layout.addWidget(self.transcripts)

    def show_interview(self, interview_id: str) -> None:
        self.interview_id = interview_id
        self.passage.hide()
        detail = browse.interview_detail(self.session.db, interview_id)
        self.recordings.clear()
        for recording in detail["recordings"]:
            length = vocabulary.duration_text(recording.get("duration_s"))
            item = QListWidgetItem(
                f"{recording['original_name']}  {length}".rstrip(), self.recordings
            )
            item.setData(
                Qt.ItemDataRole.UserRole, str(self.session.root / recording["stored_path"])
            )
        if not detail["recordings"]:
            empty = QListWidgetItem(
                self.tr("No recording yet: drop one on this window."), self.recordings
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.recordings.setCurrentRow(0)
        self.open_button.setEnabled(bool(detail["recordings"]))
        self.transcripts.clear()
        for transcript in detail["transcripts"]:
            words = self.tr("%n passages", "", int(transcript["segments"]))
            label = " · ".join(
                part
                for part in (
                    transcript.get("tier"),
                    vocabulary.language_name(transcript.get("language")),
                    words,
                )
                if part
            )
            QListWidgetItem(label or transcript["original_name"], self.transcripts)
        if not detail["transcripts"]:
            QListWidgetItem(self.tr("No transcript yet."), self.transcripts).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        height = self.recordings.sizeHintForRow(0) * (min(4, self.recordings.count()) + 1)
        self.recordings.setFixedHeight(max(height, 40))
        self.transcripts.setFixedHeight(max(height, 40))

    def play_from(self, interview_id: str, start_s: float) -> None:
        if interview_id != self.interview_id:
            self.show_interview(interview_id)
        self.passage.setText(
            self.tr("The passage found starts at %1.").replace(
                "%1", vocabulary.duration_text(start_s) or "0:00"
            )
        )
        self.passage.show()

    def _open(self, item: QListWidgetItem | None) -> None:
        path: Any = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

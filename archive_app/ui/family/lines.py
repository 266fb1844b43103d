"""The words of a story in large characters, one line at a time, following the voice: a thin view
over the transcript editor's own model (:class:`TranscriptModel`), read-only."""

from __future__ import annotations

from collections.abc import Collection

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from archive_app.ui.transcript.model import TEXT, TranscriptModel
from archive_app.ui.transcript.rows import load_tiers


class LargeLines(QWidget):
    """The line being spoken now, and under it the same passage in a second tier (Mandarin under
    Taishanese, English for a grandchild abroad) when the family wants it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyLines")
        self.model = TranscriptModel(self)
        self.model.read_only = True
        self.second_wanted = False
        self._row: int | None = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(6)
        self.line = QLabel(self)
        self.line.setObjectName("storyLine")
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.second = QLabel(self)
        self.second.setObjectName("storySecondLine")
        self.second.setWordWrap(True)
        self.second.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.line)
        layout.addWidget(self.second)

    def load(
        self,
        db: sqlite_utils.Database,
        interview_id: str,
        second: bool,
        hidden: Collection[str] = frozenset(),
    ) -> None:
        """The story's tiers: the first verbatim one leads; the next beside it when ``second``.
        The lines ``hidden`` (segment ids: inside passages kept private) are left out."""
        tiers = load_tiers(db, interview_id)
        if hidden:
            for tier in tiers:
                tier.rows = [row for row in tier.rows if row.ref.id not in hidden]
        timed = [t for t in tiers if t.timed]
        lead = timed[0] if timed else (tiers[0] if tiers else None)
        beside = [t.transcript_id for t in tiers if t is not lead][:1] if second else []
        self.second_wanted = bool(beside)
        self.model.set_tiers(tiers, lead.transcript_id if lead else None, beside)
        self._row = -1
        self.second.setVisible(self.second_wanted)
        self.follow(0.0)

    @property
    def has_words(self) -> bool:
        return self.model.rowCount() > 0

    def follow(self, seconds: float) -> None:
        """Show the line spoken at ``seconds`` (the last one stays up through a pause between
        passages, so the reader is never left with an empty screen)."""
        row = self.model.row_at(seconds)
        if row is None:
            if self._row != -1:
                return
            row = 0 if self.model.rowCount() and seconds <= 0.01 else None
        if row == self._row:
            return
        self._row = row
        segment = self.model.row(row) if row is not None else None
        self.line.setText(segment.text if segment is not None else "")
        if self.second_wanted and row is not None:
            beside = self.model.aligned_rows(TEXT + 1, row)
            self.second.setText(" ".join(r.text for r in beside))
        else:
            self.second.setText("")

    def current_text(self) -> tuple[str, str]:
        return self.line.text(), self.second.text()

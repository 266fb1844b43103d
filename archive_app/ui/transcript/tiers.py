"""Making a transcript or tier, and naming one, as undoable steps.

Undoing a new transcript takes it away with its passages; redoing puts the very same one back
(same ids), so edits made in it later and undone before still apply when they are redone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from archive_app.core.transcripts import store
from archive_app.ui.changes import Change
from archive_app.ui.commands import WriteCommand
from archive_app.ui.session import ArchiveSession


class AddTranscript(WriteCommand):
    """Add a transcript with ``create(db) -> id``; undo removes it, redo restores it.

    ``on_made(change)`` runs once, after the first write (to open the new tier for typing);
    ``before_undo()`` runs before it is taken away (to save typing still on its way).
    """

    def __init__(
        self,
        session: ArchiveSession,
        create: Callable[[sqlite_utils.Database], str],
        text: str,
        on_made: Callable[[Change], None] | None = None,
        before_undo: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(session, text)
        self.create = create
        self.on_made = on_made
        self.before_undo = before_undo
        self.transcript_id: str | None = None
        self._saved: dict[str, Any] | None = None

    def redo(self) -> None:
        first = self.transcript_id is None
        on_done = self.on_made if first else None
        self.session.write(lambda archive: self._in_transaction(archive, self.forward), on_done)

    def undo(self) -> None:
        if self.before_undo is not None:
            self.before_undo()
        super().undo()

    def forward(self, db: sqlite_utils.Database) -> Change:
        if self._saved is None:
            self.transcript_id = self.create(db)
        else:
            store.restore_transcript(db, self._saved)
        return Change.of(added={"transcript": [self.transcript_id or ""]}, value=self.transcript_id)

    def backward(self, db: sqlite_utils.Database) -> Change:
        if self.transcript_id is None:  # the write that makes it failed: nothing to take away
            return Change()
        self._saved = store.remove_transcript(db, self.transcript_id)
        return Change.of(removed={"transcript": [self.transcript_id]})


class TierLabelDialog(QDialog):
    """Ask for a tier's name (普通话, English, 方言) and its language."""

    def __init__(self, name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierLabelDialog")
        self.setWindowTitle(self.tr("Name and language of the tier"))
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("tierName")
        self.name.setPlaceholderText(self.tr("for example 普通话, English, 四川话"))
        self.language = QLineEdit(language, self)
        self.language.setObjectName("tierLanguage")
        self.language.setPlaceholderText(self.tr("for example zh-Hans, en, 西南官话"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Language or dialect"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(360)

"""Making a transcript or tier, and naming one, as undoable steps.

Undoing a new transcript takes it away with its passages; redoing puts the very same one back
(same ids), so edits made in it later and undone before still apply when they are redone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from archive_app.core import edits
from archive_app.core.clock import new_id
from archive_app.core.edits import Changes
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.commands import OperationCommand
from archive_app.ui.session import ArchiveSession


class AddTranscript(OperationCommand):
    """Add a transcript (with its passages); undo removes it, redo restores the very same one.

    ``on_made(changes)`` runs after each run that makes it (to open the new tier for typing);
    ``before_undo()`` runs before it is taken away (to save typing still on its way).
    """

    def __init__(
        self,
        session: ArchiveSession,
        interview_id: str,
        fields: dict[str, Any],
        passages: list[Segment],
        text: str,
        on_made: Callable[[Changes], None] | None = None,
        before_undo: Callable[[], None] | None = None,
    ) -> None:
        self.transcript_id = new_id()
        op = edits.AddTranscript(
            self.transcript_id,
            {**fields, "interview_id": interview_id},
            [edits.as_values(p) for p in passages],
        )
        super().__init__(session, op, text, self._made)
        self.on_made = on_made
        self.before_undo = before_undo

    def shown_backward(self) -> None:
        if self.before_undo is not None:
            self.before_undo()

    def _made(self, changes: Changes) -> None:
        if self.on_made is not None and self.transcript_id in changes.added.get("transcript", ()):
            self.on_made(changes)


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

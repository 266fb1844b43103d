"""The bin: the records taken away from the archive, newest first, any of which can be brought
back (undoably, with its links and parts) until the bin is emptied (``purge`` on the command
line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import edits
from archive_app.core.edits import Changes
from archive_app.core.errors import ArchiveError
from archive_app.ui import vocabulary
from archive_app.ui.detail.history import when_text
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import explain

_ROLE_ID = Qt.ItemDataRole.UserRole

# what names a removed record, by the fields its row had, first found first
_NAMING = ("title", "name", "caption", "label", "to_city", "original_name")


def removed_name(before: dict[str, Any] | None, record_id: str) -> str:
    """A removed record's title or name as it was (the start of its id when it had none)."""
    for field in _NAMING:
        value = (before or {}).get(field)
        if value:
            return str(value)
    return record_id[:8]


class BinDialog(QDialog):
    """The records in the bin. ``push(operation, text)`` runs an operation undoably."""

    def __init__(
        self,
        session: ArchiveSession,
        push: Callable[[edits.Operation, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("binDialog")
        self.setWindowTitle(self.tr("Bin"))
        self.session = session
        self.push = push
        self.entries: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        self.explanation = QLabel(
            self.tr(
                "What was removed from the archive waits here, with its links, until the bin "
                "is emptied. Restore puts it back as it was; Undo takes it away again."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("binTree")
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Removed")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_current())
        layout.addWidget(self.tree)
        self.empty = QLabel(self.tr("The bin is empty."), self)
        self.empty.setObjectName("binEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("binRestore")
        self.restore_button.setToolTip(self.tr("Put the chosen record back with its links"))
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_button.setVisible(not session.read_only)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("binProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.resize(640, 420)
        session.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the bin again (after anything was removed or restored)."""
        chosen = self.current_id()
        self.entries = edits.history.removed_themselves(self.session.db)
        self.tree.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(
                self.tree,
                [
                    removed_name(entry["before"], entry["id"]),
                    vocabulary.kind_name(entry["kind"]),
                    when_text(entry["at"]),
                ],
            )
            item.setData(0, _ROLE_ID, entry["id"])
            if entry["id"] == chosen:
                self.tree.setCurrentItem(item)
        shown = bool(self.entries)
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)
        self._update_button()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, _ROLE_ID))

    def select(self, record_id: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, _ROLE_ID) == record_id:
                self.tree.setCurrentItem(item)
                return

    def restore_current(self) -> None:
        """Bring the chosen record back, as a change Undo takes back."""
        item = self.tree.currentItem()
        record_id = self.current_id()
        if item is None or record_id is None or self.session.read_only:
            return
        try:
            operation = edits.history.restoring(self.session.db, record_id)
        except ArchiveError as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return
        self.problem.hide()
        self.push(operation, self.tr("Restore %1").replace("%1", item.text(1)))

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.current_id() is not None)

    def _changed(self, _changes: Changes) -> None:
        self.refresh()

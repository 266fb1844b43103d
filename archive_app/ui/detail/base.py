"""What every detail page shares: showing one record, following changes, linking to others."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail, edits, listings
from archive_app.core.edits import Changes, Operation
from archive_app.core.errors import RecordNotFound
from archive_app.ui.commands import OperationCommand
from archive_app.ui.detail.history import HistoryPanel
from archive_app.ui.session import ArchiveSession


def link(kind: str, record_id: str, text: str) -> str:
    """An HTML link a detail page follows to open another record."""
    return f'<a href="{kind}:{record_id}">{html.escape(text)}</a>'


def section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label


class LinkLabel(QLabel):
    """Rich text whose ``kind:id`` links open records."""

    def __init__(self, parent: QWidget, on_link: Any) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(on_link)


class DetailView(QScrollArea):
    """One record's page. Subclasses set :attr:`kind` and implement :meth:`fetch` and
    :meth:`present`; :meth:`finish_layout` puts the record's history at the end (or a page
    places :attr:`history` itself)."""

    kind = ""
    #: the person asked to open another record: (kind, id)
    open_record = Signal(str, str)
    #: a plain sentence to show in the status bar
    message = Signal(str)
    #: the page now shows this record (after every reload): panels added later follow it
    presented = Signal(str)

    def __init__(
        self, session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.record_id: str | None = None
        self.record: dict[str, Any] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget(self)
        self.body = QWidget(self.pages)
        self.body.setObjectName("detailBody")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(16, 12, 16, 16)
        self.layout_.setSpacing(8)
        self.gone = QLabel(self.tr("This item is no longer in the archive."), self.pages)
        self.gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.gone)
        self.setWidget(self.pages)
        #: the record's changes, newest first, with a button to put a value back
        self.history = HistoryPanel(session, self.push, self.body)

    def finish_layout(self) -> None:
        self.layout_.addWidget(section_title(self.tr("History"), self.body))
        self.layout_.addWidget(self.history)
        self.layout_.addStretch(1)

    def push(self, operation: Operation, text: str) -> OperationCommand:
        """Make an edit as an undoable command (run on the writer)."""
        command = OperationCommand(self.session, operation, text)
        self.undo_stack.push(command)
        return command

    def add_tag(self, name: str) -> None:
        """Tag the record shown (an undoable command)."""
        if self.record_id is not None:
            self.push(edits.tag(self.record_id, name), self.tr("Add Tag"))

    def remove_tag(self, name: str) -> None:
        """Take a tag off the record shown (an undoable command)."""
        if self.record_id is not None:
            self.push(edits.untag(self.record_id, name), self.tr("Remove Tag"))

    def add_to_collection(self) -> None:
        """Ask which collection to put the record shown in (an undoable command)."""
        if self.record_id is None:
            return
        held = {c["id"] for c in detail.collections_of(self.session.db, self.record_id)}
        choices = [
            (c["name"], c["id"])
            for c in listings.page(self.session.db, "collection", limit=1000)
            if c["id"] not in held
        ]
        if not choices:
            self.message.emit(self.tr("There is no other collection yet: make one first."))
            return
        chosen = self._choose(self.tr("Add to a collection"), choices)
        if chosen is not None:
            self.push(edits.collect(chosen, self.record_id), self.tr("Add to Collection"))

    def take_out_of_collection(self) -> None:
        """Ask which of its collections to take the record shown out of (undoable)."""
        if self.record_id is None:
            return
        choices = [
            (c["name"], c["id"]) for c in detail.collections_of(self.session.db, self.record_id)
        ]
        chosen = self._choose(self.tr("Take out of a collection"), choices) if choices else None
        if chosen is not None:
            self.push(edits.uncollect(chosen, self.record_id), self.tr("Take out of Collection"))

    def _choose(self, title: str, choices: list[tuple[str, str]]) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("collectionChoice")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Collection:"))
        dialog.setComboBoxItems([name for name, _ in choices])
        dialog.setComboBoxEditable(False)
        if not dialog.exec():
            return None
        names = [name for name, _ in choices]
        text = dialog.textValue()
        return choices[names.index(text)][1] if text in names else None

    def show_record(self, record_id: str) -> None:
        self.record_id = record_id
        self.reload()
        self.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        if self.record_id is None:
            return
        try:
            self.record = self.fetch(self.record_id)
        except RecordNotFound:
            self.record = None
            self.pages.setCurrentWidget(self.gone)
            return
        self.pages.setCurrentWidget(self.body)
        self.present(self.record)
        self.history.show_record(self.kind, self.record_id)
        self.presented.emit(self.record_id)

    def apply(self, change: Changes) -> None:
        """Redraw when a write touched this record or something it shows."""
        if self.record_id is None:
            return
        if change.touches(self.record_id) or change.kinds() & self.related_kinds():
            self.reload()

    def related_kinds(self) -> set[str]:
        """Kinds whose changes can alter this page (names of linked people, places...)."""
        return set()

    def follow(self, target: str) -> None:
        kind, _, record_id = target.partition(":")
        if kind and record_id:
            self.open_record.emit(kind, record_id)

    def fetch(self, record_id: str) -> dict[str, Any]:
        raise NotImplementedError

    def present(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

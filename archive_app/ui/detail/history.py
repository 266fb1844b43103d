"""A record's history on its page: every change, newest first, with what it was before and
after; an earlier value of a field, or a link taken away, can be put back (as a new, undoable
change)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import edits, places
from archive_app.core.edits.history import HistoryEntry, current
from archive_app.core.edits.journal import Item, is_field
from archive_app.ui import vocabulary
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import field_label

#: how many changes a page lists (the command line's ``history`` gives them all)
SHOWN = 200

_ROLE_OP = Qt.ItemDataRole.UserRole


def when_text(at: str) -> str:
    """A history time (UTC) as the computer's local date and minute."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return at
    return moment.strftime("%Y-%m-%d %H:%M")


#: what names a record of each kind in a sentence
_NAMES = {
    "interview": "title",
    "person": "name",
    "family": "name",
    "place": "name",
    "photo": "coalesce(nullif(caption, ''), original_name)",
    "document": "coalesce(nullif(title, ''), original_name)",
    "collection": "name",
    "tag": "name",
    "transcript": "coalesce(nullif(tier, ''), nullif(language, ''), original_name)",
    "section": "title",
    "migration": "to_city",
    "recording": "original_name",
}


def _name_of(db: sqlite_utils.Database, kind: str, record_id: str) -> str:
    """A record's name or title for a sentence (the start of its id when it is gone)."""
    spec, column = edits.kinds.KINDS.get(kind), _NAMES.get(kind)
    if spec is None or column is None:
        return record_id[:8]
    found = db.execute(f"SELECT {column} FROM [{spec.table}] WHERE id = ?", [record_id]).fetchone()
    return str(found[0]) if found and found[0] else record_id[:8]


def value_text(db: sqlite_utils.Database, field: str, value: Any) -> str:
    """A field's value in the user's words: names for the places and interviews it points at,
    the vocabulary's words for codes, lists joined."""
    if value is None or value == "" or value == []:
        return "—"
    if field in ("place_id", "home_place_id", "from_place_id", "parent_id"):
        return places.full_name(db, str(value)) or str(value)[:8]
    if field == "interview_id":
        return _name_of(db, "interview", str(value))
    if field == "status":
        return vocabulary.status_name(str(value))
    if field == "level":
        return vocabulary.level_name(str(value))
    if field == "document_type":
        return vocabulary.document_type_name(str(value))
    if field == "gender":
        return vocabulary.gender_name(str(value))
    if isinstance(value, list):
        return vocabulary.list_text(value)
    return str(value)


class HistoryPanel(QWidget):
    """The changes of one record. ``push(operation, text)`` puts a value back undoably."""

    def __init__(
        self,
        session: ArchiveSession,
        push: Callable[[edits.Operation, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.session = session
        self.push = push
        self.kind = ""
        self.record_id: str | None = None
        self.entries: list[HistoryEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.setObjectName("historyEmpty")
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Put this back"), self)
        self.restore_button.setObjectName("historyRestore")
        self.restore_button.setToolTip(
            self.tr("Give the field its value from before this change, or make the link again")
        )
        self.restore_button.clicked.connect(self.restore_current)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.restore_button.setVisible(not session.read_only)
        self._update_button()

    # -- showing ----------------------------------------------------------------------------

    def show_record(self, kind: str, record_id: str) -> None:
        db = self.session.db
        self.kind, self.record_id = kind, record_id
        self.entries = list(reversed(edits.history.of_record(db, record_id)))[:SHOWN]
        self.tree.clear()
        for entry in self.entries:
            for item in entry.items:
                what, before, after, undo = self._describe(db, entry, item)
                row = QTreeWidgetItem(self.tree, [when_text(entry.at), what, before, after])
                row.setToolTip(0, f"{entry.at} · {entry.actor}")
                row.setToolTip(2, before)
                row.setToolTip(3, after)
                row.setData(0, _ROLE_OP, undo)
        shown = self.tree.topLevelItemCount()
        self.tree.setVisible(shown > 0)
        self.empty.setVisible(shown == 0)
        lines = max(3, min(shown, 8))
        self.tree.setFixedHeight(
            self.tree.sizeHintForRow(0) * lines + self.tree.header().height() + 8 if shown else 0
        )
        self._update_button()

    def _describe(
        self, db: sqlite_utils.Database, entry: HistoryEntry, item: Item
    ) -> tuple[str, str, str, Any]:
        """(what, before, after, the operation that puts the earlier state back or None)."""
        prefix = self.tr("Undone: ") if entry.reverts else ""
        if is_field(item.field):
            label = field_label(item.field)
            label = label[:1].upper() + label[1:]
            undo: edits.Operation | None = None
            if item.before != current(db, item):
                undo = edits.SetFields(item.kind, item.record_id, {item.field: item.before})
            return (
                prefix + label,
                value_text(db, item.field, item.before),
                value_text(db, item.field, item.after),
                undo,
            )
        if item.field.startswith("link:"):
            table = item.field.removeprefix("link:")
            row = item.after if item.after is not None else item.before
            words = self._link_words(db, table, row or json.loads(item.key))
            made = self.tr("Linked") if item.after is not None else self.tr("Link taken away")
            undo = None
            if item.after is None and item.before is not None and current(db, item) is None:
                undo = edits.Link(table, dict(item.before))
            before = words if item.before is not None else "—"
            after = words if item.after is not None else "—"
            return prefix + made, before, after, undo
        what = self.tr("Added") if item.before is None else self.tr("Removed")
        return prefix + what, "", "", None

    def _link_words(self, db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> str:
        """The other end of a link, seen from this record, in words."""
        ends = edits.record_ops.LINK_ENDS.get(table, ())
        others = [
            (kind or str(row.get("item_kind")), str(row[column]))
            for column, kind in ends
            if row.get(column) and row[column] != self.record_id
        ]
        names = [f"{vocabulary.kind_name(k)} {_name_of(db, k, i)}" for k, i in others]
        extra = ""
        if row.get("role"):
            extra = vocabulary.role_name(str(row["role"]))
        elif row.get("relationship"):
            extra = vocabulary.relationship_name(str(row["relationship"]))
        text = " ".join(names)
        return f"{text} ({extra})" if extra else text

    # -- putting back -----------------------------------------------------------------------

    def _selected_undo(self) -> edits.Operation | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        found = item.data(0, _ROLE_OP)
        return found if isinstance(found, edits.Operation) else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self._selected_undo() is not None)

    def restore_current(self) -> None:
        undo = self._selected_undo()
        item = self.tree.currentItem()
        if undo is None or item is None:
            return
        self.push(undo, self.tr("Put Back %1").replace("%1", item.text(1)))

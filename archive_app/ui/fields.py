"""Editable forms: each field a person changes becomes one undoable command.

A :class:`RecordForm` shows some fields of one record. When a field is committed (Enter, leaving
the field, picking from a list) its value is checked with core's rules first; a bad value is
explained under the field in plain words and nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SIGNAL, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import edits, listings
from archive_app.core.errors import InvalidValue
from archive_app.ui import vocabulary
from archive_app.ui.commands import OperationCommand
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import explain

_LIST_SPLIT = re.compile(r"\s*[,，、;；]\s*")


def moment_value(typed: str) -> str:
    """What a person typed as the moment core stores (``2023-10-03T11:09:43``); a day alone,
    or anything else, is left for core's rules to take or refuse."""
    found = vocabulary.MOMENT.match(typed.strip())
    if found is None:
        return typed.strip()
    day, time = found.groups()
    hour, rest = time.split(":", 1)
    return f"{day}T{int(hour):02d}:{rest}"


@dataclass(frozen=True)
class FieldSpec:
    """One field in a form: ``editor`` is line, date, moment (a day with perhaps a time of
    day), text, choice, list or place."""

    field: str
    label: str
    editor: str = "line"
    choices: tuple[tuple[str, str], ...] = ()  # (stored code, shown label)
    placeholder: str = ""
    shown: str = ""  # for a place: the record key holding its full name


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that commits when the person leaves it."""

    committed = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class PlaceField(QLineEdit):
    """A place typed by name with suggestions from the archive's places (full names shown).

    :attr:`chosen_id` is the picked place; a name that matches no place is a new one.
    """

    picked = Signal()

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen_id: str | None = None
        self.shown_for: str | None = None
        self._suggestions = QStandardItemModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # activated is overloaded (text and index): take the index, which carries the id. Named
        # by its signature, which PySide6's type stubs know (they lack ``activated[QModelIndex]``)
        QObject.connect(completer, SIGNAL("activated(QModelIndex)"), self, self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def set_place(self, place_id: str | None, full_name: str) -> None:
        self.chosen_id = place_id
        self.shown_for = full_name
        self.setText(full_name)

    def _suggest(self, text: str) -> None:
        self.chosen_id = None
        self._suggestions.clear()
        for place in listings.find_places(self.session.db, text, limit=12):
            item = QStandardItem(place["full_name"])
            item.setData(place["id"], Qt.ItemDataRole.UserRole)
            self._suggestions.appendRow(item)

    def _chosen(self, index: Any) -> None:
        self.chosen_id = index.data(Qt.ItemDataRole.UserRole)
        self.setText(index.data(Qt.ItemDataRole.DisplayRole))
        self.picked.emit()


class RecordForm(QWidget):
    """Editable fields of one record; changes go on the undo stack as commands."""

    #: emitted with a plain sentence when a value was refused
    refused = Signal(str)

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        kind: str,
        specs: list[FieldSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.kind = kind
        self.specs = {spec.field: spec for spec in specs}
        self.record_id: str | None = None
        self._values: dict[str, Any] = {}
        self._editors: dict[str, QWidget] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.field}")
            editor.setAccessibleName(spec.label)
            self._editors[spec.field] = editor
            form.addRow(spec.label, editor)
        self.set_read_only(session.read_only)

    def editor(self, field: str) -> QWidget:
        return self._editors[field]

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.editor == "text":
            text = CommitTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 5 + 12)
            text.committed.connect(lambda f=spec.field: self._commit(f))
            return text
        if spec.editor == "choice":
            combo = QComboBox(self)
            for code, label in spec.choices:
                combo.addItem(label, code)
            combo.activated.connect(lambda _i, f=spec.field: self._commit(f))
            return combo
        if spec.editor == "place":
            place = PlaceField(self.session, self)
            place.picked.connect(lambda f=spec.field: self._commit(f))
            place.editingFinished.connect(lambda f=spec.field: self._commit(f))
            return place
        line = QLineEdit(self)
        if spec.placeholder:
            line.setPlaceholderText(spec.placeholder)
        line.editingFinished.connect(lambda f=spec.field: self._commit(f))
        return line

    def set_read_only(self, read_only: bool) -> None:
        for editor in self._editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)

    # -- showing a record -------------------------------------------------------------------

    def load(self, record: dict[str, Any]) -> None:
        """Show ``record``'s values (a record as core's detail functions give it)."""
        self._loading = True
        try:
            self.record_id = record["id"]
            self.problem.hide()
            for field, editor in self._editors.items():
                value = record.get(field)
                self._values[field] = value
                spec = self.specs[field]
                if spec.editor == "text":
                    assert isinstance(editor, QPlainTextEdit)
                    if editor.toPlainText() != (value or ""):
                        editor.setPlainText(value or "")
                elif spec.editor == "choice":
                    assert isinstance(editor, QComboBox)
                    while editor.count() > len(spec.choices):  # the last record's own value
                        editor.removeItem(editor.count() - 1)
                    if value and editor.findData(value) < 0:
                        # stored before the list of choices was fixed: shown as it is
                        editor.addItem(str(value), value)
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                elif spec.editor == "place":
                    assert isinstance(editor, PlaceField)
                    editor.set_place(value, record.get(spec.shown) or "")
                elif spec.editor == "list":
                    assert isinstance(editor, QLineEdit)
                    editor.setText("、".join(value or []))
                elif spec.editor == "moment":
                    assert isinstance(editor, QLineEdit)
                    editor.setText(vocabulary.moment_text(value))
                    editor.setCursorPosition(0)
                else:
                    assert isinstance(editor, QLineEdit)
                    editor.setText("" if value is None else str(value))
                    editor.setCursorPosition(0)
        finally:
            self._loading = False

    # -- committing -------------------------------------------------------------------------

    def _value_of(self, field: str) -> Any:
        editor = self._editors[field]
        spec = self.specs[field]
        if spec.editor == "text":
            assert isinstance(editor, QPlainTextEdit)
            return editor.toPlainText().strip()
        if spec.editor == "choice":
            assert isinstance(editor, QComboBox)
            return editor.currentData()
        if spec.editor == "list":
            assert isinstance(editor, QLineEdit)
            return [part for part in _LIST_SPLIT.split(editor.text().strip()) if part]
        assert isinstance(editor, QLineEdit)
        if spec.editor == "moment":
            return moment_value(editor.text())
        return editor.text().strip()

    def _same(self, field: str, value: Any) -> bool:
        before = self._values.get(field)
        if before in (None, "") and value in (None, "", []):
            return True
        return bool(before == value)

    def _commit(self, field: str) -> None:
        if self._loading or self.record_id is None or self.session.read_only:
            return
        spec = self.specs[field]
        if spec.editor == "place":
            self._commit_place(field)
            return
        value = self._value_of(field)
        if self._same(field, value):
            return
        try:
            edits.check_fields(None, self.kind, {field: value})
        except InvalidValue as error:
            self._refuse(explain(error))
            return
        self.problem.hide()
        self._values[field] = value
        self._push(
            edits.SetFields(self.kind, self.record_id, {field: value}),
            self.tr("Edit %1").replace("%1", spec.label),
        )

    def _push(self, operation: edits.Operation, text: str) -> None:
        self.undo_stack.push(OperationCommand(self.session, operation, text))

    def _commit_place(self, field: str) -> None:
        editor = self._editors[field]
        assert isinstance(editor, PlaceField) and self.record_id is not None
        text = editor.text().strip()
        text_label = self.tr("Edit %1").replace("%1", self.specs[field].label)
        if text == (editor.shown_for or "") and editor.chosen_id == self._values.get(field):
            return
        if not text:
            if self._values.get(field) is None:
                return
            self._values[field] = None
            editor.shown_for = ""
            self._push(edits.SetFields(self.kind, self.record_id, {field: None}), text_label)
            return
        if editor.chosen_id is None:
            # A name no place has: look once more for an exact match, else add it.
            match = next(
                (
                    p
                    for p in listings.find_places(self.session.db, text, limit=50)
                    if text in (p["name"], p["full_name"])
                ),
                None,
            )
            editor.chosen_id = match["id"] if match else None
        if editor.chosen_id is not None:
            if editor.chosen_id == self._values.get(field):
                return
            self._values[field] = editor.chosen_id
            editor.shown_for = text
            self._push(
                edits.SetFields(self.kind, self.record_id, {field: editor.chosen_id}), text_label
            )
            return
        added = edits.add("place", {"name": text})
        placed = edits.SetFields(self.kind, self.record_id, {field: added.record_id})
        editor.shown_for = text
        self._values[field] = added.record_id
        self._push(edits.Batch([added, placed]), text_label)

    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
        self.refused.emit(sentence)

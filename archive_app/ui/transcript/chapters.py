"""Chapters: the interview's index (named sections with a start, a synopsis and keywords),
listed beside the transcript. Click one to hear it; add one where the playhead is."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import sections
from archive_app.ui.player.timecode import clock_text, parse_clock
from archive_app.ui.transcript.chapter_commands import add_section, edit_section, remove_section
from archive_app.ui.transcript.commands import EditContext

_Index = QModelIndex | QPersistentModelIndex
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1
SYNOPSIS_ROLE = Qt.ItemDataRole.UserRole + 2


class ChaptersModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.chapters: list[dict[str, Any]] = []
        self.current: int | None = None

    def load(self, chapters: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.chapters = chapters
        self.current = None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.chapters)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.chapters):
            return None
        chapter = self.chapters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{clock_text(chapter['start_s']) or '0:00'}  {chapter['title']}"
        if role == SYNOPSIS_ROLE:
            return chapter.get("synopsis") or ""
        if role == CURRENT_ROLE:
            return index.row() == self.current
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [chapter["title"]]
            if chapter.get("synopsis"):
                lines.append(chapter["synopsis"])
            if chapter.get("keywords"):
                lines.append(" · ".join(chapter["keywords"]))
            return "\n".join(lines)
        return None

    def chapter_at(self, seconds: float) -> int | None:
        found = None
        for number, chapter in enumerate(self.chapters):
            if chapter["start_s"] <= seconds + 1e-6:
                found = number
        return found

    def set_current(self, number: int | None) -> None:
        if number == self.current:
            return
        before, self.current = self.current, number
        for changed in (before, number):
            if changed is not None and 0 <= changed < len(self.chapters):
                self.dataChanged.emit(self.index(changed), self.index(changed), [CURRENT_ROLE])


class ChapterDelegate(QStyledItemDelegate):
    """A chapter as its start and title, with the first line of its synopsis beneath."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = option.fontMetrics.height()
        synopsis = bool(index.data(SYNOPSIS_ROLE))
        return QSize(120, line * (2 if synopsis else 1) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        palette = option.palette
        rect = QRect(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        if index.data(CURRENT_ROLE):
            painter.fillRect(
                QRect(rect.left(), rect.top(), 3, rect.height()), Qt.GlobalColor.darkRed
            )
        font = QFont(option.font)
        font.setBold(bool(index.data(CURRENT_ROLE)))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = option.fontMetrics.height()
        inner = rect.adjusted(8, 5, -4, -5)
        title = option.fontMetrics.elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), 0, title)
        synopsis = str(index.data(SYNOPSIS_ROLE) or "").replace("\n", " ")
        if synopsis:
            painter.setFont(option.font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            shown = option.fontMetrics.elidedText(
                synopsis, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), 0, shown)
        painter.restore()


class ChapterDialog(QDialog):
    """The fields of a chapter: title, start, synopsis, keywords."""

    def __init__(self, chapter: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chapterDialog")
        self.setWindowTitle(self.tr("Chapter"))
        layout = QFormLayout(self)
        self.title = QLineEdit(chapter.get("title", ""), self)
        self.title.setObjectName("chapterTitle")
        self.start = QLineEdit(clock_text(chapter.get("start_s", 0.0), tenths=True), self)
        self.start.setObjectName("chapterStart")
        self.synopsis = QPlainTextEdit(chapter.get("synopsis", ""), self)
        self.synopsis.setObjectName("chapterSynopsis")
        self.synopsis.setTabChangesFocus(True)
        self.synopsis.setFixedHeight(90)
        self.keywords = QLineEdit("、".join(chapter.get("keywords", [])), self)
        self.keywords.setObjectName("chapterKeywords")
        self.keywords.setPlaceholderText(self.tr("separated by 、 or ,"))
        layout.addRow(self.tr("Title"), self.title)
        layout.addRow(self.tr("Starts at"), self.start)
        layout.addRow(self.tr("Synopsis"), self.synopsis)
        layout.addRow(self.tr("Keywords"), self.keywords)
        self.problem = QLabel(self)
        self.problem.setObjectName("chapterProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.resize(420, self.sizeHint().height())
        self.title.setFocus()
        self.title.selectAll()

    def fields(self) -> dict[str, Any]:
        words = self.keywords.text()
        for mark in ("，", ",", ";", "；"):
            words = words.replace(mark, "、")
        return {
            "title": self.title.text().strip(),
            "start_s": parse_clock(self.start.text()),
            "synopsis": self.synopsis.toPlainText().strip(),
            "keywords": [w.strip() for w in words.split("、") if w.strip()],
        }

    def _accept(self) -> None:
        fields = self.fields()
        if not fields["title"]:
            self.problem.setText(self.tr("A chapter needs a title."))
        elif fields["start_s"] is None:
            self.problem.setText(self.tr("Write the start as 1:23 or 1:02:03."))
        else:
            self.accept()
            return
        self.problem.show()


class ChaptersPane(QWidget):
    """The list of chapters with buttons to add, edit and remove them."""

    seek_requested = Signal(float)
    #: the chapters shown changed: [(start, title)] for the seek bar
    chapters_changed = Signal(list)

    def __init__(
        self, context: EditContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chaptersPane")
        self.context = context
        self.undo_stack = undo_stack
        self.interview_id: str | None = None
        self.playhead = lambda: 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        header.addWidget(self.title, 1)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addChapter")
        self.add_button.setText("+")
        self.add_button.clicked.connect(self.add_here)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editChapter")
        self.edit_button.setText("✎")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeChapter")
        self.remove_button.setText("−")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoRaise(True)
            header.addWidget(button)
        layout.addLayout(header)
        self.model = ChaptersModel(self)
        self.list = QListView(self)
        self.list.setObjectName("chaptersList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ChapterDelegate(self.list))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.clicked.connect(self._clicked)
        self.list.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("noChapters")
        self.empty.setWordWrap(True)
        # with no chapter yet the hint takes the list's place at the top, not below an empty box
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self.set_read_only(context.session.read_only)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Chapters"))
        self.add_button.setToolTip(self.tr("New chapter at the playhead"))
        self.edit_button.setToolTip(self.tr("Edit the chapter"))
        self.remove_button.setToolTip(self.tr("Remove the chapter"))
        self.empty.setText(
            self.tr("No chapters yet. Press + where a new part of the story begins.")
        )

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(not read_only)

    def load(self, db: sqlite_utils.Database, interview_id: str) -> None:
        self.interview_id = interview_id
        self.model.load(sections.sections_of(db, interview_id))
        self.empty.setVisible(not self.model.chapters)
        self.list.setVisible(bool(self.model.chapters))
        self.chapters_changed.emit([(c["start_s"], c["title"]) for c in self.model.chapters])

    def follow(self, seconds: float) -> None:
        self.model.set_current(self.model.chapter_at(seconds))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.seek_requested.emit(float(self.model.chapters[index.row()]["start_s"]))

    def _selected(self) -> dict[str, Any] | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.chapters[index.row()]

    def add_here(self) -> None:
        if self.interview_id is None or self.context.session.read_only:
            return
        start = round(self.playhead(), 1)
        dialog = ChapterDialog(
            {"title": "", "start_s": start, "synopsis": "", "keywords": []}, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.undo_stack.push(
            add_section(self.context, self.interview_id, dialog.fields(), self.tr("Add Chapter"))
        )

    def edit_selected(self) -> None:
        chapter = self._selected()
        if chapter is None or self.interview_id is None or self.context.session.read_only:
            return
        dialog = ChapterDialog(chapter, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = {k: v for k, v in dialog.fields().items() if chapter.get(k) != v}
        if fields:
            self.undo_stack.push(
                edit_section(self.context, chapter["id"], fields, self.tr("Edit Chapter"))
            )

    def remove_selected(self) -> None:
        chapter = self._selected()
        if chapter is None or self.interview_id is None or self.context.session.read_only:
            return
        self.undo_stack.push(remove_section(self.context, chapter["id"], self.tr("Remove Chapter")))

"""How a transcript row looks and how its cells are edited.

Rows are painted, not built from widgets: the passage being heard on a warm background, speakers
in a colour of their own, find matches marked, a shaded band beside the lines of a passage kept
private. Heights come from laying the words out at the
column's width (cached), so a two-hour transcript opens without measuring rows nobody sees.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from archive_app.ui.transcript.model import (
    PLAYING_ROLE,
    PRIVATE_ROLE,
    SPEAKER,
    TEXT,
    TIME,
    UNTIMED_ROLE,
)
from archive_app.ui.transcript.segment_editor import SegmentEditor

PAD_X = 6
PAD_Y = 4
_CACHE_LIMIT = 40000

_Index = QModelIndex | QPersistentModelIndex

#: the band beside a line kept private (the seek bar's shade)
PRIVATE_COLOUR = QColor("#7b5ea7")
#: speaker colours that read well on white and on the amber of the playing row
_SPEAKER_COLOURS = ("#1f5f99", "#a23b2a", "#2e7d32", "#7b3f99", "#8d5b00", "#00707a")


def speaker_colour(name: str) -> QColor:
    return QColor(_SPEAKER_COLOURS[zlib.crc32(name.encode("utf-8")) % len(_SPEAKER_COLOURS)])


def layout_words(
    text: str, font: QFont, width: int, marks: list[tuple[int, int]] | None = None
) -> tuple[QTextLayout, int]:
    """The words laid out in lines of ``width`` pixels (Chinese breaks between any two
    characters, long Latin words anywhere) and the height they take."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if marks:
        found = QTextCharFormat()
        found.setBackground(QColor("#ffd54f"))
        ranges = []
        for start, length in marks:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = start, length, found
            ranges.append(mark)
        layout.setFormats(ranges)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, int(height + 0.999)


def find_marks(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (ignoring case)."""
    if not needle:
        return []
    haystack, needle = text.casefold(), needle.casefold()
    marks: list[tuple[int, int]] = []
    start = haystack.find(needle)
    while start >= 0:
        marks.append((start, len(needle)))
        start = haystack.find(needle, start + len(needle))
    return marks


class SegmentDelegate(QStyledItemDelegate):
    """Paints and measures transcript cells and makes the fields they are edited in."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._heights: dict[tuple[str, int, bool], int] = {}
        #: the field open for typing, if any (one at a time)
        self.active_editor: SegmentEditor | None = None
        self.active_index: QPersistentModelIndex | None = None
        #: called with (row, column, text) on every keystroke in a segment's words
        self.on_typed: Callable[[int, int, str], None] = lambda row, column, text: None
        #: called with (editor, row, column) when a segment field opens
        self.on_opened: Callable[[SegmentEditor, int, int], None] = lambda e, r, c: None
        #: the speakers offered when typing a speaker's name
        self.speakers: Callable[[], list[str]] = list

    # -- measuring and painting ----------------------------------------------------------------

    def _font(self, option: QStyleOptionViewItem, column: int) -> QFont:
        font = QFont(option.font)
        if column == SPEAKER:
            font.setBold(True)
        return font

    def _text_width(self, column: int) -> int:
        return self.view.header().sectionSize(column) - 2 * PAD_X

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        column = index.column()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._text_width(column)
        key = (text, width, column == SPEAKER)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            _layout, height = layout_words(text or " ", self._font(option, column), width)
            self._heights[key] = height
        return QSize(width + 2 * PAD_X, height + 2 * PAD_Y + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        light = base.lightness() > 128
        playing = bool(index.data(PLAYING_ROLE))
        if playing:
            painter.fillRect(rect, QColor("#ffefc2") if light else QColor("#5b4a1e"))
        if index.column() == TIME and index.data(PRIVATE_ROLE):
            # a light shade under the time, a hatched band at its edge: the time stays legible
            shade = QColor(PRIVATE_COLOUR)
            shade.setAlpha(45 if light else 90)
            painter.fillRect(rect, shade)
            band = QRect(rect.left(), rect.top(), 9, rect.height())
            painter.fillRect(band, QBrush(PRIVATE_COLOUR, Qt.BrushStyle.BDiagPattern))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), PRIVATE_COLOUR)
        if option.state & QStyle.StateFlag.State_Selected:
            if not playing:  # amber and blue mixed look muddy: the bar alone marks the cursor
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(40)
                painter.fillRect(rect, tint)
            if index.column() == TIME:
                painter.fillRect(
                    QRect(rect.left(), rect.top(), 3, rect.height()),
                    palette.color(QPalette.ColorRole.Highlight),
                )
        column = index.column()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        colour = palette.color(QPalette.ColorRole.Text)
        if column == TIME:
            colour = palette.color(QPalette.ColorRole.PlaceholderText)
            if index.data(UNTIMED_ROLE):
                text = "—"
        elif column == SPEAKER and text:
            colour = speaker_colour(text) if light else speaker_colour(text).lighter(170)
        marks = None
        if column >= TEXT:
            model = index.model()
            needle = getattr(model, "find_text", "")
            marks = find_marks(text, needle) if needle else None
        layout, _height = layout_words(
            text, self._font(option, column), self._text_width(column), marks
        )
        painter.setPen(colour)
        layout.draw(painter, QPointF(rect.left() + PAD_X, rect.top() + PAD_Y))
        # a hairline between rows keeps long passages apart
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(60)
        painter.setPen(grid)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    # -- editing -------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == SPEAKER:
            field = QLineEdit(parent)
            field.setObjectName("speakerEditor")
            field.setFrame(False)
            completer = QCompleter(self.speakers(), field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
            return field
        if column == TIME:
            field = QLineEdit(parent)
            field.setObjectName("timeEditor")
            field.setFrame(False)
            field.setPlaceholderText("0:00.0")
            return field
        editor = SegmentEditor(parent, PAD_Y)
        editor.setFont(option.font)
        editor.setViewportMargins(PAD_X - PAD_Y, 0, 0, 0)
        persistent = QPersistentModelIndex(index)
        editor.typed.connect(
            lambda text: (
                self.on_typed(persistent.row(), persistent.column(), text)
                if persistent.isValid()
                else None
            )
        )
        editor.destroyed.connect(lambda *_: self._forget(editor))
        self.active_editor = editor
        self.active_index = persistent
        self.on_opened(editor, index.row(), column)
        return editor

    def _forget(self, editor: object) -> None:
        if self.active_editor is editor:
            self.active_editor = None
            self.active_index = None

    def destroyEditor(self, editor: QWidget, index: _Index) -> None:
        self._forget(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, SegmentEditor):
            editor.set_words(text)
        elif isinstance(editor, QLineEdit):
            if not editor.isModified():
                editor.setText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, SegmentEditor):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            if editor.isModified():
                model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc is the play/pause hotkey: let it through instead of closing the field
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return False
        return bool(super().eventFilter(watched, event))

    def forget_heights(self) -> None:
        self._heights.clear()


def editing_index(delegate: SegmentDelegate) -> Any:
    """The index whose words are being typed (invalid when none)."""
    if delegate.active_index is None or not delegate.active_index.isValid():
        return QModelIndex()
    return delegate.active_index

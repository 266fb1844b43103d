"""The field a segment's words are typed into: wraps like the row it sits in, and tells the
editor about every keystroke and about the keys that move between segments."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget


class SegmentEditor(QPlainTextEdit):
    """A borderless multi-line field for one segment's words."""

    #: the words now in the field
    typed = Signal(str)
    #: Enter: (cursor position, text). At the end: go on; in the middle: cut here.
    enter_pressed = Signal(int, str)
    #: Backspace at the very start: join with the segment before
    join_previous = Signal()
    #: Delete at the very end: join with the segment after
    join_next = Signal()
    #: Up on the first line (-1) or Down on the last line (+1): move to a neighbour
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, margin: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(margin)
        self._loading = False
        self.textChanged.connect(self._changed)

    def set_words(self, text: str, cursor_at: int | None = None) -> None:
        """Show ``text`` without reporting it as typed; keep the cursor where it was if the
        text did not change."""
        if text == self.toPlainText():
            if cursor_at is not None:
                self.place_cursor(cursor_at)
            return
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self.place_cursor(len(text) if cursor_at is None else cursor_at)

    def place_cursor(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(max(position, 0), len(self.toPlainText())))
        self.setTextCursor(cursor)

    def cursor_position(self) -> int:
        return self.textCursor().position()

    def _changed(self) -> None:
        if not self._loading:
            self.typed.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = self.textCursor()
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.enter_pressed.emit(cursor.position(), self.toPlainText())
            return
        if key == Qt.Key.Key_Backspace and plain and not cursor.hasSelection():
            if cursor.position() == 0:
                self.join_previous.emit()
                return
        if key == Qt.Key.Key_Delete and plain and not cursor.hasSelection():
            if cursor.position() == len(self.toPlainText()):
                self.join_next.emit()
                return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            up = key == Qt.Key.Key_Up
            if self._on_edge_line(first=up):
                self.move_requested.emit(-1 if up else 1)
                return
        super().keyPressEvent(event)

    def _on_edge_line(self, *, first: bool) -> bool:
        """Whether the cursor is on the first (or last) line as shown, wrapped lines counted."""
        cursor = self.textCursor()
        block = cursor.block()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return True
        line = layout.lineForTextPosition(cursor.positionInBlock())
        number = line.lineNumber() if line.isValid() else 0
        if first:
            return block == self.document().firstBlock() and number == 0
        return block == self.document().lastBlock() and number == layout.lineCount() - 1

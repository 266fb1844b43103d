"""Driving the app as a person would: clicking rows, typing into fields, answering dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a list as a person would (scrolling it into view first)."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_texts(view: QAbstractItemView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_text(qtbot: Any, field: QWidget, text: str) -> None:
    """Type text into the focused field: Latin letters as key presses, Chinese characters the
    way an input method delivers them (a committed string)."""
    for part in _runs(text):
        if part.isascii():
            qtbot.keyClicks(field, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QApplication.sendEvent(field, event)


def _runs(text: str) -> list[str]:
    """Split text into runs of ASCII and non-ASCII characters."""
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def type_into(qtbot: Any, field: QWidget, text: str, *, clear: bool = True) -> None:
    """Focus a field, replace its text by typing, and press Enter."""
    field.setFocus()
    if clear:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def answer_next_dialog(qtbot: Any, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """When the next modal dialog opens, call ``answer`` with it (it should accept or close
    it). Returns a list that will hold the dialog, to assert on afterwards."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog not in seen:
            seen.append(dialog)
            answer(dialog)
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def said_on_opening(qtbot: Any, settings: Any, folder: Any) -> list[str]:
    """Open ``folder`` as the app does and return what its message box said; the opening
    must fail (the app stays without a window on a broken archive)."""
    from archive_app.ui.launch import AppController

    controller = AppController(QApplication.instance(), settings)
    said: list[str] = []

    def read_and_close(box: Any) -> None:
        said.append(box.text())
        box.accept()

    answer_next_dialog(qtbot, read_and_close)
    try:
        assert not controller.open(folder)
    finally:
        controller.shutdown()
    return said


def center(widget: QWidget) -> QPoint:
    return widget.rect().center()

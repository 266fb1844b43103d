"""Find and replace in the transcript being edited."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from archive_app.ui.transcript.model import TEXT, TranscriptModel


class FindBar(QWidget):
    """Find words in the lead tier, step through the passages holding them, replace them."""

    #: go to this row
    found = Signal(int)
    #: replace in these rows: (rows, find, replacement)
    replace_requested = Signal(list, str, str)
    closed = Signal()

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.model = model
        self.matches: list[int] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(4)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("findField")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(self._search)
        self.find_field.returnPressed.connect(self.next_match)
        self.replace_field = QLineEdit(self)
        self.replace_field.setObjectName("replaceField")
        self.replace_field.returnPressed.connect(self.replace_current)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(self.previous_match)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(self.next_match)
        self.replace_button = QToolButton(self)
        self.replace_button.setObjectName("replaceOne")
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QToolButton(self)
        self.replace_all_button.setObjectName("replaceAll")
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        layout.addWidget(self.find_field, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(self.replace_field, 2)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(self.close_button)
        for field in (self.find_field, self.replace_field):
            field.installEventFilter(self)
        model.dataChanged.connect(lambda *_: self._refresh())
        model.rowsInserted.connect(lambda *_: self._refresh())
        model.rowsRemoved.connect(lambda *_: self._refresh())
        model.modelReset.connect(self._refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_field.setPlaceholderText(self.tr("Find in this transcript"))
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.close_button.setToolTip(self.tr("Close"))
        self._show_count()

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.find_field.setText(text)
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.model.set_find_text("")
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the find fields closes the bar (elsewhere it plays and pauses)
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.close_bar()
                return True
        return False

    # -- finding -------------------------------------------------------------------------------

    def _search(self) -> None:
        needle = self.find_field.text()
        self.model.set_find_text(needle)
        self._collect()
        self.current = -1
        if self.matches:
            self.next_match()
        self._show_count()

    def _collect(self) -> None:
        needle = self.find_field.text().casefold()
        self.matches = []
        if not needle:
            return
        for row in range(self.model.rowCount()):
            text = str(self.model.index(row, TEXT).data() or "")
            if needle in text.casefold():
                self.matches.append(row)

    def _refresh(self) -> None:
        if not self.isVisible() or not self.find_field.text():
            return
        before = self.matches[self.current] if 0 <= self.current < len(self.matches) else -1
        self._collect()
        self.current = self.matches.index(before) if before in self.matches else -1
        self._show_count()

    def next_match(self) -> None:
        self._step(+1)

    def previous_match(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if not self.matches:
            self._show_count()
            return
        self.current = (self.current + by) % len(self.matches)
        self.found.emit(self.matches[self.current])
        self._show_count()

    def _show_count(self) -> None:
        if not self.find_field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("Not found"))
        else:
            shown = self.current + 1 if self.current >= 0 else 0
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(len(self.matches)))
            )

    # -- replacing -----------------------------------------------------------------------------

    def replace_current(self) -> None:
        if not 0 <= self.current < len(self.matches):
            self.next_match()
            return
        row = self.matches[self.current]
        self.replace_requested.emit([row], self.find_field.text(), self.replace_field.text())
        self._collect()
        if self.matches:
            self.current = min(self.current, len(self.matches) - 1) - 1
            self.next_match()
        self._show_count()

    def replace_all(self) -> None:
        if self.matches:
            self.replace_requested.emit(
                list(self.matches), self.find_field.text(), self.replace_field.text()
            )
        self._collect()
        self.current = -1
        self._show_count()

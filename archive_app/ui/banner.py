"""The banner a window shows when the archive is open read-only, with a way to try again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ReadOnlyBanner(QWidget):
    """Says plainly that this window cannot change the archive, and why."""

    reopen_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel(
            self.tr(
                "This archive is open in another window, so here you can look but not change "
                "anything. Close the other window, then press Try again."
            ),
            self,
        )
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("retryWritable")
        self.retry.clicked.connect(self.reopen_clicked)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)

"""The hotkeys help panel: every hotkey with what it does, each changeable in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.ui.player.hotkeys import HOTKEYS, HotkeySet, describe


class HotkeyHelp(QFrame):
    """Lists the hotkeys; click a key to type a new one. Changes are saved at once."""

    closed = Signal()

    def __init__(self, hotkeys: HotkeySet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotkeyHelp")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hotkeys = hotkeys
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        header.addWidget(self.title, 1)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self._reset)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self._close)
        header.addWidget(self.reset_button)
        header.addWidget(self.close_button)
        outer.addLayout(header)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QKeySequenceEdit] = {}
        for row, hotkey in enumerate(HOTKEYS):
            label = QLabel(self)
            label.setWordWrap(True)
            editor = QKeySequenceEdit(self)
            editor.setObjectName(f"hotkey_{hotkey.name}")
            editor.setMaximumSequenceLength(1)
            editor.setClearButtonEnabled(True)
            editor.setMaximumWidth(150)
            editor.editingFinished.connect(lambda name=hotkey.name: self._changed(name))
            label.setBuddy(editor)
            grid.addWidget(editor, row // 2, (row % 2) * 2)
            grid.addWidget(label, row // 2, (row % 2) * 2 + 1)
            self.labels[hotkey.name] = label
            self.editors[hotkey.name] = editor
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)
        timing = QHBoxLayout()
        self.jump_label = QLabel(self)
        self.jump = QDoubleSpinBox(self)
        self.jump.setObjectName("jumpSeconds")
        self.jump.setRange(0.5, 60.0)
        self.jump.setSingleStep(0.5)
        self.jump.setDecimals(1)
        self.jump.valueChanged.connect(self._timing_changed)
        self.rewind_label = QLabel(self)
        self.rewind = QDoubleSpinBox(self)
        self.rewind.setObjectName("resumeRewind")
        self.rewind.setRange(0.0, 10.0)
        self.rewind.setSingleStep(0.5)
        self.rewind.setDecimals(1)
        self.rewind.valueChanged.connect(self._timing_changed)
        self.jump_label.setBuddy(self.jump)
        self.rewind_label.setBuddy(self.rewind)
        timing.addWidget(self.jump_label)
        timing.addWidget(self.jump)
        timing.addSpacing(16)
        timing.addWidget(self.rewind_label)
        timing.addWidget(self.rewind)
        timing.addStretch(1)
        outer.addLayout(timing)
        self.message = QLabel(self)
        self.message.setObjectName("hotkeyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hotkeys"))
        self.reset_button.setText(self.tr("Restore defaults"))
        self.close_button.setText(self.tr("Close"))
        self.jump_label.setText(self.tr("Jump by"))
        self.rewind_label.setText(self.tr("Hear again on resuming"))
        self.jump.setSuffix(self.tr(" s"))
        self.rewind.setSuffix(self.tr(" s"))
        for hotkey in HOTKEYS:
            self.labels[hotkey.name].setText(describe(hotkey.name))

    def refresh(self) -> None:
        for hotkey in HOTKEYS:
            editor = self.editors[hotkey.name]
            editor.blockSignals(True)
            editor.setKeySequence(self.hotkeys.sequence(hotkey.name))
            editor.blockSignals(False)
        for box, value in (
            (self.jump, self.hotkeys.jump_s),
            (self.rewind, self.hotkeys.resume_rewind_s),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _changed(self, name: str) -> None:
        sequence = self.editors[name].keySequence()
        taken = self.hotkeys.set_sequence(name, sequence)
        if taken is None:
            self.message.hide()
            return
        self.message.setText(
            self.tr("%1 is already used for \u201c%2\u201d. Choose another key.")
            .replace("%1", sequence.toString(QKeySequence.SequenceFormat.NativeText))
            .replace("%2", describe(taken))
        )
        self.message.show()
        self.refresh()

    def _timing_changed(self) -> None:
        if self.jump.value() != self.hotkeys.jump_s:
            self.hotkeys.jump_s = self.jump.value()
        if self.rewind.value() != self.hotkeys.resume_rewind_s:
            self.hotkeys.resume_rewind_s = self.rewind.value()

    def _reset(self) -> None:
        self.hotkeys.reset()
        self.message.hide()
        self.refresh()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

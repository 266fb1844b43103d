"""Asking for the curator's passphrase (to leave family mode, or to see why nothing is shown),
and setting it."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.ui.family import look
from archive_app.ui.family.passphrase import SHORTEST, PassphraseLock


class UnlockDialog(QDialog):
    """The passphrase or nothing. After repeated wrong tries it says how long to wait, and
    counts down, however often it is closed and opened again."""

    def __init__(self, lock: PassphraseLock, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("For the interviewer"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.lock = lock
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.question.setObjectName("unlockQuestion")
        self.question.setFont(look.font(look.READING_PT - 4, base=self.font()))
        layout.addWidget(self.question)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setMinimumHeight(look.TARGET_PX)
        self.field.setFont(look.font(look.READING_PT - 4, base=self.font()))
        layout.addWidget(self.field)
        self.answer = QLabel(self)
        self.answer.setObjectName("unlockAnswer")
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Unlock"), self)
        self.open_button.setObjectName("unlockButton")
        self.cancel_button = QPushButton(self.tr("Go back"), self)
        self.cancel_button.setObjectName("unlockCancel")
        for button in (self.open_button, self.cancel_button):
            button.setMinimumHeight(look.TARGET_PX)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.try_it)
        self.cancel_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)
        layout.addWidget(buttons)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._show_wait)
        self.setMinimumWidth(520)
        self._show_wait()

    def try_it(self) -> None:
        if self.lock.wait_left() > 0:
            self._show_wait()
            return
        answer = self.lock.try_passphrase(self.field.text())
        self.field.clear()
        if answer.unlocked:
            self.accept()
            return
        self.answer.setText(self.tr("That is not the passphrase."))
        if answer.wait_s > 0:
            self._show_wait()

    def _show_wait(self) -> None:
        left = self.lock.wait_left()
        waiting = left > 0
        self.field.setEnabled(not waiting)
        self.open_button.setEnabled(not waiting)
        if waiting:
            self.answer.setText(
                self.tr(
                    "Too many wrong tries. Wait %n second(s) before trying again.",
                    "",
                    math.ceil(left),
                )
            )
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            if self.countdown.isActive():
                self.countdown.stop()
                self.answer.setText("")
            self.field.setFocus()


class SetPassphraseDialog(QDialog):
    """A new passphrase, typed twice."""

    def __init__(self, lock: PassphraseLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase for family mode"))
        self.lock = lock
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Family mode can only be left with this passphrase. Choose one the family will "
                "not guess, and keep it safe."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first.strip()) < SHORTEST:
            self.problem.setText(
                self.tr("Use at least %1 characters.").replace("%1", str(SHORTEST))
            )
            return
        if first != second:
            self.problem.setText(self.tr("The two passphrases are not the same."))
            return
        self.lock.set(first)
        self.accept()


def ensure_passphrase(lock: PassphraseLock, parent: QWidget | None) -> bool:
    """True when a passphrase is set, asking the curator to set one first when none is."""
    if lock.is_set:
        return True
    dialog = SetPassphraseDialog(lock, parent)
    return bool(dialog.exec()) and lock.is_set

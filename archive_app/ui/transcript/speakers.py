"""Renaming a speaker everywhere in an interview's transcripts at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class RenameSpeakerDialog(QDialog):
    """Choose a speaker and type the name they should have."""

    def __init__(
        self, speakers: list[tuple[str, int]], current: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("renameSpeakerDialog")
        self.setWindowTitle(self.tr("Rename a speaker"))
        layout = QFormLayout(self)
        self.explanation = QLabel(
            self.tr(
                "Every passage of this speaker, in every transcript of the interview, gets the new name."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        layout.addRow(self.explanation)
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("oldSpeaker")
        for name, count in speakers:
            self.speaker.addItem(self.tr("%1 (%n passage(s))", "", count).replace("%1", name), name)
        if current:
            index = self.speaker.findData(current)
            if index >= 0:
                self.speaker.setCurrentIndex(index)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newSpeaker")
        self.new_name.setText(self.old_name)
        self.new_name.selectAll()
        self.speaker.currentIndexChanged.connect(lambda _i: self.new_name.setText(self.old_name))
        layout.addRow(self.tr("Speaker"), self.speaker)
        layout.addRow(self.tr("New name"), self.new_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.new_name.textChanged.connect(self._check)
        self._check()
        self.new_name.setFocus()

    @property
    def old_name(self) -> str:
        return str(self.speaker.currentData() or "")

    def _check(self) -> None:
        new = self.new_name.text().strip()
        self.ok_button.setEnabled(bool(new) and new != self.old_name)

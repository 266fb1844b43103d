"""Settings a person changes: the language and the size of the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from archive_app.ui.settings import TEXT_SCALES, AppSettings

#: each language named in itself, so anyone can find their own
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("Same as the computer"), "system")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("textSizeChoice")
        for scale, label in zip(
            TEXT_SCALES, (self.tr("Normal"), self.tr("Large"), self.tr("Larger")), strict=True
        ):
            self.text_size.addItem(label, scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_scale)))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Text size"), self.text_size)
        layout.addLayout(form)
        from archive_app.ui.family.curator import FamilySettingsRows

        self.family = FamilySettingsRows(settings, self)
        layout.addWidget(self.family)
        family_form = self.family.layout()
        if isinstance(family_form, QFormLayout):
            _one_label_column([form, family_form])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.text_scale = float(self.text_size.currentData())
        self.family.save()
        self.settings.sync()
        self.accept()


def _one_label_column(forms: list[QFormLayout]) -> None:
    """Give the labels of several forms one width, so that their fields line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)

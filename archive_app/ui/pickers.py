"""Choosing a person (or naming a new one) to link as narrator, family member or someone shown
in a photo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import listings
from archive_app.ui.session import ArchiveSession

_NEW = "__new__"


class PersonPicker(QDialog):
    """Type part of a name; pick someone from the archive or make a new person of that name.

    After ``exec()``: :attr:`person_id` (an existing person) or :attr:`new_name`, and
    :attr:`choice` (the role or relationship picked, when choices were given).
    """

    def __init__(
        self,
        session: ArchiveSession,
        title: str,
        choices: list[tuple[str, str]] | None = None,
        choice_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.session = session
        self.person_id: str | None = None
        self.new_name: str | None = None
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Type a name, in characters or pinyin"))
        self.search.textChanged.connect(self._refresh)
        self.search.returnPressed.connect(self._accept_current)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.matches = QListWidget(self)
        self.matches.setObjectName("personMatches")
        self.matches.itemDoubleClicked.connect(lambda _item: self._accept_current())
        layout.addWidget(self.matches)
        self.choices = QComboBox(self)
        self.choices.setObjectName("personChoice")
        if choices:
            form = QFormLayout()
            for code, label in choices:
                self.choices.addItem(label, code)
            form.addRow(choice_label, self.choices)
            layout.addLayout(form)
        else:
            self.choices.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resize(420, 360)
        self._refresh("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the name field move through the matches: no need for the mouse.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _refresh(self, text: str) -> None:
        self.matches.clear()
        text = text.strip()
        found = listings.find_people(self.session.db, text, limit=30) if text else []
        exact = any(person["name"] == text for person in found)
        if text and not exact:
            item = QListWidgetItem(self.tr("New person: %1").replace("%1", text), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, _NEW)
        for person in found:
            extra = " ".join(p for p in (person.get("name_latin"), person.get("birth_date")) if p)
            label = f"{person['name']}  ({extra})" if extra else person["name"]
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
        if self.matches.count():
            # an existing person of exactly that name comes before "new person"
            self.matches.setCurrentRow(0)
        self.ok_button.setEnabled(self.matches.count() > 0)

    def _accept_current(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        if value == _NEW:
            self.new_name = self.search.text().strip()
        else:
            self.person_id = value
        self.choice = self.choices.currentData() if self.choices.count() else None
        self.accept()

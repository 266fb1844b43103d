"""Small editable lists used on detail pages: linked people with roles, tags, and the
collections an item is in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LinkedList(QWidget):
    """A short list of linked records with Add and Remove buttons.

    Double-clicking (or Enter on) an entry opens it; :attr:`add_requested` and
    :attr:`remove_requested` leave the editing to the page.
    """

    add_requested = Signal()
    #: the data of the entry to take away
    remove_requested = Signal(object)
    #: the data of the entry to open
    open_requested = Signal(object)

    def __init__(self, add_text: str, remove_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.entries = QListWidget(self)
        self.entries.itemActivated.connect(self._open)
        self.entries.itemDoubleClicked.connect(self._open)
        self.entries.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.entries)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._read_only = False

    def set_entries(self, entries: list[tuple[str, Any]], empty_text: str = "") -> None:
        self.entries.clear()
        for text, data in entries:
            item = QListWidgetItem(text, self.entries)
            item.setData(Qt.ItemDataRole.UserRole, data)
        if not entries and empty_text:
            item = QListWidgetItem(empty_text, self.entries)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        rows = max(1, self.entries.count())
        self.entries.setFixedHeight(
            self.entries.sizeHintForRow(0) * min(rows, 8) + 2 * self.entries.frameWidth() + 4
        )
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _update_buttons(self) -> None:
        item = self.entries.currentItem()
        self.remove_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def _current(self) -> Any:
        item = self.entries.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _remove(self) -> None:
        data = self._current()
        if data is not None:
            self.remove_requested.emit(data)

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data is not None:
            self.open_requested.emit(data)


class TagEditor(QWidget):
    """The tags on an item: type a tag and press Enter to add it; pick one to take it off."""

    def __init__(
        self,
        on_add: Callable[[str], None],
        on_remove: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tags = QListWidget(self)
        self.tags.setObjectName("tags")
        self.tags.setFlow(QListWidget.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setSpacing(2)
        self.tags.setMaximumHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("tagEntry")
        self.entry.setPlaceholderText(self.tr("Add a tag"))
        self.entry.returnPressed.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove tag"), self)
        self.remove_button.clicked.connect(self._remove)
        layout.addWidget(self.tags, 3)
        layout.addWidget(self.entry, 2)
        layout.addWidget(self.remove_button)
        self._on_add = on_add
        self._on_remove = on_remove

    def set_tags(self, names: list[str]) -> None:
        self.tags.clear()
        for name in names:
            QListWidgetItem(name, self.tags)

    def set_read_only(self, read_only: bool) -> None:
        self.entry.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _add(self) -> None:
        name = self.entry.text().strip()
        if name:
            self.entry.clear()
            self._on_add(name)

    def _remove(self) -> None:
        item = self.tags.currentItem()
        if item is not None:
            self._on_remove(item.text())


class CollectionsEditor(QWidget):
    """The collections holding an interview or photo (links that open them), with buttons to
    put it in one more and to take it out of one."""

    def __init__(
        self,
        on_link: Callable[[str], None],
        on_add: Callable[[], None],
        on_remove: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.links = QLabel(self)
        self.links.setObjectName("collectionLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setWordWrap(True)
        self.links.linkActivated.connect(on_link)
        layout.addWidget(self.links)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add to a collection…"), self)
        self.add_button.setObjectName("addToCollection")
        self.add_button.clicked.connect(on_add)
        self.remove_button = QPushButton(self.tr("Take out of a collection…"), self)
        self.remove_button.setObjectName("takeOutOfCollection")
        self.remove_button.clicked.connect(on_remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_links(self, html: str, held: bool) -> None:
        self.links.setText(html)
        self.remove_button.setEnabled(held)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

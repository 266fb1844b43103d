"""The sidebar: library sections, collections, tags, saved searches and the consent-due list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeView,
    QWidget,
)

from archive_app.core import listings
from archive_app.core.edits import Changes
from archive_app.ui.folding import WrappedText
from archive_app.ui.session import ArchiveSession

SectionRole = Qt.ItemDataRole.UserRole + 10
TargetRole = Qt.ItemDataRole.UserRole + 11

#: the library's sections, in the order shown
LIBRARY = ("interview", "person", "family", "place", "photo", "document")


class Sidebar(QTreeView):
    """Emits :attr:`chosen` with a section (``interview``, ``collection``, ``tag``, ``search``,
    ``consent_due``...) and, for collections, tags and saved searches, which one."""

    chosen = Signal(str, str)

    def __init__(
        self, session: ArchiveSession, saved_searches: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.session = session
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(False)  # a long name takes two lines
        self.setWordWrap(True)
        self.setItemDelegate(WrappedText(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._groups: dict[str, QStandardItem] = {}
        self._before_none: tuple[str, str] | None = None
        library = self._group("library", self.tr("Library"))
        names = {
            "interview": self.tr("Interviews"),
            "person": self.tr("People"),
            "family": self.tr("Families"),
            "place": self.tr("Places"),
            "photo": self.tr("Photos"),
            "document": self.tr("Documents"),
        }
        for kind in LIBRARY:
            library.appendRow(self._entry(names[kind], kind, ""))
        self._group("collection", self.tr("Collections"))
        self._group("tag", self.tr("Tags"))
        self._group("search", self.tr("Saved searches"))
        consent = self._group("consent", self.tr("Consent"))
        self.consent_due_item = self._entry(self.tr("Consent due"), "consent_due", "")
        consent.appendRow(self.consent_due_item)
        self.reload_collections()
        self.reload_tags()
        self.set_saved_searches(saved_searches)
        self.expandAll()
        self.selectionModel().currentChanged.connect(self._current_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # rows as tall as their names need at the new width

    def _group(self, key: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(key, SectionRole)
        self._model.appendRow(item)
        self._groups[key] = item
        return item

    @staticmethod
    def _entry(text: str, section: str, target: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(section, SectionRole)
        item.setData(target, TargetRole)
        item.setToolTip(text)
        return item

    def _refill(self, group: str, entries: list[tuple[str, str]], section: str) -> None:
        parent = self._groups[group]
        parent.removeRows(0, parent.rowCount())
        for text, target in entries:
            parent.appendRow(self._entry(text, section, target))
        if entries:
            self.expand(parent.index())

    def reload_collections(self) -> None:
        found = listings.page(self.session.db, "collection", limit=500)
        self._refill("collection", [(c["name"], c["id"]) for c in found], "collection")

    def reload_tags(self) -> None:
        found = listings.page(self.session.db, "tag", limit=500)
        self._refill("tag", [(f"{t['name']} ({t['items']})", t["id"]) for t in found], "tag")

    def set_saved_searches(self, searches: list[str]) -> None:
        self._refill("search", [(text, text) for text in searches], "saved_search")

    def set_consent_due(self, count: int | None) -> None:
        text = self.tr("Consent due")
        self.consent_due_item.setText(f"{text} ({count})" if count else text)

    def select(self, section: str, target: str = "") -> None:
        """Highlight a section without announcing it (navigation already happened)."""
        found = self._find(section, target)
        if found is not None:
            self._set_current(found)

    def select_none(self, remember: bool = True) -> None:
        """Highlight nothing (search results are shown), remembering what was highlighted
        unless told not to."""
        current = self.currentIndex()
        if remember and current.isValid():
            self._before_none = (current.data(SectionRole), current.data(TargetRole) or "")
        self._set_current(QModelIndex())

    def select_again(self) -> None:
        """Highlight again what was highlighted before :meth:`select_none`."""
        if self._before_none is not None:
            found = self._find(*self._before_none)
            if found is not None:
                self._set_current(found)

    def _set_current(self, index: QModelIndex) -> None:
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(index)
        if not index.isValid():
            self.selectionModel().clearSelection()
        self.selectionModel().blockSignals(False)
        self.viewport().update()

    def _find(self, section: str, target: str) -> QModelIndex | None:
        for group in self._groups.values():
            for row in range(group.rowCount()):
                child = group.child(row)
                if child.data(SectionRole) == section and (child.data(TargetRole) or "") == target:
                    return child.index()
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        section = current.data(SectionRole)
        if section and current.parent().isValid():
            self.chosen.emit(section, current.data(TargetRole) or "")

    def apply(self, change: Changes) -> None:
        kinds = change.kinds()
        if "collection" in kinds:
            self.reload_collections()
        if "tag" in kinds:
            self.reload_tags()

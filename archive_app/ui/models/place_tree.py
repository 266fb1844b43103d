"""The place hierarchy as a tree (province > county > village), children fetched when a branch
is first opened."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from archive_app.core import listings
from archive_app.core.edits import Changes
from archive_app.ui import vocabulary
from archive_app.ui.models.paged import IdRole
from archive_app.ui.session import ArchiveSession

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    id: str
    name: str
    level: str | None
    child_count: int
    parent: _Node | None
    children: list[_Node] | None = None  # None: not fetched yet
    name_latin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class PlaceTreeModel(QAbstractItemModel):
    """Places under their parents; a branch's children load when the view first opens it."""

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self._root = _Node("", "", None, 0, None)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root.children = [
            self._node(r, self._root) for r in listings.root_places(self.session.db)
        ]
        self.endResetModel()

    def _node(self, row: dict[str, Any], parent: _Node) -> _Node:
        return _Node(
            row["id"],
            row["name"],
            row.get("level"),
            int(row["children"]),
            parent,
            name_latin=row.get("name_latin"),
        )

    def _of(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._of(parent)
        if node.children is None or not 0 <= row < len(node.children) or column not in (0, 1):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._of(index).parent
        if node is None or node is self._root or node.parent is None:
            return QModelIndex()
        siblings = node.parent.children or []
        return self.createIndex(siblings.index(node), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._of(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self._of(parent)
        return node.child_count > 0 if node is not self._root else bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        node = self._of(parent)
        return node.children is None and node.child_count > 0

    def fetchMore(self, parent: Index) -> None:
        node = self._of(parent)
        if node.children is not None:
            return
        rows = listings.child_places(self.session.db, node.id)
        if not rows:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        node.children = [self._node(r, node) for r in rows]
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._of(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.name
            return vocabulary.level_name(node.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.name_latin or None
        if role == IdRole:
            return node.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Place"), self.tr("Level"))[section] if section in (0, 1) else None
        return None

    def index_of(self, place_id: str) -> QModelIndex:
        """The index of a place, opening the branches above it as needed (invalid if absent)."""
        from archive_app.core import places

        chain = [p["id"] for p in reversed(places.lineage(self.session.db, place_id))]
        parent = QModelIndex()
        node = self._root
        for step in chain:
            if node.children is None:
                self.fetchMore(parent)
            found = next((i for i, c in enumerate(node.children or []) if c.id == step), None)
            if found is None:
                return QModelIndex()
            parent = self.index(found, 0, parent)
            node = self._of(parent)
        return parent

    def apply(self, change: Changes) -> None:
        if "place" in change.kinds():
            self.reload()

"""A table model over one of core's paged lists: rows are fetched a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``) and kept in a row cache; a write refreshes only the rows
it touched."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from archive_app.core import listings
from archive_app.core.edits import Changes
from archive_app.core.listings import Scope
from archive_app.ui.session import ArchiveSession

Record = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

#: the whole row (a dict) under this role; its id under IdRole
RecordRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

# Roles as plain ints: comparing with Qt's enum members costs more than the lookup itself.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RECORD = int(RecordRole)
_ID = int(IdRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ANSWERED = frozenset((_RECORD, _ID, _TOOLTIP, _ALIGNMENT, _DECORATION))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)
#: a row's shown texts, cached in the row itself (a fresh row from core has none)
_SHOWN = "_shown"


@dataclass(frozen=True)
class Column:
    """One column: its header, how a row shows in it, and the core sort key it sorts by.

    How it shares the list's width (see ``lists.RecordTable``): a column of short values
    (dates, lengths, counts) is as wide as ``sample``, its widest likely value; a column of
    free text (no sample) takes a ``weight`` share of the room left. When the list is too
    narrow for every column, those of lowest ``priority`` are hidden first (never the first).
    """

    title: str
    text: Callable[[Record], str]
    sort: str | None = None
    align_right: bool = False
    tooltip: Callable[[Record], str] | None = None
    sample: Callable[[], str] | None = None
    weight: float = 1.0
    priority: int = 50


class PagedModel(QAbstractTableModel):
    """Rows of one kind of record, in core's order, fetched lazily and cached."""

    def __init__(
        self,
        session: ArchiveSession,
        kind: str,
        columns: Sequence[Column],
        *,
        scope: Scope | None = None,
        page_size: int = 200,
        depends_on: Sequence[str] = (),
        secondary_key: str | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.kind = kind
        self.columns = list(columns)
        self.scope = scope
        self.page_size = page_size
        #: other kinds whose changes can alter what this list shows (names, counts)
        self.depends_on = set(depends_on)
        self.order: str | None = None
        self.descending = False
        self._rows: list[Record] = []
        self._where: dict[str, int] = {}
        self._total = 0
        #: a second way to find loaded rows (e.g. photos by sha256, for thumbnails)
        self.secondary_key = secondary_key
        self._by_key: dict[Any, str] = {}
        #: loaded rows to read again before they are next shown
        self._stale: set[str] = set()
        self.decorate: Callable[[Record], Any] | None = None
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows the list has in all, fetched or not."""
        return self._total

    def reload(self) -> None:
        """Forget the cache and start again from the first page."""
        self.beginResetModel()
        self._rows = []
        self._where = {}
        self._by_key = {}
        self._stale = set()
        self._total = listings.count(self.session.db, self.kind, self.scope)
        self._append(self._fetch(0, self.page_size))
        self.endResetModel()

    def set_scope(self, scope: Scope | None) -> None:
        self.scope = scope
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[Record]:
        return listings.page(
            self.session.db,
            self.kind,
            offset=offset,
            limit=limit,
            order=self.order,
            descending=self.descending,
            scope=self.scope,
        )

    def _append(self, rows: list[Record]) -> None:
        key = self.secondary_key
        for row in rows:
            self._where[row["id"]] = len(self._rows)
            self._rows.append(row)
            if key is not None:
                self._by_key[row.get(key)] = row["id"]

    def id_for_key(self, value: Any) -> str | None:
        """The id of a loaded row whose :attr:`secondary_key` field has ``value``."""
        return self._by_key.get(value)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        rows = self._fetch(len(self._rows), self.page_size)
        if not rows:  # the list shrank under us; stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def fetch_until(self, record_id: str) -> int | None:
        """Fetch pages until the record's row is loaded; its row, or None if not in the list."""
        if record_id in self._where:
            return self._where[record_id]
        position = listings.position_of(
            self.session.db,
            self.kind,
            record_id,
            order=self.order,
            descending=self.descending,
            scope=self.scope,
        )
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        return self._where.get(record_id)

    # -- following changes ------------------------------------------------------------------

    def apply(self, change: Changes) -> None:
        """Bring the list up to date after a write.

        Rows of this kind that the write names are read again at once. A change to a related
        kind (a person renamed: every interview row naming them) only marks the loaded rows
        stale; each is read again when it is next shown, so ten thousand loaded rows cost no
        more than the few on screen.
        """
        related = bool(change.kinds() & self.depends_on)
        if change.reshapes(self.kind) or (related and self._reshaped_by(change)):
            self._reload_keeping_rows()
            return
        own = set(change.updated.get(self.kind, set())) & self._where.keys()
        if own:
            self._refresh(own)
        if related and self._rows:
            self._stale = set(self._where) - own
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(self.columns) - 1))

    def _reshaped_by(self, change: Changes) -> bool:
        """Whether a change to a related kind can move rows in or out of this (scoped) list."""
        return self.scope is not None and any(change.reshapes(kind) for kind in self.depends_on)

    def _reload_keeping_rows(self) -> None:
        wanted = max(len(self._rows), self.page_size)
        self.beginResetModel()
        self._rows = []
        self._where = {}
        self._by_key = {}
        self._stale = set()
        self._total = listings.count(self.session.db, self.kind, self.scope)
        self._append(self._fetch(0, wanted))
        self.endResetModel()

    def _refresh(self, ids: set[str]) -> None:
        fresh = {
            row["id"]: row for row in listings.rows_by_id(self.session.db, self.kind, list(ids))
        }
        for record_id in ids:
            row = self._where[record_id]
            if record_id in fresh:
                self._store(row, fresh[record_id])
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _store(self, row: int, record: Record) -> None:
        self._rows[row] = record
        self._stale.discard(record["id"])
        if self.secondary_key is not None:
            self._by_key[record.get(self.secondary_key)] = record["id"]

    def _freshen_around(self, row: int) -> None:
        """Read again the stale rows near ``row`` (about a screenful) before one is shown."""
        low, high = max(0, row - 60), min(len(self._rows), row + 60)
        ids = [r["id"] for r in self._rows[low:high] if r["id"] in self._stale]
        fresh = {r["id"]: r for r in listings.rows_by_id(self.session.db, self.kind, ids)}
        for record_id in ids:
            if record_id in fresh:
                self._store(self._where[record_id], fresh[record_id])
            else:
                self._stale.discard(record_id)  # gone: the next reload drops it

    # -- the model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def record(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        return self._where.get(record_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times a second while scrolling: plain int roles, texts cached.
        number = index.row()
        if number < 0 or number >= len(self._rows):
            return None
        if role == _DISPLAY:
            row = self._rows[number]
            if self._stale and row["id"] in self._stale:
                self._freshen_around(number)
                row = self._rows[number]
            shown = row.get(_SHOWN)
            if shown is None:
                shown = row[_SHOWN] = [column.text(row) for column in self.columns]
            return shown[index.column()]
        if role not in _ANSWERED:
            return None
        row = self._rows[number]
        column = self.columns[index.column()]
        if role == _RECORD:
            return row
        if role == _ID:
            return row["id"]
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _DECORATION and index.column() == 0 and self.decorate:
            return self.decorate(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def touch_rows(self, ids: set[str]) -> None:
        """Tell views that rows changed appearance (a thumbnail or badge arrived)."""
        for record_id in ids:
            row = self._where.get(record_id)
            if row is None:
                continue
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def column_changed(self, title: str) -> None:
        """Tell views that every loaded row's value in the column headed ``title`` changed."""
        for row in self._rows:
            row.pop(_SHOWN, None)
        for number, column in enumerate(self.columns):
            if column.title == title and self._rows:
                self.dataChanged.emit(
                    self.index(0, number), self.index(len(self._rows) - 1, number)
                )

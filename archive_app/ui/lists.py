"""The lists in the middle of the window: one view per kind of record, made when first shown,
over lazily fetched models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.edits import Changes
from archive_app.core.listings import Scope
from archive_app.ui.models import columns
from archive_app.ui.models.paged import Column, IdRole, PagedModel
from archive_app.ui.models.place_tree import PlaceTreeModel
from archive_app.ui.session import ArchiveSession
from archive_app.ui.thumbnails import Thumbnails

#: which other kinds of change can alter each list's rows (names, counts shown in them)
DEPENDS_ON = {
    "interview": ("person", "place", "recording", "photo", "transcript", "tag", "collection"),
    "person": ("family", "place", "interview"),
    "family": ("person", "place"),
    "photo": ("person", "interview", "place", "tag", "collection"),
    "document": ("interview",),
}


def fit_widths(
    least: list[int], weights: list[float], priorities: list[int], room: int
) -> list[int | None]:
    """Each column's width for a list ``room`` pixels wide, or None for a column hidden because
    the list is too narrow for it: every column gets at least its ``least`` width; columns of
    lowest priority go first (never the first column) until the rest fit; the room left is
    shared by weight (columns of weight 0 keep their least width)."""
    shown = list(range(len(least)))
    by_priority = sorted(shown[1:], key=lambda column: priorities[column])
    while by_priority and sum(least[c] for c in shown) > room:
        shown.remove(by_priority.pop(0))
    spare = max(0, room - sum(least[c] for c in shown))
    total = sum(weights[c] for c in shown)
    widths: list[int | None] = [None] * len(least)
    given = 0
    for column in shown:
        share = int(spare * weights[column] / total) if total else 0
        widths[column] = least[column] + share
        given += share
    if shown and total:  # what rounding left over goes to the first flexible column
        first = next(c for c in shown if weights[c] > 0)
        widths[first] = (widths[first] or 0) + spare - given
    return widths


class RecordTable(QTableView):
    """A long list as a table: fixed row heights, sortable headers, whole-row selection.

    Its columns fill its width and never run past it: short values (dates, counts) get the
    width they need, free text shares the rest, and when the list is too narrow the least
    needed columns are hidden (see :class:`Column`). A column the person widens by hand keeps
    the width given."""

    def __init__(self, model: PagedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)  # fit_columns fills the width
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(False)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("M") * 9)
        self.setSortingEnabled(False)  # sorting is asked of core through the header
        header.sectionClicked.connect(self._sort_by)
        self._sort_column = -1
        self._descending = False
        #: widths the person gave columns by dragging their edge
        self._chosen_widths: dict[int, int] = {}
        self._fitting = False
        header.sectionResized.connect(self._resized_by_hand)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the list's width among its columns (see the class)."""
        model = self.model()
        assert isinstance(model, PagedModel)
        room = self.viewport().width()
        if room <= 0 or not model.columns:
            return
        text = self.fontMetrics()
        heading = self.horizontalHeader().fontMetrics()
        # the header's margins and sort arrow; a cell's margins
        header_pad = heading.horizontalAdvance("M") * 2 + 12
        cell_pad = text.horizontalAdvance("M") + 8
        least, weights = [], []
        for number, column in enumerate(model.columns):
            need = heading.horizontalAdvance(column.title) + header_pad
            if number in self._chosen_widths:
                least.append(self._chosen_widths[number])
                weights.append(0.0)
                continue
            if column.sample is not None:
                lines = column.sample().split("\n")
                need = max([need] + [text.horizontalAdvance(line) + cell_pad for line in lines])
                weights.append(0.0)
            else:
                need = max(need, text.horizontalAdvance("M") * (7 if number else 12))
                weights.append(column.weight)
            least.append(need)
        widths = fit_widths(least, weights, [c.priority for c in model.columns], room)
        self._fitting = True
        try:
            for number, width in enumerate(widths):
                self.setColumnHidden(number, width is None)
                if width is not None:
                    self.setColumnWidth(number, width)
        finally:
            self._fitting = False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0:
            self._chosen_widths[column] = new

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def _sort_by(self, column: int) -> None:
        model = self.model()
        assert isinstance(model, PagedModel)
        if model.columns[column].sort is None:
            return
        self._descending = not self._descending if column == self._sort_column else False
        self._sort_column = column
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        model.sort(column, order)


class PhotoGrid(QListView):
    """Photos as a grid of thumbnails, loaded as they scroll into view."""

    def __init__(self, model: PagedModel, thumbnails: Thumbnails, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        size = thumbnails.size
        self.setIconSize(QSize(size, size))
        self.setGridSize(QSize(size + 24, size + self.fontMetrics().height() * 2 + 12))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(4)
        self.setModel(model)
        placeholder = QPixmap(size, size)
        placeholder.fill(Qt.GlobalColor.transparent)
        empty = QIcon(placeholder)

        def decorate(row: dict[str, Any]) -> QIcon:
            pixmap = thumbnails.pixmap(row["sha256"])
            return QIcon(pixmap) if pixmap is not None else empty

        model.decorate = decorate

        def ready(sha256: str) -> None:
            record_id = model.id_for_key(sha256)
            if record_id:
                model.touch_rows({record_id})

        thumbnails.ready.connect(ready)


class ListPane(QWidget):
    """One kind's list with a line above it saying what it is narrowed to."""

    #: the person picked a record in the list: (kind, id)
    picked = Signal(str, str)

    def __init__(self, kind: str, view: QAbstractItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.scope_bar = QWidget(self)
        self.scope_bar.setObjectName("scopeBar")
        bar = QHBoxLayout(self.scope_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.scope_label = QLabel(self.scope_bar)
        self.scope_label.setObjectName("scopeLabel")
        self.show_all = QPushButton(self.tr("Show all"), self.scope_bar)
        self.show_all.setObjectName("showAll")
        self.show_all.clicked.connect(lambda: self.narrow(None, ""))
        bar.addWidget(self.scope_label, 1)
        bar.addWidget(self.show_all)
        self.scope_bar.hide()
        layout.addWidget(self.scope_bar)
        layout.addWidget(view)
        view.setParent(self)
        view.selectionModel().currentChanged.connect(self._current_changed)
        view.activated.connect(self._current_changed)

    @property
    def model(self) -> Any:
        return self.view.model()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        record_id = current.data(IdRole) if current.isValid() else None
        if record_id:
            self.picked.emit(self.kind, record_id)

    def chosen_record(self) -> tuple[str, str] | None:
        """The record whose row is selected, as (kind, id); None when no row is."""
        selection = self.view.selectionModel()
        current = selection.currentIndex()
        if not current.isValid() or not selection.isSelected(current):
            return None
        record_id = current.data(IdRole)
        return (self.kind, str(record_id)) if record_id else None

    def narrow(self, scope: Scope | None, label: str) -> None:
        """Show only the records in ``scope`` (None: all), saying so above the list."""
        model = self.model
        if isinstance(model, PagedModel):
            model.set_scope(scope)
        self.scope_label.setText(label)
        self.scope_bar.setVisible(scope is not None)

    def select(self, record_id: str) -> bool:
        """Select a record's row, fetching pages as needed; False if it is not in the list."""
        model = self.model
        if isinstance(model, PagedModel):
            row = model.fetch_until(record_id)
            if row is None:
                return False
            index = model.index(row, 0)
        elif isinstance(model, PlaceTreeModel):
            index = model.index_of(record_id)
            if not index.isValid():
                return False
            assert isinstance(self.view, QTreeView)
            self.view.expand(index.parent())
        else:
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def apply(self, change: Changes) -> None:
        apply = getattr(self.model, "apply", None)
        if apply is not None:
            apply(change)

    def count_text(self) -> str:
        model = self.model
        if isinstance(model, PagedModel):
            return self.tr("%n item(s)", "", model.total)
        return ""


class ListArea(QStackedWidget):
    """Makes each list the first time it is shown; keeps it afterwards."""

    picked = Signal(str, str)

    def __init__(
        self,
        session: ArchiveSession,
        thumbnails: Thumbnails,
        consent_column: Callable[[dict[str, Any]], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.consent_column = consent_column
        self.panes: dict[str, ListPane] = {}

    def pane(self, kind: str) -> ListPane:
        if kind not in self.panes:
            pane = ListPane(kind, self._make_view(kind), self)
            pane.setObjectName(f"{kind}List")
            pane.picked.connect(self.picked)
            self.panes[kind] = pane
            self.addWidget(pane)
        return self.panes[kind]

    def add_pane(self, kind: str, widget: QWidget) -> None:
        """Add a list that is not a plain record list (search results, consent due)."""
        self.addWidget(widget)
        self.panes[kind] = widget  # type: ignore[assignment]

    def show_kind(self, kind: str) -> ListPane:
        pane = self.pane(kind)
        self.setCurrentWidget(pane)
        return pane

    def _columns(self, kind: str) -> list[Column]:
        if kind == "interview":
            return columns.interview_columns(self.consent_column)
        return {
            "person": columns.person_columns,
            "family": columns.family_columns,
            "photo": columns.photo_columns,
            "document": columns.document_columns,
            "place": columns.place_columns,
        }[kind]()

    def _make_view(self, kind: str) -> QAbstractItemView:
        if kind == "place":
            tree = QTreeView(self)
            tree.setModel(PlaceTreeModel(self.session))
            tree.setUniformRowHeights(True)
            tree.header().setStretchLastSection(False)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            return tree
        model = PagedModel(
            self.session,
            kind,
            self._columns(kind),
            depends_on=DEPENDS_ON.get(kind, ()),
            secondary_key="sha256" if kind == "photo" else None,
        )
        if kind == "photo":
            return PhotoGrid(model, self.thumbnails, self)
        return RecordTable(model, self)

    def apply(self, change: Changes) -> None:
        for pane in self.panes.values():
            apply = getattr(pane, "apply", None)
            if apply is not None:
                apply(change)

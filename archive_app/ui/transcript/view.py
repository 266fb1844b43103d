"""The transcript list: follows the voice, seeks where clicked, opens a row for typing.

A QTreeView over a flat table model measures only the rows it shows, so a transcript of two
thousand passages opens as fast as one of twenty. While playing, the passage being heard is kept
in view, unless the person has just scrolled away to read or is typing elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTreeView,
    QWidget,
)

from archive_app.ui.transcript.delegate import SegmentDelegate
from archive_app.ui.transcript.model import SPEAKER, TEXT, TIME, TranscriptModel

_Index = QModelIndex | QPersistentModelIndex
#: after the person scrolls by hand, the view leaves the scrolling to them for this long
_HANDS_OFF_MS = 4000


class _NoFocusFrame(QProxyStyle):
    """The application's style without the focus frame over the current row: Fusion fills it
    with a tint that muddies the playing passage's colour. The delegate marks the row the
    keyboard is on with a bar of its own."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            return
        super().drawPrimitive(element, option, painter, widget)


class TranscriptView(QTreeView):
    """Rows of a :class:`TranscriptModel`, painted by a :class:`SegmentDelegate`."""

    #: the person clicked a row: hear it (row number)
    row_clicked = Signal(int)
    #: the person asked to keep the selected lines private: (from, to) seconds
    private_asked = Signal(float, float)

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several lines may be selected (Shift or Ctrl and click) to keep them private
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._style = _NoFocusFrame()  # no base given: follows the application's style
        self.setStyle(self._style)
        self.delegate = SegmentDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.transcript = model
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setMinimumSectionSize(40)
        header.sectionResized.connect(self._column_resized)
        model.reshaped.connect(self._fit_columns)
        model.modelReset.connect(self._fit_columns)
        self.follow_playing = True
        self._hands_off = QElapsedTimer()
        self.verticalScrollBar().sliderPressed.connect(self._scrolled_by_hand)
        self._fit_columns()

    # -- columns -----------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        header = self.header()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TIME, metrics.horizontalAdvance("0:00:00.0") + 16)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPEAKER, max(metrics.horizontalAdvance("采访者采访") + 16, 80))
        for column in range(TEXT, self.transcript.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        # wrapped rows change height with their column's width
        self.scheduleDelayedItemsLayout()

    # -- following the voice -------------------------------------------------------------------

    def show_playing(self, row: int | None) -> None:
        """Highlight the row being heard and keep it in view."""
        self.transcript.set_playing_row(row)
        if row is None or not self.follow_playing:
            return
        if self.state() == QAbstractItemView.State.EditingState:
            return  # the person is typing: the view must not move under their cursor
        if self._hands_off.isValid() and self._hands_off.elapsed() < _HANDS_OFF_MS:
            return
        index = self.transcript.index(row, TEXT)
        if not self._fully_visible(index):
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _fully_visible(self, index: QModelIndex) -> bool:
        rect = self.visualRect(index)
        return rect.isValid() and self.viewport().rect().contains(rect)

    def _scrolled_by_hand(self) -> None:
        self._hands_off.start()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._hands_off.start()
        super().wheelEvent(event)

    # -- keeping lines private -------------------------------------------------------------

    def selected_span(self) -> tuple[float, float] | None:
        """From the first selected line's start to the last one's end (or to where the line
        after it starts); None when no selected line has a time."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows(TEXT)})
        if not rows:
            rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        lead = self.transcript.lead
        if not rows or lead is None:
            return None
        timed = [lead.rows[r] for r in rows if lead.rows[r].start_s is not None]
        if not timed:
            return None
        start = min(float(r.start_s) for r in timed if r.start_s is not None)
        last = max(rows)
        end = (
            max(float(r.end_s) for r in timed if r.end_s is not None)
            if any(r.end_s is not None for r in timed)
            else None
        )
        following = next(
            (lead.rows[r].start_s for r in range(last + 1, len(lead.rows))
             if lead.rows[r].start_s is not None),
            None,
        )  # fmt: skip
        if end is None or end <= start:
            end = following if following is not None and following > start else start + 5.0
        return start, end

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        keep = menu.addAction(self.tr("Keep these lines private…"))
        keep.setObjectName("keepLinesPrivate")
        span = self.selected_span()
        keep.setEnabled(span is not None and not self.transcript.read_only)
        if span is not None:
            keep.triggered.connect(lambda: self.private_asked.emit(*span))
        menu.exec(self.viewport().mapToGlobal(point))

    # -- clicking and typing -------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.row_clicked.emit(index.row())

    def edit(  # type: ignore[override]
        self, index: _Index, trigger: QAbstractItemView.EditTrigger, event: QEvent | None
    ) -> bool:
        # typing on a selected row types its words, whatever column the cursor is in
        typing = trigger in (
            QAbstractItemView.EditTrigger.AnyKeyPressed,
            QAbstractItemView.EditTrigger.EditKeyPressed,
        )
        if typing and index.isValid() and index.column() in (TIME, SPEAKER):
            index = self.transcript.index(index.row(), TEXT)
            self.setCurrentIndex(index)
        return bool(super().edit(index, trigger, event))  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            current = self.currentIndex()
            if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
                self.open_words(
                    current.row(), current.column() if current.column() > TEXT else TEXT
                )
                return
        super().keyPressEvent(event)

    def open_words(self, row: int, column: int = TEXT, cursor_at: int | None = None) -> bool:
        """Open a row's words for typing, the cursor at ``cursor_at`` (the end if None)."""
        index = self.transcript.index(row, column)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.delegate.active_editor
            active = self.delegate.active_index
            if editor is not None and active is not None and active == index:
                if cursor_at is not None:
                    editor.place_cursor(cursor_at)
                return True
        trigger = QAbstractItemView.EditTrigger.AllEditTriggers
        opened = bool(super().edit(index, trigger, None))  # type: ignore[call-overload]
        editor = self.delegate.active_editor
        if opened and editor is not None:
            editor.setFocus()
            editor.place_cursor(len(editor.toPlainText()) if cursor_at is None else cursor_at)
        return opened

    def close_words(self) -> None:
        """Close the open field, keeping what was typed."""
        editor = self.delegate.active_editor
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, self.delegate.EndEditHint.NoHint)

    def dataChanged(
        self, top_left: _Index, bottom_right: _Index, roles: Sequence[int] = ()
    ) -> None:
        super().dataChanged(top_left, bottom_right, roles)
        # an undo may change the words being typed: show them in the open field too
        editor, active = self.delegate.active_editor, self.delegate.active_index
        if editor is None or active is None or not active.isValid():
            return
        if (
            roles
            and Qt.ItemDataRole.DisplayRole not in roles
            and Qt.ItemDataRole.EditRole not in roles
        ):
            return
        if top_left.row() <= active.row() <= bottom_right.row() and (
            top_left.column() <= active.column() <= bottom_right.column()
        ):
            self.delegate.setEditorData(
                editor, self.transcript.index(active.row(), active.column())
            )

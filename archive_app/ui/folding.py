"""Rows, panes and words that fold to fit a narrow page instead of making it wider than the
window: a row of controls that wraps onto a second line, a splitter whose panes go one above
the other, and a tree's words that wrap in their cells. Each asks only for the width of its
widest part, so that a page holding them never needs a horizontal scroll bar (larger text, a
small screen, a long English word)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)


def within_screen(wanted: QSize, screen: QSize) -> QSize:
    """A new window's size: ``wanted``, or less on a smaller screen, leaving room for the
    window's title bar and frame."""
    return QSize(
        min(wanted.width(), screen.width() - 16), min(wanted.height(), screen.height() - 48)
    )


class FlowLayout(QLayout):
    """Lays its items out left to right and starts a new line when the next one does not fit.
    An item whose size policy expands horizontally needs only its minimum width to stay on a
    line, and takes what is left of it; items are centred vertically in their line. It needs
    as much width as its widest item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's list of items ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ---------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item, each on a line of its own."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing -------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the items in ``rect`` (when ``place``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._shown():
            if item.expandingDirections() & Qt.Orientation.Horizontal:
                width = item.minimumSize().width()  # it grows into whatever its line has left
            else:
                width = min(item.sizeHint().width(), area.width())
                width = max(width, item.minimumSize().width())
            if lines[-1] and x + self._gap + width > area.width():
                lines.append([])
                x = 0
            elif lines[-1]:
                x += self._gap
            lines[-1].append((item, width))
            x += width
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _ in line)
            if place:
                used = sum(width for _, width in line) + self._gap * (len(line) - 1)
                x = area.x()
                for number, (item, width) in enumerate(line):
                    expands = bool(item.expandingDirections() & Qt.Orientation.Horizontal)
                    if expands and number == len(line) - 1:
                        width += max(0, area.width() - used)
                    own = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - own) // 2), QSize(width, own)))
                    x += width + self._gap
            y += height + self._gap
        return y - self._gap - area.y() + margins.top() + margins.bottom()


def row_of(parent: QWidget, widgets: list[QWidget], *, expanding: bool = False) -> QWidget:
    """A group of widgets kept together on one line of a :class:`FlowLayout`; an expanding
    group takes the rest of its line and keeps its widgets at its right end."""
    group = QWidget(parent)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    if expanding:
        layout.addStretch(1)
        group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    for widget in widgets:
        layout.addWidget(widget)
    return group


class FoldingSplitter(QSplitter):
    """Panes side by side while they fit, one above the other when the splitter is narrower
    than their smallest widths together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._side_by_side: list[int] = []
        self._one_above: list[int] = []

    def set_shares(self, side_by_side: list[int], one_above: list[int]) -> None:
        """How the panes share the room in each arrangement (proportions)."""
        self._side_by_side = side_by_side
        self._one_above = one_above
        self.setSizes(
            side_by_side if self.orientation() == Qt.Orientation.Horizontal else one_above
        )

    def _panes(self) -> list[QWidget]:
        found = (self.widget(i) for i in range(self.count()))
        return [pane for pane in found if pane is not None and not pane.isHidden()]

    def _least_width(self, pane: QWidget) -> int:
        return max(pane.minimumSizeHint().width(), pane.minimumWidth())

    def side_by_side_width(self) -> int:
        """The least width in which the panes fit side by side."""
        panes = self._panes()
        return sum(self._least_width(p) for p in panes) + self.handleWidth() * max(
            0, len(panes) - 1
        )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max((self._least_width(p) for p in self._panes()), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fold(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fold(self.width())

    def _fold(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            shares = self._side_by_side if wanted == Qt.Orientation.Horizontal else self._one_above
            if shares:
                self.setSizes(shares)


class WrappedText(QStyledItemDelegate):
    """Words in a tree's cells wrap onto more lines instead of being cut (a collection called
    台山侨乡 Taishan, hometown of emigrants; a long sentence of what to do): each row is as tall
    as its words need at their column's width. The words are drawn here, wrapped at the very
    width their height was measured for (the style's own wrapping measures one width and
    draws at another). The tree must not have uniform row heights, and should call
    ``doItemsLayout()`` when its columns change width."""

    #: room around the words (as the style sheet's padding of items)
    PAD_X, PAD_Y = 4, 3
    FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
        Qt.TextFlag.TextWordWrap
    )

    def _text_width(self, index: QModelIndex) -> int:
        view = self.parent()
        assert isinstance(view, QTreeView)
        depth = 1 if view.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            width -= view.indentation() * depth
        return max(40, width - 2 * self.PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = self._text_width(index)
        words = QFontMetrics(shown.font).boundingRect(
            QRect(0, 0, width, 100000), self.FLAGS, shown.text
        )
        return QSize(width + 2 * self.PAD_X, words.height() + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        text, shown.text = shown.text, ""
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)
        painter.save()
        painter.setFont(shown.font)
        painter.setPen(shown.palette.color(QPalette.ColorRole.Text))
        room = shown.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.drawText(room, self.FLAGS, text)
        painter.restore()

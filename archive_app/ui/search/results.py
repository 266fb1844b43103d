"""Search results as a list: title, what kind of thing, and a snippet with the matched words
highlighted; facet counts beside it to narrow the results."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.ui import vocabulary

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1

#: the facets shown, in order
FACET_ORDER = ("kind", "year", "place", "person", "speaker", "tag", "tier", "language")
#: filters the date fields set
DATE_FILTERS = ("from", "to")


# the found words in a snippet: dark brown on a pale yellow
MARK_BACKGROUND = "#fbe3a1"
MARK_TEXT = "#2b2116"
# the hit's kind and time beside its title, quieter than the title
WHERE_COLOUR = "#7a6a55"


def snippet_html(snippet: str) -> str:
    """Core's snippet (``[[`` and ``]]`` around matches, plain text) as safe HTML."""
    escaped = html.escape(snippet)
    # the found words are dark on their yellow, also in a selected hit whose text is white
    mark = f'<b style="background-color:{MARK_BACKGROUND};color:{MARK_TEXT}">'
    return escaped.replace("[[", mark).replace("]]", "</b>")


def where_text(hit: Any) -> str:
    kind = vocabulary.kind_name(hit.kind)
    if hit.kind in ("segment", "section") and hit.start_s is not None:
        at = vocabulary.duration_text(hit.start_s) or "0:00"
        return (
            QApplication.translate("SearchResults", "%1 at %2")
            .replace("%1", kind)
            .replace("%2", at)
        )
    return kind


#: kinds of hit whose own page opens
_PAGE_KINDS = ("interview", "person", "family", "place", "photo", "document")


def hit_target(hit: Any) -> tuple[str, str] | None:
    """The record whose page a hit opens, as (kind, id): a passage or chapter opens its
    interview."""
    if hit.kind in ("segment", "section") and hit.interview_id:
        return ("interview", str(hit.interview_id))
    if hit.kind in _PAGE_KINDS:
        return (str(hit.kind), str(hit.id))
    if hit.interview_id:
        return ("interview", str(hit.interview_id))
    return None


class HitModel(QAbstractListModel):
    """The hits of the latest search."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Any] = []

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet.replace("[[", "").replace("]]", "")
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit in three lines: title, kind (and time), snippet with highlights."""

    def _width(self, option: QStyleOptionViewItem) -> int:
        """The width a hit is laid out at, the same when it is measured and when it is drawn
        (else a line that wraps in one and not the other leaves a blank gap under its hit)."""
        view = self.parent()
        if not isinstance(view, QListView):
            return max(option.rect.width(), 120)
        width = view.viewport().width()
        if not view.verticalScrollBar().isVisible():
            # room for the scroll bar that a long list of hits brings: a hit as wide as the
            # list without it would run under it and need a horizontal scroll bar
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(width, 120)

    def _document(self, hit: Any, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setTextWidth(max(50, self._width(option) - 12))
        where = html.escape(where_text(hit))
        if option.state & QStyle.StateFlag.State_Selected:
            where = f"· {where}"  # the selection's own text colour: grey is lost on its blue
        else:
            where = f"<span style='color:{WHERE_COLOUR}'>· {where}</span>"
        document.setHtml(
            f"<b>{html.escape(hit.title)}</b> {where}<div>{snippet_html(hit.snippet)}</div>"
        )
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HitRole)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(hit, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 6, option.rect.height() - 2))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hit = index.data(HitRole)
        if hit is None:
            return super().sizeHint(option, index)
        document = self._document(hit, option)
        return QSize(self._width(option), int(document.size().height()) + 8)


class SearchPane(QWidget):
    """Facets on the left, results on the right, a line saying how many were found."""

    #: a hit was chosen (opened)
    hit_opened = Signal(object)
    #: the facet filters changed: {facet: value}
    filters_changed = Signal(dict)
    #: the person asked to keep this search in the sidebar
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.kind = "search"
        self.filters: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(8, 4, 8, 4)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save this search"), self)
        self.save_button.setObjectName("saveSearch")
        self.save_button.clicked.connect(self.save_requested)
        header.addWidget(self.summary, 1)
        header.addWidget(self.save_button)
        layout.addLayout(header)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        dates = QHBoxLayout()
        dates.setContentsMargins(6, 2, 6, 2)
        self.date_fields: dict[str, QLineEdit] = {}
        for name, label in (("from", self.tr("From")), ("to", self.tr("to"))):
            caption = QLabel(label, side)
            field = QLineEdit(side)
            field.setObjectName(f"searchDate_{name}")
            field.setPlaceholderText(self.tr("year"))
            field.setToolTip(self.tr("A year, a month (2019-06) or a day (2019-06-01)"))
            field.setMaxLength(10)
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self._dates_changed)
            caption.setBuddy(field)
            dates.addWidget(caption)
            dates.addWidget(field, 1)
            self.date_fields[name] = field
        side_layout.addLayout(dates)
        self.facets = QTreeWidget(side)
        self.facets.setObjectName("searchFacets")
        self.facets.setHeaderHidden(True)
        self.facets.setUniformRowHeights(True)
        # a long value loses letters from its middle, never its count at the end
        self.facets.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.facets.setIndentation(self.facets.fontMetrics().horizontalAdvance("M"))
        self.facets.itemChanged.connect(self._facet_toggled)
        self.results = QListView(split)
        self.results.setObjectName("searchResults")
        self.model = HitModel()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # each hit wraps to the list's width (see HitDelegate.sizeHint): never a sideways scroll
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        #: in place of the results when nothing is found: what to try instead
        self.nothing = QLabel(split)
        self.nothing.setObjectName("nothingFound")
        self.nothing.setWordWrap(True)
        self.nothing.setTextFormat(Qt.TextFormat.RichText)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.nothing.setContentsMargins(16, 12, 16, 12)
        self.nothing.hide()
        side_layout.addWidget(self.facets, 1)
        #: the dates and facets that narrow the results
        self.narrowing = side
        split.addWidget(side)
        split.addWidget(self.results)
        split.addWidget(self.nothing)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([210, 500])
        layout.addWidget(split, 1)
        self._filling = False

    def show_result(self, query: str, result: Any) -> None:
        self.model.set_hits(result.hits)
        if result.total == 0:
            text = self.tr("Nothing found for “%1”.").replace("%1", query)
        else:
            text = self.tr("%n result(s) for “%1”", "", result.total).replace("%1", query)
        if len(result.hits) < result.total:
            text += " " + self.tr("(showing the best %1)").replace("%1", str(len(result.hits)))
        if result.from_fallback:
            text += "\n" + self.tr(
                "The search index is being prepared; these results come "
                "straight from the catalogue."
            )
        self.summary.setText(text)
        self._fill_facets(result.facets)
        found = result.total > 0
        self.results.setVisible(found)
        self.nothing.setVisible(not found)
        # the facets stay while a filter is chosen, so that it can be taken away
        self.narrowing.setVisible(found or bool(self.filters))
        if not found:
            self.nothing.setText(self._what_to_try())

    def _what_to_try(self) -> str:
        """Kind words for an empty result: what the search looks at, and what to try."""
        tips = [
            self.tr("Try fewer words, or a shorter one: 外婆 finds more than 外婆的春节."),
            self.tr(
                "Simplified and traditional characters find each other, and pinyin without "
                "tones works too (waipo)."
            ),
            self.tr(
                "Titles, summaries, names, places, photo captions and transcripts are searched; "
                "a recording's words only once it has a transcript."
            ),
        ]
        if self.filters:
            tips.insert(0, self.tr("Take away the filters chosen on the left."))
        heading = self.tr("Some things to try:")
        items = "".join(f"<li>{html.escape(tip)}</li>" for tip in tips)
        return f"<p>{html.escape(heading)}</p><ul>{items}</ul>"

    def _fill_facets(self, facets: dict[str, dict[str, int]]) -> None:
        names = {
            "kind": self.tr("Kind"),
            "year": self.tr("Year"),
            "place": self.tr("Place"),
            "person": self.tr("Person"),
            "tag": self.tr("Tag"),
            "speaker": self.tr("Speaker"),
            "tier": self.tr("Tier"),
            "language": self.tr("Language"),
        }
        self._filling = True
        try:
            self.facets.clear()
            for facet in FACET_ORDER:
                values = facets.get(facet) or {}
                chosen = self.filters.get(facet)
                if not values and not chosen:
                    continue
                group = QTreeWidgetItem(self.facets, [names[facet]])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                shown = list(values.items())[:12]
                if chosen and chosen not in values:
                    shown.insert(0, (chosen, 0))
                for value, count in shown:
                    label = value
                    if facet == "kind":
                        label = vocabulary.kind_name(value)
                    elif facet == "language":
                        label = vocabulary.language_name(value)  # 简体中文, not zh-Hans
                    item = QTreeWidgetItem(group, [f"{label} ({count})"])
                    item.setToolTip(0, f"{label} ({count})")
                    item.setData(0, Qt.ItemDataRole.UserRole, (facet, value))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        0, Qt.CheckState.Checked if chosen == value else Qt.CheckState.Unchecked
                    )
                group.setExpanded(True)
        finally:
            self._filling = False

    def _facet_toggled(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling:
            return
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        facet, value = data
        if item.checkState(0) == Qt.CheckState.Checked:
            self.filters[facet] = value  # one value per facet: the newest choice
        elif self.filters.get(facet) == value:
            del self.filters[facet]
        self.filters_changed.emit(dict(self.filters))

    def clear_filters(self) -> None:
        """Forget the chosen facets and dates (a new search starts from everything)."""
        self.filters = {}
        for field in self.date_fields.values():
            field.clear()

    def _dates_changed(self) -> None:
        changed = False
        for name, field in self.date_fields.items():
            value = field.text().strip()
            if value != self.filters.get(name, ""):
                changed = True
                if value:
                    self.filters[name] = value
                else:
                    self.filters.pop(name, None)
        if changed:
            self.filters_changed.emit(dict(self.filters))

    def facet_item(self, facet: str, value: str) -> QTreeWidgetItem | None:
        for row in range(self.facets.topLevelItemCount()):
            group = self.facets.topLevelItem(row)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == (facet, value):
                    return item
        return None

    def chosen_record(self) -> tuple[str, str] | None:
        """The page of the hit chosen in the results, as (kind, id); None when none is."""
        current = self.results.currentIndex()
        hit = current.data(HitRole) if current.isValid() else None
        return hit_target(hit) if hit is not None else None

    def choose(self, target: tuple[str, str] | None) -> bool:
        """Mark the first hit that opens ``target``'s page as chosen; False if none does."""
        for row, hit in enumerate(self.model.hits):
            if target is not None and hit_target(hit) == tuple(target):
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hit_opened.emit(hit)

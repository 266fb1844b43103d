"""A small picture of migration episodes: where family members went to work, and when they came
home, on a line of years. Drawn with QPainter; one row per person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


def year_of(text: str | None) -> float | None:
    """``2005-07-01`` as 2005.5 (and ``2005`` as 2005.0); None when empty or unreadable."""
    if not text:
        return None
    try:
        parts = [int(p) for p in text[:10].split("-")]
    except ValueError:
        return None
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return year + (month - 1) / 12 + (day - 1) / 365


@dataclass
class _Bar:
    row: int
    start: float
    end: float
    still_away: bool
    label: str
    tip: str
    rect: QRectF = field(default_factory=QRectF)


class MigrationTimeline(QWidget):
    """Episodes as bars on a line of years; a bar still open runs to today with an arrow."""

    ROW = 34
    AXIS = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[str] = []
        self._bars: list[_Bar] = []
        self._first = self._last = 0.0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.AXIS + self.ROW)

    def set_episodes(self, episodes: list[dict[str, Any]], today: dt.date | None = None) -> None:
        """Show ``episodes`` (core's migration rows, optionally with ``person_name``)."""
        now = year_of((today or dt.date.today()).isoformat()) or 2000.0
        self._people = []
        self._bars = []
        for episode in episodes:
            start = year_of(episode.get("from_date"))
            end = year_of(episode.get("to_date"))
            if start is None and end is None:
                continue
            person = episode.get("person_name") or ""
            if person not in self._people:
                self._people.append(person)
            still_away = end is None
            start = start if start is not None else (end or now) - 1
            end = end if end is not None else now
            city = episode.get("to_city") or ""
            work = episode.get("work") or ""
            label = f"{city} · {work}" if work else city
            when = f"{episode.get('from_date') or '?'} – " + (
                episode.get("to_date") or self.tr("still away")
            )
            tip = "\n".join(part for part in (person, label, when) if part)
            self._bars.append(
                _Bar(
                    self._people.index(person),
                    start,
                    max(end, start + 0.25),
                    still_away,
                    label,
                    tip,
                )
            )
        if self._bars:
            self._first = min(b.start for b in self._bars) - 0.5
            self._last = max(b.end for b in self._bars) + 0.5
        rows = max(1, len(self._people))
        self.setFixedHeight(self.AXIS + rows * self.ROW + 8)
        self.setAccessibleDescription("\n".join(b.tip for b in self._bars))
        self.update()

    @property
    def episode_count(self) -> int:
        return len(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, self.AXIS + max(1, len(self._people)) * self.ROW + 8)

    # -- drawing ----------------------------------------------------------------------------

    def _x(self, year: float, left: float, width: float) -> float:
        span = max(self._last - self._first, 1.0)
        return left + (year - self._first) / span * width

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        if not self._bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No time away from home is recorded."),
            )
            return
        name_width = max((metrics.horizontalAdvance(p) for p in self._people if p), default=0)
        left = 8.0 + (name_width + 10 if name_width else 0)
        width = max(10.0, self.width() - left - 16.0)
        axis_y = self.height() - self.AXIS + 6.0

        # Years along the bottom, spaced so labels never collide.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        label_width = metrics.horizontalAdvance("2000") + 12
        span = max(self._last - self._first, 1.0)
        step = 1
        while width / span * step < label_width:
            step = {1: 2, 2: 5, 5: 10}.get(step, step * 2)
        year = int(self._first) + 1
        year += (-year) % step
        painter.setPen(text_color)
        while year <= self._last:
            x = self._x(year, left, width)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            painter.drawText(
                QRectF(x - label_width / 2, axis_y + 4, label_width, self.AXIS - 8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
            year += step

        for row, person in enumerate(self._people):
            if person:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(4, 4 + row * self.ROW, name_width + 4, self.ROW - 8),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    person,
                )

        away = QColor("#c8743a")  # warm: time away
        home = QColor("#3f8f5a")  # green: coming home
        for bar in self._bars:
            top = 6 + bar.row * self.ROW
            x0, x1 = self._x(bar.start, left, width), self._x(bar.end, left, width)
            rect = QRectF(x0, top, max(x1 - x0, 4.0), self.ROW - 14)
            bar.rect = rect
            path = QPainterPath()
            path.addRoundedRect(rect, 4, 4)
            fill = QColor(away)
            fill.setAlpha(90 if bar.still_away else 150)
            painter.fillPath(path, fill)
            pen = QPen(away, 1.5)
            if bar.still_away:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
            if bar.still_away:  # an arrow: the story is not over
                mid = rect.center().y()
                painter.drawLine(QPointF(rect.right(), mid), QPointF(rect.right() + 8, mid))
                painter.drawLine(QPointF(rect.right() + 8, mid), QPointF(rect.right() + 4, mid - 4))
                painter.drawLine(QPointF(rect.right() + 8, mid), QPointF(rect.right() + 4, mid + 4))
            else:  # a dot: came home
                painter.setBrush(home)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QPointF(rect.right(), rect.center().y()), 4.5, 4.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text_color)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(rect.width() - 8))
            if metrics.horizontalAdvance(bar.label) > rect.width() - 8:
                # too long for the bar: write it after the bar when there is room
                room = self.width() - rect.right() - 14
                if room > metrics.horizontalAdvance(bar.label):
                    painter.drawText(
                        QRectF(rect.right() + 12, rect.top(), room, rect.height()),
                        Qt.AlignmentFlag.AlignVCenter,
                        bar.label,
                    )
                    continue
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            for bar in self._bars:
                if bar.rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), bar.tip, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

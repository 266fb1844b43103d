""" "Where are Mum and Dad?": for each member who went away to work, where they are now and since
when, and a simple line of years with the times away (the city on each) and the times at home."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from archive_app.core.family_mode.showing import Episode, FamilyShowing, Member
from archive_app.ui.family import look
from archive_app.ui.family.home import _initial
from archive_app.ui.family.pictures import Picture
from archive_app.ui.timeline import year_of

AWAY = QColor(look.ACCENT)
HOME = QColor("#4f7a43")


class AwayYears(QWidget):
    """A line of years: red-brown stretches away (the city on each), green stretches at home."""

    def __init__(
        self, episodes: tuple[Episode, ...], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("awayYears")
        self.today = year_of(today.isoformat()) or float(today.year)
        self.spans: list[tuple[float, float, str, bool]] = []  # start, end, words, away
        last_end: float | None = None
        for episode in episodes:
            start = year_of(episode.from_date)
            end = year_of(episode.to_date) if episode.to_date else self.today
            if start is None or end is None:
                continue
            if last_end is not None and start - last_end > 0.05:
                self.spans.append((last_end, start, self.tr("home"), False))
            self.spans.append((start, max(end, start + 0.1), episode.to_city, True))
            last_end = end if episode.to_date else None
        if last_end is not None and self.today - last_end > 0.05:
            self.spans.append((last_end, self.today, self.tr("home"), False))
        self.first = min((s[0] for s in self.spans), default=self.today - 1)
        self.last = max(self.today, *(s[1] for s in self.spans)) if self.spans else self.today
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(600, 96)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 20
        span = max(self.last - self.first, 1.0)

        def x_of(year: float) -> float:
            return 10 + (year - self.first) / span * width

        bar = QRectF(0, 8, 0, 46)
        label = QFont(self.font())
        label.setPixelSize(24)
        label.setBold(True)
        painter.setFont(label)
        metrics = QFontMetrics(label)
        for start, end, words, away in self.spans:
            rect = QRectF(x_of(start), bar.top(), max(x_of(end) - x_of(start), 4.0), bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(AWAY if away else HOME)
            painter.drawRoundedRect(rect, 8, 8)
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, int(rect.width() - 8))
            if shown and shown != "…":
                painter.setPen(QColor("#ffffff"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        years = QFont(self.font())
        years.setPixelSize(22)
        painter.setFont(years)
        painter.setPen(QColor(look.INK))
        marks = sorted({int(s[0]) for s in self.spans} | {int(self.today)})
        room = QFontMetrics(years).horizontalAdvance("0000") + 12
        placed: list[float] = []
        for year in marks:
            x = min(max(x_of(max(float(year), self.first)), room / 2), self.width() - room / 2)
            if any(abs(x - other) < room for other in placed):
                continue
            placed.append(x)
            painter.drawText(
                QRectF(x - room / 2, bar.bottom() + 4, room, 30),
                Qt.AlignmentFlag.AlignCenter,
                str(year),
            )
        painter.end()


class MemberAway(QWidget):
    """One member's row: portrait, name, where they are now, and the line of years."""

    def __init__(self, member: Member, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberAway")
        self.member = member
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(20)
        self.picture = Picture(self, circle=True)
        self.picture.setFixedSize(QSize(96, 96))
        self.picture.set_card(_initial(member.name), [], member.id)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.name = QLabel(f"{look.relationship_word(member.relationship)} {member.name}", self)
        self.name.setObjectName("whereName")
        self.now = QLabel(now_words(member), self)
        self.now.setObjectName("whereNow")
        self.now.setWordWrap(True)
        words.addWidget(self.name)
        words.addWidget(self.now)
        self.years = AwayYears(member.episodes, today, self)
        words.addWidget(self.years)
        layout.addLayout(words, 1)


def now_words(member: Member) -> str:
    """ "In Dongguan since 2012, working at: …" or "At home since 2011"."""
    away = member.away
    if away is not None:
        since = (away.from_date or "")[:4]
        text = (
            QCoreApplication.translate("WhereScreen", "In %1 since %2")
            .replace("%1", away.to_city)
            .replace("%2", since)
            if since
            else look.away_words(away.to_city)
        )
        if away.work:
            text += QCoreApplication.translate("WhereScreen", ", %1").replace("%1", away.work)
        return text
    back = max((e.to_date or "" for e in member.episodes), default="")[:4]
    return (
        QCoreApplication.translate("WhereScreen", "At home since %1").replace("%1", back)
        if back
        else QCoreApplication.translate("WhereScreen", "At home")
    )


class WhereScreen(QWidget):
    """Every member who has been away working, and who is at home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyWhere")
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.rows: list[MemberAway] = []

    def show_family(self, showing: FamilyShowing) -> None:
        content = QWidget()
        content.setObjectName("whereContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(36, 16, 36, 36)
        layout.setSpacing(10)
        travelled = [m for m in showing.members if m.episodes]
        self.rows = [MemberAway(m, showing.day, content) for m in travelled]
        for row in self.rows:
            layout.addWidget(row)
        home = [m for m in showing.members if not m.episodes]
        if home:
            names = QCoreApplication.translate("WhereScreen", ", ").join(
                f"{look.relationship_word(m.relationship)} {m.name}" for m in home
            )
            at_home = QLabel(self.tr("At home: %1").replace("%1", names), content)
            at_home.setObjectName("whereNow")
            at_home.setWordWrap(True)
            layout.addWidget(at_home)
        if not travelled:
            nobody = QLabel(self.tr("Nobody in the family has gone away to work."), content)
            nobody.setObjectName("kindWords")
            nobody.setWordWrap(True)
            layout.insertWidget(0, nobody)
        layout.addStretch(1)
        self.area.setWidget(content)
        from archive_app.ui.family.look import no_context_menus

        no_context_menus(content)

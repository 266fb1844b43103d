"""The seek bar: where we are in the interview, its chapters, where recordings change, and the
passages kept private (shaded bands; Shift and drag marks a new one)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from archive_app.ui.player.timecode import clock_text

_MARGIN = 8.0  # room for the handle at both ends
#: the shade of a passage kept private (a muted violet, apart from the amber of playing)
PRIVATE_COLOUR = QColor("#7b5ea7")


class SeekBar(QWidget):
    """A track with the played part filled, chapter marks above it, recording boundaries across
    it and passages kept private shaded over it. Click or drag to seek; Shift and drag to mark a
    stretch to keep private; Left and Right move by five seconds when focused."""

    seek_requested = Signal(float)
    #: a stretch was marked with Shift and drag: (from, to) seconds
    range_chosen = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seekBar")
        self.setAccessibleName(self.tr("Position in the interview"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.duration_s = 0.0
        self.position_s = 0.0
        self.chapters: list[tuple[float, str]] = []
        self.boundaries: list[float] = []
        #: passages kept private: (from, to, what to say of it)
        self.private: list[tuple[float, float, str]] = []
        #: a stretch being marked with Shift and drag, or the last one marked
        self.marking: tuple[float, float] | None = None
        self._dragging = False
        self._anchor: float | None = None

    def sizeHint(self) -> QSize:
        return QSize(300, 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 30)

    # -- state -------------------------------------------------------------------------------

    def set_duration(self, seconds: float) -> None:
        self.duration_s = max(seconds, 0.0)
        self.update()

    def set_position(self, seconds: float) -> None:
        if self._dragging:
            return
        if abs(seconds - self.position_s) * self._pixels_per_second() >= 0.5:
            self.position_s = seconds
            self.update()
        else:
            self.position_s = seconds

    def set_chapters(self, chapters: list[tuple[float, str]]) -> None:
        self.chapters = sorted(chapters)
        self.update()

    def set_boundaries(self, boundaries: list[float]) -> None:
        self.boundaries = list(boundaries)
        self.update()

    def set_private(self, bands: list[tuple[float, float, str]]) -> None:
        self.private = sorted(bands)
        self.update()

    def private_at(self, seconds: float) -> str:
        return "\n".join(text for start, end, text in self.private if start <= seconds < end)

    # -- geometry ----------------------------------------------------------------------------

    def _track(self) -> QRectF:
        height = 6.0
        top = self.height() - 10.0 - height
        return QRectF(_MARGIN, top, max(self.width() - 2 * _MARGIN, 1.0), height)

    def _pixels_per_second(self) -> float:
        if self.duration_s <= 0:
            return 0.0
        return self._track().width() / self.duration_s

    def x_of(self, seconds: float) -> float:
        track = self._track()
        if self.duration_s <= 0:
            return track.left()
        share = min(max(seconds / self.duration_s, 0.0), 1.0)
        return track.left() + share * track.width()

    def time_at(self, x: float) -> float:
        track = self._track()
        share = min(max((x - track.left()) / track.width(), 0.0), 1.0)
        return share * self.duration_s

    def chapter_at(self, seconds: float) -> str:
        title = ""
        for start, name in self.chapters:
            if start <= seconds + 1e-6:
                title = name
        return title

    # -- drawing -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = self._track()
        enabled = self.isEnabled() and self.duration_s > 0
        groove = palette.color(QPalette.ColorRole.Mid)
        played = palette.color(QPalette.ColorRole.Highlight)
        if not enabled:
            played = groove
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(groove.lighter(125))
        painter.drawRoundedRect(track, 3, 3)
        x = self.x_of(self.position_s)
        filled = QRectF(track.left(), track.top(), x - track.left(), track.height())
        painter.setBrush(played)
        painter.drawRoundedRect(filled, 3, 3)
        # passages kept private: a shaded, hatched band over the track
        band_top, band_height = track.top() - 4, track.height() + 8
        for start, end, _text in self.private:
            left = self.x_of(start)
            band = QRectF(left, band_top, max(self.x_of(end) - left, 2.0), band_height)
            shade = QColor(PRIVATE_COLOUR)
            shade.setAlpha(110 if enabled else 60)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRect(band)
            painter.setBrush(QBrush(PRIVATE_COLOUR.darker(130), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(band)
        if self.marking is not None:
            left = self.x_of(min(self.marking))
            chosen = QRectF(left, band_top, self.x_of(max(self.marking)) - left, band_height)
            painter.setPen(PRIVATE_COLOUR.darker(150))
            painter.setBrush(QBrush(PRIVATE_COLOUR.lighter(150), Qt.BrushStyle.Dense6Pattern))
            painter.drawRect(chosen)
        # where one recording ends and the next begins
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        for boundary in self.boundaries:
            bx = self.x_of(boundary)
            painter.drawLine(QPointF(bx, track.top() - 1), QPointF(bx, track.bottom() + 1))
        # chapters: small flags above the track
        accent = QColor("#c0392b")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent if enabled else groove)
        for start, _title in self.chapters:
            cx = self.x_of(start)
            flag = QPainterPath()
            flag.moveTo(cx - 4, track.top() - 9)
            flag.lineTo(cx + 4, track.top() - 9)
            flag.lineTo(cx, track.top() - 2)
            flag.closeSubpath()
            painter.drawPath(flag)
        # the handle
        if enabled:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.setPen(played.darker(120))
            painter.drawEllipse(QPointF(x, track.center().y()), 6.5, 6.5)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.end()

    # -- input -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.button() == Qt.MouseButton.LeftButton and self.duration_s > 0 and shift:
            self._anchor = self.time_at(event.position().x())
            self.marking = (self._anchor, self._anchor)
            self.update()
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.duration_s > 0:
            self._dragging = True
            self._seek_to(event.position().x())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._anchor is not None:
            self.marking = (self._anchor, self.time_at(x))
            self.update()
        elif self._dragging:
            self._seek_to(x)
        elif self.duration_s > 0:
            seconds = self.time_at(x)
            chapter = self.chapter_at(seconds)
            tip = clock_text(seconds) + (f" · {chapter}" if chapter else "")
            private = self.private_at(seconds)
            if private:
                tip += "\n" + private
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is not None and event.button() == Qt.MouseButton.LeftButton:
            start, end = sorted((self._anchor, self.time_at(event.position().x())))
            self._anchor = None
            if end - start >= 0.5:  # a click with Shift is not a stretch
                self.marking = (start, end)
                self.range_chosen.emit(start, end)
            else:
                self.marking = None
            self.update()
            event.accept()
            return
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._seek_to(event.position().x())
            self._dragging = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {int(Qt.Key.Key_Left): -5.0, int(Qt.Key.Key_Right): 5.0}
        step = steps.get(int(event.key()))
        if step is not None and self.duration_s > 0:
            self.position_s = min(max(self.position_s + step, 0.0), self.duration_s)
            self.seek_requested.emit(self.position_s)
            self.update()
            return
        if event.key() == Qt.Key.Key_Home:
            self.seek_requested.emit(0.0)
            return
        super().keyPressEvent(event)

    def _seek_to(self, x: float) -> None:
        self.position_s = self.time_at(x)
        self.update()
        self.seek_requested.emit(self.position_s)

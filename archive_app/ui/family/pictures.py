"""Pictures in family mode: photos filling their frame, and where there is no photo (or it cannot
be read) a calm generated card with a big character and a few words, never an empty box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from archive_app.ui.family import look


def read_picture(path: Path, longest: int) -> QImage:
    """A photo read upright (EXIF) and scaled so its longer side is at most ``longest`` (on a
    worker thread: decoding a phone photo takes a moment). A null image when unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(
            size.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)
        )
    return reader.read()


class Picture(QWidget):
    """A photo, cropped to fill (``cover``) or whole (``fit``), or a generated card."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        fill: bool = True,
        round_px: int = 14,
        circle: bool = False,
    ) -> None:
        super().__init__(parent)
        self.fill = fill
        self.round_px = round_px
        self.circle = circle
        self.pixmap: QPixmap | None = None
        self.mark = ""
        self.words: list[str] = []
        self.colour = look.CALM[0]
        #: the id of the photo shown (None: a card)
        self.photo_id: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_card(self, mark: str, words: list[str], key: str) -> None:
        """Show a card: ``mark`` (one big character) over ``words``; its colour follows ``key``."""
        self.mark = mark[:1]
        self.words = [w for w in words if w]
        self.colour = look.calm_colour(key)
        self.update()

    def set_photo(self, photo_id: str | None, pixmap: QPixmap | None) -> None:
        self.photo_id = photo_id if pixmap is not None and not pixmap.isNull() else None
        self.pixmap = pixmap if self.photo_id is not None else None
        self.update()

    @property
    def shows_card(self) -> bool:
        return self.pixmap is None

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        area = QRectF(self.rect())
        if self.circle:
            side = min(area.width(), area.height())
            area = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        shape = QPainterPath()
        if self.circle:
            shape.addEllipse(area)
        else:
            shape.addRoundedRect(area, self.round_px, self.round_px)
        painter.setClipPath(shape)
        if self.pixmap is not None:
            self._paint_photo(painter, area)
        else:
            self._paint_card(painter, area)
        painter.end()

    def _paint_photo(self, painter: QPainter, area: QRectF) -> None:
        assert self.pixmap is not None
        mode = (
            Qt.AspectRatioMode.KeepAspectRatioByExpanding
            if self.fill
            else Qt.AspectRatioMode.KeepAspectRatio
        )
        if not self.fill:
            painter.fillRect(area, QColor("#1b1511"))
        scaled = self.pixmap.size().scaled(area.size().toSize(), mode)
        target = QRectF(
            area.center().x() - scaled.width() / 2,
            area.center().y() - scaled.height() / 2,
            scaled.width(),
            scaled.height(),
        )
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))

    def _paint_card(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(area, QColor(self.colour))
        base = QFont(self.font())
        height = area.height()
        words_room = height * 0.34 if self.words and not self.circle else 0.0
        mark_area = QRectF(area.left(), area.top(), area.width(), height - words_room)
        if self.mark:
            mark_font = QFont(base)
            mark_font.setPixelSize(max(int(min(mark_area.height(), area.width()) * 0.5), 12))
            mark_font.setBold(True)
            painter.setFont(mark_font)
            painter.setPen(QColor("#5a3d1c"))
            painter.drawText(mark_area, Qt.AlignmentFlag.AlignCenter, self.mark)
        if words_room:
            text_font = QFont(base)
            lines = self.words[:2]
            text_font.setPixelSize(max(int(min(words_room / (len(lines) + 0.6), 40)), 12))
            painter.setFont(text_font)
            painter.setPen(QColor(look.INK))
            room = QRectF(
                area.left() + 8, area.bottom() - words_room, area.width() - 16, words_room
            )
            metrics = QFontMetrics(text_font)
            shown = [
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(room.width()))
                for line in lines
            ]
            painter.drawText(
                room,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                "\n".join(shown),
            )

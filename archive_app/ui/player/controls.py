"""The row of playback controls under the seek bar: play, jump back and forward, the time,
speed and volume."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from archive_app.ui.folding import FlowLayout, row_of
from archive_app.ui.player.playback import RATES, Playback
from archive_app.ui.player.timecode import clock_text


def rate_text(rate: float) -> str:
    return f"{rate:g}×"


class TransportBar(QWidget):
    """Buttons and fields that drive a :class:`Playback`; they follow it when hotkeys do."""

    #: the person asked to jump by a number of seconds (negative: back)
    jump_requested = Signal(float)

    def __init__(self, playback: Playback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transportBar")
        self.playback = playback
        self.jump_s = 3.0
        #: the hotkey of each button, shown in its tooltip
        self.keys: dict[str, str] = {}
        style = self.style()

        self.back_button = QToolButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.back_button.clicked.connect(lambda: self.jump_requested.emit(-self.jump_s))
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.play_button.clicked.connect(playback.toggle)
        self.forward_button = QToolButton(self)
        self.forward_button.setObjectName("forwardButton")
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.forward_button.clicked.connect(lambda: self.jump_requested.emit(self.jump_s))
        for button in (self.back_button, self.play_button, self.forward_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.time_label = QLabel(self)
        self.time_label.setObjectName("timeLabel")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0:00:00 / 0:00:00"))

        self.speed = QComboBox(self)
        self.speed.setObjectName("speedBox")
        for rate in RATES:
            self.speed.addItem(rate_text(rate), rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda i: playback.set_rate(float(self.speed.itemData(i)))
        )
        self.speed.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.volume_icon = QLabel(self)
        self.volume_icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(16, 16)
        )
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setRange(0, 100)
        self.volume.setValue(int(round(playback.volume() * 100)))
        self.volume.setMaximumWidth(90)
        self.volume.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.volume.valueChanged.connect(lambda v: playback.set_volume(v / 100.0))
        self.volume.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.speed_label = QLabel(self)
        # two groups on one line, the second on a line of its own when the page is narrow
        layout = FlowLayout(self, spacing=12)
        layout.addWidget(
            row_of(self, [self.back_button, self.play_button, self.forward_button, self.time_label])
        )
        end = row_of(
            self, [self.speed_label, self.speed, self.volume_icon, self.volume], expanding=True
        )
        layout.addWidget(end)
        row = end.layout()
        assert isinstance(row, QHBoxLayout)
        #: the line's end, where the panel adds its own buttons
        self.row = row

        playback.playing_changed.connect(self._show_playing)
        playback.rate_changed.connect(self._show_rate)
        playback.position_changed.connect(self._show_time)
        playback.duration_changed.connect(lambda _d: self._show_time(playback.position()))
        self._shown_time = ""
        self.retranslate()
        self._show_playing(playback.playing)
        self._show_time(0.0)

    def retranslate(self) -> None:
        seconds = f"{self.jump_s:g}"
        back = self.tr("Back %1 s").replace("%1", seconds)
        self.back_button.setToolTip(self._tip(back, "back"))
        self.back_button.setAccessibleName(back)
        forward = self.tr("Forward %1 s").replace("%1", seconds)
        self.forward_button.setToolTip(self._tip(forward, "forward"))
        self.forward_button.setAccessibleName(forward)
        self.speed_label.setText(self.tr("Speed"))
        self.speed.setToolTip(
            self.tr("Slower or faster; the voice keeps its pitch.")
            if self.playback.keeps_pitch
            else self.tr("Slower or faster (on this computer the pitch changes too).")
        )
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self._show_playing(self.playback.playing)

    def set_jump(self, seconds: float, keys: dict[str, str] | None = None) -> None:
        self.jump_s = seconds
        if keys is not None:
            self.keys = keys
        self.retranslate()

    def _tip(self, text: str, name: str) -> str:
        key = self.keys.get(name, "")
        return f"{text} ({key})" if key else text

    def _show_playing(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setToolTip(self._tip(text, "play_pause"))
        self.play_button.setAccessibleName(text)

    def _show_rate(self, rate: float) -> None:
        index = self.speed.findData(rate)
        if index < 0:
            self.speed.addItem(rate_text(rate), rate)
            index = self.speed.count() - 1
        self.speed.blockSignals(True)
        self.speed.setCurrentIndex(index)
        self.speed.blockSignals(False)

    def _show_time(self, seconds: float) -> None:
        total = self.playback.duration_s
        text = f"{clock_text(seconds) or '0:00'} / {clock_text(total) or '0:00'}"
        if text != self._shown_time:  # a label relayout 20 times a second is wasted work
            self._shown_time = text
            self.time_label.setText(text)

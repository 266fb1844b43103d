"""Playing an interview's recordings as one timeline with QtMultimedia.

:class:`Playback` hides that an interview may have several recordings: it speaks in seconds of
the interview's timeline (see :mod:`.playlist`), moves on to the next recording when one ends,
keeps the voice's pitch when slowed down or sped up, rewinds a little when playback resumes after
a pause (a transcriber needs to hear again the words they were typing), and estimates the
position between the player's own reports so that the transcript highlight is not late.

Without a sound device QtMultimedia plays silently in real time; nothing here waits on the device.

QtMultimedia's FFmpeg backend runs its demuxer, decoders and renderers on threads of its own, and
``setSource`` waits for them to end while the GUI thread holds Python's GIL. None of those threads
may ever need the GIL, or the window freezes for good (issue 19). See
:func:`audio_output_for_threads` for the one way they did. Another would be a Qt message handler
written in Python (``qInstallMessageHandler``): those threads log warnings ("No audio device
detected" on a computer without sound). Quieten Qt with logging filter rules instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QWidget

from archive_app.ui.player.playlist import Playlist

log = logging.getLogger(__name__)

#: the speeds offered, slowest first; 1.0 is normal speech
RATES = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)

_READY = (
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferingMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
    QMediaPlayer.MediaStatus.EndOfMedia,
)


def audio_output_for_threads(parent: QObject) -> QAudioOutput:
    """An audio output that QtMultimedia's own threads can let go of without waiting for Python.

    The FFmpeg backend connects each audio renderer to the output's signals and deletes the
    renderer on the renderer's thread whenever playback stops, seeks or changes source. Qt then
    tells the output "a connection went" (``disconnectNotify``) while holding its connection lock.
    The output was made by Python, so the first time PySide asks, under the GIL, whether Python
    overrides that method. If the GUI thread holds the GIL just then and itself waits for that
    lock (inside ``setSource``, ``stop`` or ``setPosition``, or any Qt call that connects or
    disconnects), neither thread moves again: the GUI thread in a Qt mutex, the renderer thread
    in ``PyGILState_Ensure``. That is the freeze seen in the player tests' teardown.

    PySide remembers the answer ("no override") per object. Asking once here, on the GUI thread,
    by connecting and disconnecting a signal, means no Qt thread ever needs the GIL for it."""
    output = QAudioOutput(parent)

    def unused() -> None:
        return None

    output.mutedChanged.connect(unused)
    output.mutedChanged.disconnect(unused)
    return output


class Playback(QObject):
    """The interview's recordings, played in order as one timeline."""

    #: seconds on the interview's timeline (reported by the player, or after a seek)
    position_changed = Signal(float)
    #: the timeline's length in seconds
    duration_changed = Signal(float)
    playing_changed = Signal(bool)
    rate_changed = Signal(float)
    #: the recording now loaded: its index and whether it is a video
    recording_changed = Signal(int, bool)
    #: a plain sentence in the user's language: a recording cannot be played
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio = audio_output_for_threads(self)
        self.player.setAudioOutput(self.audio)
        self.playlist = Playlist([])
        #: seconds heard again when playback resumes after a pause
        self.resume_rewind_s = 1.0
        self._index = -1
        self._pending_offset: float | None = None
        self._playing = False
        self._rewind_due = False
        self._anchor_s = 0.0
        # after a seek the player may first report a few milliseconds before the target,
        # which would flash the passage before it: reports are held at the target meanwhile
        self._floor_s: float | None = None
        self._clock = QElapsedTimer()
        self._clock.start()
        self._rate = 1.0
        if (
            self.player.pitchCompensationAvailability()
            == QMediaPlayer.PitchCompensationAvailability.Available
        ):
            self.player.setPitchCompensation(True)
        self.player.positionChanged.connect(self._position_reported)
        self.player.durationChanged.connect(self._duration_reported)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.errorOccurred.connect(self._failed)

    # -- what is loaded ----------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether this computer can play media at all (a multimedia backend is present)."""
        return bool(self.player.isAvailable())

    @property
    def keeps_pitch(self) -> bool:
        """Whether a slowed or quickened voice keeps its pitch here."""
        return self.player.pitchCompensationAvailability() in (
            QMediaPlayer.PitchCompensationAvailability.AlwaysOn,
            QMediaPlayer.PitchCompensationAvailability.Available,
        )

    def load(self, playlist: Playlist) -> None:
        """Play these recordings from now on (stopped, at the start)."""
        self._set_playing(False)
        self.player.stop()
        self.playlist = playlist
        self._index = -1
        self._anchor_s = 0.0
        self._rewind_due = False
        if len(playlist):
            self._open(0, 0.0)
        else:
            self.player.setSource(QUrl())
        self.duration_changed.emit(playlist.duration_s)
        self.position_changed.emit(0.0)

    def set_video_output(self, widget: QWidget) -> None:
        self.player.setVideoOutput(widget)

    @property
    def has_media(self) -> bool:
        return len(self.playlist) > 0

    @property
    def duration_s(self) -> float:
        return self.playlist.duration_s

    @property
    def current_index(self) -> int:
        return self._index

    # -- where we are ------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def rate(self) -> float:
        return self._rate

    def position(self) -> float:
        """The timeline second being heard now: the player's last report moved on by the time
        since then (the player reports only every few tens of milliseconds)."""
        if not self._playing or self._pending_offset is not None:
            return self._anchor_s
        moved = self._clock.elapsed() / 1000.0 * self._rate
        # never run past the next report by more than one reporting interval
        estimate = self._anchor_s + min(moved, 0.25 * self._rate)
        total = self.playlist.duration_s
        return min(estimate, total) if total > 0 else estimate

    # -- doing -------------------------------------------------------------------------------

    def play(self) -> None:
        if not self.has_media:
            return
        total = self.playlist.duration_s
        if total > 0 and self._anchor_s >= total - 0.05:
            self.seek(0.0)
        elif self._rewind_due and self.resume_rewind_s > 0:
            self.seek(max(self._anchor_s - self.resume_rewind_s, 0.0))
        self._rewind_due = False
        self._set_playing(True)
        if self._pending_offset is None:
            self.player.play()

    def pause(self) -> None:
        if not self._playing:
            return
        self._anchor_s = self.position()
        self._set_playing(False)
        self.player.pause()
        self._rewind_due = True

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, time_s: float) -> None:
        """Go to a second of the timeline (playing on if playing)."""
        if not self.has_media:
            return
        index, offset = self.playlist.locate(time_s)
        self._rewind_due = False
        if index != self._index:
            self._open(index, offset)
        elif self.player.mediaStatus() in _READY:
            self.player.setPosition(int(round(offset * 1000)))
            if self._playing and not self.player.isPlaying():
                self.player.play()
        else:
            self._pending_offset = offset
        self._anchor_s = self.playlist.time_of(index, offset)
        self._floor_s = self._anchor_s
        self._clock.restart()
        self.position_changed.emit(self._anchor_s)

    def skip(self, seconds: float) -> None:
        self.seek(max(self.position() + seconds, 0.0))

    def set_rate(self, rate: float) -> None:
        rate = min(max(rate, RATES[0]), RATES[-1])
        if abs(rate - self._rate) < 1e-6:
            return
        self._anchor_s = self.position()
        self._clock.restart()
        self._rate = rate
        self.player.setPlaybackRate(rate)
        self.rate_changed.emit(rate)

    def slower(self) -> None:
        self.set_rate(max((r for r in RATES if r < self._rate - 1e-6), default=RATES[0]))

    def faster(self) -> None:
        self.set_rate(min((r for r in RATES if r > self._rate + 1e-6), default=RATES[-1]))

    def set_volume(self, volume: float) -> None:
        self.audio.setVolume(min(max(volume, 0.0), 1.0))

    def volume(self) -> float:
        return float(self.audio.volume())

    def release(self) -> None:
        """Stop and let go of the files (the view is closing). Clearing the source stops the
        player, ends its threads and closes the file before it returns."""
        self._set_playing(False)
        self._pending_offset = None
        self._index = -1
        self.player.setSource(QUrl())

    # -- inside ------------------------------------------------------------------------------

    def _open(self, index: int, offset: float) -> None:
        self._index = index
        self._pending_offset = offset
        recording = self.playlist.recordings[index]
        self.player.setSource(QUrl.fromLocalFile(str(recording.path)))
        self.recording_changed.emit(index, recording.is_video)
        if self.player.mediaStatus() in _READY:  # some backends load at once
            self._apply_pending()

    def _apply_pending(self) -> None:
        offset, self._pending_offset = self._pending_offset, None
        if offset is not None and offset > 0:
            self.player.setPosition(int(round(offset * 1000)))
        if self._playing:
            self.player.play()

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self._clock.restart()
            self.playing_changed.emit(playing)

    def _position_reported(self, ms: int) -> None:
        if self._index < 0 or self._pending_offset is not None:
            return  # a report from before the last seek landed
        reported = self.playlist.time_of(self._index, ms / 1000.0)
        if self._floor_s is not None:
            if self._floor_s - 0.25 < reported < self._floor_s:
                reported = self._floor_s
            else:
                self._floor_s = None
        self._anchor_s = reported
        self._clock.restart()
        self.position_changed.emit(self._anchor_s)

    def _duration_reported(self, ms: int) -> None:
        if self._index >= 0 and self.playlist.learn_duration(self._index, ms / 1000.0):
            self.duration_changed.emit(self.playlist.duration_s)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            if self._pending_offset is not None:
                self._apply_pending()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._ended()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._pending_offset = None
            self._set_playing(False)

    def _ended(self) -> None:
        if self._index + 1 < len(self.playlist):
            self._open(self._index + 1, 0.0)
            return
        self._anchor_s = self.playlist.duration_s
        self._set_playing(False)
        self.position_changed.emit(self._anchor_s)

    def _failed(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        log.warning("recording cannot be played: %s", detail)
        self._pending_offset = None
        self._set_playing(False)
        name = ""
        if 0 <= self._index < len(self.playlist):
            name = self.playlist.recordings[self._index].name
        self.problem.emit(
            self.tr("The recording %1 cannot be played. The file may be missing or damaged.")
            .replace("%1", name)
            .replace("  ", " ")
        )

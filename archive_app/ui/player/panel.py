"""The listening and transcribing panel of the interview view (see ``ui/media_slot.py``).

From top to bottom: the video (for a video recording), the seek bar with its chapter flags,
the playback controls, then the transcript with the chapters beside it, and the hotkeys help
when asked for. The whole panel can move to a window of its own for long transcription
sessions, and come back.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail
from archive_app.core.edits import Changes
from archive_app.core.transcripts import store
from archive_app.ui import vocabulary
from archive_app.ui.folding import FoldingSplitter, within_screen
from archive_app.ui.player.controls import TransportBar
from archive_app.ui.player.help_panel import HotkeyHelp
from archive_app.ui.player.hotkeys import HOTKEYS, HotkeySet, describe
from archive_app.ui.player.playback import Playback
from archive_app.ui.player.playlist import Playlist
from archive_app.ui.player.private import Marks, close_passage, read_marks
from archive_app.ui.player.seek_bar import SeekBar
from archive_app.ui.session import ArchiveSession
from archive_app.ui.settings import AppSettings
from archive_app.ui.transcript.chapters import ChaptersPane
from archive_app.ui.transcript.commands import EDITOR_WRITE
from archive_app.ui.transcript.pane import TranscriptPane
from archive_app.ui.transcript.rows import tier_label

log = logging.getLogger(__name__)

_TRANSCRIPT_KINDS = {"transcript", "segment"}


class _OwnWindow(QWidget):
    """The window the panel moves to; closing it brings the panel back. Undo and redo work
    here as in the main window."""

    def __init__(self, panel: MediaPanel) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("listeningWindow")
        self.panel = panel
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(8, 8, 8, 8)
        undo = panel.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = panel.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.bring_back()
        super().closeEvent(event)


class MediaPanel(QWidget):
    """Player, transcript editor and chapters for one interview at a time."""

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPanel")
        self.session = session
        self.undo_stack = undo_stack
        self.settings = settings or AppSettings()
        self.interview_id: str | None = None
        self._recordings_key: list[tuple[str, str]] = []
        self._refresh_due = False
        self.hotkeys = HotkeySet(self.settings, self)
        self.playback = Playback(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._outer = outer
        #: everything, so that it can move to a window of its own
        self.body = QWidget(self)
        self.body.setObjectName("mediaBody")
        outer.addWidget(self.body)
        self.away = QWidget(self)
        away_layout = QHBoxLayout(self.away)
        self.away_text = QLabel(self.away)
        self.back_button = QPushButton(self.away)
        self.back_button.clicked.connect(self.bring_back)
        away_layout.addWidget(self.away_text, 1)
        away_layout.addWidget(self.back_button)
        self.away.hide()
        outer.addWidget(self.away)
        self._window: _OwnWindow | None = None

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.video = QVideoWidget(self.body)
        self.video.setObjectName("videoOutput")
        self.video.setMinimumHeight(180)
        self.video.hide()
        self.playback.set_video_output(self.video)
        self.seek_bar = SeekBar(self.body)
        self.transport = TransportBar(self.playback, self.body)
        self.private_button = QToolButton(self.transport)
        self.private_button.setObjectName("keepPrivate")
        self.private_button.setAutoRaise(True)
        self.private_button.clicked.connect(self.keep_private)
        self.private_button.setVisible(not session.read_only)
        self.transport.row.addWidget(self.private_button)
        self.pop_button = QToolButton(self.transport)
        self.pop_button.setObjectName("ownWindow")
        self.pop_button.setAutoRaise(True)
        self.pop_button.clicked.connect(self.pop_out)
        self.transport.row.addWidget(self.pop_button)
        self.problem = QLabel(self.body)
        self.problem.setObjectName("playerProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.transcript = TranscriptPane(session, undo_stack, self.playback, self.body)
        self.chapters = ChaptersPane(self.transcript.editor.context, undo_stack, self.body)
        self.chapters.playhead = self.playback.position
        # the chapters beside the transcript, or under it when the page is narrow
        self.split = FoldingSplitter(self.body)
        self.split.setObjectName("transcriptSplit")
        self.split.setChildrenCollapsible(True)
        self.split.addWidget(self.transcript)
        self.split.addWidget(self.chapters)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.set_shares([520, 150], [400, 120])
        self.help = HotkeyHelp(self.hotkeys, self.body)
        self.help.hide()
        self.help.closed.connect(self.transcript.view.setFocus)
        layout.addWidget(self.video, 3)
        layout.addWidget(self.seek_bar)
        layout.addWidget(self.transport)
        layout.addWidget(self.problem)
        layout.addWidget(self.split, 5)
        layout.addWidget(self.help)
        self.setMinimumHeight(460)

        self.marks = Marks()
        self.seek_bar.seek_requested.connect(self.playback.seek)
        self.seek_bar.range_chosen.connect(self.keep_private_between)
        self.transcript.view.private_asked.connect(self.keep_private_between)
        self.transport.jump_requested.connect(self.playback.skip)
        self.transcript.seek_requested.connect(self.playback.seek)
        self.transcript.help_requested.connect(self.toggle_help)
        self.chapters.seek_requested.connect(self._seek_to_chapter)
        self.chapters.chapters_changed.connect(self.seek_bar.set_chapters)
        self.playback.position_changed.connect(self._position)
        self.playback.duration_changed.connect(self._duration)
        self.playback.recording_changed.connect(self._recording)
        self.playback.problem.connect(self._problem)
        self.playback.playing_changed.connect(lambda _p: self._position(self.playback.position()))
        self.transcript.editor.context.settled.connect(self._settled)
        self.transcript.editor.context.resync_needed.connect(self._resync)
        self.hotkeys.changed.connect(self._apply_hotkeys)

        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self._restore_preferences()
        self.retranslate()
        self.set_interview_media_enabled(False)

    # -- hotkeys -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        handlers: dict[str, Any] = {
            "play_pause": self.playback.toggle,
            "back": lambda: self.playback.skip(-self.hotkeys.jump_s),
            "forward": lambda: self.playback.skip(self.hotkeys.jump_s),
            "slower": self.playback.slower,
            "faster": self.playback.faster,
            "insert_timestamp": self.transcript.editor.insert_timestamp,
            "split": lambda: self.transcript.editor.split(),
            "merge": self.transcript.editor.merge,
            "next_speaker": self.transcript.editor.next_speaker,
            "add_chapter": self.chapters.add_here,
            "find_replace": self.transcript.open_find,
            "show_help": self.toggle_help,
        }
        for hotkey in HOTKEYS:
            action = QAction(self.body)
            action.setObjectName(f"hotkey_{hotkey.name}")
            # only while the focus is in this panel: the rest of the app keeps its keys
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handlers[hotkey.name])
            self.body.addAction(action)
            self.actions_by_name[hotkey.name] = action
        self._apply_hotkeys()

    def _apply_hotkeys(self) -> None:
        for name, action in self.actions_by_name.items():
            action.setShortcut(self.hotkeys.sequence(name))
            action.setText(describe(name))
        self.playback.resume_rewind_s = self.hotkeys.resume_rewind_s
        self._tooltips()

    def _tooltips(self) -> None:
        keys = {name: self.hotkeys.text(name) for name in ("play_pause", "back", "forward")}
        self.transport.set_jump(self.hotkeys.jump_s, keys)
        help_key = self.hotkeys.text("show_help")
        tip = describe("show_help")
        self.transcript.help_button.setToolTip(f"{tip} ({help_key})" if help_key else tip)

    def toggle_help(self) -> None:
        if self.help.isVisible():
            self.help.hide()
            self.transcript.view.setFocus()
        else:
            self.help.refresh()
            self.help.show()

    # -- the contract with the interview view --------------------------------------------------

    def show_interview(self, interview_id: str) -> None:
        """Show this interview's recordings, transcripts and chapters. For the interview already
        shown, only what changed is reloaded: playback and typing go on."""
        if interview_id == self.interview_id:
            self.refresh()
            return
        self.transcript.editor.saver.flush()
        self.transcript.view.close_words()
        self.interview_id = interview_id
        self.problem.hide()
        found = detail.page(self.session.db, "interview", interview_id)
        self._load_recordings(found["recordings"])
        self.transcript.load(self.session.db, interview_id)
        self.chapters.load(self.session.db, interview_id)
        self.seek_bar.marking = None
        self.load_private()

    def play_from(self, interview_id: str, start_s: float) -> None:
        """Hear the interview from ``start_s`` (a search hit was opened)."""
        if interview_id != self.interview_id:
            self.show_interview(interview_id)
        self.transcript.go_to_time(start_s)
        if self.playback.has_media:
            self.playback.seek(start_s)
            self.playback.play()

    def apply(self, change: Changes) -> None:
        """A write changed the archive: reload what it touched, unless the editor made it."""
        if self.interview_id is None:
            return
        kinds = change.kinds()
        if "section" in kinds:
            self.chapters.load(self.session.db, self.interview_id)
        if kinds & {"passage", "recording", "segment", "transcript"}:
            if "passage" in kinds:
                self.seek_bar.marking = None
            self.load_private()
        if change.value == EDITOR_WRITE:
            return
        if change.everything or kinds & (_TRANSCRIPT_KINDS | {"recording"}):
            self.refresh()

    def release(self) -> None:
        """The view is closing: keep what was typed and stop playing."""
        self.transcript.editor.saver.flush()
        self.transcript.view.close_words()
        self._save_preferences()
        self.playback.release()
        if self._window is not None:
            self.bring_back()

    # -- reloading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload recordings and transcripts if they changed, once the editor's own writes
        have landed (so that nothing typed is shown twice or lost)."""
        if self.interview_id is None:
            return
        if self.transcript.editor.context.in_flight or self.transcript.editor.saver.pending:
            self._refresh_due = True
            self.transcript.editor.saver.flush()
            return
        self._refresh_due = False
        found = detail.page(self.session.db, "interview", self.interview_id)
        key = [(r["id"], r["stored_path"]) for r in found["recordings"]]
        if key != self._recordings_key:
            self._load_recordings(found["recordings"])
        ids = [t["id"] for t in found["transcripts"]]
        if sorted(ids) != sorted(self.transcript.transcript_ids()) or self._tiers_differ():
            self.transcript.load(self.session.db, self.interview_id)

    def _tiers_differ(self) -> bool:
        """Whether a tier shown has another number of passages, name or language now."""
        stored = {
            t["id"]: (t["segment_count"], tier_label(t), str(t["language"] or ""))
            for t in store.transcripts_of(self.session.db, self.interview_id or "")
        }
        return any(
            stored.get(tier.transcript_id) != (len(tier.rows), tier.label, tier.language)
            for tier in self.transcript.model.tiers
        )

    def _settled(self) -> None:
        if self._refresh_due:
            QTimer.singleShot(0, self.refresh)

    def _resync(self) -> None:
        """A write failed: show what the catalogue really holds."""
        if self.interview_id is None:
            return
        if self.transcript.editor.context.in_flight:
            self._refresh_due = True
            return
        self.transcript.load(self.session.db, self.interview_id)

    # -- recordings ----------------------------------------------------------------------------

    def _load_recordings(self, recordings: list[dict[str, Any]]) -> None:
        self._recordings_key = [(r["id"], r["stored_path"]) for r in recordings]
        playlist = Playlist.of(self.session.root, recordings)
        self.video.hide()
        self.playback.load(playlist)
        self.seek_bar.set_boundaries(playlist.boundaries())
        self.set_interview_media_enabled(bool(recordings))
        if recordings and not self.playback.available:
            self._problem(self.tr("Recordings cannot be played on this computer."))
        elif not recordings:
            self.problem.setText(
                self.tr("No recording yet: drop one on the window to listen while you type.")
            )
            self.problem.show()
        else:
            self.problem.hide()

    def set_interview_media_enabled(self, enabled: bool) -> None:
        for widget in (self.seek_bar, self.transport):
            widget.setEnabled(enabled)

    def _position(self, seconds: float) -> None:
        self.seek_bar.set_position(seconds)
        self.transcript.follow(seconds, self.playback.playing, self.playback.rate)
        self.chapters.follow(seconds)

    def _duration(self, seconds: float) -> None:
        self.seek_bar.set_duration(seconds)
        self.seek_bar.set_boundaries(self.playback.playlist.boundaries())
        self.load_private()  # a recording's length became known: the bands after it move

    # -- passages kept private -----------------------------------------------------------------

    def load_private(self) -> None:
        """Show the interview's passages kept private on the seek bar and beside the lines."""
        if self.interview_id is None:
            return
        self.marks = read_marks(self.session.db, self.interview_id, self.playback.playlist)
        self.seek_bar.set_private([(b.start_s, b.end_s, b.description) for b in self.marks.bands])
        texts = {}
        for segment_id, audiences in (self.marks.lines or {}).items():
            texts[segment_id] = self.tr("Kept private from %1").replace(
                "%1", "、".join(vocabulary.audience_name(a) for a in audiences)
            )
        self.transcript.model.set_private_lines(texts)

    def keep_private(self) -> None:
        """Keep a passage private: the stretch marked on the seek bar, else the transcript
        lines selected, else ten seconds from the playhead."""
        marked = self.seek_bar.marking
        span = marked if marked is not None else self.transcript.view.selected_span()
        if span is None:
            start = self.playback.position()
            span = (start, start + 10.0)
        self.keep_private_between(*sorted(span))

    def keep_private_between(self, start_s: float, end_s: float) -> None:
        if self.interview_id is None or self.session.read_only:
            return
        self.seek_bar.marking = (start_s, end_s)
        self.seek_bar.update()
        dialog = close_passage(
            self,
            self.session,
            self.interview_id,
            self.playback.playlist,
            start_s,
            end_s,
            self.undo_stack,
        )
        if dialog is None or not dialog.result():
            self.seek_bar.marking = None
            self.seek_bar.update()

    def _recording(self, _index: int, is_video: bool) -> None:
        self.video.setVisible(is_video)

    def _problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def _seek_to_chapter(self, seconds: float) -> None:
        self.playback.seek(seconds)
        self.transcript.go_to_time(seconds)

    # -- a window of its own -------------------------------------------------------------------

    def pop_out(self) -> None:
        if self._window is not None:
            self._window.raise_()
            self._window.activateWindow()
            return
        window = _OwnWindow(self)
        window.setWindowTitle(self.tr("Listening and transcribing"))
        window.box.addWidget(self.body)
        geometry = self.settings.window_state("listening")
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(within_screen(QSize(1100, 760), self.screen().availableGeometry().size()))
        self._window = window
        self.away.show()
        window.show()
        window.activateWindow()
        self.pop_button.hide()

    def bring_back(self) -> None:
        window, self._window = self._window, None
        if window is None:
            return
        self.settings.set_window_state("listening", window.saveGeometry())
        self._outer.insertWidget(0, self.body)
        self.body.show()
        self.away.hide()
        self.pop_button.show()
        window.hide()
        window.deleteLater()

    # -- words and preferences -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.private_button.setText(self.tr("Keep private…"))
        self.private_button.setToolTip(
            self.tr(
                "Keep a passage from some audiences: the stretch marked on the seek bar "
                "(Shift and drag), the lines selected, or from the playhead"
            )
        )
        self.pop_button.setText(self.tr("Own window"))
        self.pop_button.setToolTip(
            self.tr("Move the player and transcript to a window of their own")
        )
        self.away_text.setText(self.tr("The player and transcript are open in their own window."))
        self.back_button.setText(self.tr("Bring them back here"))
        self.transport.retranslate()
        self.transcript.retranslate()
        self.chapters.retranslate()
        self.help.retranslate()
        self._tooltips()

    def _restore_preferences(self) -> None:
        try:
            volume = float(self.settings.value("transcription/volume", "0.8"))
            rate = float(self.settings.value("transcription/rate", "1.0"))
        except ValueError:
            volume, rate = 0.8, 1.0
        self.transport.volume.setValue(int(round(min(max(volume, 0.0), 1.0) * 100)))
        self.playback.set_volume(volume)
        self.playback.set_rate(rate)

    def _save_preferences(self) -> None:
        self.settings.set_value("transcription/volume", round(self.playback.volume(), 2))
        self.settings.set_value("transcription/rate", self.playback.rate)

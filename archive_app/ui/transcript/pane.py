"""The transcript side of the interview view: which tier is edited and which are shown beside
it, the rows themselves, find and replace, and the editor behind them."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import edits, records
from archive_app.core.edits import Changes
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.commands import OperationCommand
from archive_app.ui.folding import FlowLayout, row_of
from archive_app.ui.session import ArchiveSession
from archive_app.ui.transcript.editing import Playhead, TranscriptEditor
from archive_app.ui.transcript.find_bar import FindBar
from archive_app.ui.transcript.model import TEXT, TranscriptModel
from archive_app.ui.transcript.rows import Tier, load_tiers
from archive_app.ui.transcript.speakers import RenameSpeakerDialog
from archive_app.ui.transcript.tiers import AddTranscript, TierLabelDialog
from archive_app.ui.transcript.view import TranscriptView


class TranscriptPane(QWidget):
    """Everything about an interview's transcripts, below the player."""

    #: hear the interview from this second (a row was clicked)
    seek_requested = Signal(float)
    #: the hotkeys help was asked for
    help_requested = Signal()

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        playhead: Playhead | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPane")
        self.session = session
        self.undo_stack = undo_stack
        self.interview_id: str | None = None
        self.model = TranscriptModel(self)
        self.model.read_only = session.read_only
        self.model.label_of = self._label
        self.view = TranscriptView(self.model, self)
        self.editor = TranscriptEditor(session, undo_stack, self.model, self.view, playhead, self)
        self.editor.notice.connect(self.say)
        self.view.row_clicked.connect(self._row_clicked)
        self._aligned_ids: list[str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.lead_label = QLabel(self)
        self.lead_box = QComboBox(self)
        self.lead_box.setObjectName("leadTier")
        self.lead_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lead_box.activated.connect(self._lead_chosen)
        self.lead_label.setBuddy(self.lead_box)
        self.beside_button = QToolButton(self)
        self.beside_button.setObjectName("besideTiers")
        self.beside_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the style's arrow sits on top of the words: a plain ▾ after them reads better
        self.beside_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.label_button = QToolButton(self)
        self.label_button.setObjectName("tierLabel")
        self.label_button.setAutoRaise(True)
        self.label_button.clicked.connect(self.edit_tier_label)
        self.beside_menu = QMenu(self.beside_button)
        self.beside_button.setMenu(self.beside_menu)
        self.new_tier_button = QToolButton(self)
        self.new_tier_button.setObjectName("newTier")
        self.new_tier_button.clicked.connect(self.new_aligned_tier)
        self.speakers_button = QToolButton(self)
        self.speakers_button.setObjectName("renameSpeaker")
        self.speakers_button.clicked.connect(self.rename_speaker)
        self.find_button = QToolButton(self)
        self.find_button.setObjectName("findButton")
        self.find_button.clicked.connect(self.open_find)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("hotkeysButton")
        self.help_button.clicked.connect(self.help_requested)
        # which tier, then the tools: on a second line when the panel is narrow
        self.bar = QWidget(self)
        self.bar.setObjectName("transcriptBar")
        bar = FlowLayout(self.bar, spacing=8)
        bar.addWidget(
            row_of(
                self.bar,
                [self.lead_label, self.lead_box, self.label_button, self.beside_button],
            )
        )
        # a tool bar, so that in a narrow panel the buttons that do not fit go behind its »
        # instead of making the whole interview page wider than the window
        self.tools = QToolBar(self.bar)
        self.tools.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.tools.setObjectName("transcriptTools")
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tools.setMovable(False)
        self._tool_actions: dict[QToolButton, QAction] = {}
        for button in (
            self.new_tier_button,
            self.speakers_button,
            self.find_button,
            self.help_button,
        ):
            button.setAutoRaise(True)
            self._tool_actions[button] = self.tools.addWidget(button)
        bar.addWidget(self.tools)
        layout.addWidget(self.bar)

        self.find_bar = FindBar(self.model, self)
        self.find_bar.hide()
        self.find_bar.found.connect(self._go_to_match)
        self.find_bar.replace_requested.connect(self._replace)
        self.find_bar.closed.connect(self.view.setFocus)
        layout.addWidget(self.find_bar)

        self.pages = QStackedWidget(self)
        self.empty = QWidget(self.pages)
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("noTranscript")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.empty)
        self.start_button.setObjectName("startTranscript")
        self.start_button.clicked.connect(self.start_transcript)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)

        self.notice = QLabel(self)
        self.notice.setObjectName("transcriptNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(6000)
        self._notice_timer.timeout.connect(self.notice.hide)
        layout.addWidget(self.notice)

        # the highlight moves exactly when the next passage starts, not at the next report
        self._boundary = QTimer(self)
        self._boundary.setSingleShot(True)
        self._boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self._boundary.timeout.connect(self._boundary_reached)
        self._boundary_at = 0.0
        self._crossed_at: float | None = None
        self.retranslate()
        self.set_read_only(session.read_only)

    def retranslate(self) -> None:
        self.lead_label.setText(self.tr("Transcript"))
        self.beside_button.setText(self.tr("Beside it") + " ▾")
        self.beside_button.setToolTip(self.tr("Tiers shown beside the transcript, aligned by time"))
        self.label_button.setText("✎")
        self.label_button.setToolTip(self.tr("Name and language of this tier…"))
        self.new_tier_button.setText(self.tr("New tier…"))
        self.new_tier_button.setToolTip(
            self.tr("A new tier beside this transcript (a Mandarin rendering, a translation)")
        )
        self.speakers_button.setText(self.tr("Rename speaker…"))
        self.find_button.setText(self.tr("Find…"))
        self.help_button.setText(self.tr("Hotkeys"))
        self.empty_text.setText(
            self.tr(
                "No transcript yet. Type one while you listen, or drop a transcript file "
                "(SRT, WebVTT, Whisper JSON or text) on the window."
            )
        )
        self.start_button.setText(self.tr("Start typing a transcript"))
        self.model.set_headers(self.tr("Time"), self.tr("Speaker"))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (
            self.new_tier_button,
            self.speakers_button,
            self.start_button,
            self.label_button,
        ):
            button.setEnabled(not read_only)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    # -- loading -------------------------------------------------------------------------------

    def load(
        self, db: sqlite_utils.Database, interview_id: str, lead_id: str | None = None
    ) -> None:
        """Show the interview's transcripts (keeping the lead tier chosen before if it is
        still there)."""
        self.editor.saver.flush()
        self.view.close_words()
        same = interview_id == self.interview_id
        if lead_id is None and same and self.model.lead is not None:
            lead_id = self.model.lead.transcript_id
        if not same:
            self._aligned_ids = None
        self.interview_id = interview_id
        tiers = load_tiers(db, interview_id)
        lead = next((t for t in tiers if t.transcript_id == lead_id), tiers[0] if tiers else None)
        aligned = self._aligned_ids
        if aligned is None:
            aligned = [t.transcript_id for t in tiers if t is not lead]
        self.model.set_tiers(tiers, lead.transcript_id if lead else None, aligned)
        self._fill_tier_choices()
        self.pages.setCurrentWidget(self.view if tiers else self.empty)

    def transcript_ids(self) -> list[str]:
        return [tier.transcript_id for tier in self.model.tiers]

    def _label(self, tier: Tier) -> str:
        if tier.label:
            return tier.label
        return self.tr("Translation") if tier.kind == "translation" else self.tr("Verbatim")

    def _fill_tier_choices(self) -> None:
        self.lead_box.clear()
        self.beside_menu.clear()
        for tier in self.model.tiers:
            self.lead_box.addItem(self._label(tier), tier.transcript_id)
            action = QAction(self._label(tier), self.beside_menu)
            action.setCheckable(True)
            action.setChecked(tier in self.model.aligned)
            action.setEnabled(tier is not self.model.lead)
            action.setData(tier.transcript_id)
            action.toggled.connect(lambda _on: self._beside_chosen())
            self.beside_menu.addAction(action)
        if self.model.lead is not None:
            self.lead_box.setCurrentIndex(self.lead_box.findData(self.model.lead.transcript_id))
        several = len(self.model.tiers) > 1
        self.beside_button.setVisible(several)
        self.lead_box.setEnabled(several)
        self.label_button.setVisible(bool(self.model.tiers))
        for button in (self.new_tier_button, self.speakers_button, self.find_button):
            self._tool_actions[button].setVisible(bool(self.model.tiers))

    def _lead_chosen(self, index: int) -> None:
        lead_id = str(self.lead_box.itemData(index))
        self.editor.saver.flush()
        self.view.close_words()
        aligned = [t.transcript_id for t in self.model.tiers if t.transcript_id != lead_id]
        if self._aligned_ids is not None:
            aligned = [tid for tid in self._aligned_ids if tid != lead_id]
        self.model.set_tiers(self.model.tiers, lead_id, aligned)
        self._fill_tier_choices()

    def _beside_chosen(self) -> None:
        chosen = [str(action.data()) for action in self.beside_menu.actions() if action.isChecked()]
        self._aligned_ids = chosen
        lead = self.model.lead.transcript_id if self.model.lead else None
        self.editor.saver.flush()
        self.view.close_words()
        self.model.set_tiers(self.model.tiers, lead, chosen)

    # -- following the voice -------------------------------------------------------------------

    def follow(self, seconds: float, playing: bool, rate: float) -> None:
        """The player is at ``seconds``: highlight that passage; while playing, be ready to
        move the highlight the moment the next passage starts."""
        row = self.model.row_at(seconds)
        crossed = self._crossed_at
        if playing and crossed is not None and crossed - 0.15 * rate <= seconds < crossed:
            # the timer moved on a moment before the player's report got there: stay
            row = self.model.row_at(crossed)
        else:
            self._crossed_at = None
        self.view.show_playing(row)
        self._boundary.stop()
        if not playing:
            return
        upcoming = self.model.next_start(seconds)
        if upcoming is not None:
            wait_ms = (upcoming - seconds) / max(rate, 0.1) * 1000.0
            if wait_ms < 1500:  # further off, the next report comes first
                self._boundary_at = upcoming
                self._boundary.start(max(int(wait_ms), 0))

    def _boundary_reached(self) -> None:
        self._crossed_at = self._boundary_at
        self.view.show_playing(self.model.row_at(self._boundary_at))

    def _row_clicked(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None and found.start_s is not None:
            self.seek_requested.emit(found.start_s)

    def go_to_time(self, seconds: float) -> None:
        """Select and show the passage spoken at ``seconds`` (a search hit)."""
        row = self.model.row_at(seconds)
        if row is not None:
            index = self.model.index(row, TEXT)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, self.view.ScrollHint.PositionAtCenter)

    # -- actions ---------------------------------------------------------------------------------

    def open_find(self) -> None:
        if self.model.lead is None:
            return
        self.view.close_words()
        self.find_bar.open_bar()

    def _go_to_match(self, row: int) -> None:
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, self.view.ScrollHint.PositionAtCenter)

    def _replace(self, rows: list[int], find: str, replacement: str) -> None:
        changed = self.editor.replace(rows, find, replacement)
        if changed:
            self.say(self.tr("Replaced in %n passage(s).", "", changed))

    def rename_speaker(self) -> None:
        counts: dict[str, int] = {}
        for tier in self.model.tiers:
            for row in tier.rows:
                if row.speaker:
                    counts[row.speaker] = counts.get(row.speaker, 0) + 1
        if not counts:
            self.say(self.tr("No passage has a speaker yet."))
            return
        current = self.model.row(self.editor.current_row())
        names = [(name, counts[name]) for name in self.editor.speakers() if name in counts]
        dialog = RenameSpeakerDialog(names, current.speaker if current else "", self)
        if dialog.exec():
            changed = self.editor.rename_speaker(dialog.old_name, dialog.new_name.text())
            if changed:
                self.say(self.tr("Renamed in %n passage(s).", "", changed))

    def start_transcript(self) -> None:
        """A new typed transcript with one empty passage, open for typing."""
        if self.interview_id is None or self.session.read_only:
            return
        interview_id = self.interview_id
        start = self.editor._playhead_time()
        language = str(
            records.get(self.session.db, "interview", interview_id).get("language") or ""
        )
        self.undo_stack.push(
            AddTranscript(
                self.session,
                interview_id,
                {"language": language, "source_format": "typed"},
                [Segment(start, None, "", "")],
                self.tr("Start a Transcript"),
                lambda change: self._made(change, open_first=True),
                self.editor.saver.flush,
            )
        )

    def new_aligned_tier(self) -> None:
        """A tier beside the lead one with the same passages (times and speakers) and no words
        yet: a translator types line by line beside the original."""
        lead = self.model.lead
        if lead is None or self.interview_id is None or self.session.read_only:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("New tier"),
            self.tr("Name of the new tier (for example 普通话, English):"),
        )
        name = name.strip()
        if not ok or not name:
            return
        self.editor.saver.flush()
        interview_id = self.interview_id
        rows = [Segment(r.start_s, r.end_s, r.speaker, "") for r in lead.rows]
        self.undo_stack.push(
            AddTranscript(
                self.session,
                interview_id,
                {"kind": "translation", "tier": name, "source_format": "typed"},
                rows,
                self.tr("New Tier %1").replace("%1", name),
                self._made,
                self.editor.saver.flush,
            )
        )

    def edit_tier_label(self) -> None:
        """Rename the tier being edited and say its language, as one undoable step."""
        lead = self.model.lead
        if lead is None or self.session.read_only:
            return
        stored = records.get(self.session.db, "transcript", lead.transcript_id)
        dialog = TierLabelDialog(str(stored["tier"] or ""), str(stored["language"] or ""), self)
        if not dialog.exec():
            return
        fields = {"tier": dialog.name.text().strip(), "language": dialog.language.text().strip()}
        if fields == {"tier": stored["tier"] or "", "language": stored["language"] or ""}:
            return
        self.undo_stack.push(
            OperationCommand(
                self.session,
                edits.SetFields("transcript", lead.transcript_id, fields),
                self.tr("Rename Tier"),
            )
        )

    def _made(self, change: Changes, open_first: bool = False) -> None:
        transcript_id = str(change.value or "")
        if self.interview_id is None:
            return
        if transcript_id not in self.transcript_ids():
            lead = self.model.lead.transcript_id if self.model.lead else transcript_id
            self.load(self.session.db, self.interview_id, lead)
        if self._aligned_ids is not None and transcript_id not in self._aligned_ids:
            self._aligned_ids.append(transcript_id)
            self._beside_chosen_ids(self._aligned_ids)
        if open_first:
            self.view.open_words(0, TEXT)
        else:
            column = self._column_of(transcript_id)
            if column is not None:
                self.view.open_words(0, column)

    def _beside_chosen_ids(self, ids: list[str]) -> None:
        lead = self.model.lead.transcript_id if self.model.lead else None
        self.model.set_tiers(self.model.tiers, lead, ids)
        self._fill_tier_choices()

    def _column_of(self, transcript_id: str) -> int | None:
        for column in range(TEXT + 1, self.model.columnCount()):
            tier = self.model.tier_of_column(column)
            if tier is not None and tier.transcript_id == transcript_id:
                return column
        return None

"""The transcription editor's actions: what Enter, the hotkeys and the edit fields do.

Every action turns into commands on the shell's undo stack (see :mod:`.commands`); typing goes
through the autosaver (see :mod:`.autosave`). Actions that need the playhead ask a
:class:`Playhead` (the player), so the editor also works on an interview without a recording.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from archive_app.core.transcripts import passages
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.player.timecode import parse_clock
from archive_app.ui.session import ArchiveSession
from archive_app.ui.transcript.autosave import TypingSaver
from archive_app.ui.transcript.commands import (
    DeleteSegment,
    EditBatch,
    EditContext,
    InsertSegment,
    MergeWithNext,
    RenameSpeaker,
    ReplaceTexts,
    RowState,
    SetSpeaker,
    SetTimes,
    SplitSegment,
    split_parts,
)
from archive_app.ui.transcript.model import SPEAKER, TEXT, TIME, TranscriptModel
from archive_app.ui.transcript.rows import SegmentRef, SegmentRow, Tier
from archive_app.ui.transcript.segment_editor import SegmentEditor
from archive_app.ui.transcript.view import TranscriptView


class Playhead(Protocol):
    """What the editor needs of the player."""

    @property
    def has_media(self) -> bool: ...

    def position(self) -> float: ...


class _NoPlayer:
    has_media = False

    def position(self) -> float:
        return 0.0


class TranscriptEditor(QObject):
    """Turns the person's keys and edits into commands."""

    #: a plain sentence for the person (why an action did nothing)
    notice = Signal(str)

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        model: TranscriptModel,
        view: TranscriptView,
        playhead: Playhead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.model = model
        self.view = view
        self.playhead: Playhead = playhead or _NoPlayer()
        self.context = EditContext(session, model)
        self.context.setParent(self)
        self.saver = TypingSaver(self.context, undo_stack, self.tr("Typing"))
        model.edit_requested.connect(self._edited)
        view.delegate.on_typed = self._typed
        view.delegate.on_opened = self._opened
        view.delegate.speakers = self.speakers

    # -- state -------------------------------------------------------------------------------

    @property
    def lead(self) -> Tier | None:
        return self.model.lead

    def current_row(self) -> int:
        """The row being typed in, else the selected row; -1 when none."""
        active = self.view.delegate.active_index
        if active is not None and active.isValid():
            return active.row()
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def speakers(self) -> list[str]:
        """Speakers of the interview, in order of first appearance across its tiers."""
        seen: dict[str, None] = {}
        tiers = [self.model.lead] if self.model.lead is not None else []
        tiers += [t for t in self.model.tiers if t is not self.model.lead]
        for tier in tiers:
            for name in tier.speakers():
                seen.setdefault(name, None)
        return list(seen)

    def _playhead_time(self) -> float | None:
        return self.playhead.position() if self.playhead.has_media else None

    # -- typing ------------------------------------------------------------------------------

    def _typed(self, row: int, column: int, text: str) -> None:
        ref = self._ref_of_cell(row, column)
        if ref is not None:
            self.saver.typed(ref, text)

    def _opened(self, editor: SegmentEditor, row: int, column: int) -> None:
        self.saver.flush()
        self.saver.new_burst(self._ref_of_cell(row, column))
        editor.enter_pressed.connect(lambda at, text: self._later(self._enter, at, text))
        editor.join_previous.connect(lambda: self._later(self._join_previous))
        editor.join_next.connect(lambda: self._later(self.merge))
        editor.move_requested.connect(lambda step: self._later(self._move, step))

    def _ref_of_cell(self, row: int, column: int) -> SegmentRef | None:
        if column > TEXT:
            beside = self.model.aligned_rows(column, row)
            return beside[0].ref if len(beside) == 1 else None
        found = self.model.row(row)
        return found.ref if found is not None else None

    @staticmethod
    def _later(action: object, *args: object) -> None:
        # structural edits close and reopen the field: never inside its own key event
        QTimer.singleShot(0, lambda: action(*args))  # type: ignore[operator]

    def _edited(self, row: int, column: int, value: object) -> None:
        """A field closed with a value (words, a speaker, a time)."""
        if column == TEXT or column > TEXT:
            ref = self._ref_of_cell(row, column)
            if ref is not None:
                self.saver.typed(ref, str(value))
                self.saver.flush()
            return
        found = self.model.row(row)
        if found is None:
            return
        if column == SPEAKER:
            self.set_speaker(row, str(value))
        elif column == TIME:
            text = str(value).strip()
            start = None if not text else parse_clock(text)
            if text and start is None:
                self.notice.emit(self.tr("Write a time as 1:23.4 or 1:02:03."))
                return
            end = (
                found.end_s
                if start is None or found.end_s is None or found.end_s >= start
                else None
            )
            if start is None:
                end = None
            self._push(
                SetTimes(
                    self.context,
                    found.ref,
                    (found.start_s, found.end_s),
                    (start, end),
                    self.tr("Set Time"),
                )
            )

    # -- structural edits ----------------------------------------------------------------------

    def _push(self, command: object) -> None:
        self.saver.flush()
        self.undo_stack.push(command)  # type: ignore[arg-type]

    def _enter(self, at: int, text: str) -> None:
        row = self.current_row()
        found = self.model.row(row)
        column = self._active_column()
        if found is None:
            return
        if column > TEXT:  # in a tier beside: go on to the next row's words
            self.view.close_words()
            if row + 1 < self.model.rowCount():
                self.view.open_words(row + 1, column)
            return
        if at < len(text.rstrip()) and split_parts(text, at) is not None:
            self.split(at)
            return
        if row + 1 < self.model.rowCount():
            self.view.close_words()
            self.view.open_words(row + 1, TEXT, 0)
            return
        if text.strip():
            self.new_segment_after(row)

    def _active_column(self) -> int:
        active = self.view.delegate.active_index
        return active.column() if active is not None and active.isValid() else TEXT

    def _cursor(self) -> int | None:
        editor = self.view.delegate.active_editor
        return editor.cursor_position() if editor is not None else None

    def new_segment_after(self, row: int) -> None:
        """A new, empty passage after ``row``, starting at the playhead, open for typing."""
        lead = self.lead
        if lead is None or self.model.read_only:
            return
        current = self.model.row(row)
        now = self._playhead_time()
        self.view.close_words()
        self.saver.flush()
        batch = EditBatch(self.context, self.tr("New Passage"))
        if current is not None and now is not None:
            start = current.start_s
            if (
                start is not None
                and start <= now
                and (current.end_s is None or current.end_s > now)
            ):
                SetTimes(
                    self.context,
                    current.ref,
                    (current.start_s, current.end_s),
                    (start, now),
                    "",
                    batch,
                )
        speaker = self._next_speaker_for(row)
        InsertSegment(
            self.context,
            lead.transcript_id,
            current.ref if current is not None else None,
            RowState(now, None, speaker, ""),
            "",
            batch,
        )
        self.undo_stack.push(batch)
        self.view.open_words(row + 1, TEXT)

    def _next_speaker_for(self, row: int) -> str:
        """Interviews alternate: a new passage goes to whoever spoke before the current one."""
        current = self.model.row(row)
        before = self.model.row(row - 1)
        if current is None:
            return ""
        if before is not None and before.speaker and before.speaker != current.speaker:
            return before.speaker
        return current.speaker

    def split(self, at_char: int | None = None) -> None:
        """Cut the passage in two at the cursor; the second half starts at the playhead when
        the playhead is inside the passage."""
        lead = self.lead
        row = self.current_row()
        found = self.model.row(row)
        if lead is None or found is None or self.model.read_only:
            return
        if self._active_column() > TEXT:
            self.notice.emit(self.tr("Choose that tier as the transcript to cut its passages."))
            return
        now = self._playhead_time()
        if at_char is None:
            at_char = self._cursor()
        if at_char is None:
            at_char = self._char_at_time(found, now)
        text = found.text
        if at_char is None or at_char >= len(text.rstrip()):
            self.new_segment_after(row)
            return
        if split_parts(text, at_char) is None:
            self.notice.emit(self.tr("There must be words on both sides of the cut."))
            return
        at_time = now if self._inside(found, now) else None
        self.view.close_words()
        self.saver.flush()
        self.undo_stack.push(
            SplitSegment(
                self.context,
                lead.transcript_id,
                found.ref,
                RowState.of(found),
                at_char,
                at_time,
                self.tr("Split Passage"),
            )
        )
        self.view.open_words(row + 1, TEXT, 0)

    @staticmethod
    def _inside(row: SegmentRow, seconds: float | None) -> bool:
        if seconds is None or row.start_s is None or seconds <= row.start_s:
            return False
        return row.end_s is None or seconds < row.end_s

    def _char_at_time(self, row: SegmentRow, seconds: float | None) -> int | None:
        if not self._inside(row, seconds) or row.end_s is None or row.start_s is None:
            return None
        assert seconds is not None
        share = (seconds - row.start_s) / max(row.end_s - row.start_s, 1e-6)
        return int(round(share * len(row.text)))

    def merge(self) -> None:
        """Join the passage with the one after it; the cursor goes to the join."""
        lead = self.lead
        row = self.current_row()
        found, following = self.model.row(row), self.model.row(row + 1)
        if lead is None or found is None or self.model.read_only:
            return
        if following is None:
            self.notice.emit(
                self.tr("This is the last passage: there is nothing to merge it with.")
            )
            return
        self.view.close_words()
        self.saver.flush()
        join_at = len(found.text.rstrip())
        self.undo_stack.push(
            MergeWithNext(
                self.context,
                lead.transcript_id,
                found.ref,
                RowState.of(found),
                following.ref,
                RowState.of(following),
                self.tr("Merge Passages"),
            )
        )
        self.view.open_words(row, TEXT, join_at)

    def _join_previous(self) -> None:
        row = self.current_row()
        if row <= 0 or self._active_column() > TEXT:
            return
        previous = self.model.row(row - 1)
        found = self.model.row(row)
        if previous is None or found is None or self.lead is None:
            return
        if not found.text.strip():  # an empty passage: just take it away
            self.view.close_words()
            self.saver.flush()
            self.undo_stack.push(
                DeleteSegment(
                    self.context,
                    self.lead.transcript_id,
                    found.ref,
                    previous.ref,
                    RowState.of(found),
                    self.tr("Delete Passage"),
                )
            )
            self.view.open_words(row - 1, TEXT)
            return
        self.view.close_words()
        self.view.setCurrentIndex(self.model.index(row - 1, TEXT))
        self.merge()

    def _move(self, step: int) -> None:
        row = self.current_row() + step
        column = self._active_column()
        if 0 <= row < self.model.rowCount():
            self.view.close_words()
            self.view.open_words(row, column, 0 if step > 0 else None)

    def delete_passage(self) -> None:
        lead = self.lead
        row = self.current_row()
        found = self.model.row(row)
        if lead is None or found is None or self.model.read_only:
            return
        previous = self.model.row(row - 1)
        self.view.close_words()
        self._push(
            DeleteSegment(
                self.context,
                lead.transcript_id,
                found.ref,
                previous.ref if previous is not None else None,
                RowState.of(found),
                self.tr("Delete Passage"),
            )
        )

    # -- times -------------------------------------------------------------------------------

    def insert_timestamp(self) -> None:
        """Tap to time: the selected passage starts at the playhead (and the one before it ends
        there); then the next passage is selected, ready for the next tap."""
        row = self.current_row()
        found = self.model.row(row)
        now = self._playhead_time()
        if found is None or self.model.read_only:
            return
        if now is None:
            self.notice.emit(self.tr("There is no recording to take the time from."))
            return
        previous = self.model.row(row - 1)
        if previous is not None and previous.start_s is not None and previous.start_s > now:
            self.notice.emit(self.tr("The playhead is before the start of the passage above."))
            return
        end = found.end_s if found.end_s is not None and found.end_s > now else None
        editing = self.view.delegate.active_editor is not None
        self.saver.flush()
        batch = EditBatch(self.context, self.tr("Set Time"))
        SetTimes(self.context, found.ref, (found.start_s, found.end_s), (now, end), "", batch)
        if previous is not None and previous.start_s is not None:
            if previous.end_s is None or previous.end_s > now:
                SetTimes(
                    self.context,
                    previous.ref,
                    (previous.start_s, previous.end_s),
                    (previous.start_s, now),
                    "",
                    batch,
                )
        self.undo_stack.push(batch)
        if not editing and row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1, TEXT))
            self.view.scrollTo(self.model.index(row + 1, TEXT))

    # -- speakers ----------------------------------------------------------------------------

    def set_speaker(self, row: int, name: str) -> None:
        found = self.model.row(row)
        if found is None or self.model.read_only or found.speaker == name.strip():
            return
        self._push(SetSpeaker(self.context, found.ref, found.speaker, name, self.tr("Set Speaker")))

    def next_speaker(self) -> None:
        """The passage's speaker becomes the next one of the interview's speakers."""
        row = self.current_row()
        found = self.model.row(row)
        names = self.speakers()
        if found is None or not names:
            return
        place = names.index(found.speaker) if found.speaker in names else -1
        self.set_speaker(row, names[(place + 1) % len(names)])

    def rename_speaker(self, old: str, new: str) -> int:
        """Rename a speaker in every tier of the interview; returns how many passages changed."""
        new = new.strip()
        if not new or new == old or self.model.read_only:
            return 0
        self.saver.flush()
        batch = EditBatch(self.context, self.tr("Rename Speaker"))
        changed = 0
        for tier in self.model.tiers:
            said = [Segment(r.start_s, r.end_s, r.speaker, r.text) for r in tier.rows]
            refs = [tier.rows[n].ref for n in passages.renamed(said, old, new)]
            if refs:
                RenameSpeaker(self.context, tier.transcript_id, old, new, refs, "", batch)
                changed += len(refs)
        if changed:
            self.undo_stack.push(batch)
        return changed

    # -- find and replace ----------------------------------------------------------------------

    def replace(self, rows: list[int], find: str, replacement: str) -> int:
        """Replace ``find`` (ignoring case) in the words of these lead rows; one undo step."""
        if not find or self.model.read_only:
            return 0
        self.view.close_words()
        self.saver.flush()
        changes: list[tuple[SegmentRef, str, str]] = []
        for number in rows:
            found = self.model.row(number)
            if found is None:
                continue
            after = passages.replace_ignoring_case(found.text, find, replacement)
            if after != found.text:
                changes.append((found.ref, found.text, after))
        if changes:
            self.undo_stack.push(ReplaceTexts(self.context, changes, self.tr("Replace")))
        return len(changes)

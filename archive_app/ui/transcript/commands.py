"""Transcript edits as undoable commands: each is one core operation, shown at once in the
editor's rows.

A command changes the rows at once (so typing never waits) by the same pure functions core
applies to the catalogue (:mod:`archive_app.core.transcripts.passages`), and queues its operation
on the shell's one background writer (so the catalogue follows within moments). Undo and redo
do the same in reverse, in the order the person made them. New passages get their ids when the
command is made, so later commands can name them before the writer has run. A write that fails
makes the editor reload what the catalogue really holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.clock import new_id
from archive_app.core.edits import Changes, Operation
from archive_app.core.transcripts import passages
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.commands import OperationCommand
from archive_app.ui.session import ArchiveSession
from archive_app.ui.transcript.rows import SegmentRef, SegmentRow

if TYPE_CHECKING:
    from archive_app.ui.transcript.model import TranscriptModel

#: ``Changes.value`` of the editor's own writes: the editor already shows them
EDITOR_WRITE = "transcript-editor"

_TEXT_ID = 0x7E1  # QUndoCommand.id() of typing, so that bursts of typing merge
_MERGE_WINDOW_S = 3.0  # a pause longer than this starts a new undo step


def _id(ref: SegmentRef) -> str:
    if ref.id is None:
        raise ValueError("a passage without an id")
    return ref.id


class EditContext(QObject):
    """What every transcript command needs: the session to write through and the rows to
    change. Counts the editor's writes still on their way, so a reload waits for them."""

    #: a write failed: the rows may no longer match the catalogue
    resync_needed = Signal()
    #: every queued write has finished
    settled = Signal()

    def __init__(self, session: ArchiveSession, model: TranscriptModel) -> None:
        super().__init__()
        self.session = session
        self.model = model
        self.in_flight = 0
        #: drops typing not yet saved for a segment (set by the autosaver)
        self.discard_typing: Callable[[SegmentRef], None] = lambda ref: None

    def write(
        self, write: Callable[[Archive], Changes], on_done: Callable[[Changes], None]
    ) -> None:
        def done(changes: Changes) -> None:
            self._finished()
            on_done(changes)

        self.in_flight += 1
        if not self.session.write(write, done, self._failed):
            self.in_flight -= 1
            self.resync_needed.emit()

    def _failed(self, _error: BaseException) -> None:
        self._finished()
        self.resync_needed.emit()

    def _finished(self) -> None:
        self.in_flight -= 1
        if self.in_flight == 0:
            self.settled.emit()


class EditorCommand(OperationCommand):
    """An operation that the editor shows at once and writes through its context."""

    def __init__(self, context: EditContext, operation: Operation, text: str) -> None:
        super().__init__(context.session, operation, text)
        self.context = context

    @property
    def model(self) -> TranscriptModel:
        return self.context.model

    def send(self, write: Callable[[Archive], Changes], on_done: Callable[[Changes], None]) -> None:
        self.context.write(write, on_done)

    def finished(self, changes: Changes) -> Changes:
        changes.value = EDITOR_WRITE
        return changes


class EditBatch(EditorCommand):
    """Several edits as one undo step: shown together, written as one operation in one
    transaction. Steps are made with the batch as their ``batch`` and are never pushed alone."""

    def __init__(self, context: EditContext, text: str) -> None:
        super().__init__(context, edits.NOTHING, text)
        self.steps: list[EditorCommand] = []

    def redo(self) -> None:
        if self.operation is edits.NOTHING:
            self.operation = edits.Batch([step.operation for step in self.steps])
        super().redo()

    def shown_forward(self) -> None:
        for step in self.steps:
            step.shown_forward()

    def shown_backward(self) -> None:
        for step in reversed(self.steps):
            step.shown_backward()


def _joined(command: EditorCommand, batch: EditBatch | None) -> None:
    if batch is not None:
        batch.steps.append(command)


# -- one segment's fields ------------------------------------------------------------------------


class SetText(EditorCommand):
    """What a segment says. Typing bursts in one segment merge into one undo step."""

    def __init__(
        self,
        context: EditContext,
        ref: SegmentRef,
        before: str,
        after: str,
        label: str,
        burst: int = 0,
    ) -> None:
        super().__init__(context, edits.SetFields("segment", _id(ref), {"text": after}), label)
        self.ref = ref
        self.before = before
        self.after = after
        self.burst = burst
        self.touched = time.monotonic()

    def id(self) -> int:
        return _TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetText) or not self.burst or other.burst != self.burst:
            return False
        if not self.ref.same(other.ref) or other.before != self.after:
            return False
        if other.touched - self.touched > _MERGE_WINDOW_S:
            return False
        self.after = other.after
        self.touched = other.touched
        self.operation = other.operation  # a redo after undo writes the newest words
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def shown_forward(self) -> None:
        self.model.update_row(self.ref, text=self.after)

    def shown_backward(self) -> None:
        self.context.discard_typing(self.ref)
        self.model.update_row(self.ref, text=self.before)


class SetSpeaker(EditorCommand):
    def __init__(
        self,
        context: EditContext,
        ref: SegmentRef,
        before: str,
        after: str,
        label: str,
        batch: EditBatch | None = None,
    ) -> None:
        after = after.strip()
        super().__init__(context, edits.SetFields("segment", _id(ref), {"speaker": after}), label)
        self.ref, self.before, self.after = ref, before, after
        _joined(self, batch)

    def shown_forward(self) -> None:
        self.model.update_row(self.ref, speaker=self.after)

    def shown_backward(self) -> None:
        self.model.update_row(self.ref, speaker=self.before)


Times = tuple[float | None, float | None]


class SetTimes(EditorCommand):
    """Where a segment starts and ends (None: not known)."""

    def __init__(
        self,
        context: EditContext,
        ref: SegmentRef,
        before: Times,
        after: Times,
        label: str,
        batch: EditBatch | None = None,
    ) -> None:
        start, end = passages.ms(after[0]), passages.ms(after[1])
        fields = {"start_s": start, "end_s": end}
        super().__init__(context, edits.SetFields("segment", _id(ref), fields), label)
        self.ref = ref
        self.before = before
        self.after = (start, end)
        _joined(self, batch)

    def shown_forward(self) -> None:
        self.model.update_row(self.ref, start_s=self.after[0], end_s=self.after[1])

    def shown_backward(self) -> None:
        self.model.update_row(self.ref, start_s=self.before[0], end_s=self.before[1])


# -- segments added, removed, cut and joined -----------------------------------------------------


@dataclass(frozen=True)
class RowState:
    """What a row held before a command changed it, to put back on undo."""

    start_s: float | None
    end_s: float | None
    speaker: str
    text: str

    @classmethod
    def of(cls, row: SegmentRow) -> RowState:
        return cls(row.start_s, row.end_s, row.speaker, row.text)

    @classmethod
    def of_passage(cls, passage: Segment) -> RowState:
        return cls(passage.start_s, passage.end_s, passage.speaker, passage.text)

    def segment(self) -> Segment:
        return Segment(self.start_s, self.end_s, self.speaker, self.text)


class _SegmentPresence(EditorCommand):
    """A segment that is there on one side of the command and not on the other: ``after`` is
    the segment it stands after (None: first). Inserting and deleting are this command with its
    two directions swapped."""

    #: whether the segment is there after the command (insert) or before it (delete)
    present_after_forward = True

    def __init__(
        self,
        context: EditContext,
        operation: Operation,
        transcript_id: str,
        ref: SegmentRef,
        after: SegmentRef | None,
        state: RowState,
        label: str,
        batch: EditBatch | None,
    ) -> None:
        super().__init__(context, operation, label)
        self.transcript_id = transcript_id
        self.ref = ref
        self.after = after
        self.state = state
        _joined(self, batch)

    def _show(self) -> None:
        position = 0
        if self.after is not None:
            found = self.model.locate(self.after)
            position = found[1] + 1 if found is not None else 0
        s = self.state
        row = SegmentRow(self.ref, s.start_s, s.end_s, s.speaker, s.text)
        self.model.insert_row(self.transcript_id, position, row)

    def _hide(self) -> None:
        self.context.discard_typing(self.ref)
        self.model.remove_row(self.ref)

    def shown_forward(self) -> None:
        self._show() if self.present_after_forward else self._hide()

    def shown_backward(self) -> None:
        self._hide() if self.present_after_forward else self._show()


def _position_after(model: TranscriptModel, after: SegmentRef | None) -> int:
    if after is None:
        return 0
    found = model.locate(after)
    return found[1] + 1 if found is not None else 0


class InsertSegment(_SegmentPresence):
    """A new segment after another (or first); undo takes it away."""

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        after: SegmentRef | None,
        state: RowState,
        label: str,
        batch: EditBatch | None = None,
    ) -> None:
        ref = SegmentRef(new_id())
        position = _position_after(context.model, after)
        values = edits.as_values(state.segment())
        op = edits.InsertSegment(transcript_id, _id(ref), position, values)
        super().__init__(context, op, transcript_id, ref, after, state, label, batch)


class DeleteSegment(_SegmentPresence):
    """Take a segment away; undo puts it back where it was."""

    present_after_forward = False

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        ref: SegmentRef,
        previous: SegmentRef | None,
        state: RowState,
        label: str,
        batch: EditBatch | None = None,
    ) -> None:
        op = edits.DeleteSegment(_id(ref))
        super().__init__(context, op, transcript_id, ref, previous, state, label, batch)


def split_parts(text: str, at_char: int) -> tuple[str, str] | None:
    """The two texts a cut before ``at_char`` makes (as core cuts them), or None when either
    would be empty."""
    return passages.split_parts(text, at_char)


class SplitSegment(EditorCommand):
    """Cut a segment in two at a character, the second half starting at ``at_time``."""

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        ref: SegmentRef,
        state: RowState,
        at_char: int,
        at_time: float | None,
        label: str,
    ) -> None:
        first, second = passages.split(state.segment(), at_char, at_time)
        self.new_ref = SegmentRef(new_id())
        op = edits.SplitSegment(_id(ref), _id(self.new_ref), at_char=at_char, at_time=at_time)
        super().__init__(context, op, label)
        self.transcript_id = transcript_id
        self.ref = ref
        self.state = state
        self.first, self.second = RowState.of_passage(first), RowState.of_passage(second)

    def shown_forward(self) -> None:
        found = self.model.locate(self.ref)
        if found is None:
            return
        f, s = self.first, self.second
        self.model.update_row(self.ref, text=f.text, start_s=f.start_s, end_s=f.end_s)
        row = SegmentRow(self.new_ref, s.start_s, s.end_s, s.speaker, s.text)
        self.model.insert_row(self.transcript_id, found[1] + 1, row)

    def shown_backward(self) -> None:
        self.context.discard_typing(self.new_ref)
        self.context.discard_typing(self.ref)
        self.model.remove_row(self.new_ref)
        s = self.state
        self.model.update_row(self.ref, text=s.text, start_s=s.start_s, end_s=s.end_s)


def merged_state(first: RowState, second: RowState) -> RowState:
    """What joining two segments gives (as core joins them)."""
    return RowState.of_passage(passages.merge(first.segment(), second.segment()))


class MergeWithNext(EditorCommand):
    """Join a segment with the one after it; undo cuts them apart as they were."""

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        ref: SegmentRef,
        state: RowState,
        next_ref: SegmentRef,
        next_state: RowState,
        label: str,
    ) -> None:
        super().__init__(context, edits.MergeSegments(_id(ref), _id(next_ref)), label)
        self.transcript_id = transcript_id
        self.ref, self.state = ref, state
        self.next_ref, self.next_state = next_ref, next_state
        self.merged = merged_state(state, next_state)

    def shown_forward(self) -> None:
        self.context.discard_typing(self.next_ref)
        self.model.remove_row(self.next_ref)
        m = self.merged
        self.model.update_row(self.ref, text=m.text, start_s=m.start_s, end_s=m.end_s)

    def shown_backward(self) -> None:
        self.context.discard_typing(self.ref)
        s = self.state
        self.model.update_row(self.ref, text=s.text, start_s=s.start_s, end_s=s.end_s)
        found = self.model.locate(self.ref)
        if found is not None:
            n = self.next_state
            row = SegmentRow(self.next_ref, n.start_s, n.end_s, n.speaker, n.text)
            self.model.insert_row(self.transcript_id, found[1] + 1, row)


# -- many segments at once -----------------------------------------------------------------------


class RenameSpeaker(EditorCommand):
    """Give every segment of one speaker in a transcript another name; undo gives the old name
    back to exactly those segments."""

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        old: str,
        new: str,
        refs: list[SegmentRef],
        label: str,
        batch: EditBatch | None = None,
    ) -> None:
        super().__init__(context, edits.RenameSpeaker(transcript_id, old, new), label)
        self.transcript_id = transcript_id
        self.old, self.new = old, new.strip()
        self.refs = refs
        _joined(self, batch)

    def shown_forward(self) -> None:
        for ref in self.refs:
            self.model.update_row(ref, speaker=self.new)

    def shown_backward(self) -> None:
        for ref in self.refs:
            self.model.update_row(ref, speaker=self.old)


class ReplaceTexts(EditorCommand):
    """Several segments' words changed at once (find and replace all)."""

    def __init__(
        self, context: EditContext, changes: list[tuple[SegmentRef, str, str]], label: str
    ) -> None:
        op = edits.Batch(
            [edits.SetFields("segment", _id(ref), {"text": after}) for ref, _b, after in changes]
        )
        super().__init__(context, op, label)
        self.changes = changes

    def shown_forward(self) -> None:
        for ref, _before, after in self.changes:
            self.context.discard_typing(ref)
            self.model.update_row(ref, text=after)

    def shown_backward(self) -> None:
        for ref, before, _after in self.changes:
            self.context.discard_typing(ref)
            self.model.update_row(ref, text=before)

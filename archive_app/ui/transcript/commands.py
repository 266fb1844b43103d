"""Transcript edits as undoable commands on the shell's undo stack.

Each command changes the editor's rows at once (so typing never waits) and queues the same change
as a write on the shell's one background writer (so the catalogue follows within moments). Undo
and redo do the same in reverse, in the order the person made them. A write that fails makes the
editor reload what the catalogue really holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from archive_app.core import records
from archive_app.core.archive import Archive
from archive_app.core.errors import RecordNotFound
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.changes import Change
from archive_app.ui.commands import Batch, WriteCommand
from archive_app.ui.session import ArchiveSession
from archive_app.ui.transcript.rows import SegmentRef, SegmentRow

if TYPE_CHECKING:
    from archive_app.ui.transcript.model import TranscriptModel

#: ``Change.value`` of the editor's own writes: the editor already shows them
EDITOR_WRITE = "transcript-editor"

_TEXT_ID = 0x7E1  # QUndoCommand.id() of typing, so that bursts of typing merge
_MERGE_WINDOW_S = 3.0  # a pause longer than this starts a new undo step


def _id(ref: SegmentRef) -> str:
    if ref.id is None:  # the write that makes this segment failed
        raise RecordNotFound("(not yet made)", "segment")
    return ref.id


def _segments(*refs: SegmentRef) -> Change:
    return Change.of(updated={"segment": [r.id for r in refs if r.id]}, value=EDITOR_WRITE)


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

    def write(self, step: Callable[[sqlite_utils.Database], Change]) -> None:
        def operation(archive: Archive) -> Change:
            with archive.transaction() as db:
                return step(db)

        self.in_flight += 1
        if not self.session.write(operation, self._done, self._failed):
            self.in_flight -= 1
            self.resync_needed.emit()

    def _done(self, _change: Change) -> None:
        self._finished()

    def _failed(self, _error: BaseException) -> None:
        self._finished()
        self.resync_needed.emit()

    def _finished(self) -> None:
        self.in_flight -= 1
        if self.in_flight == 0:
            self.settled.emit()


class EditorCommand(WriteCommand):
    """A command that shows its change in the editor and writes it on the writer."""

    def __init__(self, context: EditContext, text: str, parent: QUndoCommand | None = None):
        super().__init__(context.session, text, parent)
        self.context = context

    @property
    def model(self) -> TranscriptModel:
        return self.context.model

    def redo(self) -> None:
        self.show_forward()
        self.context.write(self.forward)

    def undo(self) -> None:
        self.show_backward()
        self.context.write(self.backward)

    def show_forward(self) -> None:
        """Change the editor's rows as :meth:`forward` changes the catalogue."""

    def show_backward(self) -> None:
        """Change the editor's rows as :meth:`backward` changes the catalogue."""


class EditBatch(Batch):
    """Several edits as one undo step: shown together, written in one transaction.

    Steps are made with this batch as their ``parent`` (the shell's :class:`Batch` collects
    them: Qt child commands would be freed by Python while Qt still listed them).
    """

    def __init__(self, context: EditContext, text: str) -> None:
        super().__init__(context.session, text)
        self.context = context

    def redo(self) -> None:
        for step in self.steps:
            if isinstance(step, EditorCommand):
                step.show_forward()
        self.context.write(self.forward)

    def undo(self) -> None:
        for step in reversed(self.steps):
            if isinstance(step, EditorCommand):
                step.show_backward()
        self.context.write(self.backward)

    def forward(self, db: sqlite_utils.Database) -> Change:
        change = super().forward(db)
        change.value = EDITOR_WRITE
        return change

    def backward(self, db: sqlite_utils.Database) -> Change:
        change = super().backward(db)
        change.value = EDITOR_WRITE
        return change


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
        super().__init__(context, label)
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
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def show_forward(self) -> None:
        self.model.update_row(self.ref, text=self.after)

    def show_backward(self) -> None:
        self.context.discard_typing(self.ref)
        self.model.update_row(self.ref, text=self.before)

    def forward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_text(db, _id(self.ref), self.after)
        return _segments(self.ref)

    def backward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_text(db, _id(self.ref), self.before)
        return _segments(self.ref)


class SetSpeaker(EditorCommand):
    def __init__(
        self,
        context: EditContext,
        ref: SegmentRef,
        before: str,
        after: str,
        label: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, label, parent)
        self.ref, self.before, self.after = ref, before, after.strip()

    def show_forward(self) -> None:
        self.model.update_row(self.ref, speaker=self.after)

    def show_backward(self) -> None:
        self.model.update_row(self.ref, speaker=self.before)

    def forward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_speaker(db, _id(self.ref), self.after)
        return _segments(self.ref)

    def backward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_speaker(db, _id(self.ref), self.before)
        return _segments(self.ref)


Times = tuple[float | None, float | None]


def _ms(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


class SetTimes(EditorCommand):
    """Where a segment starts and ends (None: not known)."""

    def __init__(
        self,
        context: EditContext,
        ref: SegmentRef,
        before: Times,
        after: Times,
        label: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, label, parent)
        self.ref = ref
        self.before = before
        self.after = (_ms(after[0]), _ms(after[1]))

    def show_forward(self) -> None:
        self.model.update_row(self.ref, start_s=self.after[0], end_s=self.after[1])

    def show_backward(self) -> None:
        self.model.update_row(self.ref, start_s=self.before[0], end_s=self.before[1])

    def forward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_times(db, _id(self.ref), *self.after)
        return _segments(self.ref)

    def backward(self, db: sqlite_utils.Database) -> Change:
        store.set_segment_times(db, _id(self.ref), *self.before)
        return _segments(self.ref)


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

    def segment(self) -> Segment:
        return Segment(self.start_s, self.end_s, self.speaker, self.text)


def _position(db: sqlite_utils.Database, ref: SegmentRef) -> int:
    return int(records.get(db, "segment", _id(ref))["position"])


class _SegmentPresence(EditorCommand):
    """A segment that is there on one side of the command and not on the other.

    ``after`` is the segment it stands after (None: first). Inserting and deleting are this
    command with its two directions swapped.
    """

    #: whether the segment is there after ``forward`` (insert) or before it (delete)
    present_after_forward = True

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        ref: SegmentRef,
        after: SegmentRef | None,
        state: RowState,
        label: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, label, parent)
        self.transcript_id = transcript_id
        self.ref = ref
        self.after = after
        self.state = state

    def _show(self) -> None:
        position = 0
        if self.after is not None:
            found = self.model.locate(self.after)
            position = found[1] + 1 if found is not None else 0
        s = self.state
        self.model.insert_row(
            self.transcript_id,
            position,
            SegmentRow(self.ref, s.start_s, s.end_s, s.speaker, s.text),
        )

    def _hide(self) -> None:
        self.context.discard_typing(self.ref)
        self.model.remove_row(self.ref)

    def _put_back(self, db: sqlite_utils.Database) -> Change:
        after = _position(db, self.after) if self.after is not None else -1
        self.ref.id = store.insert_segment(db, self.transcript_id, after, self.state.segment())
        return Change.of(added={"segment": [self.ref.id]}, value=EDITOR_WRITE)

    def _take_away(self, db: sqlite_utils.Database) -> Change:
        removed = _id(self.ref)
        store.delete_segment(db, removed)
        return Change.of(removed={"segment": [removed]}, value=EDITOR_WRITE)

    def show_forward(self) -> None:
        if self.present_after_forward:
            self._show()
        else:
            self._hide()

    def show_backward(self) -> None:
        if self.present_after_forward:
            self._hide()
        else:
            self._show()

    def forward(self, db: sqlite_utils.Database) -> Change:
        return self._put_back(db) if self.present_after_forward else self._take_away(db)

    def backward(self, db: sqlite_utils.Database) -> Change:
        return self._take_away(db) if self.present_after_forward else self._put_back(db)


class InsertSegment(_SegmentPresence):
    """A new segment after another (or first); undo takes it away."""

    def __init__(
        self,
        context: EditContext,
        transcript_id: str,
        after: SegmentRef | None,
        state: RowState,
        label: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, transcript_id, SegmentRef(), after, state, label, parent)


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
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, transcript_id, ref, previous, state, label, parent)


def split_parts(text: str, at_char: int) -> tuple[str, str] | None:
    """The two texts a cut before ``at_char`` makes (as core cuts them), or None when either
    would be empty."""
    first, second = text[:at_char].rstrip(), text[at_char:].lstrip()
    if not 0 < at_char < len(text) or not first or not second:
        return None
    return first, second


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
        super().__init__(context, label)
        self.transcript_id = transcript_id
        self.ref = ref
        self.state = state
        self.at_char = at_char
        parts = split_parts(state.text, at_char)
        if parts is None:
            raise ValueError("a split needs words on both sides of the cut")
        self.first, self.second = parts
        if at_time is None and state.start_s is not None and state.end_s is not None:
            at_time = state.start_s + (state.end_s - state.start_s) * at_char / len(state.text)
        self.at_time = _ms(at_time)
        self.new_ref = SegmentRef()

    def show_forward(self) -> None:
        found = self.model.locate(self.ref)
        if found is None:
            return
        self.model.update_row(self.ref, text=self.first, end_s=self.at_time)
        s = self.state
        row = SegmentRow(self.new_ref, self.at_time, s.end_s, s.speaker, self.second)
        self.model.insert_row(self.transcript_id, found[1] + 1, row)

    def show_backward(self) -> None:
        self.context.discard_typing(self.new_ref)
        self.context.discard_typing(self.ref)
        self.model.remove_row(self.new_ref)
        s = self.state
        self.model.update_row(self.ref, text=s.text, start_s=s.start_s, end_s=s.end_s)

    def forward(self, db: sqlite_utils.Database) -> Change:
        self.new_ref.id = store.split_segment(db, _id(self.ref), self.at_char, self.at_time)
        return Change.of(
            added={"segment": [self.new_ref.id]},
            updated={"segment": [self.ref.id or ""]},
            value=EDITOR_WRITE,
        )

    def backward(self, db: sqlite_utils.Database) -> Change:
        second = _id(self.new_ref)
        store.merge_with_next(db, _id(self.ref))
        # put back exactly what was there (joining may differ in white space)
        store.set_segment_text(db, _id(self.ref), self.state.text)
        store.set_segment_times(db, _id(self.ref), self.state.start_s, self.state.end_s)
        return Change.of(
            removed={"segment": [second]},
            updated={"segment": [_id(self.ref)]},
            value=EDITOR_WRITE,
        )


def merged_state(first: RowState, second: RowState) -> RowState:
    """What joining two segments gives (as core joins them)."""
    start = first.start_s if first.start_s is not None else second.start_s
    end = second.end_s if second.end_s is not None else first.end_s
    if start is not None and end is not None and end < start:
        end = None
    return RowState(start, end, first.speaker, store.join_text(first.text, second.text))


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
        super().__init__(context, label)
        self.transcript_id = transcript_id
        self.ref, self.state = ref, state
        self.next_ref, self.next_state = next_ref, next_state
        self.merged = merged_state(state, next_state)

    def show_forward(self) -> None:
        self.context.discard_typing(self.next_ref)
        self.model.remove_row(self.next_ref)
        m = self.merged
        self.model.update_row(self.ref, text=m.text, start_s=m.start_s, end_s=m.end_s)

    def show_backward(self) -> None:
        self.context.discard_typing(self.ref)
        s = self.state
        self.model.update_row(self.ref, text=s.text, start_s=s.start_s, end_s=s.end_s)
        found = self.model.locate(self.ref)
        if found is not None:
            n = self.next_state
            row = SegmentRow(self.next_ref, n.start_s, n.end_s, n.speaker, n.text)
            self.model.insert_row(self.transcript_id, found[1] + 1, row)

    def forward(self, db: sqlite_utils.Database) -> Change:
        gone = _id(self.next_ref)
        store.merge_with_next(db, _id(self.ref))
        return Change.of(
            removed={"segment": [gone]}, updated={"segment": [_id(self.ref)]}, value=EDITOR_WRITE
        )

    def backward(self, db: sqlite_utils.Database) -> Change:
        first = _id(self.ref)
        store.set_segment_text(db, first, self.state.text)
        store.set_segment_times(db, first, self.state.start_s, self.state.end_s)
        self.next_ref.id = store.insert_segment(
            db, self.transcript_id, _position(db, self.ref), self.next_state.segment()
        )
        return Change.of(
            added={"segment": [self.next_ref.id]},
            updated={"segment": [first]},
            value=EDITOR_WRITE,
        )


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
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(context, label, parent)
        self.transcript_id = transcript_id
        self.old, self.new = old, new.strip()
        self.refs = refs

    def show_forward(self) -> None:
        for ref in self.refs:
            self.model.update_row(ref, speaker=self.new)

    def show_backward(self) -> None:
        for ref in self.refs:
            self.model.update_row(ref, speaker=self.old)

    def forward(self, db: sqlite_utils.Database) -> Change:
        store.rename_speaker(db, self.transcript_id, self.old, self.new)
        return _segments(*self.refs)

    def backward(self, db: sqlite_utils.Database) -> Change:
        for ref in self.refs:
            store.set_segment_speaker(db, _id(ref), self.old)
        return _segments(*self.refs)


class ReplaceTexts(EditorCommand):
    """Several segments' words changed at once (find and replace all)."""

    def __init__(
        self, context: EditContext, changes: list[tuple[SegmentRef, str, str]], label: str
    ) -> None:
        super().__init__(context, label)
        self.changes = changes

    def show_forward(self) -> None:
        for ref, _before, after in self.changes:
            self.context.discard_typing(ref)
            self.model.update_row(ref, text=after)

    def show_backward(self) -> None:
        for ref, before, _after in self.changes:
            self.context.discard_typing(ref)
            self.model.update_row(ref, text=before)

    def forward(self, db: sqlite_utils.Database) -> Change:
        for ref, _before, after in self.changes:
            store.set_segment_text(db, _id(ref), after)
        return _segments(*(ref for ref, _b, _a in self.changes))

    def backward(self, db: sqlite_utils.Database) -> Change:
        for ref, before, _after in self.changes:
            store.set_segment_text(db, _id(ref), before)
        return _segments(*(ref for ref, _b, _a in self.changes))

"""Typing reaches the catalogue within a second, without a write per keystroke.

Each keystroke shows at once in the editor's rows. The words are sent to the writer as an
undoable :class:`SetText` when the person pauses (``IDLE_MS``) and, while they keep typing, at
least every ``LONGEST_MS``: a crash or a power cut loses at most the last second. Sends of one
typing burst in one segment merge into a single undo step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack

from archive_app.ui.transcript.commands import EditContext, SetText
from archive_app.ui.transcript.rows import SegmentRef

IDLE_MS = 300
LONGEST_MS = 800


@dataclass
class _Pending:
    ref: SegmentRef
    before: str
    text: str
    burst: int


class TypingSaver(QObject):
    """Collects typing per segment and sends it on a short timer."""

    def __init__(self, context: EditContext, undo_stack: QUndoStack, label: str) -> None:
        super().__init__(context)
        self.context = context
        self.undo_stack = undo_stack
        self.label = label
        self._pending: list[_Pending] = []
        self._burst = 0
        self._burst_ref: SegmentRef | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.flush)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(LONGEST_MS)
        self._longest.timeout.connect(self.flush)
        context.discard_typing = self.discard

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def typed(self, ref: SegmentRef, text: str) -> None:
        """The person changed a segment's words to ``text`` (called on every keystroke)."""
        found = self.context.model.locate(ref)
        if found is None:
            return
        tier, number = found
        entry = next((p for p in self._pending if p.ref.same(ref)), None)
        if entry is None:
            before = tier.rows[number].text
            if before == text:
                return
            if self._burst_ref is None or not self._burst_ref.same(ref):
                self.new_burst(ref)
            entry = _Pending(ref, before, text, self._burst)
            self._pending.append(entry)
        entry.text = text
        self.context.model.update_row(ref, text=text)
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    def new_burst(self, ref: SegmentRef | None = None) -> None:
        """Typing from now on is a new undo step (the editor moved to another segment)."""
        self._burst += 1
        self._burst_ref = ref

    def flush(self) -> None:
        """Send every unsaved change now (before a structural edit, on closing...)."""
        self._idle.stop()
        self._longest.stop()
        pending, self._pending = self._pending, []
        for entry in pending:
            if entry.text != entry.before:
                self.undo_stack.push(
                    SetText(
                        self.context, entry.ref, entry.before, entry.text, self.label, entry.burst
                    )
                )

    def discard(self, ref: SegmentRef) -> None:
        """Forget unsaved typing in one segment (an undo is about to set its words)."""
        self._pending = [p for p in self._pending if not p.ref.same(ref)]
        if not self._pending:
            self._idle.stop()
            self._longest.stop()

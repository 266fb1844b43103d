"""Closed passages as edit operations: closing one, opening it again, and closing it again (the
inverse of an opening), each kept in the history with its inverse like every catalogue change.

A closed passage is consent data and is never deleted: the inverse of closing one is opening
it again (the record stays, marked, for the audit trail), and the inverse of an opening is
closing it again on its own terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from archive_app.core.clock import new_id
from archive_app.core.consent import passages
from archive_app.core.edits.operation import Operation, Step, operation

#: the reason an opening gives when it undoes a closing
UNDONE = "undone"


@operation
@dataclass(frozen=True)
class ClosePassage(Operation):
    """Close a stretch of a recording (seconds into it) to some audiences."""

    name: ClassVar[str] = "close_passage"
    recording_id: str
    start_s: float
    end_s: float
    audiences: list[str]
    person_id: str
    reason: str
    date: str | None = None
    passage_id: str = field(default_factory=new_id)

    def apply(self, step: Step) -> Operation:
        made = passages.close_passage(
            step.db,
            self.recording_id,
            start_s=self.start_s,
            end_s=self.end_s,
            audiences=self.audiences,
            person_id=self.person_id,
            reason=self.reason,
            date=self.date,
            passage_id=self.passage_id,
        )
        closed = passages.get_passage(step.db, made)
        step.added("passage", made, closed.as_json())
        step.changes.note("updated", "interview", closed.interview_id)
        step.value = made
        return OpenPassage(made, None, UNDONE)


@operation
@dataclass(frozen=True)
class OpenPassage(Operation):
    """Open a closed passage again from ``date`` (today) on."""

    name: ClassVar[str] = "open_passage"
    passage_id: str
    date: str | None = None
    reason: str = ""

    def apply(self, step: Step) -> Operation:
        passages.open_passage(step.db, self.passage_id, date=self.date, reason=self.reason)
        opened = passages.get_passage(step.db, self.passage_id)
        step.field("passage", self.passage_id, "opened_on", None, opened.opened_on)
        step.changes.note("updated", "interview", opened.interview_id)
        return ReclosePassage(self.passage_id)


@operation
@dataclass(frozen=True)
class ReclosePassage(Operation):
    """Close again a passage that was opened (the inverse of :class:`OpenPassage`)."""

    name: ClassVar[str] = "reclose_passage"
    passage_id: str

    def apply(self, step: Step) -> Operation:
        before = passages.get_passage(step.db, self.passage_id)
        passages.reclose_passage(step.db, self.passage_id)
        step.field("passage", self.passage_id, "opened_on", before.opened_on, None)
        step.changes.note("updated", "interview", before.interview_id)
        return OpenPassage(self.passage_id, before.opened_on, before.opening_reason)

"""Transcripts and their passages (segments) as operations: a new transcript or tier, a passage
inserted or deleted, cut in two or joined with the next, a speaker renamed throughout.

What a cut or a join does to the words and times is decided by the pure functions of
:mod:`archive_app.core.transcripts.passages`, which the app's editor also uses for its rows.
Positions stay 0..n-1, in order, after every operation; each touches ``updated_at`` of its
transcript. The audit log says what was done to which passage, never the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import new_id, now_iso
from archive_app.core.edits import kinds
from archive_app.core.edits.operation import NOTHING, Batch, Operation, Step, operation
from archive_app.core.edits.record_ops import RemoveRecord, SetFields, insert_row, raw_rows
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.core.transcripts import passages
from archive_app.core.transcripts.segment import Segment

Row = dict[str, Any]


def as_values(passage: Segment) -> Row:
    """A passage as an operation carries it."""
    return {
        "start_s": passage.start_s,
        "end_s": passage.end_s,
        "speaker": passage.speaker,
        "text": passage.text,
    }


def as_passage(values: Any) -> Segment:
    """The passage an operation carries (``start_s``, ``end_s``, ``speaker``, ``text``)."""
    try:
        start, end = values.get("start_s"), values.get("end_s")
        speaker, text = values.get("speaker") or "", values.get("text") or ""
    except AttributeError:
        raise InvalidValue("segment", values, "start_s, end_s, speaker and text") from None
    if not isinstance(speaker, str) or not isinstance(text, str):
        raise InvalidValue("segment", values, "a speaker and words as text")
    for name, value in (("start_s", start), ("end_s", end)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise InvalidValue(name, value, "a time in seconds, 0 or more")
    return passages.retime(Segment(start, end, speaker.strip(), text), start, end)


def _segment(db: sqlite_utils.Database, segment_id: str) -> Row:
    found = raw_rows(db, "SELECT * FROM segment WHERE id = ?", [segment_id])
    if not found:
        raise RecordNotFound(segment_id, "segment")
    return found[0]


def _passage(row: Row) -> Segment:
    return Segment(row["start_s"], row["end_s"], str(row["speaker"]), str(row["text"]))


def _count(db: sqlite_utils.Database, transcript_id: str) -> int:
    row = db.execute("SELECT count(*) FROM segment WHERE transcript_id = ?", [transcript_id])
    return int(row.fetchone()[0])


def _shift(db: sqlite_utils.Database, transcript_id: str, from_position: int, by: int) -> None:
    db.execute(
        "UPDATE segment SET position = position + ? WHERE transcript_id = ? AND position >= ?",
        [by, transcript_id, from_position],
    )


def _touch(db: sqlite_utils.Database, transcript_id: str) -> None:
    records.update(db, "transcript", transcript_id, {})


def _put(step: Step, row: Row, passage: Segment) -> None:
    """Give an existing segment new values, noting each that changed."""
    after = as_values(passage)
    changed = {f: v for f, v in after.items() if row[f] != v}
    if changed:
        records.update(step.db, "segment", str(row["id"]), changed)
        for name, value in changed.items():
            step.field("segment", str(row["id"]), name, row[name], value)


def _insert(
    step: Step,
    transcript_id: str,
    segment_id: str,
    position: int,
    passage: Segment,
    created_at: str | None,
) -> None:
    if step.db.execute("SELECT 1 FROM segment WHERE id = ?", [segment_id]).fetchone():
        raise InvalidValue("id", segment_id, "an id no segment has yet")
    stamp = now_iso()
    row = {
        "id": segment_id,
        "transcript_id": transcript_id,
        "position": position,
        **as_values(passage),
        "created_at": created_at or stamp,
        "updated_at": stamp,
    }
    insert_row(step.db, "segment", row)
    step.added("segment", segment_id, row)


def _log(step: Step, action: str, row: Row, **extra: Any) -> None:
    details = {"transcript_id": row["transcript_id"], "position": row["position"], **extra}
    audit.append(step.db, action, str(row["id"]), details)


@operation
@dataclass(frozen=True)
class AddTranscript(Operation):
    """A transcript of an interview with its passages (a typed one, an imported file, a tier
    beside another). ``fields`` are the transcript's (``interview_id``, ``tier``, ``language``,
    ``kind``, ``source_format``...; ``sha256`` names the source file); ``segments`` each hold
    ``start_s``, ``end_s``, ``speaker``, ``text`` and may hold their ``id``."""

    name: ClassVar[str] = "add_transcript"
    transcript_id: str
    fields: dict[str, Any]
    segments: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "op": self.name,
            "transcript_id": self.transcript_id,
            "fields": self.fields,
            "segments": len(self.segments),
        }

    def apply(self, step: Step) -> Operation:
        db = step.db
        fields = dict(self.fields)
        sha256 = fields.pop("sha256", None)
        checked = kinds.check_fields(db, "transcript", fields, adding=True)
        cut = [as_passage(values) for values in self.segments]
        if sha256 is not None:
            if not db.execute("SELECT 1 FROM media_file WHERE sha256 = ?", [sha256]).fetchone():
                raise RecordNotFound(str(sha256), "media file")
            if db.execute("SELECT 1 FROM transcript WHERE sha256 = ?", [sha256]).fetchone():
                raise InvalidValue("sha256", sha256, "a source file without a transcript yet")
        if db.execute("SELECT 1 FROM transcript WHERE id = ?", [self.transcript_id]).fetchone():
            raise InvalidValue("id", self.transcript_id, "an id no transcript has yet")
        stamp = now_iso()
        insert_row(
            db,
            "transcript",
            {
                "id": self.transcript_id,
                "sha256": sha256,
                **checked,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
        rows = []
        for position, (values, passage) in enumerate(zip(self.segments, cut, strict=True)):
            segment_id = str(values.get("id") or new_id())
            row = {
                "id": segment_id,
                "transcript_id": self.transcript_id,
                "position": position,
                **as_values(passage),
                "created_at": stamp,
                "updated_at": stamp,
            }
            rows.append(row)
            step.changes.note("added", "segment", segment_id)
        if rows:
            db.conn.executemany(
                f"INSERT INTO segment ({', '.join(rows[0])}) VALUES "
                f"({', '.join('?' for _ in rows[0])})",
                [list(row.values()) for row in rows],
            )
        audit.append(
            db,
            "transcript.add",
            self.transcript_id,
            {
                "interview_id": checked["interview_id"],
                "segments": len(rows),
                "original_name": checked.get("original_name", ""),
                "source_format": checked.get("source_format", "typed"),
            },
        )
        step.added(
            "transcript", self.transcript_id, records.get(db, "transcript", self.transcript_id)
        )
        step.value = self.transcript_id
        return RemoveRecord("transcript", self.transcript_id)


@operation
@dataclass(frozen=True)
class InsertSegment(Operation):
    """A passage put in at ``position`` (0: first); the ones from there move down."""

    name: ClassVar[str] = "insert_segment"
    transcript_id: str
    segment_id: str
    position: int
    values: dict[str, Any]
    created_at: str | None = None

    def apply(self, step: Step) -> Operation:
        records.get(step.db, "transcript", self.transcript_id)
        count = _count(step.db, self.transcript_id)
        if isinstance(self.position, bool) or not isinstance(self.position, int):
            raise InvalidValue("position", self.position, f"0..{count}")
        if not 0 <= self.position <= count:
            raise InvalidValue("position", self.position, f"0..{count}")
        passage = as_passage(self.values)
        _shift(step.db, self.transcript_id, self.position, 1)
        _insert(step, self.transcript_id, self.segment_id, self.position, passage, self.created_at)
        _touch(step.db, self.transcript_id)
        _log(step, "segment.insert", _segment(step.db, self.segment_id))
        step.value = self.segment_id
        return DeleteSegment(self.segment_id)


@operation
@dataclass(frozen=True)
class DeleteSegment(Operation):
    """A passage taken away; the ones after it move up."""

    name: ClassVar[str] = "delete_segment"
    segment_id: str

    def apply(self, step: Step) -> Operation:
        row = _segment(step.db, self.segment_id)
        step.db.execute("DELETE FROM segment WHERE id = ?", [self.segment_id])
        _shift(step.db, row["transcript_id"], row["position"] + 1, -1)
        _touch(step.db, row["transcript_id"])
        _log(step, "segment.delete", row)
        step.removed("segment", self.segment_id, row)
        return InsertSegment(
            row["transcript_id"],
            self.segment_id,
            row["position"],
            as_values(_passage(row)),
            row["created_at"],
        )


@operation
@dataclass(frozen=True)
class SplitSegment(Operation):
    """Cut a passage in two before character ``at_char`` (see :func:`passages.split`), the
    second part becoming the passage ``new_segment_id``; or, given ``parts``, make the two
    passages exactly those (how a join is undone)."""

    name: ClassVar[str] = "split_segment"
    segment_id: str
    new_segment_id: str
    at_char: int | None = None
    at_time: float | None = None
    parts: list[dict[str, Any]] | None = None
    new_created_at: str | None = None

    def apply(self, step: Step) -> Operation:
        db = step.db
        row = _segment(db, self.segment_id)
        if self.parts is not None:
            if len(self.parts) != 2:
                raise InvalidValue("parts", self.parts, "two passages")
            first, second = as_passage(self.parts[0]), as_passage(self.parts[1])
        elif self.at_char is None:
            raise InvalidValue("at_char", None, "where to cut")
        else:
            first, second = passages.split(_passage(row), self.at_char, self.at_time)
        original = as_values(_passage(row))
        _put(step, row, first)
        _shift(db, row["transcript_id"], row["position"] + 1, 1)
        _insert(
            step,
            row["transcript_id"],
            self.new_segment_id,
            row["position"] + 1,
            second,
            self.new_created_at,
        )
        _touch(db, row["transcript_id"])
        _log(step, "segment.split", row, new_segment_id=self.new_segment_id)
        step.value = self.new_segment_id
        return MergeSegments(self.segment_id, self.new_segment_id, original)


@operation
@dataclass(frozen=True)
class MergeSegments(Operation):
    """Join a passage with the one right after it (``next_id`` when given must be that one)
    into the first (see :func:`passages.merge`), or, given ``result``, into exactly that."""

    name: ClassVar[str] = "merge_segments"
    segment_id: str
    next_id: str | None = None
    result: dict[str, Any] | None = None

    def apply(self, step: Step) -> Operation:
        db = step.db
        row = _segment(db, self.segment_id)
        following = raw_rows(
            db,
            "SELECT * FROM segment WHERE transcript_id = ? AND position = ?",
            [row["transcript_id"], row["position"] + 1],
        )
        if not following:
            raise InvalidValue("segment", self.segment_id, "a segment followed by another")
        nxt = following[0]
        if self.next_id is not None and nxt["id"] != self.next_id:
            raise InvalidValue("segment", self.next_id, "the segment right after the first")
        merged = (
            as_passage(self.result)
            if self.result is not None
            else passages.merge(_passage(row), _passage(nxt))
        )
        parts = [as_values(_passage(row)), as_values(_passage(nxt))]
        _put(step, row, merged)
        db.execute("DELETE FROM segment WHERE id = ?", [nxt["id"]])
        _shift(db, row["transcript_id"], nxt["position"] + 1, -1)
        _touch(db, row["transcript_id"])
        _log(step, "segment.merge", row, merged_segment_id=nxt["id"])
        step.removed("segment", str(nxt["id"]), nxt)
        step.value = self.segment_id
        return SplitSegment(
            self.segment_id, str(nxt["id"]), parts=parts, new_created_at=nxt["created_at"]
        )


@operation
@dataclass(frozen=True)
class RenameSpeaker(Operation):
    """Every passage of speaker ``old`` in a transcript given the speaker ``new``; undoing it
    gives the old name back to exactly those passages."""

    name: ClassVar[str] = "rename_speaker"
    transcript_id: str
    old: str
    new: str

    def apply(self, step: Step) -> Operation:
        db = step.db
        records.get(db, "transcript", self.transcript_id)
        new = self.new.strip()
        rows = raw_rows(
            db,
            "SELECT * FROM segment WHERE transcript_id = ? ORDER BY position",
            [self.transcript_id],
        )
        changed = [
            str(rows[n]["id"]) for n in passages.renamed([_passage(r) for r in rows], self.old, new)
        ]
        step.value = len(changed)
        audit.append(
            db,
            "transcript.rename_speaker",
            self.transcript_id,
            {"changed": len(changed), "old": self.old, "new": new},
        )
        if not changed:
            return NOTHING
        db.conn.executemany(
            "UPDATE segment SET speaker = ?, updated_at = ? WHERE id = ?",
            [(new, now_iso(), segment_id) for segment_id in changed],
        )
        _touch(db, self.transcript_id)
        for segment_id in changed:
            step.field("segment", segment_id, "speaker", self.old, new)
        return Batch([SetFields("segment", sid, {"speaker": self.old}) for sid in changed])

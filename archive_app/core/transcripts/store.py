"""Transcripts and their segments in the catalogue, and the small edits a transcription editor makes.

Every function takes the ``sqlite_utils.Database`` of the caller's transaction and goes through
the edit operations (:mod:`archive_app.core.edits`: :class:`AddTranscript`,
:class:`SplitSegment`...), whose rules for cutting and joining passages are the pure functions
of :mod:`.passages`. Every change touches ``updated_at`` of the segments it changes and of their
transcript. Segment positions stay 0..n-1, in order, after every edit.

The audit log records what was done to which segment, never the words: a narrator who withdraws
consent must be able to have their words removed, and the log is append-only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import edits, records
from archive_app.core.clock import new_id
from archive_app.core.edits.kinds import SOURCE_FORMATS, TRANSCRIPT_KINDS
from archive_app.core.records import Record
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.passages import join_text

KINDS = TRANSCRIPT_KINDS

__all__ = [
    "KINDS",
    "SOURCE_FORMATS",
    "add_transcript",
    "delete_segment",
    "insert_segment",
    "join_text",
    "merge_with_next",
    "rename_speaker",
    "segments_of",
    "set_segment_speaker",
    "set_segment_text",
    "set_segment_times",
    "split_segment",
    "transcript_detail",
    "transcripts_of",
]

_SEGMENT_COLUMNS = "id, transcript_id, position, start_s, end_s, speaker, text, updated_at"


def add_transcript(
    db: sqlite_utils.Database,
    interview_id: str,
    segments: Sequence[Segment],
    *,
    sha256: str | None = None,
    original_name: str = "",
    source_format: str = "typed",
    source_encoding: str = "",
    language: str = "",
    kind: str = "verbatim",
    tier: str = "",
) -> str:
    """Add a transcript of an interview with its segments (positions 0..n-1); return its id.

    Raises :class:`RecordNotFound` for an unknown interview or source file (``sha256`` must be a
    media file already recorded), :class:`InvalidValue` for an unknown kind or format, bad times,
    or a source file that already has a transcript.
    """
    fields = {
        "interview_id": interview_id,
        "original_name": original_name,
        "source_format": source_format,
        "source_encoding": source_encoding,
        "language": language,
        "kind": kind,
        "tier": tier,
    }
    if sha256 is not None:
        fields["sha256"] = sha256
    op = edits.AddTranscript(new_id(), fields, [edits.as_values(s) for s in segments])
    return str(edits.run(db, op).value)


def transcripts_of(db: sqlite_utils.Database, interview_id: str) -> list[Record]:
    """The transcripts of an interview (each with ``segment_count``), by tier then age."""
    return records.rows(
        db,
        "SELECT transcript.*, (SELECT count(*) FROM segment WHERE transcript_id = transcript.id) "
        "AS segment_count FROM transcript WHERE interview_id = ? ORDER BY tier, created_at",
        [interview_id],
    )


def segments_of(db: sqlite_utils.Database, transcript_id: str) -> list[Record]:
    """The segments of a transcript in order (id, position, start_s, end_s, speaker, text...).

    Raises :class:`RecordNotFound` for an unknown transcript.
    """
    records.get(db, "transcript", transcript_id)
    return records.rows(
        db,
        f"SELECT {_SEGMENT_COLUMNS} FROM segment WHERE transcript_id = ? ORDER BY position",
        [transcript_id],
    )


def transcript_detail(db: sqlite_utils.Database, transcript_id: str) -> Record:
    """The transcript record with its ``segments`` list; :class:`RecordNotFound` if absent."""
    detail = records.get(db, "transcript", transcript_id)
    detail["segments"] = segments_of(db, transcript_id)
    return detail


# -- edits -------------------------------------------------------------------------------------


def set_segment_text(db: sqlite_utils.Database, segment_id: str, text: str) -> None:
    """Replace what a segment says. Raises :class:`RecordNotFound`."""
    edits.run(db, edits.SetFields("segment", segment_id, {"text": text}))


def set_segment_times(
    db: sqlite_utils.Database, segment_id: str, start_s: float | None, end_s: float | None
) -> None:
    """Set a segment's start and end (None: unknown). Raises :class:`InvalidValue` for a
    negative time or an end before the start, :class:`RecordNotFound`."""
    edits.run(db, edits.SetFields("segment", segment_id, {"start_s": start_s, "end_s": end_s}))


def set_segment_speaker(db: sqlite_utils.Database, segment_id: str, speaker: str) -> None:
    """Say who speaks in a segment. Raises :class:`RecordNotFound`."""
    edits.run(db, edits.SetFields("segment", segment_id, {"speaker": speaker}))


def insert_segment(
    db: sqlite_utils.Database, transcript_id: str, after_position: int, segment: Segment
) -> str:
    """Insert a segment after the one at ``after_position`` (-1: first); return its id.

    Raises :class:`RecordNotFound` for an unknown transcript, :class:`InvalidValue` for a
    position outside -1..n-1 or bad times.
    """
    op = edits.InsertSegment(transcript_id, new_id(), after_position + 1, edits.as_values(segment))
    return str(edits.run(db, op).value)


def delete_segment(db: sqlite_utils.Database, segment_id: str) -> None:
    """Remove a segment; the ones after it move up. Raises :class:`RecordNotFound`."""
    edits.run(db, edits.DeleteSegment(segment_id))


def split_segment(
    db: sqlite_utils.Database, segment_id: str, at_char: int, at_time: float | None = None
) -> str:
    """Cut a segment in two before character ``at_char`` (see :func:`passages.split`); return
    the id of the second part. Raises :class:`InvalidValue` when either part would be empty or
    ``at_time`` lies outside the segment, :class:`RecordNotFound`."""
    op = edits.SplitSegment(segment_id, new_id(), at_char=at_char, at_time=at_time)
    return str(edits.run(db, op).value)


def merge_with_next(db: sqlite_utils.Database, segment_id: str) -> str:
    """Join a segment with the one after it into the first (see :func:`passages.merge`);
    return the first's id. Raises :class:`InvalidValue` for the last segment,
    :class:`RecordNotFound`."""
    edits.run(db, edits.MergeSegments(segment_id))
    return segment_id


def rename_speaker(db: sqlite_utils.Database, transcript_id: str, old: str, new: str) -> int:
    """Give every segment of ``old`` the speaker ``new``; return how many changed.

    Raises :class:`RecordNotFound` for an unknown transcript.
    """
    return int(edits.run(db, edits.RenameSpeaker(transcript_id, old, new)).value)

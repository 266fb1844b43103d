"""Transcripts and their segments in the catalogue, and the small edits a transcription editor makes.

Every function takes the ``sqlite_utils.Database`` of the caller's transaction. Every change
touches ``updated_at`` of the segments it changes and of their transcript, which is how the search
index learns that text has changed. Segment positions stay 0..n-1, in order, after every edit.

The audit log records what was done to which segment, never the words: a narrator who withdraws
consent must be able to have their words removed, and the log is append-only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import now_iso
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.core.records import Record
from archive_app.core.transcripts.parse import Segment

KINDS = ("verbatim", "translation")
SOURCE_FORMATS = ("txt", "timecoded", "srt", "vtt", "json", "typed")

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
    records.get(db, "interview", interview_id)
    if kind not in KINDS:
        raise InvalidValue("kind", kind, ", ".join(KINDS))
    if source_format not in SOURCE_FORMATS:
        raise InvalidValue("source_format", source_format, ", ".join(SOURCE_FORMATS))
    for segment in segments:
        _check_times(segment.start_s, segment.end_s)
    if sha256 is not None:
        if not db.execute("SELECT 1 FROM media_file WHERE sha256 = ?", [sha256]).fetchone():
            raise RecordNotFound(sha256, "media file")
        if db.execute("SELECT 1 FROM transcript WHERE sha256 = ?", [sha256]).fetchone():
            raise InvalidValue("sha256", sha256, "a source file without a transcript yet")
    transcript_id = records.insert(
        db,
        "transcript",
        {
            "interview_id": interview_id,
            "sha256": sha256,
            "original_name": original_name,
            "source_format": source_format,
            "source_encoding": source_encoding,
            "language": language,
            "kind": kind,
            "tier": tier,
        },
    )
    for position, segment in enumerate(segments):
        _insert_segment_row(db, transcript_id, position, segment)
    audit.append(
        db,
        "transcript.add",
        transcript_id,
        {
            "interview_id": interview_id,
            "segments": len(segments),
            "original_name": original_name,
            "source_format": source_format,
        },
    )
    return transcript_id


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


def remove_transcript(db: sqlite_utils.Database, transcript_id: str) -> Record:
    """Take a transcript and its segments out of the catalogue (used to undo adding one) and
    return what :func:`restore_transcript` needs to put them back with the same ids.

    An imported transcript's source file stays in the media store: originals are never deleted.
    Raises :class:`RecordNotFound` for an unknown transcript.
    """
    transcript = records.rows(db, "SELECT * FROM transcript WHERE id = ?", [transcript_id])
    if not transcript:
        raise RecordNotFound(transcript_id, "transcript")
    segments = records.rows(
        db,
        "SELECT * FROM segment WHERE transcript_id = ? ORDER BY position",
        [transcript_id],
    )
    # segments first: the catalogue may run without cascading deletes
    db.execute("DELETE FROM segment WHERE transcript_id = ?", [transcript_id])
    db.execute("DELETE FROM transcript WHERE id = ?", [transcript_id])
    audit.append(
        db,
        "transcript.remove",
        transcript_id,
        {"interview_id": transcript[0]["interview_id"], "segments": len(segments)},
    )
    return {"transcript": dict(transcript[0]), "segments": [dict(row) for row in segments]}


def restore_transcript(db: sqlite_utils.Database, saved: Record) -> str:
    """Put back a transcript :func:`remove_transcript` took away, with the same ids for it and
    its segments (so later edits naming them still apply); return its id.

    Raises :class:`RecordNotFound` if its interview or source file is gone, and
    :class:`InvalidValue` if a transcript with that id or source file is already there.
    """
    row = dict(saved["transcript"])
    transcript_id = str(row["id"])
    records.get(db, "interview", str(row["interview_id"]))
    if db.execute("SELECT 1 FROM transcript WHERE id = ?", [transcript_id]).fetchone():
        raise InvalidValue("id", transcript_id, "a transcript not in the catalogue")
    sha256 = row.get("sha256")
    if sha256 is not None:
        if not db.execute("SELECT 1 FROM media_file WHERE sha256 = ?", [sha256]).fetchone():
            raise RecordNotFound(str(sha256), "media file")
        if db.execute("SELECT 1 FROM transcript WHERE sha256 = ?", [sha256]).fetchone():
            raise InvalidValue("sha256", sha256, "a source file without a transcript yet")
    _insert_row(db, "transcript", row)
    for segment in saved["segments"]:
        _insert_row(db, "segment", dict(segment))
    # a touch after the segments are back tells the search index to read them again
    _touch_transcript(db, transcript_id)
    audit.append(
        db,
        "transcript.restore",
        transcript_id,
        {"interview_id": row["interview_id"], "segments": len(saved["segments"])},
    )
    return transcript_id


# -- edits -------------------------------------------------------------------------------------


def set_segment_text(db: sqlite_utils.Database, segment_id: str, text: str) -> None:
    """Replace what a segment says. Raises :class:`RecordNotFound`."""
    segment = _segment(db, segment_id)
    _update_segment(db, segment, {"text": text})
    _log(db, "segment.text", segment)


def set_segment_times(
    db: sqlite_utils.Database, segment_id: str, start_s: float | None, end_s: float | None
) -> None:
    """Set a segment's start and end (None: unknown). Raises :class:`InvalidValue` for a
    negative time or an end before the start, :class:`RecordNotFound`."""
    segment = _segment(db, segment_id)
    _check_times(start_s, end_s)
    _update_segment(db, segment, {"start_s": _ms(start_s), "end_s": _ms(end_s)})
    _log(db, "segment.times", segment)


def set_segment_speaker(db: sqlite_utils.Database, segment_id: str, speaker: str) -> None:
    """Say who speaks in a segment. Raises :class:`RecordNotFound`."""
    segment = _segment(db, segment_id)
    _update_segment(db, segment, {"speaker": speaker.strip()})
    _log(db, "segment.speaker", segment)


def insert_segment(
    db: sqlite_utils.Database, transcript_id: str, after_position: int, segment: Segment
) -> str:
    """Insert a segment after the one at ``after_position`` (-1: first); return its id.

    Raises :class:`RecordNotFound` for an unknown transcript, :class:`InvalidValue` for a
    position outside -1..n-1 or bad times.
    """
    records.get(db, "transcript", transcript_id)
    count = _count(db, transcript_id)
    if not -1 <= after_position <= count - 1:
        raise InvalidValue("after_position", after_position, f"-1..{count - 1}")
    _check_times(segment.start_s, segment.end_s)
    position = after_position + 1
    db.execute(
        "UPDATE segment SET position = position + 1 WHERE transcript_id = ? AND position >= ?",
        [transcript_id, position],
    )
    segment_id = _insert_segment_row(db, transcript_id, position, segment)
    _touch_transcript(db, transcript_id)
    audit.append(
        db, "segment.insert", segment_id, {"transcript_id": transcript_id, "position": position}
    )
    return segment_id


def delete_segment(db: sqlite_utils.Database, segment_id: str) -> None:
    """Remove a segment; the ones after it move up. Raises :class:`RecordNotFound`."""
    segment = _segment(db, segment_id)
    _remove(db, segment)
    _touch_transcript(db, segment["transcript_id"])
    _log(db, "segment.delete", segment)


def split_segment(
    db: sqlite_utils.Database, segment_id: str, at_char: int, at_time: float | None = None
) -> str:
    """Cut a segment in two before character ``at_char``; return the id of the second part.

    The first part ends and the second starts at ``at_time``. Without ``at_time`` a timed
    segment is cut at the time proportional to ``at_char`` in its text; when the segment lacks a
    start or an end, the time of the cut stays unknown. Both parts keep the speaker. Raises :class:`InvalidValue` when either part would be
    empty or ``at_time`` lies outside the segment, :class:`RecordNotFound`.
    """
    segment = _segment(db, segment_id)
    text: str = segment["text"]
    first, second = text[:at_char].rstrip(), text[at_char:].lstrip()
    if not 0 < at_char < len(text) or not first or not second:
        raise InvalidValue("at_char", at_char, f"a place inside the text (1..{len(text) - 1})")
    start, end = segment["start_s"], segment["end_s"]
    if at_time is None and start is not None and end is not None:
        at_time = start + (end - start) * at_char / len(text)
    at_time = _ms(at_time)
    if at_time is not None:
        _check_times(start, at_time)
        _check_times(at_time, end)
    _update_segment(db, segment, {"text": first, "end_s": at_time})
    db.execute(
        "UPDATE segment SET position = position + 1 WHERE transcript_id = ? AND position > ?",
        [segment["transcript_id"], segment["position"]],
    )
    second_id = _insert_segment_row(
        db,
        segment["transcript_id"],
        segment["position"] + 1,
        Segment(at_time, end, segment["speaker"], second),
    )
    _log(db, "segment.split", segment, {"new_segment_id": second_id})
    return second_id


def merge_with_next(db: sqlite_utils.Database, segment_id: str) -> str:
    """Join a segment with the one after it into the first; return the first's id.

    The joined text runs from the first's start to the second's end and keeps the first's
    speaker; Chinese text is joined without a space, other text with one. Raises
    :class:`InvalidValue` for the last segment, :class:`RecordNotFound`.
    """
    segment = _segment(db, segment_id)
    following = records.rows(
        db,
        f"SELECT {_SEGMENT_COLUMNS} FROM segment WHERE transcript_id = ? AND position = ?",
        [segment["transcript_id"], segment["position"] + 1],
    )
    if not following:
        raise InvalidValue("segment", segment_id, "a segment followed by another")
    nxt = following[0]
    start = segment["start_s"] if segment["start_s"] is not None else nxt["start_s"]
    end = nxt["end_s"] if nxt["end_s"] is not None else segment["end_s"]
    if start is not None and end is not None and end < start:
        end = None
    _update_segment(
        db,
        segment,
        {"text": join_text(segment["text"], nxt["text"]), "start_s": start, "end_s": end},
    )
    _remove(db, nxt)
    _log(db, "segment.merge", segment, {"merged_segment_id": nxt["id"]})
    return segment_id


def rename_speaker(db: sqlite_utils.Database, transcript_id: str, old: str, new: str) -> int:
    """Give every segment of ``old`` the speaker ``new``; return how many changed.

    Raises :class:`RecordNotFound` for an unknown transcript.
    """
    records.get(db, "transcript", transcript_id)
    changed = db.execute(
        "UPDATE segment SET speaker = ?, updated_at = ? WHERE transcript_id = ? AND speaker = ?",
        [new.strip(), now_iso(), transcript_id, old],
    ).rowcount
    if changed:
        _touch_transcript(db, transcript_id)
    audit.append(
        db, "transcript.rename_speaker", transcript_id, {"changed": changed, "old": old, "new": new}
    )
    return int(changed)


def join_text(first: str, second: str) -> str:
    """Two pieces of speech as one: no space between Chinese characters or marks."""
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    wide = first[-1] >= "\u2e80" or second[0] >= "\u2e80"
    return first + ("" if wide else " ") + second


# -- inside ------------------------------------------------------------------------------------


def _insert_row(db: sqlite_utils.Database, table: str, row: Record) -> None:
    """Insert a row exactly as it was stored (ids and stamps kept)."""
    db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in row)}) "
        f"VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )


def _segment(db: sqlite_utils.Database, segment_id: str) -> Record:
    found = records.rows(db, f"SELECT {_SEGMENT_COLUMNS} FROM segment WHERE id = ?", [segment_id])
    if not found:
        raise RecordNotFound(segment_id, "segment")
    return found[0]


def _count(db: sqlite_utils.Database, transcript_id: str) -> int:
    row = db.execute("SELECT count(*) FROM segment WHERE transcript_id = ?", [transcript_id])
    return int(row.fetchone()[0])


def _insert_segment_row(
    db: sqlite_utils.Database, transcript_id: str, position: int, segment: Segment
) -> str:
    return records.insert(
        db,
        "segment",
        {
            "transcript_id": transcript_id,
            "position": position,
            "start_s": _ms(segment.start_s),
            "end_s": _ms(segment.end_s),
            "speaker": segment.speaker.strip(),
            "text": segment.text,
        },
    )


def _update_segment(db: sqlite_utils.Database, segment: Record, fields: Record) -> None:
    records.update(db, "segment", segment["id"], fields)
    _touch_transcript(db, segment["transcript_id"])


def _remove(db: sqlite_utils.Database, segment: Record) -> None:
    db.execute("DELETE FROM segment WHERE id = ?", [segment["id"]])
    db.execute(
        "UPDATE segment SET position = position - 1 WHERE transcript_id = ? AND position > ?",
        [segment["transcript_id"], segment["position"]],
    )


def _touch_transcript(db: sqlite_utils.Database, transcript_id: str) -> None:
    records.update(db, "transcript", transcript_id, {})


def _log(
    db: sqlite_utils.Database, action: str, segment: Record, extra: Record | None = None
) -> None:
    details = {"transcript_id": segment["transcript_id"], "position": segment["position"]}
    audit.append(db, action, segment["id"], {**details, **(extra or {})})


def _check_times(start_s: float | None, end_s: float | None) -> None:
    for field, value in (("start_s", start_s), ("end_s", end_s)):
        if value is not None and (not math.isfinite(value) or value < 0):
            raise InvalidValue(field, value, "a time in seconds, 0 or more")
    if start_s is not None and end_s is not None and end_s < start_s:
        raise InvalidValue("end_s", end_s, f"a time not before the start ({start_s})")


def _ms(value: float | None) -> float | None:
    """Times are kept to the millisecond, as every subtitle format writes them."""
    return None if value is None else round(float(value), 3)

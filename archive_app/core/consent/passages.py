"""Closed passages as catalogued: close one, open it again, list them.

A closed passage is consent data like a consent record: its terms (recording, from, to,
audiences, who asked, the day, the reason) never change and it is never deleted; opening it
again is a dated event on it. Every closing and opening is appended to the audit log in the same
transaction. What a passage closes to whom is decided by the gate
(:func:`archive_app.core.consent.gate.passages`), never here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import new_id, now_iso
from archive_app.core.consent.model import GRANTABLE, ClosedPassage
from archive_app.core.consent.store import check_day
from archive_app.core.errors import InvalidValue, PassageAlreadyOpen, RecordNotFound

_RECORD = """
    SELECT closed_passage.*, person.name AS person_name, recording.interview_id,
        recording.original_name AS recording_name
    FROM closed_passage
    JOIN person ON person.id = closed_passage.person_id
    JOIN recording ON recording.id = closed_passage.recording_id
"""


def _seconds(field: str, value: float) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, value, "seconds, 0 or more") from None
    if math.isnan(seconds) or math.isinf(seconds) or seconds < 0:
        raise InvalidValue(field, value, "seconds, 0 or more")
    return round(seconds, 3)


def close_passage(
    db: sqlite_utils.Database,
    recording_id: str,
    *,
    start_s: float,
    end_s: float,
    audiences: Iterable[str],
    person_id: str,
    reason: str,
    date: str | dt.date | None = None,
    passage_id: str | None = None,
) -> str:
    """Close ``start_s``..``end_s`` (seconds into the recording) to ``audiences`` at the request
    of ``person_id``, from ``date`` (today) on; return the passage's id (``passage_id`` when
    given: an edit operation names its record before it runs).

    An end past the recording's known length is taken as its end. Raises
    :class:`RecordNotFound` for an unknown recording or person, :class:`InvalidValue` for bad
    times (negative, an end not after the start, a start at or past the recording's end), no
    audience or an unknown one (curators always hear everything), a bad day or an empty reason.
    """
    start = _seconds("from", start_s)
    end = _seconds("to", end_s)
    if end <= start:
        raise InvalidValue("to", end_s, "a time after the start")
    wanted = list(dict.fromkeys(audiences))
    unknown = [a for a in wanted if a not in GRANTABLE]
    if unknown or not wanted:
        raise InvalidValue("audiences", ",".join(unknown) or "", ", ".join(GRANTABLE))
    if not reason.strip():
        raise InvalidValue("reason", reason, "why the passage is closed")
    day = check_day("date", date or dt.date.today())
    assert day is not None
    recording = records.get(db, "recording", recording_id)
    records.get(db, "person", person_id)
    length = recording.get("duration_s")
    if length:
        if start >= length:
            raise InvalidValue("from", start_s, "a time before the recording's end")
        end = min(end, round(float(length), 3))
    passage_id = passage_id or new_id()
    stamp = now_iso()
    db.execute(
        "INSERT INTO closed_passage (id, recording_id, start_s, end_s, audiences, person_id, "
        "asked_on, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            passage_id,
            recording_id,
            start,
            end,
            json.dumps(sorted(wanted, key=GRANTABLE.index)),
            person_id,
            day,
            reason.strip(),
            stamp,
            stamp,
        ],
    )
    audit.append(db, "passage.close", passage_id, get_passage(db, passage_id).as_json())
    return passage_id


def open_passage(
    db: sqlite_utils.Database,
    passage_id: str,
    *,
    date: str | dt.date | None = None,
    reason: str = "",
) -> None:
    """Open a closed passage again from ``date`` (today) on; the record stays, marked.

    Raises :class:`RecordNotFound`, :class:`PassageAlreadyOpen`, and :class:`InvalidValue` for
    a bad day or a day before the passage was asked for.
    """
    day = check_day("date", date or dt.date.today())
    assert day is not None
    passage = get_passage(db, passage_id)
    if passage.opened_on is not None:
        raise PassageAlreadyOpen(passage_id, passage.opened_on)
    if day < passage.asked_on:
        raise InvalidValue("date", day, "a day on or after the day the passage was closed")
    db.execute(
        "UPDATE closed_passage SET opened_on = ?, opening_reason = ?, updated_at = ? WHERE id = ?",
        [day, reason.strip(), now_iso(), passage_id],
    )
    audit.append(
        db,
        "passage.open",
        passage_id,
        {
            "recording_id": passage.recording_id,
            "interview_id": passage.interview_id,
            "opened_on": day,
            "reason": reason.strip(),
        },
    )


def reclose_passage(db: sqlite_utils.Database, passage_id: str) -> None:
    """Close again a passage that was opened (undoing the opening): it is closed as before,
    on its own terms. Raises :class:`RecordNotFound`, and :class:`InvalidValue` for a passage
    that is not open."""
    passage = get_passage(db, passage_id)
    if passage.opened_on is None:
        raise InvalidValue("passage", passage_id, "a passage opened again")
    db.execute(
        "UPDATE closed_passage SET opened_on = NULL, opening_reason = '', updated_at = ? "
        "WHERE id = ?",
        [now_iso(), passage_id],
    )
    audit.append(
        db,
        "passage.reclose",
        passage_id,
        {"recording_id": passage.recording_id, "interview_id": passage.interview_id},
    )


def _passage(row: dict[str, Any]) -> ClosedPassage:
    audiences = set(json.loads(row["audiences"]))
    return ClosedPassage(
        id=row["id"],
        recording_id=row["recording_id"],
        recording_name=row["recording_name"],
        interview_id=row["interview_id"],
        start_s=float(row["start_s"]),
        end_s=float(row["end_s"]),
        audiences=tuple(a for a in GRANTABLE if a in audiences),
        person_id=row["person_id"],
        person_name=row["person_name"],
        asked_on=row["asked_on"],
        reason=row["reason"],
        opened_on=row["opened_on"],
        opening_reason=row["opening_reason"],
        created_at=row["created_at"],
    )


def get_passage(db: sqlite_utils.Database, passage_id: str) -> ClosedPassage:
    """One closed passage; :class:`RecordNotFound` if there is none with that id."""
    found = records.rows(db, _RECORD + " WHERE closed_passage.id = ?", [passage_id])
    if not found:
        raise RecordNotFound(passage_id, "passage")
    return _passage(found[0])


def list_passages(
    db: sqlite_utils.Database,
    *,
    interview_id: str | None = None,
    recording_id: str | None = None,
) -> list[ClosedPassage]:
    """Closed passages (opened ones too), by recording then start, optionally of one interview
    or one recording. Raises :class:`RecordNotFound` for an unknown interview or recording."""
    where, params = "", []
    if interview_id is not None:
        records.get(db, "interview", interview_id)
        where, params = " WHERE recording.interview_id = ?", [interview_id]
    elif recording_id is not None:
        records.get(db, "recording", recording_id)
        where, params = " WHERE closed_passage.recording_id = ?", [recording_id]
    found = records.rows(
        db,
        _RECORD + where + " ORDER BY recording.position, recording.original_name, "
        "closed_passage.start_s, closed_passage.id",
        params,
    )
    return [_passage(row) for row in found]

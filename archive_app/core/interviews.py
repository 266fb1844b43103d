"""Interviews and the people linked to them as narrator, interviewer or mentioned."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.errors import InvalidValue

ROLES = ("narrator", "interviewer", "mentioned")
STATUSES = ("recorded", "transcribed", "reviewed", "ready")


def add_interview(
    db: sqlite_utils.Database,
    title: str,
    *,
    date: str | None = None,
    place_id: str | None = None,
    language: str = "",
    summary: str = "",
    keywords: Sequence[str] = (),
    status: str = "recorded",
) -> str:
    """Add an interview; raises :class:`InvalidValue` for a bad date or status."""
    if not title.strip():
        raise InvalidValue("title", title, "a non-empty title")
    if status not in STATUSES:
        raise InvalidValue("status", status, ", ".join(STATUSES))
    interview_id = records.insert(
        db,
        "interview",
        {
            "title": title.strip(),
            "date": records.check_date("date", date),
            "place_id": place_id,
            "language": language,
            "summary": summary,
            "keywords": list(keywords),
            "status": status,
        },
    )
    audit.append(db, "interview.add", interview_id, {"title": title})
    return interview_id


def link_person(db: sqlite_utils.Database, interview_id: str, person_id: str, role: str) -> None:
    """Link a person to an interview in a role; linking twice changes nothing."""
    if role not in ROLES:
        raise InvalidValue("role", role, ", ".join(ROLES))
    records.get(db, "interview", interview_id)
    records.get(db, "person", person_id)
    db.execute(
        "INSERT OR IGNORE INTO interview_person (interview_id, person_id, role) VALUES (?, ?, ?)",
        [interview_id, person_id, role],
    )
    audit.append(db, "interview.link", interview_id, {"person_id": person_id, "role": role})


def unlink_person(db: sqlite_utils.Database, interview_id: str, person_id: str, role: str) -> None:
    db.execute(
        "DELETE FROM interview_person WHERE interview_id = ? AND person_id = ? AND role = ?",
        [interview_id, person_id, role],
    )
    audit.append(db, "interview.unlink", interview_id, {"person_id": person_id, "role": role})


def people_of(db: sqlite_utils.Database, interview_id: str) -> list[records.Record]:
    """People linked to the interview with their role, narrators first."""
    return records.rows(
        db,
        "SELECT person.id, person.name, person.name_latin, person.birth_date, interview_person.role "
        "FROM interview_person JOIN person ON person.id = interview_person.person_id "
        "WHERE interview_id = ? ORDER BY CASE role WHEN 'narrator' THEN 0 "
        "WHEN 'interviewer' THEN 1 ELSE 2 END, person.name",
        [interview_id],
    )


def narrators_of(db: sqlite_utils.Database, interview_id: str) -> list[str]:
    return [p["id"] for p in people_of(db, interview_id) if p["role"] == "narrator"]

"""Interviews and the people linked to them as narrator, interviewer or mentioned.

Adding and linking go through the edit operations (:mod:`archive_app.core.edits`).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import edits, records
from archive_app.core.edits.kinds import ROLES, STATUSES

__all__ = ["ROLES", "STATUSES", "add_interview", "link_person", "narrators_of", "people_of"]


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
    """Add an interview; raises :class:`InvalidValue` for an empty title, a bad date or
    status, :class:`RecordNotFound` for an unknown place."""
    fields = {
        "title": title,
        "date": date,
        "place_id": place_id,
        "language": language,
        "summary": summary,
        "keywords": list(keywords),
        "status": status,
    }
    return str(edits.run(db, edits.add("interview", fields)).value)


def link_person(db: sqlite_utils.Database, interview_id: str, person_id: str, role: str) -> None:
    """Link a person to an interview in a role; linking twice changes nothing."""
    edits.run(db, edits.link_person(interview_id, person_id, role))


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

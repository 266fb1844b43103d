"""The index layer of an interview: named sections with a start time, a synopsis and keywords.

An oral-history index lets a listener jump to "Leaving for Guangzhou" without hearing two hours
first. A section starts at a second of the interview's timeline (its recordings played in order)
and runs until the next section starts. Changes go through the edit operations
(:mod:`archive_app.core.edits`: kind ``section``), which log in the audit log which fields
changed, never the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from archive_app.core import edits, records
from archive_app.core.errors import RecordNotFound
from archive_app.core.records import Record

#: the fields of a section a curator edits
FIELDS = tuple(edits.EDITABLE["section"])

_COLUMNS = "id, interview_id, start_s, title, synopsis, keywords, created_at, updated_at"


def add_section(
    db: sqlite_utils.Database,
    interview_id: str,
    start_s: float,
    title: str,
    *,
    synopsis: str = "",
    keywords: Iterable[str] = (),
) -> str:
    """Add a section to an interview; return its id.

    Raises :class:`RecordNotFound` for an unknown interview, :class:`InvalidValue` for an empty
    title, a start that is not a time of 0 seconds or more, or keywords that are not strings.
    """
    words = keywords if isinstance(keywords, str) else list(keywords)
    fields = {
        "interview_id": interview_id,
        "start_s": start_s,
        "title": title,
        "synopsis": synopsis,
        "keywords": words,
    }
    return str(edits.run(db, edits.add("section", fields)).value)


def sections_of(db: sqlite_utils.Database, interview_id: str) -> list[Record]:
    """The sections of an interview in the order they are heard (by start, then title);
    ``keywords`` decoded to a list."""
    return records.rows(
        db,
        f"SELECT {_COLUMNS} FROM section WHERE interview_id = ? ORDER BY start_s, title, id",
        [interview_id],
    )


def get_section(db: sqlite_utils.Database, section_id: str) -> Record:
    """One section; :class:`RecordNotFound` if absent."""
    found = records.rows(db, f"SELECT {_COLUMNS} FROM section WHERE id = ?", [section_id])
    if not found:
        raise RecordNotFound(section_id, "section")
    return found[0]


def update_section(
    db: sqlite_utils.Database, section_id: str, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Change some of a section's fields (see :data:`FIELDS`) and return the values before of
    those that changed, ready to put back.

    Raises :class:`RecordNotFound`, or :class:`InvalidValue` for an unknown field or a bad value
    (see :func:`add_section`).
    """
    applied = edits.run(db, edits.SetFields("section", section_id, dict(fields)))
    inverse = applied.inverse
    return dict(inverse.fields) if isinstance(inverse, edits.SetFields) else {}


def remove_section(db: sqlite_utils.Database, section_id: str) -> None:
    """Take a section away (into the bin: :func:`archive_app.core.edits.history.restore`
    puts it back). Raises :class:`RecordNotFound`."""
    edits.run(db, edits.remove("section", section_id))


def check_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields as they would be stored, or :class:`InvalidValue` naming the first bad one."""
    return edits.check_fields(None, "section", fields)

"""The index layer of an interview: named sections with a start time, a synopsis and keywords.

An oral-history index lets a listener jump to "Leaving for Guangzhou" without hearing two hours
first. A section starts at a second of the interview's timeline (its recordings played in order)
and runs until the next section starts. Every function takes the ``sqlite_utils.Database`` of
the caller's transaction; every change is logged in the audit log (which fields, not the words).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import new_id, now_iso
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.core.records import Record

#: the fields of a section a curator edits
FIELDS = ("start_s", "title", "synopsis", "keywords")

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
    records.get(db, "interview", interview_id)
    checked = check_fields(
        {"start_s": start_s, "title": title, "synopsis": synopsis, "keywords": keywords}
    )
    stamp = now_iso()
    section_id = new_id()
    db.execute(
        f"INSERT INTO section ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            section_id,
            interview_id,
            checked["start_s"],
            checked["title"],
            checked["synopsis"],
            json.dumps(checked["keywords"], ensure_ascii=False),
            stamp,
            stamp,
        ],
    )
    audit.append(db, "section.add", section_id, {"interview_id": interview_id})
    return section_id


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
    """Change some of a section's fields (see :data:`FIELDS`) and return their values before
    the change, ready to put back for undo.

    Raises :class:`RecordNotFound`, or :class:`InvalidValue` for an unknown field or a bad value
    (see :func:`add_section`).
    """
    checked = check_fields(fields)
    before = get_section(db, section_id)
    if checked:
        row = dict(checked)
        if "keywords" in row:
            row["keywords"] = json.dumps(row["keywords"], ensure_ascii=False)
        row["updated_at"] = now_iso()
        db.execute(
            f"UPDATE section SET {', '.join(f'[{c}] = ?' for c in row)} WHERE id = ?",
            [*row.values(), section_id],
        )
    audit.append(db, "section.edit", section_id, {"fields": sorted(checked)})
    return {field: before[field] for field in checked}


def remove_section(db: sqlite_utils.Database, section_id: str) -> Record:
    """Take a section away and return it as stored, for :func:`restore_section`.

    Raises :class:`RecordNotFound`.
    """
    stored = get_section(db, section_id)
    db.execute("DELETE FROM section WHERE id = ?", [section_id])
    audit.append(db, "section.remove", section_id, {"interview_id": stored["interview_id"]})
    return stored


def restore_section(db: sqlite_utils.Database, stored: Mapping[str, Any]) -> str:
    """Put back a section :func:`remove_section` took away, with the same id (for undo).

    Raises :class:`RecordNotFound` when its interview is gone, :class:`InvalidValue` for bad
    values.
    """
    records.get(db, "interview", stored["interview_id"])
    checked = check_fields({field: stored[field] for field in FIELDS})
    db.execute(
        f"INSERT INTO section ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            stored["id"],
            stored["interview_id"],
            checked["start_s"],
            checked["title"],
            checked["synopsis"],
            json.dumps(checked["keywords"], ensure_ascii=False),
            stored.get("created_at") or now_iso(),
            now_iso(),
        ],
    )
    audit.append(db, "section.restore", stored["id"], {"interview_id": stored["interview_id"]})
    return str(stored["id"])


def check_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields as they would be stored, or :class:`InvalidValue` naming the first bad one."""
    checked: dict[str, Any] = {}
    for field, value in fields.items():
        if field not in FIELDS:
            raise InvalidValue("field", field, ", ".join(FIELDS))
        if field == "start_s":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise InvalidValue("start_s", value, "a time in seconds, 0 or more")
            if not math.isfinite(value) or value < 0:
                raise InvalidValue("start_s", value, "a time in seconds, 0 or more")
            value = round(float(value), 3)  # to the millisecond, like segments
        elif field == "title":
            if not isinstance(value, str) or not value.strip():
                raise InvalidValue("title", value, "a non-empty title")
            value = value.strip()
        elif field == "synopsis":
            if not isinstance(value, str):
                raise InvalidValue("synopsis", value, "text")
            value = value.strip()
        elif field == "keywords":
            words = _as_list(value)
            if words is None or not all(isinstance(k, str) for k in words):
                raise InvalidValue("keywords", value, "a list of strings")
            value = _unique(k.strip() for k in words if k.strip())
        checked[field] = value
    return checked


def _as_list(value: Any) -> list[Any] | None:
    if isinstance(value, str | bytes):
        return None
    try:
        return list(value)
    except TypeError:
        return None


def _unique(words: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(word, None)
    return list(seen)

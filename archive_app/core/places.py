"""Places as a hierarchy: province > prefecture/city > county > township > village.

Adding goes through the edit operations (:mod:`archive_app.core.edits`).
"""

from __future__ import annotations

import sqlite_utils

from archive_app.core import edits, records
from archive_app.core.edits.kinds import LEVELS

__all__ = ["LEVELS", "add_place", "find_or_add_place", "full_name", "lineage"]


def add_place(
    db: sqlite_utils.Database,
    name: str,
    *,
    level: str | None = None,
    parent_id: str | None = None,
    name_latin: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
) -> str:
    """Add a place under ``parent_id``; :class:`InvalidValue` for an empty name or an unknown
    level, :class:`RecordNotFound` for an unknown parent."""
    fields = {
        "name": name,
        "level": level,
        "parent_id": parent_id,
        "name_latin": name_latin,
        "latitude": latitude,
        "longitude": longitude,
    }
    return str(edits.run(db, edits.add("place", fields)).value)


def find_or_add_place(db: sqlite_utils.Database, name: str) -> str:
    """The place called ``name`` (in characters or Latin letters), added if there is none."""
    name = name.strip()
    row = db.execute(
        "SELECT id FROM place WHERE name = ? OR lower(name_latin) = lower(?) ORDER BY created_at LIMIT 1",
        [name, name],
    ).fetchone()
    if row:
        return str(row[0])
    return add_place(db, name)


def lineage(db: sqlite_utils.Database, place_id: str) -> list[records.Record]:
    """The place and its parents, from the place itself up to the province."""
    chain = records.rows(
        db,
        """
        WITH RECURSIVE up(id, depth) AS (
            SELECT ?, 0
            UNION ALL
            SELECT place.parent_id, up.depth + 1 FROM place JOIN up ON place.id = up.id
            WHERE place.parent_id IS NOT NULL AND up.depth < 16
        )
        SELECT place.* FROM up JOIN place ON place.id = up.id ORDER BY up.depth
        """,
        [place_id],
    )
    return chain


def full_name(db: sqlite_utils.Database, place_id: str | None) -> str:
    """``广东省 江门市 台山市 ...`` from the province down."""
    if not place_id:
        return ""
    return " ".join(p["name"] for p in reversed(lineage(db, place_id)))

"""Collections a curator marks for a family: family mode shows their interviews and photos too
(as far as the consent gate lets the family see them)."""

from __future__ import annotations

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import now_iso


def mark_collection(db: sqlite_utils.Database, family_id: str, collection_id: str) -> bool:
    """Show a collection in the family's family mode; False when it was marked already.

    Raises :class:`RecordNotFound` for an unknown family or collection.
    """
    records.get(db, "family", family_id)
    records.get(db, "collection", collection_id)
    cursor = db.execute(
        "INSERT OR IGNORE INTO family_collection (family_id, collection_id, marked_at) "
        "VALUES (?, ?, ?)",
        [family_id, collection_id, now_iso()],
    )
    if cursor.rowcount == 0:
        return False
    audit.append(db, "family.mark_collection", family_id, {"collection_id": collection_id})
    return True


def unmark_collection(db: sqlite_utils.Database, family_id: str, collection_id: str) -> bool:
    """Stop showing a collection in the family's family mode; False when it was not marked.

    Raises :class:`RecordNotFound` for an unknown family or collection.
    """
    records.get(db, "family", family_id)
    records.get(db, "collection", collection_id)
    cursor = db.execute(
        "DELETE FROM family_collection WHERE family_id = ? AND collection_id = ?",
        [family_id, collection_id],
    )
    if cursor.rowcount == 0:
        return False
    audit.append(db, "family.unmark_collection", family_id, {"collection_id": collection_id})
    return True


def marked_collections(db: sqlite_utils.Database, family_id: str) -> list[records.Record]:
    """The collections marked for a family (id, name), by name."""
    return records.rows(
        db,
        "SELECT collection.id, collection.name FROM family_collection "
        "JOIN collection ON collection.id = family_collection.collection_id "
        "WHERE family_collection.family_id = ? ORDER BY collection.name, collection.id",
        [family_id],
    )


def families_marked(db: sqlite_utils.Database, collection_id: str) -> list[records.Record]:
    """The families a collection is marked for (id, name), by name."""
    return records.rows(
        db,
        "SELECT family.id, family.name FROM family_collection "
        "JOIN family ON family.id = family_collection.family_id "
        "WHERE family_collection.collection_id = ? ORDER BY family.name, family.id",
        [collection_id],
    )

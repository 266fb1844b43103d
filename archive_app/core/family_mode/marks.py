"""Collections a curator marks for a family: family mode shows their interviews and photos too
(as far as the consent gate lets the family see them). Marking is a link made and taken away by
the edit operations, so it is undone and kept in the history like every edit."""

from __future__ import annotations

import sqlite_utils

from archive_app.core import edits, records


def mark_collection(db: sqlite_utils.Database, family_id: str, collection_id: str) -> bool:
    """Show a collection in the family's family mode; False when it was marked already.

    Raises :class:`RecordNotFound` for an unknown family or collection.
    """
    key = {"family_id": family_id, "collection_id": collection_id}
    return edits.run(db, edits.Link("family_collection", key)).change_id is not None


def unmark_collection(db: sqlite_utils.Database, family_id: str, collection_id: str) -> bool:
    """Stop showing a collection in the family's family mode; False when it was not marked.

    Raises :class:`RecordNotFound` for an unknown family or collection.
    """
    records.get(db, "family", family_id)
    records.get(db, "collection", collection_id)
    key = {"family_id": family_id, "collection_id": collection_id}
    return edits.run(db, edits.Unlink("family_collection", key)).change_id is not None


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

"""Everything the release reads from the catalogue, through core's public read functions.

Kept in this one module so that a change of core's read model (``detail`` and ``listings``)
is adapted here alone. Nothing here judges consent: it only says what the catalogue holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from archive_app.core import detail, listings, people, places, records, sections
from archive_app.core.errors import RecordNotFound
from archive_app.core.transcripts import store

Record = dict[str, Any]


@dataclass(frozen=True)
class PersonRecord:
    id: str
    name: str
    name_latin: str
    other_names: tuple[str, ...]
    birth_date: str | None
    home_place_id: str | None


def kind_of(db: sqlite_utils.Database, item_id: str) -> str | None:
    """The kind of the record ``item_id`` ('interview', 'photo', ...), or None if unknown."""
    try:
        return records.kind_of(db, item_id)
    except RecordNotFound:
        return None


def family_interviews(db: sqlite_utils.Database, family_id: str) -> list[str]:
    """The interviews a member of the family narrates, oldest first.

    Raises :class:`RecordNotFound` for an unknown family.
    """
    records.get(db, "family", family_id)
    found: dict[str, str] = {}
    for member in people.members_of(db, family_id):
        for row in detail.page(db, "person", member["id"])["interviews"]:
            if row["role"] == "narrator":
                found[row["id"]] = row.get("date") or ""
    return sorted(found, key=lambda i: (found[i], i))


def collection_items(db: sqlite_utils.Database, collection_id: str) -> list[tuple[str, str]]:
    """(item id, kind) of a collection's interviews and photos in its order.

    Raises :class:`RecordNotFound` for an unknown collection.
    """
    records.get(db, "collection", collection_id)
    scope = listings.Scope(collection_id=collection_id)
    interviews = listings.page(db, "interview", limit=1_000_000, scope=scope)
    photos = listings.page(db, "photo", limit=1_000_000, scope=scope)
    return [(r["id"], "interview") for r in interviews] + [(r["id"], "photo") for r in photos]


def interview(db: sqlite_utils.Database, interview_id: str) -> Record:
    """The interview with its people, recordings (``stored_path``), photos and transcripts."""
    return detail.page(db, "interview", interview_id)


def photo(db: sqlite_utils.Database, photo_id: str) -> Record:
    return detail.page(db, "photo", photo_id)


def tags(db: sqlite_utils.Database, item_id: str) -> list[str]:
    return [t["name"] for t in detail.tags_of(db, item_id)]


def segments(db: sqlite_utils.Database, transcript_id: str) -> list[Record]:
    return store.segments_of(db, transcript_id)


def chapters(db: sqlite_utils.Database, interview_id: str) -> list[Record]:
    return sections.sections_of(db, interview_id)


def person(db: sqlite_utils.Database, person_id: str) -> PersonRecord:
    row = records.get(db, "person", person_id)
    return PersonRecord(
        id=row["id"],
        name=row["name"] or "",
        name_latin=row.get("name_latin") or "",
        other_names=tuple(n for n in row.get("other_names") or () if isinstance(n, str)),
        birth_date=row.get("birth_date"),
        home_place_id=row.get("home_place_id"),
    )


def place_lineage(db: sqlite_utils.Database, place_id: str | None) -> list[tuple[str, str]]:
    """(name, level) of a place and every place above it, the place itself first."""
    if not place_id:
        return []
    return [(p["name"], p.get("level") or "") for p in places.lineage(db, place_id)]


def media_path(root: Path, stored_path: str) -> Path:
    return root / stored_path

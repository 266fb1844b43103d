"""Everything about one record, with what hangs off it: what ``show ID`` and detail views display."""

from __future__ import annotations

import sqlite_utils

from archive_app.core import browse, interviews, people, places, records
from archive_app.core.records import Record
from archive_app.core.transcripts.store import transcripts_of


def describe(db: sqlite_utils.Database, record_id: str) -> Record:
    """The record with id ``record_id`` (any kind) plus its related records under ``kind``.

    Raises :class:`RecordNotFound` if no record has that id.
    """
    kind = records.kind_of(db, record_id)
    record = records.get(db, kind, record_id)
    record = {"kind": kind, **record}
    extend = _EXTENSIONS.get(kind)
    if extend is not None:
        extend(db, record)
    return record


def _place_name(db: sqlite_utils.Database, record: Record, column: str = "place_id") -> None:
    if column in record:
        record[column.removesuffix("_id") + "_name"] = places.full_name(db, record[column])


def _tags(db: sqlite_utils.Database, record_id: str) -> list[str]:
    return [tag["name"] for tag in browse.tags_of(db, record_id)]


def _interview(db: sqlite_utils.Database, record: Record) -> None:
    record_id = record["id"]
    _place_name(db, record)
    record["people"] = interviews.people_of(db, record_id)
    record["recordings"] = records.rows(
        db,
        "SELECT id, original_name, media_type, format, duration_s FROM recording "
        "WHERE interview_id = ? ORDER BY position, original_name",
        [record_id],
    )
    record["transcripts"] = transcripts_of(db, record_id)
    record["photos"] = records.rows(
        db,
        "SELECT id, original_name, caption, taken_at FROM photo WHERE interview_id = ? "
        "ORDER BY coalesce(taken_at, ''), original_name",
        [record_id],
    )
    record["documents"] = records.rows(
        db,
        "SELECT id, original_name, title, document_type FROM document WHERE interview_id = ? "
        "ORDER BY original_name",
        [record_id],
    )
    record["tags"] = _tags(db, record_id)


def _person(db: sqlite_utils.Database, record: Record) -> None:
    _place_name(db, record, "home_place_id")
    record["families"] = people.families_of(db, record["id"])
    record["migrations"] = people.migrations_of(db, record["id"])
    record["interviews"] = records.rows(
        db,
        "SELECT interview.id, interview.title, interview.date, interview_person.role "
        "FROM interview_person JOIN interview ON interview.id = interview_person.interview_id "
        "WHERE person_id = ? ORDER BY coalesce(interview.date, ''), interview.title",
        [record["id"]],
    )
    record["tags"] = _tags(db, record["id"])


def _family(db: sqlite_utils.Database, record: Record) -> None:
    _place_name(db, record, "home_place_id")
    record["members"] = people.members_of(db, record["id"])


def _place(db: sqlite_utils.Database, record: Record) -> None:
    record["lineage"] = [
        {"id": p["id"], "name": p["name"], "level": p["level"]}
        for p in places.lineage(db, record["id"])
    ]
    record["children"] = records.rows(
        db, "SELECT id, name, level FROM place WHERE parent_id = ? ORDER BY name", [record["id"]]
    )


def _media(db: sqlite_utils.Database, record: Record) -> None:
    row = db.execute(
        "SELECT stored_path, size FROM media_file WHERE sha256 = ?", [record.get("sha256")]
    ).fetchone()
    if row is not None:
        record["stored_path"], record["size"] = row[0], row[1]


def _photo(db: sqlite_utils.Database, record: Record) -> None:
    _media(db, record)
    _place_name(db, record)
    record["people"] = records.rows(
        db,
        "SELECT person.id, person.name FROM photo_person JOIN person ON person.id = "
        "photo_person.person_id WHERE photo_id = ? ORDER BY person.name",
        [record["id"]],
    )
    record["tags"] = _tags(db, record["id"])


def _transcript(db: sqlite_utils.Database, record: Record) -> None:
    _media(db, record)
    record["segments"] = records.rows(
        db,
        "SELECT id, position, start_s, end_s, speaker, text FROM segment "
        "WHERE transcript_id = ? ORDER BY position",
        [record["id"]],
    )


def _collection(db: sqlite_utils.Database, record: Record) -> None:
    record["items"] = records.rows(
        db,
        "SELECT item_id, item_kind, position FROM collection_item WHERE collection_id = ? "
        "ORDER BY position",
        [record["id"]],
    )


_EXTENSIONS = {
    "interview": _interview,
    "person": _person,
    "family": _family,
    "place": _place,
    "recording": _media,
    "document": _media,
    "photo": _photo,
    "transcript": _transcript,
    "collection": _collection,
}

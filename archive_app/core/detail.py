"""The read model of one record: everything its page in the app shows and ``show ID`` prints.

One function per kind gathers the record with what hangs off it, under the same names for both
readers: a place's full name is ``<field>_full_name`` (``place_full_name``,
``home_place_full_name``...), a list of related records is a plural (``people``, ``transcripts``)
and a number of them is ``<thing>_count`` (``segment_count``, ``item_count``). Collections are
lists of ``{"id", "name"}``, and so are tags under ``tag_records``. Files carry their
``stored_path`` (relative to the archive folder) and ``size``.

What ``show --json`` prints is a public interface: a field once printed keeps its name and its
meaning, and new ones are added beside it. So the names printed before these were chosen stay
too, with the values they had: ``tags`` is the list of the tags' names, a place's full name is
also ``<field>_name`` (``place_name``, ``home_place_name``, ``from_place_name``), and a place
also has ``interviews``, ``photos`` and ``people`` as numbers (``tests/cli/test_show_json_stable.py``
holds every field printed then).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from archive_app.core import interviews, people, places, records
from archive_app.core.errors import RecordNotFound
from archive_app.core.listings import Scope, count
from archive_app.core.records import Record
from archive_app.core.transcripts.store import segments_of, transcripts_of


def describe(db: sqlite_utils.Database, record_id: str) -> Record:
    """The record with id ``record_id`` (any kind), its ``kind`` and its related records.

    Raises :class:`RecordNotFound` if no record has that id.
    """
    return page(db, records.kind_of(db, record_id), record_id)


def page(db: sqlite_utils.Database, kind: str, record_id: str) -> Record:
    """A record of a known kind with what its page shows. Raises :class:`RecordNotFound`."""
    found = {"kind": kind, **records.get(db, kind, record_id)}
    extend = _EXTENSIONS.get(kind)
    if extend is not None:
        extend(db, found)
    return found


def media_file(db: sqlite_utils.Database, sha256: str) -> Record:
    """The stored file with this hash. Raises :class:`RecordNotFound`."""
    found = records.rows(db, "SELECT * FROM media_file WHERE sha256 = ?", [sha256])
    if not found:
        raise RecordNotFound(sha256, "media file")
    return found[0]


def tags_of(db: sqlite_utils.Database, item_id: str) -> list[Record]:
    """The tags on one item, by name."""
    return records.rows(
        db,
        "SELECT tag.id, tag.name FROM item_tag JOIN tag ON tag.id = item_tag.tag_id "
        "WHERE item_tag.item_id = ? ORDER BY tag.name",
        [item_id],
    )


def collections_of(db: sqlite_utils.Database, item_id: str) -> list[Record]:
    """The collections holding one item, by name."""
    return records.rows(
        db,
        "SELECT c.id, c.name FROM collection_item AS ci JOIN collection AS c "
        "ON c.id = ci.collection_id WHERE ci.item_id = ? ORDER BY c.name",
        [item_id],
    )


# -- one kind each ---------------------------------------------------------------------------------


def _full_name(db: sqlite_utils.Database, record: Record, column: str) -> None:
    name = places.full_name(db, record.get(column))
    record[column.removesuffix("_id") + "_full_name"] = name
    record[column.removesuffix("_id") + "_name"] = name  # the name show --json always printed


def _tags(db: sqlite_utils.Database, record: Record) -> None:
    found = tags_of(db, record["id"])
    record["tags"] = [tag["name"] for tag in found]  # as show --json always printed them
    record["tag_records"] = found


def _stored_file(db: sqlite_utils.Database, record: Record) -> None:
    row = db.execute(
        "SELECT stored_path, size FROM media_file WHERE sha256 = ?", [record.get("sha256")]
    ).fetchone()
    record["stored_path"], record["size"] = (row[0], row[1]) if row else (None, None)


def _interview_title(db: sqlite_utils.Database, record: Record) -> None:
    row = db.execute("SELECT title FROM interview WHERE id = ?", [record.get("interview_id")])
    found = row.fetchone()
    record["interview_title"] = found[0] if found else None


def _interview(db: sqlite_utils.Database, record: Record) -> None:
    record_id = record["id"]
    _full_name(db, record, "place_id")
    record["people"] = interviews.people_of(db, record_id)
    record["recordings"] = records.rows(
        db,
        "SELECT r.*, m.stored_path, m.size FROM recording AS r JOIN media_file AS m "
        "ON m.sha256 = r.sha256 WHERE r.interview_id = ? ORDER BY r.position, r.original_name",
        [record_id],
    )
    record["transcripts"] = transcripts_of(db, record_id)
    record["sections"] = records.rows(
        db,
        "SELECT id, start_s, title, synopsis, keywords FROM section WHERE interview_id = ? "
        "ORDER BY start_s, title, id",
        [record_id],
    )
    record["photos"] = records.rows(
        db,
        "SELECT p.id, p.sha256, p.original_name, p.caption, p.taken_at, p.width, p.height, "
        "m.stored_path FROM photo AS p JOIN media_file AS m ON m.sha256 = p.sha256 "
        "WHERE p.interview_id = ? ORDER BY coalesce(p.taken_at, ''), p.original_name",
        [record_id],
    )
    record["documents"] = records.rows(
        db,
        "SELECT d.id, d.sha256, d.original_name, d.title, d.document_type, d.format, "
        "m.stored_path FROM document AS d JOIN media_file AS m ON m.sha256 = d.sha256 "
        "WHERE d.interview_id = ? ORDER BY d.original_name",
        [record_id],
    )
    _tags(db, record)
    record["collections"] = collections_of(db, record_id)


def _person(db: sqlite_utils.Database, record: Record) -> None:
    person_id = record["id"]
    _full_name(db, record, "home_place_id")
    record["families"] = people.families_of(db, person_id)
    episodes = people.migrations_of(db, person_id)
    for episode in episodes:
        _full_name(db, episode, "from_place_id")
    record["migrations"] = episodes
    record["interviews"] = records.rows(
        db,
        "SELECT i.id, i.title, i.date, ip.role FROM interview_person AS ip "
        "JOIN interview AS i ON i.id = ip.interview_id WHERE ip.person_id = ? "
        "ORDER BY coalesce(i.date, ''), i.title",
        [person_id],
    )
    record["photos"] = records.rows(
        db,
        "SELECT p.id, p.sha256, p.original_name, p.caption, p.taken_at FROM photo_person AS pp "
        "JOIN photo AS p ON p.id = pp.photo_id WHERE pp.person_id = ? "
        "ORDER BY coalesce(p.taken_at, ''), p.original_name",
        [person_id],
    )
    _tags(db, record)


def _family(db: sqlite_utils.Database, record: Record) -> None:
    family_id = record["id"]
    _full_name(db, record, "home_place_id")
    record["members"] = people.members_of(db, family_id)
    record["migrations"] = records.rows(
        db,
        "SELECT m.*, p.name AS person_name FROM migration_episode AS m "
        "JOIN family_member AS fm ON fm.person_id = m.person_id "
        "JOIN person AS p ON p.id = m.person_id WHERE fm.family_id = ? "
        "ORDER BY coalesce(m.from_date, ''), p.name",
        [family_id],
    )
    _tags(db, record)


def _place(db: sqlite_utils.Database, record: Record) -> None:
    place_id = record["id"]
    record["lineage"] = places.lineage(db, place_id)
    record["full_name"] = places.full_name(db, place_id)
    _full_name(db, record, "parent_id")
    record["children"] = records.rows(
        db,
        "SELECT id, name, name_latin, level FROM place WHERE parent_id = ? ORDER BY name",
        [place_id],
    )
    scope = Scope(place_id=place_id)
    record["interview_count"] = count(db, "interview", scope)
    record["photo_count"] = count(db, "photo", scope)
    record["people_count"] = count(db, "person", scope)
    # the same numbers under the names the app's place page read them by before
    record["interviews"] = record["interview_count"]
    record["photos"] = record["photo_count"]
    record["people"] = record["people_count"]
    _tags(db, record)


def _migration(db: sqlite_utils.Database, record: Record) -> None:
    _full_name(db, record, "from_place_id")
    row = db.execute("SELECT name FROM person WHERE id = ?", [record["person_id"]]).fetchone()
    record["person_name"] = row[0] if row else None


def _photo(db: sqlite_utils.Database, record: Record) -> None:
    photo_id = record["id"]
    _stored_file(db, record)
    _full_name(db, record, "place_id")
    _interview_title(db, record)
    record["people"] = records.rows(
        db,
        "SELECT p.id, p.name, p.name_latin FROM photo_person AS pp "
        "JOIN person AS p ON p.id = pp.person_id WHERE pp.photo_id = ? ORDER BY p.name",
        [photo_id],
    )
    _tags(db, record)
    record["collections"] = collections_of(db, photo_id)


def _document(db: sqlite_utils.Database, record: Record) -> None:
    _stored_file(db, record)
    _interview_title(db, record)
    _tags(db, record)


def _recording(db: sqlite_utils.Database, record: Record) -> None:
    _stored_file(db, record)
    _interview_title(db, record)


def _transcript(db: sqlite_utils.Database, record: Record) -> None:
    if record.get("sha256"):
        _stored_file(db, record)
    _interview_title(db, record)
    record["segments"] = segments_of(db, record["id"])
    record["segment_count"] = len(record["segments"])


def _collection(db: sqlite_utils.Database, record: Record) -> None:
    record["items"] = records.rows(
        db,
        "SELECT item_id, item_kind, position FROM collection_item WHERE collection_id = ? "
        "ORDER BY position",
        [record["id"]],
    )
    record["item_count"] = len(record["items"])


def _tag(db: sqlite_utils.Database, record: Record) -> None:
    record["items"] = records.rows(
        db,
        "SELECT item_id, item_kind FROM item_tag WHERE tag_id = ? ORDER BY item_kind, item_id",
        [record["id"]],
    )
    record["item_count"] = len(record["items"])


def _section(db: sqlite_utils.Database, record: Record) -> None:
    _interview_title(db, record)


_EXTENSIONS: dict[str, Callable[[sqlite_utils.Database, Record], None]] = {
    "interview": _interview,
    "person": _person,
    "family": _family,
    "place": _place,
    "migration": _migration,
    "recording": _recording,
    "document": _document,
    "photo": _photo,
    "transcript": _transcript,
    "collection": _collection,
    "tag": _tag,
    "section": _section,
}

"""Reading the catalogue page by page, and the small edits a curator makes while browsing.

The desktop app shows lists of ten thousand interviews or thirty thousand photos; it asks for one
page at a time (:func:`page`), the total once (:func:`count`), and single rows again after a change
(:func:`rows_by_id`). A :class:`Scope` narrows a list to one tag, collection, place (with every
place under it), person or interview. Detail functions (:func:`interview_detail` and the like)
gather what one record's page shows.

The edits at the end (:func:`set_fields`, linking and unlinking, tags, collections, removing a
record just added) are the ones the app needs for undo and redo that the other core modules do not
offer. Every function takes the ``sqlite_utils.Database`` it works in; edits must be called inside
``archive.transaction()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from archive_app.core import audit, interviews, people, places, records
from archive_app.core.errors import InvalidValue, RecordNotFound

Record = records.Record

#: the kinds of record that have a list in the app
LIST_KINDS = ("interview", "person", "family", "place", "photo", "document", "collection", "tag")

_SEP = "\x1f"  # joins names inside one SQL value; never typed by anyone


@dataclass(frozen=True)
class Scope:
    """What a list is narrowed to. Empty fields narrow nothing."""

    tag_id: str | None = None
    collection_id: str | None = None
    place_id: str | None = None  # this place and every place under it
    person_id: str | None = None  # interviews a person is linked to, photos depicting them
    interview_id: str | None = None  # photos and documents of one interview
    text: str | None = None  # a quick filter on the name or title (case-insensitive)


@dataclass(frozen=True)
class _Listing:
    table: str
    alias: str
    joins: str  # joins needed by sort keys
    orders: Mapping[str, str]  # sort key -> SQL expression
    default_order: str
    text_column: str
    select: str  # the row's columns, over the alias ``x`` and the listing's joins


_PLACE_JOIN = "LEFT JOIN place AS pl ON pl.id = x.{column}"

_LISTINGS: dict[str, _Listing] = {
    "interview": _Listing(
        table="interview",
        alias="x",
        joins=_PLACE_JOIN.format(column="place_id"),
        orders={
            "title": "x.title COLLATE NOCASE",
            "date": "coalesce(x.date, '')",
            "place": "coalesce(pl.name, '')",
            "status": "x.status",
            "updated": "x.updated_at",
        },
        default_order="date",
        text_column="x.title",
        select=f"""
            x.id, x.title, x.date, x.status, x.language, x.place_id,
            pl.name AS place_name,
            (SELECT group_concat(p.name, '{_SEP}') FROM interview_person AS ip
                JOIN person AS p ON p.id = ip.person_id
                WHERE ip.interview_id = x.id AND ip.role = 'narrator') AS narrators,
            (SELECT count(*) FROM recording AS r WHERE r.interview_id = x.id) AS recordings,
            (SELECT sum(r.duration_s) FROM recording AS r WHERE r.interview_id = x.id)
                AS duration_s,
            (SELECT count(*) FROM photo AS ph WHERE ph.interview_id = x.id) AS photos,
            (SELECT count(*) FROM transcript AS t WHERE t.interview_id = x.id) AS transcripts
        """,
    ),
    "person": _Listing(
        table="person",
        alias="x",
        joins=_PLACE_JOIN.format(column="home_place_id"),
        orders={
            "name": "x.name",
            "name_latin": "coalesce(x.name_latin, '') COLLATE NOCASE",
            "birth_date": "coalesce(x.birth_date, '')",
            "place": "coalesce(pl.name, '')",
        },
        default_order="name",
        text_column="x.name || ' ' || coalesce(x.name_latin, '') || ' ' || x.other_names",
        select=f"""
            x.id, x.name, x.name_latin, x.birth_date, x.gender, x.home_place_id,
            pl.name AS place_name,
            (SELECT count(DISTINCT ip.interview_id) FROM interview_person AS ip
                WHERE ip.person_id = x.id) AS interviews,
            (SELECT group_concat(f.name, '{_SEP}') FROM family_member AS fm
                JOIN family AS f ON f.id = fm.family_id WHERE fm.person_id = x.id) AS families
        """,
    ),
    "family": _Listing(
        table="family",
        alias="x",
        joins=_PLACE_JOIN.format(column="home_place_id"),
        orders={"name": "x.name", "place": "coalesce(pl.name, '')"},
        default_order="name",
        text_column="x.name",
        select=f"""
            x.id, x.name, x.home_place_id, pl.name AS place_name,
            (SELECT count(*) FROM family_member AS fm WHERE fm.family_id = x.id) AS members,
            (SELECT group_concat(p.name, '{_SEP}') FROM family_member AS fm
                JOIN person AS p ON p.id = fm.person_id WHERE fm.family_id = x.id) AS member_names
        """,
    ),
    "place": _Listing(
        table="place",
        alias="x",
        joins="LEFT JOIN place AS pl ON pl.id = x.parent_id",
        orders={
            "name": "x.name",
            "level": "coalesce(x.level, '')",
            "parent": "coalesce(pl.name, '')",
        },
        default_order="name",
        text_column="x.name || ' ' || coalesce(x.name_latin, '')",
        select="""
            x.id, x.name, x.name_latin, x.level, x.parent_id, pl.name AS parent_name,
            (SELECT count(*) FROM place AS c WHERE c.parent_id = x.id) AS children,
            (SELECT count(*) FROM interview AS i WHERE i.place_id = x.id) AS interviews,
            (SELECT count(*) FROM photo AS ph WHERE ph.place_id = x.id) AS photos
        """,
    ),
    "photo": _Listing(
        table="photo",
        alias="x",
        joins=_PLACE_JOIN.format(column="place_id"),
        orders={
            "taken_at": "coalesce(x.taken_at, '')",
            "name": "x.original_name",
            "caption": "x.caption",
            "imported": "x.created_at",
        },
        default_order="taken_at",
        text_column="x.original_name || ' ' || x.caption",
        select=f"""
            x.id, x.sha256, x.original_name, x.caption, x.taken_at, x.width, x.height,
            x.interview_id, x.place_id, pl.name AS place_name,
            (SELECT i.title FROM interview AS i WHERE i.id = x.interview_id) AS interview_title,
            (SELECT group_concat(p.name, '{_SEP}') FROM photo_person AS pp
                JOIN person AS p ON p.id = pp.person_id WHERE pp.photo_id = x.id) AS people
        """,
    ),
    "document": _Listing(
        table="document",
        alias="x",
        joins="",
        orders={"name": "x.original_name", "title": "x.title", "type": "x.document_type"},
        default_order="name",
        text_column="x.original_name || ' ' || x.title",
        select="""
            x.id, x.sha256, x.original_name, x.title, x.document_type, x.format, x.interview_id,
            (SELECT i.title FROM interview AS i WHERE i.id = x.interview_id) AS interview_title
        """,
    ),
    "collection": _Listing(
        table="collection",
        alias="x",
        joins="",
        orders={"name": "x.name"},
        default_order="name",
        text_column="x.name",
        select="""
            x.id, x.name, x.description,
            (SELECT count(*) FROM collection_item AS ci WHERE ci.collection_id = x.id) AS items
        """,
    ),
    "tag": _Listing(
        table="tag",
        alias="x",
        joins="",
        orders={"name": "x.name"},
        default_order="name",
        text_column="x.name",
        select="""
            x.id, x.name,
            (SELECT count(*) FROM item_tag AS it WHERE it.tag_id = x.id) AS items
        """,
    ),
}

_LIST_COLUMNS = {"narrators", "families", "member_names", "people"}


def _listing(kind: str) -> _Listing:
    try:
        return _LISTINGS[kind]
    except KeyError:
        raise InvalidValue("kind", kind, ", ".join(LIST_KINDS)) from None


def sort_keys(kind: str) -> tuple[str, ...]:
    """The sort keys :func:`page` accepts for ``kind`` (the first is the default)."""
    listing = _listing(kind)
    return (listing.default_order, *(k for k in listing.orders if k != listing.default_order))


def _where(kind: str, scope: Scope | None) -> tuple[str, list[Any]]:
    """The WHERE clause narrowing ``kind`` to ``scope`` (over alias ``x``)."""
    if scope is None:
        return "", []
    clauses: list[str] = []
    params: list[Any] = []
    if scope.tag_id:
        clauses.append("x.id IN (SELECT item_id FROM item_tag WHERE tag_id = ?)")
        params.append(scope.tag_id)
    if scope.collection_id:
        clauses.append("x.id IN (SELECT item_id FROM collection_item WHERE collection_id = ?)")
        params.append(scope.collection_id)
    if scope.place_id:
        column = {
            "interview": "x.place_id",
            "photo": "x.place_id",
            "person": "x.home_place_id",
            "family": "x.home_place_id",
            "place": "x.parent_id",
        }.get(kind)
        if column is None:
            raise InvalidValue("scope", "place", f"a list of {', '.join(_PLACE_SCOPED)}")
        if kind == "place":  # the places under it, not the place itself
            clauses.append(f"{column} IN (SELECT id FROM under) AND x.id != ?")
            params.append(scope.place_id)
        else:
            clauses.append(f"{column} IN (SELECT id FROM under)")
    if scope.person_id:
        if kind == "interview":
            clauses.append(
                "x.id IN (SELECT interview_id FROM interview_person WHERE person_id = ?)"
            )
        elif kind == "photo":
            clauses.append("x.id IN (SELECT photo_id FROM photo_person WHERE person_id = ?)")
        elif kind == "family":
            clauses.append("x.id IN (SELECT family_id FROM family_member WHERE person_id = ?)")
        else:
            raise InvalidValue("scope", "person", "a list of interviews, photos or families")
        params.append(scope.person_id)
    if scope.interview_id:
        if kind not in ("photo", "document"):
            raise InvalidValue("scope", "interview", "a list of photos or documents")
        clauses.append("x.interview_id = ?")
        params.append(scope.interview_id)
    if scope.text and scope.text.strip():
        clauses.append(f"instr(lower({_listing(kind).text_column}), lower(?)) > 0")
        params.append(scope.text.strip())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


_PLACE_SCOPED = ("interview", "photo", "person", "family", "place")


def _with_under(scope: Scope | None) -> tuple[str, list[Any]]:
    """A recursive CTE ``under`` holding the scope's place and every place beneath it."""
    if scope is None or not scope.place_id:
        return "", []
    return (
        "WITH RECURSIVE under(id, depth) AS (SELECT ?, 0 UNION ALL "
        "SELECT place.id, under.depth + 1 FROM place JOIN under ON place.parent_id = under.id "
        "WHERE under.depth < 16) ",
        [scope.place_id],
    )


def count(db: sqlite_utils.Database, kind: str, scope: Scope | None = None) -> int:
    """How many records of ``kind`` are in ``scope``. Raises :class:`InvalidValue` for a kind
    without a list or a scope that does not apply to it."""
    listing = _listing(kind)
    where, params = _where(kind, scope)
    cte, cte_params = _with_under(scope)
    row = db.execute(
        f"{cte}SELECT count(*) FROM [{listing.table}] AS x {where}", [*cte_params, *params]
    ).fetchone()
    return int(row[0])


def page(
    db: sqlite_utils.Database,
    kind: str,
    *,
    offset: int = 0,
    limit: int = 200,
    order: str | None = None,
    descending: bool = False,
    scope: Scope | None = None,
) -> list[Record]:
    """One page of the list of ``kind`` in a stable order (ties broken by id).

    Rows carry what a list shows: for interviews the place name, narrator names (a list) and the
    number of recordings, photos and transcripts; for people their families and interview count;
    and so on. Raises :class:`InvalidValue` for an unknown kind or sort key.
    """
    listing = _listing(kind)
    key = order or listing.default_order
    if key not in listing.orders:
        raise InvalidValue("order", key, ", ".join(listing.orders))
    direction = "DESC" if descending else "ASC"
    where, params = _where(kind, scope)
    cte, cte_params = _with_under(scope)
    # The page's ids first, so that the per-row subqueries run for this page only.
    ids = [
        str(r[0])
        for r in db.execute(
            f"{cte}SELECT x.id FROM [{listing.table}] AS x {listing.joins} {where} "
            f"ORDER BY {listing.orders[key]} {direction}, x.id {direction} LIMIT ? OFFSET ?",
            [*cte_params, *params, max(0, limit), max(0, offset)],
        ).fetchall()
    ]
    found = {row["id"]: row for row in rows_by_id(db, kind, ids)}
    return [found[i] for i in ids if i in found]


def rows_by_id(db: sqlite_utils.Database, kind: str, ids: Sequence[str]) -> list[Record]:
    """List rows (as :func:`page` gives them) of the records with ``ids``; missing ids are left
    out. The order is not guaranteed."""
    listing = _listing(kind)
    found: list[Record] = []
    chunk = 500  # well under SQLite's limit on bound parameters
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        marks = ", ".join("?" for _ in part)
        found.extend(
            _split_lists(row)
            for row in records.rows(
                db,
                f"SELECT {listing.select} FROM [{listing.table}] AS x {listing.joins} "
                f"WHERE x.id IN ({marks})",
                part,
            )
        )
    return found


def position_of(
    db: sqlite_utils.Database,
    kind: str,
    record_id: str,
    *,
    order: str | None = None,
    descending: bool = False,
    scope: Scope | None = None,
) -> int | None:
    """Where the record stands in the list :func:`page` gives (0-based), or None if it is not in
    it: lets a list scroll to a record it has not fetched yet."""
    listing = _listing(kind)
    key = order or listing.default_order
    if key not in listing.orders:
        raise InvalidValue("order", key, ", ".join(listing.orders))
    where, params = _where(kind, scope)
    cte, cte_params = _with_under(scope)
    direction = "DESC" if descending else "ASC"
    row = db.execute(
        f"{cte}SELECT n FROM (SELECT x.id, row_number() OVER (ORDER BY {listing.orders[key]} "
        f"{direction}, x.id {direction}) - 1 AS n FROM [{listing.table}] AS x {listing.joins} "
        f"{where}) WHERE id = ?",
        [*cte_params, *params, record_id],
    ).fetchone()
    return None if row is None else int(row[0])


def _split_lists(row: Record) -> Record:
    for column in _LIST_COLUMNS & row.keys():
        value = row[column]
        row[column] = sorted(value.split(_SEP)) if value else []
    return row


# -- one record's page -------------------------------------------------------------------------


def interview_detail(db: sqlite_utils.Database, interview_id: str) -> Record:
    """An interview with everything its page shows: the place (``place_full_name``), the people
    with their roles, recordings in order, photos, documents, transcripts (with segment counts),
    tags and collections. Raises :class:`RecordNotFound`."""
    found = records.get(db, "interview", interview_id)
    found["place_full_name"] = places.full_name(db, found.get("place_id"))
    found["people"] = interviews.people_of(db, interview_id)
    found["recordings"] = records.rows(
        db,
        "SELECT r.*, m.stored_path FROM recording AS r JOIN media_file AS m ON m.sha256 = r.sha256 "
        "WHERE r.interview_id = ? ORDER BY r.position, r.original_name",
        [interview_id],
    )
    found["photos"] = records.rows(
        db,
        "SELECT p.id, p.sha256, p.original_name, p.caption, p.taken_at, p.width, p.height, "
        "m.stored_path FROM photo AS p JOIN media_file AS m ON m.sha256 = p.sha256 "
        "WHERE p.interview_id = ? ORDER BY coalesce(p.taken_at, ''), p.original_name",
        [interview_id],
    )
    found["documents"] = records.rows(
        db,
        "SELECT d.id, d.sha256, d.original_name, d.title, d.document_type, d.format, "
        "m.stored_path FROM document AS d JOIN media_file AS m ON m.sha256 = d.sha256 "
        "WHERE d.interview_id = ? ORDER BY d.original_name",
        [interview_id],
    )
    found["transcripts"] = records.rows(
        db,
        "SELECT t.id, t.original_name, t.source_format, t.language, t.kind, t.tier, "
        "(SELECT count(*) FROM segment AS s WHERE s.transcript_id = t.id) AS segments "
        "FROM transcript AS t WHERE t.interview_id = ? ORDER BY t.tier, t.created_at",
        [interview_id],
    )
    found["tags"] = tags_of(db, interview_id)
    found["collections"] = collections_of(db, interview_id)
    return found


def person_detail(db: sqlite_utils.Database, person_id: str) -> Record:
    """A person with their home place, families, migration episodes (oldest first, each with
    ``from_place_name``), interviews (with role) and the photos that depict them.
    Raises :class:`RecordNotFound`."""
    found = records.get(db, "person", person_id)
    found["home_place_full_name"] = places.full_name(db, found.get("home_place_id"))
    found["families"] = people.families_of(db, person_id)
    episodes = people.migrations_of(db, person_id)
    for episode in episodes:
        episode["from_place_name"] = places.full_name(db, episode.get("from_place_id"))
    found["migrations"] = episodes
    found["interviews"] = records.rows(
        db,
        "SELECT i.id, i.title, i.date, ip.role FROM interview_person AS ip "
        "JOIN interview AS i ON i.id = ip.interview_id WHERE ip.person_id = ? "
        "ORDER BY coalesce(i.date, ''), i.title",
        [person_id],
    )
    found["photos"] = records.rows(
        db,
        "SELECT p.id, p.sha256, p.original_name, p.caption, p.taken_at FROM photo_person AS pp "
        "JOIN photo AS p ON p.id = pp.photo_id WHERE pp.person_id = ? "
        "ORDER BY coalesce(p.taken_at, ''), p.original_name",
        [person_id],
    )
    found["tags"] = tags_of(db, person_id)
    return found


def family_detail(db: sqlite_utils.Database, family_id: str) -> Record:
    """A family with its home place and members (with relationship, eldest first), and the
    migration episodes of all its members. Raises :class:`RecordNotFound`."""
    found = records.get(db, "family", family_id)
    found["home_place_full_name"] = places.full_name(db, found.get("home_place_id"))
    members = people.members_of(db, family_id)
    found["members"] = members
    found["migrations"] = records.rows(
        db,
        "SELECT m.*, p.name AS person_name FROM migration_episode AS m "
        "JOIN family_member AS fm ON fm.person_id = m.person_id "
        "JOIN person AS p ON p.id = m.person_id WHERE fm.family_id = ? "
        "ORDER BY coalesce(m.from_date, ''), p.name",
        [family_id],
    )
    return found


def place_detail(db: sqlite_utils.Database, place_id: str) -> Record:
    """A place with its ``lineage`` (the place up to its province), ``children``, and how many
    interviews, photos and people are recorded at it or anywhere under it.
    Raises :class:`RecordNotFound`."""
    found = records.get(db, "place", place_id)
    found["lineage"] = places.lineage(db, place_id)
    found["full_name"] = places.full_name(db, place_id)
    found["children"] = records.rows(
        db,
        "SELECT id, name, name_latin, level FROM place WHERE parent_id = ? ORDER BY name",
        [place_id],
    )
    scope = Scope(place_id=place_id)
    found["interviews"] = count(db, "interview", scope)
    found["photos"] = count(db, "photo", scope)
    found["people"] = count(db, "person", scope)
    return found


def photo_detail(db: sqlite_utils.Database, photo_id: str) -> Record:
    """A photo with its stored file (``stored_path``, relative to the archive folder), the people
    it depicts, its interview's title and its place's full name. Raises :class:`RecordNotFound`."""
    found = records.get(db, "photo", photo_id)
    media = media_file(db, found["sha256"])
    found["stored_path"] = media["stored_path"]
    found["size"] = media["size"]
    found["people"] = records.rows(
        db,
        "SELECT p.id, p.name, p.name_latin FROM photo_person AS pp "
        "JOIN person AS p ON p.id = pp.person_id WHERE pp.photo_id = ? ORDER BY p.name",
        [photo_id],
    )
    found["interview_title"] = None
    if found.get("interview_id"):
        row = db.execute(
            "SELECT title FROM interview WHERE id = ?", [found["interview_id"]]
        ).fetchone()
        found["interview_title"] = row[0] if row else None
    found["place_full_name"] = places.full_name(db, found.get("place_id"))
    found["tags"] = tags_of(db, photo_id)
    found["collections"] = collections_of(db, photo_id)
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


def find_people(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[Record]:
    """People whose name, Latin spelling or other names contain ``text``, best matches first
    (names starting with it before names containing it)."""
    needle = text.strip()
    if not needle:
        return []
    return records.rows(
        db,
        "SELECT id, name, name_latin, birth_date FROM person "
        "WHERE instr(lower(name || ' ' || coalesce(name_latin, '') || ' ' || other_names), "
        "lower(?)) > 0 ORDER BY (instr(lower(name), lower(?)) != 1), name LIMIT ?",
        [needle, needle, limit],
    )


def find_places(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[Record]:
    """Places whose name or Latin spelling contains ``text``, each with ``full_name``."""
    needle = text.strip()
    if not needle:
        return []
    found = records.rows(
        db,
        "SELECT id, name, name_latin, level FROM place WHERE instr(lower(name || ' ' || "
        "coalesce(name_latin, '')), lower(?)) > 0 ORDER BY (instr(name, ?) != 1), name LIMIT ?",
        [needle, needle, limit],
    )
    for place in found:
        place["full_name"] = places.full_name(db, place["id"])
    return found


def root_places(db: sqlite_utils.Database) -> list[Record]:
    """Places with no parent (usually provinces), by name, each with its number of children."""
    return records.rows(
        db,
        "SELECT x.id, x.name, x.name_latin, x.level, "
        "(SELECT count(*) FROM place AS c WHERE c.parent_id = x.id) AS children "
        "FROM place AS x WHERE x.parent_id IS NULL ORDER BY x.name",
    )


def child_places(db: sqlite_utils.Database, place_id: str) -> list[Record]:
    """The places directly under one place, by name, each with its number of children."""
    return records.rows(
        db,
        "SELECT x.id, x.name, x.name_latin, x.level, "
        "(SELECT count(*) FROM place AS c WHERE c.parent_id = x.id) AS children "
        "FROM place AS x WHERE x.parent_id = ? ORDER BY x.name",
        [place_id],
    )


# -- edits ---------------------------------------------------------------------------------------

#: fields a curator may edit, by kind (others are facts of the file or kept by the catalogue)
EDITABLE: dict[str, tuple[str, ...]] = {
    "interview": ("title", "date", "place_id", "language", "summary", "keywords", "status"),
    "person": (
        "name",
        "name_latin",
        "other_names",
        "birth_date",
        "gender",
        "home_place_id",
        "notes",
    ),
    "family": ("name", "home_place_id", "notes"),
    "place": ("name", "name_latin", "level", "parent_id", "latitude", "longitude"),
    "migration": ("to_city", "work", "from_date", "to_date", "from_place_id", "notes"),
    "photo": ("caption", "taken_at", "place_id", "interview_id"),
    "document": ("title", "document_type", "interview_id"),
    "collection": ("name", "description"),
    "tag": ("name",),
    # a tier's label (普通话, English) and its language; the words are edited segment by segment
    "transcript": ("tier", "language"),
}

_DATES = {"date", "birth_date", "from_date", "to_date"}
_REQUIRED = {"title", "name", "to_city"}
_CHOICES: dict[str, tuple[str, ...]] = {
    "status": interviews.STATUSES,
    "level": places.LEVELS,
    "document_type": ("consent_form", "letter", "other"),
}


def check_fields(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields as they would be stored, or :class:`InvalidValue` naming the first bad one
    (a field that is not editable, an empty title or name, a bad date, an unknown choice)."""
    allowed = EDITABLE.get(kind)
    if allowed is None:
        raise InvalidValue("kind", kind, ", ".join(EDITABLE))
    checked: dict[str, Any] = {}
    for field, value in fields.items():
        if field not in allowed:
            raise InvalidValue("field", field, ", ".join(allowed))
        if isinstance(value, str):
            value = value.strip()
        if field in _REQUIRED and not value:
            raise InvalidValue(field, value, "a non-empty value")
        if field in _DATES:
            value = records.check_date(field, value or None)
        elif field == "taken_at" and value and "T" not in str(value):  # a day typed by hand
            value = records.check_date(field, value)
        if field == "gender":
            value = people.gender_code(value)
        if field in _CHOICES and value not in _CHOICES[field]:
            if not (field == "level" and value in (None, "")):
                raise InvalidValue(field, value, ", ".join(_CHOICES[field]))
            value = None
        if field in ("other_names", "keywords") and isinstance(value, str):
            raise InvalidValue(field, value, "a list of strings")
        if field.endswith("_id") and value == "":
            value = None
        checked[field] = value
    return checked


def set_fields(
    db: sqlite_utils.Database, kind: str, record_id: str, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Change editable fields of one record (logged in the audit log as ``<kind>.edit``) and
    return their values before the change, ready to put back for undo.

    Raises :class:`InvalidValue` (see :func:`check_fields`) or :class:`RecordNotFound`.
    """
    checked = check_fields(kind, fields)
    before = records.get(db, kind, record_id)
    if kind == "place" and checked.get("parent_id"):
        if record_id in {p["id"] for p in places.lineage(db, checked["parent_id"])}:
            raise InvalidValue("parent_id", checked["parent_id"], "a place not under this one")
    for field, target in (
        ("place_id", "place"),
        ("home_place_id", "place"),
        ("from_place_id", "place"),
        ("parent_id", "place"),
        ("interview_id", "interview"),
    ):
        if checked.get(field):
            records.get(db, target, checked[field])
    if checked:
        records.update(db, kind, record_id, checked)
    audit.append(
        db,
        f"{kind}.edit",
        record_id,
        {"fields": sorted(checked), "before": {f: before.get(f) for f in checked}},
    )
    return {field: before.get(field) for field in checked}


def unlink_member(db: sqlite_utils.Database, family_id: str, person_id: str) -> str | None:
    """Take a person out of a family; return the relationship they had (None if not a member)."""
    row = db.execute(
        "SELECT relationship FROM family_member WHERE family_id = ? AND person_id = ?",
        [family_id, person_id],
    ).fetchone()
    if row is None:
        return None
    db.execute(
        "DELETE FROM family_member WHERE family_id = ? AND person_id = ?", [family_id, person_id]
    )
    audit.append(db, "family.unlink", family_id, {"person_id": person_id, "relationship": row[0]})
    return str(row[0])


def link_photo_person(db: sqlite_utils.Database, photo_id: str, person_id: str) -> None:
    """Record that a photo depicts a person; doing it twice changes nothing.
    Raises :class:`RecordNotFound` if either is missing."""
    records.get(db, "photo", photo_id)
    records.get(db, "person", person_id)
    db.execute(
        "INSERT OR IGNORE INTO photo_person (photo_id, person_id) VALUES (?, ?)",
        [photo_id, person_id],
    )
    audit.append(db, "photo.link", photo_id, {"person_id": person_id})


def unlink_photo_person(db: sqlite_utils.Database, photo_id: str, person_id: str) -> None:
    """Record that a photo does not depict a person after all."""
    db.execute(
        "DELETE FROM photo_person WHERE photo_id = ? AND person_id = ?", [photo_id, person_id]
    )
    audit.append(db, "photo.unlink", photo_id, {"person_id": person_id})


def find_or_add_tag(db: sqlite_utils.Database, name: str) -> str:
    """The id of the tag called ``name``, added if there is none. Raises :class:`InvalidValue`
    for an empty name."""
    name = name.strip()
    if not name:
        raise InvalidValue("name", name, "a non-empty tag name")
    row = db.execute("SELECT id FROM tag WHERE name = ?", [name]).fetchone()
    if row:
        return str(row[0])
    tag_id = records.insert(db, "tag", {"name": name})
    audit.append(db, "tag.add", tag_id, {"name": name})
    return tag_id


def tag_item(db: sqlite_utils.Database, tag_id: str, item_id: str) -> None:
    """Put a tag on an interview, photo, person, family, place or document.
    Raises :class:`RecordNotFound` for an unknown tag or item."""
    records.get(db, "tag", tag_id)
    kind = records.kind_of(db, item_id)
    db.execute(
        "INSERT OR IGNORE INTO item_tag (tag_id, item_id, item_kind) VALUES (?, ?, ?)",
        [tag_id, item_id, kind],
    )
    audit.append(db, "tag.item", item_id, {"tag_id": tag_id})


def untag_item(db: sqlite_utils.Database, tag_id: str, item_id: str) -> None:
    """Take a tag off an item."""
    db.execute("DELETE FROM item_tag WHERE tag_id = ? AND item_id = ?", [tag_id, item_id])
    audit.append(db, "tag.untag", item_id, {"tag_id": tag_id})


def add_collection(db: sqlite_utils.Database, name: str, description: str = "") -> str:
    """Add an empty collection. Raises :class:`InvalidValue` for an empty name."""
    if not name.strip():
        raise InvalidValue("name", name, "a non-empty collection name")
    collection_id = records.insert(
        db, "collection", {"name": name.strip(), "description": description}
    )
    audit.append(db, "collection.add", collection_id, {"name": name.strip()})
    return collection_id


def add_to_collection(db: sqlite_utils.Database, collection_id: str, item_id: str) -> None:
    """Put an interview or photo at the end of a collection; doing it twice changes nothing.
    Raises :class:`RecordNotFound`, or :class:`InvalidValue` for another kind of item."""
    records.get(db, "collection", collection_id)
    kind = records.kind_of(db, item_id)
    if kind not in ("interview", "photo"):
        raise InvalidValue("item", kind, "an interview or a photo")
    db.execute(
        "INSERT OR IGNORE INTO collection_item (collection_id, item_id, item_kind, position) "
        "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM collection_item "
        "WHERE collection_id = ?))",
        [collection_id, item_id, kind, collection_id],
    )
    audit.append(db, "collection.item", collection_id, {"item_id": item_id})


def remove_from_collection(db: sqlite_utils.Database, collection_id: str, item_id: str) -> None:
    """Take an item out of a collection (the item itself stays in the archive)."""
    db.execute(
        "DELETE FROM collection_item WHERE collection_id = ? AND item_id = ?",
        [collection_id, item_id],
    )
    audit.append(db, "collection.remove", collection_id, {"item_id": item_id})


#: kinds :func:`remove_record` may take away: records a curator adds by hand
REMOVABLE = ("interview", "person", "family", "place", "migration", "tag", "collection")


def remove_record(db: sqlite_utils.Database, kind: str, record_id: str) -> Record:
    """Take away a record that nothing else refers to (used to undo adding it) and return its
    row as stored, for :func:`restore_record`.

    Raises :class:`RecordNotFound`, or :class:`InvalidValue` if the kind is not removable or
    other records still refer to it (a place with places under it, an interview with recordings,
    a person linked to an interview...).
    """
    if kind not in REMOVABLE:
        raise InvalidValue("kind", kind, ", ".join(REMOVABLE))
    table = records.table_of(kind)
    stored = records.rows(db, f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    if not stored:
        raise RecordNotFound(record_id, kind)
    for sql in _REFERENCES.get(kind, ()):
        if db.execute(sql, [record_id]).fetchone():
            raise InvalidValue("record", record_id, "a record nothing else refers to")
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
    audit.append(db, f"{kind}.remove", record_id, {})
    row = dict(stored[0])
    for column in records.JSON_COLUMNS & row.keys():
        row[column] = list(row[column])
    return row


_REFERENCES: dict[str, tuple[str, ...]] = {
    "interview": (
        "SELECT 1 FROM recording WHERE interview_id = ?",
        "SELECT 1 FROM transcript WHERE interview_id = ?",
        "SELECT 1 FROM photo WHERE interview_id = ?",
        "SELECT 1 FROM document WHERE interview_id = ?",
        "SELECT 1 FROM interview_person WHERE interview_id = ?",
    ),
    "person": (
        "SELECT 1 FROM interview_person WHERE person_id = ?",
        "SELECT 1 FROM family_member WHERE person_id = ?",
        "SELECT 1 FROM photo_person WHERE person_id = ?",
        "SELECT 1 FROM migration_episode WHERE person_id = ?",
    ),
    "family": ("SELECT 1 FROM family_member WHERE family_id = ?",),
    "place": (
        "SELECT 1 FROM place WHERE parent_id = ?",
        "SELECT 1 FROM interview WHERE place_id = ?",
        "SELECT 1 FROM photo WHERE place_id = ?",
        "SELECT 1 FROM person WHERE home_place_id = ?",
        "SELECT 1 FROM family WHERE home_place_id = ?",
        "SELECT 1 FROM migration_episode WHERE from_place_id = ?",
    ),
    "tag": ("SELECT 1 FROM item_tag WHERE tag_id = ?",),
    "collection": ("SELECT 1 FROM collection_item WHERE collection_id = ?",),
}


def restore_record(db: sqlite_utils.Database, kind: str, row: Mapping[str, Any]) -> str:
    """Put back a record :func:`remove_record` took away, with the same id (used to redo adding
    it). Raises :class:`InvalidValue` for a kind that is not removable."""
    if kind not in REMOVABLE:
        raise InvalidValue("kind", kind, ", ".join(REMOVABLE))
    record_id = records.insert(db, kind, row)
    audit.append(db, f"{kind}.restore", record_id, {})
    return record_id

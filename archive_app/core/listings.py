"""Reading the catalogue list by list, page by page.

The desktop app shows lists of ten thousand interviews or thirty thousand photos; it asks for one
page at a time (:func:`page`), the total once (:func:`count`), and single rows again after a change
(:func:`rows_by_id`). A :class:`Scope` narrows a list to one tag, collection, place (with every
place under it), person or interview. The pickers find people and places by what is typed
(:func:`find_people`, :func:`find_places`), and the place tree walks down from the provinces.
Every function takes the ``sqlite_utils.Database`` it reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from archive_app.core import places, records
from archive_app.core.errors import InvalidValue

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

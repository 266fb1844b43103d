"""Generic access to catalogue records: insert, update, fetch and list by kind.

Every record table has ``id`` (a UUID), ``created_at`` and ``updated_at``. Functions here take the
``sqlite_utils.Database`` they work in, so that callers choose the transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from archive_app.core.clock import new_id, now_iso
from archive_app.core.errors import InvalidValue, RecordNotFound

Record = dict[str, Any]

#: record kinds as the CLI and the UI name them, and the table holding each
KINDS: dict[str, str] = {
    "interview": "interview",
    "person": "person",
    "family": "family",
    "place": "place",
    "migration": "migration_episode",
    "recording": "recording",
    "photo": "photo",
    "document": "document",
    "transcript": "transcript",
    "segment": "segment",
    "section": "section",
    "tag": "tag",
    "collection": "collection",
}

#: plural names used by ``archive-app list``
PLURALS: dict[str, str] = {
    "interviews": "interview",
    "people": "person",
    "families": "family",
    "places": "place",
    "migrations": "migration",
    "recordings": "recording",
    "photos": "photo",
    "documents": "document",
    "transcripts": "transcript",
    "tags": "tag",
    "collections": "collection",
}

#: columns holding JSON arrays, decoded on the way out
JSON_COLUMNS = {"other_names", "keywords"}

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_date(field: str, value: str | None) -> str | None:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None); raise :class:`InvalidValue`."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise InvalidValue(field, value, "YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def table_of(kind: str) -> str:
    try:
        return KINDS[kind]
    except KeyError:
        raise InvalidValue("kind", kind, ", ".join(KINDS)) from None


def _encode(fields: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(fields)
    for column in JSON_COLUMNS & row.keys():
        if not isinstance(row[column], str):
            row[column] = json.dumps(list(row[column] or []), ensure_ascii=False)
    return row


def decode(row: Mapping[str, Any]) -> Record:
    """A catalogue row as a plain dict, JSON array columns decoded."""
    record = dict(row)
    for column in JSON_COLUMNS & record.keys():
        value = record[column]
        record[column] = json.loads(value) if value else []
    return record


def insert(db: sqlite_utils.Database, kind: str, fields: Mapping[str, Any]) -> str:
    """Insert a record of ``kind``; return its new UUID (or the one given in ``fields``)."""
    stamp = now_iso()
    row = {"id": new_id(), "created_at": stamp, "updated_at": stamp, **_encode(fields)}
    db.execute(
        f"INSERT INTO [{table_of(kind)}] ({', '.join(f'[{c}]' for c in row)}) "
        f"VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    return str(row["id"])


def update(db: sqlite_utils.Database, kind: str, record_id: str, fields: Mapping[str, Any]) -> None:
    """Change fields of one record and touch ``updated_at``; :class:`RecordNotFound` if absent."""
    row = {**_encode(fields), "updated_at": now_iso()}
    cursor = db.execute(
        f"UPDATE [{table_of(kind)}] SET {', '.join(f'[{c}] = ?' for c in row)} WHERE id = ?",
        [*row.values(), record_id],
    )
    if cursor.rowcount == 0:
        raise RecordNotFound(record_id, kind)


def get(db: sqlite_utils.Database, kind: str, record_id: str) -> Record:
    """One record of a known kind; :class:`RecordNotFound` if absent."""
    row = db.execute(f"SELECT * FROM [{table_of(kind)}] WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise RecordNotFound(record_id, kind)
    return decode(_as_mapping(db, row, table_of(kind)))


def _as_mapping(db: sqlite_utils.Database, row: Any, table: str) -> Mapping[str, Any]:
    if hasattr(row, "keys"):
        return dict(row)
    columns = [c.name for c in db.table(table).columns]
    return dict(zip(columns, row, strict=True))


def kind_of(db: sqlite_utils.Database, record_id: str) -> str:
    """Which kind of record ``record_id`` is; :class:`RecordNotFound` if none."""
    for kind, table in KINDS.items():
        if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [record_id]).fetchone():
            return kind
    raise RecordNotFound(record_id)


def rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[Record]:
    """Run a query and return decoded dict rows."""
    cursor = db.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [decode(dict(zip(columns, r, strict=True))) for r in cursor.fetchall()]


_LIST_ORDER = {
    "interview": "coalesce(date, ''), title",
    "person": "name",
    "family": "name",
    "place": "name",
    "migration": "person_id, coalesce(from_date, '')",
    "recording": "interview_id, position, original_name",
    "photo": "coalesce(taken_at, ''), original_name",
    "document": "original_name",
    "transcript": "interview_id, tier, created_at",
    "tag": "name",
    "collection": "name",
}


def list_records(db: sqlite_utils.Database, kind: str) -> list[Record]:
    """Every record of ``kind`` in a stable, human order."""
    order = _LIST_ORDER.get(kind, "created_at")
    return rows(db, f"SELECT * FROM [{table_of(kind)}] ORDER BY {order}")

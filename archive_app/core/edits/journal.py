"""Writing changes into the history (see migration m008): one ``history`` row per change and one
``history_item`` row per thing it did to a record."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from archive_app.core import audit
from archive_app.core.clock import new_id, now_iso

ARCHIVE_ID_KEY = "archive_id"


@dataclass(frozen=True)
class Item:
    """One thing a change did to one record: a field's value (``field``), the record itself
    (``field == ""``: added or removed) or one of its links (``field == "link:<table>"``, the
    link's key in ``key``). ``before``/``after`` are None when the record or link was absent."""

    kind: str
    record_id: str
    field: str
    before: Any
    after: Any
    key: str = ""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def archive_id(db: sqlite_utils.Database) -> str:
    """This archive's own id, which every change made here carries ("" before the first)."""
    row = db.execute("SELECT value FROM setting WHERE key = ?", [ARCHIVE_ID_KEY]).fetchone()
    return str(json.loads(row[0])) if row else ""


def _own_archive_id(db: sqlite_utils.Database) -> str:
    """This archive's id, made (inside the caller's transaction) when the first change is kept."""
    found = archive_id(db)
    if not found:
        found = new_id()
        db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)", [ARCHIVE_ID_KEY, json.dumps(found)]
        )
    return found


def record(
    db: sqlite_utils.Database,
    operation: str,
    summary: Mapping[str, Any],
    inverse: Mapping[str, Any],
    items: Sequence[Item],
    *,
    reverts: str | None = None,
) -> str | None:
    """Keep one change in the history (inside the transaction that made it); return its id, or
    None when it did nothing."""
    if not items:
        return None
    change_id = new_id()
    cursor = db.execute(
        "INSERT INTO history (id, at, actor, origin, operation, summary, inverse, reverts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            change_id,
            now_iso(),
            audit.current_actor(),
            _own_archive_id(db),
            operation,
            dumps(dict(summary)),
            dumps(dict(inverse)),
            reverts,
        ],
    )
    seq = cursor.lastrowid
    db.conn.executemany(
        "INSERT INTO history_item (change_seq, record_kind, record_id, field, key, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                seq,
                item.kind,
                item.record_id,
                item.field,
                item.key,
                _value(item, item.before),
                _value(item, item.after),
            )
            for item in items
        ],
    )
    return change_id


def is_field(field: str) -> bool:
    """Whether a history item names a field (not the record itself or one of its links)."""
    return bool(field) and not field.startswith("link:")


def _value(item: Item, value: Any) -> str | None:
    # a field's empty value is JSON null; a record or link that is not there is SQL NULL
    if value is None and not is_field(item.field):
        return None
    return dumps(value)

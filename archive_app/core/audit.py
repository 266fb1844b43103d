"""The append-only audit log: who did what, when. Rows are never updated or deleted."""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from archive_app.core.clock import now_iso
from archive_app.core.records import Record, rows


def current_actor() -> str:
    """The name written into the log for this process's user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers, some Windows setups)
        return "unknown"


def append(
    db: sqlite_utils.Database,
    action: str,
    item_id: str | None = None,
    details: Mapping[str, Any] | None = None,
    actor: str | None = None,
) -> None:
    """Append one entry; call inside the transaction that does the change being logged."""
    db.execute(
        "INSERT INTO audit_log (at, actor, action, item_id, details) VALUES (?, ?, ?, ?, ?)",
        [
            now_iso(),
            actor or current_actor(),
            action,
            item_id,
            json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True),
        ],
    )


def entries(db: sqlite_utils.Database, *, item_id: str | None = None) -> list[Record]:
    """Log entries, oldest first, optionally only those about one item."""
    sql = "SELECT seq, at, actor, action, item_id, details FROM audit_log"
    params: list[Any] = []
    if item_id:
        sql += " WHERE item_id = ?"
        params.append(item_id)
    found = rows(db, sql + " ORDER BY seq", params)
    for entry in found:
        entry["details"] = json.loads(entry["details"])
    return found

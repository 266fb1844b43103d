"""Reading the history back: a record's changes, reverting one, restoring a removed record from
the bin, emptying the bin, and checking that the history and the catalogue agree.

A change is reverted by applying its inverse as a new change (which names it in ``reverts``),
and only while everything it changed still stands as it left it: a later change to the same
field, link or record is a conflict, refused with :class:`ChangeConflict`.

Merging another archive's history (a bag from another interviewer) fits the same rows: each
change keeps its UUID, its time (``at``) and the archive it was made in (``origin``), and an
item names the field, link or record it changed. A record changed on both sides keeps, field by
field, the change with the later ``at`` (applied here as an operation when it is theirs); the
other side's change is written into ``history`` too, with ``superseded_by`` naming the winner,
so that ``history ID`` shows both. A change already here (same id) is skipped, which makes
importing the same bag twice change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from archive_app.core import audit, identifiers, records
from archive_app.core.edits import kinds
from archive_app.core.edits.journal import Item, dumps, is_field, loads
from archive_app.core.edits.operation import Applied, Operation, from_json, run
from archive_app.core.errors import (
    AmbiguousId,
    ChangeConflict,
    InvalidValue,
    NotRestorable,
    RecordNotFound,
)

_ABSENT = object()  # the record a field belongs to is not in the catalogue


@dataclass(frozen=True)
class HistoryEntry:
    """One change as the history keeps it."""

    id: str
    seq: int
    at: str
    actor: str
    origin: str
    operation: str
    summary: dict[str, Any]
    inverse: dict[str, Any] | None  # None: the bin was emptied of what it held
    reverts: str | None
    reverted_by: str | None
    superseded_by: str | None
    items: tuple[Item, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "change_id": self.id,
            "at": self.at,
            "actor": self.actor,
            "origin": self.origin,
            "operation": self.operation,
            "reverts": self.reverts,
            "reverted_by": self.reverted_by,
            "superseded_by": self.superseded_by,
            "revertible": self.inverse is not None,
            "changes": [item_json(item) for item in self.items],
        }


def item_json(item: Item) -> dict[str, Any]:
    """One thing a change did, as the command line prints it."""
    found: dict[str, Any] = {"kind": item.kind, "id": item.record_id}
    if is_field(item.field):
        found.update(field=item.field, before=item.before, after=item.after)
    elif item.field:
        found.update(
            link=item.field.removeprefix("link:"),
            key=loads(item.key),
            before=item.before,
            after=item.after,
        )
    else:
        found.update(record="added" if item.before is None else "removed")
    return found


_ENTRY = (
    "SELECT h.seq, h.id, h.at, h.actor, h.origin, h.operation, h.summary, h.inverse, h.reverts, "
    "h.superseded_by, (SELECT r.id FROM history AS r WHERE r.reverts = h.id ORDER BY r.seq DESC "
    "LIMIT 1) AS reverted_by FROM history AS h"
)


def _entries(
    db: sqlite_utils.Database, where: str, params: list[Any], record_id: str | None = None
) -> list[HistoryEntry]:
    rows = db.execute(f"{_ENTRY} WHERE {where} ORDER BY h.seq", params).fetchall()
    items: dict[int, list[Item]] = {int(row[0]): [] for row in rows}
    if items:
        # every item of these changes (of this record only, when one is named) in one query
        only = " AND record_id = ?" if record_id else ""
        for i in db.execute(
            "SELECT change_seq, record_kind, record_id, field, before, after, key FROM "
            f"history_item WHERE change_seq IN (SELECT h.seq FROM history AS h WHERE {where})"
            f"{only} ORDER BY rowid",
            [*params, *([record_id] if record_id else [])],
        ).fetchall():
            found = items.get(int(i[0]))  # None: a change made since the first query
            if found is not None:
                found.append(
                    Item(str(i[1]), str(i[2]), str(i[3]), loads(i[4]), loads(i[5]), str(i[6]))
                )
    return [
        HistoryEntry(
            id=str(row[1]),
            seq=int(row[0]),
            at=str(row[2]),
            actor=str(row[3]),
            origin=str(row[4]),
            operation=str(row[5]),
            summary=loads(row[6]),
            inverse=loads(row[7]),
            reverts=row[8],
            reverted_by=row[10],
            superseded_by=row[9],
            items=tuple(items[int(row[0])]),
        )
        for row in rows
    ]


def of_record(db: sqlite_utils.Database, record_id: str) -> list[HistoryEntry]:
    """Every change that touched a record (its fields, its links, its coming and going), oldest
    first, each with only what it did to this record."""
    return _entries(
        db,
        "h.seq IN (SELECT change_seq FROM history_item WHERE record_id = ?)",
        [record_id],
        record_id,
    )


def get(db: sqlite_utils.Database, change_id: str) -> HistoryEntry:
    """One change with everything it did; :class:`RecordNotFound` if the history has none."""
    found = _entries(db, "h.id = ?", [change_id])
    if not found:
        raise RecordNotFound(change_id, "change")
    return found[0]


def resolve_id(db: sqlite_utils.Database, typed: str, *, change: bool = False) -> str:
    """The full ID the history knows that is ``typed`` or starts with it: of a record it
    names (one that may be gone, as a removed one is), or with ``change`` of a change.

    Raises as :func:`archive_app.core.identifiers.resolve_id` does.
    """
    column, table = ("id", "history") if change else ("record_id", "history_item")
    text = typed.strip()
    if db.execute(f"SELECT 1 FROM [{table}] WHERE [{column}] = ?", [text]).fetchone():
        return text
    if len(text) < identifiers.MIN_PREFIX:
        raise InvalidValue("id", typed, identifiers.SHORTEST_WANTED)
    found = [
        str(row[0])
        for row in db.execute(
            f"SELECT DISTINCT [{column}] FROM [{table}] WHERE [{column}] >= ? AND [{column}] < ? "
            f"ORDER BY [{column}] LIMIT ?",
            [text.lower(), text.lower() + "\U0010ffff", identifiers.SHOWN_CANDIDATES + 1],
        ).fetchall()
    ]
    kind = "change" if change else "record"
    if len(found) > 1:
        raise AmbiguousId(typed, [(i, kind) for i in found[: identifiers.SHOWN_CANDIDATES]])
    if not found:
        raise RecordNotFound(typed, "change" if change else None)
    return found[0]


# -- what stands now -------------------------------------------------------------------------------


def current(db: sqlite_utils.Database, item: Item) -> Any:
    """What the catalogue holds now where ``item`` changed something, in the item's terms: a
    field's value (``_ABSENT`` if the record is gone), a link's row or the record's presence
    (a dict or None)."""
    if item.field.startswith("link:"):
        table = item.field.removeprefix("link:")
        key = loads(item.key)
        where = " AND ".join(f"[{c}] = ?" for c in key)
        cursor = db.execute(f"SELECT * FROM [{table}] WHERE {where}", list(key.values()))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))
    spec = kinds.KINDS.get(item.kind)
    if spec is None:
        return _ABSENT
    if not item.field:
        present = db.execute(f"SELECT 1 FROM [{spec.table}] WHERE id = ?", [item.record_id])
        return {} if present.fetchone() else None
    row = db.execute(
        f"SELECT [{item.field}] FROM [{spec.table}] WHERE id = ?", [item.record_id]
    ).fetchone()
    if row is None:
        return _ABSENT
    return records.decode({item.field: row[0]})[item.field]


def stands(db: sqlite_utils.Database, item: Item) -> bool:
    """Whether what ``item`` left is still what the catalogue holds."""
    now = current(db, item)
    if not item.field:
        return (now is None) == (item.after is None)
    return bool(now == item.after)


def _later(db: sqlite_utils.Database, item: Item, seq: int) -> str | None:
    row = db.execute(
        "SELECT h.id FROM history_item AS i JOIN history AS h ON h.seq = i.change_seq "
        "WHERE i.record_id = ? AND i.field = ? AND i.key = ? AND i.change_seq > ? "
        "ORDER BY i.change_seq DESC LIMIT 1",
        [item.record_id, item.field, item.key, seq],
    ).fetchone()
    return None if row is None else str(row[0])


def conflicts(db: sqlite_utils.Database, entry: HistoryEntry) -> list[tuple[Item, str | None]]:
    """What a change did that no longer stands, each with the later change that altered it
    (None when the history does not know one)."""
    return [(item, _later(db, item, entry.seq)) for item in entry.items if not stands(db, item)]


# -- putting things back ---------------------------------------------------------------------------


def revert(db: sqlite_utils.Database, change_id: str) -> Applied:
    """Apply a change's inverse as a new change, inside the caller's transaction.

    Raises :class:`RecordNotFound` for an unknown change, :class:`NotRestorable` when the bin
    was emptied of what it needs, and :class:`ChangeConflict` when a later change altered
    something it changed.
    """
    return run(db, _undoing(db, change_id), reverts=change_id)


def _undoing(db: sqlite_utils.Database, change_id: str) -> Operation:
    """A change's inverse, once it is sure to apply cleanly (raises as :func:`revert`)."""
    entry = get(db, change_id)
    if entry.inverse is None:
        raise NotRestorable(change_id, "purged")
    found = conflicts(db, entry)
    if found:
        item, later = found[0]
        raise ChangeConflict(change_id, item.record_id, item.field, later)
    return from_json(entry.inverse)


def restore(db: sqlite_utils.Database, record_id: str) -> Applied:
    """Bring a removed record back from the bin (with its links and parts), as a new change.

    Raises :class:`NotRestorable` (``present``, ``never-removed`` or ``purged``) and
    :class:`ChangeConflict` as :func:`revert` does.
    """
    return revert(db, _removal(db, record_id))


def restoring(db: sqlite_utils.Database, record_id: str) -> Operation:
    """The operation that brings a removed record back (its removal's inverse), for running
    on the app's undo stack; raises as :func:`restore` does."""
    return _undoing(db, _removal(db, record_id))


def _removal(db: sqlite_utils.Database, record_id: str) -> str:
    """The id of the change that took a record away, while it can be brought back."""
    try:
        records.kind_of(db, record_id)
    except RecordNotFound:
        pass
    else:
        raise NotRestorable(record_id, "present")
    row = db.execute(
        "SELECT h.id, h.inverse FROM history_item AS i JOIN history AS h ON h.seq = i.change_seq "
        "WHERE i.record_id = ? AND i.field = '' AND i.after IS NULL "
        "ORDER BY i.change_seq DESC LIMIT 1",
        [record_id],
    ).fetchone()
    if row is None:
        raise NotRestorable(record_id, "never-removed")
    if row[1] is None:
        raise NotRestorable(record_id, "purged")
    return str(row[0])


def in_bin(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Records removed and not yet back, that can still be restored: each with its ``kind``,
    ``id``, what it was (``before``), when it went (``at``) and the ``change_id`` (parts taken
    along with a record, such as a transcript's segments, are listed too)."""
    found = []
    for row in db.execute(
        "SELECT i.record_kind, i.record_id, i.before, h.at, h.id FROM history_item AS i "
        "JOIN history AS h ON h.seq = i.change_seq WHERE i.field = '' AND i.after IS NULL "
        "AND h.inverse IS NOT NULL AND i.change_seq = (SELECT max(j.change_seq) FROM "
        "history_item AS j WHERE j.record_id = i.record_id AND j.field = '') ORDER BY h.seq"
    ).fetchall():
        spec = kinds.KINDS.get(str(row[0]))
        if spec is None:
            continue
        if db.execute(f"SELECT 1 FROM [{spec.table}] WHERE id = ?", [row[1]]).fetchone():
            continue
        found.append(
            {
                "kind": row[0],
                "id": row[1],
                "before": loads(row[2]),
                "at": row[3],
                "change_id": row[4],
            }
        )
    return found


def removed_themselves(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """What :func:`in_bin` lists, but only the records that were removed themselves (not the
    parts they took along): what a person asks to have back. Newest first."""
    found = []
    for entry in in_bin(db):
        summary = get_summary(db, entry["change_id"])
        if summary.get("record_id") == entry["id"]:
            found.append(entry)
    return list(reversed(found))


def get_summary(db: sqlite_utils.Database, change_id: str) -> dict[str, Any]:
    """What the history says a change did (its operation's summary)."""
    row = db.execute("SELECT summary FROM history WHERE id = ?", [change_id]).fetchone()
    if row is None:
        raise RecordNotFound(change_id, "change")
    found = loads(row[0])
    return found if isinstance(found, dict) else {}


def purge(db: sqlite_utils.Database, record_ids: Iterable[str] | None = None) -> list[str]:
    """Empty the bin (or take only ``record_ids`` out of it) for good: the removed records, the
    parts they took along, and their history go (the removal itself stays, saying only which
    record went); the audit log says how many and which ids. Returns the ids purged."""
    wanted = None if record_ids is None else set(record_ids)
    purged: list[str] = []
    for entry in in_bin(db):
        if wanted is not None and entry["id"] not in wanted:
            continue
        removal = get(db, entry["change_id"])
        for gone in {entry["id"], *_parts_of(removal.inverse)}:
            db.execute(
                "UPDATE history SET inverse = NULL WHERE seq IN "
                "(SELECT change_seq FROM history_item WHERE record_id = ?)",
                [gone],
            )
            db.execute(
                "DELETE FROM history_item WHERE record_id = ? AND NOT "
                "(record_id = ? AND change_seq = ? AND field = '')",
                [gone, entry["id"], removal.seq],
            )
        # the removal itself stays in the history, without what the record held
        db.execute(
            "UPDATE history_item SET before = ? WHERE change_seq = ? AND record_id = ? "
            "AND field = ''",
            [dumps({"id": entry["id"]}), removal.seq, entry["id"]],
        )
        purged.append(entry["id"])
    db.execute(
        "DELETE FROM history WHERE inverse IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM history_item WHERE change_seq = history.seq)"
    )
    if purged:
        audit.append(db, "bin.purge", None, {"records": len(purged), "ids": purged})
    return purged


def _parts_of(inverse: dict[str, Any] | None) -> set[str]:
    """The ids of the records a removal took along (segments of a transcript...)."""
    found: set[str] = set()
    for part in (inverse or {}).get("snapshot", {}).get("owned", []):
        for row in part.get("rows", []):
            if "id" in row:
                found.add(str(row["id"]))
    return found


def disagreements(db: sqlite_utils.Database) -> list[Item]:
    """Where the newest change of a field, link or record does not match the catalogue (empty
    when the history and the catalogue agree). Fields of records that are gone are not
    compared: their removal is in the history too."""
    found = []
    for row in db.execute(
        "SELECT i.record_kind, i.record_id, i.field, i.before, i.after, i.key FROM history_item "
        "AS i WHERE i.change_seq = (SELECT max(j.change_seq) FROM history_item AS j WHERE "
        "j.record_id = i.record_id AND j.field = i.field AND j.key = i.key)"
    ).fetchall():
        item = Item(
            str(row[0]), str(row[1]), str(row[2]), loads(row[3]), loads(row[4]), str(row[5])
        )
        if is_field(item.field) and current(db, item) is _ABSENT:
            continue
        if not stands(db, item):
            found.append(item)
    return found

"""Records made, edited, removed and restored: the four operations every kind shares.

Adding and removing are each other's inverse; removing keeps the record as it was stored, with
everything it took along, in its inverse (:class:`RestoreRecord`), which is how the bin works:
nothing is deleted outright until the bin is emptied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import now_iso
from archive_app.core.edits import kinds
from archive_app.core.edits.operation import NOTHING, Operation, Step, operation
from archive_app.core.errors import InvalidValue, NotRestorable, RecordInUse, RecordNotFound

Row = dict[str, Any]

#: kinds a curator adds by hand (photos, documents and recordings come from files)
ADDABLE = ("interview", "person", "family", "place", "migration", "collection", "tag", "section")

#: owned tables holding records of their own, by the kind they hold
_OWNED_KINDS = {
    "section": "section",
    "recording": "recording",
    "transcript": "transcript",
    "segment": "segment",
    "migration_episode": "migration",
}
#: link tables, and which column names a record of which kind (None: ``item_kind`` says)
LINK_ENDS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "interview_person": (("interview_id", "interview"), ("person_id", "person")),
    "family_member": (("family_id", "family"), ("person_id", "person")),
    "photo_person": (("photo_id", "photo"), ("person_id", "person")),
    "item_tag": (("tag_id", "tag"), ("item_id", None)),
    "collection_item": (("collection_id", "collection"), ("item_id", None)),
    "family_collection": (("family_id", "family"), ("collection_id", "collection")),
}
#: fields the audit log may name: ids and the names of records, never anybody's words
_AUDITED = ("title", "name", "to_city", "person_id", "interview_id", "transcript_id")
_WORDS = ("section", "segment", "transcript")
_SEGMENT_ACTIONS = {
    frozenset({"text"}): "segment.text",
    frozenset({"speaker"}): "segment.speaker",
}


# -- reading and writing rows exactly as stored --------------------------------------------------


def raw_rows(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Rows as stored (JSON columns left as text), for putting back byte for byte."""
    cursor = db.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def stored(db: sqlite_utils.Database, kind: str, record_id: str) -> Row | None:
    found = raw_rows(db, f"SELECT * FROM [{kinds.kind(kind).table}] WHERE id = ?", [record_id])
    return found[0] if found else None


def insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> None:
    db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in row)}) "
        f"VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )


def encode(fields: Mapping[str, Any]) -> Row:
    """Field values as columns hold them (lists as JSON text)."""
    row = dict(fields)
    for column in kinds.JSON_FIELDS & row.keys():
        if not isinstance(row[column], str):
            row[column] = json.dumps(list(row[column] or []), ensure_ascii=False)
    return row


def audit_details(kind: str, fields: Mapping[str, Any]) -> Row:
    keep = [f for f in _AUDITED if not (kind in _WORDS and f in ("title", "name"))]
    return {f: fields[f] for f in keep if f in fields}


def note_rows(step: Step, table: str, rows: Sequence[Mapping[str, Any]], present: bool) -> None:
    """Note rows taken along with a record (``present`` False) or brought back with it: the
    records that were part of it, and its links, each seen from both ends."""
    owned = _OWNED_KINDS.get(table)
    for row in rows:
        if owned is not None:
            decoded = records.decode(row)
            if present:
                step.added(owned, str(row["id"]), decoded)
            else:
                step.removed(owned, str(row["id"]), decoded)
        elif table in LINK_ENDS:
            ends = [
                (end_kind or str(row["item_kind"]), str(row[column]))
                for column, end_kind in LINK_ENDS[table]
            ]
            key = _key_of(table, row)
            step.link(table, key, ends, None if present else row, row if present else None)


# -- rules that look at more than one field --------------------------------------------------------


def check_record(
    db: sqlite_utils.Database, kind: str, record_id: str, fields: Row, current: Row | None
) -> None:
    """Rules across fields and records: a place is never under itself, two tags never share a
    name, a segment never ends before it starts. Raises :class:`InvalidValue`."""
    if kind == "place" and fields.get("parent_id"):
        if kinds.place_under(db, fields["parent_id"], record_id):
            raise InvalidValue("parent_id", fields["parent_id"], "a place not under this one")
    if kind == "tag" and "name" in fields:
        clash = db.execute(
            "SELECT 1 FROM tag WHERE name = ? AND id != ?", [fields["name"], record_id]
        ).fetchone()
        if clash:
            raise InvalidValue("name", fields["name"], "a tag name no other tag has")
    if kind == "segment":
        base = current or {}
        start = fields.get("start_s", base.get("start_s"))
        end = fields.get("end_s", base.get("end_s"))
        if start is not None and end is not None and end < start:
            raise InvalidValue("end_s", end, f"a time not before the start ({start})")


# -- the operations --------------------------------------------------------------------------------


@operation
@dataclass(frozen=True)
class AddRecord(Operation):
    """A new record of ``kind`` with the id given (so that later steps can name it first)."""

    name: ClassVar[str] = "add_record"
    kind: str
    record_id: str
    fields: dict[str, Any]

    def apply(self, step: Step) -> Operation:
        db = step.db
        if self.kind not in ADDABLE:
            raise InvalidValue("kind", self.kind, ", ".join(ADDABLE))
        checked = kinds.check_fields(db, self.kind, self.fields, adding=True)
        check_record(db, self.kind, self.record_id, checked, None)
        if stored(db, self.kind, self.record_id) is not None:
            raise InvalidValue("id", self.record_id, "an id no record has yet")
        stamp = now_iso()
        row = {"id": self.record_id, "created_at": stamp, "updated_at": stamp, **encode(checked)}
        insert_row(db, kinds.kind(self.kind).table, row)
        audit.append(db, f"{self.kind}.add", self.record_id, audit_details(self.kind, checked))
        step.added(self.kind, self.record_id, records.get(db, self.kind, self.record_id))
        step.value = self.record_id
        return RemoveRecord(self.kind, self.record_id)


@operation
@dataclass(frozen=True)
class SetFields(Operation):
    """New values for editable fields of one record; the inverse holds the values before."""

    name: ClassVar[str] = "set_fields"
    kind: str
    record_id: str
    fields: dict[str, Any]

    def apply(self, step: Step) -> Operation:
        db = step.db
        checked = kinds.check_fields(db, self.kind, self.fields)
        current = records.get(db, self.kind, self.record_id)
        check_record(db, self.kind, self.record_id, checked, current)
        changed = {f: v for f, v in checked.items() if current.get(f) != v}
        if not changed:
            return NOTHING
        records.update(db, self.kind, self.record_id, encode(changed))
        if self.kind == "segment":
            records.update(db, "transcript", str(current["transcript_id"]), {})
            action = _SEGMENT_ACTIONS.get(frozenset(changed), "segment.edit")
            if set(changed) <= {"start_s", "end_s"}:
                action = "segment.times"
            details: Row = {
                "transcript_id": current["transcript_id"],
                "position": current["position"],
            }
        else:
            action, details = f"{self.kind}.edit", {"fields": sorted(changed)}
        audit.append(db, action, self.record_id, details)
        for field_name, value in changed.items():
            step.field(self.kind, self.record_id, field_name, current.get(field_name), value)
        return SetFields(self.kind, self.record_id, {f: current.get(f) for f in changed})


@operation
@dataclass(frozen=True)
class RemoveRecord(Operation):
    """Take a record away with its links and the records that are part of it; references to it
    from other records are cleared. The inverse keeps all of it: the bin."""

    name: ClassVar[str] = "remove_record"
    kind: str
    record_id: str

    def apply(self, step: Step) -> Operation:
        db = step.db
        spec = kinds.kind(self.kind)
        if not spec.removable:
            removable = [k.name for k in kinds.KINDS.values() if k.removable]
            raise InvalidValue("kind", self.kind, ", ".join(removable))
        row = stored(db, self.kind, self.record_id)
        if row is None:
            raise RecordNotFound(self.record_id, self.kind)
        for blocker in spec.blockers:
            sql = f"SELECT 1 FROM [{blocker.table}] WHERE {blocker.where} LIMIT 1"
            if db.execute(sql, [self.record_id]).fetchone():
                raise RecordInUse(self.record_id, self.kind, blocker.table)
        owned: list[tuple[str, list[Row]]] = [
            (
                part.table,
                raw_rows(db, f"SELECT * FROM [{part.table}] WHERE {part.where}", [self.record_id]),
            )
            for part in spec.owned
        ]
        detached: list[tuple[str, str, list[str]]] = []
        for link in spec.detached:
            ids = [
                str(r[0])
                for r in db.execute(
                    f"SELECT id FROM [{link.table}] WHERE [{link.column}] = ?", [self.record_id]
                ).fetchall()
            ]
            if ids:
                detached.append((link.table, link.column, ids))
        decoded = records.decode(row)
        for table, rows in reversed(owned):
            for owned_row in rows:
                key = _key_of(table, owned_row)
                where = " AND ".join(f"[{c}] = ?" for c in key)
                db.execute(f"DELETE FROM [{table}] WHERE {where}", list(key.values()))
            note_rows(step, table, rows, present=False)
        for table, column, ids in detached:
            db.execute(
                f"UPDATE [{table}] SET [{column}] = NULL, updated_at = ? WHERE [{column}] = ?",
                [now_iso(), self.record_id],
            )
            for other in ids:
                step.field(_kind_of_table(table), other, column, self.record_id, None)
        db.execute(f"DELETE FROM [{spec.table}] WHERE id = ?", [self.record_id])
        taken = {table: len(rows) for table, rows in owned if rows}
        audit.append(
            db,
            f"{self.kind}.remove",
            self.record_id,
            {**audit_details(self.kind, decoded), **({"taken": taken} if taken else {})},
        )
        step.removed(self.kind, self.record_id, decoded)
        snapshot = {
            "row": row,
            "owned": [{"table": table, "rows": rows} for table, rows in owned],
            "detached": [
                {"table": table, "column": column, "ids": ids} for table, column, ids in detached
            ],
        }
        return RestoreRecord(self.kind, snapshot)


@operation
@dataclass(frozen=True)
class RestoreRecord(Operation):
    """Put back a record :class:`RemoveRecord` took away, exactly as it was stored (the same
    id, created, links and parts). Links to records that have gone since stay away."""

    name: ClassVar[str] = "restore_record"
    kind: str
    snapshot: dict[str, Any]

    def summary(self) -> dict[str, Any]:
        return {"op": self.name, "kind": self.kind, "record_id": self.snapshot["row"]["id"]}

    def apply(self, step: Step) -> Operation:
        db = step.db
        spec = kinds.kind(self.kind)
        row = dict(self.snapshot["row"])
        record_id = str(row["id"])
        if stored(db, self.kind, record_id) is not None:
            raise NotRestorable(record_id, "present")
        try:
            insert_row(db, spec.table, row)
        except sqlite3.IntegrityError as clash:
            raise InvalidValue("record", record_id, f"a record that fits ({clash})") from None
        for part in self.snapshot.get("owned", []):
            placed = []
            for owned_row in part["rows"]:
                try:
                    insert_row(db, part["table"], owned_row)
                except sqlite3.IntegrityError:
                    continue  # what it linked to has gone meanwhile
                placed.append(owned_row)
            note_rows(step, part["table"], placed, present=True)
        for link in self.snapshot.get("detached", []):
            detached_kind = _kind_of_table(link["table"])
            for other in link["ids"]:
                cursor = db.execute(
                    f"UPDATE [{link['table']}] SET [{link['column']}] = ?, updated_at = ? "
                    f"WHERE id = ? AND [{link['column']}] IS NULL",
                    [record_id, now_iso(), other],
                )
                if cursor.rowcount:
                    step.field(detached_kind, other, link["column"], None, record_id)
        decoded = records.decode(row)
        audit.append(db, f"{self.kind}.restore", record_id, audit_details(self.kind, decoded))
        step.added(self.kind, record_id, decoded)
        step.value = record_id
        return RemoveRecord(self.kind, record_id)


def _kind_of_table(table: str) -> str:
    for spec in kinds.KINDS.values():
        if spec.table == table:
            return spec.name
    raise InvalidValue("table", table, "a table of records")


_LINK_KEYS: dict[str, tuple[str, ...]] = {
    "interview_person": ("interview_id", "person_id", "role"),
    "family_member": ("family_id", "person_id"),
    "photo_person": ("photo_id", "person_id"),
    "item_tag": ("tag_id", "item_id"),
    "collection_item": ("collection_id", "item_id"),
    "family_collection": ("family_id", "collection_id"),
}


def _key_of(table: str, row: Mapping[str, Any]) -> Row:
    return {column: row[column] for column in _LINK_KEYS.get(table, ("id",))}

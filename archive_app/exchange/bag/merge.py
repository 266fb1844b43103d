"""Merging a curator's bag into this archive: records by UUID, media by hash, nothing twice.

The rules (the same whatever order bags arrive in, and a bag merged twice changes nothing):

- a record the archive lacks is added as it is, with its id and timestamps;
- a record both hold alike is left alone;
- a record both hold differently keeps the newer version (``updated_at``; on a tie, the one
  whose content sorts last), and the other is reported as a conflict and kept in the record's
  history: a ``merge`` change from the version set aside to the version kept, field by field
  (``history ID`` shows both; reverting it puts the set-aside values back as a new change), and
  whole in the audit log (``merge.set_aside``); a transcript's segments go with it (the history
  holds the transcript's own fields; its segments as set aside are in the audit log only);
- links (narrators, family members, depicted people, tags, collection items, what a consent
  covers) are the union of both sides; a collection item keeps the smaller position, a family
  member the first relationship in sort order;
- a recording, photo, document or transcript whose file the archive already has under another
  id is that record: the bag's id is read as the archive's, and its file is not copied again;
  a tag whose name the archive has under another id likewise;
- consent: records are never changed but for their withdrawal and evidence, so a withdrawal
  on either side stands (an already withdrawn record keeps its own), and evidence attached on
  either side is kept; an embargo is a record's term, and stands with it;
- closed passages: their terms never change; a passage still closed on either side stays
  closed (opened on one side only, it is reported as a conflict and closed again: closing is
  the careful direction); opened on both sides, it counts from the later of the two days.

Removals do not travel: a record or link removed on one side comes back from the other.

This is the one module that writes a bag into the catalogue. It writes rows as the bag has
them (ids and timestamps included), in the caller's transaction, with foreign keys checked at
commit; every change is appended to the audit log. A record or link the bag adds is not a
change in the history; a conflict is (see above).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.edits import EDITABLE, SetFields, history, journal
from archive_app.core.edits.journal import Item
from archive_app.core.records import Record
from archive_app.exchange.bag.catalogue import KINDS, MEDIA_KINDS, TABLES

#: list-valued columns kept as JSON text in the catalogue
_JSON_COLUMNS = {"other_names", "keywords", "audiences"}
#: columns of a consent record that may change (its withdrawal and its evidence)
_CONSENT_CHANGES = (
    "withdrawn_on",
    "withdrawal_reason",
    "form_document_id",
    "verbal_recording_id",
    "verbal_start_s",
    "verbal_end_s",
    "updated_at",
)
#: columns that refer to records of another kind, which the remapping follows
_REFERENCES = {
    "consent": (("form_document_id", "document"), ("verbal_recording_id", "recording")),
}


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
        }


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _items(items: Iterable[Item]) -> str:
    return _canonical([(i.field, i.before, i.after) for i in items])


def _decoded(row: Mapping[str, Any]) -> Record:
    out = dict(row)
    for column in _JSON_COLUMNS & out.keys():
        if isinstance(out[column], str):
            out[column] = json.loads(out[column]) if out[column] else []
    return out


def _encoded(row: Mapping[str, Any]) -> Record:
    out = dict(row)
    for column in _JSON_COLUMNS & out.keys():
        if not isinstance(out[column], str) and out[column] is not None:
            out[column] = json.dumps(list(out[column]), ensure_ascii=False)
    return out


class Merger:
    """One bag's documents merged into the catalogue ``db`` (inside the caller's transaction)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.report = MergeReport()
        self.same: dict[str, str] = {}  # the bag's id -> the archive's id for the same thing
        self._columns: dict[str, list[str]] = {}

    # -- rows ------------------------------------------------------------------------------

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [c.name for c in self.db.table(table).columns]
        return self._columns[table]

    def stored(self, table: str, key: str, value: str) -> Record | None:
        found = records.rows(self.db, f"SELECT * FROM [{table}] WHERE [{key}] = ?", [value])
        return _decoded(found[0]) if found else None

    def insert(self, table: str, row: Mapping[str, Any], ignore: bool = False) -> bool:
        columns = [c for c in self.columns(table) if c in row]
        values = _encoded({c: row[c] for c in columns})
        cursor = self.db.execute(
            f"INSERT {'OR IGNORE ' if ignore else ''}INTO [{table}] "
            f"({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})",
            list(values.values()),
        )
        return cursor.rowcount > 0

    def replace(self, table: str, row: Mapping[str, Any], only: Iterable[str] = ()) -> None:
        wanted = set(only) or set(self.columns(table)) - {"id"}
        columns = [c for c in self.columns(table) if c in row and c in wanted]
        values = _encoded({c: row[c] for c in columns})
        self.db.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
            [*values.values(), row["id"]],
        )

    def mapped(self, record_id: str | None) -> str | None:
        return None if record_id is None else self.same.get(record_id, record_id)

    # -- the bag -----------------------------------------------------------------------------

    def merge(self, documents: Mapping[str, list[Record]]) -> MergeReport:
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        self._match_same(documents)
        for kind in KINDS:
            for body in sorted(documents.get(kind, []), key=lambda b: str(b["record"]["id"])):
                if self.same.get(body["record"]["id"]):
                    # the archive has it under its own id: only the bag's links join it
                    if self._links(kind, body):
                        self.report.updated += 1
                    else:
                        self.report.unchanged += 1
                    continue
                if kind == "consent":
                    self._consent(body)
                elif kind == "passage":
                    self._passage(body)
                else:
                    self._record(kind, body)
        return self.report

    def _match_same(self, documents: Mapping[str, list[Record]]) -> None:
        for kind in MEDIA_KINDS:
            for body in documents.get(kind, []):
                row = body["record"]
                if not row.get("sha256"):
                    continue
                here = self.db.execute(
                    f"SELECT id FROM [{TABLES[kind]}] WHERE sha256 = ?", [row["sha256"]]
                ).fetchone()
                if here is not None and here[0] != row["id"]:
                    self.same[row["id"]] = str(here[0])
        for body in documents.get("tag", []):
            row = body["record"]
            here = self.db.execute("SELECT id FROM tag WHERE name = ?", [row["name"]]).fetchone()
            if here is not None and here[0] != row["id"]:
                self.same[row["id"]] = str(here[0])

    def _media(self, body: Record) -> None:
        media = body.get("media")
        if media:
            self.insert("media_file", media, ignore=True)

    def _record(self, kind: str, body: Record) -> None:
        table = TABLES[kind]
        incoming = _decoded(body["record"])
        for column, _target in _REFERENCES.get(kind, ()):
            incoming[column] = self.mapped(incoming.get(column))
        local = self.stored(table, "id", incoming["id"])
        self._media(body)
        version_in = self._version(kind, incoming, body)
        if local is None:
            self.insert(table, incoming)
            self._attached(kind, incoming["id"], body, replace=True)
            self._links(kind, body)
            audit.append(self.db, f"{kind}.merge", incoming["id"], {"outcome": "added"})
            self.report.added += 1
            return
        version_here = self._version(kind, local, None)
        links_added = self._links(kind, body)
        if _canonical(version_in) == _canonical(version_here):
            if links_added:
                self.report.updated += 1
            else:
                self.report.unchanged += 1
            return
        newer_in = (incoming.get("updated_at") or "", _canonical(version_in)) > (
            local.get("updated_at") or "",
            _canonical(version_here),
        )
        fields = sorted(
            c for c in set(incoming) | set(local) if c != "id" and incoming.get(c) != local.get(c)
        )
        if newer_in:
            self.replace(table, incoming)
            self._attached(kind, incoming["id"], body, replace=True)
            self.report.updated += 1
        elif links_added:
            self.report.updated += 1
        audit.append(
            self.db,
            "merge.set_aside",
            incoming["id"],
            {
                "kind": kind,
                "kept": "bag" if newer_in else "archive",
                "set_aside": version_here if newer_in else version_in,
            },
        )
        kept, aside = (incoming, local) if newer_in else (local, incoming)
        self._in_history(kind, incoming["id"], kept, aside, "bag" if newer_in else "archive")
        self.report.conflicts.append(
            {
                "id": incoming["id"],
                "kind": kind,
                "kept": "bag" if newer_in else "archive",
                "fields": fields,
            }
        )

    def _in_history(
        self, kind: str, record_id: str, kept: Record, aside: Record, kept_from: str
    ) -> None:
        """Keep the version set aside in the record's history as the change from it to the
        version kept, one item per editable field they differ in; its inverse sets those
        fields back to the set-aside values. The same bag merged again adds nothing: a record
        whose last change is this one already is left alone."""
        fields = [
            f for f in EDITABLE.get(kind, ()) if _canonical(kept.get(f)) != _canonical(aside.get(f))
        ]
        if not fields:
            return
        items = [Item(kind, record_id, f, aside.get(f), kept.get(f)) for f in fields]
        last = history.of_record(self.db, record_id)[-1:]
        if last and last[0].operation == "merge" and _items(last[0].items) == _items(items):
            return
        journal.record(
            self.db,
            "merge",
            {"kind": kind, "id": record_id, "kept": kept_from, "fields": fields},
            SetFields(kind, record_id, {f: aside.get(f) for f in fields}).to_json(),
            items,
        )

    def _version(self, kind: str, row: Record, body: Record | None) -> Record:
        """What is compared: the row, and a transcript's segments with it."""
        if kind != "transcript":
            return row
        if body is not None:
            segments = [_decoded(s) for s in body["links"].get("segments", [])]
        else:
            segments = records.rows(
                self.db,
                "SELECT * FROM segment WHERE transcript_id = ? ORDER BY position, id",
                [row["id"]],
            )
        return {**row, "segments": sorted(segments, key=lambda s: (s["position"], s["id"]))}

    def _attached(self, kind: str, record_id: str, body: Record, replace: bool) -> None:
        """Rows owned by a record that follow the version kept: segments and sections."""
        if kind == "transcript":
            wanted = {s["id"] for s in body["links"].get("segments", [])}
            for (segment_id,) in self.db.execute(
                "SELECT id FROM segment WHERE transcript_id = ?", [record_id]
            ).fetchall():
                if segment_id not in wanted:
                    self.db.execute("DELETE FROM segment WHERE id = ?", [segment_id])
            for segment in body["links"].get("segments", []):
                if self.stored("segment", "id", segment["id"]) is None:
                    self.insert("segment", segment)
                else:
                    self.replace("segment", segment)

    def _links(self, kind: str, body: Record) -> int:
        """Add the bag's links the archive lacks; how many were added."""
        record_id = self.mapped(body["record"]["id"])
        links = body.get("links", {})
        added = 0
        if kind == "family":
            for member in links.get("members", []):
                added += self._family_member(str(record_id), member)
        elif kind == "interview":
            for person in links.get("people", []):
                added += self.insert(
                    "interview_person",
                    {
                        "interview_id": record_id,
                        "person_id": person["person_id"],
                        "role": person["role"],
                    },
                    ignore=True,
                )
            for section in links.get("sections", []):
                added += self._section(section)
        elif kind == "photo":
            for person_id in links.get("people", []):
                added += self.insert(
                    "photo_person", {"photo_id": record_id, "person_id": person_id}, ignore=True
                )
        elif kind == "tag":
            for item in links.get("items", []):
                added += self.insert(
                    "item_tag",
                    {
                        "tag_id": record_id,
                        "item_id": self.mapped(item["item_id"]),
                        "item_kind": item["item_kind"],
                    },
                    ignore=True,
                )
        elif kind == "collection":
            for item in links.get("items", []):
                added += self._collection_item(str(record_id), item)
        elif kind == "consent":
            for item in links.get("covers", []):
                added += self.insert(
                    "consent_item",
                    {
                        "consent_id": record_id,
                        "item_id": self.mapped(item["item_id"]),
                        "item_kind": item["item_kind"],
                    },
                    ignore=True,
                )
        return added

    def _family_member(self, family_id: str, member: Record) -> int:
        here = self.db.execute(
            "SELECT relationship FROM family_member WHERE family_id = ? AND person_id = ?",
            [family_id, member["person_id"]],
        ).fetchone()
        if here is None:
            self.insert("family_member", {"family_id": family_id, **member})
            return 1
        if member["relationship"] < here[0]:
            self.db.execute(
                "UPDATE family_member SET relationship = ? WHERE family_id = ? AND person_id = ?",
                [member["relationship"], family_id, member["person_id"]],
            )
            return 1
        return 0

    def _collection_item(self, collection_id: str, item: Record) -> int:
        item_id = self.mapped(item["item_id"])
        here = self.db.execute(
            "SELECT position FROM collection_item WHERE collection_id = ? AND item_id = ?",
            [collection_id, item_id],
        ).fetchone()
        if here is None:
            self.insert(
                "collection_item",
                {"collection_id": collection_id, **item, "item_id": item_id},
            )
            return 1
        if item["position"] < here[0]:
            self.db.execute(
                "UPDATE collection_item SET position = ? WHERE collection_id = ? AND item_id = ?",
                [item["position"], collection_id, item_id],
            )
            return 1
        return 0

    def _section(self, section: Record) -> int:
        incoming = _decoded(section)
        local = self.stored("section", "id", incoming["id"])
        if local is None:
            self.insert("section", incoming)
            return 1
        if _canonical(incoming) == _canonical(local):
            return 0
        if (incoming.get("updated_at") or "", _canonical(incoming)) > (
            local.get("updated_at") or "",
            _canonical(local),
        ):
            self.replace("section", incoming)
            audit.append(
                self.db,
                "merge.set_aside",
                incoming["id"],
                {"kind": "section", "kept": "bag", "set_aside": local},
            )
            self._in_history("section", incoming["id"], incoming, local, "bag")
            return 1
        self._in_history("section", incoming["id"], local, incoming, "archive")
        return 0

    # -- consent -----------------------------------------------------------------------------

    def _consent(self, body: Record) -> None:
        incoming = _decoded(body["record"])
        for column, _target in _REFERENCES["consent"]:
            incoming[column] = self.mapped(incoming.get(column))
        local = self.stored("consent", "id", incoming["id"])
        if local is None:
            self.insert("consent", incoming)
            self._links("consent", body)
            audit.append(self.db, "consent.merge", incoming["id"], {"outcome": "added"})
            self.report.added += 1
            return
        links_added = self._links("consent", body)
        terms = [c for c in incoming if c not in _CONSENT_CHANGES and c != "id"]
        changed: dict[str, Any] = {}
        if local.get("withdrawn_on") is None and incoming.get("withdrawn_on") is not None:
            changed.update(
                withdrawn_on=incoming["withdrawn_on"],
                withdrawal_reason=incoming.get("withdrawal_reason"),
            )
        if local.get("form_document_id") is None and incoming.get("form_document_id"):
            changed["form_document_id"] = incoming["form_document_id"]
        if local.get("verbal_recording_id") is None and incoming.get("verbal_recording_id"):
            for column in ("verbal_recording_id", "verbal_start_s", "verbal_end_s"):
                changed[column] = incoming.get(column)
        differing = sorted(
            c for c in terms if _canonical(incoming.get(c)) != _canonical(local.get(c))
        )
        if changed:
            changed["updated_at"] = max(
                local.get("updated_at") or "", incoming.get("updated_at") or ""
            )
            self.replace("consent", {"id": incoming["id"], **changed}, only=changed)
            action = "consent.withdraw" if "withdrawn_on" in changed else "consent.evidence"
            audit.append(self.db, action, incoming["id"], {"merged": True, **changed})
            self.report.updated += 1
        elif links_added:
            self.report.updated += 1
        elif not differing:
            self.report.unchanged += 1
        if differing:
            self.report.conflicts.append(
                {"id": incoming["id"], "kind": "consent", "kept": "archive", "fields": differing}
            )

    # -- closed passages -----------------------------------------------------------------------

    def _passage(self, body: Record) -> None:
        incoming = _decoded(body["record"])
        incoming["recording_id"] = self.mapped(incoming.get("recording_id"))
        local = self.stored("closed_passage", "id", incoming["id"])
        if local is None:
            self.insert("closed_passage", incoming)
            audit.append(self.db, "passage.merge", incoming["id"], {"outcome": "added"})
            self.report.added += 1
            return
        opened_here, opened_there = local.get("opened_on"), incoming.get("opened_on")
        if opened_here == opened_there:
            self.report.unchanged += 1
            return
        if opened_here is None or opened_there is None:
            # opened on one side only: closed wins
            changed: dict[str, Any] = {"opened_on": None, "opening_reason": ""}
            kept = "closed"
        else:
            later = max(opened_here, opened_there)
            source = incoming if later == opened_there else local
            changed = {"opened_on": later, "opening_reason": source.get("opening_reason") or ""}
            kept = "later opening"
        self.report.conflicts.append(
            {"id": incoming["id"], "kind": "passage", "kept": kept, "fields": ["opened_on"]}
        )
        if local.get("opened_on") != changed["opened_on"]:
            changed["updated_at"] = max(
                local.get("updated_at") or "", incoming.get("updated_at") or ""
            )
            self.replace("closed_passage", {"id": incoming["id"], **changed}, only=changed)
            audit.append(self.db, "passage.merge", incoming["id"], {"merged": True, **changed})
            self.report.updated += 1

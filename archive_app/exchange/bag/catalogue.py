"""The catalogue as a bag carries it: whole rows of every record, with what hangs off them.

A curator's bag must give back the same catalogue when imported (every record with its id and
timestamps), so it reads rows as stored rather than through the pages' read model. This is the
one module of the bag that reads the catalogue; the merge writes through
:mod:`archive_app.exchange.bag.merge`.

:func:`closure` picks the records a selection needs: the interviews and photos the release lets
out, then everything they refer to (people, places up to the province, consent records of the
people and the forms they point at, the closed passages of the recordings and who asked for
them, families, migrations, tags, collections). A nullable
reference to a record left out of a partial bag is written as null, so that every reference in
a bag points inside it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from archive_app.core import records
from archive_app.core.records import Record

#: record kinds in the order they can be inserted (what a record refers to comes first)
KINDS: tuple[str, ...] = (
    "place",
    "person",
    "family",
    "migration",
    "interview",
    "recording",
    "document",
    "photo",
    "transcript",
    "tag",
    "collection",
    "consent",
    "passage",
)

TABLES: dict[str, str] = {
    "place": "place",
    "person": "person",
    "family": "family",
    "migration": "migration_episode",
    "interview": "interview",
    "recording": "recording",
    "document": "document",
    "photo": "photo",
    "transcript": "transcript",
    "tag": "tag",
    "collection": "collection",
    "consent": "consent",
    "passage": "closed_passage",
}

#: nullable references, by kind: (column, kind referred to)
NULLABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "place": (("parent_id", "place"),),
    "person": (("home_place_id", "place"),),
    "family": (("home_place_id", "place"),),
    "migration": (("from_place_id", "place"),),
    "interview": (("place_id", "place"),),
    "photo": (("interview_id", "interview"), ("place_id", "place")),
    "document": (("interview_id", "interview"),),
    "consent": (("form_document_id", "document"), ("verbal_recording_id", "recording")),
}

MEDIA_KINDS = ("recording", "photo", "document", "transcript")


@dataclass
class Picked:
    """The ids of every record going into a bag, by kind."""

    ids: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})

    def has(self, kind: str, record_id: str | None) -> bool:
        return record_id is not None and record_id in self.ids[kind]


def _column(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[str]:
    return [str(r[0]) for r in db.execute(sql, list(params)).fetchall() if r[0] is not None]


def _many(db: sqlite_utils.Database, sql: str, ids: Iterable[str]) -> list[str]:
    found: list[str] = []
    chunk: list[str] = []
    for value in ids:
        chunk.append(value)
        if len(chunk) == 500:
            found += _column(db, sql.format(marks=",".join("?" * len(chunk))), chunk)
            chunk = []
    if chunk:
        found += _column(db, sql.format(marks=",".join("?" * len(chunk))), chunk)
    return found


def whole(db: sqlite_utils.Database) -> Picked:
    """Every record of the archive."""
    picked = Picked()
    for kind, table in TABLES.items():
        picked.ids[kind] = set(_column(db, f"SELECT id FROM [{table}]"))
    return picked


def closure(
    db: sqlite_utils.Database,
    interview_ids: Iterable[str],
    photo_ids: Iterable[str],
    collection_ids: Iterable[str],
) -> Picked:
    """The records a partial bag needs: the given items and what they refer to."""
    picked = Picked()
    ids = picked.ids
    ids["interview"] |= set(interview_ids)
    ids["photo"] |= set(photo_ids)
    ids["collection"] |= set(collection_ids)
    interviews = ids["interview"]
    ids["recording"] |= set(
        _many(db, "SELECT id FROM recording WHERE interview_id IN ({marks})", interviews)
    )
    ids["transcript"] |= set(
        _many(db, "SELECT id FROM transcript WHERE interview_id IN ({marks})", interviews)
    )
    ids["document"] |= set(
        _many(db, "SELECT id FROM document WHERE interview_id IN ({marks})", interviews)
    )
    people = set(
        _many(
            db, "SELECT person_id FROM interview_person WHERE interview_id IN ({marks})", interviews
        )
    )
    people |= set(
        _many(db, "SELECT person_id FROM photo_person WHERE photo_id IN ({marks})", ids["photo"])
    )
    # the closed passages of its recordings travel with an interview, and whoever asked for them
    ids["passage"] |= set(
        _many(db, "SELECT id FROM closed_passage WHERE recording_id IN ({marks})", ids["recording"])
    )
    people |= set(
        _many(db, "SELECT person_id FROM closed_passage WHERE id IN ({marks})", ids["passage"])
    )
    consents = set(_many(db, "SELECT id FROM consent WHERE person_id IN ({marks})", people))
    people |= set(_many(db, "SELECT guardian_id FROM consent WHERE id IN ({marks})", consents))
    ids["consent"] |= consents
    ids["document"] |= set(
        _many(db, "SELECT form_document_id FROM consent WHERE id IN ({marks})", consents)
    )
    ids["person"] |= people
    ids["migration"] |= set(
        _many(db, "SELECT id FROM migration_episode WHERE person_id IN ({marks})", people)
    )
    ids["family"] |= set(
        _many(db, "SELECT family_id FROM family_member WHERE person_id IN ({marks})", people)
    )
    places: set[str] = set()
    for kind, column in (
        ("interview", "place_id"),
        ("photo", "place_id"),
        ("person", "home_place_id"),
        ("family", "home_place_id"),
        ("migration", "from_place_id"),
    ):
        places |= set(
            _many(db, f"SELECT {column} FROM [{TABLES[kind]}] WHERE id IN ({{marks}})", ids[kind])
        )
    while True:  # every place up to the province
        parents = (
            set(_many(db, "SELECT parent_id FROM place WHERE id IN ({marks})", places)) - places
        )
        if not parents:
            break
        places |= parents
    ids["place"] |= places
    items = ids["interview"] | ids["photo"] | people | ids["family"] | places | ids["document"]
    ids["tag"] |= set(_many(db, "SELECT tag_id FROM item_tag WHERE item_id IN ({marks})", items))
    return picked


# -- whole rows ----------------------------------------------------------------------------------


def _rows(db: sqlite_utils.Database, table: str, column: str, ids: Iterable[str]) -> list[Record]:
    found: list[Record] = []
    chunk: list[str] = []
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found += records.rows(
            db,
            f"SELECT * FROM [{table}] WHERE [{column}] IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    return found


def documents(db: sqlite_utils.Database, picked: Picked) -> dict[str, list[Record]]:
    """Every picked record as a bag document body: ``{"record": row, "links": {...}}`` by kind,
    with the stored file (``media``) of recordings, photos, documents and transcripts."""
    ids = picked.ids
    out: dict[str, list[Record]] = {}
    media = {
        row["sha256"]: row
        for kind in MEDIA_KINDS
        for row in _rows(
            db,
            "media_file",
            "sha256",
            _column_of(_rows(db, TABLES[kind], "id", ids[kind]), "sha256"),
        )
    }
    grouped: dict[str, dict[str, list[Record]]] = {}

    def links(table: str, column: str, kind: str) -> dict[str, list[Record]]:
        key = f"{table}.{column}"
        if key not in grouped:
            bucket: dict[str, list[Record]] = {}
            for row in _rows(db, table, column, ids[kind]):
                bucket.setdefault(str(row[column]), []).append(row)
            grouped[key] = bucket
        return grouped[key]

    for kind in KINDS:
        bodies: list[Record] = []
        for row in _rows(db, TABLES[kind], "id", ids[kind]):
            _cut_references(kind, row, picked)
            body: Record = {"record": _plain(kind, row), "links": {}}
            attached = body["links"]
            record_id = row["id"]
            if kind == "family":
                attached["members"] = sorted(
                    (
                        {"person_id": m["person_id"], "relationship": m["relationship"]}
                        for m in links("family_member", "family_id", "family").get(record_id, [])
                        if picked.has("person", m["person_id"])
                    ),
                    key=lambda m: m["person_id"],
                )
            elif kind == "interview":
                attached["people"] = sorted(
                    (
                        {"person_id": p["person_id"], "role": p["role"]}
                        for p in links("interview_person", "interview_id", "interview").get(
                            record_id, []
                        )
                        if picked.has("person", p["person_id"])
                    ),
                    key=lambda p: (p["person_id"], p["role"]),
                )
                attached["sections"] = sorted(
                    links("section", "interview_id", "interview").get(record_id, []),
                    key=lambda s: (s["start_s"], s["id"]),
                )
            elif kind == "photo":
                attached["people"] = sorted(
                    p["person_id"]
                    for p in links("photo_person", "photo_id", "photo").get(record_id, [])
                    if picked.has("person", p["person_id"])
                )
            elif kind == "transcript":
                attached["segments"] = sorted(
                    links("segment", "transcript_id", "transcript").get(record_id, []),
                    key=lambda s: (s["position"], s["id"]),
                )
            elif kind == "tag":
                attached["items"] = sorted(
                    (
                        {"item_id": t["item_id"], "item_kind": t["item_kind"]}
                        for t in links("item_tag", "tag_id", "tag").get(record_id, [])
                        if _picked_item(picked, t["item_kind"], t["item_id"])
                    ),
                    key=lambda t: t["item_id"],
                )
            elif kind == "collection":
                attached["items"] = sorted(
                    (
                        {
                            "item_id": c["item_id"],
                            "item_kind": c["item_kind"],
                            "position": c["position"],
                        }
                        for c in links("collection_item", "collection_id", "collection").get(
                            record_id, []
                        )
                        if _picked_item(picked, c["item_kind"], c["item_id"])
                    ),
                    key=lambda c: (c["position"], c["item_id"]),
                )
            elif kind == "consent":
                attached["covers"] = sorted(
                    (
                        {"item_id": c["item_id"], "item_kind": c["item_kind"]}
                        for c in links("consent_item", "consent_id", "consent").get(record_id, [])
                    ),
                    key=lambda c: c["item_id"],
                )
            if kind in MEDIA_KINDS and row.get("sha256"):
                body["media"] = media.get(row["sha256"])
            bodies.append(body)
        out[kind] = bodies
    return out


_ITEM_KINDS = {"migration_episode": "migration"}


def _picked_item(picked: Picked, item_kind: str, item_id: str) -> bool:
    kind = _ITEM_KINDS.get(item_kind, item_kind)
    return kind in picked.ids and item_id in picked.ids[kind]


def _column_of(rows: list[Record], column: str) -> list[str]:
    return [str(r[column]) for r in rows if r.get(column)]


def _cut_references(kind: str, row: Record, picked: Picked) -> None:
    for column, target in NULLABLE.get(kind, ()):
        if row.get(column) and not picked.has(target, row[column]):
            row[column] = None


def _plain(kind: str, row: Record) -> Record:
    if kind in ("consent", "passage") and isinstance(row.get("audiences"), str):
        row = {**row, "audiences": json.loads(row["audiences"])}
    return row

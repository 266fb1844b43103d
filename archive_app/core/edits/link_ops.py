"""Links between records, made and taken away by one pair of operations: a person in an
interview (narrator, interviewer, mentioned), a member of a family, a person in a photo, a tag
on an item, an item in a collection.

One table (:data:`LINKS`) says, for each kind of link, which columns name it, which records it
joins and what it carries (a role, a relationship, a place in the collection).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from archive_app.core import audit, records
from archive_app.core.clock import now_iso
from archive_app.core.edits import kinds
from archive_app.core.edits.operation import NOTHING, Batch, Operation, Step, operation
from archive_app.core.edits.record_ops import LINK_ENDS, AddRecord, raw_rows
from archive_app.core.errors import InvalidValue, RecordNotFound

Row = dict[str, Any]


@dataclass(frozen=True)
class LinkKind:
    """One kind of link: its table, the columns that name one link (``key``), the columns it
    carries besides (``values``), the record its audit entries are about and their actions."""

    table: str
    key: tuple[str, ...]
    values: tuple[str, ...]
    about: str
    made: str
    taken: str
    #: the value columns the audit log may name
    audited: tuple[str, ...] = field(default=())


LINKS: dict[str, LinkKind] = {
    "interview_person": LinkKind(
        "interview_person",
        ("interview_id", "person_id", "role"),
        (),
        "interview_id",
        "interview.link",
        "interview.unlink",
        ("person_id", "role"),
    ),
    "family_member": LinkKind(
        "family_member",
        ("family_id", "person_id"),
        ("relationship",),
        "family_id",
        "family.member",
        "family.unlink",
        ("person_id", "relationship"),
    ),
    "photo_person": LinkKind(
        "photo_person",
        ("photo_id", "person_id"),
        (),
        "photo_id",
        "photo.link",
        "photo.unlink",
        ("person_id",),
    ),
    "item_tag": LinkKind(
        "item_tag",
        ("tag_id", "item_id"),
        ("item_kind",),
        "item_id",
        "tag.item",
        "tag.untag",
        ("tag_id",),
    ),
    # a collection a curator marks for a family, which family mode then shows too
    "family_collection": LinkKind(
        "family_collection",
        ("family_id", "collection_id"),
        ("marked_at",),
        "family_id",
        "family.mark_collection",
        "family.unmark_collection",
        ("collection_id",),
    ),
    "collection_item": LinkKind(
        "collection_item",
        ("collection_id", "item_id"),
        ("item_kind", "position"),
        "collection_id",
        "collection.item",
        "collection.remove",
        ("item_id",),
    ),
}

#: kinds that can be put in a collection
COLLECTABLE = ("interview", "photo")
#: kinds that can carry a tag
TAGGABLE = ("interview", "person", "family", "place", "photo", "document", "collection")


def link_kind(table: str) -> LinkKind:
    try:
        return LINKS[table]
    except KeyError:
        raise InvalidValue("link", table, ", ".join(LINKS)) from None


def _key(spec: LinkKind, row: Mapping[str, Any]) -> Row:
    try:
        return {column: row[column] for column in spec.key}
    except KeyError as missing:
        raise InvalidValue(str(missing.args[0]), None, "a value naming the link") from None


def _current(step: Step, spec: LinkKind, key: Mapping[str, Any]) -> Row | None:
    where = " AND ".join(f"[{c}] = ?" for c in key)
    found = raw_rows(step.db, f"SELECT * FROM [{spec.table}] WHERE {where}", list(key.values()))
    return found[0] if found else None


def _ends(spec: LinkKind, row: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (kind or str(row["item_kind"]), str(row[column])) for column, kind in LINK_ENDS[spec.table]
    ]


def _checked(step: Step, spec: LinkKind, row: Mapping[str, Any]) -> Row:
    """The link as it will be stored: both ends exist, the role or relationship is known, an
    item's kind is filled in and a new collection item goes at the end."""
    db = step.db
    checked = dict(row)
    for column, kind in LINK_ENDS[spec.table]:
        value = checked.get(column)
        if not isinstance(value, str) or not value:
            raise InvalidValue(column, value, "the id of a record")
        if kind is not None:
            records.get(db, kind, value)
        else:
            checked["item_kind"] = records.kind_of(db, value)
    if spec.table == "interview_person" and checked.get("role") not in kinds.ROLES:
        raise InvalidValue("role", checked.get("role"), ", ".join(kinds.ROLES))
    if spec.table == "family_member" and checked.get("relationship") not in kinds.RELATIONSHIPS:
        raise InvalidValue(
            "relationship", checked.get("relationship"), ", ".join(kinds.RELATIONSHIPS)
        )
    if spec.table == "collection_item" and checked["item_kind"] not in COLLECTABLE:
        raise InvalidValue("item", checked["item_kind"], "an interview or a photo")
    if spec.table == "item_tag" and checked["item_kind"] not in TAGGABLE:
        raise InvalidValue("item", checked["item_kind"], ", ".join(TAGGABLE))
    if spec.table == "family_collection" and not checked.get("marked_at"):
        checked["marked_at"] = now_iso()
    if spec.table == "collection_item" and checked.get("position") is None:
        checked["position"] = db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM collection_item WHERE collection_id = ?",
            [checked["collection_id"]],
        ).fetchone()[0]
    unknown = set(checked) - set(spec.key) - set(spec.values)
    if unknown:
        raise InvalidValue("field", sorted(unknown)[0], ", ".join((*spec.key, *spec.values)))
    return {column: checked.get(column) for column in (*spec.key, *spec.values)}


def _log(step: Step, spec: LinkKind, action: str, row: Mapping[str, Any]) -> None:
    audit.append(
        step.db, action, str(row[spec.about]), {c: row[c] for c in spec.audited if c in row}
    )


@operation
@dataclass(frozen=True)
class Link(Operation):
    """Make a link (or change what an existing one carries: a new relationship)."""

    name: ClassVar[str] = "link"
    table: str
    row: dict[str, Any]

    def apply(self, step: Step) -> Operation:
        spec = link_kind(self.table)
        row = _checked(step, spec, self.row)
        key = _key(spec, row)
        before = _current(step, spec, key)
        if before is not None:  # what was filled in for want of a value stays as it was
            row.update({c: before[c] for c in spec.values if c not in self.row})
        if before is not None and all(before[c] == row[c] for c in spec.values):
            return NOTHING
        if before is None:
            columns = list(row)
            step.db.execute(
                f"INSERT INTO [{spec.table}] ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                list(row.values()),
            )
        else:
            sets = ", ".join(f"[{c}] = ?" for c in spec.values)
            where = " AND ".join(f"[{c}] = ?" for c in key)
            step.db.execute(
                f"UPDATE [{spec.table}] SET {sets} WHERE {where}",
                [*(row[c] for c in spec.values), *key.values()],
            )
        _log(step, spec, spec.made, row)
        step.link(spec.table, key, _ends(spec, row), before, row)
        return Link(spec.table, before) if before is not None else Unlink(spec.table, key)


@operation
@dataclass(frozen=True)
class Unlink(Operation):
    """Take a link away; taking away a link that is not there changes nothing."""

    name: ClassVar[str] = "unlink"
    table: str
    key: dict[str, Any]

    def apply(self, step: Step) -> Operation:
        spec = link_kind(self.table)
        key = _key(spec, self.key)
        before = _current(step, spec, key)
        if before is None:
            return NOTHING
        where = " AND ".join(f"[{c}] = ?" for c in key)
        step.db.execute(f"DELETE FROM [{spec.table}] WHERE {where}", list(key.values()))
        _log(step, spec, spec.taken, before)
        step.link(spec.table, key, _ends(spec, before), before, None)
        return Link(spec.table, before)


@operation
@dataclass(frozen=True)
class TagByName(Operation):
    """Put the tag called ``tag_name`` on an item, making the tag (with ``new_tag_id``) when
    the archive has none of that name; undoing it takes a tag made for it away again."""

    name: ClassVar[str] = "tag"
    item_id: str
    tag_name: str
    new_tag_id: str

    def apply(self, step: Step) -> Operation:
        tag_name = kinds.text(required=True)(step.db, "name", self.tag_name)
        found = step.db.execute("SELECT id FROM tag WHERE name = ?", [tag_name]).fetchone()
        undo: list[Operation] = []
        if found is None:
            records.kind_of(step.db, self.item_id)  # an unknown item makes no tag
            undo.append(AddRecord("tag", self.new_tag_id, {"name": tag_name}).apply(step))
            tag_id = self.new_tag_id
        else:
            tag_id = str(found[0])
        undo.insert(0, Link("item_tag", {"tag_id": tag_id, "item_id": self.item_id}).apply(step))
        return Batch([u for u in undo if u is not NOTHING])


@operation
@dataclass(frozen=True)
class UntagByName(Operation):
    """Take the tag called ``tag_name`` (or with that id) off an item."""

    name: ClassVar[str] = "untag"
    item_id: str
    tag_name: str

    def apply(self, step: Step) -> Operation:
        found = step.db.execute(
            "SELECT id FROM tag WHERE name = ? OR id = ?", [self.tag_name.strip(), self.tag_name]
        ).fetchone()
        if found is None:
            raise RecordNotFound(self.tag_name, "tag")
        return Unlink("item_tag", {"tag_id": str(found[0]), "item_id": self.item_id}).apply(step)


def link_key(table: str, key: Mapping[str, Any]) -> str:
    """A link's key as the history writes it."""
    spec = link_kind(table)
    return json.dumps(_key(spec, key), ensure_ascii=False, sort_keys=True)

"""The one way the catalogue is edited: every change an operation that checks its values, writes
in one transaction, appends to the audit log, keeps itself with its inverse in the history, and
returns what changed (:class:`Changes`) and that inverse.

The app's undo, the command line's ``edit``/``tag``/``remove``/``revert`` and merges of archives
all apply the same operations::

    from archive_app.core import edits

    applied = edits.apply(archive, edits.set_fields("interview", interview_id, title="外婆"))
    applied.changes      # what the views redraw
    applied.inverse      # apply it to undo
    edits.history.revert(db, applied.change_id)   # the same, after a restart

Modules: :mod:`.kinds` (one table per kind of record), :mod:`.operation` (the machinery),
:mod:`.record_ops`, :mod:`.link_ops`, :mod:`.transcript_ops`, :mod:`.passage_ops` (the
operations), :mod:`.history` (reading, reverting, the bin).
"""

from __future__ import annotations

from typing import Any

from archive_app.core.clock import new_id
from archive_app.core.edits import history, kinds
from archive_app.core.edits.changes import ALL_KINDS, Changes
from archive_app.core.edits.kinds import EDITABLE, check_fields
from archive_app.core.edits.link_ops import Link, TagByName, Unlink, UntagByName
from archive_app.core.edits.operation import (
    NOTHING,
    Applied,
    Batch,
    Operation,
    apply,
    from_json,
    run,
)
from archive_app.core.edits.passage_ops import ClosePassage, OpenPassage, ReclosePassage
from archive_app.core.edits.record_ops import AddRecord, RemoveRecord, RestoreRecord, SetFields
from archive_app.core.edits.transcript_ops import (
    AddTranscript,
    DeleteSegment,
    InsertSegment,
    MergeSegments,
    RenameSpeaker,
    SplitSegment,
    as_passage,
    as_values,
)

__all__ = [
    "ALL_KINDS",
    "EDITABLE",
    "NOTHING",
    "AddRecord",
    "AddTranscript",
    "Applied",
    "Batch",
    "Changes",
    "ClosePassage",
    "DeleteSegment",
    "InsertSegment",
    "Link",
    "MergeSegments",
    "OpenPassage",
    "Operation",
    "ReclosePassage",
    "RemoveRecord",
    "RenameSpeaker",
    "RestoreRecord",
    "SetFields",
    "SplitSegment",
    "TagByName",
    "Unlink",
    "UntagByName",
    "add",
    "apply",
    "as_passage",
    "as_values",
    "check_fields",
    "collect",
    "depict",
    "from_json",
    "history",
    "kinds",
    "link_person",
    "remove",
    "run",
    "set_fields",
    "set_member",
    "tag",
    "uncollect",
    "undepict",
    "unlink_person",
    "untag",
]


def add(kind: str, fields: dict[str, Any], record_id: str | None = None) -> AddRecord:
    """A new record of ``kind`` (its id made now unless given, so later steps can name it)."""
    return AddRecord(kind, record_id or new_id(), dict(fields))


def set_fields(kind: str, record_id: str, **fields: Any) -> SetFields:
    return SetFields(kind, record_id, fields)


def remove(kind: str, record_id: str) -> RemoveRecord:
    return RemoveRecord(kind, record_id)


def link_person(interview_id: str, person_id: str, role: str) -> Link:
    """A person in an interview as narrator, interviewer or mentioned."""
    return Link(
        "interview_person", {"interview_id": interview_id, "person_id": person_id, "role": role}
    )


def unlink_person(interview_id: str, person_id: str, role: str) -> Unlink:
    return Unlink(
        "interview_person", {"interview_id": interview_id, "person_id": person_id, "role": role}
    )


def set_member(family_id: str, person_id: str, relationship: str | None) -> Operation:
    """A person in a family with a relationship (None: taken out of it)."""
    key = {"family_id": family_id, "person_id": person_id}
    if relationship is None:
        return Unlink("family_member", key)
    return Link("family_member", {**key, "relationship": relationship})


def depict(photo_id: str, person_id: str) -> Link:
    """A photo shows a person."""
    return Link("photo_person", {"photo_id": photo_id, "person_id": person_id})


def undepict(photo_id: str, person_id: str) -> Unlink:
    return Unlink("photo_person", {"photo_id": photo_id, "person_id": person_id})


def tag(item_id: str, tag_name: str) -> TagByName:
    """The tag called ``tag_name`` on an item (the tag made when there is none)."""
    return TagByName(item_id, tag_name, new_id())


def untag(item_id: str, tag_name: str) -> UntagByName:
    return UntagByName(item_id, tag_name)


def collect(collection_id: str, item_id: str) -> Link:
    """An interview or photo put at the end of a collection."""
    return Link("collection_item", {"collection_id": collection_id, "item_id": item_id})


def uncollect(collection_id: str, item_id: str) -> Unlink:
    return Unlink("collection_item", {"collection_id": collection_id, "item_id": item_id})

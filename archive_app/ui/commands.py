"""Every edit as an undoable command. Redo and undo are writes queued on the background writer,
so they run in the order the person made them; each records what undo needs when it runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtGui import QUndoCommand

from archive_app.core import browse, interviews, people
from archive_app.core.archive import Archive
from archive_app.ui.changes import Change
from archive_app.ui.session import ArchiveSession


class RecordRef:
    """The id of a record a command will add; known once the command has run on the writer.
    Later commands in the same batch may name it before it exists."""

    def __init__(self, record_id: str | None = None) -> None:
        self.id = record_id

    def __str__(self) -> str:
        return self.id or ""


IdLike = str | RecordRef


def _id(value: IdLike) -> str:
    if isinstance(value, RecordRef):
        if value.id is None:
            raise RuntimeError("a record this edit needs was not added")
        return value.id
    return value


def _resolve(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: _id(v) if isinstance(v, RecordRef) else v for k, v in fields.items()}


class WriteCommand(QUndoCommand):
    """A command whose redo and undo are writes. Subclasses give :meth:`forward` and
    :meth:`backward`, each run in one transaction on the writer, each returning the change.

    Given a :class:`Batch` as ``parent``, the command becomes one step of the batch instead of
    a Qt child command (Qt would delete children that Python also owns).
    """

    def __init__(
        self, session: ArchiveSession, text: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text)
        self.session = session
        if isinstance(parent, Batch):
            parent.steps.append(self)

    def redo(self) -> None:
        self.session.write(lambda archive: self._in_transaction(archive, self.forward))

    def undo(self) -> None:
        self.session.write(lambda archive: self._in_transaction(archive, self.backward))

    @staticmethod
    def _in_transaction(
        archive: Archive, step: Callable[[sqlite_utils.Database], Change]
    ) -> Change:
        with archive.transaction() as db:
            return step(db)

    def forward(self, db: sqlite_utils.Database) -> Change:
        return Change()

    def backward(self, db: sqlite_utils.Database) -> Change:
        return Change()


class Batch(WriteCommand):
    """Several steps undone and redone as one, in one transaction: steps run in order and are
    undone in reverse."""

    def __init__(self, session: ArchiveSession, text: str) -> None:
        self.steps: list[WriteCommand] = []
        super().__init__(session, text)

    def forward(self, db: sqlite_utils.Database) -> Change:
        change = Change()
        for step in self.steps:
            change.merge(step.forward(db))
        return change

    def backward(self, db: sqlite_utils.Database) -> Change:
        change = Change()
        for step in reversed(self.steps):
            change.merge(step.backward(db))
        return change


class EditFields(WriteCommand):
    """Change fields of one record; undo puts back the values they had."""

    def __init__(
        self,
        session: ArchiveSession,
        kind: str,
        record_id: str,
        fields: dict[str, Any],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.kind = kind
        self.record_id = record_id
        self.fields = fields
        self._before: dict[str, Any] | None = None

    def forward(self, db: sqlite_utils.Database) -> Change:
        before = browse.set_fields(db, self.kind, self.record_id, _resolve(self.fields))
        if self._before is None:
            self._before = before
        return self._change()

    def backward(self, db: sqlite_utils.Database) -> Change:
        if self._before is not None:
            browse.set_fields(db, self.kind, self.record_id, self._before)
        return self._change()

    def _change(self) -> Change:
        return Change.of(
            updated={self.kind: [self.record_id]}, value={"fields": sorted(self.fields)}
        )


class AddRecord(WriteCommand):
    """Add a record with ``create(db) -> id``; undo takes it away again and redo puts the very
    same record back, so later commands naming it keep working."""

    def __init__(
        self,
        session: ArchiveSession,
        kind: str,
        create: Callable[[sqlite_utils.Database], str],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.kind = kind
        self.create = create
        self.ref = RecordRef()
        self._stored: dict[str, Any] | None = None

    def forward(self, db: sqlite_utils.Database) -> Change:
        if self._stored is None:
            self.ref.id = self.create(db)
        else:
            browse.restore_record(db, self.kind, self._stored)
        return Change.of(added={self.kind: [_id(self.ref)]})

    def backward(self, db: sqlite_utils.Database) -> Change:
        record_id = _id(self.ref)
        self._stored = browse.remove_record(db, self.kind, record_id)
        return Change.of(removed={self.kind: [record_id]})


class LinkPerson(WriteCommand):
    """Link a person to an interview in a role (narrator, interviewer, mentioned); or, with
    ``unlink``, take the link away."""

    def __init__(
        self,
        session: ArchiveSession,
        interview_id: str,
        person: IdLike,
        role: str,
        text: str,
        *,
        unlink: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.interview_id = interview_id
        self.person = person
        self.role = role
        self.unlink = unlink

    def _set(self, db: sqlite_utils.Database, linked: bool) -> Change:
        person_id = _id(self.person)
        if linked:
            interviews.link_person(db, self.interview_id, person_id, self.role)
        else:
            interviews.unlink_person(db, self.interview_id, person_id, self.role)
        return Change.of(updated={"interview": [self.interview_id], "person": [person_id]})

    def forward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, not self.unlink)

    def backward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, self.unlink)


class SetMember(WriteCommand):
    """Put a person in a family with a relationship (``relationship=None`` takes them out);
    undo restores whatever they were before."""

    def __init__(
        self,
        session: ArchiveSession,
        family_id: IdLike,
        person: IdLike,
        relationship: str | None,
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.family = family_id
        self.person = person
        self.relationship = relationship
        self._before: str | None = None
        self._ran = False

    def _put(self, db: sqlite_utils.Database, relationship: str | None) -> str | None:
        family_id, person_id = _id(self.family), _id(self.person)
        if relationship is None:
            return browse.unlink_member(db, family_id, person_id)
        before = next(
            (m["relationship"] for m in people.members_of(db, family_id) if m["id"] == person_id),
            None,
        )
        people.add_member(db, family_id, person_id, relationship)
        return before

    def _change(self) -> Change:
        return Change.of(updated={"family": [_id(self.family)], "person": [_id(self.person)]})

    def forward(self, db: sqlite_utils.Database) -> Change:
        before = self._put(db, self.relationship)
        if not self._ran:
            self._before, self._ran = before, True
        return self._change()

    def backward(self, db: sqlite_utils.Database) -> Change:
        self._put(db, self._before)
        return self._change()


class LinkPhotoPerson(WriteCommand):
    """Say a photo depicts a person (or, with ``unlink``, that it does not)."""

    def __init__(
        self,
        session: ArchiveSession,
        photo_id: str,
        person: IdLike,
        text: str,
        *,
        unlink: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.photo_id = photo_id
        self.person = person
        self.unlink = unlink

    def _set(self, db: sqlite_utils.Database, linked: bool) -> Change:
        person_id = _id(self.person)
        if linked:
            browse.link_photo_person(db, self.photo_id, person_id)
        else:
            browse.unlink_photo_person(db, self.photo_id, person_id)
        return Change.of(updated={"photo": [self.photo_id], "person": [person_id]})

    def forward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, not self.unlink)

    def backward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, self.unlink)


class TagItem(WriteCommand):
    """Put a tag (found or added by name) on an item, or take it off with ``untag``."""

    def __init__(
        self,
        session: ArchiveSession,
        item_kind: str,
        item_id: str,
        tag_name: str,
        text: str,
        *,
        untag: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.item_kind = item_kind
        self.item_id = item_id
        self.tag_name = tag_name
        self.untag = untag
        self._tag_id: str | None = None

    def _set(self, db: sqlite_utils.Database, tagged: bool) -> Change:
        tag_id = browse.find_or_add_tag(db, self.tag_name)
        if tagged:
            browse.tag_item(db, tag_id, self.item_id)
        else:
            browse.untag_item(db, tag_id, self.item_id)
        # the tag may be new: the sidebar's list of tags reloads
        return Change.of(updated={self.item_kind: [self.item_id]}, added={"tag": [tag_id]})

    def forward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, not self.untag)

    def backward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, self.untag)


class CollectItem(WriteCommand):
    """Put an interview or photo in a collection, or take it out with ``remove``."""

    def __init__(
        self,
        session: ArchiveSession,
        collection: IdLike,
        item_kind: str,
        item_id: str,
        text: str,
        *,
        remove: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(session, text, parent)
        self.collection = collection
        self.item_kind = item_kind
        self.item_id = item_id
        self.remove = remove

    def _set(self, db: sqlite_utils.Database, inside: bool) -> Change:
        collection_id = _id(self.collection)
        if inside:
            browse.add_to_collection(db, collection_id, self.item_id)
        else:
            browse.remove_from_collection(db, collection_id, self.item_id)
        return Change.of(updated={"collection": [collection_id], self.item_kind: [self.item_id]})

    def forward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, not self.remove)

    def backward(self, db: sqlite_utils.Database) -> Change:
        return self._set(db, self.remove)

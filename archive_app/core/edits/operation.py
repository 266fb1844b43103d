"""Operations: every catalogue write as a value that knows how to apply itself and returns its
own inverse.

An :class:`Operation` is plain data (it can be written to the history as JSON and read back after
a restart). Applying one (:func:`run` inside a transaction, :func:`apply` in its own) checks its
values against the tables in :mod:`.kinds`, changes the catalogue, appends to the audit log,
keeps the change with its inverse in the history, and returns an :class:`Applied`: what changed
(for the views and the search queue) and the operation that puts everything back.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import sqlite_utils

from archive_app.core.edits import journal
from archive_app.core.edits.changes import Changes
from archive_app.core.edits.journal import Item
from archive_app.core.errors import InvalidValue

if TYPE_CHECKING:
    from archive_app.core.archive import Archive


class Step:
    """What one operation did, noted while it runs: the views' :class:`Changes` and the
    history's :class:`Item` list."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.changes = Changes()
        self.items: list[Item] = []
        #: what the operation hands back to its caller (a new record's id...)
        self.value: Any = None

    def field(self, kind: str, record_id: str, name: str, before: Any, after: Any) -> None:
        if before == after:
            return
        self.items.append(Item(kind, record_id, name, before, after))
        self.changes.note("updated", kind, record_id)

    def added(self, kind: str, record_id: str, row: Mapping[str, Any]) -> None:
        self.items.append(Item(kind, record_id, "", None, dict(row)))
        self.changes.note("added", kind, record_id)

    def removed(self, kind: str, record_id: str, row: Mapping[str, Any]) -> None:
        self.items.append(Item(kind, record_id, "", dict(row), None))
        self.changes.note("removed", kind, record_id)

    def link(
        self,
        table: str,
        key: Mapping[str, Any],
        ends: list[tuple[str, str]],
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        """A link between records (a narrator, a tag on an item...) was made, changed or
        taken away; every end of it is noted."""
        if before == after:
            return
        written = json.dumps(dict(key), ensure_ascii=False, sort_keys=True)
        for kind, record_id in ends:
            self.items.append(
                Item(
                    kind,
                    record_id,
                    f"link:{table}",
                    None if before is None else dict(before),
                    None if after is None else dict(after),
                    written,
                )
            )
            self.changes.note("updated", kind, record_id)


class Operation:
    """One catalogue write. Subclasses are frozen dataclasses holding JSON-friendly values
    (text, numbers, lists, dicts) with a unique :attr:`name`, registered with :func:`operation`.
    """

    name: ClassVar[str] = ""

    def apply(self, step: Step) -> Operation:
        """Make the change in ``step.db`` (inside the caller's transaction), note it in
        ``step`` and return the operation that undoes it. Raises core's typed errors and
        changes nothing it could not finish (the transaction is rolled back)."""
        raise NotImplementedError

    def params(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {"op": self.name, **self.params()}

    def summary(self) -> dict[str, Any]:
        """What the history keeps to say what was done (small: no bulk like a whole
        transcript's words)."""
        return self.to_json()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> Operation:
        return cls(**params)


_REGISTRY: dict[str, type[Operation]] = {}
OperationClass = TypeVar("OperationClass", bound=type[Operation])


def operation(cls: OperationClass) -> OperationClass:
    """Register an operation class under its :attr:`~Operation.name`."""
    if not cls.name or cls.name in _REGISTRY:
        raise RuntimeError(f"operation name missing or taken: {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def from_json(data: Mapping[str, Any]) -> Operation:
    """The operation a :meth:`Operation.to_json` document describes. Raises
    :class:`InvalidValue` for an operation this version does not know."""
    params = dict(data)
    name = params.pop("op", None)
    cls = _REGISTRY.get(str(name))
    if cls is None:
        raise InvalidValue("operation", name, ", ".join(sorted(_REGISTRY)))
    return cls.from_params(params)


@operation
@dataclass(frozen=True)
class Batch(Operation):
    """Several operations as one change: applied in order, undone in reverse."""

    name: ClassVar[str] = "batch"
    steps: list[Operation] = field(default_factory=list)

    def apply(self, step: Step) -> Operation:
        inverses: list[Operation] = []
        for part in self.steps:
            inverse = part.apply(step)
            if not (isinstance(inverse, Batch) and not inverse.steps):
                inverses.append(inverse)
        return Batch(list(reversed(inverses)))

    def to_json(self) -> dict[str, Any]:
        return {"op": self.name, "steps": [part.to_json() for part in self.steps]}

    def summary(self) -> dict[str, Any]:
        return {"op": self.name, "steps": [part.summary() for part in self.steps]}

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> Operation:
        return cls([from_json(part) for part in params.get("steps", [])])


#: the operation that changes nothing
NOTHING = Batch()


@dataclass(frozen=True)
class Applied:
    """What applying an operation did: its ``change_id`` in the history (None when it changed
    nothing), the :class:`Changes` for the views, the ``inverse`` that puts it back, and the
    ``value`` it hands back."""

    change_id: str | None
    changes: Changes
    inverse: Operation
    value: Any = None


def run(db: sqlite_utils.Database, op: Operation, *, reverts: str | None = None) -> Applied:
    """Apply ``op`` inside the caller's transaction and keep it in the history (``reverts``:
    the change it undoes, for an undo, a revert or a restore)."""
    step = Step(db)
    inverse = op.apply(step)
    change_id = journal.record(
        db, op.name, op.summary(), inverse.to_json(), step.items, reverts=reverts
    )
    step.changes.value = step.value
    return Applied(change_id, step.changes, inverse, step.value)


def apply(archive: Archive, op: Operation, *, reverts: str | None = None) -> Applied:
    """Apply ``op`` in a transaction of its own on ``archive``."""
    with archive.transaction() as db:
        return run(db, op, reverts=reverts)

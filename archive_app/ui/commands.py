"""Every edit in the app is one core operation on the undo stack.

:class:`OperationCommand` is the only undo command there is: redo applies its operation on the
background writer, undo applies the inverse that the operation returned when it ran, and redo
after that applies the inverse of the inverse (which puts back exactly what was undone: the same
ids, the same created dates). Both run in the order the person made them, so a command can be
undone before its first run has come back to the main thread. Each run is a change in the
archive's history, naming the change it undoes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.edits import Applied, Changes, Operation
from archive_app.ui.session import ArchiveSession


class OperationCommand(QUndoCommand):
    """A core :class:`Operation` as an undoable command.

    ``on_applied(changes)`` runs on the main thread after each run (redo or undo) that
    succeeded. Subclasses may show a change before it is written (:meth:`shown_forward`,
    :meth:`shown_backward`) and send their writes another way (:meth:`send`).
    """

    def __init__(
        self,
        session: ArchiveSession,
        operation: Operation,
        text: str,
        on_applied: Callable[[Changes], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.operation = operation
        self.on_applied = on_applied
        self._inverse: Operation | None = None
        #: the history's id of the latest run, which the next run undoes
        self._last_change: str | None = None
        self.last_applied: Applied | None = None

    # -- what the undo stack calls ------------------------------------------------------------

    def redo(self) -> None:
        self.shown_forward()
        self.send(lambda archive: self._run(archive, forward=True), self._done)

    def undo(self) -> None:
        self.shown_backward()
        self.send(lambda archive: self._run(archive, forward=False), self._done)

    # -- for subclasses ---------------------------------------------------------------------

    def shown_forward(self) -> None:
        """Show the change at once, before the writer has made it (the editor's rows)."""

    def shown_backward(self) -> None:
        """Show the change undone at once."""

    def send(self, write: Callable[[Archive], Changes], on_done: Callable[[Changes], None]) -> None:
        """Queue a run on the writer (through the session, which tells every view what
        changed); ``on_done`` follows on the main thread when it succeeded."""
        self.session.write(write, on_done)

    def finished(self, changes: Changes) -> Changes:
        """What a run tells the views (subclasses may mark their own writes)."""
        return changes

    # -- on the writer ----------------------------------------------------------------------

    def _run(self, archive: Archive, *, forward: bool) -> Changes:
        op = self.operation if forward else self._inverse
        if op is None:  # the first run failed: there is nothing to undo
            return Changes()
        applied = edits.apply(archive, op, reverts=self._last_change)
        self._last_change = applied.change_id or self._last_change
        if forward:
            self._inverse = applied.inverse
        else:
            self.operation = applied.inverse
        self.last_applied = applied
        return self.finished(applied.changes)

    def _done(self, changes: Changes) -> None:
        if self.on_applied is not None:
            self.on_applied(changes)

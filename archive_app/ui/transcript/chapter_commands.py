"""Chapters (the sections of an interview's index) added, edited and removed with undo.

The chapters list shows what the catalogue holds after each write, so these commands change
nothing in the editor themselves.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from archive_app.core import sections
from archive_app.ui.changes import Change
from archive_app.ui.transcript.commands import EditContext, EditorCommand


def _sections_change(section_id: str | None) -> Change:
    # chapters are shown again from the catalogue after each write: the value is not the
    # editor's, and the interview itself is not named (its page need not reload)
    return Change.of(updated={"section": [section_id or ""]})


class AddSection(EditorCommand):
    """A new chapter; undo removes it and redo puts the very same one back."""

    def __init__(
        self, context: EditContext, interview_id: str, fields: dict[str, Any], label: str
    ) -> None:
        super().__init__(context, label)
        self.interview_id = interview_id
        self.fields = fields
        self.section_id: str | None = None
        self._stored: dict[str, Any] | None = None

    def forward(self, db: sqlite_utils.Database) -> Change:
        if self._stored is None:
            self.section_id = sections.add_section(db, self.interview_id, **self.fields)
        else:
            sections.restore_section(db, self._stored)
        return _sections_change(self.section_id)

    def backward(self, db: sqlite_utils.Database) -> Change:
        if self.section_id is not None:
            self._stored = sections.remove_section(db, self.section_id)
        return _sections_change(self.section_id)


class EditSection(EditorCommand):
    def __init__(
        self,
        context: EditContext,
        interview_id: str,
        section_id: str,
        fields: dict[str, Any],
        label: str,
    ) -> None:
        super().__init__(context, label)
        self.interview_id = interview_id
        self.section_id = section_id
        self.fields = fields
        self._before: dict[str, Any] | None = None

    def forward(self, db: sqlite_utils.Database) -> Change:
        before = sections.update_section(db, self.section_id, self.fields)
        if self._before is None:
            self._before = before
        return _sections_change(self.section_id)

    def backward(self, db: sqlite_utils.Database) -> Change:
        if self._before is not None:
            sections.update_section(db, self.section_id, self._before)
        return _sections_change(self.section_id)


class RemoveSection(EditorCommand):
    def __init__(
        self, context: EditContext, interview_id: str, section_id: str, label: str
    ) -> None:
        super().__init__(context, label)
        self.interview_id = interview_id
        self.section_id = section_id
        self._stored: dict[str, Any] | None = None

    def forward(self, db: sqlite_utils.Database) -> Change:
        self._stored = sections.remove_section(db, self.section_id)
        return _sections_change(self.section_id)

    def backward(self, db: sqlite_utils.Database) -> Change:
        if self._stored is not None:
            sections.restore_section(db, self._stored)
        return _sections_change(self.section_id)

"""Chapters (the sections of an interview's index) added, edited and removed with undo.

The chapters list shows what the catalogue holds after each write, so these commands change
nothing in the editor themselves; they go through the editor's context so that a reload waits
for them.
"""

from __future__ import annotations

from typing import Any

from archive_app.core import edits
from archive_app.core.edits import Changes
from archive_app.ui.transcript.commands import EditContext, EditorCommand


class ChapterCommand(EditorCommand):
    """A section operation; the chapters list reloads from the catalogue after it."""

    def finished(self, changes: Changes) -> Changes:
        return changes  # not marked as the editor's: the chapters list must reload


def add_section(
    context: EditContext, interview_id: str, fields: dict[str, Any], label: str
) -> ChapterCommand:
    """A new chapter; undo removes it and redo puts the very same one back."""
    return ChapterCommand(
        context, edits.add("section", {**fields, "interview_id": interview_id}), label
    )


def edit_section(
    context: EditContext, section_id: str, fields: dict[str, Any], label: str
) -> ChapterCommand:
    return ChapterCommand(context, edits.SetFields("section", section_id, dict(fields)), label)


def remove_section(context: EditContext, section_id: str, label: str) -> ChapterCommand:
    return ChapterCommand(context, edits.remove("section", section_id), label)

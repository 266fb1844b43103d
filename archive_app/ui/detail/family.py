"""A family's page: its members with their relationships, and everyone's time away from home."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from archive_app.core import detail, edits, people
from archive_app.ui import vocabulary
from archive_app.ui.detail.base import DetailView, section_title
from archive_app.ui.detail.links import LinkedList
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.pickers import PersonPicker
from archive_app.ui.session import ArchiveSession
from archive_app.ui.timeline import MigrationTimeline

if TYPE_CHECKING:
    from archive_app.ui.family.curator import FamilyModePanel
    from archive_app.ui.family.switch import FamilyMode


class FamilyView(DetailView):
    kind = "family"

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        family_mode: FamilyMode | None = None,
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("familyView")
        self.form = RecordForm(
            session,
            undo_stack,
            "family",
            [
                FieldSpec("name", self.tr("Family")),
                FieldSpec("home_place_id", self.tr("Home"), "place", shown="home_place_full_name"),
                FieldSpec("notes", self.tr("Notes"), "text"),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.members = LinkedList(
            self.tr("Add a member…"), self.tr("Remove from family"), self.body
        )
        self.members.setObjectName("familyMembers")
        self.members.add_requested.connect(self._add_member)
        self.members.remove_requested.connect(self._remove_member)
        self.members.open_requested.connect(lambda data: self.open_record.emit("person", data))
        self.members.set_read_only(session.read_only)
        self.timeline = MigrationTimeline(self.body)
        add = self.layout_.addWidget
        add(self.form)
        add(section_title(self.tr("Members"), self.body))
        add(self.members)
        add(section_title(self.tr("Away from home"), self.body))
        add(self.timeline)
        #: family mode for this family (when the app offers family mode)
        self.family_mode_panel: FamilyModePanel | None = None
        if family_mode is not None:
            from archive_app.ui.family.curator import FamilyModePanel

            self.family_mode_panel = FamilyModePanel(session, family_mode, self.body)
            self.presented.connect(self.family_mode_panel.show_family)
            add(section_title(QCoreApplication.translate("FamilyMode", "Family mode"), self.body))
            add(self.family_mode_panel)
        self.finish_layout()

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "family", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        entries = []
        for member in record["members"]:
            born = f" ({member['birth_date']})" if member.get("birth_date") else ""
            relationship = vocabulary.relationship_name(member["relationship"])
            entries.append((f"{member['name']}{born} — {relationship}", member["id"]))
        self.members.set_entries(entries, self.tr("No members yet."))
        self.timeline.set_episodes(record["migrations"])

    def related_kinds(self) -> set[str]:
        return {"person", "migration", "place"}

    def _add_member(self) -> None:
        if self.record_id is None:
            return
        picker = PersonPicker(
            self.session,
            self.tr("Add a family member"),
            [(code, vocabulary.relationship_name(code)) for code in people.RELATIONSHIPS],
            self.tr("Relationship"),
            self,
        )
        if not picker.exec():
            return
        relationship = picker.choice or "other"
        text = self.tr("Add Family Member")
        if picker.person_id is not None:
            self.push(edits.set_member(self.record_id, picker.person_id, relationship), text)
            return
        added = edits.add("person", {"name": picker.new_name or ""})
        member = edits.set_member(self.record_id, added.record_id, relationship)
        self.push(edits.Batch([added, member]), text)

    def _remove_member(self, person_id: str) -> None:
        if self.record_id is not None:
            self.push(
                edits.set_member(self.record_id, person_id, None), self.tr("Remove Family Member")
            )

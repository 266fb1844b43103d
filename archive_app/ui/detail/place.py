"""A place's page: where it sits in the hierarchy, the places under it, and what was recorded
there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from archive_app.core import detail, places
from archive_app.core.listings import Scope
from archive_app.ui import vocabulary
from archive_app.ui.detail.base import DetailView, LinkLabel, link, section_title
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.session import ArchiveSession


class PlaceView(DetailView):
    kind = "place"
    #: show a list narrowed to this place: (kind of list, Scope)
    scope_requested = Signal(str, object)

    def __init__(
        self, session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("placeView")
        self.lineage = LinkLabel(self.body, self.follow)
        self.lineage.setObjectName("placeLineage")
        self.form = RecordForm(
            session,
            undo_stack,
            "place",
            [
                FieldSpec("name", self.tr("Name")),
                FieldSpec("name_latin", self.tr("Name in pinyin or Latin letters")),
                FieldSpec(
                    "level",
                    self.tr("Level"),
                    "choice",
                    (("", ""), *((code, vocabulary.level_name(code)) for code in places.LEVELS)),
                ),
                FieldSpec("parent_id", self.tr("Lies in"), "place", shown="parent_full_name"),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.children_ = LinkLabel(self.body, self.follow)
        self.show_interviews = QPushButton(self.body)
        self.show_interviews.setObjectName("showInterviewsHere")
        self.show_interviews.clicked.connect(lambda: self._scope("interview"))
        self.show_photos = QPushButton(self.body)
        self.show_photos.clicked.connect(lambda: self._scope("photo"))
        self.show_people = QPushButton(self.body)
        self.show_people.clicked.connect(lambda: self._scope("person"))
        add = self.layout_.addWidget
        add(self.lineage)
        add(self.form)
        add(section_title(self.tr("Places in it"), self.body))
        add(self.children_)
        add(section_title(self.tr("Recorded here and in the places in it"), self.body))
        row = QHBoxLayout()
        for button in (self.show_interviews, self.show_photos, self.show_people):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.finish_layout()

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "place", record_id)

    def present(self, record: dict[str, Any]) -> None:
        chain = list(reversed(record["lineage"]))
        self.lineage.setText(" › ".join(link("place", p["id"], p["name"]) for p in chain))
        self.form.load(record)
        self.children_.setText(
            " · ".join(link("place", c["id"], c["name"]) for c in record["children"])
            or self.tr("None.")
        )
        self.show_interviews.setText(self.tr("%n interview(s)", "", record["interview_count"]))
        self.show_photos.setText(self.tr("%n photo(s)", "", record["photo_count"]))
        self.show_people.setText(self.tr("%n people living here", "", record["people_count"]))
        self.show_interviews.setEnabled(record["interview_count"] > 0)
        self.show_photos.setEnabled(record["photo_count"] > 0)
        self.show_people.setEnabled(record["people_count"] > 0)

    def related_kinds(self) -> set[str]:
        return {"place", "interview", "photo", "person"}

    def _scope(self, kind: str) -> None:
        if self.record_id is not None:
            self.scope_requested.emit(kind, Scope(place_id=self.record_id))

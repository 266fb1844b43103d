"""An interview's page: a heading, then two tabs. "Listening" holds the player and transcript
editor (the media slot) and takes the whole page, since a transcriber works there for hours;
"Details" holds the fields, consent at a glance, narrators and other people, photos, documents,
tags and collections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail, edits, interviews
from archive_app.core.edits import Changes
from archive_app.ui import vocabulary
from archive_app.ui.consent.panel import ConsentPanel
from archive_app.ui.detail.base import DetailView, LinkLabel, link, section_title
from archive_app.ui.detail.links import CollectionsEditor, LinkedList, TagEditor
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.pickers import PersonPicker
from archive_app.ui.player.panel import MediaPanel
from archive_app.ui.session import ArchiveSession
from archive_app.ui.thumbnails import Thumbnails


class InterviewView(DetailView):
    """One interview. The media panel (player and transcript) sits in :attr:`media_slot`, the
    first tab; the fields and links in :attr:`details`, the second."""

    kind = "interview"
    #: someone asked to hear this interview from a second: (interview id, start in seconds)
    play_requested = Signal(str, float)

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        thumbnails: Thumbnails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("interviewView")
        self.thumbnails = thumbnails
        self._media_for: str | None = None  # the interview the media panel shows
        self.heading = QLabel(self.body)
        self.heading.setObjectName("interviewHeading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self.body)
        self.subheading.setObjectName("interviewSubheading")
        self.subheading.setWordWrap(True)
        self.tabs = QTabWidget(self.body)
        self.tabs.setObjectName("interviewTabs")
        self.tabs.setDocumentMode(True)
        #: the fields and links; scrolled on their own so the listening tab never scrolls away
        self.details_scroll = QScrollArea(self.tabs)
        self.details_scroll.setObjectName("interviewDetails")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details = QWidget(self.details_scroll)
        self.details.setObjectName("detailBody")
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 8, 4, 8)
        details_layout.setSpacing(8)
        self.details_scroll.setWidget(self.details)
        self.form = RecordForm(
            session,
            undo_stack,
            "interview",
            [
                FieldSpec("title", self.tr("Title")),
                FieldSpec(
                    "date", self.tr("Date"), placeholder=self.tr("e.g. 2024-02-10, 2024-02 or 2024")
                ),
                FieldSpec("place_id", self.tr("Place"), "place", shown="place_full_name"),
                FieldSpec("language", self.tr("Language or dialect")),
                FieldSpec(
                    "status",
                    self.tr("Status"),
                    "choice",
                    tuple((code, vocabulary.status_name(code)) for code in interviews.STATUSES),
                ),
                FieldSpec(
                    "keywords",
                    self.tr("Keywords"),
                    "list",
                    placeholder=self.tr("separated by 、 or ,"),
                ),
                FieldSpec("summary", self.tr("Summary"), "text"),
            ],
            self.details,
        )
        self.form.refused.connect(self.message)
        #: who may see this interview, and why not
        self.consent_panel = ConsentPanel(session, self.details)
        self.presented.connect(lambda item_id: self.consent_panel.show_item("interview", item_id))
        #: the player and transcript editor
        self.media_slot = QWidget(self.tabs)
        self.media_slot.setObjectName("mediaSlot")
        slot_layout = QVBoxLayout(self.media_slot)
        slot_layout.setContentsMargins(0, 6, 0, 0)
        self.media_panel = MediaPanel(session, undo_stack, self.media_slot)
        slot_layout.addWidget(self.media_panel)
        self.play_requested.connect(self._play_from)

        self.people = LinkedList(
            self.tr("Add a person…"), self.tr("Remove from interview"), self.details
        )
        self.people.setObjectName("interviewPeople")
        self.people.add_requested.connect(self._add_person)
        self.people.remove_requested.connect(self._remove_person)
        self.people.open_requested.connect(lambda data: self.open_record.emit("person", data[0]))

        self.photos = QListWidget(self.details)
        self.photos.setObjectName("interviewPhotos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 96))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        # each photo in a cell of its own width, its caption under it on at most two lines
        lines = self.photos.fontMetrics().lineSpacing() * 2
        self.photos.setGridSize(QSize(132, 96 + lines + 12))
        self.photos.setWordWrap(True)
        self.photos.setTextElideMode(Qt.TextElideMode.ElideRight)
        scroll_bar = self.photos.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.photos.setFixedHeight(96 + lines + 12 + scroll_bar + 8)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.itemActivated.connect(
            lambda item: self.open_record.emit("photo", item.data(Qt.ItemDataRole.UserRole))
        )
        thumbnails.ready.connect(self._thumbnail_ready)

        self.documents = LinkLabel(self.details, self.follow)
        self.tags = TagEditor(self.add_tag, self.remove_tag, self.details)
        self.collections = CollectionsEditor(
            self.follow, self.add_to_collection, self.take_out_of_collection, self.details
        )

        add = details_layout.addWidget
        add(self.form)
        add(self.consent_panel)
        add(section_title(self.tr("People"), self.details))
        add(self.people)
        add(section_title(self.tr("Photos"), self.details))
        add(self.photos)
        add(section_title(self.tr("Documents"), self.details))
        add(self.documents)
        add(section_title(self.tr("Tags"), self.details))
        add(self.tags)
        add(section_title(self.tr("Collections"), self.details))
        add(self.collections)
        add(section_title(self.tr("History"), self.details))
        add(self.history)
        details_layout.addStretch(1)
        self.tabs.addTab(self.media_slot, self.tr("Listening"))
        self.tabs.addTab(self.details_scroll, self.tr("Details"))
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.subheading)
        self.layout_.addWidget(self.tabs, 1)
        read_only = session.read_only
        self.people.set_read_only(read_only)
        self.tags.set_read_only(read_only)
        self.collections.set_read_only(read_only)

    # -- showing ----------------------------------------------------------------------------

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "interview", record_id)

    def show_record(self, record_id: str) -> None:
        if record_id != self.record_id:
            self.details_scroll.verticalScrollBar().setValue(0)
        super().show_record(record_id)

    def present(self, record: dict[str, Any]) -> None:
        self._present_heading(record)
        if record["id"] != self._media_for and not (record["recordings"] or record["transcripts"]):
            # nothing to listen to yet: the fields are what a new interview needs first
            self.tabs.setCurrentWidget(self.details_scroll)
        self.form.load(record)
        self.people.set_entries(
            [
                (f"{p['name']} — {vocabulary.role_name(p['role'])}", (p["id"], p["role"]))
                for p in record["people"]
            ],
            self.tr("Nobody is linked yet. Add the narrator."),
        )
        self.photos.clear()
        for photo in record["photos"]:
            item = QListWidgetItem(photo.get("caption") or photo["original_name"], self.photos)
            item.setData(Qt.ItemDataRole.UserRole, photo["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, photo["sha256"])
            item.setToolTip(photo["original_name"])
            pixmap = self.thumbnails.pixmap(photo["sha256"])
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))
        self.photos.setVisible(bool(record["photos"]))
        docs = [
            link("document", d["id"], d.get("title") or d["original_name"])
            + f" <small>({vocabulary.document_type_name(d['document_type'])})</small>"
            for d in record["documents"]
        ]
        self.documents.setText("<br>".join(docs) or self.tr("None."))
        self.tags.set_tags(list(record["tags"]))
        self.collections.set_links(
            " · ".join(link("collection", c["id"], c["name"]) for c in record["collections"])
            or self.tr("In no collection."),
            bool(record["collections"]),
        )
        if record["id"] != self._media_for:
            self._media_for = record["id"]
            self.media_panel.show_interview(record["id"])

    def _present_heading(self, record: dict[str, Any]) -> None:
        self.heading.setText(str(record.get("title") or ""))
        narrators = [p["name"] for p in record["people"] if p["role"] == "narrator"]
        parts = [
            str(record.get("date") or ""),
            str(record.get("place_full_name") or ""),
            self.tr(", ", "between the names of narrators").join(narrators),
        ]
        self.subheading.setText("  ·  ".join(part for part in parts if part))
        self.subheading.setVisible(any(parts))

    def related_kinds(self) -> set[str]:
        return {"person", "place", "photo", "document", "recording", "transcript", "collection"}

    def apply(self, change: Changes) -> None:
        self.media_panel.apply(change)
        if change.everything or change.kinds() & {"recording", "transcript"}:
            self._media_for = None  # recordings or transcripts may have arrived: show them
        super().apply(change)

    def _thumbnail_ready(self, sha256: str) -> None:
        for row in range(self.photos.count()):
            item = self.photos.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) == sha256:
                pixmap = self.thumbnails.pixmap(sha256)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))

    def open_at(self, interview_id: str, start_s: float) -> None:
        """Show the interview and ask the media panel to play from ``start_s``."""
        if interview_id != self.record_id:
            self.show_record(interview_id)
        self.tabs.setCurrentWidget(self.media_slot)
        self.play_requested.emit(interview_id, start_s)

    def _play_from(self, interview_id: str, start_s: float) -> None:
        self.media_panel.play_from(interview_id, start_s)

    def release(self) -> None:
        self.media_panel.release()

    # -- editing ----------------------------------------------------------------------------

    def _add_person(self) -> None:
        if self.record_id is None:
            return
        picker = PersonPicker(
            self.session,
            self.tr("Add a person to this interview"),
            [(role, vocabulary.role_name(role)) for role in interviews.ROLES],
            self.tr("Role"),
            self,
        )
        if not picker.exec():
            return
        role = picker.choice or "narrator"
        text = self.tr("Link %1").replace("%1", vocabulary.role_name(role))
        if picker.person_id is not None:
            self.push(edits.link_person(self.record_id, picker.person_id, role), text)
            return
        added = edits.add("person", {"name": picker.new_name or ""})
        link_it = edits.link_person(self.record_id, added.record_id, role)
        self.push(edits.Batch([added, link_it]), text)

    def _remove_person(self, data: tuple[str, str]) -> None:
        if self.record_id is None:
            return
        person_id, role = data
        self.push(
            edits.unlink_person(self.record_id, person_id, role),
            self.tr("Unlink %1").replace("%1", vocabulary.role_name(role)),
        )

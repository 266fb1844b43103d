"""Pages for a document (a consent form, a letter: its picture and a button to open the file),
a collection and a tag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from archive_app.core import detail
from archive_app.ui import vocabulary
from archive_app.ui.detail.base import DetailView, LinkLabel, link
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.session import ArchiveSession
from archive_app.ui.thumbnails import Thumbnails

_DOCUMENT_TYPES = ("consent_form", "letter", "other")


class DocumentView(DetailView):
    kind = "document"

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        thumbnails: Thumbnails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("documentView")
        self.thumbnails = thumbnails
        self.picture = QLabel(self.body)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = RecordForm(
            session,
            undo_stack,
            "document",
            [
                FieldSpec("title", self.tr("Title")),
                FieldSpec(
                    "document_type",
                    self.tr("Kind"),
                    "choice",
                    tuple((c, vocabulary.document_type_name(c)) for c in _DOCUMENT_TYPES),
                ),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.facts = LinkLabel(self.body, self.follow)
        self.open_button = QPushButton(self.tr("Open the file"), self.body)
        self.open_button.clicked.connect(self._open_file)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addWidget(self.picture)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.facts)
        self.layout_.addLayout(row)
        self.finish_layout()
        thumbnails.ready.connect(self._thumbnail_ready)
        self._path: str | None = None

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "document", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        self._path = str(self.session.root / record["stored_path"])
        pixmap = self.thumbnails.pixmap(record["sha256"])
        self.picture.setPixmap(pixmap) if pixmap is not None else self.picture.clear()
        facts = [record["original_name"]]
        if record.get("interview_id"):
            facts.append(
                self.tr("From the interview %1").replace(
                    "%1",
                    link("interview", record["interview_id"], record.get("interview_title") or ""),
                )
            )
        self.facts.setText("<br>".join(facts))

    def _thumbnail_ready(self, sha256: str) -> None:
        if self.record and self.record.get("sha256") == sha256:
            pixmap = self.thumbnails.pixmap(sha256)
            if pixmap is not None:
                self.picture.setPixmap(pixmap)

    def _open_file(self) -> None:
        if self._path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._path))


def kinds_held(items: list[dict[str, Any]]) -> tuple[int, int]:
    """How many interviews and photos a collection or tag holds. The list beside its page
    shows only the interviews, so the page counts each kind: "2 interviews, 1 photo"."""
    interviews = sum(1 for item in items if item["item_kind"] == "interview")
    return interviews, len(items) - interviews


class HeldItems(QObject):
    """The words of what a collection or a tag holds (one translation context for both)."""

    def text(self, items: list[dict[str, Any]]) -> str:
        interviews, photos = kinds_held(items)
        parts = []
        if interviews:
            parts.append(self.tr("%n interview(s)", "", interviews))
        if photos:
            parts.append(self.tr("%n photo(s)", "", photos))
        return vocabulary.list_text(parts)


def held_text(items: list[dict[str, Any]]) -> str:
    """What a collection or a tag holds, in words: "2 interviews, 1 photo"."""
    return HeldItems().text(items)


class CollectionView(DetailView):
    kind = "collection"

    def __init__(
        self, session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("collectionView")
        self.form = RecordForm(
            session,
            undo_stack,
            "collection",
            [
                FieldSpec("name", self.tr("Name")),
                FieldSpec("description", self.tr("Description"), "text"),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.count = QLabel(self.body)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.count)
        self.finish_layout()

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "collection", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        self.count.setText(
            self.tr("In this collection: %1.").replace("%1", held_text(record["items"]))
            if record["items"]
            else self.tr("Nothing in this collection yet.")
        )


class TagView(DetailView):
    kind = "tag"

    def __init__(
        self, session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("tagView")
        self.form = RecordForm(
            session, undo_stack, "tag", [FieldSpec("name", self.tr("Tag"))], self.body
        )
        self.form.refused.connect(self.message)
        self.count = QLabel(self.body)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.count)
        self.finish_layout()

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "tag", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        self.count.setText(
            self.tr("With this tag: %1.").replace("%1", held_text(record["items"]))
            if record["items"]
            else self.tr("Nothing carries this tag yet.")
        )

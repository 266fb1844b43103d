"""The right-hand panel: the page of the record picked, each kind of page made when first needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from archive_app.core.edits import Changes
from archive_app.ui.detail.base import DetailView
from archive_app.ui.session import ArchiveSession
from archive_app.ui.thumbnails import Thumbnails

if TYPE_CHECKING:
    from archive_app.ui.family.switch import FamilyMode


class DetailArea(QStackedWidget):
    open_record = Signal(str, str)
    message = Signal(str)
    #: a place page asked for a list narrowed to it: (kind, Scope)
    scope_requested = Signal(str, object)

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        thumbnails: Thumbnails,
        parent: QWidget | None = None,
        family_mode: FamilyMode | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailArea")
        self.family_mode = family_mode
        self.session = session
        self.undo_stack = undo_stack
        self.thumbnails = thumbnails
        self.views: dict[str, DetailView] = {}
        self.empty = QLabel(self.tr("Pick something in the list to see it here."), self)
        self.empty.setObjectName("emptyDetail")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)

    def view(self, kind: str) -> DetailView:
        if kind not in self.views:
            view = self._make(kind)
            view.open_record.connect(self.open_record)
            view.message.connect(self.message)
            scope = getattr(view, "scope_requested", None)
            if scope is not None:
                scope.connect(self.scope_requested)
            self.views[kind] = view
            self.addWidget(view)
        return self.views[kind]

    def _make(self, kind: str) -> DetailView:
        args = (self.session, self.undo_stack)
        if kind == "interview":
            from archive_app.ui.detail.interview import InterviewView

            return InterviewView(*args, self.thumbnails, self)
        if kind == "person":
            from archive_app.ui.detail.person import PersonView

            return PersonView(*args, self)
        if kind == "family":
            from archive_app.ui.detail.family import FamilyView

            return FamilyView(*args, self, family_mode=self.family_mode)
        if kind == "place":
            from archive_app.ui.detail.place import PlaceView

            return PlaceView(*args, self)
        if kind == "photo":
            from archive_app.ui.detail.photo import PhotoView

            return PhotoView(*args, self.thumbnails, self)
        if kind == "document":
            from archive_app.ui.detail.document import DocumentView

            return DocumentView(*args, self.thumbnails, self)
        if kind == "collection":
            from archive_app.ui.detail.document import CollectionView

            return CollectionView(*args, self)
        if kind == "tag":
            from archive_app.ui.detail.document import TagView

            return TagView(*args, self)
        raise ValueError(f"no page for {kind}")

    def has_page(self, kind: str) -> bool:
        return kind in (
            "interview",
            "person",
            "family",
            "place",
            "photo",
            "document",
            "collection",
            "tag",
        )

    def show_record(self, kind: str, record_id: str) -> DetailView | None:
        if not self.has_page(kind):
            return None
        view = self.view(kind)
        view.show_record(record_id)
        self.setCurrentWidget(view)
        return view

    def current_view(self) -> DetailView | None:
        current = self.currentWidget()
        return current if isinstance(current, DetailView) else None

    def clear(self) -> None:
        self.setCurrentWidget(self.empty)

    def follow_list(self, pane: QWidget | None) -> None:
        """Show the record chosen in ``pane``, the list now shown beside this panel, or nothing:
        never a page left over from another list. A list says what it has chosen through a
        ``chosen_record()`` method returning (kind, id) or None."""
        chosen = getattr(pane, "chosen_record", None)
        record = chosen() if callable(chosen) else None
        if record is None:
            self.clear()
            return
        current = self.current_view()
        if current is None or (current.kind, current.record_id) != tuple(record):
            self.show_record(*record)

    def apply(self, change: Changes) -> None:
        for view in self.views.values():
            if view is self.currentWidget():
                view.apply(change)
            elif view.record_id is not None and change.touches(view.record_id):
                view.reload()

    def release(self) -> None:
        for view in self.views.values():
            release = getattr(view, "release", None)
            if release is not None:
                release()

"""The main window: sidebar, list, detail page, search field, menus, import by drag and drop,
and a banner when the archive is open read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import edits, listings, places
from archive_app.core.edits import Changes
from archive_app.core.listings import Scope
from archive_app.ui import file_chooser, vocabulary
from archive_app.ui.banner import ReadOnlyBanner
from archive_app.ui.commands import OperationCommand
from archive_app.ui.consent import ConsentDue
from archive_app.ui.consent.badges import ConsentBadges
from archive_app.ui.detail.area import DetailArea
from archive_app.ui.folding import within_screen
from archive_app.ui.import_job import ImportBar, ImportJob, ImportOutcome, ImportSummary
from archive_app.ui.lists import ListArea
from archive_app.ui.safekeeping import attach_safekeeping
from archive_app.ui.search.controller import SearchController
from archive_app.ui.session import ArchiveSession
from archive_app.ui.settings import AppSettings
from archive_app.ui.sidebar import LIBRARY, Sidebar
from archive_app.ui.thumbnails import Thumbnails, thumbnail_locator
from archive_app.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from archive_app.ui.family.switch import FamilyMode

log = logging.getLogger(__name__)


def first_size(screen: QSize) -> QSize:
    """The window's size the first time it opens: 1280x800, or less on a smaller screen (a
    1366x768 laptop), leaving room for the window's title bar and frame."""
    return within_screen(QSize(1280, 800), screen)


class MainWindow(QMainWindow):
    """One archive's window. Reads through the session's reader; edits go on :attr:`undo_stack`
    as commands; every write's :class:`Changes` redraws what it touched.

    It is made whole in its constructor: the lists with their consent column, the pages, search
    and the consent-due list. A part that cannot be made is an error there, never a window that
    quietly lacks it.
    """

    #: the person chose another archive to open (or to retry this one writable)
    open_archive_requested = Signal(Path)
    #: the person changed language or text size
    settings_changed = Signal()
    #: a transcript hit or other link asks to hear an interview from a second
    play_requested = Signal(str, float)

    def __init__(
        self,
        session: ArchiveSession,
        settings: AppSettings,
        parent: QWidget | None = None,
        family_mode: FamilyMode | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        #: family mode, when the app offers it: a View menu entry and a panel on family pages
        self.family_mode = family_mode
        self.undo_stack = QUndoStack(self)
        self.thumbnails = Thumbnails(thumbnail_locator(session.root), parent=self)
        self.import_job: ImportJob | None = None
        self.current_kind = "interview"
        #: section name -> handler(target) for sidebar sections the lists do not show
        self.section_handlers: dict[str, Callable[[str], None]] = {}
        #: called with every Changes after the views have followed it
        self.change_hooks: list[Callable[[Changes], None]] = []
        self._open_when_added: tuple[str, str] | None = None
        #: a record is being opened: the lists it passes through must not change the page
        self._navigating = False
        self.setAcceptDrops(True)
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(720, 480))

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner: ReadOnlyBanner | None = None
        if session.read_only:
            self.banner = ReadOnlyBanner(central)
            self.banner.reopen_clicked.connect(
                lambda: self.open_archive_requested.emit(self.session.root)
            )
            outer.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar = Sidebar(session, settings.saved_searches(session.root), self.splitter)
        #: who each interview is open to, for the interview list's last column
        self.badges = ConsentBadges(session, self)
        self.lists = ListArea(session, self.thumbnails, self.badges.text_for, self.splitter)
        self.details = DetailArea(
            session, self.undo_stack, self.thumbnails, self.splitter, family_mode
        )
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.details)
        # the record's page (the player and transcript of an interview) is where the work is
        # done: it gets the larger share, the list beside it fits its columns to what is left
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([180, 460, 620])
        outer.addWidget(self.splitter, 1)
        self.import_bar = ImportBar(central)
        self.import_bar.cancel_clicked.connect(self.cancel_import)
        outer.addWidget(self.import_bar)
        self.setCentralWidget(central)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Search interviews, transcripts, people, places…")
        )
        self.search_field.setMinimumWidth(260)
        #: the window's actions, in its menus and toolbar
        self.menus = WindowMenus(self)

        self.sidebar.chosen.connect(self.show_section)
        self.lists.currentChanged.connect(self._list_shown)
        self.lists.picked.connect(self._picked)
        self.details.open_record.connect(self.open_record)
        self.details.message.connect(self.say)
        self.details.scope_requested.connect(self._show_scope)
        session.changed.connect(self._on_change)
        session.failed.connect(self.show_problem)
        self._compose_consent()
        #: search as you type; the writer brings the index up to date meanwhile
        self.search = SearchController(self)
        self.search.prepare()
        #: scheduled catalogue backups and the reminder of files not checked for 90 days
        self.safekeeping = attach_safekeeping(self)

        self._restore_state()
        self.show_section("interview", "")
        self.sidebar.select("interview")
        self.statusBar().setObjectName("statusBar")

    # -- building ---------------------------------------------------------------------------

    def _title(self) -> str:
        name = self.session.root.name or str(self.session.root)
        title = self.tr("%1 — Hometown Voices").replace("%1", name)
        if self.session.read_only:
            title += " " + self.tr("(read-only)")
        return title

    def _compose_consent(self) -> None:
        """The consent column follows writes; the due list is a sidebar section and a menu."""
        column = self.lists.pane("interview").model.columns[-1].title
        self.badges.updated.connect(
            lambda: self.lists.pane("interview").model.column_changed(column)
        )
        self.change_hooks.append(self.badges.apply)
        self.badges.refresh()
        self.consent_due = ConsentDue(self.session, self.lists, self.sidebar, self.say, self)
        self.consent_due.pane.open_record.connect(self.open_record)
        self.section_handlers["consent_due"] = self.consent_due.show
        self.change_hooks.append(self.consent_due.follow)
        self.consent_due.count()

    # -- navigation -------------------------------------------------------------------------

    def go(self, kind: str) -> None:
        self.show_section(kind, "")
        self.sidebar.select(kind)

    def show_section(self, section: str, target: str) -> None:
        """Show a sidebar section: a library list, a collection's or tag's items, a saved
        search, or the consent-due list."""
        handler = self.section_handlers.get(section)
        if handler is not None:
            handler(target)
            return
        if section in LIBRARY:
            self.current_kind = section
            pane = self.lists.show_kind(section)
            if pane.scope_bar.isVisible():
                pane.narrow(None, "")
            self.details.follow_list(pane)
            self.say(pane.count_text())
            return
        if section in ("collection", "tag") and target:
            scope = Scope(collection_id=target) if section == "collection" else Scope(tag_id=target)
            name = self._name_of(section, target)
            label = (
                self.tr("In the collection %1") if section == "collection" else self.tr("Tagged %1")
            ).replace("%1", name)
            with self._going_to_record():
                pane = self.lists.show_kind("interview")
                self.current_kind = "interview"
                pane.narrow(scope, label)
                self.details.show_record(section, target)
            self.say(pane.count_text())

    def _name_of(self, kind: str, record_id: str) -> str:
        found = listings.rows_by_id(self.session.db, kind, [record_id])
        return found[0]["name"] if found else ""

    def _show_scope(self, kind: str, scope: Scope) -> None:
        with self._going_to_record():  # the place's page stays beside its list
            pane = self.lists.show_kind(kind)
        self.current_kind = kind
        name = places.full_name(self.session.db, scope.place_id) if scope.place_id else ""
        pane.narrow(scope, self.tr("Recorded in %1").replace("%1", name))
        self.sidebar.select(kind)
        self.say(pane.count_text())

    @contextmanager
    def _going_to_record(self) -> Iterator[None]:
        """While a record is opened, the lists it passes through leave the page alone."""
        before, self._navigating = self._navigating, True
        try:
            yield
        finally:
            self._navigating = before

    def _list_shown(self, _index: int) -> None:
        # another list (a library list, search results, consent due): no page from the last one
        if not self._navigating:
            self.details.follow_list(self.lists.currentWidget())

    def _picked(self, kind: str, record_id: str) -> None:
        self.details.show_record(kind, record_id)

    def open_record(self, kind: str, record_id: str) -> None:
        """Go to a record: its list (all of it), its row selected, its page shown."""
        if kind in ("collection", "tag"):
            self.show_section(kind, record_id)
            self.sidebar.select(kind, record_id)
            return
        with self._going_to_record():
            if kind in LIBRARY:
                self.current_kind = kind
                pane = self.lists.show_kind(kind)
                self.sidebar.select(kind)
                if not pane.select(record_id):
                    pane.narrow(None, "")
                    pane.select(record_id)
                self.say(pane.count_text())
            self.details.show_record(kind, record_id)

    def open_interview_at(self, interview_id: str, start_s: float) -> None:
        """Open an interview and ask its player to start at ``start_s`` seconds."""
        self.open_record("interview", interview_id)
        view = self.details.view("interview")
        view.open_at(interview_id, start_s)  # type: ignore[attr-defined]
        self.play_requested.emit(interview_id, start_s)

    # -- editing ----------------------------------------------------------------------------

    def add_record(self, kind: str) -> None:
        """Add a new, nearly empty record of ``kind`` (undoable) and open it for editing."""
        names = {
            "interview": (self.tr("New interview"), self.tr("New Interview")),
            "person": (self.tr("New person"), self.tr("New Person")),
            "family": (self.tr("New family"), self.tr("New Family")),
            "place": (self.tr("New place"), self.tr("New Place")),
            "collection": (self.tr("New collection"), self.tr("New Collection")),
        }
        name, text = names[kind]
        field = "title" if kind == "interview" else "name"
        added = edits.add(kind, {field: name})
        self._open_when_added = (kind, added.record_id)
        self.undo_stack.push(OperationCommand(self.session, added, text))

    def remove_current(self) -> None:
        """Take the record shown away, after asking (undoable; it waits in the bin)."""
        view = self.details.current_view()
        if view is None or view.record_id is None or view.record is None:
            self.say(self.tr("Open what you want to remove first."))
            return
        kind, record_id = view.kind, view.record_id
        name = str(view.record.get("title") or view.record.get("name") or "")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove from the archive"),
            self.tr(
                "Remove %1 from the archive? Its links go with it. Undo brings it back, and so "
                "does restoring it from the bin until the bin is emptied."
            ).replace("%1", name or vocabulary.kind_name(kind)),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeQuestion")
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        text = self.tr("Remove %1").replace("%1", vocabulary.kind_name(kind))
        self.undo_stack.push(OperationCommand(self.session, edits.remove(kind, record_id), text))

    def record_consent(self) -> None:
        view = self.details.current_view()
        panel = getattr(view, "consent_panel", None)
        if panel is None:
            self.show_problem(
                QCoreApplication.translate(
                    "Consent",
                    "Open an interview, a photo or a person first, then record their consent.",
                )
            )
            return
        panel.record()

    def _on_change(self, change: Changes) -> None:
        self.lists.apply(change)
        self.sidebar.apply(change)
        self.details.apply(change)
        for hook in self.change_hooks:
            hook(change)
        if self._open_when_added is not None:
            kind, record_id = self._open_when_added
            if record_id in change.added.get(kind, set()):
                self._open_when_added = None
                self.open_record(kind, record_id)
                view = self.details.current_view()
                form = getattr(view, "form", None)
                if form is not None:
                    first = next(iter(form.specs))
                    editor = form.editor(first)
                    editor.setFocus()
                    if isinstance(editor, QLineEdit):
                        editor.selectAll()

    # -- import -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event.mimeData()) and not self.session.read_only:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._local_paths(event.mimeData()) and not self.session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Dropped on an interview's page: the files belong to that interview.
        target = self.childAt(event.position().toPoint())
        interview_id = None
        view = self.details.current_view()
        if (
            view is not None
            and view.kind == "interview"
            and target is not None
            and (target is view or view.isAncestorOf(target))
        ):
            interview_id = view.record_id
        self.start_import(paths, interview_id)

    @staticmethod
    def _local_paths(mime: Any) -> list[Path]:
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def import_files(self) -> None:
        names = file_chooser.open_files(self, self.tr("Import files"))
        if names:
            self.start_import([Path(n) for n in names])

    def import_folder(self) -> None:
        folder = file_chooser.folder(self, self.tr("Import a folder"))
        if folder:
            self.start_import([Path(folder)])

    def start_import(
        self, paths: list[Path], interview_id: str | None = None, workers: int | None = None
    ) -> ImportJob | None:
        """Import files and folders in the background, with progress and Cancel."""
        if self.session.read_only:
            self.show_problem(
                self.tr("This archive is open read-only, so nothing can be imported here.")
            )
            return None
        if self.import_job is not None and self.import_job.running:
            self.show_problem(
                self.tr("An import is already running. Wait for it to finish, or cancel it first.")
            )
            return None
        job = ImportJob(self.session, paths, interview_id, workers, self)
        job.progressed.connect(self.import_bar.advance)
        job.finished.connect(self._import_finished)
        job.failed.connect(self._import_failed)
        self.import_job = job
        self.import_bar.begin(self.tr("Preparing the import…"))
        job.start()
        return job

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()

    def _import_finished(self, outcome: ImportOutcome) -> None:
        self.import_bar.hide()
        self.say(self.tr("%n file(s) imported.", "", outcome.counts().get("imported", 0)))
        self.last_import_summary = ImportSummary(outcome, self)
        self.last_import_summary.open()
        imported = [r for r in outcome.results if r.status == "imported" and r.interview_id]
        if imported:
            first = imported[0]
            QTimer.singleShot(0, lambda: self.open_record("interview", first.interview_id))

    def _import_failed(self, sentence: str) -> None:
        self.import_bar.hide()
        self.show_problem(sentence)

    # -- messages ---------------------------------------------------------------------------

    def open_export(self) -> Any:
        """The Export dialog (story site or films), opened beside this window."""
        from archive_app.ui.export import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.open()
        return dialog

    def open_import_bag(self) -> Any:
        """The Import Bag dialog (another interviewer's archive, merged)."""
        from archive_app.ui.imports import ImportBagDialog

        dialog = ImportBagDialog(self.session, self)
        dialog.open()
        return dialog

    def open_bin(self) -> Any:
        """The bin: removed records, any of which can be restored (undoably)."""
        from archive_app.ui.bin import BinDialog

        def push(operation: edits.Operation, text: str) -> object:
            command = OperationCommand(self.session, operation, text)
            self.undo_stack.push(command)
            return command

        dialog = BinDialog(self.session, push, self)
        dialog.open()
        return dialog

    def open_import_sheet(self) -> Any:
        """The Import Spreadsheet dialog (a field sheet, with a preview of its columns)."""
        from archive_app.ui.imports import ImportSheetDialog

        dialog = ImportSheetDialog(self.session, self)
        dialog.open()
        return dialog

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_problem(self, sentence: str) -> None:
        """A plain sentence in a small dialog (never a traceback)."""
        self.say(sentence)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hometown Voices"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("problemBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_problem = box
        current = self.details.current_view()
        if current is not None:
            current.reload()  # show what is really stored

    # -- window state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None and self.import_job.running:
            self.import_job.cancel()
        self.save_state()
        self.details.release()
        super().closeEvent(event)

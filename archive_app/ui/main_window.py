"""The main window: sidebar, list, detail page, search field, menus, import by drag and drop,
and a banner when the archive is open read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import browse
from archive_app.core.browse import Scope
from archive_app.ui.changes import Change
from archive_app.ui.commands import AddRecord, RecordRef
from archive_app.ui.detail.area import DetailArea
from archive_app.ui.folding import within_screen
from archive_app.ui.import_job import ImportBar, ImportJob, ImportOutcome, ImportSummary
from archive_app.ui.lists import ListArea
from archive_app.ui.session import ArchiveSession
from archive_app.ui.settings import AppSettings
from archive_app.ui.sidebar import LIBRARY, Sidebar
from archive_app.ui.thumbnails import Thumbnails, thumbnail_locator

log = logging.getLogger(__name__)


def first_size(screen: QSize) -> QSize:
    """The window's size the first time it opens: 1280x800, or less on a smaller screen (a
    1366x768 laptop), leaving room for the window's title bar and frame."""
    return within_screen(QSize(1280, 800), screen)


class ReadOnlyBanner(QWidget):
    """Says plainly that this window cannot change the archive, and why."""

    reopen_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel(
            self.tr(
                "This archive is open in another window, so here you can look but not change "
                "anything. Close the other window, then press Try again."
            ),
            self,
        )
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("retryWritable")
        self.retry.clicked.connect(self.reopen_clicked)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)


class MainWindow(QMainWindow):
    """One archive's window. Reads through the session's reader; edits go on :attr:`undo_stack`
    as commands; every write's :class:`Change` redraws what it touched."""

    #: the person chose another archive to open (or to retry this one writable)
    open_archive_requested = Signal(Path)
    #: the person changed language or text size
    settings_changed = Signal()
    #: a transcript hit or other link asks to hear an interview from a second
    play_requested = Signal(str, float)

    def __init__(
        self, session: ArchiveSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.thumbnails = Thumbnails(thumbnail_locator(session.root), parent=self)
        self.import_job: ImportJob | None = None
        self.current_kind = "interview"
        # Behaviour attached once the window is up (search, consent; see launch.py):
        #: section name -> handler(target) for sidebar sections this window does not know
        self.section_handlers: dict[str, Any] = {}
        #: called with every Change after the views have followed it
        self.change_hooks: list[Any] = []
        #: called with every detail page when it is first made
        self.view_hooks: list[Any] = []
        self._open_when_added: tuple[str, RecordRef] | None = None
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
        self.lists = ListArea(session, self.thumbnails, self._consent_column(), self.splitter)
        self.details = DetailArea(session, self.undo_stack, self.thumbnails, self.splitter)
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
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        self.sidebar.chosen.connect(self.show_section)
        self.lists.currentChanged.connect(self._list_shown)
        self.lists.picked.connect(self._picked)
        self.details.open_record.connect(self.open_record)
        self.details.message.connect(self.say)
        self.details.scope_requested.connect(self._show_scope)
        self.details.on_view_made.append(self._view_made)
        session.changed.connect(self._on_change)
        session.failed.connect(self.show_problem)

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

    def _consent_column(self) -> Any:
        """The interview list's "Open to" column, when consent is available (see consent UI)."""
        try:
            from archive_app.ui.consent.badges import ConsentBadges
        except ImportError:
            return None
        self.badges = ConsentBadges(self.session, self)
        return self.badges.text_for

    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        writable = not self.session.read_only
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redoAction")
        self.new_archive_action = self._action(self.tr("New Archive…"), self._new_archive)
        self.open_archive_action = self._action(
            self.tr("Open Archive…"), self._choose_archive, QKeySequence.StandardKey.Open
        )
        self.import_files_action = self._action(
            self.tr("Import Files…"), self._import_files, "Ctrl+I", "importFiles"
        )
        self.import_folder_action = self._action(
            self.tr("Import Folder…"), self._import_folder, "Ctrl+Shift+I", "importFolder"
        )
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_interview_action = self._action(
            self.tr("New Interview"),
            lambda: self.add_record("interview"),
            QKeySequence.StandardKey.New,
            "newInterview",
        )
        self.new_person_action = self._action(
            self.tr("New Person"), lambda: self.add_record("person")
        )
        self.new_family_action = self._action(
            self.tr("New Family"), lambda: self.add_record("family")
        )
        self.new_place_action = self._action(self.tr("New Place"), lambda: self.add_record("place"))
        self.new_collection_action = self._action(
            self.tr("New Collection"), lambda: self.add_record("collection")
        )
        self.settings_action = self._action(
            self.tr("Settings…"),
            self._open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        self.find_action = self._action(
            self.tr("Search"), self._focus_search, QKeySequence.StandardKey.Find, "find"
        )
        self.about_action = self._action(self.tr("About Hometown Voices"), self._about)
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.new_interview_action,
            self.new_person_action,
            self.new_family_action,
            self.new_place_action,
            self.new_collection_action,
        ):
            action.setEnabled(writable)
        self.section_actions: dict[str, QAction] = {}
        names = {
            "interview": self.tr("Interviews"),
            "person": self.tr("People"),
            "family": self.tr("Families"),
            "place": self.tr("Places"),
            "photo": self.tr("Photos"),
            "document": self.tr("Documents"),
        }
        for number, kind in enumerate(LIBRARY, start=1):
            self.section_actions[kind] = self._action(
                names[kind], lambda _checked=False, k=kind: self._go(k), f"Ctrl+{number}"
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_archive_action)
        file_menu.addAction(self.open_archive_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        self.import_bag_action = file_menu.addAction(
            self.tr("Import Another Interviewer's Bag…"), self.open_import_bag
        )
        self.import_bag_action.setObjectName("importBag")
        self.import_sheet_action = file_menu.addAction(
            self.tr("Import Spreadsheet of Interviews…"), self.open_import_sheet
        )
        self.import_sheet_action.setObjectName("importSheet")
        self.export_action = file_menu.addAction(self.tr("Export Stories…"), self.open_export)
        self.export_action.setObjectName("exportStories")
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (
            self.new_interview_action,
            self.new_person_action,
            self.new_family_action,
            self.new_place_action,
            self.new_collection_action,
        ):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.edit_menu = edit_menu
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.section_actions.values():
            view_menu.addAction(action)
        self.view_menu = view_menu
        self.consent_menu = bar.addMenu(self.tr("&Consent"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.import_files_action)
        toolbar.addAction(self.new_interview_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # -- navigation -------------------------------------------------------------------------

    def _go(self, kind: str) -> None:
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
        found = browse.rows_by_id(self.session.db, kind, [record_id])
        return found[0]["name"] if found else ""

    def _show_scope(self, kind: str, scope: Scope) -> None:
        with self._going_to_record():  # the place's page stays beside its list
            pane = self.lists.show_kind(kind)
        self.current_kind = kind
        name = ""
        if scope.place_id:
            from archive_app.core import places

            name = places.full_name(self.session.db, scope.place_id)
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

    def _view_made(self, view: Any) -> None:
        for hook in self.view_hooks:
            hook(view)

    # -- editing ----------------------------------------------------------------------------

    def add_record(self, kind: str) -> None:
        """Add a new, nearly empty record of ``kind`` (undoable) and open it for editing."""
        from archive_app.core import interviews, people, places

        makers: dict[str, tuple[str, Callable[[sqlite_utils.Database, str], str], str]] = {
            "interview": (
                self.tr("New interview"),
                interviews.add_interview,
                self.tr("New Interview"),
            ),
            "person": (self.tr("New person"), people.add_person, self.tr("New Person")),
            "family": (self.tr("New family"), people.add_family, self.tr("New Family")),
            "place": (self.tr("New place"), places.add_place, self.tr("New Place")),
            "collection": (
                self.tr("New collection"),
                browse.add_collection,
                self.tr("New Collection"),
            ),
        }
        name, make, text = makers[kind]
        command = AddRecord(self.session, kind, lambda db: make(db, name), text)
        self._open_when_added = (kind, command.ref)
        self.undo_stack.push(command)

    def _on_change(self, change: Change) -> None:
        self.lists.apply(change)
        self.sidebar.apply(change)
        self.details.apply(change)
        for hook in self.change_hooks:
            hook(change)
        if self._open_when_added is not None:
            kind, ref = self._open_when_added
            if ref.id and ref.id in change.added.get(kind, set()):
                self._open_when_added = None
                self.open_record(kind, ref.id)
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

    def _import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if names:
            self.start_import([Path(n) for n in names])

    def _import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
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

    # -- archives and settings ---------------------------------------------------------------

    def _choose_archive(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open an archive folder"))
        if folder:
            self.open_archive_requested.emit(Path(folder))

    def _new_archive(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the new archive")
        )
        if folder:
            self.open_archive_requested.emit(Path(folder))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_archives:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_archive_requested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent archives")).setEnabled(False)

    def _open_settings(self) -> None:
        from archive_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.settings_changed.emit()

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _about(self) -> None:
        from archive_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Hometown Voices"),
            self.tr(
                "Hometown Voices (乡音) %1\nAn oral-history archive for left-behind families, "
                "kept on your own computer."
            ).replace("%1", __version__),
        )

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

"""The main window's actions, menus and toolbar, and what the File, Edit and Help menus do that
is not about the records shown (opening archives, settings, about).

Strings keep the main window's translation context, where they have always been translated.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from archive_app.ui import file_chooser
from archive_app.ui.sidebar import LIBRARY

if TYPE_CHECKING:
    from archive_app.ui.main_window import MainWindow


class WindowMenus:
    """Every action of one main window, in its menus and toolbar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        translate = QCoreApplication.translate
        writable = not window.session.read_only
        self.undo_action = window.undo_stack.createUndoAction(
            window, translate("MainWindow", "Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = window.undo_stack.createRedoAction(
            window, translate("MainWindow", "Redo")
        )
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redoAction")
        self.new_archive_action = self._action(
            translate("MainWindow", "New Archive…"), self._new_archive
        )
        self.open_archive_action = self._action(
            translate("MainWindow", "Open Archive…"),
            self._choose_archive,
            QKeySequence.StandardKey.Open,
        )
        self.import_files_action = self._action(
            translate("MainWindow", "Import Files…"), window.import_files, "Ctrl+I", "importFiles"
        )
        self.import_folder_action = self._action(
            translate("MainWindow", "Import Folder…"),
            window.import_folder,
            "Ctrl+Shift+I",
            "importFolder",
        )
        self.import_bag_action = self._action(
            translate("MainWindow", "Import Another Interviewer's Bag…"),
            window.open_import_bag,
            name="importBag",
        )
        self.import_sheet_action = self._action(
            translate("MainWindow", "Import Spreadsheet of Interviews…"),
            window.open_import_sheet,
            name="importSheet",
        )
        self.export_action = self._action(
            translate("MainWindow", "Export Stories…"), window.open_export, name="exportStories"
        )
        self.quit_action = self._action(
            translate("MainWindow", "Quit"), window.close, QKeySequence.StandardKey.Quit
        )
        self.new_interview_action = self._action(
            translate("MainWindow", "New Interview"),
            lambda: window.add_record("interview"),
            QKeySequence.StandardKey.New,
            "newInterview",
        )
        self.new_person_action = self._action(
            translate("MainWindow", "New Person"), lambda: window.add_record("person")
        )
        self.new_family_action = self._action(
            translate("MainWindow", "New Family"), lambda: window.add_record("family")
        )
        self.new_place_action = self._action(
            translate("MainWindow", "New Place"), lambda: window.add_record("place")
        )
        self.new_collection_action = self._action(
            translate("MainWindow", "New Collection"), lambda: window.add_record("collection")
        )
        self.remove_action = self._action(
            translate("MainWindow", "Remove from the Archive…"),
            window.remove_current,
            name="removeRecord",
        )
        self.bin_action = self._action(
            translate("MainWindow", "Bin…"), window.open_bin, name="openBin"
        )
        self.settings_action = self._action(
            translate("MainWindow", "Settings…"),
            self._open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        self.find_action = self._action(
            translate("MainWindow", "Search"),
            self._focus_search,
            QKeySequence.StandardKey.Find,
            "find",
        )
        self.about_action = self._action(
            translate("MainWindow", "About Hometown Voices"), self._about
        )
        self.record_consent_action = self._action(
            translate("Consent", "Record Consent…"),
            window.record_consent,
            name="recordConsentAction",
        )
        self.consent_due_action = self._action(
            translate("Consent", "Consent Due"),
            lambda: window.consent_due.show(),
            name="consentDueAction",
        )
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.new_interview_action,
            self.new_person_action,
            self.new_family_action,
            self.new_place_action,
            self.new_collection_action,
            self.record_consent_action,
            self.remove_action,
        ):
            action.setEnabled(writable)
        names = {
            "interview": translate("MainWindow", "Interviews"),
            "person": translate("MainWindow", "People"),
            "family": translate("MainWindow", "Families"),
            "place": translate("MainWindow", "Places"),
            "photo": translate("MainWindow", "Photos"),
            "document": translate("MainWindow", "Documents"),
        }
        self.section_actions: dict[str, QAction] = {
            kind: self._action(
                names[kind], lambda _checked=False, k=kind: window.go(k), f"Ctrl+{number}"
            )
            for number, kind in enumerate(LIBRARY, start=1)
        }
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _action(
        self, text: str, slot: Callable[..., Any], shortcut: Any = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        translate = QCoreApplication.translate
        bar = self.window.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_archive_action)
        file_menu.addAction(self.open_archive_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addAction(self.import_bag_action)
        file_menu.addAction(self.import_sheet_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for action in (
            self.new_interview_action,
            self.new_person_action,
            self.new_family_action,
            self.new_place_action,
            self.new_collection_action,
        ):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.remove_action)
        self.edit_menu.addAction(self.bin_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for action in self.section_actions.values():
            self.view_menu.addAction(action)
        family_mode = self.window.family_mode
        if family_mode is not None:
            window = self.window
            self.family_mode_action = self._action(
                translate("FamilyMode", "Family Mode…"),
                lambda: family_mode.choose_family(window),
                name="familyModeAction",
            )
            self.view_menu.addSeparator()
            self.view_menu.addAction(self.family_mode_action)
        self.consent_menu = bar.addMenu(translate("MainWindow", "&Consent"))
        self.consent_menu.addAction(self.record_consent_action)
        self.consent_menu.addAction(self.consent_due_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> QToolBar:
        window = self.window
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), window)
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
        toolbar.addWidget(window.search_field)
        window.addToolBar(toolbar)
        return toolbar

    # -- archives, settings, about ----------------------------------------------------------

    def _choose_archive(self) -> None:
        folder = file_chooser.folder(
            self.window, QCoreApplication.translate("MainWindow", "Open an archive folder")
        )
        if folder:
            self.window.open_archive_requested.emit(Path(folder))

    def _new_archive(self) -> None:
        folder = file_chooser.folder(
            self.window,
            QCoreApplication.translate("MainWindow", "Choose an empty folder for the new archive"),
        )
        if folder:
            self.window.open_archive_requested.emit(Path(folder))

    def _fill_recent(self) -> None:
        """Archives opened lately; one on a USB stick that is not plugged in is marked, and
        choosing it says so (it is never made anew)."""
        self.recent_menu.clear()
        settings = self.window.settings
        for path in settings.remembered_archives:
            text = str(path)
            if not path.exists():
                text = QCoreApplication.translate("MainWindow", "%1 (not found)").replace(
                    "%1", text
                )
            action = self.recent_menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, p=path: self.window.open_archive_requested.emit(p)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent archives")
            ).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(
            QCoreApplication.translate("MainWindow", "Clear the List")
        )
        clear.setObjectName("clearRecent")
        clear.triggered.connect(lambda: settings.forget_recent())

    def _open_settings(self) -> None:
        from archive_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.settings, self.window)
        if dialog.exec():
            self.window.settings_changed.emit()

    def _focus_search(self) -> None:
        self.window.search_field.setFocus()
        self.window.search_field.selectAll()

    def _about(self) -> None:
        from archive_app import __version__

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainWindow", "About Hometown Voices"),
            QCoreApplication.translate(
                "MainWindow",
                "Hometown Voices (乡音) %1\nAn oral-history archive for left-behind families, "
                "kept on your own computer.",
            ).replace("%1", __version__),
        )

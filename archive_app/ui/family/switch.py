"""Entering and leaving family mode, and starting the app in it.

The curator picks a family (its page, or View > Family Mode…); if no passphrase is set yet they
set one first. The curator's window is then closed (with its menus, shortcuts and tools: nothing
of it is left to reach) and the family's window fills the screen. The passphrase brings the
curator's window back. ``archive-app --family FAMILY_ID`` starts straight in a family, and so
does every start while the setting "open in family mode" is on (the family last shown).
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from archive_app.core import records
from archive_app.core.errors import RecordNotFound
from archive_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from archive_app.ui.family.passphrase import PassphraseLock
    from archive_app.ui.family.window import FamilyWindow
    from archive_app.ui.launch import AppController
    from archive_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

START_ALWAYS_KEY = "family/start_always"
LAST_FAMILY_KEY = "family/last_family"
LAST_ARCHIVE_KEY = "family/last_archive"


def starts_in_family(settings: AppSettings) -> bool:
    return settings.value(START_ALWAYS_KEY, "false") == "true"


def starting_point(
    settings: AppSettings, archive: Path, family_id: str | None
) -> tuple[Path, str | None]:
    """Where the app starts: the family asked for on the command line, else, while the setting
    is on, the family last shown in family mode (in its archive), else the curator's app."""
    if family_id:
        return archive, family_id
    if starts_in_family(settings):
        last = settings.value(LAST_FAMILY_KEY, "")
        folder = settings.value(LAST_ARCHIVE_KEY, "")
        if last and folder and Path(folder).exists():
            return Path(folder), last
    return archive, None


class FamilyMode(QObject):
    """The controller's family mode: at most one family window at a time."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.settings: AppSettings = controller.settings
        self._lock: PassphraseLock | None = None
        self.window: FamilyWindow | None = None
        #: show the family window full screen (tests and screenshots set a size instead)
        self.full_screen = True
        controller.app.aboutToQuit.connect(self.shutdown)
        # logging out or shutting down: Qt asks every window to close and cancels the logout if
        # one refuses, so the family window lets go (the next start comes back to the family)
        controller.app.commitDataRequest.connect(lambda _manager: self.shutdown())

    @property
    def lock(self) -> PassphraseLock:
        if self._lock is None:
            from archive_app.ui.family.passphrase import PassphraseLock

            self._lock = PassphraseLock(self.settings)
        return self._lock

    # -- from the curator's window -------------------------------------------------------------

    def attach(self, window: MainWindow) -> None:
        """A curator window is up (it made its Family Mode… action and the panel on family
        pages itself, given this object). Family mode's window and the player are loaded a
        moment after it (not before: the app opens quickly), so that entering family mode
        waits for neither."""
        del window
        QTimer.singleShot(1500, _load_family_window)

    def choose_family(self, parent: QWidget) -> None:
        session = self.controller.session
        if session is None:
            return
        families = records.list_records(session.db, "family")
        if not families:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("FamilyMode", "Family Mode"),
                QCoreApplication.translate(
                    "FamilyMode", "There are no families in this archive yet. Add one first."
                ),
            )
            return
        names = [str(f["name"]) for f in families]
        name, chosen = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("FamilyMode", "Family Mode"),
            QCoreApplication.translate("FamilyMode", "Which family will use the computer?"),
            names,
            0,
            False,
        )
        if chosen:
            self.enter(str(families[names.index(name)]["id"]), parent)

    # -- in and out --------------------------------------------------------------------------

    def enter(self, family_id: str, parent: QWidget | None = None) -> bool:
        """Fill the screen with the family (after a passphrase is set); False if it cannot."""
        controller = self.controller
        session = controller.session
        if session is None or self.window is not None:
            return False
        try:
            records.get(session.db, "family", family_id)
        except RecordNotFound:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("FamilyMode", "Family Mode"),
                QCoreApplication.translate("FamilyMode", "This archive has no family %1.").replace(
                    "%1", family_id
                ),
            )
            return False
        from archive_app.ui.family.unlock import ensure_passphrase
        from archive_app.ui.family.window import FamilyWindow

        if not ensure_passphrase(self.lock, parent):
            return False
        window = FamilyWindow(session, self.settings, family_id, self.lock)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.unlocked.connect(self.leave)
        self.window = window
        self.settings.set_value(LAST_FAMILY_KEY, family_id)
        self.settings.set_value(LAST_ARCHIVE_KEY, str(session.root))
        QTimer.singleShot(0, self.settings.sync)  # written to disk once the family sees its screen
        if self.full_screen:
            window.showFullScreen()
        else:
            window.show()
        self._drop_curator_window()
        window.activateWindow()
        return True

    def leave(self) -> None:
        """The passphrase was given: the family window goes, the curator's comes back."""
        window = self.window
        self.window = None
        if window is None:
            return
        if self.controller.session is not None and self.controller.window is None:
            self.controller._make_window()
        window.may_close = True
        window.close()

    def _drop_curator_window(self) -> None:
        """Close the curator's window as the controller does when it redoes it (the archive
        stays open): hidden is not enough, its shortcuts and menus must not exist."""
        controller = self.controller
        old = controller.window
        if old is None:
            return
        controller.window = None
        old.save_state()
        old.details.release()
        old.blockSignals(True)
        try:
            old.destroyed.disconnect(controller._window_gone)
        except (RuntimeError, TypeError):
            pass
        old.hide()
        old.deleteLater()

    def shutdown(self) -> None:
        """The app is quitting (the system is shutting down): let the family window go."""
        if self.window is not None:
            window, self.window = self.window, None
            window.may_close = True
            window.close()


def start(controller: AppController, archive: Path, family_id: str | None) -> bool:
    """Open ``archive`` in the app, straight into ``family_id``'s family mode when given (or
    when the setting says so). False when the archive could not be opened."""
    folder, family = starting_point(controller.settings, archive, family_id)
    if family:
        _ask_the_gate_early(folder)
    if not controller.open(folder):
        return False
    if family:
        mode: FamilyMode = controller.family_mode
        if not mode.enter(family, controller.window):
            log.info("could not start in family mode for %s", family)
    return True


def _ask_the_gate_early(folder: Path) -> None:
    """Have the consent gate work out what families may see while the archive opens (on a
    thread of its own, with its own connection): the gate keeps its answer for every connection
    in the process, so the family's screen does not wait for it."""

    def ask() -> None:
        from archive_app.core.archive import Archive
        from archive_app.core.consent import gate

        try:
            with Archive.open(folder, read_only=True) as archive:
                gate.visible_items(archive.db, "family")
        except Exception:  # a new or damaged archive: opening it says what is wrong
            log.debug("could not ask the gate early", exc_info=True)

    threading.Thread(target=ask, name="family-gate", daemon=True).start()


def _load_family_window() -> None:
    for module in (
        "archive_app.ui.family.window",
        "archive_app.ui.family.unlock",
        "archive_app.core.ingest",  # where thumbnails are kept (thumbnail_locator asks it)
    ):
        importlib.import_module(module)
    from archive_app.ui.family.window import rehearse

    rehearse()


def family_window_of(app: QApplication) -> FamilyWindow | None:
    """The family window open in this app, if any (for tests and screenshots)."""
    from archive_app.ui.family.window import FamilyWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, FamilyWindow) and widget.isVisible():
            return widget
    return None

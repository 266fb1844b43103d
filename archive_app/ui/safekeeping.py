"""Keeping the archive safe while the app is open.

- The catalogue is copied into ``backups/`` on a schedule (core decides when one is due: a day
  after the last), on the writer, never on the GUI thread.
- The status bar says how many originals have not been checked for 90 days, with a link that
  checks every file now (also in the File menu), with progress, on the writer.

The main window makes this with :func:`attach_safekeeping` while it is built.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from archive_app.core.archive import Archive
from archive_app.core.errors import Cancelled
from archive_app.ui import vocabulary

log = logging.getLogger(__name__)

# how often the app asks whether a catalogue backup is due, and its first look
CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000


#: how many hurt records a message names before it says how many more
_NAMED = 5


class Safekeeping(QObject):
    """Scheduled catalogue backups and the fixity reminder of one window."""

    # fraction of a running fixity check, from the writer's thread
    checking = Signal(float)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.cancel = threading.Event()
        self.running = False
        self.label = QLabel(window)
        self.label.setObjectName("fixityReminder")
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(lambda _link: self.check_now())
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Check Every File Now"), window)
        self.action.setObjectName("fixityCheckAction")
        self.action.triggered.connect(self.check_now)
        self.action.setEnabled(not self.session.read_only)
        self.checking.connect(self._show_progress)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.back_up_if_due)
        self.refresh()

    # -- scheduled catalogue backups ------------------------------------------------------------

    def back_up_if_due(self) -> None:
        if self.session.read_only or self.running:
            return

        def back_up(archive: Archive) -> None:
            from archive_app.core.backup import back_up_catalogue, backup_due

            if backup_due(archive):
                back_up_catalogue(archive, "scheduled")

        assert self.session.writer is not None
        self.session.writer.submit(
            back_up, None, lambda error: log.warning("no scheduled backup", exc_info=error)
        )

    # -- fixity ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the originals not checked for 90 days and say so, or say nothing."""
        from archive_app.core.fixity import overdue_count

        try:
            count = overdue_count(self.session.db)
        except Exception:  # an archive from before fixity was recorded: nothing to say
            log.debug("fixity dates not readable", exc_info=True)
            count = 0
        if not count:
            self.label.hide()
            return
        text = self.tr("%n file(s) not checked for 90 days", "", count)
        if not self.session.read_only:
            link = self.tr("Check now")
            text += f' — <a href="check">{link}</a>'
        self.label.setText(text)
        self.label.show()

    def check_now(self) -> None:
        """Re-hash every original on the writer, with progress in the status bar."""
        if self.running:
            return
        if self.session.read_only:
            self.window.show_problem(
                self.tr("This archive is open read-only here, so its files cannot be checked now.")
            )
            return
        from archive_app.core.fixity import verify_all

        self.running = True
        self.cancel.clear()
        self.action.setEnabled(False)

        def run(archive: Archive) -> Any:
            return verify_all(
                archive,
                progress=lambda fraction, _name: self.checking.emit(fraction),
                cancel=self.cancel,
            )

        self.session.run_in_background(run, self._done, self._failed)

    def stop(self) -> None:
        self.cancel.set()

    def _show_progress(self, fraction: float) -> None:
        self.window.say(self.tr("Checking every file… %1%").replace("%1", str(int(fraction * 100))))

    def _done(self, report: Any) -> None:
        self.running = False
        self.action.setEnabled(True)
        self.refresh()
        if report.ok:
            self.window.say(self.tr("All %n file(s) are whole.", "", report.files_checked))
            return
        hurt = [self._owner(owner) for finding in report.problems for owner in finding.owners]
        if not hurt:
            self.window.show_problem(
                self.tr(
                    "%n file(s) are missing or changed. Restore them from a backup copy of the "
                    "archive.",
                    "",
                    len(report.problems),
                )
            )
            return
        shown = hurt[:_NAMED]
        if len(hurt) > _NAMED:
            shown.append(self.tr("%n more", "", len(hurt) - _NAMED))
        self.window.show_problem(
            self.tr(
                "%n file(s) are missing or changed: %1. Restore them from a backup copy of the "
                "archive.",
                "",
                len(report.problems),
            ).replace("%1", vocabulary.list_text(shown))
        )

    def _owner(self, owner: dict[str, str]) -> str:
        """A record an original belongs to, as a person knows it."""
        name = owner.get("name", "")
        return {
            "recording": self.tr("the recording of “%1”"),
            "photo": self.tr("the photo “%1”"),
            "document": self.tr("the document “%1”"),
        }.get(owner.get("kind", ""), "%1").replace("%1", name)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.action.setEnabled(True)
        if isinstance(error, Cancelled):
            self.refresh()
            return
        from archive_app.ui.wording import explain

        self.window.show_problem(explain(error))


def attach_safekeeping(window: Any) -> Safekeeping:
    """Give ``window`` its scheduled backups, fixity reminder and check action."""
    keeping = Safekeeping(window)
    window.safekeeping = keeping
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    if menus:
        file_menu = menus[0]
        actions = file_menu.actions()
        if actions:
            file_menu.insertAction(actions[-1], keeping.action)  # above Quit
            file_menu.insertSeparator(actions[-1])
        else:
            file_menu.addAction(keeping.action)
    return keeping

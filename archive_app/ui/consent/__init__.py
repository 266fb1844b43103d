"""Consent in the app: badges in the lists, a panel on interview and photo pages, a person's
consent records, the record/withdraw dialogs and the consent-due list.

The main window builds these itself: :class:`~.badges.ConsentBadges` for the lists' "Open to"
column, :class:`ConsentDue` for the due list and its count in the sidebar; the interview, photo
and person pages each make their own panel (:mod:`.panel`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from archive_app.core.edits import Changes
from archive_app.ui.background import Background
from archive_app.ui.consent.due_list import ConsentDuePane, DueLists, collect_due_apart
from archive_app.ui.lists import ListArea
from archive_app.ui.session import ArchiveSession
from archive_app.ui.sidebar import Sidebar

log = logging.getLogger(__name__)

#: kinds of change after which the due list may differ
_CONSENT_KINDS = {"consent", "person", "interview", "photo", "document"}


class ConsentDue(QObject):
    """The consent-due list: a pane among the lists, its count in the sidebar, counted again
    off the GUI thread after every write that can change it."""

    def __init__(
        self,
        session: ArchiveSession,
        lists: ListArea,
        sidebar: Sidebar,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = lists
        self.sidebar = sidebar
        self.say = say
        self.pane = ConsentDuePane(session, lists)
        lists.add_pane("consent_due", self.pane)
        self.workers = Background(1, "consent-due", self)

    @property
    def total(self) -> int:
        return self.pane.total

    def count(self) -> None:
        """Count what is due again (the queries take a while on a big archive: off the GUI
        thread)."""
        session = self.session
        self.workers.submit(
            lambda: collect_due_apart(session),
            self._filled,
            lambda error: log.error("consent due list could not be read", exc_info=error),
        )

    def _filled(self, lists: DueLists) -> None:
        self.pane.fill(lists)
        self.sidebar.set_consent_due(self.pane.total)
        if self.lists.currentWidget() is self.pane:
            self.say(
                QCoreApplication.translate("Consent", "Things to do about consent: %1").replace(
                    "%1", str(self.total)
                )
            )

    def show(self, _target: str = "") -> None:
        self.count()
        self.lists.setCurrentWidget(self.pane)
        self.sidebar.select("consent_due")

    def follow(self, changes: Changes) -> None:
        if changes.kinds() & _CONSENT_KINDS:
            self.count()

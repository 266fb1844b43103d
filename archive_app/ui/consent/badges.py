"""Who each interview and photo is open to, for the lists' "Open to" column.

The consent gate answers for the whole archive at once (one set of visible items per audience);
that runs on a worker thread with its own read connection, after the window is up and again a
moment after any write that can change the answer.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from archive_app.core.consent.model import GRANTABLE
from archive_app.core.edits import Changes
from archive_app.ui import vocabulary
from archive_app.ui.background import Background
from archive_app.ui.session import ArchiveSession

log = logging.getLogger(__name__)

#: the audiences a consent can open an item to, narrowest first
OPEN_AUDIENCES = GRANTABLE
#: kinds of change that can open or close items (people: links, birth dates; consents)
CONSENT_KINDS = {"consent", "person"}


def _count(session: ArchiveSession) -> dict[str, frozenset[str]]:
    """Every audience's visible items, on a worker thread with its own read connection."""
    import sqlite_utils

    from archive_app.core.consent.gate import visible_items

    conn = session.archive.reader()
    try:
        db = sqlite_utils.Database(conn)
        return {audience: visible_items(db, audience) for audience in OPEN_AUDIENCES}
    finally:
        conn.close()


def _dates_changed(change: Changes) -> bool:
    """Whether an edit changed when an item was recorded (a child then may be an adult now)."""
    fields = change.value.get("fields", ()) if isinstance(change.value, dict) else ()
    return bool({"date", "taken_at"} & set(fields))


class ConsentBadges(QObject):
    """Knows, for every interview and photo, the audiences it is open to."""

    #: the answers changed: views showing badges should redraw
    updated = Signal()

    def __init__(self, session: ArchiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.visible: dict[str, frozenset[str]] | None = None
        self._workers = Background(1, "consent-badges", self)
        self._running = False
        self._again = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(250)  # several quick edits, one recount
        self._later.timeout.connect(self.refresh)

    def refresh(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        session = self.session
        self._workers.submit(lambda: _count(session), self._arrived, self._failed)

    def apply(self, change: Changes) -> None:
        if (
            change.kinds() & CONSENT_KINDS
            or change.reshapes("interview")
            or change.reshapes("photo")
            or _dates_changed(change)
        ):
            self._later.start()

    def _failed(self, error: BaseException) -> None:
        # a consent table missing or damaged: no badges; the log says why
        log.error("consent badges could not be computed", exc_info=error)
        self._arrived(None)

    def _arrived(self, answer: dict[str, frozenset[str]] | None) -> None:
        self._running = False
        if answer is not None:
            self.visible = answer
            self.updated.emit()
        if self._again:
            self._again = False
            self.refresh()

    def wait(self) -> None:
        self._workers.wait()

    def audiences_of(self, item_id: str) -> list[str] | None:
        """The audiences an item is open to (curators always see it); None while not known."""
        if self.visible is None:
            return None
        return [aud for aud in OPEN_AUDIENCES if item_id in self.visible[aud]]

    def text_for(self, row: dict[str, Any]) -> str:
        audiences = self.audiences_of(row["id"])
        if audiences is None:
            return "…"
        if not audiences:
            return self.tr("Curators only")
        if len(audiences) == len(OPEN_AUDIENCES):
            # the whole list would not fit a list's column, and says no more than this
            return self.tr("Everyone")
        return " · ".join(vocabulary.audience_name(aud) for aud in audiences)

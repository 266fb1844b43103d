"""Preparing and writing an export off the GUI thread, with progress and Cancel.

The release is worked out on a background thread with its own read-only connection; the files
are written there too (they are outside the archive, so the writer is not needed); only the
audit entry goes through the one writer. Progress arrives on the main thread as signals.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal

from archive_app.exchange.bag import BagOptions, export_bag
from archive_app.exchange.dublin_core import export_csv
from archive_app.exchange.film import FilmOptions, export_films
from archive_app.exchange.ohms import export_ohms
from archive_app.exchange.release import Release, Selection, prepare_release, record_release
from archive_app.exchange.report import ExportReport
from archive_app.exchange.site import export_site
from archive_app.exchange.target import Work, replacing
from archive_app.ui.background import Background
from archive_app.ui.session import ArchiveSession

FORMATS = ("site", "site_zip", "films", "bag", "bag_zip", "ohms", "csv")
#: formats written as one file (the rest are folders)
FILE_FORMATS = ("site_zip", "bag_zip", "csv")
#: the audit log's name for each format's release
PURPOSES = {
    "site": "export.site",
    "site_zip": "export.site",
    "films": "export.films",
    "bag": "export.bag",
    "bag_zip": "export.bag",
    "ohms": "export.ohms",
    "csv": "export.csv",
}


@dataclass(frozen=True)
class ExportChoice:
    format: str  # one of FORMATS
    audience: str
    selection: Selection
    target: Path
    second_tier: str | None = None
    whole: bool = False  # the whole archive (a curator's bag of everything)
    replace: bool = False  # take the place of what has the target's name, once complete


def prepare(session: ArchiveSession, selection: Selection, audience: str) -> Release:
    """Work out the release on this thread with a connection of its own."""
    connection = session.archive.reader()
    try:
        return prepare_release(sqlite_utils.Database(connection), session.root, selection, audience)
    finally:
        connection.close()


def write(choice: ExportChoice, release: Release, root: Path, work: Work) -> ExportReport:
    if not choice.replace:
        return _write(choice, choice.target, release, root, work)
    with replacing(choice.target, root) as fresh:
        report = _write(choice, fresh, release, root, work)
    return dataclasses.replace(report, target=choice.target)


def _write(
    choice: ExportChoice, target: Path, release: Release, root: Path, work: Work
) -> ExportReport:
    if choice.format == "films":
        return export_films(
            release, target, root, FilmOptions(second_tier=choice.second_tier), work
        )
    if choice.format in ("bag", "bag_zip"):
        whole = choice.whole and release.audience == "curator"
        options = BagOptions(whole=whole, as_zip=choice.format == "bag_zip")
        return export_bag(release, target, root, options, work=work)
    if choice.format == "ohms":
        return export_ohms(release, target, root, work=work)
    if choice.format == "csv":
        return export_csv(release, target, root, work=work)
    return export_site(release, target, root, as_zip=choice.format == "site_zip", work=work)


class ExportJob(QObject):
    """One export: :meth:`start`, then ``progressed`` and ``finished`` or ``failed``."""

    progressed = Signal(float, str)
    finished = Signal(object)  # ExportReport
    failed = Signal(object)  # the error

    def __init__(
        self, session: ArchiveSession, choice: ExportChoice, release: Release, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.choice = choice
        self.release = release
        self.work = Work(lambda fraction, message: self._relay.emit(fraction, message))
        self.running = False
        self._background = Background(1, "export", self)
        self._relay.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    _relay = Signal(float, str)

    def start(self) -> None:
        self.running = True
        root = self.session.root
        self._background.submit(
            lambda: write(self.choice, self.release, root, self.work), self._written, self._failed
        )

    def cancel(self) -> None:
        self.work.cancel()

    def _written(self, report: ExportReport) -> None:
        purpose = PURPOSES[self.choice.format]

        def log(archive: Any) -> None:
            with archive.transaction() as db:
                record_release(db, self.release, purpose)

        if not self.session.write(log, lambda _: self._done(report), self._failed):
            self._failed(RuntimeError("read-only"))

    def _done(self, report: ExportReport) -> None:
        self.running = False
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)

    def wait(self) -> None:
        self._background.wait()

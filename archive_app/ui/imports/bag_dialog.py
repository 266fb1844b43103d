"""Import Bag: another interviewer's bag (a folder or .zip) merged into this archive.

The bag is checked in full before anything changes; what was added, updated or in conflict is
shown afterwards, and a refused bag is named with its reason. The work runs on the writer, with
progress and Cancel (which stops it before the merge starts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.errors import Cancelled
from archive_app.exchange.bag.checks import HostileBag
from archive_app.exchange.bag.importer import import_bag
from archive_app.exchange.bag.merge import MergeReport
from archive_app.ui import file_chooser, vocabulary
from archive_app.ui.imports.work import ImportWork
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import explain


def bag_refusal(error: HostileBag) -> str:
    """Why a bag was refused, as a sentence."""
    reasons = {
        "not_found": QCoreApplication.translate("ImportBag", "There is no such file or folder."),
        "not_a_bag": QCoreApplication.translate("ImportBag", "This is not a BagIt bag."),
        "unsafe_path": QCoreApplication.translate(
            "ImportBag", "The bag names a file outside itself."
        ),
        "link": QCoreApplication.translate("ImportBag", "The bag holds a link to another place."),
        "malformed_bag_info": QCoreApplication.translate(
            "ImportBag", "The bag's description (bag-info.txt) cannot be read."
        ),
        "oxum_mismatch": QCoreApplication.translate(
            "ImportBag", "The bag claims other sizes than it holds."
        ),
        "missing_payload": QCoreApplication.translate(
            "ImportBag", "Files the bag lists are missing."
        ),
        "unexpected_file": QCoreApplication.translate(
            "ImportBag", "The bag holds files its lists do not name."
        ),
        "checksum_mismatch": QCoreApplication.translate(
            "ImportBag", "A file in the bag is damaged or was changed."
        ),
        "invalid_bag": QCoreApplication.translate("ImportBag", "The bag is not valid."),
        "not_from_this_app": QCoreApplication.translate(
            "ImportBag", "This bag was not made by Hometown Voices."
        ),
        "not_mergeable": QCoreApplication.translate(
            "ImportBag",
            "This bag holds stories prepared for an audience; only a curator's bag can be merged.",
        ),
        "unknown_schema": QCoreApplication.translate(
            "ImportBag", "This bag was made by a newer version of Hometown Voices. Update the app."
        ),
        "malformed_metadata": QCoreApplication.translate(
            "ImportBag", "The bag's descriptions of its records are damaged."
        ),
    }
    return (
        reasons.get(error.reason, error.reason)
        + " "
        + QCoreApplication.translate("ImportBag", "Nothing in the archive was changed.")
    )


class ImportBagDialog(QDialog):
    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBagDialog")
        self.session = session
        self.job: ImportWork | None = None
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Import another interviewer's bag"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A bag exported by Hometown Voices for curators is merged into this archive: "
                "records are matched by their ids and files by their contents, so nothing is "
                "added twice. Where both sides changed a record, the newer change is kept and "
                "the other stays in its history. A withdrawal of consent on either side stands."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("The bag: a folder or a .zip file"))
        choose_zip = QPushButton(self.tr("Choose .zip…"), self)
        choose_zip.clicked.connect(self._choose_zip)
        choose_folder = QPushButton(self.tr("Choose folder…"), self)
        choose_folder.clicked.connect(self._choose_folder)
        row.addWidget(self.source, 1)
        row.addWidget(choose_zip)
        row.addWidget(choose_folder)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("bagConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.hide()  # shown when a merge found records changed on both sides
        layout.addWidget(self.conflicts, 1)
        layout.addStretch(0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.source.textChanged.connect(self._enable)
        self._enable()

    def _choose_zip(self) -> None:
        name = file_chooser.open_file(self, self.tr("Choose a bag"), "*.zip")
        if name:
            self.source.setText(name)

    def _choose_folder(self) -> None:
        name = file_chooser.folder(self, self.tr("Choose a bag folder"))
        if name:
            self.source.setText(name)

    def _enable(self) -> None:
        running = self.job is not None and self.job.running
        self.import_button.setEnabled(
            bool(self.source.text().strip()) and not running and not self.session.read_only
        )
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def start_import(self) -> None:
        source = Path(self.source.text().strip()).expanduser()
        self.job = ImportWork(self.session, self)
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking every file of the bag…"))
        self.conflicts.clear()
        self.job.start(lambda archive, work: import_bag(archive, source, work))
        self._enable()

    def _finished(self, report: MergeReport) -> None:
        self.report = report
        self.progress.setValue(1000)
        self.summary.setText(
            self.tr("Added %1, updated %2, unchanged %3. Changed on both sides: %4.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(len(report.conflicts)))
        )
        self.conflicts.setVisible(bool(report.conflicts))
        for conflict in report.conflicts:
            kept = (
                self.tr("kept the bag's newer change")
                if conflict["kept"] == "bag"
                else self.tr("kept this archive's newer change")
            )
            self.conflicts.addItem(
                f"{vocabulary.kind_name(conflict['kind'])} {conflict['id'][:8]}: {kept} "
                f"({', '.join(conflict['fields'])})"
            )
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, HostileBag):
            self.summary.setText(bag_refusal(error))
        elif isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled. Nothing in the archive was changed."))
        else:
            self.summary.setText(explain(error))
        self._enable()

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            return
        self.reject()

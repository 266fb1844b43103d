"""The Export dialog: what to export (site, films, bag, OHMS, CSV), for whom, which stories, where.

Before anything is written it shows what goes out and what is held back, with the consent
gate's reasons in the reader's language; the Export button starts the job, whose progress and
Cancel are in the same dialog. Work happens off the GUI thread (see :mod:`.job`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import listings
from archive_app.core.consent.model import AUDIENCES
from archive_app.exchange.release import FACE_HIDDEN, NOT_A_STORY, Release, Selection
from archive_app.exchange.report import ExportReport
from archive_app.exchange.target import TargetInsideArchive, inside_archive
from archive_app.ui import file_chooser, vocabulary
from archive_app.ui.background import Background
from archive_app.ui.consent.reasons import reason_text
from archive_app.ui.export.job import FILE_FORMATS, FORMATS, ExportChoice, ExportJob, prepare
from archive_app.ui.export_question import ask_to_replace
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import explain


def held_reason(reason: Any) -> str:
    """A held-back reason as a sentence, including the two the release adds to the gate's."""
    if reason.rule == FACE_HIDDEN:
        return QCoreApplication.translate(
            "Export", "Someone in this photo asked that their face not be shown."
        )
    if reason.rule == NOT_A_STORY:
        return QCoreApplication.translate("Export", "This photo's story is not part of the export.")
    return reason_text(reason)


class ExportDialog(QDialog):
    """Choose, preview, export. ``release`` is the preview last worked out (None: not yet)."""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self.release: Release | None = None
        self.job: ExportJob | None = None
        self.report: ExportReport | None = None
        self._asked = 0
        self._background = Background(1, "export-preview", self)
        self.setWindowTitle(self.tr("Export stories"))
        self.setMinimumSize(720, 620)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.format = QComboBox(self)
        for code, text in zip(
            FORMATS,
            (
                self.tr("Story site (a folder that opens in any browser)"),
                self.tr("Story site as one .zip file"),
                self.tr("Story films (one MP4 per story)"),
                self.tr("BagIt bag for an archive (a folder)"),
                self.tr("BagIt bag as one .zip file"),
                self.tr("OHMS XML for the OHMS viewer and Aviary (one file per interview)"),
                self.tr("Dublin Core spreadsheet (.csv for Excel and Omeka S)"),
            ),
            strict=True,
        ):
            self.format.addItem(text, code)
        form.addRow(self.tr("Export as"), self.format)
        self.audience = QComboBox(self)
        for code in AUDIENCES:
            self.audience.addItem(vocabulary.audience_name(code), code)
        self.audience.setCurrentIndex(AUDIENCES.index("family"))
        form.addRow(self.tr("For"), self.audience)
        self.second_tier = QComboBox(self)
        form.addRow(self.tr("Second line in films"), self.second_tier)
        target_row = QHBoxLayout()
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("Where to write it (outside the archive folder)"))
        browse_button = QPushButton(self.tr("Choose…"), self)
        browse_button.clicked.connect(self._choose_target)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse_button)
        form.addRow(self.tr("Save to"), target_row)
        layout.addLayout(form)

        self.everything = QCheckBox(
            self.tr("Everything in the archive (for curators: every record, for the next team)"),
            self,
        )
        self.everything.setObjectName("exportEverything")
        layout.addWidget(self.everything)
        self.tabs = QTabWidget(self)
        self.families = self._checklist("family", self.tr("Families"))
        self.collections = self._checklist("collection", self.tr("Collections"))
        self.interviews = self._checklist("interview", self.tr("Interviews"))
        layout.addWidget(self.tabs, 2)

        self.summary = QLabel(self.tr("Pick a family, a collection or some interviews."), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.held = QListWidget(self)
        self.held.setObjectName("heldBack")
        self.held.setWordWrap(True)
        layout.addWidget(self.held, 1)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(200)
        self._refresh.timeout.connect(self.update_preview)
        self.audience.currentIndexChanged.connect(self._refresh.start)
        self.format.currentIndexChanged.connect(self._enable)
        self.everything.toggled.connect(self._everything_toggled)
        self.target.textChanged.connect(self._enable)
        self._enable()

    # -- choosing ---------------------------------------------------------------------------

    def _checklist(self, kind: str, title: str) -> QListWidget:
        found = QListWidget(self)
        found.setObjectName(f"export_{kind}s")
        for row in listings.page(self.session.db, kind, limit=100_000):
            label = row.get("title") or row.get("name") or row["id"]
            if kind == "interview" and row.get("date"):
                label = f"{label}  ({row['date']})"
            item = QListWidgetItem(label, found)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        found.itemChanged.connect(lambda _item: self._refresh.start())
        self.tabs.addTab(found, title)
        return found

    @staticmethod
    def _checked(listing: QListWidget) -> tuple[str, ...]:
        return tuple(
            str(listing.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        )

    @staticmethod
    def _all(listing: QListWidget) -> tuple[str, ...]:
        return tuple(
            str(listing.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(listing.count())
        )

    def check(self, kind: str, record_id: str) -> None:
        """Tick one family, collection or interview (as a click would)."""
        listing = {"family": self.families, "collection": self.collections}.get(
            kind, self.interviews
        )
        for i in range(listing.count()):
            if listing.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                listing.item(i).setCheckState(Qt.CheckState.Checked)

    def selection(self) -> Selection:
        if self.everything.isChecked():
            return Selection(
                collection_ids=self._all(self.collections),
                interview_ids=self._all(self.interviews),
            )
        return Selection(
            family_ids=self._checked(self.families),
            collection_ids=self._checked(self.collections),
            interview_ids=self._checked(self.interviews),
        )

    def _choose_target(self) -> None:
        chosen = self.format.currentData()
        if chosen in FILE_FORMATS:
            pattern = "*.csv" if chosen == "csv" else "*.zip"
            name = file_chooser.save_as(self, self.tr("Save the export as"), pattern)
        else:
            name = file_chooser.save_as(self, self.tr("New folder for the export"))
        if name:
            self.target.setText(name)

    def _everything_toggled(self, on: bool) -> None:
        self.tabs.setEnabled(not on)
        self._refresh.start()

    # -- preview ----------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Work out again what goes out, off the GUI thread; the list follows when it is done."""
        selection = self.selection()
        self._asked += 1
        asked = self._asked
        self.release = None
        self._enable()
        if selection.empty:
            self.summary.setText(self.tr("Pick a family, a collection or some interviews."))
            self.held.clear()
            return
        self.summary.setText(self.tr("Asking the consent records…"))
        audience = str(self.audience.currentData())
        self._background.submit(
            lambda: prepare(self.session, selection, audience),
            lambda release: self._previewed(asked, release),
            lambda error: self._preview_failed(asked, error),
        )

    def _previewed(self, asked: int, release: Release) -> None:
        if asked != self._asked:
            return  # the choice changed meanwhile
        self.release = release
        photos = sum(len(s.photos) for s in release.stories)
        self.summary.setText(
            self.tr("Goes out: %1 stories with %2 photos. Held back: %3.")
            .replace("%1", str(len(release.stories)))
            .replace("%2", str(photos))
            .replace("%3", str(len(release.held_back)))
        )
        self.held.clear()
        titles = {
            row["id"]: row.get("title") or row.get("original_name") or row["id"]
            for kind in ("interview", "photo")
            for row in listings.rows_by_id(
                self.session.db, kind, [h.item_id for h in release.held_back]
            )
        }
        for held in release.held_back:
            reasons = "\n".join("  " + held_reason(r) for r in held.reasons)
            kind = vocabulary.kind_name(held.kind)
            QListWidgetItem(
                self.tr("%1: %2")
                .replace("%1", kind)
                .replace("%2", titles.get(held.item_id, held.item_id))
                + "\n"
                + reasons,
                self.held,
            )
        labels = sorted({t.label for s in release.stories for t in s.tiers if t.label})
        current = self.second_tier.currentData()
        self.second_tier.clear()
        self.second_tier.addItem(self.tr("None"), None)
        for label in labels:
            self.second_tier.addItem(label, label)
        if current in labels:
            self.second_tier.setCurrentIndex(labels.index(current) + 1)
        elif "English" in labels:
            self.second_tier.setCurrentIndex(labels.index("English") + 1)
        self._enable()

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.summary.setText(explain(error))

    # -- exporting --------------------------------------------------------------------------

    def _enable(self) -> None:
        running = self.job is not None and self.job.running
        ready = self.release is not None and bool(self.target.text().strip())
        self.export_button.setEnabled(ready and not running and not self.session.read_only)
        self.second_tier.setEnabled(self.format.currentData() == "films")
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def start_export(self) -> None:
        if self.release is None or not self.target.text().strip():
            return
        target = Path(self.target.text().strip()).expanduser()
        if inside_archive(target, self.session.root):
            # refused before "Replace?" is asked: the archive's own folders are never a target
            self.summary.setText(explain(TargetInsideArchive(target, self.session.root)))
            return
        replace = os.path.lexists(target)
        if replace and not ask_to_replace(self, target):
            return
        choice = ExportChoice(
            format=str(self.format.currentData()),
            audience=self.release.audience,
            selection=self.release.selection,
            target=target,
            second_tier=self.second_tier.currentData(),
            whole=self.everything.isChecked(),
            replace=replace,
        )
        self.job = ExportJob(self.session, choice, self.release, self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.job.start()
        self._enable()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _finished(self, report: ExportReport) -> None:
        self.report = report
        self.progress.setValue(1000)
        self.summary.setText(
            self.tr("Written to %1: %2 files, %3 MB.")
            .replace("%1", str(report.target))
            .replace("%2", str(report.files))
            .replace("%3", f"{report.bytes / 1_000_000:.1f}")
        )
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(explain(error))
        self._enable()

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            return
        self.reject()

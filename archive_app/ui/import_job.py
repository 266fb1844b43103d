"""Importing files as a background job: progress in the window, a Cancel button, and a summary
at the end that lists every file that could not be taken, and why."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.archive import Archive
from archive_app.core.edits import Changes
from archive_app.core.errors import ArchiveDiskFull, ArchiveUnwritable, Cancelled
from archive_app.ui.session import ArchiveSession


def rejection_reason(code: str | None, fallback: str | None = None) -> str:
    """Why a file was not imported, in the user's language (core gives a reason code)."""

    reasons = {
        "empty": QCoreApplication.translate("Import", "The file is empty."),
        "unknown_format": QCoreApplication.translate(
            "Import", "This kind of file cannot be kept in the archive."
        ),
        "unreadable": QCoreApplication.translate("Import", "The file could not be read."),
        "vanished": QCoreApplication.translate("Import", "The file disappeared during the import."),
        "damaged_recording": QCoreApplication.translate(
            "Import", "The recording is damaged or incomplete."
        ),
        "damaged_image": QCoreApplication.translate(
            "Import", "The picture is damaged or is not really a picture."
        ),
        "empty_transcript": QCoreApplication.translate("Import", "The transcript has no text."),
        "unknown_encoding": QCoreApplication.translate(
            "Import", "The transcript's characters could not be recognised."
        ),
        "unreadable_transcript": QCoreApplication.translate(
            "Import", "The transcript could not be read."
        ),
        "not_found": QCoreApplication.translate("Import", "There is no such file or folder."),
        "bad_name": QCoreApplication.translate(
            "Import", "The file's name is not readable text. Rename the file and import it again."
        ),
        "not_a_file": QCoreApplication.translate(
            "Import", "This is not an ordinary file (a pipe or a device)."
        ),
        "broken_link": QCoreApplication.translate(
            "Import", "A broken link: the file it points to does not exist."
        ),
        "image_too_large": QCoreApplication.translate(
            "Import", "The picture has too many pixels to be opened safely."
        ),
        "missing_webvtt_header": QCoreApplication.translate(
            "Import",
            "The WebVTT file has no WEBVTT header line, and no timed text to read instead.",
        ),
    }
    if code in reasons:
        return reasons[code]
    return fallback or QCoreApplication.translate("Import", "The file could not be imported.")


@dataclass
class ImportOutcome:
    """What an import did: results per file (core's IngestResult), and whether it was stopped."""

    results: list[Any] = field(default_factory=list)
    cancelled: bool = False
    #: why the import stopped before the end when it was not cancelled (a full disk), worded
    stopped_by: str = ""

    def counts(self) -> Counter[str]:
        return Counter(result.status for result in self.results)

    @property
    def rejected(self) -> list[Any]:
        return [result for result in self.results if result.status == "rejected"]

    @property
    def warnings(self) -> list[Any]:
        """Every warning about every file imported (core's TranscriptWarning)."""
        return [w for result in self.results for w in getattr(result, "warnings", [])]

    def change(self) -> Changes:
        if self.cancelled:
            return Changes(everything=True, value=self)
        change = Changes(value=self)
        for result in self.results:
            if result.status == "imported" and result.kind and result.id:
                change.added.setdefault(result.kind, set()).add(result.id)
            if result.status != "rejected" and result.interview_id:
                change.updated.setdefault("interview", set()).add(result.interview_id)
        if change.added.get("recording"):
            # a recording without an interview starts one: the list of interviews grows
            change.added.setdefault("interview", set()).update(change.updated.get("interview", ()))
        return change


class ImportJob(QObject):
    """One import running on the background writer."""

    #: fraction done (0..1) and the name of the file just finished
    progressed = Signal(float, str)
    #: an :class:`ImportOutcome`, when the import has finished or stopped
    finished = Signal(object)
    #: a plain sentence, when the import could not run at all
    failed = Signal(str)

    def __init__(
        self,
        session: ArchiveSession,
        paths: list[Path],
        interview_id: str | None = None,
        workers: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.paths = paths
        self.interview_id = interview_id
        self.workers = workers
        self.cancel_requested = threading.Event()
        self.running = False

    def start(self) -> bool:
        self.running = True
        return self.session.write(self._run, self._done, self._failed)

    def cancel(self) -> None:
        self.cancel_requested.set()

    def _run(self, archive: Archive) -> Changes:
        # Imported here: the import machinery (Pillow, tinytag...) is not needed to open the app.
        from archive_app.core.ingest import ingest

        try:
            results = ingest(
                archive,
                self.paths,
                interview_id=self.interview_id,
                progress=lambda fraction, name: self.progressed.emit(fraction, name),
                cancel=self.cancel_requested,
                workers=self.workers,
            )
        except Cancelled as stopped:
            return ImportOutcome(stopped.finished, cancelled=True).change()
        except (ArchiveDiskFull, ArchiveUnwritable) as stopped:
            from archive_app.ui.wording import explain

            return ImportOutcome(
                stopped.finished, cancelled=True, stopped_by=explain(stopped)
            ).change()
        return ImportOutcome(results).change()

    def _done(self, change: Changes) -> None:
        self.running = False
        self.finished.emit(change.value)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        from archive_app.ui.wording import explain

        self.failed.emit(explain(error))


class ImportBar(QWidget):
    """The strip at the bottom of the window while an import runs."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self)
        self.label.setObjectName("importLabel")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 3)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, count_text: str) -> None:
        self.label.setText(count_text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def advance(self, fraction: float, name: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.label.setText(self.tr("Importing %1…").replace("%1", name))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the files in hand…"))
        self.cancel_clicked.emit()


def _as_tall_as_its_rows(table: QTableWidget, most: int = 8) -> None:
    """A table no taller than its rows (up to ``most`` of them; more scroll), so that a short
    list of files does not sit in a tall empty box."""
    table.setWordWrap(True)
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(row) for row in range(min(table.rowCount(), most)))
    frame = table.frameWidth() * 2
    table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows + frame + 2)


class ImportSummary(QDialog):
    """What the import did, in words, and a table of the files it could not take."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import finished"))
        layout = QVBoxLayout(self)
        counts = outcome.counts()
        lines = []
        if outcome.stopped_by:
            lines.append(outcome.stopped_by)
        elif outcome.cancelled:
            lines.append(
                self.tr(
                    "The import was stopped. The files imported before that are "
                    "kept in the archive."
                )
            )
        lines.append(self.tr("%n file(s) imported.", "", counts.get("imported", 0)))
        if counts.get("duplicate"):
            lines.append(
                self.tr("%n file(s) were already in the archive.", "", counts["duplicate"])
            )
        if counts.get("skipped"):
            lines.append(
                self.tr(
                    "%n hidden file(s) or folder(s) were left out (system files, or photos "
                    "deleted on the phone).",
                    "",
                    counts["skipped"],
                )
            )
        if counts.get("rejected"):
            lines.append(self.tr("%n file(s) could not be imported:", "", counts["rejected"]))
        self.message = QLabel("\n".join(lines), self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.rejected_files = QTableWidget(len(outcome.rejected), 2, self)
        self.rejected_files.setObjectName("rejectedFiles")
        self.rejected_files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why")])
        self.rejected_files.verticalHeader().hide()
        self.rejected_files.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.rejected_files.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, result in enumerate(outcome.rejected):
            from archive_app.core.ingest import printable_name  # undecodable bytes as \xNN

            name = QTableWidgetItem(printable_name(Path(result.path).name))
            name.setToolTip(printable_name(result.path))
            self.rejected_files.setItem(row, 0, name)
            why = QTableWidgetItem(rejection_reason(getattr(result, "reason", None), result.error))
            why.setToolTip(result.error or "")
            self.rejected_files.setItem(row, 1, why)
        self.rejected_files.resizeColumnToContents(0)
        self.rejected_files.setVisible(bool(outcome.rejected))
        layout.addWidget(self.rejected_files, max(1, len(outcome.rejected)))
        self._add_warnings(layout, outcome.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(720 if outcome.warnings else 560)
        for table in (self.rejected_files, self.warnings):
            _as_tall_as_its_rows(table)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()  # not a table's cell
        self.adjustSize()
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _add_warnings(self, layout: QVBoxLayout, warnings: list[Any]) -> None:
        """A line saying how many files came in with warnings, and a table of the warnings."""
        files = len({warning.file for warning in warnings})
        self.warnings_label = QLabel(
            self.tr("%n file(s) were imported with warnings:", "", files), self
        )
        self.warnings_label.setObjectName("importWarningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings = QTableWidget(len(warnings), 3, self)
        self.warnings.setObjectName("importWarnings")
        self.warnings.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Warning")]
        )
        self.warnings.verticalHeader().hide()
        self.warnings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warnings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.warnings.setWordWrap(True)
        for row, warning in enumerate(warnings):
            name = QTableWidgetItem(Path(warning.file).name)
            name.setToolTip(warning.file)
            self.warnings.setItem(row, 0, name)
            line = QTableWidgetItem("" if warning.first_line is None else str(warning.first_line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.warnings.setItem(row, 1, line)
            said = QTableWidgetItem(self.warning_text(warning))
            said.setToolTip(said.text())
            self.warnings.setItem(row, 2, said)
        self.warnings.resizeColumnToContents(0)
        self.warnings.resizeColumnToContents(1)
        # rows as tall as their wrapped text once the last column has its width
        self.warnings.horizontalHeader().sectionResized.connect(
            lambda *_: self.warnings.resizeRowsToContents()
        )
        for widget in (self.warnings_label, self.warnings):
            widget.setVisible(bool(warnings))
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, max(1, len(warnings)))

    def warning_text(self, warning: Any) -> str:
        """What reading a transcript had to repair (core's TranscriptWarning), in words."""
        n = warning.count
        texts = {
            "control_characters": lambda: self.tr(
                "%n invisible control character(s) (such as NUL) were taken out or shown as �.",
                "",
                n,
            ),
            "layout_breaks": lambda: self.tr(
                "%n vertical tab(s) or page break(s) from a word processor were read as line "
                "breaks.",
                "",
                n,
            ),
            "missing_webvtt_header": lambda: self.tr(
                "The file has no WEBVTT header line; it was read as %1."
            ).replace("%1", self.format_name(warning.detail)),
            "read_by_content": lambda: self.tr(
                "The file is not SRT subtitles; it was read as %1."
            ).replace("%1", self.format_name(warning.detail)),
            "lines_outside_cues": lambda: self.tr(
                "%n line(s) outside any subtitle cue were left out.", "", n
            ),
            "invalid_time": lambda: self.tr(
                "%n time(s) not valid (the first: %1); those segments have no time.", "", n
            ).replace("%1", warning.detail),
            "end_before_start": lambda: self.tr(
                "%n segment(s) end before they start; their times were left out.", "", n
            ),
        }
        if warning.kind in texts:
            return texts[warning.kind]()
        return self.tr("Something in the file had to be repaired.")

    def format_name(self, code: str) -> str:
        """A transcript format as the user knows it."""
        names = {
            "srt": self.tr("SRT subtitles"),
            "vtt": self.tr("WebVTT subtitles"),
            "timecoded": self.tr("timecoded text"),
            "txt": self.tr("plain text"),
            "json": self.tr("Whisper JSON"),
        }
        return names.get(code, code)

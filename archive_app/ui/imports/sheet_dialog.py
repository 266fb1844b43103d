"""Import Spreadsheet: the interviewer's field sheet (.csv or .xlsx) as interviews.

The dialog reads the sheet, guesses which column holds what, and shows every row as it would be
imported, with the reason for each row that cannot be; changing a column's meaning redraws the
preview at once. Import runs on the writer, with progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.archive import Archive
from archive_app.core.errors import ArchiveError, Cancelled
from archive_app.exchange.sheet import (
    FIELDS,
    Sheet,
    SheetPlan,
    SheetResult,
    guess_mapping,
    import_sheet,
    plan_sheet,
    read_sheet,
)
from archive_app.exchange.sheet.plan import RowError
from archive_app.exchange.target import Work
from archive_app.ui import file_chooser, vocabulary
from archive_app.ui.imports.work import ImportWork
from archive_app.ui.session import ArchiveSession
from archive_app.ui.wording import explain


def field_name(field: str) -> str:
    return {
        "title": QCoreApplication.translate("ImportSheet", "Title"),
        "date": QCoreApplication.translate("ImportSheet", "Date"),
        "place": QCoreApplication.translate("ImportSheet", "Place"),
        "narrator": QCoreApplication.translate("ImportSheet", "Narrator"),
        "notes": QCoreApplication.translate("ImportSheet", "Notes"),
        "file": QCoreApplication.translate("ImportSheet", "File name"),
    }.get(field, field)


def row_error(error: RowError) -> str:
    texts = {
        "no_title": QCoreApplication.translate(
            "ImportSheet", "No title, and no file whose interview it could be."
        ),
        "bad_date": QCoreApplication.translate(
            "ImportSheet", "“%1” is not a date (write 2024-02-10 or 2024年2月10日)."
        ),
        "file_not_found": QCoreApplication.translate(
            "ImportSheet", "No file called “%1” is in the archive; import it first."
        ),
        "file_ambiguous": QCoreApplication.translate(
            "ImportSheet", "Several files in the archive are called “%1”."
        ),
    }
    return texts.get(error.code, error.code).replace("%1", error.value)


class ImportSheetDialog(QDialog):
    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSheetDialog")
        self.session = session
        self.sheet: Sheet | None = None
        self.plan: SheetPlan | None = None
        self.outcome: SheetResult | None = None
        self.job: ImportWork | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet of interviews"))
        self.setMinimumSize(820, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("The spreadsheet: a .csv or .xlsx file"))
        self.source.editingFinished.connect(self.load)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row.addWidget(self.source, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("What each column holds (correct the guess):"), self))
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("sheetMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        layout.addWidget(self.mapping, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTableWidget(0, 6, self)
        self.preview.setObjectName("sheetPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                field_name("title"),
                field_name("date"),
                field_name("narrator"),
                field_name("file"),
                self.tr("What happens"),
            ]
        )
        self.preview.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview, 2)
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
        self._enable()

    def _choose(self) -> None:
        name = file_chooser.open_file(self, self.tr("Choose a spreadsheet"), "*.csv *.xlsx")
        if name:
            self.source.setText(name)
            self.load()

    def load(self) -> None:
        """Read the sheet named in the field and guess its columns."""
        text = self.source.text().strip()
        if not text:
            return
        try:
            self.sheet = read_sheet(Path(text).expanduser())
        except (ArchiveError, OSError) as error:
            self.sheet = None
            self.plan = None
            self.summary.setText(explain(error))
            self.mapping.setRowCount(0)
            self.preview.setRowCount(0)
            self._enable()
            return
        guessed = guess_mapping(self.sheet.header)
        self.mapping.setRowCount(0)
        for column in self.sheet.header:
            index = self.mapping.rowCount()
            self.mapping.insertRow(index)
            name = QTableWidgetItem(column)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(index, 0, name)
            chooser = QComboBox(self.mapping)
            chooser.addItem(self.tr("(not imported)"), None)
            for field in FIELDS:
                chooser.addItem(field_name(field), field)
            chooser.setCurrentIndex(max(0, chooser.findData(guessed.get(column))))
            chooser.currentIndexChanged.connect(self.update_preview)
            self.mapping.setCellWidget(index, 1, chooser)
        self.update_preview()

    def set_column(self, column: str, field: str | None) -> None:
        """Say what ``column`` holds (as choosing it in the list would)."""
        for index in range(self.mapping.rowCount()):
            if self._column_name(index) == column:
                chooser = self.mapping.cellWidget(index, 1)
                assert isinstance(chooser, QComboBox)
                chooser.setCurrentIndex(chooser.findData(field))

    def _column_name(self, index: int) -> str:
        item = self.mapping.item(index, 0)
        return item.text() if item is not None else ""

    def chosen_mapping(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for index in range(self.mapping.rowCount()):
            chooser = self.mapping.cellWidget(index, 1)
            if isinstance(chooser, QComboBox) and chooser.currentData():
                field = str(chooser.currentData())
                if field not in found.values():  # a field comes from one column
                    found[self._column_name(index)] = field
        return found

    def update_preview(self) -> None:
        if self.sheet is None:
            return
        self.plan = plan_sheet(self.session.db, self.sheet, self.chosen_mapping())
        self.preview.setRowCount(0)
        for planned in self.plan.rows:
            index = self.preview.rowCount()
            self.preview.insertRow(index)
            if planned.ok:
                happens = (
                    self.tr("Describes the interview of its file")
                    if planned.interview_id
                    else self.tr("A new interview")
                )
            else:
                happens = " ".join(row_error(e) for e in planned.errors)
            cells = [
                str(planned.number),
                planned.title,
                planned.date or "",
                vocabulary.list_text(planned.narrators),
                planned.file,
                happens,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not planned.ok:
                    item.setForeground(QBrush(QColor("#a8071a")))
                self.preview.setItem(index, column, item)
        self.preview.resizeRowsToContents()
        self.summary.setText(
            self.tr("%1 rows will be imported; %2 rows cannot be and will be skipped.")
            .replace("%1", str(len(self.plan.good)))
            .replace("%2", str(len(self.plan.bad)))
        )
        self._enable()

    def _enable(self) -> None:
        running = self.job is not None and self.job.running
        ready = self.plan is not None and bool(self.plan.good)
        self.import_button.setEnabled(ready and not running and not self.session.read_only)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def start_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        self.job = ImportWork(self.session, self)
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()

        def run(archive: Archive, work: Work) -> SheetResult:
            work.step(0.0, "sheet")  # a cancel before the writer reached it stops here
            return import_sheet(archive, plan)

        self.job.start(run)
        self._enable()

    def _finished(self, result: SheetResult) -> None:
        self.outcome = result
        self.progress.setValue(1000)
        self.summary.setText(
            self.tr("Added %1 interviews, updated %2; skipped %3 rows.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(len(result.skipped)))
        )
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled. Nothing in the archive was changed."))
        else:
            self.summary.setText(explain(error))
        self._enable()

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            return
        self.reject()

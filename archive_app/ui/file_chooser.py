"""Qt's own file chooser, sized for the text it shows.

The app uses Qt's file chooser (it speaks the app's language; see i18n). Qt's ready-made calls
(``QFileDialog.getOpenFileNames`` and the like) open it at a size made for normal text, so at
the larger text setting its size, kind and date columns shrink to "…". These functions ask the
same questions with a chooser measured in letters and lines of its own font, within the screen.
Each returns what was chosen, or "" / [] when the person cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QSize
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from archive_app.ui.folding import within_screen

#: the chooser's size in letters (M) across and lines down: room for a name beside its size,
#: kind and date
LETTERS_ACROSS = 64
LINES_DOWN = 26


def chooser_size(chooser: QFileDialog) -> QSize:
    """The size a file chooser needs for its font, within its screen (never smaller than Qt's
    own choice)."""
    metrics = chooser.fontMetrics()
    wanted = QSize(
        metrics.horizontalAdvance("M") * LETTERS_ACROSS, metrics.lineSpacing() * LINES_DOWN
    )
    screen = chooser.screen().availableGeometry().size()
    return within_screen(wanted.expandedTo(chooser.sizeHint()), screen)


def _fit_columns(chooser: QFileDialog) -> None:
    """The size, kind and date columns as wide as their likely values in the chooser's font;
    the name takes the rest (Qt's own widths cut them: "13.…KiB", "6 12…8:01")."""
    found = chooser.findChild(QTreeView, "treeView")
    if found is None:
        return
    header = found.header()
    metrics = chooser.fontMetrics()
    pad = metrics.horizontalAdvance("MM")
    now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
    samples = {1: "888.88 KiB", 2: "M" * 9, 3: now}
    header.setStretchLastSection(False)
    for column, sample in samples.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _ask(
    parent: QWidget | None,
    title: str,
    mode: QFileDialog.FileMode,
    name_filter: str = "",
    saving: bool = False,
    start: str = "",
) -> list[str]:
    chooser = QFileDialog(parent, title, start, name_filter)
    chooser.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if saving:
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.resize(chooser_size(chooser))
    _fit_columns(chooser)
    try:
        if chooser.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return chooser.selectedFiles()
    finally:
        chooser.deleteLater()


def open_files(parent: QWidget | None, title: str) -> list[str]:
    """Existing files, as many as the person picks."""
    return _ask(parent, title, QFileDialog.FileMode.ExistingFiles)


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str:
    """One existing file, perhaps only of the kinds ``name_filter`` names (``*.zip``)."""
    chosen = _ask(parent, title, QFileDialog.FileMode.ExistingFile, name_filter)
    return chosen[0] if chosen else ""


def folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """An existing folder, the chooser first showing ``start`` when given."""
    chosen = _ask(parent, title, QFileDialog.FileMode.Directory, start=start)
    return chosen[0] if chosen else ""


def save_as(parent: QWidget | None, title: str, name_filter: str = "") -> str:
    """A name to write a new file or folder under."""
    chosen = _ask(parent, title, QFileDialog.FileMode.AnyFile, name_filter, saving=True)
    return chosen[0] if chosen else ""

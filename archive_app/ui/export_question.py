"""The question asked before an export from the app replaces what has its target's name (a
file, or the folder of an earlier export). A target inside the archive folder is refused before
anything is asked (core's rule, :func:`archive_app.exchange.target.inside_archive`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_replace(parent: QWidget, target: Path) -> bool:
    """Whether the person wants the export to replace what has ``target``'s name (a file, or
    the folder of an earlier export); "Keep the old file" is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Export", "Replace the file?"),
        QCoreApplication.translate(
            "Export", "%1 exists already. Replace it with this export?"
        ).replace("%1", target.name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("replaceExportQuestion")
    replace = box.addButton(
        QCoreApplication.translate("Export", "Replace"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Export", "Keep the old file"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is replace

"""The app's side of core's export rule (:mod:`archive_app.core.export_target`): before any
export writes a file, a place inside the archive folder is refused with a sentence, and an
existing file is replaced only when the person says so.

    choice = confirm_export_target(window, chosen_path, session.root)
    if choice is not None:
        write_export(choice.path, text, session.root, replace=choice.replace)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archive_app.core.errors import ExportTargetRefused
from archive_app.core.export_target import check_target


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    replace: bool


def confirm_export_target(
    parent: QWidget, target: Path, archive_root: Path | None
) -> ExportChoice | None:
    """The target to write and whether to replace what is there, or None (refused, or the
    person chose not to replace the file). Says why in a dialog when it refuses."""
    try:
        return ExportChoice(check_target(target, archive_root), replace=False)
    except ExportTargetRefused as refused:
        if refused.reason != "exists":
            from archive_app.ui.wording import explain

            QMessageBox.warning(
                parent, QCoreApplication.translate("Export", "Cannot save here"), explain(refused)
            )
            return None
    if not ask_to_replace(parent, target):
        return None
    return ExportChoice(check_target(target, archive_root, replace=True), replace=True)


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

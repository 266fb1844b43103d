"""Core's typed errors as plain sentences in the user's language (never a traceback)."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication

from archive_app.core import errors
from archive_app.exchange import target
from archive_app.exchange.bag.checks import HostileBag
from archive_app.exchange.bag.payload import DamagedOriginal
from archive_app.exchange.film.fonts import NoSubtitleFont
from archive_app.exchange.media.audio import UnreadableRecording

log = logging.getLogger(__name__)


def field_label(field: str) -> str:
    """A field's name in the user's language."""
    labels = {
        "title": QCoreApplication.translate("Errors", "title"),
        "name": QCoreApplication.translate("Errors", "name"),
        "date": QCoreApplication.translate("Errors", "date"),
        "birth_date": QCoreApplication.translate("Errors", "birth date"),
        "from_date": QCoreApplication.translate("Errors", "date of leaving"),
        "to_date": QCoreApplication.translate("Errors", "date of coming home"),
        "taken_at": QCoreApplication.translate("Errors", "date taken"),
        "status": QCoreApplication.translate("Errors", "status"),
        "to_city": QCoreApplication.translate("Errors", "city"),
        "parent_id": QCoreApplication.translate("Errors", "place above"),
        "record": QCoreApplication.translate("Errors", "record"),
        "name_latin": QCoreApplication.translate("Errors", "name in Latin letters"),
        "other_names": QCoreApplication.translate("Errors", "other names"),
        "gender": QCoreApplication.translate("Errors", "gender"),
        "notes": QCoreApplication.translate("Errors", "notes"),
        "place_id": QCoreApplication.translate("Errors", "place"),
        "home_place_id": QCoreApplication.translate("Errors", "home"),
        "from_place_id": QCoreApplication.translate("Errors", "place left"),
        "language": QCoreApplication.translate("Errors", "language"),
        "summary": QCoreApplication.translate("Errors", "summary"),
        "keywords": QCoreApplication.translate("Errors", "keywords"),
        "caption": QCoreApplication.translate("Errors", "caption"),
        "description": QCoreApplication.translate("Errors", "description"),
        "level": QCoreApplication.translate("Errors", "level"),
        "work": QCoreApplication.translate("Errors", "work"),
        "interview_id": QCoreApplication.translate("Errors", "interview"),
        "document_type": QCoreApplication.translate("Errors", "kind of document"),
        "tier": QCoreApplication.translate("Errors", "tier"),
        "kind": QCoreApplication.translate("Errors", "kind"),
        "text": QCoreApplication.translate("Errors", "words"),
        "speaker": QCoreApplication.translate("Errors", "speaker"),
        "start_s": QCoreApplication.translate("Errors", "start"),
        "end_s": QCoreApplication.translate("Errors", "end"),
        "synopsis": QCoreApplication.translate("Errors", "synopsis"),
        "latitude": QCoreApplication.translate("Errors", "latitude"),
        "longitude": QCoreApplication.translate("Errors", "longitude"),
    }
    return labels.get(field, field)


def explain(error: BaseException) -> str:
    """One or two plain sentences saying what went wrong and what to do."""
    match error:
        case errors.ArchiveLocked() if error.holder_ended:
            return QCoreApplication.translate(
                "Errors",
                "The program that had this archive open has ended, but a process it started "
                "still holds it (%1). Restart the computer, or end that process, then try again.",
            ).replace("%1", ", ".join(str(p) for p in error.pids_holding) or "?")
        case errors.ArchiveLocked():
            return QCoreApplication.translate(
                "Errors",
                "This archive is open in another window or by another program. "
                "Close it there first; until then it can only be read here.",
            )
        case errors.CatalogueDamaged():
            return QCoreApplication.translate(
                "Errors",
                "The catalogue of this archive (archive.sqlite) is damaged or missing, so it "
                "cannot be opened. Nothing was changed. Restore a backup with "
                "\u201carchive-app restore\u201d; the newest one is %1.",
            ).replace(
                "%1",
                str(error.backups[0])
                if error.backups
                else QCoreApplication.translate("Errors", "on your backup drive"),
            )
        case errors.BrokenLayout():
            return QCoreApplication.translate(
                "Errors",
                "Something in the archive folder is in the way: %1 should be a folder or a "
                "file but is not. Move it out of the archive folder and try again.",
            ).replace("%1", str(error.root / error.part))
        case errors.ArchiveDiskFull():
            return QCoreApplication.translate(
                "Errors",
                "The disk that holds the archive is full. Nothing half-written was kept; what "
                "was saved before stays. Free some space, then try again.",
            )
        case errors.ArchiveUnwritable():
            return QCoreApplication.translate(
                "Errors",
                "The disk that holds the archive refused to save (%1). Nothing half-written "
                "was kept.",
            ).replace("%1", error.detail)
        case errors.ExportTargetRefused() if error.reason == "inside_archive":
            return QCoreApplication.translate(
                "Errors",
                "Nothing may be saved inside the archive folder. Choose a place outside it.",
            )
        case errors.ExportTargetRefused() if error.reason == "exists":
            return QCoreApplication.translate(
                "Errors", "%1 exists already and was not replaced."
            ).replace("%1", error.target.name)
        case errors.ExportTargetRefused():
            return QCoreApplication.translate(
                "Errors", "%1 cannot be written there. Choose another place."
            ).replace("%1", str(error.target))
        case errors.BackupUnusable():
            return QCoreApplication.translate(
                "Errors", "%1 is not a backup that can be restored. Nothing was changed."
            ).replace("%1", str(error.path))
        case errors.NotAnArchive():
            return QCoreApplication.translate(
                "Errors",
                "The folder %1 is not an archive. Choose another folder, or create a new archive.",
            ).replace("%1", str(error.path))
        case errors.ArchiveExists():
            return QCoreApplication.translate(
                "Errors", "There is already an archive in %1."
            ).replace("%1", str(error.path))
        case errors.SchemaTooNew():
            return QCoreApplication.translate(
                "Errors",
                "This archive was saved by a newer version of Hometown Voices. "
                "Please update the app to open it.",
            )
        case errors.MigrationBrokeReferences():
            return QCoreApplication.translate(
                "Errors",
                "This archive could not be brought up to this version of Hometown Voices: "
                "step %1 would have lost the link between some records. The archive was left "
                "exactly as it was. Please keep it as it is and tell the app's makers.",
            ).replace("%1", str(error.version))
        case errors.RecordNotFound():
            return QCoreApplication.translate(
                "Errors", "This item is no longer in the archive. It may have been removed."
            )
        case errors.InvalidValue():
            if error.field in ("date", "birth_date", "from_date", "to_date", "taken_at"):
                return (
                    QCoreApplication.translate(
                        "Errors",
                        "The %1 \u201c%2\u201d is not a date. Write it as 2024, 2024-02 or "
                        "2024-02-10.",
                    )
                    .replace("%1", field_label(error.field))
                    .replace("%2", str(error.value))
                )
            if error.field == "record":
                return QCoreApplication.translate(
                    "Errors", "This cannot be taken away because other items still refer to it."
                )
            if error.field == "parent_id":
                return QCoreApplication.translate(
                    "Errors", "A place cannot be put under one of its own places."
                )
            if error.expected.startswith("a non-empty"):
                return QCoreApplication.translate("Errors", "The %1 cannot be empty.").replace(
                    "%1", field_label(error.field)
                )
            return (
                QCoreApplication.translate("Errors", "The %1 \u201c%2\u201d cannot be used here.")
                .replace("%1", field_label(error.field))
                .replace("%2", str(error.value))
            )
        case errors.RecordInUse():
            if error.used_by == "closed_passage":
                return QCoreApplication.translate(
                    "Errors",
                    "This cannot be removed while a passage of it is kept private at someone's "
                    "request. Such records are kept for good: open the passage again instead.",
                )
            if error.used_by in ("consent", "consent_item"):
                return QCoreApplication.translate(
                    "Errors",
                    "This cannot be removed while a consent record names it. Consent records "
                    "are kept for good: withdraw the consent instead.",
                )
            return QCoreApplication.translate(
                "Errors", "This cannot be removed while other items depend on it."
            )
        case errors.ChangeConflict():
            return QCoreApplication.translate(
                "Errors",
                "This change cannot be undone on its own: the %1 was changed again later. "
                "Undo the later change first.",
            ).replace("%1", field_label(error.field) if error.field else field_label("record"))
        case errors.NotRestorable():
            if error.reason == "present":
                return QCoreApplication.translate("Errors", "This is already in the archive.")
            return QCoreApplication.translate(
                "Errors", "This can no longer be put back: the bin was emptied since."
            )
        case errors.ReadOnlyArchive():
            return QCoreApplication.translate(
                "Errors", "This archive is open read-only, so nothing was changed."
            )
        case errors.RejectedFile():
            return QCoreApplication.translate(
                "Errors", "The file %1 could not be imported."
            ).replace("%1", error.path.name)
        case errors.Cancelled():
            return QCoreApplication.translate("Errors", "Stopped.")
        case target.TargetInsideArchive():
            return QCoreApplication.translate(
                "Errors", "%1 is inside the archive folder. Choose a place outside it."
            ).replace("%1", str(error.path))
        case target.TargetExists():
            return QCoreApplication.translate(
                "Errors", "%1 already exists. Choose a new name; nothing was replaced."
            ).replace("%1", str(error.path))
        case HostileBag():
            from archive_app.ui.imports.bag_dialog import bag_refusal

            return bag_refusal(error)
        case DamagedOriginal():
            return QCoreApplication.translate(
                "Errors",
                "The original %1 no longer matches its checksum: it is damaged. Run the archive "
                "check and restore it from a backup. Nothing was exported.",
            ).replace("%1", error.path.name)
        case NoSubtitleFont():
            return QCoreApplication.translate(
                "Errors",
                "No font with Chinese characters was found for the films' words. "
                "Install one (such as WenQuanYi Micro Hei or Noto Sans CJK) and try again.",
            )
        case UnreadableRecording():
            return QCoreApplication.translate(
                "Errors", "The recording %1 could not be read; nothing was exported."
            ).replace("%1", error.path.name)
        case sqlite3.OperationalError() if "locked" in str(error) or "busy" in str(error):
            return QCoreApplication.translate(
                "Errors", "The archive is busy. Please try again in a moment."
            )
        case OSError():
            return QCoreApplication.translate(
                "Errors", "The file or folder could not be read or written (%1)."
            ).replace("%1", error.strerror or type(error).__name__)
        case _:
            log.error("unexpected error", exc_info=error)
            return QCoreApplication.translate(
                "Errors",
                "Something went wrong and nothing was changed. If it happens again, please "
                "tell whoever looks after this computer.",
            )

"""Core's typed errors worded for people at a terminal (English; the UI words them per language)."""

from __future__ import annotations

from archive_app.core import errors
from archive_app.exchange import target
from archive_app.exchange.film.fonts import NoSubtitleFont
from archive_app.exchange.media.audio import UnreadableRecording


def explain(error: errors.ArchiveError) -> str:
    match error:
        case errors.ArchiveLocked():
            return (
                f"the archive {error.path} is open in another window ({error.holder or 'another process'}); "
                "close it there first, or open this one read-only"
            )
        case errors.NotAnArchive():
            return (
                f"{error.path} is not an archive (create one with 'archive-app --archive DIR init')"
            )
        case errors.ArchiveExists():
            return f"there is already an archive at {error.path}"
        case errors.SchemaTooNew():
            return (
                f"this archive was written by a newer version of the app (catalogue version "
                f"{error.found}, this app knows up to {error.known}); please update the app"
            )
        case errors.RecordNotFound():
            return f"no {error.kind or 'record'} has the id {error.record_id}"
        case errors.RecordInUse():
            return (
                f"the {error.kind} {error.record_id} cannot be removed: "
                f"{_USED_BY.get(error.used_by, error.used_by)} still depend on it"
            )
        case errors.ChangeConflict():
            later = f" by change {error.later_change_id}" if error.later_change_id else ""
            what = error.field.removeprefix("link:") if error.field else "it"
            return (
                f"change {error.change_id} cannot be reverted: {what} of {error.record_id} "
                f"was changed later{later}; revert that first"
            )
        case errors.NotRestorable():
            return f"{error.record_id} cannot be restored: {_NOT_RESTORABLE.get(error.reason, error.reason)}"
        case errors.UntimedTranscript():
            return "this transcript has no times; export it as plain text (--format txt)"
        case errors.InvalidValue():
            return f"{error.field} {error.value!r} is not valid: expected {error.expected}"
        case target.TargetInsideArchive():
            return (
                f"{error.path} is inside the archive folder {error.archive}; "
                "choose a place outside it"
            )
        case target.TargetExists():
            return f"{error.path} already exists; choose a new name (nothing was replaced)"
        case NoSubtitleFont():
            return (
                "no font with Chinese characters was found for the films' words; install one "
                "(on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE"
            )
        case UnreadableRecording():
            return f"cannot read the recording {error.path.name}: {error.detail}"
        case errors.Cancelled():
            return "cancelled; nothing was written"
        case errors.ReadOnlyArchive():
            return "the archive is open read-only; nothing was changed"
        case _:
            return str(error)


_USED_BY = {
    "consent": "consent records",
    "consent_item": "consent records",
    "place": "places under it",
}
_NOT_RESTORABLE = {
    "present": "it is in the archive",
    "purged": "the bin was emptied since it was removed",
    "never-removed": "no removal of it is in the history",
    "no-inverse": "the change has nothing to undo",
}

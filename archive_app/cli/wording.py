"""Core's typed errors worded for people at a terminal (English; the UI words them per language)."""

from __future__ import annotations

from archive_app.core import errors


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
        case errors.UntimedTranscript():
            return "this transcript has no times; export it as plain text (--format txt)"
        case errors.InvalidValue():
            return f"{error.field} {error.value!r} is not valid: expected {error.expected}"
        case errors.ReadOnlyArchive():
            return "the archive is open read-only; nothing was changed"
        case _:
            return str(error)

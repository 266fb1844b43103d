"""Core's typed errors worded for people at a terminal (English; the UI words them per language)."""

from __future__ import annotations

import errno
import sqlite3

from archive_app.core import errors
from archive_app.exchange import target
from archive_app.exchange.film.fonts import NoSubtitleFont
from archive_app.exchange.media.audio import UnreadableRecording


def explain(error: errors.ArchiveError) -> str:
    match error:
        case errors.ArchiveLocked():
            return _locked(error)
        case errors.CatalogueDamaged():
            return _damaged(error)
        case errors.BrokenLayout():
            where = error.root / error.part
            rebuilt = " (it is rebuilt by itself)" if error.part in ("index", "derived") else ""
            return (
                f"{where} should be a {error.expected} but is not; nothing was changed. Move it "
                f"out of the archive folder{rebuilt} and try again"
            )
        case errors.ArchiveDiskFull():
            return (
                f"the archive's disk is full ({error.root}); nothing half-written was kept. Free "
                "some space on that disk and run the command again: what is in stays in"
            )
        case errors.ExportTargetRefused():
            return _refused(error)
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


def _locked(error: errors.ArchiveLocked) -> str:
    who = error.program or "another program"
    pid = f" (pid {error.pid})" if error.pid else ""
    if error.holder_ended:
        holders = ", ".join(str(p) for p in error.pids_holding)
        still = (
            f"process {holders} it started still holds it" if holders else "the lock is still held"
        )
        return (
            f"the archive {error.path} is locked by {who}{pid}, which has ended, but {still}; "
            "end that process (or restart the computer), then try again"
        )
    if error.holder_ended is None and error.host:
        return (
            f"the archive {error.path} is open in {who}{pid} on the computer {error.host}; "
            "close it there first, or use a command that only reads"
        )
    return (
        f"the archive {error.path} is open in {who}{pid}; close it there first, or use a "
        "command that only reads"
    )


def _damaged(error: errors.CatalogueDamaged) -> str:
    what = {
        "missing": "is missing although the archive holds originals",
        "empty": "is empty",
        "not_a_database": "is not a database any more",
        "malformed": "is damaged",
    }.get(error.problem, "is damaged")
    said = f" ({error.detail})" if error.detail and error.problem != "missing" else ""
    advice = (
        f"restore a backup: archive-app --archive {error.root} restore {error.backups[0]}"
        if error.backups
        else "restore it from a backup copy of the archive (archive-app restore BACKUP)"
    )
    return (
        f"the catalogue {error.root / 'archive.sqlite'} {what}{said}; nothing was changed and "
        f"no new catalogue was made. To recover, {advice}"
    )


def _refused(error: errors.ExportTargetRefused) -> str:
    target = error.target
    match error.reason:
        case "inside_archive":
            return (
                f"will not write {target}: it is inside the archive folder, where only the "
                "archive itself writes; choose a place outside it"
            )
        case "exists":
            return f"{target} exists already; add --force to replace it"
        case "is_folder":
            return f"{target} is a folder; give the name of a file to write"
        case "no_folder":
            return f"cannot make the folder for {target} ({error.detail}); choose another place"
        case _:
            return f"cannot write {target} ({error.detail or error.reason})"


def explain_database_error(error: sqlite3.DatabaseError) -> str:
    """An SQLite failure that is not damage nor a full disk (a busy or unwritable catalogue)."""
    return f"the catalogue could not be read or written ({error}); nothing was changed"


def explain_os_error(error: OSError) -> str:
    """A failure of the system to read or write a file, in plain words, without a traceback."""
    where = f" {error.filename}" if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full{where}; free some space and try again"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"not allowed to write or read{where} ({error.strerror})"
    return f"could not read or write{where} ({error.strerror or error})"

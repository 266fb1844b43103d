"""Core's typed errors worded for people at a terminal (English; the UI words them per language)."""

from __future__ import annotations

from archive_app.core import errors
from archive_app.exchange import target
from archive_app.exchange.bag.checks import HostileBag
from archive_app.exchange.bag.payload import DamagedOriginal
from archive_app.exchange.film.fonts import NoSubtitleFont
from archive_app.exchange.media.audio import UnreadableRecording
from archive_app.exchange.transcript.export import TranscriptHeldBack


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
        case HostileBag():
            return (
                f"the bag {error.path} was refused ({BAG_REASONS.get(error.reason, error.reason)}"
                f"{': ' + error.detail if error.detail else ''}); nothing in the archive was changed"
            )
        case DamagedOriginal():
            return (
                f"the original {error.path} no longer matches its checksum; run 'archive-app "
                "check' and restore it from a backup (nothing was exported)"
            )
        case TranscriptHeldBack():
            rules = ", ".join(sorted({r.rule for r in error.reasons})) or "consent"
            return (
                f"the {error.audience} audience may not have this transcript's interview "
                f"({rules}); nothing was written"
            )
        case errors.Cancelled():
            return "cancelled; nothing was written"
        case errors.ReadOnlyArchive():
            return "the archive is open read-only; nothing was changed"
        case _:
            return str(error)


BAG_REASONS = {
    "not_found": "no such file or folder",
    "not_a_bag": "it is not a BagIt bag",
    "unsafe_path": "it names a file outside itself",
    "link": "it holds a link",
    "malformed_bag_info": "its bag-info.txt cannot be read",
    "oxum_mismatch": "it declares other sizes than it holds",
    "missing_payload": "files it lists are missing",
    "unexpected_file": "it holds files its manifests do not list",
    "checksum_mismatch": "a file does not match its checksum",
    "invalid_bag": "it is not a valid bag",
    "not_from_this_app": "it was not made by Hometown Voices",
    "not_mergeable": "only a curator's bag can be merged; this one holds stories for an audience",
    "unknown_schema": "its metadata is of a newer version than this app knows; update the app",
    "malformed_metadata": "its metadata is damaged",
}

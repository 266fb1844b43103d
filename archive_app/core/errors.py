"""Typed errors raised by core. Core speaks no user language: the UI and CLI word these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path


class ArchiveError(Exception):
    """Base of every error core raises on purpose."""


class NotAnArchive(ArchiveError):
    """The folder has no catalogue (``archive.sqlite``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"not an archive: {path}")
        self.path = path


class ArchiveExists(ArchiveError):
    """An archive already exists where a new one was to be created."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"an archive already exists at {path}")
        self.path = path


class ArchiveLocked(ArchiveError):
    """Another program holds the writer lock (the archive is open in another window).

    ``program`` says which ('the desktop app', 'archive-app import'...), ``pid`` and ``host``
    where it runs, as far as they are known. ``holder_ended`` is True when the program that took
    the lock has ended but a process it started still holds it (``pids_holding`` names those
    found), False when it is running, None when that cannot be told (another computer).
    """

    def __init__(
        self,
        path: Path,
        holder: str = "",
        *,
        pid: int | None = None,
        program: str = "",
        host: str = "",
        holder_ended: bool | None = None,
        pids_holding: Sequence[int] = (),
    ) -> None:
        super().__init__(f"archive is open in another window: {path} {holder}".rstrip())
        self.path = path
        self.holder = holder
        self.pid = pid
        self.program = program
        self.host = host
        self.holder_ended = holder_ended
        self.pids_holding = list(pids_holding)


class BrokenLayout(ArchiveError):
    """A part of the archive folder is not what it must be (``index`` is a file, ``archive.lock``
    a folder...). ``part`` is its name inside the archive, ``expected`` 'folder' or 'file'."""

    def __init__(self, root: Path, part: str, expected: str) -> None:
        super().__init__(f"{root / part} should be a {expected}")
        self.root = root
        self.part = part
        self.expected = expected


class CatalogueDamaged(ArchiveError):
    """The catalogue cannot be used as it is; nothing was changed, nothing was re-created.

    ``problem`` is 'missing' (gone while ``media/`` holds originals), 'empty' (no catalogue in
    the file: zero bytes or no schema), 'not_a_database' or 'malformed'; ``detail`` what SQLite
    said; ``backups`` the catalogue backups found, newest first (restore one of them).
    """

    def __init__(
        self, root: Path, problem: str, detail: str = "", backups: Sequence[Path] = ()
    ) -> None:
        super().__init__(f"the catalogue of {root} is damaged: {problem} {detail}".rstrip())
        self.root = root
        self.problem = problem
        self.detail = detail
        self.backups = list(backups)


class ArchiveDiskFull(ArchiveError):
    """The disk holding the archive is full; what was being written was not kept.

    ``finished`` holds what was done before (for an import, the results recorded).
    """

    def __init__(self, root: Path, finished: Sequence[object] = ()) -> None:
        super().__init__(f"the archive's disk is full: {root}")
        self.root = root
        self.finished: list[object] = list(finished)


class ArchiveUnwritable(ArchiveError):
    """The archive's disk refused a write for another reason than space (read-only, failing);
    what was being written was not kept."""

    def __init__(self, root: Path, detail: str = "", finished: Sequence[object] = ()) -> None:
        super().__init__(f"the archive cannot be written: {root} {detail}".rstrip())
        self.root = root
        self.detail = detail
        self.finished: list[object] = list(finished)


class BackupUnusable(ArchiveError):
    """What was offered for a restore cannot be restored; nothing was changed.

    ``problem``: 'not_found', 'not_a_backup' (no catalogue in it), 'damaged' (its catalogue
    does not check out) or 'too_new' (made by a newer version of the app).
    """

    def __init__(self, path: Path, problem: str, detail: str = "") -> None:
        super().__init__(f"cannot restore {path}: {problem} {detail}".rstrip())
        self.path = path
        self.problem = problem
        self.detail = detail


class ExportTargetRefused(ArchiveError):
    """A file the app was asked to write cannot be written there, and nothing was written.

    ``reason``: 'inside_archive' (it would land in the archive folder), 'exists' (a file is
    there; replacing it must be asked for), 'is_folder', 'no_folder' (its folder cannot exist,
    e.g. a file stands in the way) or 'not_writable'; ``detail`` what the system said.
    """

    def __init__(self, target: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"cannot write {target}: {reason} {detail}".rstrip())
        self.target = target
        self.reason = reason
        self.detail = detail


class ReadOnlyArchive(ArchiveError):
    """A write was attempted on an archive opened for reading only."""


class SchemaTooNew(ArchiveError):
    """The catalogue was written by a newer version of the app."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"catalogue schema version {found} is newer than this app knows ({known})")
        self.found = found
        self.known = known


class MigrationBrokeReferences(ArchiveError):
    """A schema migration would have left rows pointing at records that are not there.

    The migration was rolled back: the catalogue is as it was before it. ``dangling`` counts, per
    (child table, parent table), the rows the migration left without their parent.
    """

    def __init__(self, version: int, name: str, dangling: Mapping[tuple[str, str], int]) -> None:
        listed = ", ".join(f"{n} in {child} -> {parent}" for (child, parent), n in dangling.items())
        super().__init__(
            f"migration {version} ({name}) rolled back: it left dangling rows: {listed}"
        )
        self.version = version
        self.name = name
        self.dangling = dict(dangling)


class RecordNotFound(ArchiveError):
    """No record has the given id (of the expected kind)."""

    def __init__(self, record_id: str, kind: str | None = None) -> None:
        what = kind or "record"
        super().__init__(f"no {what} with id {record_id}")
        self.record_id = record_id
        self.kind = kind


class InvalidValue(ArchiveError):
    """A field value does not fit the catalogue's rules (a bad date, an unknown role...)."""

    def __init__(self, field: str, value: object, expected: str) -> None:
        super().__init__(f"invalid {field}: {value!r} (expected {expected})")
        self.field = field
        self.value = value
        self.expected = expected


class RejectedFile(ArchiveError):
    """A file offered for import cannot be taken. ``reason`` is a short machine-readable code."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail


class Cancelled(ArchiveError):
    """Long work was cancelled by the user. ``finished`` holds what was done before it stopped."""

    def __init__(self, message: str = "cancelled", finished: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.finished: list[object] = list(finished)


class ConsentAlreadyWithdrawn(ArchiveError):
    """A consent record was withdrawn before; a withdrawal is final and happens once."""

    def __init__(self, consent_id: str, withdrawn_on: str) -> None:
        super().__init__(f"consent {consent_id} was already withdrawn on {withdrawn_on}")
        self.consent_id = consent_id
        self.withdrawn_on = withdrawn_on


class PassageAlreadyOpen(ArchiveError):
    """A closed passage was opened again before; it is opened once (close a new one instead)."""

    def __init__(self, passage_id: str, opened_on: str) -> None:
        super().__init__(f"closed passage {passage_id} was already opened on {opened_on}")
        self.passage_id = passage_id
        self.opened_on = opened_on


class UntimedTranscript(InvalidValue):
    """Subtitles (WebVTT, SRT) were asked of a transcript none of whose segments has a time."""

    def __init__(self, segments: int) -> None:
        super().__init__("segments", segments, "at least one segment with a time for subtitles")
        self.segments = segments


class RecordInUse(ArchiveError):
    """A record cannot be removed while other records depend on it: ``used_by`` names the
    table that does (``consent`` for a person whose consent is on record, ``place`` for a place
    with places under it...)."""

    def __init__(self, record_id: str, kind: str, used_by: str) -> None:
        super().__init__(f"the {kind} {record_id} is still used by {used_by}")
        self.record_id = record_id
        self.kind = kind
        self.used_by = used_by


class ChangeConflict(ArchiveError):
    """A change cannot be reverted because a later change altered what it changed (the
    ``field`` of ``record_id``; ``later_change_id`` names that change when the history knows
    it)."""

    def __init__(
        self, change_id: str, record_id: str, field: str, later_change_id: str | None
    ) -> None:
        what = field or "the record"
        later = f" by change {later_change_id}" if later_change_id else ""
        super().__init__(f"change {change_id}: {what} of {record_id} was changed later{later}")
        self.change_id = change_id
        self.record_id = record_id
        self.field = field
        self.later_change_id = later_change_id


class NotRestorable(ArchiveError):
    """Nothing can be put back: ``reason`` is ``present`` (the record is in the archive),
    ``purged`` (the bin was emptied since), ``never-removed`` (no removal is on record) or
    ``no-inverse`` (the change has nothing to undo)."""

    def __init__(self, record_id: str, reason: str) -> None:
        super().__init__(f"{record_id} cannot be restored: {reason}")
        self.record_id = record_id
        self.reason = reason


class AmbiguousId(ArchiveError):
    """A shortened ID matches more than one record. ``candidates`` holds ``(id, kind)`` pairs
    (the first few, in ID order) so that the user can type more of the one they meant."""

    def __init__(self, prefix: str, candidates: Sequence[tuple[str, str]]) -> None:
        shown = ", ".join(f"{record_id} ({kind})" for record_id, kind in candidates)
        super().__init__(f"the ID prefix {prefix} matches several records: {shown}")
        self.prefix = prefix
        self.candidates = list(candidates)


class WrongKind(ArchiveError):
    """An ID (or a unique prefix of one) names a record of another kind than the command takes:
    a person where an interview was wanted. ``wanted`` lists the kinds that would do."""

    def __init__(self, record_id: str, kind: str, wanted: Sequence[str]) -> None:
        super().__init__(f"{record_id} is a {kind}, not one of: {', '.join(wanted)}")
        self.record_id = record_id
        self.kind = kind
        self.wanted = list(wanted)

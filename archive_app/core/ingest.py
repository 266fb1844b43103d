"""Importing files and folders into the archive, atomically, in a pool of worker processes.

Workers prepare files (hash + copy into ``media/``, read metadata, make thumbnails, parse
transcripts; see :mod:`archive_app.core.import_preparation`); this process, the one writer,
records each prepared file in one transaction. A crash at any instant leaves either nothing or a
complete record; a re-import recognises what is already in by its SHA-256 and completes the rest.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from archive_app.core import audit, interviews, media_store, records
from archive_app.core.archive import Archive
from archive_app.core.child_processes import pool_worker_start
from archive_app.core.errors import ArchiveDiskFull, ArchiveUnwritable, Cancelled, RecordNotFound
from archive_app.core.import_grouping import (
    base_name,
    date_from_name,
    group_key,
    language_tag,
    title_from_name,
)
from archive_app.core.import_preparation import PreparedFile, prepare, thumbnail_path
from archive_app.core.import_walk import LeftOut, printable_name, walk
from archive_app.core.transcripts.warning import TranscriptWarning

Progress = Callable[[float, str], None]
log = logging.getLogger(__name__)

__all__ = ["IngestResult", "ingest", "media_path", "printable_name", "thumbnail_path", "REASONS"]

#: reason codes of rejected files, and the one-line English phrase the CLI prints
REASONS = {
    "empty": "the file is empty",
    "unknown_format": "not a recording, photo, document or transcript this archive takes",
    "unreadable": "the file cannot be read",
    "vanished": "the file disappeared during the import",
    "damaged_recording": "the recording is damaged or truncated",
    "damaged_image": "the image is damaged, truncated or not really an image",
    "empty_transcript": "the transcript has no text",
    "unknown_encoding": "the transcript's text encoding could not be recognised",
    "unreadable_transcript": "the transcript could not be read",
    "missing_webvtt_header": "the WebVTT file has no WEBVTT line and no timed text to read",
    "not_found": "no such file or folder",
    "bad_name": "the file's name is not valid text (not UTF-8); rename the file and import it again",
    "not_a_file": "not an ordinary file (a pipe, a socket or a device)",
    "broken_link": "a broken link: the file it points to does not exist",
    "image_too_large": "the image has too many pixels to be opened safely",
}

#: reason codes of files and folders skipped on purpose (status 'skipped'), and their phrases
SKIPPED = {
    # names starting with a dot are the system's: .DS_Store, ._ copies, .thumbnails, and
    # Android's .trashed- (photos the owner deleted); name one directly to import it anyway
    "hidden": "a hidden file or folder, left out (name it directly to import it)",
    "linked_folder": "a link to a folder, not followed (import the folder itself)",
}

#: media kinds that are recorded in a table of the same name
_MEDIA_KINDS = ("recording", "photo", "document", "transcript")
#: how many files are handed to the pool ahead of the writer
_AHEAD = 16


@dataclass
class IngestResult:
    path: str
    status: str  # 'imported' | 'duplicate' | 'rejected' | 'skipped'
    kind: str | None = None
    id: str | None = None
    interview_id: str | None = None
    error: str | None = None
    reason: str | None = None
    #: what reading an imported transcript had to repair
    warnings: list[TranscriptWarning] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def media_path(archive: Archive, sha256: str) -> Path:
    """The stored original with this checksum; :class:`RecordNotFound` if none is catalogued."""
    row = archive.db.execute(
        "SELECT stored_path FROM media_file WHERE sha256 = ?", [sha256]
    ).fetchone()
    if row is None:
        raise RecordNotFound(sha256, "media file")
    return archive.root / str(row[0])


_RECORDING_SUFFIXES = {
    ".m4a",
    ".mp3",
    ".wav",
    ".ogg",
    ".opus",
    ".flac",
    ".aac",
    ".amr",
    ".mp4",
    ".mov",
}
_TRANSCRIPT_SUFFIXES = {".txt", ".srt", ".vtt", ".json"}


def _order_key(path: Path) -> int:
    """The order files are recorded in: recordings first, so that their interviews exist when
    the rest of their group arrives; then verbatim transcripts before English translations, so
    that a translation is known as one."""
    suffix = path.suffix.lower()
    if suffix in _RECORDING_SUFFIXES:
        return 0
    if suffix in _TRANSCRIPT_SUFFIXES:
        return 2 if language_tag(path).lower().startswith("en") else 1
    return 3


def _pool(workers: int | None, files: int) -> Executor | None:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or files < 4:
        return None
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return ProcessPoolExecutor(
        max_workers=min(count, files),
        mp_context=multiprocessing.get_context(method),
        initializer=pool_worker_start,  # a worker never outlives the writer (nor blocks for ever)
        initargs=(os.getpid(),),
    )


def ingest(
    archive: Archive,
    paths: Sequence[Path],
    *,
    interview_id: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    as_document: bool = False,
) -> list[IngestResult]:
    """Import files and folders (recursively); one result per file, in the order recorded.

    Never changes or moves the originals. Bad files are rejected with a reason (status
    'rejected'), hidden files and links to folders left out with one ('skipped'), and the rest
    still go in. Raises :class:`RecordNotFound` if ``interview_id`` names no interview,
    :class:`Cancelled` if ``cancel`` is set, :class:`ArchiveDiskFull` (or
    :class:`ArchiveUnwritable`) when the archive's disk fills (or refuses) mid-way: what was
    recorded before stays recorded, its results are in the error's ``finished``, and no copy of
    an unrecorded file is left in ``media/``. ``as_document`` takes images as documents
    (scanned forms, letters) whatever their names. Afterwards the catalogue is backed up.
    """
    if interview_id is not None:
        records.get(archive.db, "interview", interview_id)
    found = list(walk(paths))
    files = sorted((p for p in found if isinstance(p, Path)), key=_order_key)
    results = [_left_out(r) for r in found if isinstance(r, LeftOut)]
    recorder = _Recorder(archive, interview_id)
    total = len(files)
    pool = _pool(workers, total)
    root = str(archive.root)
    pending: list[tuple[Path, Future[PreparedFile] | None]] = []
    try:
        queue = iter(files)

        def feed() -> None:
            while len(pending) < _AHEAD:
                nxt = next(queue, None)
                if nxt is None:
                    return
                job = pool.submit(prepare, str(nxt), root, as_document) if pool else None
                pending.append((nxt, job))

        feed()
        done = 0
        while pending:
            if cancel is not None and cancel.is_set():
                raise Cancelled(f"import cancelled after {done} of {total} files", results)
            path, job = pending[0]
            prepared = job.result() if job is not None else prepare(str(path), root, as_document)
            pending.pop(0)
            feed()
            try:
                results.append(recorder.record(path, prepared))
            except (ArchiveDiskFull, ArchiveUnwritable) as stopped:
                stopped.finished = list(results)
                raise
            done += 1
            if progress is not None:
                progress(done / total, path.name)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        _discard_unrecorded(pending)
    if any(r.status == "imported" for r in results):
        _back_up_after_import(archive)
    return results


def _discard_unrecorded(pending: Sequence[tuple[Path, Future[PreparedFile] | None]]) -> None:
    """Remove the staged copies of files prepared but never recorded (a stopped import)."""
    for _, job in pending:
        if job is None or job.cancelled() or not job.done() or job.exception() is not None:
            continue
        prepared = job.result()
        if prepared.temp_path:
            Path(prepared.temp_path).unlink(missing_ok=True)


def _back_up_after_import(archive: Archive) -> None:
    """A copy of the catalogue after every import that added something (see core.backup)."""
    from archive_app.core.backup import back_up_catalogue

    try:
        back_up_catalogue(archive, "import")
    except (ArchiveDiskFull, OSError, sqlite3.Error) as failure:
        # the import itself is whole; a word (not a traceback) that this copy is missing
        log.warning("no catalogue backup after this import: %s", failure)


def _left_out(left: LeftOut) -> IngestResult:
    if left.status == "skipped":
        return _skipped(left.path, left.reason)
    return _rejected(left.path, left.reason, left.detail)


def _skipped(path: str, reason: str) -> IngestResult:
    message = f"{path}: {SKIPPED.get(reason, reason)}"
    return IngestResult(path=path, status="skipped", error=message, reason=reason)


def _rejected(path: str, reason: str, detail: str = "") -> IngestResult:
    phrase = REASONS.get(reason, reason)
    message = f"{path}: {phrase}" + (f" ({detail})" if detail else "")
    return IngestResult(path=path, status="rejected", error=message, reason=reason)


class _Recorder:
    """Records prepared files one transaction each, keeping each import group in one interview."""

    def __init__(self, archive: Archive, interview_id: str | None) -> None:
        self.archive = archive
        self.fixed_interview = interview_id
        self.group_interviews: dict[tuple[str, str], str] = {}
        self.folder_interviews: dict[str, set[str]] = {}

    def record(self, path: Path, prepared: PreparedFile) -> IngestResult:
        """Settle the prepared file into ``media/`` and record it, or say why not.

        Raises :class:`ArchiveDiskFull` or :class:`ArchiveUnwritable`: the import stops.
        """
        root = self.archive.root
        if prepared.error == "archive_disk_full":
            raise ArchiveDiskFull(root)
        if prepared.error == "archive_unwritable":
            raise ArchiveUnwritable(root, prepared.detail)
        if prepared.rejected:
            return _rejected(str(path), prepared.error or "unreadable", prepared.detail)
        assert prepared.kind in _MEDIA_KINDS
        staged = media_store.StagedFile(
            Path(prepared.temp_path), prepared.sha256, prepared.size, prepared.extension, None
        )
        existing = self._existing(prepared)
        if existing is not None:
            media_store.discard(staged)
            record_id, interview_id = existing
            if interview_id is None and prepared.kind in ("photo", "document"):
                interview_id = self._attach(path, prepared.kind, record_id)
            self._remember(path, interview_id)
            return IngestResult(str(path), "duplicate", prepared.kind, record_id, interview_id)
        final = root / prepared.stored_path
        new = not final.exists()
        media_store.settle(staged, root)  # a crash from here to the commit leaves an orphan
        try:
            with self.archive.transaction() as db:
                interview_id = self._interview_for(db, path, prepared)
                record_id = self._insert(db, path, prepared, interview_id)
                audit.append(
                    db,
                    f"{prepared.kind}.import",
                    record_id,
                    {"file": path.name, "sha256": prepared.sha256, "interview_id": interview_id},
                )
        except BaseException:
            if new:  # the record failed (a full disk at commit): the original goes too
                media_store.unsettle(root, prepared.stored_path)
            raise
        self._remember(path, interview_id)
        return IngestResult(
            str(path),
            "imported",
            prepared.kind,
            record_id,
            interview_id,
            warnings=prepared.warnings,
        )

    def _existing(self, prepared: PreparedFile) -> tuple[str, str | None] | None:
        for kind in _MEDIA_KINDS:
            row = self.archive.db.execute(
                f"SELECT id, interview_id FROM [{kind}] WHERE sha256 = ?", [prepared.sha256]
            ).fetchone()
            if row is not None:
                return str(row[0]), row[1]
        return None

    def _remember(self, path: Path, interview_id: str | None) -> None:
        if interview_id is None:
            return
        self.group_interviews.setdefault(group_key(path), interview_id)
        self.folder_interviews.setdefault(str(path.parent), set()).add(interview_id)

    def _interview_for(
        self, db: sqlite_utils.Database, path: Path, prepared: PreparedFile
    ) -> str | None:
        """The interview a new file joins; the same whether the files come in one import or
        several: files sharing a base name join one interview (in this import, or an earlier
        one by name); a recording or transcript of its own starts one; a photo or document
        joins the only interview of its folder, or none."""
        if self.fixed_interview is not None:
            return self.fixed_interview
        key = group_key(path)
        if key in self.group_interviews:
            return self.group_interviews[key]
        earlier = self._interview_of_earlier_sibling(db, path, prepared.kind or "")
        if earlier is not None:
            self.group_interviews[key] = earlier
            return earlier
        if prepared.kind in ("photo", "document"):
            return self._only_interview_in_folder(path)
        interview_id = interviews.add_interview(
            db, title_from_name(path), date=date_from_name(path)
        )
        self.group_interviews[key] = interview_id
        return interview_id

    def _only_interview_in_folder(self, path: Path) -> str | None:
        in_folder = self.folder_interviews.get(str(path.parent), set())
        return next(iter(in_folder)) if len(in_folder) == 1 else None

    def _attach(self, path: Path, kind: str, record_id: str) -> str | None:
        """A photo or document imported before without an interview joins the one this import
        gives it (as it would have in one import); one placed by hand is never moved."""
        interview_id = self.fixed_interview or self.group_interviews.get(group_key(path))
        if interview_id is None:
            interview_id = self._only_interview_in_folder(path)
        if interview_id is None:
            return None
        with self.archive.transaction() as db:
            changed = db.execute(
                f"UPDATE [{kind}] SET interview_id = ?, updated_at = "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND interview_id IS NULL",
                [interview_id, record_id],
            ).rowcount
            if changed:
                audit.append(db, f"{kind}.attach", record_id, {"interview_id": interview_id})
        return interview_id if changed else None

    def _interview_of_earlier_sibling(
        self, db: sqlite_utils.Database, path: Path, kind: str
    ) -> str | None:
        """The interview of a file with the same base name imported before: a transcript,
        photo or document joins its recording's (or, failing one, its transcript's); a
        recording joins an interview that a transcript started without a recording."""
        wanted = base_name(path).casefold()
        pattern = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"
        tables = ("transcript",) if kind == "recording" else ("recording", "transcript")
        for table in tables:
            for row in db.execute(
                f"SELECT original_name, interview_id FROM [{table}] WHERE original_name LIKE ? "
                "ESCAPE '\\' AND interview_id IS NOT NULL ORDER BY created_at DESC",
                [pattern],
            ).fetchall():
                if base_name(Path(row[0])).casefold() != wanted:
                    continue
                if (
                    kind == "recording"
                    and db.execute(
                        "SELECT 1 FROM recording WHERE interview_id = ?", [row[1]]
                    ).fetchone()
                ):
                    continue  # that interview has its own recording: start another
                return str(row[1])
        return None

    def _insert(
        self,
        db: sqlite_utils.Database,
        path: Path,
        prepared: PreparedFile,
        interview_id: str | None,
    ) -> str:
        db.execute(
            "INSERT OR IGNORE INTO media_file (sha256, size, extension, stored_path, original_name, "
            "imported_at) VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            [prepared.sha256, prepared.size, prepared.extension, prepared.stored_path, path.name],
        )
        common = {"sha256": prepared.sha256, "original_name": path.name}
        if prepared.kind == "transcript":
            return self._insert_transcript(db, path, prepared, interview_id)
        if prepared.kind == "recording":
            position = db.execute(
                "SELECT count(*) FROM recording WHERE interview_id = ?", [interview_id]
            ).fetchone()[0]
            return records.insert(
                db,
                "recording",
                {**common, **prepared.fields, "interview_id": interview_id, "position": position},
            )
        if prepared.kind == "photo":
            return records.insert(
                db, "photo", {**common, **prepared.fields, "interview_id": interview_id}
            )
        title = title_from_name(path)
        document_type = (
            "consent_form" if _is_consent(path) else ("letter" if _is_letter(path) else "other")
        )
        return records.insert(
            db,
            "document",
            {
                **common,
                **prepared.fields,
                "interview_id": interview_id,
                "title": title,
                "document_type": document_type,
            },
        )

    def _insert_transcript(
        self,
        db: sqlite_utils.Database,
        path: Path,
        prepared: PreparedFile,
        interview_id: str | None,
    ) -> str:
        from archive_app.core.transcripts.store import add_transcript

        assert interview_id is not None
        language = language_tag(path) or prepared.fields.get("language", "")
        earlier = db.execute(
            "SELECT count(*) FROM transcript WHERE interview_id = ? AND kind = 'verbatim'",
            [interview_id],
        ).fetchone()[0]
        kind = "translation" if earlier and language.lower().startswith("en") else "verbatim"
        transcript_id = add_transcript(
            db,
            interview_id,
            prepared.segments,
            sha256=prepared.sha256,
            original_name=path.name,
            source_format=prepared.fields.get("source_format", ""),
            source_encoding=prepared.fields.get("source_encoding", ""),
            language=language,
            kind=kind,
            tier=language,
        )
        db.execute(
            "UPDATE interview SET status = 'transcribed', updated_at = "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'recorded'",
            [interview_id],
        )
        return transcript_id


def _is_consent(path: Path) -> bool:
    name = path.stem.casefold()
    return any(word in name for word in ("consent", "release", "同意", "知情", "授权"))


def _is_letter(path: Path) -> bool:
    name = path.stem.casefold()
    return any(word in name for word in ("letter", "书信", "来信", "家书"))

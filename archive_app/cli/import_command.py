"""``import PATH...``: files and folders into the archive, one result per file."""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import table
from archive_app.cli.wording import kind_name
from archive_app.core.errors import ArchiveDiskFull, ArchiveError, ArchiveUnwritable
from archive_app.core.identifiers import resolve_id
from archive_app.core.ingest import IngestResult, ingest
from archive_app.core.transcripts.warning import TranscriptWarning


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import", help=tr("import recordings, photos, documents and transcripts (files or folders)")
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help=tr("files and folders to import")
    )
    parser.add_argument("--interview", metavar="ID", help=tr("attach every file to this interview"))
    parser.add_argument(
        "--workers", type=int, default=None, help=tr("worker processes (default: CPUs)")
    )
    parser.set_defaults(run=run_import)


def run_import(ctx: CommandContext) -> int:
    archive = ctx.archive()
    interview_id = (
        resolve_id(archive.db, ctx.args.interview, ("interview",)) if ctx.args.interview else None
    )
    try:
        results = ingest(
            archive,
            ctx.args.paths,
            interview_id=interview_id,
            progress=ctx.progress,
            workers=ctx.args.workers,
        )
    except (ArchiveDiskFull, ArchiveUnwritable) as stopped:
        finished = [r for r in stopped.finished if isinstance(r, IngestResult)]
        try:
            _catch_up_search(archive, ctx)
        except (ArchiveError, OSError, sqlite3.Error):
            pass  # the index catches up next time; the full disk is what to tell
        ctx.emit([r.as_json() for r in finished], _summary(finished))  # what did go in
        raise
    try:
        _catch_up_search(archive, ctx)
    except (ArchiveError, OSError, sqlite3.Error) as failure:
        # what was imported is in; the index catches up with it next time
        note = tr("note: search will find the new files later ({reason})")
        print("archive-app: " + note.format(reason=failure), file=sys.stderr)
    ctx.emit([r.as_json() for r in results], _summary(results))
    rejected = sum(r.status == "rejected" for r in results)
    if rejected:
        print("archive-app: " + rejections_summary(results, len(results)), file=sys.stderr)
    return 1 if rejected else 0


def _summary(results: list[IngestResult]) -> str:
    rows: list[tuple[str, ...]] = []
    for result in results:
        if result.status in ("rejected", "skipped"):
            rows.append((status_name(result.status), "", f"{result.path}: {rejection(result)}"))
        else:
            rows.append((status_name(result.status), kind_name(result.kind or ""), result.path))
        rows.extend((tr("warning"), "", warning_line(warning)) for warning in result.warnings)
    statuses = ("imported", "duplicate", "rejected", "skipped")
    counts = {s: sum(r.status == s for r in results) for s in statuses}
    lines = table(rows)
    lines.append(", ".join(f"{n} {status_name(s)}" for s, n in counts.items()))
    return "\n".join(lines)


def status_name(status: str) -> str:
    return {
        "imported": tr("imported"),
        "duplicate": tr("already there"),
        "rejected": tr("rejected"),
        "skipped": tr("left out"),
    }.get(status, status)


def rejection(result: IngestResult) -> str:
    """Why a file was not imported, in the command's language (core gives a reason code)."""
    reasons = {
        "empty": tr("the file is empty"),
        "unknown_format": tr("not a recording, photo, document or transcript this archive takes"),
        "unreadable": tr("the file cannot be read"),
        "vanished": tr("the file disappeared during the import"),
        "damaged_recording": tr("the recording is damaged or truncated"),
        "damaged_image": tr("the image is damaged, truncated or not really an image"),
        "empty_transcript": tr("the transcript has no text"),
        "unknown_encoding": tr("the transcript's text encoding could not be recognised"),
        "unreadable_transcript": tr("the transcript could not be read"),
        "not_found": tr("no such file or folder"),
        "bad_name": tr(
            "the file's name is not valid text (not UTF-8); rename it and import it again"
        ),
        "not_a_file": tr("not an ordinary file (a pipe, a socket or a device)"),
        "broken_link": tr("a broken link: the file it points to does not exist"),
        "image_too_large": tr("the image has too many pixels to be opened safely"),
        "hidden": tr("a hidden file or folder, left out (name it directly to import it)"),
        "linked_folder": tr("a link to a folder, not followed (import the folder itself)"),
        "missing_webvtt_header": tr(
            "the WebVTT file has no WEBVTT line and no timed text to read instead"
        ),
    }
    return reasons.get(result.reason or "", result.error or tr("the file could not be imported"))


def rejections_summary(results: list[IngestResult], total: int) -> str:
    """One line: how many files were refused, and why (most common reason first)."""
    why = Counter(rejection(r) for r in results if r.status == "rejected")
    return tr("{rejected} of {total} files not imported: {reasons}").format(
        rejected=sum(why.values()),
        total=total,
        reasons="; ".join(f"{reason} ({count})" for reason, count in why.most_common()),
    )


def warning_line(warning: TranscriptWarning) -> str:
    """What reading a transcript had to repair, and where, in the command's language."""
    formats = {
        "srt": tr("SRT subtitles"),
        "vtt": tr("WebVTT subtitles"),
        "timecoded": tr("timecoded text"),
        "txt": tr("plain text"),
        "json": tr("Whisper JSON"),
    }
    phrases = {
        "control_characters": tr(
            "stray control characters (NUL and the like) replaced with U+FFFD or removed: {count}"
        ),
        "layout_breaks": tr(
            "vertical tabs or form feeds from a word processor read as line breaks: {count}"
        ),
        "missing_webvtt_header": tr("no WEBVTT header line; read as {format}"),
        "read_by_content": tr("not SubRip subtitles; read as {format}"),
        "lines_outside_cues": tr("lines outside any subtitle cue, left out: {count}"),
        "invalid_time": tr("times that are not valid, their segments untimed: {count} ({detail})"),
        "end_before_start": tr(
            "segments that end before they start, their times left out: {count}"
        ),
    }
    said = phrases.get(warning.kind, warning.kind).format(
        count=warning.count,
        format=formats.get(warning.detail, warning.detail),
        detail=warning.detail,
    )
    where = warning.file
    if warning.first_line is not None:
        where = tr("{file}, line {line}").format(file=warning.file, line=warning.first_line)
    return f"{where}: {said}"


def _catch_up_search(archive: Any, ctx: CommandContext | None = None) -> None:
    """Make what was imported findable at once (the index follows the catalogue), with the
    command's progress when ``ctx`` is given."""
    try:
        from archive_app.core.search.service import SearchService
    except ImportError:
        return
    SearchService(archive).catch_up(progress=ctx.progress if ctx is not None else None)

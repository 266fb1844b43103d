"""``import PATH...``: files and folders into the archive, one result per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core.ingest import ingest
from archive_app.core.transcripts.warning import TranscriptWarning


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import", help="import recordings, photos, documents and transcripts (files or folders)"
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--interview", metavar="ID", help="attach every file to this interview")
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: CPUs)"
    )
    parser.set_defaults(run=run_import)


def run_import(ctx: CommandContext) -> int:
    archive = ctx.archive()
    results = ingest(
        archive,
        ctx.args.paths,
        interview_id=ctx.args.interview,
        progress=None if ctx.json else ctx.progress,
        workers=ctx.args.workers,
    )
    _catch_up_search(archive)
    lines = []
    for result in results:
        if result.status == "rejected":
            lines.append(f"rejected  {result.error}")
        else:
            lines.append(f"{result.status:<9} {result.kind:<10} {result.path}")
        lines.extend(f"  warning {warning_line(warning)}" for warning in result.warnings)
    counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "rejected")}
    lines.append(", ".join(f"{n} {s}" for s, n in counts.items()))
    ctx.emit([r.as_json() for r in results], "\n".join(lines))
    return 1 if counts["rejected"] else 0


#: how each format a transcript may be read as is named in a warning
_FORMAT_NAMES = {
    "srt": "SRT subtitles",
    "vtt": "WebVTT subtitles",
    "timecoded": "timecoded text",
    "txt": "plain text",
    "json": "Whisper JSON",
}


def warning_line(warning: TranscriptWarning) -> str:
    """One line saying what reading a transcript had to repair, and where."""
    n, detail = warning.count, warning.detail
    plural = "" if n == 1 else "s"
    read_as = _FORMAT_NAMES.get(detail, detail)
    phrases = {
        "control_characters": f"{n} stray control character{plural} (NUL and the like) "
        "replaced with U+FFFD or removed",
        "layout_breaks": f"{n} vertical tab{plural} or form feed{plural} from a word processor "
        f"read as {'a line break' if n == 1 else 'line breaks'}",
        "missing_webvtt_header": f"no WEBVTT header line; read as {read_as}",
        "read_by_content": f"not SubRip subtitles; read as {read_as}",
        "lines_outside_cues": f"{n} line{plural} outside any subtitle cue left out",
        "invalid_time": f"{n} invalid time{plural}, the first {detail}; "
        f"{'that segment has' if n == 1 else 'those segments have'} no time",
        "end_before_start": f"{n} segment{plural} ending before {'it starts' if n == 1 else 'they start'}; "
        "the times left out",
    }
    where = f"{warning.file}" + (f", line {warning.first_line}" if warning.first_line else "")
    return f"{where}: {phrases.get(warning.kind, warning.kind)}"


def _catch_up_search(archive: Any) -> None:
    """Make what was imported findable at once (the index follows the catalogue)."""
    try:
        from archive_app.core.search.service import SearchService
    except ImportError:
        return
    SearchService(archive).catch_up()

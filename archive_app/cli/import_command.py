"""``import PATH...``: files and folders into the archive, one result per file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core.errors import ArchiveDiskFull, ArchiveError, ArchiveUnwritable
from archive_app.core.ingest import IngestResult, ingest


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
    try:
        results = ingest(
            archive,
            ctx.args.paths,
            interview_id=ctx.args.interview,
            progress=ctx.progress,
            workers=ctx.args.workers,
        )
    except (ArchiveDiskFull, ArchiveUnwritable) as stopped:
        finished = [r for r in stopped.finished if isinstance(r, IngestResult)]
        try:
            _catch_up_search(archive, ctx)
        except (ArchiveError, OSError):
            pass  # the index catches up next time; the full disk is what to tell
        ctx.emit([r.as_json() for r in finished], _summary(finished))  # what did go in
        raise
    try:
        _catch_up_search(archive, ctx)
    except (ArchiveError, OSError) as failure:
        # what was imported is in; the index catches up with it next time
        print(
            f"archive-app: note: search will find the new files later ({failure})", file=sys.stderr
        )
    ctx.emit([r.as_json() for r in results], _summary(results))
    return 1 if any(r.status == "rejected" for r in results) else 0


def _summary(results: list[IngestResult]) -> str:
    lines = []
    for result in results:
        if result.status in ("rejected", "skipped"):
            lines.append(f"{result.status:<9} {result.error}")
        else:
            lines.append(f"{result.status:<9} {result.kind:<10} {result.path}")
    statuses = ("imported", "duplicate", "rejected", "skipped")
    counts = {s: sum(r.status == s for r in results) for s in statuses}
    lines.append(", ".join(f"{n} {s}" for s, n in counts.items()))
    return "\n".join(lines)


def _catch_up_search(archive: Any, ctx: CommandContext) -> None:
    """Make what was imported findable at once (the index follows the catalogue)."""
    try:
        from archive_app.core.search.service import SearchService
    except ImportError:
        return
    SearchService(archive).catch_up(progress=ctx.progress)

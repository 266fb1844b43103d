"""``import PATH...``: files and folders into the archive, one result per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core.ingest import ingest


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
    counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "rejected")}
    lines.append(", ".join(f"{n} {s}" for s, n in counts.items()))
    ctx.emit([r.as_json() for r in results], "\n".join(lines))
    return 1 if counts["rejected"] else 0


def _catch_up_search(archive: Any) -> None:
    """Make what was imported findable at once (the index follows the catalogue)."""
    try:
        from archive_app.core.search.service import SearchService
    except ImportError:
        return
    SearchService(archive).catch_up()

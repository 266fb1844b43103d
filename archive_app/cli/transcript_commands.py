"""``archive-app transcript export ID --format vtt|srt|txt --out FILE``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.core.errors import InvalidValue
from archive_app.core.identifiers import resolve_id
from archive_app.core.transcripts import export, store

WRITERS = {"vtt": export.to_vtt, "srt": export.to_srt, "txt": export.to_txt}


def register(commands: Any) -> None:
    transcript = commands.add_parser("transcript", help=tr("work with transcripts")).add_subparsers(
        dest="transcript_command", metavar="ACTION"
    )
    out = transcript.add_parser("export", help=tr("write a transcript as WebVTT, SRT or text"))
    out.add_argument("id", metavar="ID", help=tr("the transcript's ID, or its first characters"))
    out.add_argument(
        "--format",
        choices=sorted(WRITERS),
        help=tr("file format (default: from the --out file's extension)"),
    )
    out.add_argument("--out", required=True, metavar="FILE", help=tr("the file to write"))
    out.set_defaults(run=run_export)


def run_export(ctx: CommandContext) -> int:
    target = Path(ctx.args.out)
    chosen = ctx.args.format or target.suffix.lower().lstrip(".")
    if chosen not in WRITERS:
        raise InvalidValue("format", chosen, ", ".join(sorted(WRITERS)))
    archive = ctx.archive(read_only=True)
    detail = store.transcript_detail(
        archive.db, resolve_id(archive.db, ctx.args.id, ("transcript",))
    )
    written = WRITERS[chosen](detail["segments"])
    write_atomically(target, written)
    count = len(detail["segments"])
    ctx.emit(
        {"id": detail["id"], "format": chosen, "out": str(target), "segments": count},
        tr("wrote {count} passages to {file}").format(count=count, file=target),
    )
    return 0


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to a temporary file beside ``target``, then rename it into place,
    so that an interrupted export never leaves half a file under the real name."""
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is meant to be shared
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""``archive-app transcript export ID --format vtt|srt|txt --out FILE [--audience A]``.

The transcript goes out through the consent gate for the audience (``curator`` by default: the
words as catalogued), with pseudonyms in place, and the release is recorded in the audit log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.core.consent.model import AUDIENCES
from archive_app.core.errors import InvalidValue
from archive_app.core.export_target import check_target, write_export
from archive_app.core.identifiers import resolve_id

#: the formats, as ``exchange.transcript.WRITERS`` names them (kept here for a light start)
FORMATS = ("srt", "txt", "vtt")


def register(commands: Any) -> None:
    transcript = commands.add_parser("transcript", help=tr("work with transcripts")).add_subparsers(
        dest="transcript_command", metavar="ACTION"
    )
    out = transcript.add_parser("export", help=tr("write a transcript as WebVTT, SRT or text"))
    out.add_argument("id", metavar="ID", help=tr("the transcript's ID, or its first characters"))
    out.add_argument(
        "--format",
        choices=FORMATS,
        help=tr("file format (default: from the --out file's extension)"),
    )
    out.add_argument("--out", required=True, metavar="FILE", help=tr("the file to write"))
    out.add_argument(
        "--audience",
        default="curator",
        choices=AUDIENCES,
        help=tr("who the file is for (consent applies; default: curator)"),
    )
    out.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))
    out.set_defaults(run=run_export)


def run_export(ctx: CommandContext) -> int:
    from archive_app.exchange.release import record_release
    from archive_app.exchange.target import TargetInsideArchive, inside_archive
    from archive_app.exchange.transcript.export import release_transcript

    target = Path(ctx.args.out)
    chosen = ctx.args.format or target.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise InvalidValue("format", chosen, ", ".join(FORMATS))
    if inside_archive(target, ctx.archive_path):  # before any work
        raise TargetInsideArchive(target, ctx.archive_path)
    check_target(target, ctx.archive_path, replace=ctx.args.force)
    archive = ctx.archive()
    transcript_id = resolve_id(archive.db, ctx.args.id, ("transcript",))
    released = release_transcript(archive.db, archive.root, transcript_id, ctx.args.audience)
    write_export(target, released.text(chosen), archive.root, replace=ctx.args.force)
    with archive.transaction() as db:
        record_release(db, released.release, "export.transcript")
    count = len(released.tier.segments)
    ctx.emit(
        {
            "id": transcript_id,
            "format": chosen,
            "out": str(target),
            "segments": count,
            "audience": ctx.args.audience,
        },
        tr("wrote {count} passages to {file}").format(count=count, file=target),
    )
    return 0

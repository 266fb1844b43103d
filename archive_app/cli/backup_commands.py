"""``backup`` and ``restore``: copies of the archive, and bringing one back.

archive-app backup                 a catalogue copy in backups/ now (also made after imports)
archive-app backup --list          the catalogue copies in backups/, newest first
archive-app backup --to DIR        the whole archive to DIR (a second drive), incrementally
archive-app restore BACKUP         what restoring BACKUP would bring back (changes nothing)
archive-app restore BACKUP --yes   restore it

``restore`` also brings a removed record back from the bin (``restore ID``, see edit_commands):
an argument that names an existing file or folder, or is spelled as a path, is a backup.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.wording import kind_name
from archive_app.core.backup import back_up_catalogue, list_backups
from archive_app.core.backup_copy import back_up_to
from archive_app.core.restore import RestorePreview, preview_restore, restore


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help=tr("copy the catalogue into backups/, or the whole archive to another drive"),
    )
    backup.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help=tr("copy the whole archive (catalogue and originals)"),
    )
    backup.add_argument(
        "--verify", action="store_true", help=tr("with --to: re-hash the originals already there")
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=tr(
            "with --to: use DIR even though it holds something other than this archive's backup"
        ),
    )
    backup.add_argument("--list", action="store_true", help=tr("list the catalogue copies"))
    backup.set_defaults(run=run_backup)

    back = commands.add_parser(
        "restore",
        help=tr(
            "bring a removed record back from the bin (ID), or the archive from a backup "
            "(BACKUP: shows what it brings back; --yes to do it)"
        ),
    )
    back.add_argument(
        "what",
        metavar="ID|BACKUP",
        help=tr(
            "a record's ID or its first characters; or a copy from backups/ or a folder of "
            "backup --to"
        ),
    )
    back.add_argument(
        "--yes", action="store_true", help=tr("with BACKUP: restore it (without: only show)")
    )
    back.set_defaults(run=run_restore)


def run_backup(ctx: CommandContext) -> int:
    archive = ctx.archive(read_only=True)  # a backup reads: it runs while the app is open
    if ctx.args.list:
        found = list_backups(archive.backups_dir)
        ctx.emit(
            [
                {"path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason}
                for b in found
            ],
            "\n".join(f"{b.taken_at:%Y-%m-%d %H:%M}  {b.reason:<10} {b.path}" for b in found)
            or tr("no catalogue copies yet"),
        )
        return 0
    if ctx.args.to is None:
        made = back_up_catalogue(archive, "manual")
        ctx.emit({"path": str(made)}, tr("catalogue copied to {path}").format(path=made))
        return 0
    report = back_up_to(
        archive,
        ctx.args.to,
        verify=ctx.args.verify,
        replace_other=ctx.args.force,
        progress=ctx.progress,
    )
    lines = [
        tr(
            "backed up to {target}: {files} originals, {copied} copied ({megabytes} MB), "
            "{there} already there"
        ).format(
            target=report.target,
            files=report.files,
            copied=report.copied,
            megabytes=f"{report.bytes_copied / 1e6:.1f}",
            there=report.already_there,
        )
    ]
    if report.replaced_damaged:
        lines.append(
            tr("{count} damaged copies in the backup were replaced").format(
                count=report.replaced_damaged
            )
        )
    missing = tr("missing in the archive (see check): {path}")
    lines += [missing.format(path=p) for p in report.missing_in_archive]
    ctx.emit(report.as_json(), "\n".join(lines))
    return 1 if report.missing_in_archive else 0


def names_a_backup(argument: str) -> bool:
    """Whether ``restore``'s argument is a backup rather than a record's ID: it exists as a
    file or folder, or is spelled as a path (a folder separator, a catalogue's extension)."""
    if os.sep in argument or "/" in argument or argument.endswith(".sqlite"):
        return True
    return Path(argument).exists()


def run_restore(ctx: CommandContext) -> int:
    if not names_a_backup(ctx.args.what):
        from archive_app.cli.edit_commands import run_restore as restore_record

        ctx.args.id = ctx.args.what
        return restore_record(ctx)
    ctx.args.backup = Path(ctx.args.what)
    if not ctx.args.yes:
        preview = preview_restore(ctx.archive_path, ctx.args.backup)
        ctx.emit(
            {"restored": False, **preview.as_json()},
            describe(preview)
            + "\n"
            + tr("Nothing was changed. Run again with --yes to restore it."),
        )
        return 0
    done = restore(ctx.archive_path, ctx.args.backup)
    ctx.emit({"restored": True, **done.as_json()}, tr("Restored.") + "\n" + describe(done))
    return 0


def describe(preview: RestorePreview) -> str:
    lines = [tr("Backup taken {when}: {path}").format(when=preview.taken_at, path=preview.backup)]
    if not preview.present_readable:
        lines.append(tr("The present catalogue cannot be read; it will be kept in backups/."))
    for kind, count in preview.brings_back_count.items():
        if count:
            lines.append(
                tr("brings back {count} ({kind}): {names}").format(
                    count=count,
                    kind=kind_name(kind),
                    names=_names(preview.brings_back[kind], count),
                )
            )
    for kind, count in preview.leaves_out_count.items():
        if count:
            lines.append(
                tr("leaves out {count} added since ({kind}): {names}").format(
                    count=count, kind=kind_name(kind), names=_names(preview.leaves_out[kind], count)
                )
            )
    if preview.originals_copied_back:
        lines.append(
            tr("copies back {count} originals from the backup").format(
                count=preview.originals_copied_back
            )
        )
    if preview.originals_missing:
        lines.append(
            tr("{count} originals it records are in neither place (check will name them)").format(
                count=len(preview.originals_missing)
            )
        )
    if len(lines) == 1:
        lines.append(tr("It holds the same records as the archive now."))
    return "\n".join(lines)


def _names(names: list[str], count: int) -> str:
    return ", ".join(names[:8]) + (" …" if count > 8 else "")

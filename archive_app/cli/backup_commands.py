"""``backup`` and ``restore``: copies of the archive, and bringing one back.

archive-app backup                 a catalogue copy in backups/ now (also made after imports)
archive-app backup --list          the catalogue copies in backups/, newest first
archive-app backup --to DIR        the whole archive to DIR (a second drive), incrementally
archive-app restore BACKUP         what restoring BACKUP would bring back (changes nothing)
archive-app restore BACKUP --yes   restore it
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core.backup import back_up_catalogue, list_backups
from archive_app.core.backup_copy import back_up_to
from archive_app.core.restore import RestorePreview, preview_restore, restore


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="copy the catalogue into backups/, or the whole archive to another drive",
    )
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help="copy the whole archive (catalogue and originals)"
    )
    backup.add_argument(
        "--verify", action="store_true", help="with --to: re-hash the originals already there"
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help="with --to: use DIR even though it holds something other than this archive's backup",
    )
    backup.add_argument("--list", action="store_true", help="list the catalogue copies")
    backup.set_defaults(run=run_backup)

    back = commands.add_parser(
        "restore",
        help="bring back a catalogue from a backup (shows what it brings back; --yes to do it)",
    )
    back.add_argument(
        "backup",
        type=Path,
        metavar="BACKUP",
        help="a copy from backups/ or a folder of backup --to",
    )
    back.add_argument("--yes", action="store_true", help="restore it (without: only show)")
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
            or "no catalogue copies yet",
        )
        return 0
    if ctx.args.to is None:
        made = back_up_catalogue(archive, "manual")
        ctx.emit({"path": str(made)}, f"catalogue copied to {made}")
        return 0
    report = back_up_to(
        archive,
        ctx.args.to,
        verify=ctx.args.verify,
        replace_other=ctx.args.force,
        progress=ctx.progress,
    )
    lines = [
        f"backed up to {report.target}: {report.files} originals, {report.copied} copied "
        f"({report.bytes_copied / 1e6:.1f} MB), {report.already_there} already there"
    ]
    if report.replaced_damaged:
        lines.append(f"{report.replaced_damaged} damaged copies in the backup were replaced")
    lines += [f"missing in the archive (see check): {p}" for p in report.missing_in_archive]
    ctx.emit(report.as_json(), "\n".join(lines))
    return 1 if report.missing_in_archive else 0


def run_restore(ctx: CommandContext) -> int:
    if not ctx.args.yes:
        preview = preview_restore(ctx.archive_path, ctx.args.backup)
        ctx.emit(
            {"restored": False, **preview.as_json()},
            describe(preview) + "\nNothing was changed. Run again with --yes to restore it.",
        )
        return 0
    done = restore(ctx.archive_path, ctx.args.backup)
    ctx.emit({"restored": True, **done.as_json()}, "Restored.\n" + describe(done))
    return 0


def describe(preview: RestorePreview) -> str:
    lines = [f"Backup taken {preview.taken_at}: {preview.backup}"]
    if not preview.present_readable:
        lines.append("The present catalogue cannot be read; it will be kept in backups/.")
    for kind, count in preview.brings_back_count.items():
        if count:
            names = ", ".join(preview.brings_back[kind][:8])
            more = " ..." if count > 8 else ""
            lines.append(f"brings back {count} {kind}(s): {names}{more}")
    for kind, count in preview.leaves_out_count.items():
        if count:
            names = ", ".join(preview.leaves_out[kind][:8])
            more = " ..." if count > 8 else ""
            lines.append(f"leaves out {count} {kind}(s) added since: {names}{more}")
    if preview.originals_copied_back:
        lines.append(f"copies back {preview.originals_copied_back} originals from the backup")
    if preview.originals_missing:
        lines.append(
            f"{len(preview.originals_missing)} originals it records are in neither place "
            "(check will name them)"
        )
    if len(lines) == 1:
        lines.append("It holds the same records as the archive now.")
    return "\n".join(lines)

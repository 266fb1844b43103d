"""``init``, ``demo`` and ``check``: making an archive and checking that it is whole."""

from __future__ import annotations

from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core.archive import Archive
from archive_app.core.fixity import verify_all
from archive_app.core.integrity import check_folder


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create a new, empty archive in --archive DIR")
    init.set_defaults(run=run_init)

    demo = commands.add_parser(
        "demo", help="create the bundled sample archive in --archive DIR (which must not exist)"
    )
    demo.add_argument(
        "--open", action="store_true", help="open the desktop app on it when it is built"
    )
    demo.set_defaults(run=run_demo)

    fixity = commands.add_parser(
        "check", help="check the catalogue and that every original is present and unchanged"
    )
    fixity.add_argument(
        "--quick", action="store_true", help="check sizes only, do not re-hash every file"
    )
    fixity.add_argument(
        "--fixity",
        action="store_true",
        help="re-hash every file and record when each was found whole (needs the archive "
        "not to be open elsewhere)",
    )
    fixity.set_defaults(run=run_check)


def run_init(ctx: CommandContext) -> int:
    Archive.create(ctx.archive_path).close()
    ctx.emit(
        {"archive": str(ctx.archive_path.resolve())}, f"Created an archive at {ctx.archive_path}"
    )
    return 0


def run_demo(ctx: CommandContext) -> int:
    from archive_app.exchange.sample import build_sample

    summary = build_sample(ctx.archive_path, progress=ctx.progress)
    ctx.emit(
        {"archive": str(ctx.archive_path.resolve()), **summary},
        f"Built the sample archive at {ctx.archive_path}: "
        + ", ".join(f"{count} {name}" for name, count in summary.items()),
    )
    if getattr(ctx.args, "open", False):
        from archive_app.ui.launch import launch

        return launch(ctx.archive_path)
    return 0


def run_check(ctx: CommandContext) -> int:
    if ctx.args.fixity:
        report = verify_all(ctx.archive(), progress=ctx.progress)
    else:
        report = check_folder(ctx.archive_path, checksums=not ctx.args.quick, progress=ctx.progress)
    lines = [
        f"{'OK' if report.ok else 'PROBLEMS FOUND'}: {report.files_checked} files, "
        f"{report.bytes_checked / 1e6:.1f} MB checked"
    ]
    lines += [f"problem: {f.problem} {f.item} {f.detail}".rstrip() for f in report.problems]
    lines += [f"note: {f.problem} {f.item}" for f in report.warnings]
    if report.readable:
        lines.append(f"{report.files_found} originals found in media/")
        lines.append("what the catalogue still gives:")
        lines += [f"  {table}: {rows}" for table, rows in report.readable.items()]
    if any(f.problem == "catalogue_damaged" for f in report.problems):
        lines.append(
            f"To recover: archive-app --archive {ctx.archive_path} restore {report.backups[0]}"
            if report.backups
            else "To recover: restore a copy made with 'archive-app backup --to DIR'"
        )
    ctx.emit(report.as_json(), "\n".join(lines))
    return 0 if report.ok else 1

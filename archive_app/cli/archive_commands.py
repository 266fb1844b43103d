"""``init``, ``demo`` and ``check``: making an archive and checking that it is whole."""

from __future__ import annotations

from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import table
from archive_app.cli.wording import integrity_finding
from archive_app.core.archive import Archive
from archive_app.core.fixity import verify_all
from archive_app.core.integrity import check_folder


def register(commands: Any) -> None:
    init = commands.add_parser("init", help=tr("create a new, empty archive in --archive DIR"))
    init.set_defaults(run=run_init)

    demo = commands.add_parser(
        "demo",
        help=tr("create the bundled sample archive in --archive DIR (which must not exist)"),
    )
    demo.add_argument(
        "--open", action="store_true", help=tr("open the desktop app on it when it is built")
    )
    demo.set_defaults(run=run_demo)

    fixity = commands.add_parser(
        "check", help=tr("check the catalogue and that every original is present and unchanged")
    )
    fixity.add_argument(
        "--quick", action="store_true", help=tr("check sizes only, do not re-hash every file")
    )
    fixity.add_argument(
        "--fixity",
        action="store_true",
        help=tr(
            "re-hash every file and record when each was found whole (needs the archive not "
            "to be open elsewhere)"
        ),
    )
    fixity.set_defaults(run=run_check)


def run_init(ctx: CommandContext) -> int:
    Archive.create(ctx.archive_path).close()
    ctx.emit(
        {"archive": str(ctx.archive_path.resolve())},
        tr("Created an archive at {path}").format(path=ctx.archive_path),
    )
    return 0


def run_demo(ctx: CommandContext) -> int:
    from archive_app.exchange.sample import build_sample

    summary = build_sample(ctx.archive_path, progress=ctx.progress)
    ctx.emit(
        {"archive": str(ctx.archive_path.resolve()), **summary},
        tr("Built the sample archive at {path}:").format(path=ctx.archive_path)
        + "\n"
        + "\n".join(table(_counts(summary))),
    )
    if getattr(ctx.args, "open", False):
        from archive_app.cli.desktop import open_app

        return open_app(ctx.archive_path, verbose=ctx.args.verbose)
    return 0


def _counts(summary: dict[str, int]) -> list[tuple[str, str]]:
    """``(count, noun)`` rows with the counts right-aligned."""
    digits = max((len(str(count)) for count in summary.values()), default=1)
    return [(str(count).rjust(digits), counted_name(name)) for name, count in summary.items()]


def counted_name(name: str) -> str:
    """What the sample's summary counts, as a plural noun."""
    return {
        "places": tr("places"),
        "people": tr("people"),
        "families": tr("families"),
        "members": tr("family members"),
        "migrations": tr("times away"),
        "interviews": tr("interviews"),
        "links": tr("people linked to interviews"),
        "recordings": tr("recordings"),
        "photos": tr("photos"),
        "documents": tr("documents"),
        "transcripts": tr("transcripts"),
        "segments": tr("transcript passages"),
        "tags": tr("tags"),
        "collections": tr("collections"),
        "consents": tr("consents"),
        "sections": tr("chapters"),
    }.get(name, name)


def run_check(ctx: CommandContext) -> int:
    if ctx.args.fixity:
        report = verify_all(ctx.archive(), progress=ctx.progress)
    else:
        report = check_folder(ctx.archive_path, checksums=not ctx.args.quick, progress=ctx.progress)
    verdict = tr("OK") if report.ok else tr("PROBLEMS FOUND")
    lines = [
        tr("{verdict}: {files} files, {megabytes} MB checked").format(
            verdict=verdict,
            files=report.files_checked,
            megabytes=f"{report.bytes_checked / 1e6:.1f}",
        )
    ]
    lines += [
        tr("problem: {finding}").format(finding=integrity_finding(f)) for f in report.problems
    ]
    lines += [tr("note: {finding}").format(finding=integrity_finding(f)) for f in report.warnings]
    if any(f.owners for f in report.problems):
        lines.append(
            tr(
                "Copy the missing or changed originals back from a backup copy of the archive "
                "(archive-app backup --to DIR makes one)."
            )
        )
    if report.readable:
        lines.append(tr("{count} originals found in media/").format(count=report.files_found))
        lines.append(tr("what the catalogue still gives:"))
        lines += [f"  {table_name}: {rows}" for table_name, rows in report.readable.items()]
    if any(f.problem == "catalogue_damaged" for f in report.problems):
        if report.backups:
            lines.append(
                tr("To recover: archive-app --archive {archive} restore {backup}").format(
                    archive=ctx.archive_path, backup=report.backups[0]
                )
            )
        else:
            lines.append(tr("To recover: restore a copy made with 'archive-app backup --to DIR'"))
    ctx.emit(report.as_json(), "\n".join(lines))
    return 0 if report.ok else 1

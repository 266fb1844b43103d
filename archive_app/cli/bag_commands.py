"""``import-bag PATH``: merge another interviewer's bag; prints
``{"added", "updated", "unchanged", "conflicts": [...]}`` with ``--json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.wording import kind_name


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-bag",
        help=tr("merge another interviewer's bag (a folder or .zip) into this archive"),
    )
    parser.add_argument(
        "path", type=Path, metavar="PATH", help=tr("the bag: a folder or a .zip file")
    )
    parser.set_defaults(run=run_import_bag)


def run_import_bag(ctx: CommandContext) -> int:
    from archive_app.cli.import_command import _catch_up_search
    from archive_app.exchange.bag.importer import import_bag
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    report = import_bag(archive, ctx.args.path, Work(ctx.progress))
    _catch_up_search(archive)
    lines = [
        tr("added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}").format(
            added=report.added,
            updated=report.updated,
            unchanged=report.unchanged,
            conflicts=len(report.conflicts),
        )
    ]
    for conflict in report.conflicts:
        if conflict["kept"] == "archive":
            text = tr(
                "changed on both sides: {kind} {id} ({fields}); this archive's newer version "
                "is kept, the bag's is in its history"
            )
        else:
            text = tr(
                "changed on both sides: {kind} {id} ({fields}); the bag's newer version is "
                "kept, this archive's is in its history"
            )
        lines.append(
            text.format(
                kind=kind_name(conflict["kind"]),
                id=conflict["id"],
                fields=", ".join(conflict["fields"]),
            )
        )
    ctx.emit(report.as_json(), "\n".join(lines))
    return 0

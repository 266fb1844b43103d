"""``import-bag PATH``: merge another interviewer's bag; prints
``{"added", "updated", "unchanged", "conflicts": [...]}`` with ``--json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.import_command import _catch_up_search
from archive_app.exchange.bag.importer import import_bag
from archive_app.exchange.target import Work


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-bag", help="merge another interviewer's bag (a folder or .zip) into this archive"
    )
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.set_defaults(run=run_import_bag)


def run_import_bag(ctx: CommandContext) -> int:
    archive = ctx.archive()
    report = import_bag(archive, ctx.args.path, Work(ctx.progress))
    _catch_up_search(archive)
    lines = [
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"conflicts {len(report.conflicts)}"
    ]
    for conflict in report.conflicts:
        lines.append(
            f"conflict {conflict['kind']} {conflict['id']}: kept the {conflict['kept']}'s "
            f"version ({', '.join(conflict['fields'])}); the other is in its history"
        )
    ctx.emit(report.as_json(), "\n".join(lines))
    return 0

"""``archive-app smoke``: start the desktop app, open the archive, import, search, exit.

For packagers and CI, to check that an installed or frozen copy works (see
archive_app/ui/smoke.py); left out of ``--help``, since it is no work a person does.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr


def register(commands: Any) -> None:
    smoke = commands.add_parser(
        "smoke",
        description=tr(
            "Start the app, open the archive (building the sample there first with --sample), "
            "import the files, search, and exit 0 if every step worked."
        ),
    )
    smoke.add_argument("--sample", action="store_true", help=tr("build the sample archive first"))
    smoke.add_argument(
        "--import",
        dest="imports",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help=tr("a file or folder to import (repeatable)"),
    )
    smoke.add_argument(
        "--search",
        dest="searches",
        action="append",
        default=[],
        metavar="WORDS",
        help=tr("words to search for; each must find something (repeatable)"),
    )
    smoke.set_defaults(run=run_smoke)
    _hide(commands, "smoke")


def _hide(commands: Any, name: str) -> None:
    """Leave ``name`` out of the command list ``--help`` prints."""
    commands._choices_actions = [a for a in commands._choices_actions if a.dest != name]


def run_smoke(ctx: CommandContext) -> int:
    from archive_app.ui.smoke import run_smoke as run

    args: argparse.Namespace = ctx.args
    return run(ctx.archive_path, sample=args.sample, imports=args.imports, searches=args.searches)

"""The ``archive-app`` command: with no subcommand it opens the desktop app.

Each command module beside this one has ``register(subparsers)``, which adds its parsers with
``set_defaults(run=function)``; ``function(ctx)`` does the work and prints through ``ctx.emit``.
Errors go to stderr with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from archive_app import __version__
from archive_app.cli.context import CommandContext
from archive_app.cli.wording import explain
from archive_app.core.errors import ArchiveError

#: modules that add commands; each has ``register(subparsers)``
COMMAND_MODULES = (
    "archive_app.cli.archive_commands",
    "archive_app.cli.record_commands",
    "archive_app.cli.import_command",
    "archive_app.cli.transcript_commands",
    "archive_app.cli.consent_commands",
    "archive_app.cli.search_commands",
    "archive_app.cli.export_commands",
    "archive_app.cli.smoke_command",
)


def default_archive() -> Path:
    from platformdirs import user_data_path

    return user_data_path("HometownVoices", appauthor=False) / "Archive"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="archive-app",
        description="Hometown Voices (乡音): an oral-history archive. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--archive",
        default=None,
        metavar="DIR",
        help="the archive folder (default: your data folder)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print exactly one JSON document on stdout"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def _share_json_flag(parser: argparse.ArgumentParser) -> None:
    """Let ``--json`` stand after the command too (``archive-app list people --json``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any("--json" in a.option_strings for a in sub._actions):
                    sub.add_argument(
                        "--json",
                        action="store_true",
                        default=argparse.SUPPRESS,
                        help="print exactly one JSON document on stdout",
                    )
                _share_json_flag(sub)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    _share_json_flag(parser)
    args = parser.parse_args(argv)
    named_archive = args.archive is not None
    if args.archive is None:
        args.archive = str(default_archive())
    run = getattr(args, "run", None)
    if run is None:
        if args.command is not None:  # a command group typed without its subcommand
            parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        from archive_app.ui.launch import launch

        # no --archive: the archive opened last, or the welcome screen
        return launch(Path(args.archive) if named_archive else None)
    ctx = CommandContext(args)
    try:
        status = run(ctx)
    except ArchiveError as error:
        print(f"archive-app: {explain(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("archive-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``archive-app list people | head``): stop quietly, as tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        ctx.close()
    return int(status or 0)

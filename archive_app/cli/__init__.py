"""The ``archive-app`` command: with no subcommand it opens the desktop app.

Each command module beside this one has ``register(subparsers)``, which adds its parsers with
``set_defaults(run=function)``; ``function(ctx)`` does the work and prints through ``ctx.emit``.
Errors go to stderr with a non-zero exit status.

Adding a command (the same rules for every module; tests/cli/test_cli_strings.py checks them):

- Every text a person reads goes through ``tr`` from :mod:`archive_app.cli.language`: help,
  descriptions, messages, the human half of ``ctx.emit``. Give ``tr`` a literal (never inside an
  f-string: the collector cannot see it there) and fill placeholders afterwards:
  ``tr("wrote {count} passages to {file}").format(count=n, file=out)``. Call it inside
  ``register`` and the ``run_*`` functions, never at import time (the language is chosen when
  ``main`` starts). Codes stay codes: ``--json`` keys and values, choices, IDs.
- Then ``python resources/translations/build.py update``, translate the new messages in the
  three .ts files (the unnamed context), and ``build.py release``.
- Name the module in :data:`COMMAND_MODULES`. Word core's errors and codes (kinds, audiences,
  consent rules) in :mod:`.wording`. Import heavy libraries inside ``run_*``, not at the top:
  every module is imported by every command's start.
- Every ID a command takes goes through core's ``identifiers.resolve_id(db, typed, kinds)``
  first, so that a unique prefix stands for the whole ID.
- Lay out text with :mod:`.layout`: ``table`` for columns (Chinese is two columns wide),
  ``duration`` for lengths of time.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from archive_app import __version__
from archive_app.cli import language
from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import HelpFormatter
from archive_app.cli.terminal import printable
from archive_app.cli.wording import explain, explain_database_error, explain_os_error
from archive_app.core.archive import typed_sqlite_error
from archive_app.core.errors import ArchiveError
from archive_app.core.lock import set_program

#: modules that add commands; each has ``register(subparsers)``
COMMAND_MODULES = (
    "archive_app.cli.archive_commands",
    "archive_app.cli.record_commands",
    "archive_app.cli.edit_commands",
    "archive_app.cli.import_command",
    "archive_app.cli.transcript_commands",
    "archive_app.cli.consent_commands",
    "archive_app.cli.search_commands",
    "archive_app.cli.export_commands",
    "archive_app.cli.backup_commands",
    "archive_app.cli.smoke_command",
    "archive_app.cli.bag_commands",
    "archive_app.cli.sheet_commands",
    "archive_app.cli.family_commands",
)


class CommandParser(argparse.ArgumentParser):
    """argparse, with help wrapped by terminal columns; every subcommand's parser is one too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def default_archive() -> Path:
    from platformdirs import user_data_path

    return user_data_path("HometownVoices", appauthor=False) / "Archive"


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="archive-app",
        description=tr(
            "Hometown Voices (乡音): an oral-history archive. "
            "Without a command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("show the version and exit"),
    )
    parser.add_argument(
        "--archive",
        default=None,
        metavar="DIR",
        help=tr("the archive folder (default: your data folder)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=tr("print exactly one JSON document on stdout")
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=tr("show the desktop app's diagnostic messages (Qt, FFmpeg) on stderr"),
    )
    parser.add_argument(
        "--family",
        default=None,
        metavar="FAMILY_ID",
        help=tr("open the desktop app straight into this family's family mode"),
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
                        help=tr("print exactly one JSON document on stdout"),
                    )
                _share_json_flag(sub)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: this process's) in the locale's language."""
    language.install(language.language_from())
    try:
        return _run(argv)
    finally:
        language.install("en")


def _run(argv: Sequence[str] | None) -> int:
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
        from archive_app.cli.desktop import open_app

        # no --archive: the archive opened last, or the welcome screen
        archive = Path(args.archive) if named_archive else None
        return open_app(archive, verbose=args.verbose, family_id=args.family)
    ctx = CommandContext(args)
    named = set_program(f"archive-app {args.command}")  # as the lock file names its holder
    try:
        status = run(ctx)
    except ArchiveError as error:
        return _fail(explain(error))
    except KeyboardInterrupt:
        print("archive-app: " + tr("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``archive-app list people | head``): stop quietly, as tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except sqlite3.DatabaseError as error:
        # damage or a full disk met by a read outside core's transactions: worded all the same
        typed = typed_sqlite_error(error, ctx.archive_path)
        return _fail(explain(typed) if typed is not None else explain_database_error(error))
    except OSError as error:
        return _fail(explain_os_error(error))
    finally:
        ctx.close()
        set_program(named)
    return int(status or 0)


def _fail(message: str) -> int:
    print(f"archive-app: {printable(message)}", file=sys.stderr)
    return 2

"""What every command gets: the parsed options, the archive (opened on demand) and the output."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path
from typing import Any, TextIO

from archive_app.cli.layout import clip, duration
from archive_app.core.archive import Archive


class CommandContext:
    """Opens the archive named by ``--archive`` when a command first asks for it."""

    def __init__(self, args: Namespace, out: TextIO | None = None) -> None:
        self.args = args
        self.archive_path = Path(args.archive)
        self.json = bool(getattr(args, "json", False))
        self.out = out or sys.stdout
        self._archive: Archive | None = None

    def archive(self, *, read_only: bool = False) -> Archive:
        """The archive, opened for writing (taking the lock) unless ``read_only``."""
        if self._archive is None:
            self._archive = Archive.open(self.archive_path, read_only=read_only)
        return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    def emit(self, document: Any, human: str | None = None) -> None:
        """Print the result: exactly one JSON document with ``--json``, else ``human`` text."""
        if self.json:
            json.dump(document, self.out, ensure_ascii=False, indent=2, default=str)
            self.out.write("\n")
        elif human is not None:
            if human:
                self.out.write(human.rstrip("\n") + "\n")
        else:
            self.out.write(format_human(document) + "\n")

    def progress(self, fraction: float, message: str) -> None:
        """Progress on the terminal's stderr (only when it is a terminal and not ``--json``)."""
        if not sys.stderr.isatty():
            return
        width = 30
        filled = int(width * max(0.0, min(1.0, fraction)))
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} {clip(message, 40)}"
        )
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()


def format_human(document: Any, indent: str = "") -> str:
    """A plain, readable rendering of a JSON-able value for people at a terminal. Keys are the
    JSON document's own; times in seconds (keys ending ``_s``) read as a clock."""
    if isinstance(document, dict):
        lines = []
        for key, value in document.items():
            if isinstance(value, dict | list) and value:
                lines.append(f"{indent}{key}:")
                lines.append(format_human(value, indent + "  "))
            elif key.endswith("_s") and isinstance(value, int | float):
                lines.append(f"{indent}{key}: {duration(value)}")
            else:
                lines.append(f"{indent}{key}: {'' if value is None else value}")
        return "\n".join(lines)
    if isinstance(document, list):
        if all(isinstance(item, dict) for item in document):
            return "\n".join(
                f"{indent}- " + format_human(item, indent + "  ").lstrip() for item in document
            )
        return "\n".join(f"{indent}- {item}" for item in document)
    return f"{indent}{document}"

"""What every command gets: the parsed options, the archive (opened on demand) and the output."""

from __future__ import annotations

import json
import sys
import time
from argparse import Namespace
from pathlib import Path
from typing import Any, TextIO

from archive_app.cli.layout import clip
from archive_app.cli.record_text import record_text
from archive_app.cli.terminal import printable, safe_json
from archive_app.core.archive import Archive

#: JSON progress lines are written at most this often (the last one always)
_PROGRESS_EVERY_S = 0.25


class CommandContext:
    """Opens the archive named by ``--archive`` when a command first asks for it."""

    def __init__(self, args: Namespace, out: TextIO | None = None) -> None:
        self.args = args
        self.archive_path = Path(args.archive)
        self.json = bool(getattr(args, "json", False))
        self.out = out or sys.stdout
        self._archive: Archive | None = None
        self._last_progress = -_PROGRESS_EVERY_S

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
        """Print the result: exactly one JSON document with ``--json``, else ``human`` text.

        Control characters in either never reach the terminal raw (see :mod:`.terminal`).
        """
        if self.json:
            text = json.dumps(document, ensure_ascii=False, indent=2, default=str)
            self.out.write(safe_json(text) + "\n")
        elif human is not None:
            if human:
                self.out.write(printable(human.rstrip("\n")) + "\n")
        else:
            self.out.write(printable(record_text(document)) + "\n")

    def progress(self, fraction: float, message: str) -> None:
        """Progress on stderr: a bar on a terminal; with ``--json``, one JSON object per line
        (``{"progress": 0.42, "message": "..."}``, a few a second) that leaves stdout's one
        document alone; nothing otherwise."""
        if self.json:
            self._progress_line(fraction, message)
            return
        if not sys.stderr.isatty():
            return
        message = printable(message)
        width = 30
        filled = int(width * max(0.0, min(1.0, fraction)))
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} {clip(message, 40)}"
        )
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def _progress_line(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_progress < _PROGRESS_EVERY_S:
            return
        self._last_progress = now
        line = json.dumps({"progress": round(fraction, 4), "message": message}, ensure_ascii=False)
        sys.stderr.write(safe_json(line) + "\n")
        sys.stderr.flush()

"""Text laid out for a terminal, where a Chinese character takes two columns: aligned tables,
wrapped help, durations a person reads (``0:16``, not ``16.003809523809522``)."""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable, Sequence

#: the gap between table columns
GAP = "  "


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for wide and full-width characters (CJK),
    none for combining marks, one for the rest."""
    total = 0
    for character in text:
        if unicodedata.combining(character):
            continue
        total += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
    return total


def pad(text: str, columns: int) -> str:
    """``text`` with spaces after it up to ``columns`` terminal columns."""
    return text + " " * max(0, columns - width(text))


def clip(text: str, columns: int) -> str:
    """``text`` cut to at most ``columns`` terminal columns, then padded to exactly that many."""
    return pad(text[: _fitting(text, columns)] if width(text) > columns else text, columns)


def table(rows: Iterable[Sequence[object]]) -> list[str]:
    """Rows of cells as lines whose columns line up on a terminal (None shows empty). The last
    column is not padded, so no line ends in spaces."""
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    if not cells:
        return []
    count = max(len(row) for row in cells)
    widths = [
        max((width(row[i]) for row in cells if i < len(row)), default=0) for i in range(count)
    ]
    lines = []
    for row in cells:
        padded = [pad(cell, widths[i]) for i, cell in enumerate(row[:-1])] + row[-1:]
        lines.append(GAP.join(padded).rstrip())
    return lines


def duration(seconds: float | None) -> str:
    """A length or point of time as a clock reads it: ``0:16``, ``12:05``, ``1:02:03``, with
    tenths only when there are some (``0:03.5``); rounded to the tenth; empty when unknown."""
    if seconds is None:
        return ""
    tenths = int(round(float(seconds) * 10))
    whole, tenth = divmod(tenths, 10)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{clock}.{tenth}" if tenth else clock


# A run of characters that may not be broken (a Latin word, a number) or one wide character,
# each with the closing punctuation that must not start a line and the spaces after it.
_CLOSING = "，。、：；！？）》」』】〉"
_PIECE = re.compile(
    r"(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\S)[" + _CLOSING + r"]*\s*|\s+"
)


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` terminal columns, broken between words or between
    any two Chinese characters (a word longer than a line is broken where it must)."""
    lines: list[str] = []
    line = ""
    for piece in _PIECE.findall(" ".join(text.split())):
        if line and width((line + piece).rstrip()) > columns:
            lines.append(line.rstrip())
            line = ""
        while width(piece.rstrip()) > columns:  # a word wider than a whole line
            cut = _fitting(piece, columns)
            lines.append(piece[:cut])
            piece = piece[cut:]
        if line or piece.strip():
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _fitting(text: str, columns: int) -> int:
    """How many characters of ``text`` fit in ``columns`` (at least one)."""
    used = 0
    for index, character in enumerate(text):
        used += width(character)
        if used > columns:
            return max(1, index)
    return len(text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help, wrapped by terminal columns rather than characters, so that Chinese help
    lines are as wide as English ones."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

"""A spreadsheet file as a header row and data rows of cells (text, numbers or dates)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.decode import decode_text

Cell = str | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Sheet:
    path: Path
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]  # each as long as the header


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, dt.date | dt.datetime):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_sheet(path: Path) -> Sheet:
    """Read a .csv (UTF-8, GBK, Big5, UTF-16...) or .xlsx file; the first non-empty row is the
    header. Raises :class:`RejectedFile` (``unreadable``, ``unknown_format``, ``empty``)."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raw = _xlsx(path)
        elif path.suffix.lower() in (".csv", ".tsv", ".txt"):
            raw = _csv(path)
        else:
            raise RejectedFile(path, "unknown_format", "a .csv or .xlsx file")
    except OSError as error:
        raise RejectedFile(path, "unreadable", str(error)) from None
    rows = [r for r in raw if any(c not in (None, "") for c in r)]
    if not rows:
        raise RejectedFile(path, "empty")
    width = max(len(r) for r in rows)
    header = tuple(str(c or "").strip() for c in [*rows[0], *[None] * (width - len(rows[0]))])
    body = tuple(tuple([*r, *[None] * (width - len(r))]) for r in rows[1:])
    return Sheet(path, header, body)


def _csv(path: Path) -> list[list[Cell]]:
    data = path.read_bytes()
    if not data.strip():
        raise RejectedFile(path, "empty")
    text = decode_text(data, path).text
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        pass
    return [[c if c != "" else None for c in row] for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx(path: Path) -> list[list[Cell]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise RejectedFile(path, "unreadable", str(error)) from None
    try:
        sheet = book.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()

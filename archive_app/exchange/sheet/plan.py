"""Every row of a spreadsheet checked, and matched to the files already in the archive.

What :func:`plan_sheet` finds is what the preview shows and what :mod:`.apply` writes: a row
with errors is skipped (and listed with them), the others become interviews. A row naming a
file finds it by name among the archive's recordings, photos, documents and transcripts (the
name as imported, in any case, with or without its extension); the interview that file already
belongs to is the one the row describes, so a row does not make a second interview of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

import sqlite_utils

from archive_app.core import records
from archive_app.exchange.sheet.dates import BadDate, read_date
from archive_app.exchange.sheet.reading import Cell, Sheet

_FILE_KINDS = ("recording", "photo", "document", "transcript")


@dataclass(frozen=True)
class RowError:
    code: str  # 'no_title', 'bad_date', 'file_not_found', 'file_ambiguous'
    value: str = ""


@dataclass(frozen=True)
class PlannedRow:
    number: int  # the row's number in the spreadsheet (the header is row 1)
    title: str
    date: str | None
    place: str
    narrators: tuple[str, ...]
    notes: str
    file: str
    errors: tuple[RowError, ...] = ()
    file_kind: str | None = None
    file_id: str | None = None
    interview_id: str | None = None  # the interview the named file belongs to

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.number,
            "title": self.title,
            "date": self.date,
            "place": self.place,
            "narrators": list(self.narrators),
            "notes": self.notes,
            "file": self.file,
            "file_id": self.file_id,
            "interview_id": self.interview_id,
            "errors": [{"code": e.code, "value": e.value} for e in self.errors],
        }


@dataclass(frozen=True)
class SheetPlan:
    sheet: Sheet
    mapping: dict[str, str]
    rows: tuple[PlannedRow, ...] = field(default_factory=tuple)

    @property
    def good(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


def _text(value: Cell) -> str:
    return "" if value is None else str(value).strip()


def _names(text: str) -> tuple[str, ...]:
    for mark in "、，,;；/":
        text = text.replace(mark, "\n")
    return tuple(dict.fromkeys(n.strip() for n in text.splitlines() if n.strip()))


def find_file(db: sqlite_utils.Database, name: str) -> list[tuple[str, str, str | None]]:
    """(kind, id, interview id) of the archive's files called ``name`` (any case, with or
    without the extension)."""
    wanted = name.strip().casefold()
    stem = PurePath(wanted).stem if PurePath(wanted).suffix else wanted
    found: list[tuple[str, str, str | None]] = []
    for kind in _FILE_KINDS:
        for row in records.rows(
            db,
            f"SELECT id, interview_id, original_name FROM [{kind}] "
            "WHERE lower(original_name) = ? OR lower(original_name) LIKE ? ESCAPE '\\'",
            [wanted, stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"],
        ):
            original = str(row["original_name"]).casefold()
            if original == wanted or PurePath(original).stem == stem:
                found.append((kind, str(row["id"]), row["interview_id"]))
    exact = [f for f in found if f[0] == "recording"] or found
    return exact


def plan_sheet(db: sqlite_utils.Database, sheet: Sheet, mapping: Mapping[str, str]) -> SheetPlan:
    """Check every row of ``sheet`` read through ``mapping`` (column -> field)."""
    columns = {field: sheet.header.index(column) for column, field in mapping.items()}
    planned: list[PlannedRow] = []
    for offset, row in enumerate(sheet.rows):

        def cell(field: str, row: tuple[Cell, ...] = row) -> Cell:
            return row[columns[field]] if field in columns else None

        errors: list[RowError] = []
        try:
            day = read_date(cell("date"))
        except BadDate:
            day = None
            errors.append(RowError("bad_date", _text(cell("date"))))
        title = _text(cell("title"))
        file = _text(cell("file"))
        kind = file_id = interview_id = None
        if file:
            matches = find_file(db, file)
            if not matches:
                errors.append(RowError("file_not_found", file))
            elif len({m[1] for m in matches}) > 1:
                errors.append(RowError("file_ambiguous", file))
            else:
                kind, file_id, interview_id = matches[0]
        if not title and interview_id is None:
            errors.append(RowError("no_title"))
        planned.append(
            PlannedRow(
                number=offset + 2,
                title=title,
                date=day,
                place=_text(cell("place")),
                narrators=_names(_text(cell("narrator"))),
                notes=_text(cell("notes")),
                file=file,
                errors=tuple(errors),
                file_kind=kind,
                file_id=file_id,
                interview_id=interview_id,
            )
        )
    return SheetPlan(sheet, dict(mapping), tuple(planned))

"""One row per released story, in Dublin Core terms, as a CSV file for spreadsheets and Omeka S.

The rules of Omeka S's CSV Import module (version 2.6; its user manual, "CSV Import", and its
source: ``Source/AbstractSource.php``, ``Source/CsvFile.php``, ``Mapping/PropertyMapping.php``,
``AutomapHeadersToMetadata.php``) that this file follows:

- the file is UTF-8 throughout, with a header row; a UTF-8 byte-order mark before the first
  header is stripped by the importer, and Excel in China needs it to read the file as UTF-8;
- a header written as a property term, ``dcterms:title``, is mapped to that property
  automatically; so every header here is a ``dcterms:`` term;
- comma between columns, the header row bare (a byte-order mark is stripped only after the
  first cell is read, so a quote behind it would stay part of the name), double quotes around
  every other cell (a quote inside doubled); the
  importer's escape character is the backslash, so a backslash is never left right before a
  quote or at the end of a cell (it becomes the full-width ``＼``);
- every row has as many cells as the header (rows that do not are refused);
- a cell's value is trimmed and an empty cell adds nothing; the multivalue separator is off
  unless the importer is told otherwise, so a property with several values (subjects,
  narrators) gets as many columns of the same header as the most values any row has;
- for spreadsheets, a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  is written with a leading ``'`` so that no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from archive_app.exchange.release import Release, ReleasedStory
from archive_app.exchange.report import ExportReport
from archive_app.exchange.target import Staged, Work, check_target, size_of

HEADER_PREFIX = "dcterms:"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MIME = {"m4a": "audio/mp4", "mp3": "audio/mpeg", "wav": "audio/wav", "mp4": "video/mp4"}

#: (header, values of a story); several values give several columns of the same header
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("dcterms:identifier", "identifier"),
    ("dcterms:title", "title"),
    ("dcterms:date", "date"),
    ("dcterms:spatial", "place"),
    ("dcterms:language", "language"),
    ("dcterms:description", "summary"),
    ("dcterms:creator", "narrators"),
    ("dcterms:contributor", "interviewers"),
    ("dcterms:subject", "subjects"),
    ("dcterms:type", "type"),
    ("dcterms:format", "formats"),
    ("dcterms:extent", "extent"),
    ("dcterms:tableOfContents", "contents"),
    ("dcterms:audience", "audience"),
)


def spreadsheet_safe(value: str) -> str:
    """A cell no spreadsheet runs as a formula, and that Omeka's reader reads back whole."""
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    value = value.replace('\\"', '＼"')
    if value.endswith("\\"):
        value = value[:-1] + "＼"
    return value


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _values(story: ReleasedStory, field: str, audience: str) -> list[str]:
    match field:
        case "identifier":
            return [story.id]
        case "title":
            return [story.title]
        case "date":
            return [story.date or ""]
        case "place":
            return [story.place]
        case "language":
            return [story.language]
        case "summary":
            return [story.summary]
        case "narrators":
            return [p.name for p in story.people if p.role == "narrator"]
        case "interviewers":
            return [p.name for p in story.people if p.role == "interviewer"]
        case "subjects":
            return list(dict.fromkeys((*story.keywords, *story.tags)))
        case "type":
            return ["Sound" if story.recordings else "Text"]
        case "formats":
            return list(
                dict.fromkeys(
                    _MIME.get(r.format, f"{r.media_type}/{r.format}") for r in story.recordings
                )
            )
        case "extent":
            return [_clock(story.duration_s)] if story.recordings else [""]
        case "contents":
            return [f"{_clock(c.start_s or 0)} {c.title}" for c in story.chapters]
        case _:
            return [audience]


def stories_table(release: Release) -> list[list[str]]:
    """The header and one row per story, before any escaping."""
    values = [
        [_values(story, field, release.audience) for _, field in _COLUMNS]
        for story in release.stories
    ]
    widths = [max([1, *(len(row[i]) for row in values)]) for i in range(len(_COLUMNS))]
    header = [name for (name, _), width in zip(_COLUMNS, widths, strict=True) for _ in range(width)]
    rows = [header]
    for story_values in values:
        row: list[str] = []
        for cell_values, width in zip(story_values, widths, strict=True):
            row += [*cell_values, *([""] * (width - len(cell_values)))]
        rows.append(row)
    return rows


def dublin_core_csv(release: Release) -> bytes:
    """The CSV file's bytes: UTF-8 with a byte-order mark, every cell quoted, CRLF lines."""
    return write_rows(stories_table(release))


def write_rows(rows: Sequence[Sequence[str]]) -> bytes:
    out = io.StringIO()
    # the header unquoted: the importer strips the byte-order mark from the first header only
    # after reading it, and a quote behind the mark would not be read as a quote
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow(rows[0])
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for row in rows[1:]:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def export_csv(
    release: Release, target: Path, archive_root: Path, *, work: Work | None = None
) -> ExportReport:
    """Write the Dublin Core CSV of ``release`` to the new file ``target``.

    Raises :class:`TargetInsideArchive`, :class:`TargetExists` and OSError.
    """
    target = check_target(target, archive_root)
    work = work or Work()
    work.step(0.0, "csv")
    content = dublin_core_csv(release)
    with Staged(target, folder=False) as staged:
        staged.path.write_bytes(content)
        staged.commit()
    files, size = size_of(target)
    work.step(1.0, "done")
    return ExportReport.of(release, target, files, size)

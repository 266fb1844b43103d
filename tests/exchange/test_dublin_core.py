"""The Dublin Core CSV read back as Omeka S's CSV Import reads it (module 2.6: its manual and
``Source/AbstractSource.php``, ``Source/CsvFile.php``, ``Mapping/PropertyMapping.php``,
``AutomapHeadersToMetadata.php``), and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from archive_app.core import edits, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import store
from archive_app.exchange.dublin_core import export_csv, spreadsheet_safe
from archive_app.exchange.release import Selection, prepare_release

TERM = re.compile(r"^[a-z]+:[A-Za-z]+$")


def omeka_read(content: bytes) -> list[dict[str, list[str]]]:
    """Items as CSV Import would make them, with its default settings (comma, double quote,
    backslash escape, automap of ``prefix:term`` headers, multivalue separator off)."""
    text = content.decode("utf-8")  # the whole file must be UTF-8 (CsvFile::isUtf8)
    # PHP's fgetcsv with escape "\\": a backslash keeps the next character inside the cell;
    # Python's reader does the same with escapechar when a quote follows, which is all we need
    rows = list(csv.reader(io.StringIO(text, newline=""), escapechar="\\", doublequote=True))
    header = rows[0]
    header[0] = header[0].removeprefix("\ufeff")  # AbstractSource::getHeaders strips a BOM
    assert all(TERM.match(h) for h in header), header  # every column automaps to a property
    items = []
    for row in rows[1:]:
        assert len(row) == len(header)  # AbstractSpreadsheet: all rows the same width
        item: dict[str, list[str]] = {}
        for term, cell in zip(header, row, strict=True):
            value = cell.strip()  # PropertyMapping trims and drops empty values
            if value:
                item.setdefault(term, []).append(value)
        items.append(item)
    return items


@pytest.fixture
def tricky(tmp_path: Path) -> Archive:
    archive = Archive.create(tmp_path / "archive")
    with archive.transaction() as db:
        for title, keywords in (
            ('=HYPERLINK("http://evil")', ["-1+1", "@SUM(A1)"]),
            ("外婆的春节\n第二行", ["留守", "春节", "电话"]),
            ('带"引号"和反斜杠\\', []),
        ):
            interview = interviews.add_interview(db, title, date="2024-02-10", keywords=keywords)
            person = people.add_person(db, "讲述人" + str(len(title)))
            interviews.link_person(db, interview, person, "narrator")
            store.add_consent(db, person, date="2024-01-01", audiences=["public"])
        edits.run(db, edits.tag(interview, "标签"))
    return archive


def _export(archive: Archive, out: Path, audience: str = "public") -> bytes:
    ids = tuple(str(r[0]) for r in archive.db.execute("SELECT id FROM interview ORDER BY title"))
    release = prepare_release(archive.db, archive.root, Selection(interview_ids=ids), audience)
    export_csv(release, out, archive.root)
    return out.read_bytes()


def test_omeka_reads_every_story_with_its_values(tricky: Archive, tmp_path: Path) -> None:
    content = _export(tricky, tmp_path / "stories.csv")
    assert content.startswith(b"\xef\xbb\xbf")
    items = omeka_read(content)
    assert len(items) == 3
    by_title = {i["dcterms:title"][0]: i for i in items}
    story = by_title["外婆的春节\n第二行"]
    assert story["dcterms:subject"] == ["留守", "春节", "电话"]  # one value per column
    assert story["dcterms:date"] == ["2024-02-10"]
    assert story["dcterms:creator"][0].startswith("讲述人")
    assert all(len(i["dcterms:identifier"]) == 1 for i in items)
    tricky.close()


def test_formulas_are_escaped_for_spreadsheets(tricky: Archive, tmp_path: Path) -> None:
    items = omeka_read(_export(tricky, tmp_path / "stories.csv"))
    values = [v for item in items for vs in item.values() for v in vs]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert '\'=HYPERLINK("http://evil")' in values
    assert "'-1+1" in values and "'@SUM(A1)" in values
    tricky.close()


def test_a_backslash_never_swallows_a_quote(tricky: Archive, tmp_path: Path) -> None:
    items = omeka_read(_export(tricky, tmp_path / "stories.csv"))
    titles = {i["dcterms:title"][0] for i in items}
    assert '带"引号"和反斜杠＼' in titles
    tricky.close()


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+86", "'+86"),
        ("-x", "'-x"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("普通", "普通"),
        ("a=b", "a=b"),
    ],
)
def test_cells_starting_like_a_formula_get_a_quote(cell: str, written: str) -> None:
    assert spreadsheet_safe(cell) == written


def test_held_back_stories_are_not_in_the_file(tricky: Archive, tmp_path: Path) -> None:
    with tricky.transaction() as db:
        consent = str(db.execute("SELECT id FROM consent ORDER BY id LIMIT 1").fetchone()[0])
        store.withdraw_consent(db, consent, date="2024-03-01", reason="no")
    items = omeka_read(_export(tricky, tmp_path / "stories.csv"))
    assert len(items) == 2
    tricky.close()

"""``import-sheet``: the field spreadsheet, its dates as people write them, rows with errors
skipped and listed, the rest imported and linked to the archive's files by name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, RejectedFile
from archive_app.core.ingest import ingest
from archive_app.exchange.sheet import (
    guess_mapping,
    import_sheet,
    parse_map,
    plan_sheet,
    read_sheet,
)
from archive_app.exchange.sheet.dates import BadDate, read_date
from archive_app.exchange.sheet.mapping import combined
from tests.exchange.interviewers import _tone


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024-02-10", "2024-02-10"),
        ("2024/2/10", "2024-02-10"),
        ("2024.2.10", "2024-02-10"),
        ("2024年2月10日", "2024-02-10"),
        ("2024 年 2 月 10 日", "2024-02-10"),
        ("２０２４年２月１０日", "2024-02-10"),
        ("2024年2月", "2024-02"),
        ("2024", "2024"),
        ("2024/02/10 14:30", "2024-02-10"),
        (dt.datetime(2024, 2, 10, 9, 0), "2024-02-10"),
        ("", None),
    ],
)
def test_days_are_read_as_people_write_them(written: object, day: str | None) -> None:
    assert read_date(written) == day


@pytest.mark.parametrize(
    "written", ["2024-13-01", "2024/2/30", "正月初三", "农历2024年1月1日", "yesterday"]
)
def test_other_days_are_refused(written: str) -> None:
    with pytest.raises(BadDate):
        read_date(written)


def test_the_mapping_is_guessed_from_chinese_and_english_headers() -> None:
    header = ("访谈题目", "采访日期", "地点", "讲述人", "备注", "录音文件", "其他")
    assert guess_mapping(header) == {
        "访谈题目": "title",
        "采访日期": "date",
        "地点": "place",
        "讲述人": "narrator",
        "备注": "notes",
        "录音文件": "file",
    }
    assert (
        guess_mapping(("Title", "Date", "Place", "Narrator", "Notes", "File name"))["File name"]
        == "file"
    )


def test_the_user_corrects_the_guess() -> None:
    header = ("名称", "时间", "谁讲的")
    chosen = parse_map(["谁讲的=narrator", "时间=ignore"], header)
    assert combined(guess_mapping(header), chosen) == {"名称": "title", "谁讲的": "narrator"}
    with pytest.raises(InvalidValue):
        parse_map(["没有这一列=title"], header)
    with pytest.raises(InvalidValue):
        parse_map(["名称=colour"], header)


def _archive_with_recording(tmp_path: Path) -> Archive:
    archive = Archive.create(tmp_path / "archive")
    _tone(tmp_path / "奶奶 2024-02-10.wav", 5)
    ingest(archive, [tmp_path / "奶奶 2024-02-10.wav"], workers=1)
    return archive


def test_rows_with_errors_are_skipped_and_the_rest_imported_and_linked(tmp_path: Path) -> None:
    archive = _archive_with_recording(tmp_path)
    sheet = tmp_path / "field.csv"
    sheet.write_text(
        "标题,日期,地点,讲述人,备注,文件名\n"
        "外婆的春节,2024年2月10日,仪陇县,李桂兰、王小燕,过年,奶奶 2024-02-10\n"
        "日期写错了,2024-02-31,,,,\n"
        "找不到文件,2024.3.1,,,,没有的录音.m4a\n"
        ",2024/3/2,,,,\n"
        "爷爷的故事,2024/3/3,,赵国强,,\n",
        encoding="gbk",
    )
    read = read_sheet(sheet)
    plan = plan_sheet(archive.db, read, guess_mapping(read.header))
    assert [(r.number, [e.code for e in r.errors]) for r in plan.bad] == [
        (3, ["bad_date"]),
        (4, ["file_not_found"]),
        (5, ["no_title"]),
    ]
    result = import_sheet(archive, plan)
    assert (result.added, result.updated) == (1, 1)
    recording_interview = archive.db.execute("SELECT interview_id FROM recording").fetchone()[0]
    row = archive.db.execute(
        "SELECT title, date, summary FROM interview WHERE id = ?", [recording_interview]
    ).fetchone()
    assert tuple(row) == ("外婆的春节", "2024-02-10", "过年")  # the recording's interview
    narrators = {
        r[0]
        for r in archive.db.execute(
            "SELECT person.name FROM interview_person JOIN person ON person.id = person_id "
            "WHERE interview_id = ?",
            [recording_interview],
        )
    }
    assert narrators == {"李桂兰", "王小燕"}
    assert archive.db.execute("SELECT count(*) FROM interview").fetchone()[0] == 2
    again = import_sheet(archive, plan_sheet(archive.db, read, guess_mapping(read.header)))
    assert (again.added, again.updated) == (0, 0)  # nothing twice
    assert archive.db.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    archive.close()


def test_an_xlsx_sheet_with_date_cells_is_read(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Date", "Narrator"])
    sheet.append(["Grandma's New Year", dt.datetime(2024, 2, 10), "Li Guilan"])
    sheet.append(["Second", "2024年3月", None])
    book.save(tmp_path / "field.xlsx")
    read = read_sheet(tmp_path / "field.xlsx")
    archive = Archive.create(tmp_path / "archive")
    plan = plan_sheet(archive.db, read, guess_mapping(read.header))
    assert [(r.title, r.date) for r in plan.good] == [
        ("Grandma's New Year", "2024-02-10"),
        ("Second", "2024-03"),
    ]
    archive.close()


def test_a_file_that_is_no_spreadsheet_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(RejectedFile):
        read_sheet(tmp_path / "x.docx")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RejectedFile):
        read_sheet(tmp_path / "broken.xlsx")

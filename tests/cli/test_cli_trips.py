"""Small things a user trips on at the command line: genders typed in Chinese, the same person
added twice, durations and columns that read well, a summary of refused files, shortened IDs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive_app.cli import main
from archive_app.cli.layout import duration, table, width, wrap
from tests.core.media_fixtures import make_wav


class Command:
    """``archive-app --archive ROOT ...`` run in this process, output captured."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        status = main(["--archive", str(self.root), *argv])
        captured = self.capsys.readouterr()
        return status, captured.out, captured.err

    def json(self, *argv: str) -> object:
        status, out, err = self(*argv, "--json")
        assert status == 0, err
        return json.loads(out)


@pytest.fixture
def command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Command:
    run = Command(tmp_path / "archive", capsys)
    assert run("init")[0] == 0
    return run


# -- gender --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("女", "female"),
        ("男", "male"),
        ("其他", "other"),
        ("不詳", "unknown"),
        ("FEMALE", "female"),
    ],
)
def test_gender_is_stored_as_its_code(command: Command, typed: str, stored: str) -> None:
    added = command.json("person", "add", "--name", "王秀英", "--gender", typed)
    shown = command.json("show", added["id"])
    assert shown["gender"] == stored


def test_a_gender_outside_the_list_is_refused_with_the_list(command: Command) -> None:
    status, out, err = command("person", "add", "--name", "王秀英", "--gender", "girl")
    assert status == 2 and out == ""
    assert "'girl'" in err and "female, male, other or unknown" in err and "女" in err
    assert command.json("list", "people") == []


# -- the same person twice -----------------------------------------------------------------------


def test_adding_the_same_person_twice_warns_and_names_the_first(command: Command) -> None:
    first = command.json("person", "add", "--name", "李桂兰", "--born", "1951")
    assert first["possible_duplicates"] == []
    status, out, err = command(
        "person", "add", "--name", "李桂兰", "--born", "1951-03-02", "--json"
    )
    assert status == 0
    second = json.loads(out)
    assert second["possible_duplicates"] == [first["id"]]
    assert second["id"] != first["id"]  # added all the same: they may be two people
    assert err.startswith("archive-app: warning: 李桂兰 (born 1951) may already be in the archive")
    assert first["id"] in err and err.count("\n") == 1


def test_a_namesake_born_another_year_is_no_duplicate(command: Command) -> None:
    command.json("person", "add", "--name", "李桂兰", "--born", "1951")
    status, out, err = command("person", "add", "--name", "李桂兰", "--born", "1988")
    assert status == 0 and err == ""
    undated = command.json("person", "add", "--name", "王芳")
    assert undated["possible_duplicates"] == []
    again = command.json("person", "add", "--name", "王芳")
    assert again["possible_duplicates"] == [undated["id"]]  # neither birth year known


# -- durations and columns -----------------------------------------------------------------------


def test_durations_read_as_a_clock() -> None:
    assert duration(16.003809523809522) == "0:16"
    assert duration(21.5) == "0:21.5"
    assert duration(3725.04) == "1:02:05"
    assert duration(59.96) == "1:00"
    assert duration(0) == "0:00"
    assert duration(None) == ""


def test_chinese_takes_two_columns() -> None:
    assert width("外婆的春节") == 10
    assert width("Wu Yue'e") == 8
    assert width("ｆｕｌｌ") == 8  # full-width Latin letters
    assert width("e\u0301") == 1  # a combining accent takes no column
    lines = table([("a1", "外婆的春节", "x"), ("b22", "Spring", "y")])
    assert lines == ["a1   外婆的春节  x", "b22  Spring      y"]


def test_help_in_chinese_wraps_by_columns() -> None:
    text = "只要这一类结果（可重复）；'transcript' 指文字稿段落，'section' 指访谈的章节"
    lines = wrap(text, 20)
    assert all(width(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert wrap("a fairly long English sentence", 12) == ["a fairly", "long English", "sentence"]
    for columns in range(8, 30):  # closing punctuation never starts a line
        for line in wrap(
            "谁可以看，用逗号分隔：family,research,public（或 'none'：留在档案库中）", columns
        ):
            assert line[0] not in "，：；）、。", (columns, line)


def test_listed_recordings_show_rounded_durations_in_aligned_columns(
    command: Command, tmp_path: Path
) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    make_wav(folder / "外婆讲春节的故事 2024-02-10.wav", seconds=16.0038)
    make_wav(folder / "grandpa.wav", seconds=2.5)
    assert command("import", str(folder))[0] == 0
    status, out, _ = command("list", "recordings")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert "16.003" not in out and "0:16" in out and "0:02.5" in out
    # the third column (the duration) starts at the same terminal column on every line
    starts = {width(line[: line.index("0:")]) for line in lines}
    assert len(starts) == 1
    shown = command("show", command.json("list", "recordings")[0]["id"])[1]
    assert "length: 0:" in shown and "16.003" not in shown


# -- import ----------------------------------------------------------------------------------------


def test_import_sums_up_refused_files_on_stderr(command: Command, tmp_path: Path) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    make_wav(folder / "good.wav", seconds=1.0)
    (folder / "empty.m4a").write_bytes(b"")
    (folder / "notes.xyz").write_bytes(b"\x00\x01\x02 not a thing the archive keeps")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    status, out, err = command("import", str(folder))
    assert status == 1  # as before: some files were refused
    assert err.count("\n") == 1
    assert err.startswith("archive-app: 3 of 4 files not imported: ")
    assert "the file is empty (1)" in err
    assert "not a recording, photo, document or transcript this archive takes (1)" in err
    status, out, err = command("import", str(folder), "--json")
    said = [line for line in err.splitlines() if not line.startswith('{"progress"')]
    assert status == 1 and said[0].startswith("archive-app: 3 of 4 files not imported")
    assert all(json.loads(line) for line in err.splitlines() if line not in said)  # progress
    assert [r["status"] for r in json.loads(out)].count("rejected") == 3  # stdout stays JSON


# -- shortened IDs -------------------------------------------------------------------------------


@pytest.fixture
def catalogued(command: Command, tmp_path: Path) -> dict[str, str]:
    """An interview with a narrator, a recording, a transcript and a consent; their IDs."""
    interview = command.json("interview", "add", "--title", "外婆的春节")["id"]
    person = command.json("person", "add", "--name", "李桂兰", "--born", "1951")["id"]
    folder = tmp_path / "visit"
    folder.mkdir()
    make_wav(folder / "visit.wav", seconds=2.0)
    (folder / "visit.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,500\n奶奶：那年春节\n", encoding="utf-8"
    )
    imported = command.json("import", str(folder), "--interview", interview[:6])
    ids = {r["kind"]: r["id"] for r in imported}
    assert {r["interview_id"] for r in imported} == {interview}
    return {"interview": interview, "person": person, **ids}


def test_every_command_that_takes_an_id_takes_a_unique_prefix(
    command: Command, catalogued: dict[str, str], tmp_path: Path
) -> None:
    def short(kind: str) -> str:
        return catalogued[kind][:6]

    linked = command.json("link", short("interview"), short("person"), "--as", "narrator")
    assert (linked["interview_id"], linked["person_id"]) == (
        catalogued["interview"],
        catalogued["person"],
    )
    assert command.json("show", short("recording"))["id"] == catalogued["recording"]
    out = tmp_path / "out.vtt"
    exported = command.json("transcript", "export", short("transcript"), "--out", str(out))
    assert exported["id"] == catalogued["transcript"] and "那年春节" in out.read_text("utf-8")
    consent = command.json(
        "consent", "add", short("person"), "--date", "2024-02-10", "--audiences", "family",
        "--covers", short("interview"), "--verbal", short("recording"),
    )["id"]  # fmt: skip
    listed = command.json("consent", "list", "--person", short("person"))
    assert [c["id"] for c in listed] == [consent]
    access = command.json("access", short("interview"), "--audience", "family")
    assert access["id"] == catalogued["interview"]
    entries = command.json("audit", "--item", short("person"))
    assert entries and {e["item_id"] for e in entries} == {catalogued["person"]}
    withdrawn = command.json(
        "consent", "withdraw", consent[:6], "--date", "2024-03-01", "--reason", "不想公开"
    )
    assert withdrawn["id"] == consent


def test_a_prefix_that_fits_several_ids_lists_them(command: Command) -> None:
    from archive_app.core import records
    from archive_app.core.archive import Archive

    with Archive.open(command.root) as archive, archive.transaction() as db:
        records.insert(db, "person", {"id": "cafe0001-aaaa", "name": "王秀英"})
        records.insert(db, "interview", {"id": "cafe0002-bbbb", "title": "奶奶的故事"})
    status, out, err = command("show", "cafe")
    assert status == 2 and out == ""
    assert err.strip() == (
        "archive-app: the ID cafe is ambiguous: it starts several IDs "
        "(cafe0001-aaaa (person), cafe0002-bbbb (interview)); type more of it"
    )
    assert command.json("show", "cafe0002")["title"] == "奶奶的故事"
    status, _, err = command("link", "cafe0001", "cafe0002", "--as", "narrator")
    assert status == 2 and "cafe0001-aaaa is a person record; wanted here: interview" in err
    status, _, err = command("show", "caf")
    assert status == 2 and "at least its first 4 characters" in err

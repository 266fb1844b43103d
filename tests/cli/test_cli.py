"""The ``archive-app`` command: each command does its work and, with --json, prints one document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.cli import main
from tests.core.media_fixtures import make_jpeg, make_wav


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    document = json.loads(captured.out) if "--json" in argv and captured.out.strip() else None
    return status, document, captured.err


@pytest.fixture
def archive_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "archive"
    status, document, _ = run(capsys, "--archive", str(root), "init", "--json")
    assert status == 0 and Path(document["archive"]) == root.resolve()
    return root


def test_add_link_list_and_show(archive_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = ["--archive", str(archive_dir)]
    _, interview, _ = run(
        capsys,
        *a,
        "interview",
        "add",
        "--title",
        "外婆的故事",
        "--date",
        "2024-02-10",
        "--place",
        "仪陇县",
        "--summary",
        "春节前",
        "--json",
    )
    _, person, _ = run(
        capsys,
        *a,
        "person",
        "add",
        "--name",
        "李桂兰",
        "--born",
        "1951",
        "--gender",
        "female",
        "--json",
    )
    status, linked, _ = run(
        capsys, *a, "link", interview["id"], person["id"], "--as", "narrator", "--json"
    )
    assert status == 0 and linked["role"] == "narrator"

    _, listed, _ = run(capsys, *a, "list", "interviews", "--json")
    assert [i["title"] for i in listed] == ["外婆的故事"]
    _, people, _ = run(capsys, *a, "--json", "list", "people")
    assert people[0]["birth_date"] == "1951"

    _, shown, _ = run(capsys, *a, "show", interview["id"], "--json")
    assert shown["kind"] == "interview" and shown["place_full_name"] == "仪陇县"
    assert shown["people"][0]["name"] == "李桂兰" and shown["people"][0]["role"] == "narrator"


def test_import_reports_each_file_and_fails_when_one_is_rejected(
    archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    make_wav(folder / "奶奶 2024-02-10.wav", seconds=2.0)
    make_jpeg(folder / "IMG_7.jpg", size=(300, 200), orientation=8, taken_at="2024:02:10 09:30:00")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    a = ["--archive", str(archive_dir)]
    status, results, _ = run(capsys, *a, "import", str(folder), "--json")
    assert status == 1
    assert {tuple(sorted(r)) for r in results} == {
        ("error", "id", "interview_id", "kind", "path", "reason", "status", "warnings")
    }
    by_name = {Path(r["path"]).name: r for r in results}
    assert (
        by_name["broken.jpg"]["status"] == "rejected"
        and "broken.jpg" in by_name["broken.jpg"]["error"]
    )

    recording = by_name["奶奶 2024-02-10.wav"]
    _, shown, _ = run(capsys, *a, "show", recording["id"], "--json")
    assert shown["duration_s"] == pytest.approx(2.0, abs=0.01)
    _, photo, _ = run(capsys, *a, "show", by_name["IMG_7.jpg"]["id"], "--json")
    assert (photo["width"], photo["height"]) == (200, 300)
    assert photo["taken_at"] == "2024-02-10T09:30:00"

    status, again, _ = run(capsys, *a, "import", str(folder / "IMG_7.jpg"), "--json")
    assert status == 0 and again[0]["status"] == "duplicate"

    status, report, _ = run(capsys, *a, "check", "--json")
    assert status == 0 and report["ok"] and report["files_checked"] == 2


def test_errors_go_to_stderr_with_a_nonzero_status(
    archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "--archive", str(tmp_path / "nothing"), "list", "people")
    assert status != 0 and "not an archive" in err
    status, _, err = run(capsys, "--archive", str(archive_dir), "show", "no-such-id", "--json")
    assert status != 0 and "no-such-id" in err
    status, _, err = run(
        capsys, "--archive", str(archive_dir), "person", "add", "--name", "王", "--born", "1990-13"
    )
    assert status != 0 and "1990-13" in err


def test_a_second_writer_is_told_the_archive_is_open_in_another_window(
    archive_dir: Path,
) -> None:
    from archive_app.core.archive import Archive

    with Archive.open(archive_dir):
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive_app",
                "--archive",
                str(archive_dir),
                "person",
                "add",
                "--name",
                "王芳",
            ],
            capture_output=True,
            text=True,
        )
    assert out.returncode != 0
    assert f"is open in pytest (pid {os.getpid()})" in out.stderr  # the holder, named
    assert out.stdout == ""


def test_import_shows_what_it_had_to_repair_in_a_transcript(
    archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "奶奶.vtt"
    damaged.write_bytes(
        (
            "00:00:01.000 --> 00:00:02.000\n奶奶：那年\x00冬天\x0b特别冷。\n\n"
            "00:00:00.0 --> 00:00:03.000\n孙女：真的吗？\n"
        ).encode()
    )
    a = ["--archive", str(archive_dir)]
    status, results, _ = run(capsys, *a, "import", str(damaged), "--json")
    assert status == 0
    (result,) = results
    assert result["status"] == "imported"
    assert [(w["kind"], w["count"], w["first_line"], w["detail"]) for w in result["warnings"]] == [
        ("control_characters", 1, 2, ""),
        ("layout_breaks", 1, 2, ""),
        ("missing_webvtt_header", 1, 1, "vtt"),
        ("invalid_time", 1, 4, "00:00:00.0"),
    ]
    assert {tuple(sorted(w)) for w in result["warnings"]} == {
        ("count", "detail", "file", "first_line", "kind")
    }

    again = tmp_path / "again"
    again.mkdir()
    (again / "孙女.vtt").write_bytes(damaged.read_bytes().replace(b"\x0b", b"\x0c"))
    assert main([*a, "import", str(again)]) == 0
    text = capsys.readouterr().out.splitlines()
    warned = [line for line in text if line.lstrip().startswith("warning")]
    assert len(warned) == 4
    assert "line 2" in warned[0] and "control character" in warned[0]
    assert "line 1" in warned[2] and "WEBVTT" in warned[2]
    assert "line 4" in warned[3] and "00:00:00.0" in warned[3]

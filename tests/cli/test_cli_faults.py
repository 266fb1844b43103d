"""The command on a damaged or odd archive: it says what happened and what to do, exits
non-zero, prints no traceback; what it prints never drives the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.cli import main
from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.backup import back_up_catalogue
from tests.core.media_fixtures import make_wav
from tests.core.upgrade_fixtures import archive_with_a_breaking_upgrade, unchanged_at_version_1

ROOT = Path(__file__).parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    make_wav(tmp_path / "voice.wav", seconds=0.3)
    with Archive.create(root) as archive:
        from archive_app.core.ingest import ingest

        ingest(archive, [tmp_path / "voice.wav"], workers=1)
        with archive.transaction() as db:
            interviews.add_interview(db, "外婆的春节")
        back_up_catalogue(archive, "manual")
    return root


COMMANDS = [
    ("list", "interviews"),
    ("show", "no-such-id"),
    ("interview", "add", "--title", "新的访谈"),
    ("person", "add", "--name", "李桂兰"),
    ("search", "春节"),
    ("reindex",),
    ("audit",),
    ("consent", "due"),
    ("transcript", "export", "x", "--out", "OUT/x.vtt"),
    ("backup", "--to", "OUT/copy"),
]


@pytest.mark.parametrize("damage", ["zero bytes", "random bytes"])
def test_every_command_on_a_damaged_catalogue_says_so_and_recreates_nothing(
    archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    garbage = b"" if damage == "zero bytes" else os.urandom(32 * 1024)
    (archive_dir / "archive.sqlite").write_bytes(garbage)
    for command in COMMANDS:
        argv = [a.replace("OUT", str(tmp_path / "out")) for a in command]
        status, out, err = run(capsys, "--archive", str(archive_dir), *argv)
        assert status != 0, command
        assert "catalogue" in err and "restore" in err, (command, err)
        assert "Traceback" not in err and out == "", command
        assert (archive_dir / "archive.sqlite").read_bytes() == garbage, command
    status, out, err = run(capsys, "--archive", str(archive_dir), "import", str(tmp_path))
    assert status != 0 and "restore" in err
    assert (archive_dir / "archive.sqlite").read_bytes() == garbage


def test_check_on_random_bytes_reports_the_damage_with_what_it_found(
    archive_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (archive_dir / "archive.sqlite").write_bytes(os.urandom(32 * 1024))
    status, out, _ = run(capsys, "--archive", str(archive_dir), "check", "--json")
    report = json.loads(out)
    assert status == 1 and not report["ok"]
    assert [p["problem"] for p in report["problems"]] == ["catalogue_damaged"]
    assert report["files_found"] == 1 and report["backups"]


def test_a_damaged_catalogue_is_restored_from_its_backup(
    archive_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = sorted((archive_dir / "backups").glob("catalogue-*-manual.sqlite"))[0]
    (archive_dir / "archive.sqlite").write_bytes(os.urandom(32 * 1024))
    status, out, _ = run(capsys, "--archive", str(archive_dir), "restore", str(backup), "--json")
    preview = json.loads(out)
    assert status == 0 and preview["restored"] is False
    assert preview["brings_back"]["interview"] == ["voice", "外婆的春节"]
    assert not preview["present_readable"]
    status, out, _ = run(capsys, "--archive", str(archive_dir), "restore", str(backup), "--yes")
    assert status == 0
    status, out, _ = run(capsys, "--archive", str(archive_dir), "list", "interviews")
    assert "外婆的春节" in out
    assert run(capsys, "--archive", str(archive_dir), "check")[0] == 0
    kept = list((archive_dir / "backups").glob("damaged-*/archive.sqlite"))
    assert len(kept) == 1  # the damaged catalogue is kept, not destroyed


def test_control_characters_in_titles_never_reach_the_terminal(
    archive_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "红色\x1b[31m标题\x9b2J\u202etxt.exe\r假的"
    status, _, _ = run(capsys, "--archive", str(archive_dir), "interview", "add", "--title", title)
    assert status == 0
    for extra in ((), ("--json",)):
        status, out, _ = run(capsys, "--archive", str(archive_dir), "list", "interviews", *extra)
        assert status == 0
        assert not any(ch in out for ch in "\x1b\x9b\u202e\r"), repr(out)
        if extra:
            titles = [row["title"] for row in json.loads(out)]
            assert title in titles  # the JSON still says exactly what is stored
        else:
            assert "\\x1b[31m" in out


def test_an_index_that_is_a_file_and_a_lock_that_is_a_folder_are_explained(
    archive_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (archive_dir / "index").rename(archive_dir / "index.old")
    (archive_dir / "index").write_text("oops")
    status, _, err = run(capsys, "--archive", str(archive_dir), "person", "add", "--name", "王")
    assert status == 2 and "index should be a folder" in err and "Traceback" not in err
    (archive_dir / "index").unlink()
    (archive_dir / "archive.lock").unlink()
    (archive_dir / "archive.lock").mkdir()
    status, _, err = run(capsys, "--archive", str(archive_dir), "person", "add", "--name", "王")
    assert status == 2 and "archive.lock should be a file" in err


def test_import_progress_under_json_is_on_stderr_one_object_a_line(
    archive_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for number in range(5):
        make_wav(source / f"n{number}.wav", seconds=0.2 + number / 100)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "archive_app",
            "--archive",
            str(archive_dir),
            "import",
            str(source),
            "--json",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 5  # stdout: exactly one document
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert lines and all(set(line) == {"progress", "message"} for line in lines)
    assert lines[-1]["progress"] == 1.0


def test_an_import_whose_index_cannot_catch_up_still_reports_what_went_in(
    archive_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    from archive_app.core.search.service import SearchService

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SearchService, "catch_up", full)
    make_wav(tmp_path / "late.wav", seconds=0.4)
    status, out, err = run(
        capsys, "--archive", str(archive_dir), "import", str(tmp_path / "late.wav"), "--json"
    )
    assert status == 0 and json.loads(out)[0]["status"] == "imported"
    assert "search will find the new files later" in err and "Traceback" not in err


def test_restore_tells_a_backup_from_a_removed_record(
    archive_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``restore`` serves both: a record's ID from the bin, a backup named as a path."""
    a = ("--archive", str(archive_dir))
    with Archive.open(archive_dir, read_only=True) as archive:
        spring = str(
            archive.db.execute("SELECT id FROM interview WHERE title = '外婆的春节'").fetchone()[0]
        )
    assert run(capsys, *a, "remove", spring)[0] == 0
    assert "外婆的春节" not in run(capsys, *a, "list", "interviews")[1]
    status, out, _ = run(capsys, *a, "restore", spring[:8])
    assert status == 0 and "restored" in out
    assert "外婆的春节" in run(capsys, *a, "list", "interviews")[1]

    status, _, err = run(capsys, *a, "restore", str(tmp_path / "no-such-backup.sqlite"))
    assert status == 2 and "backup" in err and "no-such-backup" in err
    assert "Traceback" not in err


def test_an_upgrade_that_would_break_links_is_explained_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = archive_with_a_breaking_upgrade(tmp_path / "old", monkeypatch)
    status, out, err = run(capsys, "--archive", str(root), "interview", "add", "--title", "外婆")

    assert status != 0
    assert "could not be upgraded: migration 2 (broken)" in err
    assert "segment → transcript" in err
    assert "Traceback" not in err + out
    assert unchanged_at_version_1(root)

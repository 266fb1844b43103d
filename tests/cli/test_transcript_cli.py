"""``archive-app transcript export``: a transcript written to a file, whole or not at all."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from archive_app import cli
from archive_app.cli import transcript_commands
from archive_app.cli.context import CommandContext
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, RecordNotFound, UntimedTranscript
from archive_app.core.interviews import add_interview
from archive_app.core.transcripts import store
from archive_app.core.transcripts.export import to_srt, to_vtt
from archive_app.core.transcripts.parse import Segment

SEGMENTS = [
    Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。"),
    Segment(3.5, 6.0, "孙女", "后来呢？"),
]


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"


def add_transcript(root: Path, segments: list[Segment]) -> str:
    archive = Archive.open(root) if root.exists() else Archive.create(root)
    with archive, archive.transaction() as db:
        interview_id = add_interview(db, "王奶奶")
        return store.add_transcript(db, interview_id, segments)


def export(root: Path, *argv: str) -> tuple[int, str]:
    """Run the command as main() would, through its own parser and a CommandContext."""
    parser = argparse.ArgumentParser(prog="archive-app")
    parser.add_argument("--archive")
    parser.add_argument("--json", action="store_true")
    transcript_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--archive", str(root), "--json", "transcript", "export", *argv])
    out = io.StringIO()
    ctx = CommandContext(args, out=out)
    try:
        status = args.run(ctx)
    finally:
        ctx.close()
    return status, out.getvalue()


def test_export_writes_vtt_and_reports_it(archive_dir: Path, tmp_path: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    target = tmp_path / "out" / "王奶奶.vtt"
    status, printed = export(archive_dir, transcript_id, "--format", "vtt", "--out", str(target))
    assert status == 0
    assert target.read_text(encoding="utf-8") == to_vtt(SEGMENTS)
    assert json.loads(printed) == {
        "id": transcript_id,
        "format": "vtt",
        "out": str(target),
        "segments": 2,
    }


def test_the_format_follows_the_file_name_and_replaces_an_old_file(
    archive_dir: Path, tmp_path: Path
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    target = tmp_path / "subtitles.srt"
    target.write_text("an older export", encoding="utf-8")
    export(archive_dir, transcript_id, "--out", str(target))
    assert target.read_text(encoding="utf-8") == to_srt(SEGMENTS)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["subtitles.srt"]


def test_a_refused_export_leaves_no_file_behind(archive_dir: Path, tmp_path: Path) -> None:
    untimed = add_transcript(archive_dir, [Segment(None, None, "奶奶", "那年冬天特别冷。")])
    target = tmp_path / "untimed.vtt"
    with pytest.raises(UntimedTranscript):
        export(archive_dir, untimed, "--out", str(target))
    assert not target.exists()


def test_an_interrupted_export_keeps_the_old_file_and_no_temporary_one(
    archive_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    target = tmp_path / "exports" / "x.vtt"
    target.parent.mkdir()
    target.write_text("the export of last week", encoding="utf-8")

    def power_cut(*_: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(transcript_commands.os, "replace", power_cut)
    with pytest.raises(OSError):
        export(archive_dir, transcript_id, "--out", str(target))
    assert list(target.parent.iterdir()) == [target]
    assert target.read_text(encoding="utf-8") == "the export of last week"


def test_unknown_formats_and_transcripts_are_reported(archive_dir: Path, tmp_path: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    with pytest.raises(InvalidValue):
        export(archive_dir, transcript_id, "--out", str(tmp_path / "x.docx"))
    with pytest.raises(RecordNotFound):
        export(archive_dir, "no-such-id", "--out", str(tmp_path / "x.vtt"))


def test_export_reads_while_another_window_holds_the_archive(
    archive_dir: Path, tmp_path: Path
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    with Archive.open(archive_dir):  # the desktop app has it open for writing
        status, _ = export(archive_dir, transcript_id, "--out", str(tmp_path / "x.txt"))
    assert status == 0
    assert (tmp_path / "x.txt").read_text(encoding="utf-8").startswith("[00:00:01.000] 奶奶: ")


def test_archive_app_transcript_export(
    archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    target = tmp_path / "x.srt"
    argv = ["--archive", str(archive_dir), "transcript", "export", transcript_id, "--out"]
    assert cli.main([*argv, str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["segments"] == 2
    assert target.read_text(encoding="utf-8") == to_srt(SEGMENTS)
    assert cli.main([*argv[:-2], "no-such-id", "--out", str(target)]) == 2

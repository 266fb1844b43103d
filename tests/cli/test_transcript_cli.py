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
from archive_app.core import audit, export_target, people
from archive_app.core.archive import Archive
from archive_app.core.consent import store as consent
from archive_app.core.errors import (
    ArchiveLocked,
    ExportTargetRefused,
    InvalidValue,
    RecordNotFound,
    UntimedTranscript,
)
from archive_app.core.interviews import add_interview, link_person
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from archive_app.exchange.target import TargetInsideArchive
from archive_app.exchange.transcript.export import TranscriptHeldBack
from archive_app.exchange.transcript.formats import to_srt, to_vtt

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
        "audience": "curator",
    }


def test_the_format_follows_the_file_name_and_an_old_file_is_replaced_only_with_force(
    archive_dir: Path, tmp_path: Path
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    target = tmp_path / "subtitles.srt"
    target.write_text("an older export", encoding="utf-8")
    with pytest.raises(ExportTargetRefused) as refused:
        export(archive_dir, transcript_id, "--out", str(target))
    assert refused.value.reason == "exists"
    assert target.read_text(encoding="utf-8") == "an older export"
    export(archive_dir, transcript_id, "--out", str(target), "--force")
    assert target.read_text(encoding="utf-8") == to_srt(SEGMENTS)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["subtitles.srt"]


def test_an_export_never_lands_in_the_archive_folder(archive_dir: Path, tmp_path: Path) -> None:
    """Not over the catalogue, not over an original, not through a link, not even with --force."""
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    catalogue = archive_dir / "archive.sqlite"
    original = archive_dir / "media" / "ab" / ("ab" * 32 + ".wav")
    original.parent.mkdir(parents=True)
    original.write_bytes(b"RIFF a recording")
    original.chmod(0o444)
    link = tmp_path / "elsewhere"
    link.symlink_to(archive_dir / "media")
    before = catalogue.read_bytes()
    for target in (catalogue, original, link / "ab" / original.name, archive_dir / "new.vtt"):
        for force in ((), ("--force",)):
            with pytest.raises(ExportTargetRefused) as refused:
                export(archive_dir, transcript_id, "--out", str(target), "--format", "vtt", *force)
            assert refused.value.reason == "inside_archive", target
    assert catalogue.read_bytes() == before
    assert original.read_bytes() == b"RIFF a recording"
    assert not (archive_dir / "new.vtt").exists()


def test_an_export_path_that_cannot_exist_is_refused(archive_dir: Path, tmp_path: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(ExportTargetRefused) as refused:
        export(archive_dir, transcript_id, "--out", str(tmp_path / "a file" / "x.vtt"))
    assert refused.value.reason == "no_folder"
    with pytest.raises(ExportTargetRefused) as refused:
        export(archive_dir, transcript_id, "--out", str(tmp_path), "--format", "vtt")
    assert refused.value.reason == "is_folder"


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

    monkeypatch.setattr(export_target.os, "replace", power_cut)
    with pytest.raises(OSError):
        export(archive_dir, transcript_id, "--out", str(target), "--force")
    assert list(target.parent.iterdir()) == [target]
    assert target.read_text(encoding="utf-8") == "the export of last week"


def test_unknown_formats_and_transcripts_are_reported(archive_dir: Path, tmp_path: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    with pytest.raises(InvalidValue):
        export(archive_dir, transcript_id, "--out", str(tmp_path / "x.docx"))
    with pytest.raises(RecordNotFound):
        export(archive_dir, "no-such-id", "--out", str(tmp_path / "x.vtt"))


def test_export_writes_text_and_records_the_release(archive_dir: Path, tmp_path: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    status, _ = export(archive_dir, transcript_id, "--out", str(tmp_path / "x.txt"))
    assert status == 0
    assert (tmp_path / "x.txt").read_text(encoding="utf-8").startswith("[00:00:01.000] 奶奶: ")
    with Archive.open(archive_dir, read_only=True) as archive:
        logged = [e for e in audit.entries(archive.db) if e["action"] == "release"]
    assert logged[-1]["details"]["purpose"] == "export.transcript"
    assert logged[-1]["details"]["audience"] == "curator"


def test_an_export_while_another_window_writes_is_refused_and_writes_nothing(
    archive_dir: Path, tmp_path: Path
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    with Archive.open(archive_dir), pytest.raises(ArchiveLocked):  # the app holds the archive
        export(archive_dir, transcript_id, "--out", str(tmp_path / "x.txt"))
    assert not (tmp_path / "x.txt").exists()


def test_an_audience_gets_nothing_of_a_story_without_consent(
    archive_dir: Path, tmp_path: Path
) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)  # nobody consented to anything
    with pytest.raises(TranscriptHeldBack) as held:
        export(archive_dir, transcript_id, "--audience", "public", "--out", str(tmp_path / "x.vtt"))
    assert held.value.reasons
    assert not (tmp_path / "x.vtt").exists()


def test_an_audience_reads_the_pseudonym_not_the_name(archive_dir: Path, tmp_path: Path) -> None:
    archive = Archive.create(archive_dir)
    with archive, archive.transaction() as db:
        interview_id = add_interview(db, "王奶奶")
        person = people.add_person(db, "王秀英", birth_date="1950")
        link_person(db, interview_id, person, "narrator")
        consent.add_consent(db, person, date="2024-01-01", audiences=["public"], pseudonym="李奶奶")
        transcript_id = store.add_transcript(
            db, interview_id, [Segment(1.0, 2.0, "王秀英", "我叫王秀英。")]
        )
    target = tmp_path / "public.vtt"
    status, _ = export(archive_dir, transcript_id, "--audience", "public", "--out", str(target))
    assert status == 0
    written = target.read_text(encoding="utf-8")
    assert "王秀英" not in written and "秀英" not in written
    assert "<v 李奶奶>我叫李奶奶。" in written


def test_no_transcript_is_written_inside_the_archive(archive_dir: Path) -> None:
    transcript_id = add_transcript(archive_dir, SEGMENTS)
    with pytest.raises(TargetInsideArchive):
        export(archive_dir, transcript_id, "--out", str(archive_dir / "x.vtt"))


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

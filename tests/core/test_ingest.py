"""Importing files and folders: everything lands under the right interview, safely, once."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from archive_app.core import detail, records
from archive_app.core.archive import Archive
from archive_app.core.errors import Cancelled
from archive_app.core.ingest import ingest, media_path, thumbnail_path
from archive_app.core.integrity import check
from tests.core.media_fixtures import make_jpeg, make_wav

GBK_SRT = (
    "1\n00:00:00,500 --> 00:00:02,000\n奶奶：娃儿的爸妈在东莞打工。\n\n"
    "2\n00:00:02,000 --> 00:00:03,500\n奶奶：过年才回来，住十天就走了。\n"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def field_trip(tmp_path: Path) -> Path:
    """A folder as it comes off an interviewer's phone after one visit."""
    folder = tmp_path / "trip" / "visit 1"
    folder.mkdir(parents=True)
    make_wav(folder / "grandma 2024-02-10.wav", seconds=4.0)
    (folder / "grandma 2024-02-10.srt").write_bytes(GBK_SRT.encode("gbk"))
    make_jpeg(
        folder / "IMG_0001.jpg", size=(640, 480), orientation=6, taken_at="2024:02:10 15:04:05"
    )
    make_jpeg(folder / "consent form.jpg", size=(400, 560))
    return folder.parent


def _by_kind(results: list) -> dict[str, object]:
    return {r.kind: r for r in results}


def test_a_field_trip_is_catalogued_under_one_interview(archive: Archive, field_trip: Path) -> None:
    originals = {p: _digest(p) for p in field_trip.rglob("*") if p.is_file()}
    results = ingest(archive, [field_trip], workers=1)
    assert [r.status for r in results] == ["imported"] * 4
    found = _by_kind(results)
    interview_id = found["recording"].interview_id
    assert {r.interview_id for r in results} == {interview_id}

    interview = detail.describe(archive.db, interview_id)
    assert interview["title"] == "grandma 2024-02-10"
    assert interview["date"] == "2024-02-10"
    assert interview["status"] == "transcribed"

    recording = records.get(archive.db, "recording", found["recording"].id)
    assert recording["duration_s"] == pytest.approx(4.0, abs=0.01)
    assert recording["media_type"] == "audio" and recording["format"] == "wav"

    photo = records.get(archive.db, "photo", found["photo"].id)
    assert (photo["width"], photo["height"]) == (480, 640)  # EXIF orientation 6: shown upright
    assert photo["taken_at"] == "2024-02-10T15:04:05"
    assert thumbnail_path(archive.root, photo["sha256"]).is_file()

    document = records.get(archive.db, "document", found["document"].id)
    assert document["document_type"] == "consent_form"

    transcript = detail.describe(archive.db, found["transcript"].id)
    assert transcript["source_encoding"] in ("gb18030", "gbk")
    assert [s["text"] for s in transcript["segments"]] == [
        "娃儿的爸妈在东莞打工。",
        "过年才回来，住十天就走了。",
    ]
    assert transcript["segments"][0]["speaker"] == "奶奶"
    assert transcript["segments"][1]["start_s"] == pytest.approx(2.0)

    # originals are read, never moved or changed; the stored copy is content-addressed
    assert {p: _digest(p) for p in originals} == originals
    stored = media_path(archive, recording["sha256"])
    assert stored.name.startswith(recording["sha256"]) and _digest(stored) == recording["sha256"]
    assert check(archive).ok


def test_importing_the_same_files_twice_adds_nothing_twice(
    archive: Archive, field_trip: Path
) -> None:
    first = ingest(archive, [field_trip], workers=1)
    second = ingest(archive, [field_trip], workers=1)
    assert [r.status for r in second] == ["duplicate"] * 4
    assert [(r.kind, r.id) for r in second] == [(r.kind, r.id) for r in first]
    assert len(records.list_records(archive.db, "interview")) == 1
    assert len(list(archive.media_dir.glob("*/*"))) == 4


def test_the_worker_pool_gives_the_same_catalogue(archive: Archive, field_trip: Path) -> None:
    results = ingest(archive, [field_trip], workers=2)
    assert sorted(r.kind for r in results if r.status == "imported") == [
        "document",
        "photo",
        "recording",
        "transcript",
    ]
    assert len({r.interview_id for r in results}) == 1


def test_bad_files_are_rejected_with_a_reason_and_the_rest_goes_in(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    make_wav(folder / "good.wav", seconds=1.0)
    (folder / "empty.wav").write_bytes(b"")
    make_jpeg(folder / "whole.jpg", size=(320, 240))
    truncated = (folder / "whole.jpg").read_bytes()
    (folder / "truncated.jpg").write_bytes(truncated[: len(truncated) // 2])
    (folder / "fake.jpg").write_text("this is not a photo", encoding="utf-8")
    (folder / "program.exe").write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 8)
    (folder / "noise.txt").write_bytes(bytes(range(1, 256)) * 40)

    results = ingest(archive, [folder], workers=1)
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["good.wav"].status == "imported"
    assert by_name["whole.jpg"].status == "imported"
    for name in ("empty.wav", "truncated.jpg", "fake.jpg", "program.exe", "noise.txt"):
        result = by_name[name]
        assert result.status == "rejected", name
        assert name in result.error and "\n" not in result.error
        assert result.id is None
    # nothing half-imported: exactly the two good files are stored and catalogued
    assert len(list(archive.media_dir.glob("*/*"))) == 2
    assert archive.db.execute("SELECT count(*) FROM media_file").fetchone()[0] == 2
    assert not any(archive.incoming_dir.glob("*"))
    assert check(archive).ok


def test_a_file_that_vanishes_mid_import_is_rejected_and_nothing_is_lost(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in ("a.wav", "b.wav", "c.wav"):
        make_wav(folder / name, seconds=0.5)

    def pull_out_b(fraction: float, message: str) -> None:
        (folder / "b.wav").unlink(missing_ok=True)

    results = ingest(archive, [folder], workers=1, progress=pull_out_b)
    assert [(Path(r.path).name, r.status) for r in results] == [
        ("a.wav", "imported"),
        ("b.wav", "rejected"),
        ("c.wav", "imported"),
    ]
    assert results[1].reason == "vanished"
    assert check(archive).ok


def test_a_missing_path_is_reported(archive: Archive, tmp_path: Path) -> None:
    results = ingest(archive, [tmp_path / "not there.wav"])
    assert results[0].status == "rejected" and results[0].reason == "not_found"


def test_an_explicit_interview_takes_every_file(archive: Archive, field_trip: Path) -> None:
    from archive_app.core import interviews

    with archive.transaction() as db:
        interview_id = interviews.add_interview(db, "外婆的春节")
    results = ingest(archive, [field_trip], interview_id=interview_id, workers=1)
    assert {r.interview_id for r in results} == {interview_id}
    assert len(records.list_records(archive.db, "interview")) == 1


def test_a_transcript_imported_later_joins_its_recordings_interview(
    archive: Archive, tmp_path: Path
) -> None:
    make_wav(tmp_path / "爷爷 2023-01-20.wav", seconds=1.0)
    first = ingest(archive, [tmp_path / "爷爷 2023-01-20.wav"])
    later = tmp_path / "typed later"
    later.mkdir()
    (later / "爷爷 2023-01-20.en.txt").write_text("Grandpa: We planted rice.", encoding="utf-8")
    second = ingest(archive, [later])
    assert second[0].status == "imported"
    assert second[0].interview_id == first[0].interview_id


def test_cancelling_keeps_what_was_finished_and_a_reimport_completes_it(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(6):
        make_wav(folder / f"take {number}.wav", seconds=0.3)
    stop = threading.Event()

    def cancel_after_two(fraction: float, message: str) -> None:
        if fraction >= 2 / 6:
            stop.set()

    with pytest.raises(Cancelled) as cancelled:
        ingest(archive, [folder], workers=1, progress=cancel_after_two, cancel=stop)
    assert len(records.list_records(archive.db, "recording")) == 2
    assert [r.status for r in cancelled.value.finished] == ["imported", "imported"]
    results = ingest(archive, [folder], workers=1)
    assert [r.status for r in results].count("duplicate") == 2
    assert len(records.list_records(archive.db, "recording")) == 6
    assert check(archive).ok


def test_an_english_file_beside_a_chinese_transcript_is_its_translation(
    archive: Archive, tmp_path: Path
) -> None:
    make_wav(tmp_path / "奶奶.wav", seconds=2.0)
    (tmp_path / "奶奶.en.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,000\nGrandma: They come home for Spring Festival.\n",
        encoding="utf-8",
    )
    (tmp_path / "奶奶.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,000\n奶奶：过年才回来。\n", encoding="utf-8"
    )
    results = ingest(archive, [tmp_path], workers=1)
    kinds = {
        Path(r.path).name: records.get(archive.db, "transcript", r.id)["kind"]
        for r in results
        if r.kind == "transcript"
    }
    assert kinds == {"奶奶.srt": "verbatim", "奶奶.en.srt": "translation"}


def test_a_scan_can_be_taken_as_a_document_whatever_its_name(
    archive: Archive, tmp_path: Path
) -> None:
    make_jpeg(tmp_path / "IMG_2041.jpg", size=(300, 400))
    result = ingest(archive, [tmp_path / "IMG_2041.jpg"], as_document=True)[0]
    assert result.status == "imported" and result.kind == "document"


def test_a_transcript_with_debris_is_imported_and_its_warnings_travel(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "from word"
    folder.mkdir()
    make_wav(folder / "grandma.wav", seconds=3.0)
    vtt = (
        "WEBVTT\n\n00:00:00.500 --> 00:00:02.000\n<v 奶奶>娃儿的爸妈\x00在东莞打工。\n\n"
        "00:00:60.000 --> 00:00:61.000\n<v 奶奶>过年才回来。\n"
    )
    (folder / "grandma.vtt").write_bytes(vtt.encode("utf-8"))
    results = ingest(archive, [folder], workers=1)
    transcript = next(r for r in results if r.kind == "transcript")
    assert transcript.status == "imported"
    assert [(w.kind, w.count, w.first_line) for w in transcript.warnings] == [
        ("control_characters", 1, 4),
        ("invalid_time", 1, 6),
    ]
    assert all(w.file == str(folder / "grandma.vtt") for w in transcript.warnings)
    shown = transcript.as_json()["warnings"]
    assert shown[1] == {
        "kind": "invalid_time",
        "count": 1,
        "first_line": 6,
        "file": str(folder / "grandma.vtt"),
        "detail": "00:00:60.000",
    }
    segments = detail.describe(archive.db, transcript.id)["segments"]
    assert [(s["start_s"], s["text"]) for s in segments] == [
        (0.5, "娃儿的爸妈\ufffd在东莞打工。"),
        (None, "过年才回来。"),
    ]
    recording = next(r for r in results if r.kind == "recording")
    assert recording.warnings == []


def test_a_vtt_without_header_or_times_is_refused_naming_the_header(
    archive: Archive, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.vtt"
    notes.write_bytes("这不是字幕。\n只是几行字。\n".encode())
    (result,) = ingest(archive, [notes], workers=1)
    assert (result.status, result.reason) == ("rejected", "missing_webvtt_header")
    assert "WEBVTT" in (result.error or "")

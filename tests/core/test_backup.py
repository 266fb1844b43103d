"""Backups: catalogue copies after imports and on a schedule, rotated; the whole archive copied
to a second drive incrementally; a restore that previews, destroys nothing, and brings back."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.backup import back_up_catalogue, backup_due, list_backups
from archive_app.core.backup_copy import back_up_to
from archive_app.core.errors import BackupUnusable, ExportTargetRefused
from archive_app.core.ingest import ingest
from archive_app.core.integrity import check
from archive_app.core.restore import preview_restore, restore
from tests.core.media_fixtures import make_jpeg, make_wav


def _trip(folder: Path, count: int, offset: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(offset, offset + count):
        make_wav(folder / f"narrator {number}.wav", seconds=0.2 + number / 100)
        make_jpeg(folder / f"IMG_{number}.jpg", size=(40 + number, 30))
    return folder


def test_every_import_leaves_a_checked_catalogue_copy(archive: Archive, tmp_path: Path) -> None:
    ingest(archive, [_trip(tmp_path / "a", 1)], workers=1)
    found = list_backups(archive.backups_dir)
    assert [b.reason for b in found] == ["import"]
    copy = sqlite3.connect(found[0].path)
    assert copy.execute("SELECT count(*) FROM recording").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_rotation_keeps_seven_days_and_four_weeks(archive: Archive) -> None:
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    by_hand = back_up_catalogue(archive, "manual", now=start - timedelta(days=1))
    for day in range(60):
        for hour in (0, 5):  # two a day: the newer of each day is the one kept
            back_up_catalogue(archive, "scheduled", now=start + timedelta(days=day, hours=hour))
    assert by_hand.exists()  # asked for by hand: never rotated away
    kept = [b for b in list_backups(archive.backups_dir) if b.reason == "scheduled"]
    days = [b.taken_at.date() for b in kept]
    newest = (start + timedelta(days=59)).date()
    assert days[:7] == [newest - timedelta(days=n) for n in range(7)]
    assert all(b.taken_at.hour == 14 for b in kept)
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4 and len(kept) <= 7 + 4


def test_a_backup_is_due_a_day_after_the_last(archive: Archive) -> None:
    assert backup_due(archive)
    taken = datetime(2024, 5, 1, 8, tzinfo=UTC)
    back_up_catalogue(archive, "scheduled", now=taken)
    assert not backup_due(archive, now=taken + timedelta(hours=23))
    assert backup_due(archive, now=taken + timedelta(hours=24))


def test_a_copy_to_another_drive_is_whole_and_then_incremental(
    archive: Archive, tmp_path: Path
) -> None:
    ingest(archive, [_trip(tmp_path / "a", 3)], workers=1)
    drive = tmp_path / "usb" / "Hometown Voices backup"
    first = back_up_to(archive, drive)
    assert (first.files, first.copied, first.already_there) == (6, 6, 0)
    with Archive.open(drive, read_only=True) as copy:
        assert check(copy).ok  # an archive of its own, every original there and whole
    ingest(archive, [_trip(tmp_path / "b", 1, offset=10)], workers=1)
    second = back_up_to(archive, drive)
    assert (second.files, second.copied, second.already_there) == (8, 2, 6)

    damaged = next((drive / "media").glob("*/*.wav"))
    damaged.chmod(0o644)
    damaged.write_bytes(b"\0" * damaged.stat().st_size)  # same size, other bytes
    assert back_up_to(archive, drive).replaced_damaged == 0  # sizes match: not re-read
    verified = back_up_to(archive, drive, verify=True)
    assert verified.replaced_damaged == 1
    with Archive.open(drive, read_only=True) as copy:
        assert check(copy).ok


def test_a_copy_refuses_a_folder_inside_the_archive_or_holding_something_else(
    archive: Archive, tmp_path: Path
) -> None:
    for inside in (archive.root / "backups" / "copy", archive.root, tmp_path / "archive" / "."):
        with pytest.raises(ExportTargetRefused) as refused:
            back_up_to(archive, inside)
        assert refused.value.reason == "inside_archive"
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"not ours")
    with pytest.raises(ExportTargetRefused) as refused:
        back_up_to(archive, other)
    assert refused.value.reason == "exists"
    assert [p.name for p in other.iterdir()] == ["holiday.jpg"]


def test_restore_previews_then_brings_back_and_keeps_what_it_replaced(
    archive: Archive, tmp_path: Path
) -> None:
    with archive.transaction() as db:
        interviews.add_interview(db, "奶奶的春节")
    backup = back_up_catalogue(archive, "manual")
    with archive.transaction() as db:
        interviews.add_interview(db, "后来加的")
        db.execute("DELETE FROM interview WHERE title = ?", ["奶奶的春节"])
    root = archive.root
    archive.close()

    preview = preview_restore(root, backup)
    assert preview.brings_back["interview"] == ["奶奶的春节"]
    assert preview.leaves_out["interview"] == ["后来加的"]
    with Archive.open(root, read_only=True) as unchanged:  # a preview changes nothing
        titles = {r[0] for r in unchanged.db.execute("SELECT title FROM interview")}
        assert titles == {"后来加的"}

    restore(root, backup)
    with Archive.open(root) as restored:
        titles = {r[0] for r in restored.db.execute("SELECT title FROM interview")}
        assert titles == {"奶奶的春节"}
        actions = [r[0] for r in restored.db.execute("SELECT action FROM audit_log")]
        assert actions[-1] == "archive.restore"
    replaced = list((root / "backups").glob("replaced-*.sqlite"))
    assert len(replaced) == 1
    kept = sqlite3.connect(replaced[0])
    assert {r[0] for r in kept.execute("SELECT title FROM interview")} == {"后来加的"}
    kept.close()


def test_a_lost_catalogue_and_originals_come_back_from_a_backup_folder(
    archive: Archive, tmp_path: Path
) -> None:
    ingest(archive, [_trip(tmp_path / "a", 2)], workers=1)
    drive = tmp_path / "usb"
    back_up_to(archive, drive)
    root = archive.root
    archive.close()
    (root / "archive.sqlite").unlink()
    lost = sorted(root.glob("media/*/*.wav"))[0]
    lost.chmod(0o644)
    lost.unlink()
    preview = preview_restore(root, drive)
    assert preview.originals_copied_back == 1 and not preview.originals_missing
    restore(root, drive)
    with Archive.open(root) as back:
        assert check(back).ok
        assert back.db.execute("SELECT count(*) FROM recording").fetchone()[0] == 2


def test_restore_refuses_what_is_not_a_sound_backup(archive: Archive, tmp_path: Path) -> None:
    root = archive.root
    archive.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(8192))
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    before = (root / "archive.sqlite").read_bytes()
    for offered, problem in (
        (junk, "not_a_backup"),
        (empty, "not_a_backup"),
        (tmp_path / "nothing.sqlite", "not_found"),
    ):
        with pytest.raises(BackupUnusable) as refused:
            restore(root, offered)
        assert refused.value.problem == problem
    assert (root / "archive.sqlite").read_bytes() == before


def test_originals_newer_than_a_restored_catalogue_are_set_aside_not_lost(
    archive: Archive, tmp_path: Path
) -> None:
    ingest(archive, [_trip(tmp_path / "a", 1)], workers=1)
    backup = back_up_catalogue(archive, "manual")
    ingest(archive, [_trip(tmp_path / "b", 1, offset=5)], workers=1)
    newer = {p.name for p in archive.media_dir.glob("*/*")} - {
        str(r[0]).rsplit("/", 1)[1]
        for r in sqlite3.connect(backup).execute("SELECT stored_path FROM media_file")
    }
    assert len(newer) == 2
    root = archive.root
    archive.close()
    restore(root, backup)
    with Archive.open(root) as back:
        assert check(back).ok
    assert {p.name for p in (root / "backups" / "unrecorded").iterdir()} == newer

"""``check --fixity``: every original re-hashed, with progress, and when each was last found whole
recorded; the files not checked for 90 days are listed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.errors import Cancelled, ReadOnlyArchive
from archive_app.core.fixity import last_verified, overdue, overdue_count, verify_all
from archive_app.core.ingest import ingest, media_path
from tests.core.media_fixtures import make_wav


def _recordings(archive: Archive, tmp_path: Path, count: int) -> list[str]:
    folder = tmp_path / "trip"
    folder.mkdir()
    for number in range(count):
        make_wav(folder / f"n{number}.wav", seconds=0.2 + number / 100)
    ingest(archive, [folder], workers=1)
    return [r[0] for r in archive.db.execute("SELECT sha256 FROM media_file ORDER BY sha256")]


def test_a_fixity_check_records_when_each_original_was_found_whole(
    archive: Archive, tmp_path: Path
) -> None:
    shas = _recordings(archive, tmp_path, 3)
    assert all(last_verified(archive.db, sha) is None for sha in shas)
    altered = media_path(archive, shas[0])
    altered.chmod(0o644)
    data = bytearray(altered.read_bytes())
    data[-1] ^= 1
    altered.write_bytes(bytes(data))
    seen: list[float] = []
    report = verify_all(archive, progress=lambda fraction, _name: seen.append(fraction))
    assert [p.problem for p in report.problems] == ["checksum_mismatch"]
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert last_verified(archive.db, shas[0]) is None  # never found whole since import
    assert all(last_verified(archive.db, sha) for sha in shas[1:])
    outcome = archive.db.execute(
        "SELECT outcome FROM media_fixity WHERE sha256 = ?", [shas[0]]
    ).fetchone()[0]
    assert outcome == "checksum_mismatch"
    assert (
        archive.db.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'archive.fixity'"
        ).fetchone()[0]
        == 1
    )


def test_files_not_verified_for_ninety_days_are_listed(archive: Archive, tmp_path: Path) -> None:
    shas = _recordings(archive, tmp_path, 2)
    now = datetime.now(UTC)
    assert overdue_count(archive.db, now=now) == 0  # the import's own hash counts
    assert overdue_count(archive.db, now=now + timedelta(days=91)) == 2
    with archive.transaction() as db:  # imported a hundred days ago
        db.execute("UPDATE media_file SET imported_at = '2020-01-01T00:00:00.000Z'")
    assert [f.sha256 for f in overdue(archive.db, now=now)] == shas
    verify_all(archive)
    assert overdue_count(archive.db, now=now) == 0


def test_a_stopped_fixity_check_keeps_what_it_verified(archive: Archive, tmp_path: Path) -> None:
    import threading

    _recordings(archive, tmp_path, 4)
    stop = threading.Event()

    def progress(fraction: float, _name: str) -> None:
        if 0 < fraction < 1:
            stop.set()

    with pytest.raises(Cancelled):
        verify_all(archive, progress=progress, cancel=stop)
    checked = archive.db.execute("SELECT count(*) FROM media_fixity").fetchone()[0]
    assert 0 < checked < 4


def test_a_fixity_check_needs_the_writer(archive: Archive, tmp_path: Path) -> None:
    _recordings(archive, tmp_path, 1)
    root = archive.root
    archive.close()
    with Archive.open(root, read_only=True) as reader, pytest.raises(ReadOnlyArchive):
        verify_all(reader)

"""Damage is reported, never papered over: no catalogue is ever re-created over existing originals."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.errors import CatalogueDamaged, NotAnArchive
from archive_app.core.ingest import ingest
from archive_app.core.integrity import check_folder
from tests.core.media_fixtures import make_wav


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A closed archive with a recording and a few hundred interviews (many pages)."""
    root = tmp_path / "archive"
    make_wav(tmp_path / "voice.wav", seconds=0.3)
    with Archive.create(root) as archive:
        ingest(archive, [tmp_path / "voice.wav"])
        with archive.transaction() as db:
            for number in range(400):
                interviews.add_interview(db, f"访谈 {number} " + "留守儿童的春节 " * 20)
        archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return root


@pytest.mark.parametrize("read_only", [False, True])
def test_an_emptied_catalogue_is_damage_not_a_new_archive(filled: Path, read_only: bool) -> None:
    (filled / "archive.sqlite").write_bytes(b"")
    with pytest.raises(CatalogueDamaged) as caught:
        Archive.open(filled, read_only=read_only)
    assert caught.value.problem == "empty"
    assert (filled / "archive.sqlite").stat().st_size == 0  # left as found, for recovery


def test_a_missing_catalogue_beside_originals_is_damage(filled: Path) -> None:
    (filled / "archive.sqlite").unlink()
    with pytest.raises(CatalogueDamaged) as caught:
        Archive.open(filled)
    assert caught.value.problem == "missing"
    assert not (filled / "archive.sqlite").exists()


def test_a_folder_with_an_empty_media_folder_and_no_catalogue_is_not_an_archive(
    tmp_path: Path,
) -> None:
    (tmp_path / "x" / "media").mkdir(parents=True)
    with pytest.raises(NotAnArchive):
        Archive.open(tmp_path / "x")
    assert not (tmp_path / "x" / "archive.sqlite").exists()


def test_random_bytes_over_the_catalogue_are_damage(filled: Path) -> None:
    garbage = os.urandom(64 * 1024)
    (filled / "archive.sqlite").write_bytes(garbage)
    for read_only in (False, True):
        with pytest.raises(CatalogueDamaged) as caught:
            Archive.open(filled, read_only=read_only)
        assert caught.value.problem == "not_a_database"
    assert (filled / "archive.sqlite").read_bytes() == garbage


def test_a_catalogue_with_a_backup_names_it(filled: Path) -> None:
    with Archive.open(filled) as archive:
        from archive_app.core.backup import back_up_catalogue

        backup = back_up_catalogue(archive, "daily")
    (filled / "archive.sqlite").write_bytes(b"")
    with pytest.raises(CatalogueDamaged) as caught:
        Archive.open(filled)
    found = caught.value.backups
    assert backup in found
    assert [p.stat().st_mtime for p in found] == sorted(
        (p.stat().st_mtime for p in found), reverse=True
    )


def _overwrite_pages(path: Path, first: int, last: int) -> None:
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        for number in range(first, last):
            handle.seek(number * page)
            handle.write(os.urandom(page))


def test_check_reports_overwritten_pages_with_what_it_could_read(filled: Path) -> None:
    pages = (filled / "archive.sqlite").stat().st_size // 4096
    _overwrite_pages(filled / "archive.sqlite", pages // 2, pages - 2)
    report = check_folder(filled)
    assert not report.ok
    assert "catalogue_damaged" in {p.problem for p in report.problems}
    assert report.readable, "what could be read is listed"
    assert report.files_found == 1


def test_check_reports_random_bytes_as_damage_and_counts_the_originals(filled: Path) -> None:
    (filled / "archive.sqlite").write_bytes(os.urandom(8192))
    report = check_folder(filled)
    assert [p.problem for p in report.problems] == ["catalogue_damaged"]
    assert report.files_found == 1 and not report.ok


def test_an_interrupted_create_leaves_no_catalogue_and_is_tidied(tmp_path: Path) -> None:
    root = tmp_path / "new"
    Archive.create(root).close()
    half = root / ".archive.sqlite.new-deadbeef"
    half.write_bytes(b"SQLite format 3\x00")
    with Archive.open(root):
        pass
    assert not half.exists()


def test_no_archive_is_made_inside_another_archive(filled: Path) -> None:
    from archive_app.core.errors import ExportTargetRefused

    for inside in (filled / "media" / "new", filled / "nested"):
        with pytest.raises(ExportTargetRefused):
            Archive.create(inside)
        assert not inside.exists()

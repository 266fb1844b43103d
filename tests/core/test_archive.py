"""The archive folder: its layout, the writer lock, and schema migrations."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from archive_app.core import interviews, migrations, records
from archive_app.core.archive import Archive
from archive_app.core.errors import (
    ArchiveExists,
    ArchiveLocked,
    NotAnArchive,
    ReadOnlyArchive,
    SchemaTooNew,
)

DATA = Path(__file__).parent.parent / "data"


def test_new_archive_has_the_documented_layout(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "a") as archive:
        for name in ("archive.sqlite", "media", "derived", "index", "backups", "archive.lock"):
            assert (archive.root / name).exists(), name
        assert archive.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert archive.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert migrations.current_version(archive.conn) == migrations.latest_version()


def test_creating_over_an_existing_archive_is_refused(archive: Archive) -> None:
    with pytest.raises(ArchiveExists):
        Archive.create(archive.root)


def test_a_folder_without_a_catalogue_is_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "holiday photos").mkdir()
    with pytest.raises(NotAnArchive):
        Archive.open(tmp_path / "holiday photos")
    with pytest.raises(NotAnArchive):
        Archive.open(tmp_path / "nowhere", read_only=True)


def test_a_second_writer_in_another_process_is_told_the_archive_is_open(archive: Archive) -> None:
    script = textwrap.dedent(
        f"""
        from archive_app.core.archive import Archive
        from archive_app.core.errors import ArchiveLocked
        try:
            Archive.open({str(archive.root)!r})
        except ArchiveLocked as error:
            print("locked", error.pid, error.holder_ended)
        else:
            print("opened")
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["locked", str(os.getpid()), "False"]


def test_readers_read_while_the_writer_holds_the_lock(archive: Archive) -> None:
    with archive.transaction() as db:
        interview_id = interviews.add_interview(db, "奶奶的春节")
    with pytest.raises(ArchiveLocked):
        Archive.open(archive.root)
    reader = Archive.open(archive.root, read_only=True)
    try:
        assert records.get(reader.db, "interview", interview_id)["title"] == "奶奶的春节"
        with pytest.raises(ReadOnlyArchive):
            with reader.transaction():
                pass
    finally:
        reader.close()


def test_the_lock_is_released_on_close(archive: Archive) -> None:
    archive.close()
    Archive.open(archive.root).close()


def test_a_failed_transaction_leaves_nothing(archive: Archive) -> None:
    with pytest.raises(RuntimeError):
        with archive.transaction() as db:
            interviews.add_interview(db, "half written")
            raise RuntimeError("power cut")
    assert records.list_records(archive.db, "interview") == []


def test_leftovers_of_an_interrupted_import_are_cleared_on_open(archive: Archive) -> None:
    archive.incoming_dir.mkdir(parents=True, exist_ok=True)
    (archive.incoming_dir / "deadbeef.wav").write_bytes(b"RIFF half a file")
    root = archive.root
    archive.close()
    with Archive.open(root) as reopened:
        assert not any(reopened.incoming_dir.glob("*"))


def test_a_catalogue_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "future"
    Archive.create(root).close()
    conn = sqlite3.connect(root / "archive.sqlite")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        Archive.open(root)
    Archive.open(root, read_only=True).close()  # still readable as it is


def test_a_stored_version_1_catalogue_upgrades_with_a_backup_and_keeps_its_records(
    tmp_path: Path,
) -> None:
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(DATA / "catalogue_v1.sqlite", root / "archive.sqlite")
    (root / "media").mkdir()
    with Archive.open(root) as archive:
        assert migrations.current_version(archive.conn) == migrations.latest_version()
        names = {p["name"] for p in records.list_records(archive.db, "person")}
        assert {"李桂兰", "张小雨"} <= names
        (interview,) = [
            i for i in records.list_records(archive.db, "interview") if i["title"] == "外婆的春节"
        ]
        assert interview["keywords"] == ["留守儿童", "春节"]
        assert interviews.people_of(archive.db, interview["id"])[0]["role"] == "narrator"
        backups = sorted(archive.backups_dir.glob("archive-before-v2-*.sqlite"))
        if migrations.latest_version() > 1:
            assert backups, "a backup must be taken before migrating"
            old = sqlite3.connect(backups[0])
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            old.close()


def test_migrations_are_numbered_without_gaps() -> None:
    found = migrations.all_migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))


def test_sql_splitting_keeps_triggers_whole() -> None:
    script = (
        "CREATE TABLE t (a);\n"
        "CREATE TRIGGER t_no_delete BEFORE DELETE ON t\n"
        "BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
        "-- a closing comment\n"
    )
    assert len(migrations.split_statements(script)) == 2

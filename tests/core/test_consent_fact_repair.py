"""An archive made by an early version 3 lacks the log of consent fact changes (m003 was changed
after it was released); the repair migration puts it in, as m003 makes it today, and leaves a
catalogue that has the log as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.consent import changes

DATA = Path(__file__).resolve().parents[1] / "data"


def log_objects(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """The log's table, its triggers and the narrators' index: name -> (type, table)."""
    return {
        str(name): (str(kind), str(table))
        for name, kind, table in conn.execute(
            "SELECT name, type, tbl_name FROM sqlite_master WHERE name LIKE 'consent_fact%' "
            "OR name = 'interview_narrator'"
        )
    }


def stored_archive(version: int, tmp_path: Path) -> Path:
    root = tmp_path / f"v{version}"
    root.mkdir()
    shutil.copy(DATA / f"catalogue_v{version}.sqlite", root / "archive.sqlite")
    (root / "media").mkdir()
    return root


def test_an_early_version_3_archive_gets_the_log_and_it_follows_changes(tmp_path: Path) -> None:
    root = stored_archive(3, tmp_path)
    with sqlite3.connect(root / "archive.sqlite") as early:
        assert log_objects(early) == {}  # the catalogue as the early version 3 left it
    with Archive.create(tmp_path / "new") as fresh:
        expected = log_objects(fresh.conn)
    assert len(expected) == 22  # the table, 20 triggers, the index

    with Archive.open(root) as archive:
        assert log_objects(archive.conn) == expected
        first = changes.latest(archive.db)
        assert first is not None  # the gate can follow changes instead of re-reading all
        grandma = str(
            archive.db.execute("SELECT id FROM person WHERE name = '李桂兰'").fetchone()[0]
        )
        edits.apply(archive, edits.set_fields("person", grandma, birth_date="1950"))
        changed = changes.since(archive.db, first)
    assert changed is not None and changed.people == frozenset({grandma})


def test_a_catalogue_that_has_the_log_keeps_its_notes(tmp_path: Path) -> None:
    root = stored_archive(4, tmp_path)
    with sqlite3.connect(root / "archive.sqlite") as before:
        notes = before.execute("SELECT * FROM consent_fact_change ORDER BY seq").fetchall()
        objects = log_objects(before)
    assert notes and len(objects) == 22
    with Archive.open(root) as archive:
        kept = archive.conn.execute("SELECT * FROM consent_fact_change ORDER BY seq").fetchall()
        assert [tuple(row) for row in kept] == notes
        assert log_objects(archive.conn) == objects

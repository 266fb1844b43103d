"""An archive of schema version 1 whose upgrade would break links between records: a stand-in
for a faulty migration, to see what every layer does when core refuses to commit one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive_app.core import migrations
from archive_app.core.migrations import Migration

DATA = Path(__file__).parents[1] / "data"


def archive_with_a_breaking_upgrade(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the stored v1 catalogue in ``folder`` (made), while its second migration is
    replaced by one that also deletes every transcript, leaving their segments dangling."""
    folder.mkdir()
    shutil.copy(DATA / "catalogue_v1.sqlite", folder / "archive.sqlite")
    shipped = migrations.all_migrations()

    def lose_every_transcript(conn: sqlite3.Connection) -> None:
        shipped[1].apply(conn)
        conn.execute("DELETE FROM transcript")

    monkeypatch.setattr(
        migrations,
        "all_migrations",
        lambda: [shipped[0], Migration(2, "broken", lose_every_transcript), *shipped[2:]],
    )
    return folder


def unchanged_at_version_1(folder: Path) -> bool:
    """Whether the catalogue in ``folder`` is still version 1 with its one transcript."""
    check = sqlite3.connect(folder / "archive.sqlite")
    try:
        version = check.execute("PRAGMA user_version").fetchone()[0]
        transcripts = check.execute("SELECT count(*) FROM transcript").fetchone()[0]
    finally:
        check.close()
    return bool(version == 1 and transcripts == 1)

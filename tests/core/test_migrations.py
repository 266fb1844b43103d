"""The migration runner: a table rebuilt by a migration keeps every row that refers to it, and a
migration that would leave rows without their parent is undone with a typed error."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.core import interviews, migrations, people, sections
from archive_app.core.archive import Archive
from archive_app.core.errors import MigrationBrokeReferences
from archive_app.core.migrations import Migration
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from tests.core.upgrade_fixtures import archive_with_a_breaking_upgrade, unchanged_at_version_1

DATA = Path(__file__).resolve().parents[1] / "data"


def rebuild(table: str, extra_column: str) -> Callable[[sqlite3.Connection], None]:
    """A migration that changes ``table`` the way SQLite asks for most changes: make the new
    table, copy the rows, drop the old one, rename, and make its indexes and triggers again."""

    def apply(conn: sqlite3.Connection) -> None:
        (create,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        kept = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                "AND sql IS NOT NULL",
                [table],
            )
        ]
        columns = ", ".join(f"[{row[1]}]" for row in conn.execute(f"PRAGMA table_info([{table}])"))
        head, tail = create.rsplit(")", 1)
        conn.execute(
            f"{head}, {extra_column}){tail}".replace(
                f"CREATE TABLE {table}", f"CREATE TABLE {table}_new", 1
            )
        )
        conn.execute(f"INSERT INTO {table}_new ({columns}) SELECT {columns} FROM [{table}]")
        conn.execute(f"DROP TABLE [{table}]")
        conn.execute(f"ALTER TABLE {table}_new RENAME TO [{table}]")
        for sql in kept:
            conn.execute(sql)

    return apply


def scratch(apply: Callable[[sqlite3.Connection], None]) -> list[Migration]:
    """Today's migrations and one more after them."""
    shipped = migrations.all_migrations()
    return [*shipped, Migration(len(shipped) + 1, "scratch", apply)]


def everything(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: sorted(
            (tuple(row) for row in conn.execute(f"SELECT * FROM [{table}]")),
            key=repr,
        )
        for table in tables
    }


@pytest.fixture
def told(archive: Archive) -> Archive:
    """A grandmother's interview with its transcript, sections, narrator and family."""
    with archive.transaction() as db:
        grandma = people.add_person(db, "李桂兰", birth_date="1951")
        family = people.add_family(db, "张家")
        people.add_member(db, family, grandma, "grandmother")
        interview = interviews.add_interview(db, "外婆的春节", date="2024-02-10")
        interviews.link_person(db, interview, grandma, "narrator")
        add_transcript(
            db,
            interview,
            [
                Segment(0.0, 2.0, "奶奶", "那年腊月，我天天去镇上等车。"),
                Segment(2.0, 4.0, "奶奶", "她进门的时候，小雨都不认得她了。"),
            ],
        )
        sections.add_section(db, interview, 0, "腊月等车")
    return archive


def test_rebuilding_a_parent_table_keeps_every_row_that_refers_to_it(
    told: Archive, tmp_path: Path
) -> None:
    # interview is the parent of transcripts (and through them segments), sections, recordings
    # and narrators, all ON DELETE CASCADE: dropping it with foreign keys on takes them all
    before = everything(told.conn)
    migrated = scratch(rebuild("interview", "weather TEXT NOT NULL DEFAULT ''"))

    assert migrations.upgrade(told.conn, tmp_path / "backups", migrated) == [len(migrated)]

    after = everything(told.conn)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert {t: r for t, r in after.items() if t != "interview"} == {
        t: r for t, r in before.items() if t != "interview"
    }
    assert [row[:-1] for row in after["interview"]] == before["interview"]  # and weather ''
    assert told.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert told.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # the rebuilt table still guards its children: deleting the interview now cascades
    with told.transaction() as db:
        db.execute("DELETE FROM interview")
    assert told.conn.execute("SELECT count(*) FROM segment").fetchone()[0] == 0


def test_foreign_keys_are_off_while_a_migration_runs_and_on_after(
    told: Archive, tmp_path: Path
) -> None:
    seen: list[int] = []

    def look(conn: sqlite3.Connection) -> None:
        seen.append(conn.execute("PRAGMA foreign_keys").fetchone()[0])

    migrations.upgrade(told.conn, tmp_path / "backups", scratch(look))

    assert seen == [0]
    assert told.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_migration_that_leaves_rows_without_their_parent_is_undone(
    told: Archive, tmp_path: Path
) -> None:
    before = everything(told.conn)
    version = migrations.current_version(told.conn)

    def lose_the_grandmother(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE scratch_note (text TEXT)")
        conn.execute("DELETE FROM person WHERE name = '李桂兰'")

    with pytest.raises(MigrationBrokeReferences) as caught:
        migrations.upgrade(told.conn, tmp_path / "backups", scratch(lose_the_grandmother))

    assert caught.value.version == version + 1
    assert caught.value.dangling == {
        ("family_member", "person"): 1,
        ("interview_person", "person"): 1,
    }
    assert migrations.current_version(told.conn) == version
    assert everything(told.conn) == before  # the new table went too
    assert told.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not told.conn.in_transaction


def test_a_migration_that_fails_leaves_foreign_keys_on(told: Archive, tmp_path: Path) -> None:
    def fail(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE segment")
        raise ValueError("a bug in the migration")

    with pytest.raises(ValueError):
        migrations.upgrade(told.conn, tmp_path / "backups", scratch(fail))

    assert told.conn.execute("SELECT count(*) FROM segment").fetchone()[0] == 2
    assert told.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_rows_that_were_already_dangling_do_not_stop_an_upgrade(
    told: Archive, tmp_path: Path
) -> None:
    # a catalogue once edited by hand with foreign keys off: the integrity check reports it,
    # but the archive must still open and upgrade
    told.conn.execute("PRAGMA foreign_keys = OFF")
    told.conn.execute("DELETE FROM family")
    told.conn.execute("PRAGMA foreign_keys = ON")

    migrated = scratch(lambda conn: conn.execute("CREATE TABLE scratch_note (text TEXT)"))
    assert migrations.upgrade(told.conn, tmp_path / "backups", migrated) == [len(migrated)]
    assert [tuple(r)[::2] for r in told.conn.execute("PRAGMA foreign_key_check")] == [
        ("family_member", "family")
    ]


def test_opening_an_archive_whose_migration_fails_leaves_it_unchanged_and_unlocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = archive_with_a_breaking_upgrade(tmp_path / "old", monkeypatch)
    with pytest.raises(MigrationBrokeReferences) as caught:
        Archive.open(root)
    monkeypatch.undo()

    assert caught.value.dangling == {("segment", "transcript"): 3}
    assert unchanged_at_version_1(root)
    check = sqlite3.connect(root / "archive.sqlite")
    assert "search_dirty" not in {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    check.close()
    with Archive.open(root) as reopened:  # the lock was let go; today's m002.. now apply
        assert migrations.current_version(reopened.conn) == migrations.latest_version()
        assert reopened.conn.execute("SELECT count(*) FROM segment").fetchone()[0] == 3

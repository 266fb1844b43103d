"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Each migration is a file ``mNNN_name.sql`` (statements) or ``mNNN_name.py`` (a module with
``upgrade(conn)``) in this package. Migration N takes the catalogue from version N-1 to N, runs in
one exclusive transaction, and is preceded by a backup copy of the catalogue in ``backups/``.

Foreign keys are off while a migration runs, so that the usual way of changing a table in SQLite
(create the new one, copy the rows, drop the old one, rename) cannot cascade into the tables that
refer to it: with them on, dropping a parent deletes or orphans every child row. Before the
migration commits, ``PRAGMA foreign_key_check`` must find no row it left without its parent;
otherwise it is rolled back and :class:`MigrationBrokeReferences` raised. Afterwards, whatever
happened, foreign keys are as they were before (on, for every connection the archive opens).
"""

from __future__ import annotations

import importlib
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from archive_app.core.clock import now_iso
from archive_app.core.errors import MigrationBrokeReferences, SchemaTooNew

_NAME = re.compile(r"^m(\d{3})_(\w+)\.(sql|py)$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (triggers with inner ``;`` stay whole)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in pending.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at end of migration: {pending[:80]!r}")
    return statements


def _sql_migration(text: str) -> Callable[[sqlite3.Connection], None]:
    statements = split_statements(text)

    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def all_migrations() -> list[Migration]:
    """Every migration shipped with this version, in order, numbered 1..N without gaps."""
    found: list[Migration] = []
    for entry in resources.files(__name__).iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        version, name, suffix = int(match[1]), match[2], match[3]
        if suffix == "sql":
            apply = _sql_migration(entry.read_text(encoding="utf-8"))
        else:
            module = importlib.import_module(f"{__name__}.{entry.name[:-3]}")
            apply = module.upgrade
        found.append(Migration(version, name, apply))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migrations are not numbered 1..N: {[m.version for m in found]}")
    return found


def latest_version() -> int:
    return len(all_migrations())


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_catalogue(conn: sqlite3.Connection, backups_dir: Path, label: str) -> Path:
    """Copy the live catalogue to ``backups/`` with SQLite's online backup API: checked, under
    a temporary name, renamed when whole (a copy killed half-way is never taken for a backup)."""
    from archive_app.core.backup import copy_catalogue

    stamp = now_iso().replace(":", "").replace("-", "").replace(".", "")
    target = backups_dir / f"archive-{label}-{stamp}.sqlite"
    copy_catalogue(conn, target)
    return target


def upgrade(
    conn: sqlite3.Connection,
    backups_dir: Path | None,
    migrations: Sequence[Migration] | None = None,
) -> list[int]:
    """Bring the catalogue to the latest version; return the versions applied.

    A backup is taken before each migration into ``backups_dir`` (None: a new, empty
    catalogue being made, which has nothing to keep). ``migrations`` defaults to
    :func:`all_migrations` (tests pass their own list). Raises :class:`SchemaTooNew` when the
    catalogue comes from a newer app, and :class:`MigrationBrokeReferences` when a migration
    would leave rows without their parent (that migration is undone; those before it stay
    applied).
    """
    if migrations is None:
        migrations = all_migrations()
    version = current_version(conn)
    if version > len(migrations):
        raise SchemaTooNew(version, len(migrations))
    if conn.in_transaction:
        raise RuntimeError("migrations need a connection outside any transaction")
    applied: list[int] = []
    for migration in migrations[version:]:
        if version > 0 and backups_dir is not None:
            backup_catalogue(conn, backups_dir, f"before-v{migration.version}")
        _apply(conn, migration)
        version = migration.version
        applied.append(version)
    return applied


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """One migration in one exclusive transaction, with foreign keys off while it runs."""
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: hence before BEGIN
    try:
        conn.execute("BEGIN EXCLUSIVE")
        try:
            dangling_before = _dangling(conn)
            migration.apply(conn)
            left = _dangling(conn) - dangling_before
            if left:
                raise MigrationBrokeReferences(migration.version, migration.name, left)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")


def _dangling(conn: sqlite3.Connection) -> Counter[tuple[str, str]]:
    """How many rows of each child table miss their parent, per (child, parent) table.

    Counted before and after a migration so that only what the migration itself broke stops
    it: a catalogue that already had such rows (edited by hand without foreign keys) must still
    open, and the integrity check reports them.
    """
    return Counter((str(row[0]), str(row[2])) for row in conn.execute("PRAGMA foreign_key_check"))

"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Each migration is a file ``mNNN_name.sql`` (statements) or ``mNNN_name.py`` (a module with
``upgrade(conn)``) in this package. Migration N takes the catalogue from version N-1 to N, runs in
one exclusive transaction, and is preceded by a backup copy of the catalogue in ``backups/``.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from archive_app.core.clock import now_iso
from archive_app.core.errors import SchemaTooNew

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


def upgrade(conn: sqlite3.Connection, backups_dir: Path | None) -> list[int]:
    """Bring the catalogue to the latest version; return the versions applied.

    A backup is taken before each migration into ``backups_dir`` (None: a new, empty
    catalogue being made, which has nothing to keep).

    Raises :class:`SchemaTooNew` when the catalogue comes from a newer app.
    """
    migrations = all_migrations()
    version = current_version(conn)
    if version > len(migrations):
        raise SchemaTooNew(version, len(migrations))
    applied: list[int] = []
    for migration in migrations[version:]:
        if version > 0 and backups_dir is not None:
            backup_catalogue(conn, backups_dir, f"before-v{migration.version}")
        conn.execute("BEGIN EXCLUSIVE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = migration.version
        applied.append(version)
    return applied

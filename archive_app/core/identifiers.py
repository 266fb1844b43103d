"""Shortened record IDs, as git shortens commit names: the first few characters of an ID stand
for the whole of it when no other record's ID starts with them.

Every command that takes an ID passes what was typed through :func:`resolve_id` first.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import records
from archive_app.core.errors import AmbiguousId, InvalidValue, RecordNotFound, WrongKind

#: the fewest characters a shortened ID may have (git's own minimum); fewer match too much
MIN_PREFIX = 4

#: what :class:`InvalidValue` says is expected of a prefix that is too short
SHORTEST_WANTED = f"an ID or at least its first {MIN_PREFIX} characters"

#: how many matching records an ambiguity error names
SHOWN_CANDIDATES = 8

#: every kind of record that has an ID of its own, and its table
TABLES: dict[str, str] = {
    **records.KINDS,
    "consent": "consent",
    "section": "section",
    "passage": "closed_passage",
}

# Greater than any character an ID can hold, so ``prefix <= id < prefix + _AFTER`` is exactly
# "starts with prefix" and SQLite can answer it from the primary key's index.
_AFTER = "\U0010ffff"


def resolve_id(db: sqlite_utils.Database, typed: str, kinds: Sequence[str] = ()) -> str:
    """The full ID of the one record of ``kinds`` (any kind when empty) whose ID is ``typed`` or
    starts with it (compared without case; spaces around it ignored).

    Raises :class:`RecordNotFound` when none matches, :class:`AmbiguousId` when several do,
    :class:`WrongKind` when only a record of another kind does, and :class:`InvalidValue` for a
    prefix shorter than :data:`MIN_PREFIX` that is not a whole ID.
    """
    text = typed.strip()
    tables = _tables(kinds)
    for table in tables.values():  # a whole ID as stored, whatever its length
        if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [text]).fetchone():
            return text
    if len(text) < MIN_PREFIX:
        raise InvalidValue("id", typed, SHORTEST_WANTED)
    found = _starting_with(db, text.lower(), tables)
    if len(found) > 1:
        raise AmbiguousId(typed, found[:SHOWN_CANDIDATES])
    if found:
        return found[0][0]
    elsewhere = _starting_with(
        db, text.lower(), {k: t for k, t in TABLES.items() if k not in tables}
    )
    if len(elsewhere) == 1:
        raise WrongKind(elsewhere[0][0], elsewhere[0][1], list(tables))
    raise RecordNotFound(typed, kinds[0] if len(kinds) == 1 else None)


def _starting_with(
    db: sqlite_utils.Database, prefix: str, tables: dict[str, str]
) -> list[tuple[str, str]]:
    """``(id, kind)`` of the records in ``tables`` whose ID starts with ``prefix``, in ID order
    (a few more than are ever shown)."""
    found: list[tuple[str, str]] = []
    for kind, table in tables.items():
        rows = db.execute(
            f"SELECT id FROM [{table}] WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            [prefix, prefix + _AFTER, SHOWN_CANDIDATES + 1],
        ).fetchall()
        found += [(str(row[0]), kind) for row in rows]
    return sorted(found)


def _tables(kinds: Sequence[str]) -> dict[str, str]:
    if not kinds:
        return TABLES
    unknown = [kind for kind in kinds if kind not in TABLES]
    if unknown:
        raise InvalidValue("kind", unknown[0], ", ".join(TABLES))
    return {kind: TABLES[kind] for kind in kinds}

"""The log of changes to the facts the consent rules read (``consent_fact_change``).

Triggers in the catalogue note, in the same transaction as the change, the person whose consent
records or birth date changed, or the interview or photo whose date or featured people changed.
A reader that worked something out at one point of the log asks here what changed since; any
other edit (a title, a transcript, an interviewer) leaves the log where it was.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

import sqlite_utils

#: more notes than this since a reader's point: reading everything again is as quick
MAX_CHANGES = 5_000


class Point(NamedTuple):
    """A point in the log: the latest note's number and its random mark."""

    seq: int
    mark: str


class Changed(NamedTuple):
    """What changed between two points of the log."""

    people: frozenset[str]
    items: frozenset[str]


def latest(db: sqlite_utils.Database) -> Point | None:
    """The log's latest point; None for a catalogue without the log (made by an early build)."""
    try:
        row = db.conn.execute(
            "SELECT seq, mark FROM consent_fact_change ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise
    return None if row is None else Point(int(row[0]), str(row[1]))


def since(db: sqlite_utils.Database, point: Point) -> Changed | None:
    """The people and items noted after ``point``.

    None when the log no longer holds ``point`` as it was seen (it was trimmed, or the catalogue
    is not the one it was seen in) or holds more than :data:`MAX_CHANGES` notes after it.
    """
    row = db.conn.execute(
        "SELECT mark FROM consent_fact_change WHERE seq = ?", [point.seq]
    ).fetchone()
    if row is None or row[0] != point.mark:
        return None
    rows = db.conn.execute(
        "SELECT person_id, item_id FROM consent_fact_change WHERE seq > ? ORDER BY seq LIMIT ?",
        [point.seq, MAX_CHANGES + 1],
    ).fetchall()
    if len(rows) > MAX_CHANGES:
        return None
    return Changed(
        frozenset(r[0] for r in rows if r[0] is not None),
        frozenset(r[1] for r in rows if r[1] is not None),
    )

"""What closed passages keep from each audience across a whole archive, worked out once and kept
while the catalogue's passage mark (``closed_passage_mark``, moved by triggers with every change
to a fact the passage rules read) stays where it was.

Search asks on every query, so the answer is kept per catalogue file and shared by every
connection to it in this process; a passage closed a moment ago moves the mark in its own
transaction and counts on the very next question. Nothing is kept from inside a transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from datetime import date

import sqlite_utils

from archive_app.core.consent import passage_facts, rules
from archive_app.core.consent.model import ClosedParts

#: catalogues kept at once, and answers (audience and day) per catalogue
CATALOGUES = 4
ANSWERS = 16

Mark = tuple[int, str]

_KEPT: OrderedDict[str, tuple[Mark, dict[tuple[str, date], ClosedParts]]] = OrderedDict()
_LOCK = threading.Lock()


def _mark(db: sqlite_utils.Database) -> Mark | None:
    """The passage mark; None for a catalogue made before closed passages (it has none)."""
    try:
        row = db.conn.execute("SELECT seq, mark FROM closed_passage_mark").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise
    return None if row is None else (int(row[0]), str(row[1]))


def _catalogue(db: sqlite_utils.Database) -> str | None:
    for row in db.conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return str(row[2]) or None
    return None


def closed_parts(db: sqlite_utils.Database, audience: str, day: date) -> ClosedParts:
    """The lines, chapters and photos closed passages keep from ``audience`` on ``day``."""
    rules.check_audience(audience)
    if audience == "curator":
        return ClosedParts()
    with _LOCK:
        conn = db.conn
        if conn.in_transaction:
            mark = _mark(db)
            return ClosedParts() if mark is None else _work_out(db, audience, day)
        conn.execute("BEGIN")  # the mark and the facts from one moment
        try:
            mark = _mark(db)
            if mark is None:
                return ClosedParts()
            catalogue = _catalogue(db)
            kept = None if catalogue is None else _KEPT.get(catalogue)
            if kept is not None and kept[0] == mark and (audience, day) in kept[1]:
                _KEPT.move_to_end(catalogue)  # type: ignore[arg-type]  # not None: kept found
                return kept[1][(audience, day)]
            answer = _work_out(db, audience, day)
            if catalogue is not None:
                answers = kept[1] if kept is not None and kept[0] == mark else {}
                answers[(audience, day)] = answer
                while len(answers) > ANSWERS:
                    del answers[next(iter(answers))]
                _KEPT[catalogue] = (mark, answers)
                _KEPT.move_to_end(catalogue)
                while len(_KEPT) > CATALOGUES:
                    _KEPT.popitem(last=False)
            return answer
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")


def _work_out(db: sqlite_utils.Database, audience: str, day: date) -> ClosedParts:
    interviews = passage_facts.interviews_with_passages(db)
    if not interviews:
        return ClosedParts()
    segments: set[str] = set()
    sections: set[str] = set()
    photos: set[str] = set()
    closing: set[str] = set()
    every_interview = passage_facts.many_timeline_facts(db, interviews)
    for facts in every_interview.values():
        decision = rules.decide_passages(facts, audience, day)
        segments.update(decision.segments)
        sections.update(decision.sections)
        photos.update(decision.photos)
        if decision.closes_anything:
            closing.add(facts.interview_id)
    return ClosedParts(
        frozenset(segments), frozenset(sections), frozenset(photos), frozenset(closing)
    )


def forget() -> None:
    """Let go of everything kept."""
    with _LOCK:
        _KEPT.clear()

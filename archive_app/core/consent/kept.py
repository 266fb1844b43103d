"""What the gate worked out about an archive, kept between calls for as long as it holds.

Search, the family view and the consent badges each ask through a connection of their own, often
a new one per question, so what is kept belongs to the catalogue file and every connection to it
in this process shares it. Before each answer the change log (:mod:`changes`) says whether a
fact the rules read has changed since: nothing, and the kept answer stands; a few changes, and
only the people and items they name are read again and only the items they touch are judged
again; too many, or a catalogue the log does not recognise, and everything is read again. An
edit the rules never read (a title, a transcript) keeps every answer. A withdrawal counts on the
very next call, for every connection, because the log moves in the transaction that withdraws.

Nothing is kept from inside a transaction: a rollback would undo what was read.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from archive_app.core.consent import changes
from archive_app.core.consent.archive_facts import ArchiveFacts, brought_up_to_date, read_archive
from archive_app.core.consent.openness import Openness

#: catalogues kept at once (an app has one open; tests and tools may open a few)
CATALOGUES = 4
#: answers kept per catalogue: audiences times the days asked about
ANSWERS = 16
#: items an answer may have to judge again before it is dropped instead
JUDGED_AGAIN = 2_000


Key = tuple[str, date, str]  # audience, day, renewal policy


@dataclass
class Kept:
    """The facts of one catalogue at one point of its change log, and answers drawn from them.

    An answer worked out before a change is carried over with the items that change touched and
    judged again for those items only when it is next asked for.
    """

    point: changes.Point | None  # None: the catalogue has no change log; nothing is kept
    facts: ArchiveFacts
    answers: dict[Key, frozenset[str]] = field(default_factory=dict)
    stale: dict[Key, frozenset[str]] = field(default_factory=dict)  # touched since worked out

    def open_items(self, audience: str, day: date, policy: str) -> frozenset[str]:
        """The items ``audience`` may see on ``day`` under renewal policy ``policy``."""
        key = (audience, day, policy)
        facts = self.facts
        answer = self.answers.get(key)
        if answer is None:
            openness = Openness(facts.people, facts.naming, audience, day, policy)
            answer = self.answers[key] = openness.open_items(facts.consented.items())
            while len(self.answers) > ANSWERS:
                oldest = next(iter(self.answers))
                del self.answers[oldest]
                self.stale.pop(oldest, None)
            return answer
        touched = self.stale.pop(key, None)
        if touched:
            # Items not touched feature nobody whose facts changed: their answer stands.
            openness = Openness(facts.people, facts.naming, audience, day, policy)
            consented = facts.consented
            opened = openness.open_items((i, consented[i]) for i in touched if i in consented)
            answer = self.answers[key] = answer.difference(touched).union(opened)
        return answer

    def after(self, point: changes.Point, facts: ArchiveFacts, touched: frozenset[str]) -> Kept:
        """What is kept once a change touching the items ``touched`` has been read."""
        if not touched:
            return Kept(point, facts, dict(self.answers), dict(self.stale))
        answers: dict[Key, frozenset[str]] = {}
        stale: dict[Key, frozenset[str]] = {}
        for key, answer in self.answers.items():
            again = self.stale.get(key, frozenset()) | touched
            if len(again) <= JUDGED_AGAIN:  # else working it out afresh is as quick
                answers[key] = answer
                stale[key] = again
        return Kept(point, facts, answers, stale)


_KEPT: OrderedDict[str, Kept] = OrderedDict()  # catalogue file -> kept, most recently used last
# One lock for all: answers are worked out and kept one at a time, so two threads asking at once
# do the work once.
_LOCK = threading.Lock()


@contextmanager
def reading(db: sqlite_utils.Database) -> Iterator[Kept]:
    """What is known about ``db``'s catalogue as ``db`` sees it now, read in one transaction.

    Use the answer only inside the ``with`` block (other threads wait meanwhile).
    """
    with _LOCK, _collection_paused():
        conn = db.conn
        if conn.in_transaction:
            yield _current(db, keep=False)
            return
        conn.execute("BEGIN")  # the log and the facts from one moment
        try:
            kept = _current(db, keep=True)
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
        yield kept


@contextmanager
def _collection_paused() -> Iterator[None]:
    # Reading an archive and judging it build tens of thousands of small objects, none of them
    # part of a cycle; each full collection they would set off walks everything alive (what is
    # kept included) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def forget() -> None:
    """Let go of everything kept: the next question reads its catalogue again."""
    with _LOCK:
        _KEPT.clear()


def _catalogue(db: sqlite_utils.Database) -> str | None:
    for row in db.conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return str(row[2]) or None  # '' for a catalogue in memory: nothing to share
    return None


def _current(db: sqlite_utils.Database, *, keep: bool) -> Kept:
    point = changes.latest(db)
    catalogue = _catalogue(db) if point is not None else None
    before = None if catalogue is None else _KEPT.get(catalogue)
    if before is None:
        now = None
    elif before.point == point:
        now = before
    else:
        now = _brought_up_to_date(db, before, point)
    if now is None:
        now = Kept(point, read_archive(db))
    if keep and catalogue is not None:
        _KEPT[catalogue] = now
        _KEPT.move_to_end(catalogue)
        while len(_KEPT) > CATALOGUES:
            _KEPT.popitem(last=False)
    return now


def _brought_up_to_date(
    db: sqlite_utils.Database, before: Kept, point: changes.Point | None
) -> Kept | None:
    if before.point is None or point is None:
        return None
    changed = changes.since(db, before.point)
    if changed is None:
        return None
    facts, touched = brought_up_to_date(db, before.facts, changed)
    return before.after(point, facts, touched)

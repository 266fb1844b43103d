"""Measure the consent gate's "what may this audience see" query on a generated archive.

Builds a temporary archive with 10,000 interviews and 50,000 interview-people links (narrators,
interviewers, people mentioned), 5,000 photos with the people depicted in them, and consent
records of every kind (guardians and assent, embargoes, withdrawals, consents naming items,
people without any), then times ``visible_items`` for each audience from a read-only connection,
as search and the consent badges ask, and prints the median and 95th percentile of each mode:

  full       nothing kept: the first question in a process (every fact read, the rules applied)
  changed    right after the writer changed a fact the rules read: a consent added or withdrawn,
             a narrator linked, a birth date corrected (one of each in turn)
  unrelated  right after a write the rules do not read: a title edited, an interviewer linked
  rules      facts kept, another day asked about (the rules applied to every item)
  repeat     the same question again on an unchanged catalogue

With ``--check N`` it also compares the answer with ``decide`` on N items per audience, once the
changes above have been made.

    python -m benchmarks.consent_gate_bench [--runs 25] [--seed 7] [--check 300]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from archive_app.core import interviews, records
from archive_app.core.archive import Archive
from archive_app.core.clock import new_id, now_iso
from archive_app.core.consent import kept, store
from archive_app.core.consent.gate import AUDIENCES, decide, visible_items

INTERVIEWS = 10_000
LINKS = 50_000
PHOTOS = 5_000
PEOPLE = 14_000
INTERVIEWERS = 60
TODAY = date(2026, 6, 1)


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def generate(archive: Archive, rng: random.Random) -> None:
    """Fill the archive straight through SQL (the record API would log 100,000 audit entries)."""
    stamp = now_iso()
    people: list[tuple[str, str, str | None]] = []
    for n in range(PEOPLE):
        roll = rng.random()
        if roll < 0.05:
            birth = None  # unknown: treated as an adult, listed by `consent due`
        elif roll < 0.70:
            born = _day(rng, date(2004, 1, 1), date(2018, 12, 31))
            birth = str(born.year) if rng.random() < 0.2 else born.isoformat()
        else:
            birth = _day(rng, date(1940, 1, 1), date(1990, 12, 31)).isoformat()
        people.append((new_id(), f"person {n}", birth))
    interviewers = people[:INTERVIEWERS]
    narrators_pool = people[INTERVIEWERS:]

    interviews: list[tuple[str, str | None]] = []
    for _ in range(INTERVIEWS):
        roll = rng.random()
        day = _day(rng, date(2015, 1, 1), date(2026, 5, 1))
        text = None if roll < 0.03 else day.isoformat()[:4] if roll < 0.1 else day.isoformat()
        interviews.append((new_id(), text))

    links: set[tuple[str, str, str]] = set()
    narrated: dict[str, list[str]] = {}
    for interview_id, _ in interviews:
        for person in rng.sample(narrators_pool, rng.choice((1, 1, 2, 2, 3))):
            links.add((interview_id, person[0], "narrator"))
            narrated.setdefault(person[0], []).append(interview_id)
        links.add((interview_id, rng.choice(interviewers)[0], "interviewer"))
    while len(links) < LINKS:
        interview_id = rng.choice(interviews)[0]
        links.add((interview_id, rng.choice(narrators_pool)[0], "mentioned"))

    photos: list[tuple[str, str | None, str | None]] = []
    depicted: set[tuple[str, str]] = set()
    for _ in range(PHOTOS):
        interview_id, when = rng.choice(interviews)
        photo_id = new_id()
        photos.append((photo_id, interview_id, when if rng.random() < 0.5 else None))
        if rng.random() < 0.7:  # the rest fall back on their interview's narrators
            for person in rng.sample(narrators_pool, rng.choice((1, 1, 2, 3))):
                depicted.add((photo_id, person[0]))

    consents: list[tuple[object, ...]] = []
    covered: list[tuple[str, str, str]] = []
    births = {p[0]: p[2] for p in people}
    for person_id, items in narrated.items():
        if rng.random() < 0.12:
            continue  # no consent at all: curators only
        birth = births[person_id]
        child = birth is not None and birth >= "2004"
        kinds = (
            rng.choices(("guardian+assent", "guardian", "self", "both"), (70, 10, 10, 10))[0]
            if child
            else "self"
        )
        givers = (
            [("guardian", "yes")]
            if kinds == "guardian+assent"
            else [("guardian", None)]
            if kinds == "guardian"
            else [("self", None)]
            if kinds == "self"
            else [("guardian", None), ("self", None)]
        )
        for given_by, assent in givers:
            consent_id = new_id()
            given = _day(rng, date(2015, 1, 1), date(2026, 5, 1)).isoformat()
            withdrawn = rng.random() < 0.05
            consents.append(
                (
                    consent_id,
                    person_id,
                    given,
                    given_by,
                    "奶奶" if given_by == "guardian" else None,
                    "grandmother" if given_by == "guardian" else None,
                    assent,
                    json.dumps(
                        ["family"] + [a for a in ("research", "public") if rng.random() < 0.6]
                    ),
                    "items" if rng.random() < 0.05 else "all",
                    "化名" if rng.random() < 0.1 else None,
                    0 if rng.random() < 0.1 else 1,
                    _day(rng, date(2024, 1, 1), date(2030, 1, 1)).isoformat()
                    if rng.random() < 0.1
                    else None,
                    "2026-01-01" if withdrawn else None,
                    "changed their mind" if withdrawn else None,
                    stamp,
                    stamp,
                )
            )
            if consents[-1][8] == "items":
                for interview_id in rng.sample(items, min(len(items), rng.choice((1, 2)))):
                    covered.append((consent_id, interview_id, "interview"))

    with archive.transaction() as db:
        db.conn.executemany(
            "INSERT INTO person (id, name, birth_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [(p, name, birth, stamp, stamp) for p, name, birth in people],
        )
        db.conn.executemany(
            "INSERT INTO interview (id, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [(i, f"interview {n}", d, stamp, stamp) for n, (i, d) in enumerate(interviews)],
        )
        db.conn.executemany(
            "INSERT INTO interview_person (interview_id, person_id, role) VALUES (?, ?, ?)",
            sorted(links),
        )
        db.conn.executemany(
            "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, "
            "imported_at) VALUES (?, 1, '.jpg', ?, ?, ?)",
            [(f"{n:064x}", f"media/{n}.jpg", f"{n}.jpg", stamp) for n in range(PHOTOS)],
        )
        db.conn.executemany(
            "INSERT INTO photo (id, interview_id, sha256, original_name, format, taken_at, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 'jpeg', ?, ?, ?)",
            [
                (p, i, f"{n:064x}", f"{n}.jpg", taken, stamp, stamp)
                for n, (p, i, taken) in enumerate(photos)
            ],
        )
        db.conn.executemany(
            "INSERT INTO photo_person (photo_id, person_id) VALUES (?, ?)", sorted(depicted)
        )
        db.conn.executemany(
            "INSERT INTO consent (id, person_id, date, given_by, guardian_name, relationship, "
            "assent, audiences, scope, pseudonym, show_face, embargo_until, withdrawn_on, "
            "withdrawal_reason, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            consents,
        )
        db.conn.executemany(
            "INSERT INTO consent_item (consent_id, item_id, item_kind) VALUES (?, ?, ?)", covered
        )
    archive.conn.execute("ANALYZE")
    print(
        f"generated: {len(interviews)} interviews, {len(links)} interview-people links, "
        f"{len(photos)} photos with {len(depicted)} people depicted, {len(people)} people, "
        f"{len(consents)} consent records",
        file=sys.stderr,
    )


ALL_ITEMS = "SELECT id FROM interview UNION ALL SELECT id FROM photo"


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


Timing = tuple[float, float]  # median, p95 in milliseconds


def _timed(
    call: Callable[[int], frozenset[str]], runs: int, before: Callable[[int], object] | None = None
) -> Timing:
    times: list[float] = []
    for run in range(runs):
        if before is not None:
            before(run)  # not timed
        start = time.perf_counter()
        call(run)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), _percentile(times, 0.95)


class Writer:
    """The archive's writer making changes between questions, as a curator would."""

    def __init__(self, archive: Archive, rng: random.Random) -> None:
        self.archive = archive
        self.rng = rng
        db = archive.db
        self.interviews = [r[0] for r in db.execute("SELECT id FROM interview")]
        self.narrators = [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT person_id FROM interview_person WHERE role = 'narrator'"
            )
        ]
        self.live = [r[0] for r in db.execute("SELECT id FROM consent WHERE withdrawn_on IS NULL")]

    def consent_change(self, run: int) -> None:
        rng = self.rng
        with self.archive.transaction() as db:
            kind = run % 4
            if kind == 0:
                self.live.append(
                    store.add_consent(
                        db,
                        rng.choice(self.narrators),
                        date=TODAY - timedelta(days=rng.randrange(1, 400)),
                        audiences=["family", "research", "public"],
                    )
                )
            elif kind == 1:
                consent_id = self.live.pop(rng.randrange(len(self.live)))
                given = store.get_consent(db, consent_id).date
                store.withdraw_consent(
                    db, consent_id, date=max(given, "2026-01-01"), reason="benchmark"
                )
            elif kind == 2:
                interviews.link_person(
                    db, rng.choice(self.interviews), rng.choice(self.narrators), "narrator"
                )
            else:
                born = date(2000, 1, 1) + timedelta(days=rng.randrange(8000))
                records.update(db, "person", rng.choice(self.narrators), {"birth_date": str(born)})

    def unrelated_change(self, run: int) -> None:
        with self.archive.transaction() as db:
            interview_id = self.rng.choice(self.interviews)
            if run % 2:
                records.update(db, "interview", interview_id, {"title": f"访谈 {run}"})
            else:
                person_id = self.rng.choice(self.narrators)
                interviews.link_person(db, interview_id, person_id, "interviewer")


def _measure(
    writer: Writer, db: sqlite_utils.Database, audience: str, runs: int
) -> tuple[int, dict[str, Timing]]:
    def ask(_: int) -> frozenset[str]:
        return visible_items(db, audience, TODAY)

    def asked_then(change: Callable[[int], None]) -> Callable[[int], object]:
        def prepare(run: int) -> None:
            ask(run)  # the answer before the change is known, as it is in a running app
            change(run)

        return prepare

    found = len(ask(0))
    return found, {
        "full": _timed(ask, runs, lambda _: kept.forget()),
        "changed": _timed(ask, runs, asked_then(writer.consent_change)),
        "unrelated": _timed(ask, runs, asked_then(writer.unrelated_change)),
        "rules": _timed(lambda run: visible_items(db, audience, TODAY + timedelta(run + 1)), runs),
        "repeat": _timed(ask, runs),
    }


MODES = ("full", "changed", "unrelated", "rules", "repeat")


def _check(db: sqlite_utils.Database, rng: random.Random, audience: str, sample: int) -> bool:
    found = visible_items(db, audience, TODAY)
    ids = sorted(r[0] for r in db.execute(ALL_ITEMS))
    for item_id in rng.sample(ids, min(sample, len(ids))):
        if decide(db, item_id, audience, TODAY).allowed != (item_id in found):
            print(f"MISMATCH {audience} {item_id}", file=sys.stderr)
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=25, help="timed runs per audience and mode")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--check", type=int, default=0, metavar="N", help="compare N items with decide"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder, Archive.create(Path(folder) / "bench") as archive:
        generate(archive, rng)
        writer = Writer(archive, rng)
        reader = Archive.open(archive.root, read_only=True)  # as search and exports read
        try:
            db = reader.db
            visible_items(db, "family", TODAY)  # page cache
            print(
                "milliseconds, median / p95 of each mode:\n"
                "  full       nothing kept: the first question in a process\n"
                "  changed    right after the writer changed a fact the rules read\n"
                "  unrelated  right after a write the rules do not read\n"
                "  rules      facts kept, another day asked about\n"
                "  repeat     the same question again"
            )
            print(f"{'audience':<10} {'visible':>8} " + " ".join(f"{m:>15}" for m in MODES))
            for audience in AUDIENCES:
                found, timings = _measure(writer, db, audience, args.runs)
                print(
                    f"{audience:<10} {found:>8} "
                    + " ".join(f"{timings[m][0]:>7.1f} /{timings[m][1]:>6.1f}" for m in MODES)
                )
            if args.check:
                for audience in AUDIENCES[1:]:
                    if not _check(db, rng, audience, args.check):
                        return 1
                kept.forget()  # and everything read again agrees with what was brought up to date
                for audience in AUDIENCES[1:]:
                    if not _check(db, rng, audience, args.check):
                        return 1
                print(f"checked: {args.check} items per audience agree with decide")
        finally:
            reader.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The campaign's rules, each a function returning what it found broken (empty: the rule held).

After every fault: no process of the killed program is left; the next writer gets in; ``check``
is clean (catalogue sound, every original whole, no orphan in ``media/``); every catalogue copy
in ``backups/`` is whole; every file offered is fully present (its row, its original with the
right SHA-256, and, for a transcript, found by search) or fully absent; re-running completes.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.errors import ArchiveLocked  # noqa: E402
from archive_app.core.integrity import check  # noqa: E402
from archive_app.core.media_store import hash_file  # noqa: E402
from archive_app.core.search.service import SearchService  # noqa: E402
from benchmarks.fault_world import SourceFile  # noqa: E402


@dataclass
class Tally:
    tried: int = 0
    survived: int = 0
    failures: list[str] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)
    longest_wait_s: float = 0.0  # the longest the lock kept the next writer out

    def add(self, broken: list[str], label: str) -> None:
        self.tried += 1
        if broken:
            self.failures.append(f"{label}: " + "; ".join(broken[:4]))
        else:
            self.survived += 1


def group_gone(group: int, within: float = 5.0) -> list[str]:
    """No process of the killed program's group is left (helpers die with their writer)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return []
        time.sleep(0.02)
    return [f"a process of group {group} outlived the kill by {within:.0f} s"]


def next_writer(root: Path, within: float = 5.0) -> tuple[Archive | None, list[str], float]:
    """Open the archive for writing as the next program would; how long the lock kept it out
    (the opening's own work, such as finishing a migration, is not counted)."""
    started = time.monotonic()
    while True:
        attempt = time.monotonic()
        try:
            return Archive.open(root), [], attempt - started
        except ArchiveLocked as locked:
            if time.monotonic() - started > within:
                return None, [f"the next writer was shut out: {locked.holder}"], within
            time.sleep(0.05)
        except Exception as error:  # noqa: BLE001 - any other failure is a broken rule
            return None, [f"the next writer could not open: {type(error).__name__}: {error}"], 0.0


def sound(archive: Archive) -> list[str]:
    report = check(archive)
    return [f"check: {p.problem} {p.item} {p.detail}".rstrip() for p in report.problems]


def backups_whole(root: Path) -> list[str]:
    broken = []
    for copy in sorted((root / "backups").glob("*.sqlite")):
        try:
            conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
            try:
                verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            verdict = str(error)
        if verdict != "ok":
            broken.append(f"backup {copy.name} is not whole: {verdict}")
    return broken


def present_or_absent(
    archive: Archive, files: list[SourceFile], service: SearchService | None = None
) -> tuple[list[str], int]:
    """Each offered file fully present or fully absent; how many are present."""
    broken: list[str] = []
    present = 0
    for item in files:
        stored = archive.db.execute(
            "SELECT stored_path FROM media_file WHERE sha256 = ?", [item.sha256]
        ).fetchone()
        record = archive.db.execute(
            f"SELECT id, interview_id FROM [{item.kind}] WHERE sha256 = ?", [item.sha256]
        ).fetchone()
        on_disk = list((archive.media_dir / item.sha256[:2]).glob(f"{item.sha256}*"))
        if stored is None and record is None and not on_disk:
            continue
        name = item.path.name
        if stored is None or record is None:
            broken.append(
                f"{name}: half there (file row {stored is not None}, record "
                f"{record is not None}, original {bool(on_disk)})"
            )
            continue
        original = archive.root / str(stored[0])
        if not original.is_file() or hash_file(original) != item.sha256:
            broken.append(f"{name}: its original is missing or not whole")
            continue
        if item.phrase and service is not None:
            hits = service.search(item.phrase, kinds=("segment",)).hits
            if not any(hit.interview_id == record[1] for hit in hits):
                broken.append(f"{name}: recorded but not found by search")
                continue
        present += 1
    return broken, present

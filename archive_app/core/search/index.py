"""The index folder: open it, tell whether it is usable, rebuild it, write changes into it.

    index/
      current/        search.sqlite (see ``schema.py``) and stamp.json
      building-*/     a rebuild in progress; swapped in by renaming when complete

The index is SQLite FTS5 fed our analyzer's terms (it was Whoosh until schema 3: Whoosh's writer
spent about 90% of a rebuild handling each posting in Python, and its reader needed a scan of
every term to read pinyin; see the issue note). A rebuild writes a new file without a journal in
a folder of its own and swaps it in by renaming; updates are ordinary SQLite transactions in WAL
mode with full fsync, so a process killed at any moment leaves the last committed state, and the
catalogue's marks are cleared only after the index committed. A stamp (analyzer, schema, OpenCC
and Unicode versions: what the terms of a stored text depend on) that differs means rebuild; a
file that will not open or is shorter than its header says means rebuild.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any

from archive_app.core.durable import fsync_folder
from archive_app.core.errors import Cancelled
from archive_app.core.search import analysis, pinyin, schema
from archive_app.core.search.documents import SearchDocument
from archive_app.core.search.writer import IndexWriter

#: bump when the tables or what they store change
#: (2: sections are documents; 3: SQLite FTS5 instead of Whoosh, groups, speakers, tiers;
#: 4: a photo's title is its caption's first sentence, not its first 40 characters)
SCHEMA_VERSION = 4
STAMP = "stamp.json"
FILE = "search.sqlite"
CURRENT = "current"
Progress = Callable[[float, str], None]


class IndexState(Enum):
    READY = "ready"
    MISSING = "missing"
    OUTDATED = "outdated"  # made by another analyzer or schema version
    DAMAGED = "damaged"  # will not open, or its files are incomplete


def _opencc_version() -> str:
    try:
        return metadata.version("opencc")
    except metadata.PackageNotFoundError:
        return "unknown"


def expected_stamp() -> dict[str, Any]:
    return {
        "analyzer": analysis.ANALYZER_VERSION,
        "schema": SCHEMA_VERSION,
        "engine": "sqlite-fts5",
        "opencc": _opencc_version(),
        "unicode": unicodedata.unidata_version,
    }


def current_dir(root: Path) -> Path:
    return root / CURRENT


def index_file(root: Path) -> Path:
    return current_dir(root) / FILE


def state(root: Path) -> IndexState:
    """Whether the index under ``root`` (the archive's ``index/``) can be searched as it is."""
    folder = current_dir(root)
    stamp_file = folder / STAMP
    if not stamp_file.exists():
        return IndexState.MISSING if not folder.exists() else IndexState.OUTDATED
    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return IndexState.DAMAGED
    if stamp != expected_stamp():
        return IndexState.OUTDATED
    try:
        conn = open_index(root)
        try:
            check(conn, index_file(root))
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return IndexState.DAMAGED
    return IndexState.READY


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``sqlite3.DatabaseError`` when the file is cut short or its tables do not read."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    wal = path.with_name(path.name + "-wal")
    held = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if held < pages * page_size:
        raise sqlite3.DatabaseError("index file shorter than its header says")
    conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    conn.execute("SELECT max(rowid) FROM doc").fetchone()
    conn.execute("SELECT count(*) FROM grp").fetchone()
    conn.execute("SELECT rowid FROM words WHERE words MATCH 'a' LIMIT 1").fetchall()


def open_index(root: Path, *, write: bool = False) -> sqlite3.Connection:
    """A connection to the current index file (raises ``sqlite3.Error`` when it is unusable).

    Readers and the one writer may use it from any thread, one at a time.
    """
    path = index_file(root)
    if not path.exists():
        raise sqlite3.OperationalError(f"no index file at {path}")
    if not write and not os.access(path.parent, os.W_OK):
        # an archive on read-only media: nobody writes it, and SQLite may not make its WAL
        # shared-memory file there, so read it as the unchanging file it is
        conn = sqlite3.connect(
            f"{path.as_uri()}?immutable=1", uri=True, check_same_thread=False,
            isolation_level=None,
        )  # fmt: skip
        return conn
    conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False, isolation_level=None)
    try:
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -16000")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


# -- rebuilding -------------------------------------------------------------------------------


def rebuild(
    root: Path,
    documents: Iterable[SearchDocument],
    total: int,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Build a new index from ``documents`` beside the current one, then swap it in.

    Returns how many documents were indexed. Raises :class:`Cancelled` (leaving the current index
    as it was) when ``cancel`` is set. One process: analysing is the cost, and no child process
    ever holds the archive's files.
    """
    root.mkdir(parents=True, exist_ok=True)
    building = root / f"building-{uuid.uuid4().hex[:8]}"
    building.mkdir()
    try:
        conn = sqlite3.connect(building / FILE, isolation_level=None)
        try:
            # a half-built file is thrown away whole: no journal, no fsync until the end
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -64000")
            schema.create(conn)
            conn.execute("BEGIN")
            writer = IndexWriter(conn, fresh=True)
            count = 0
            for document in documents:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("reindex cancelled")
                writer.write(document)
                count += 1
                if progress is not None and count % 500 == 0:
                    progress(min(0.95, 0.95 * count / max(total, 1)), "indexing")
            if progress is not None:
                progress(0.95, "writing")
            writer.finish()
            conn.executemany(
                "INSERT INTO syllable (syllable, characters) VALUES (?, ?)",
                sorted(pinyin.characters_by_syllable().items()),
            )
            for statement in schema.INDEXES:
                conn.execute(statement)
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        (building / STAMP).write_text(json.dumps(expected_stamp()), encoding="utf-8")
        _fsync_folder(building)
        _swap_in(root, building)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if progress is not None:
        progress(1.0, "done")
    return count


def _swap_in(root: Path, building: Path) -> None:
    current = current_dir(root)
    retired = root / f"retired-{uuid.uuid4().hex[:8]}"
    if current.exists():
        current.rename(retired)
    building.rename(current)
    fsync_folder(root)
    shutil.rmtree(retired, ignore_errors=True)  # readers holding files keep them (POSIX)


def clear_leftovers(root: Path) -> None:
    """Remove folders of rebuilds that a killed process left behind."""
    if not root.is_dir():
        return
    for entry in root.iterdir():
        if entry.is_dir() and entry.name.startswith(("building-", "retired-")):
            shutil.rmtree(entry, ignore_errors=True)


# -- updating ---------------------------------------------------------------------------------


def apply_changes(
    conn: sqlite3.Connection,
    write: Iterable[SearchDocument],
    delete_ids: Iterable[str],
    gone_interviews: Iterable[str],
    resectioned: Iterable[str] = (),
) -> int:
    """Write documents again, delete others, in one transaction.

    The segments and sections of ``gone_interviews`` are deleted, and so are the sections of
    ``resectioned`` interviews (their current sections are among ``write``): deletions apply
    to what was committed before, never to what this commit writes. Raises
    :class:`writer.SequenceExhausted` when a group ran out of row ids (rebuild instead).
    """
    count = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        w = IndexWriter(conn)
        for item_id in delete_ids:
            w.delete(item_id)
        for interview_id in gone_interviews:
            for key in w.group_keys_of_interview(interview_id, ("segment", "section")):
                w.delete_group(key)
        for interview_id in resectioned:
            for key in w.group_keys_of_interview(interview_id, ("section",)):
                w.delete_group(key)
        for document in write:
            w.write(document)
            count += 1
        w.finish()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count


def optimize(conn: sqlite3.Connection) -> None:
    """Merge FTS5's segments into one (when idle): keeps queries fast after many updates."""
    conn.execute("INSERT INTO words (words) VALUES ('optimize')")


@dataclass(frozen=True)
class IndexInfo:
    documents: int
    segments: int
    size_bytes: int


def info(root: Path) -> IndexInfo:
    conn = open_index(root)
    try:
        size = sum(f.stat().st_size for f in current_dir(root).iterdir() if f.is_file())
        documents = int(conn.execute("SELECT count(*) FROM doc").fetchone()[0])
        return IndexInfo(documents, 1, size)
    finally:
        conn.close()


# -- durability -------------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    """Flush the folder's files and entries to disk."""
    for entry in folder.iterdir():
        if entry.is_file():
            try:
                fd = os.open(entry, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)
            except OSError:
                pass  # Windows refuses fsync on a read-only handle: best effort there
            finally:
                os.close(fd)
    fsync_folder(folder)

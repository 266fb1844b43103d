"""One archive is one self-contained folder; :class:`Archive` opens it.

MyArchive/
  archive.sqlite   the catalogue (WAL, foreign keys on): the single source of truth
  media/           original files, content-addressed by SHA-256, never modified in place
  derived/         thumbnails and other rebuildable things
  index/           the full-text index (rebuildable)
  backups/         catalogue backups (before each migration)
  archive.lock     held by the one process that writes
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from archive_app.core import migrations
from archive_app.core.errors import (
    ArchiveDiskFull,
    ArchiveError,
    ArchiveExists,
    BrokenLayout,
    CatalogueDamaged,
    ExportTargetRefused,
    NotAnArchive,
    ReadOnlyArchive,
)
from archive_app.core.export_target import inside_archive
from archive_app.core.lock import WriterLock

CATALOGUE = "archive.sqlite"
LOCK = "archive.lock"
MEDIA = "media"
DERIVED = "derived"
INDEX = "index"
BACKUPS = "backups"
INCOMING = ".incoming"  # temporary files of an import in progress, inside media/
#: a catalogue being made by :meth:`Archive.create`, renamed into place when whole
_NEW_CATALOGUE = f".{CATALOGUE}.new-"

# SQLite's primary result codes that mean the disk is full or the file is not a sound catalogue
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to a catalogue with the archive's settings: WAL, foreign keys, autocommit.

    Transactions are explicit (``BEGIN``/``COMMIT``), never implicit. Raises
    ``sqlite3.DatabaseError`` when the file is not a database.
    """
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def typed_sqlite_error(error: sqlite3.DatabaseError, root: Path) -> ArchiveError | None:
    """The archive's own error for an SQLite failure that is about the disk or the catalogue
    file (full disk, damaged or foreign file), or None for any other failure."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return ArchiveDiskFull(root)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        problem = "not_a_database" if code == _SQLITE_NOTADB else "malformed"
        return CatalogueDamaged(root, problem, str(error), catalogue_backups(root))
    return None


def catalogue_backups(root: Path) -> list[Path]:
    """Copies of the catalogue in ``backups/``, newest first."""
    folder = root / BACKUPS
    try:
        found = [p for p in folder.glob("*.sqlite") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def _has_originals(root: Path) -> bool:
    media = root / MEDIA
    if not media.is_dir():
        return False
    for folder in media.iterdir():
        if folder.name != INCOMING and folder.is_dir() and any(folder.iterdir()):
            return True
    return False


def _check_catalogue_file(root: Path) -> None:
    """Refuse a catalogue that is missing beside originals, empty, or not a file."""
    catalogue = root / CATALOGUE
    if not catalogue.exists():
        if _has_originals(root):
            raise CatalogueDamaged(root, "missing", "", catalogue_backups(root))
        raise NotAnArchive(root)
    if catalogue.is_dir():
        raise BrokenLayout(root, CATALOGUE, "file")
    if catalogue.stat().st_size == 0:
        raise CatalogueDamaged(root, "empty", "", catalogue_backups(root))


def _open_catalogue(root: Path, *, read_only: bool) -> sqlite3.Connection:
    """Connect to an existing catalogue and make sure it is one (a schema, a version)."""
    try:
        conn = connect(root / CATALOGUE, read_only=read_only)
    except sqlite3.DatabaseError as error:
        raise typed_sqlite_error(error, root) or error from error
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = migrations.current_version(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise typed_sqlite_error(error, root) or error from error
    if version == 0:  # only Archive.create makes a catalogue, and it is never seen half made
        conn.close()
        raise CatalogueDamaged(root, "empty", "", catalogue_backups(root))
    return conn


def _fsync(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Archive:
    """An open archive folder. Writes go through :meth:`transaction` on the writer connection.

    Open with :meth:`create` or :meth:`open`; close with :meth:`close` (or use ``with``).
    """

    def __init__(self, root: Path, conn: sqlite3.Connection, lock: WriterLock | None) -> None:
        self.root = root
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = lock
        self._depth = 0
        #: what opening found and tidied: originals set aside as unrecorded (see orphans)
        self.set_aside: list[str] = []

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, root: Path) -> Archive:
        """Make a new, empty archive at ``root`` (which may exist but must hold no catalogue).

        The catalogue is made under a temporary name and renamed into place when complete, so
        that an ``archive.sqlite`` is never seen half made. Raises :class:`ArchiveExists` if
        ``root`` already holds one, :class:`ExportTargetRefused` if it lies inside another
        archive's folder.
        """
        root = Path(root)
        if (root / CATALOGUE).exists():
            raise ArchiveExists(root)
        if root.exists() and not root.is_dir():
            raise NotAnArchive(root)
        if inside_archive(root, None):  # its files would land among another archive's
            raise ExportTargetRefused(root, "inside_archive")
        root.mkdir(parents=True, exist_ok=True)
        lock = WriterLock(root / LOCK)
        lock.acquire()
        try:
            if (root / CATALOGUE).exists():
                raise ArchiveExists(root)
            _make_folders(root)
            temporary = root / f"{_NEW_CATALOGUE}{uuid.uuid4().hex[:8]}"
            try:
                conn = connect(temporary)
                try:
                    migrations.upgrade(conn, None)
                finally:
                    conn.close()
                _fsync(temporary)
                os.replace(temporary, root / CATALOGUE)
                _fsync(root)
            except sqlite3.DatabaseError as error:
                raise typed_sqlite_error(error, root) or error from error
            finally:
                for leftover in root.glob(f"{_NEW_CATALOGUE}*"):
                    leftover.unlink(missing_ok=True)
            return cls._open_locked(root, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, root: Path, *, read_only: bool = False) -> Archive:
        """Open an existing archive.

        Writable (the default) takes the writer lock first (:class:`ArchiveLocked` if another
        program holds it), upgrades the schema (:class:`SchemaTooNew` if it is from a newer
        app), clears leftovers of an interrupted import and, when the last writer ended without
        closing, sets aside originals it stored but never recorded. ``read_only`` takes no lock.

        Never makes a catalogue: :class:`NotAnArchive` for a folder without one,
        :class:`CatalogueDamaged` for one that is missing beside stored originals, empty or
        not a database; :class:`BrokenLayout` when a part of the folder is of the wrong kind.
        """
        root = Path(root)
        if not root.is_dir():
            raise NotAnArchive(root)
        _check_catalogue_file(root)
        if read_only:
            return cls(root, _open_catalogue(root, read_only=True), None)
        lock = WriterLock(root / LOCK)
        lock.acquire()
        try:
            return cls._open_locked(root, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, root: Path, lock: WriterLock) -> Archive:
        conn = _open_catalogue(root, read_only=False)
        try:
            try:
                migrations.upgrade(conn, root / BACKUPS)
            except sqlite3.DatabaseError as error:
                raise typed_sqlite_error(error, root) or error from error
            archive = cls(root, conn, lock)
            _make_folders(root)
            interrupted = archive._clear_leftovers()
            if interrupted or lock.previous is not None:
                # only a writer that ended without closing leaves unrecorded originals
                from archive_app.core.orphans import set_aside_orphans

                archive.set_aside = set_aside_orphans(archive)
        except BaseException:
            conn.close()
            raise
        return archive

    def _clear_leftovers(self) -> bool:
        """Remove what interrupted work left; whether an import was interrupted."""
        incoming = self.incoming_dir
        interrupted = incoming.exists() and any(incoming.iterdir())
        if incoming.exists():
            shutil.rmtree(incoming, ignore_errors=True)  # an interrupted import's temporary copies
        for pattern in (f"{_NEW_CATALOGUE}*", f".{CATALOGUE}.restoring-*"):
            for leftover in self.root.glob(pattern):
                leftover.unlink(missing_ok=True)  # a create or restore killed before its rename
        stale = time.time() - 3600  # a backup command may be writing one right now
        for leftover in self.backups_dir.glob(".*.tmp"):
            try:
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()
            except OSError:
                pass
        return interrupted

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- places in the folder --------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def previous_writer_crashed(self) -> bool:
        """Whether the last writer before this one ended without closing the archive."""
        return self._lock is not None and self._lock.previous is not None

    @property
    def catalogue_path(self) -> Path:
        return self.root / CATALOGUE

    @property
    def media_dir(self) -> Path:
        return self.root / MEDIA

    @property
    def incoming_dir(self) -> Path:
        return self.root / MEDIA / INCOMING

    @property
    def derived_dir(self) -> Path:
        return self.root / DERIVED

    @property
    def index_dir(self) -> Path:
        return self.root / INDEX

    @property
    def backups_dir(self) -> Path:
        return self.root / BACKUPS

    def reader(self) -> sqlite3.Connection:
        """A separate read-only connection (for another thread, such as the GUI's)."""
        return connect(self.catalogue_path, read_only=True)

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """Run the block in one write transaction (``BEGIN IMMEDIATE``); nested blocks join it.

        Raises :class:`ReadOnlyArchive` on an archive opened read-only, :class:`ArchiveLocked`
        if the writer lock was lost to another program, :class:`ArchiveDiskFull` when the disk
        is full and :class:`CatalogueDamaged` when the catalogue turns out damaged; in each case
        nothing of the block is kept.
        """
        if self._lock is None:
            raise ReadOnlyArchive("archive is open read-only")
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self._lock.reassert()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise typed_sqlite_error(error, self.root) or error from error
        self._depth = 1
        try:
            yield self.db
            self._depth = 0
            self.conn.execute("COMMIT")
        except BaseException as failure:
            self._depth = 0
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the failure below says what went wrong
            if isinstance(failure, sqlite3.DatabaseError):
                typed = typed_sqlite_error(failure, self.root)
                if typed is not None:
                    raise typed from failure
            raise


def _make_folders(root: Path) -> None:
    for name in (MEDIA, DERIVED, INDEX, BACKUPS):
        folder = root / name
        if folder.exists() and not folder.is_dir():
            raise BrokenLayout(root, name, "folder")
        folder.mkdir(exist_ok=True)

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

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from archive_app.core import migrations
from archive_app.core.errors import ArchiveExists, NotAnArchive, ReadOnlyArchive
from archive_app.core.lock import WriterLock

CATALOGUE = "archive.sqlite"
LOCK = "archive.lock"
MEDIA = "media"
DERIVED = "derived"
INDEX = "index"
BACKUPS = "backups"
INCOMING = ".incoming"  # temporary files of an import in progress, inside media/


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to a catalogue with the archive's settings: WAL, foreign keys, autocommit.

    Transactions are explicit (``BEGIN``/``COMMIT``), never implicit.
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
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.row_factory = sqlite3.Row
    return conn


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

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, root: Path) -> Archive:
        """Make a new, empty archive at ``root`` (which may exist but must hold no catalogue).

        Raises :class:`ArchiveExists` if ``root`` already holds one.
        """
        root = Path(root)
        if (root / CATALOGUE).exists():
            raise ArchiveExists(root)
        root.mkdir(parents=True, exist_ok=True)
        for name in (MEDIA, DERIVED, INDEX, BACKUPS):
            (root / name).mkdir(exist_ok=True)
        return cls.open(root)

    @classmethod
    def open(cls, root: Path, *, read_only: bool = False) -> Archive:
        """Open an existing archive.

        Writable (the default) takes the writer lock first (:class:`ArchiveLocked` if another
        process holds it), upgrades the schema (:class:`SchemaTooNew` if it is from a newer app)
        and clears leftovers of an interrupted import. ``read_only`` takes no lock.
        """
        root = Path(root)
        catalogue = root / CATALOGUE
        if read_only:
            if not catalogue.exists():
                raise NotAnArchive(root)
            return cls(root, connect(catalogue, read_only=True), None)
        if not root.is_dir():
            raise NotAnArchive(root)
        if not catalogue.exists() and not (root / MEDIA).is_dir():
            raise NotAnArchive(root)
        lock = WriterLock(root / LOCK)
        lock.acquire()
        try:
            conn = connect(catalogue)
            migrations.upgrade(conn, root / BACKUPS)
        except BaseException:
            lock.release()
            raise
        archive = cls(root, conn, lock)
        archive._prepare_folders()
        return archive

    def _prepare_folders(self) -> None:
        for name in (MEDIA, DERIVED, INDEX, BACKUPS):
            (self.root / name).mkdir(exist_ok=True)
        incoming = self.incoming_dir
        if incoming.exists():
            shutil.rmtree(incoming, ignore_errors=True)  # an interrupted import's temporary copies

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

        Raises :class:`ReadOnlyArchive` on an archive opened read-only.
        """
        if self.read_only:
            raise ReadOnlyArchive("archive is open read-only")
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.db
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

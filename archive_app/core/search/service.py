"""The public face of search: what the UI and the CLI call.

    service = SearchService(archive)
    service.catch_up()                 # after writes: index what the catalogue marked dirty
    result = service.search("留守兒童 place:台山", limit=20)

Catching up and rebuilding write the index and the catalogue's marks, so they need the writable
archive and belong on the writer's worker (one writer; a second caller in the same process waits
for the first). Searching never blocks on them: a reader sees the last committed index, and while
the index is missing, outdated or damaged, answers come from the catalogue itself
(``from_fallback``). A read-only archive searches what is indexed.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from archive_app.core.consent.model import AUDIENCES
from archive_app.core.errors import InvalidValue, ReadOnlyArchive
from archive_app.core.search import (
    analysis,
    documents,
    engine,
    fallback,
    index,
    matching,
    snippets,
    writer,
)
from archive_app.core.search.query import ParsedQuery, parse

if TYPE_CHECKING:
    from archive_app.core.archive import Archive

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
#: more changed documents than this at once are cheaper to rebuild than to update one by one
REBUILD_THRESHOLD = 20000


@dataclass
class Hit:
    """One search result. ``snippet`` marks matched text with ``[[`` and ``]]`` (plain text:
    escape it for HTML before turning the markers into tags). ``start_s``: where a transcript
    segment or an index section starts on its interview's timeline, to play from there (None for
    other kinds and untimed text)."""

    id: str
    kind: str
    interview_id: str | None
    title: str
    snippet: str
    start_s: float | None
    score: float


@dataclass
class SearchResult:
    """``facets``: for kind, year, place, person, tag, speaker, tier and language, how many
    results have each value."""

    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    from_fallback: bool = False


# one writer per index folder within this process; other processes are kept out by the archive's
# writer lock, and Whoosh's own lock guards the files
_writer_locks: dict[Path, threading.Lock] = {}
_writer_locks_guard = threading.Lock()


def _writer_lock(root: Path) -> threading.Lock:
    with _writer_locks_guard:
        return _writer_locks.setdefault(root.resolve(), threading.Lock())


class SearchService:
    """Full-text search of one open archive."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.root: Path = archive.index_dir
        self._write_lock = _writer_lock(self.root)
        self._read_lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._file_id: tuple[int, int] | None = None  # (device, inode) of the file it reads
        self._ready: bool | None = None  # known state of the index, None: not checked yet
        self._catalogue: sqlite3.Connection | None = None
        self._lexicon_of: tuple[int, engine.Lexicon] | None = None

    # -- keeping the index in step ------------------------------------------------------------

    def needs_rebuild(self) -> bool:
        """True when the index is missing, from an older analyzer or schema, or damaged."""
        ready = index.state(self.root) is index.IndexState.READY
        self._ready = ready
        return not ready

    def rebuild(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> int:
        """Index the whole catalogue anew and swap the new index in; return how many documents.

        Raises :class:`ReadOnlyArchive` on a read-only archive, :class:`Cancelled` when
        ``cancel`` is set (the old index stays in use).
        """
        self._need_writer()
        with self._write_lock:
            return self._rebuild(progress, cancel)

    def catch_up(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> int:
        """Index what the catalogue marked dirty since the last time; return how many documents
        were written or removed. Rebuilds instead when the index needs it.

        Raises :class:`ReadOnlyArchive` on a read-only archive, :class:`Cancelled` when a
        rebuild is cancelled.
        """
        self._need_writer()
        with self._write_lock:
            if self._ready is not True and self.needs_rebuild():
                return self._rebuild(progress, cancel)
            conn = self.archive.reader()
            try:
                conn.execute("BEGIN")  # one snapshot for the marks and the text they point at
                db = sqlite_utils.Database(conn)
                marks = conn.execute(
                    "SELECT seq, item_kind, item_id FROM search_dirty ORDER BY seq"
                ).fetchall()
                if not marks:
                    return 0
                last_seq = int(marks[-1][0])
                affected = documents.affected_by(db, {(str(m[1]), str(m[2])) for m in marks})
                if len(affected) > REBUILD_THRESHOLD:
                    conn.execute("ROLLBACK")
                    return self._rebuild(progress, cancel)
                try:
                    count = self._apply(db, affected)
                except writer.SequenceExhausted:
                    conn.execute("ROLLBACK")
                    return self._rebuild(progress, cancel)
            finally:
                conn.close()
            self._clear_marks(last_seq)
            if progress is not None:
                progress(1.0, "done")
            return count

    def optimize(self) -> None:
        """Merge the index's segments; call when the archive is idle (it takes seconds)."""
        self._need_writer()
        with self._write_lock:
            if self._ready is not True and self.needs_rebuild():
                return
            conn = index.open_index(self.root, write=True)
            try:
                index.optimize(conn)
            finally:
                conn.close()

    def _need_writer(self) -> None:
        if self.archive.read_only:
            raise ReadOnlyArchive("the search index is written by the archive's writer")

    def _rebuild(self, progress: Progress | None, cancel: threading.Event | None) -> int:
        index.clear_leftovers(self.root)
        with self._read_lock:
            self._close_index()  # let go of the old files before the new index replaces them
        conn = self.archive.reader()
        try:
            conn.execute("BEGIN")
            row = conn.execute("SELECT max(seq) FROM search_dirty").fetchone()
            last_seq = int(row[0]) if row and row[0] is not None else 0
            builder = documents.DocumentBuilder(sqlite_utils.Database(conn))
            count = index.rebuild(
                self.root, builder.everything(), builder.count(), progress=progress, cancel=cancel
            )
        finally:
            conn.close()
        self._close_index()
        self._ready = True
        self._clear_marks(last_seq)
        return count

    def _apply(self, db: sqlite_utils.Database, affected: documents.Affected) -> int:
        builder = documents.DocumentBuilder(db)
        write: list[documents.SearchDocument] = []
        delete: list[str] = []
        for kind, ids in affected.by_kind.items():
            if not ids:
                continue
            found = list(builder.of_kind(kind, sorted(ids)))
            write.extend(found)
            delete.extend(ids - {d.id for d in found})
        conn = index.open_index(self.root, write=True)  # the writer's own: searches go on
        try:
            index.apply_changes(conn, write, delete, affected.gone_interviews, affected.resectioned)
        finally:
            conn.close()
        return len(write) + len(delete)

    def _clear_marks(self, last_seq: int) -> None:
        with self.archive.transaction() as db:
            db.execute("DELETE FROM search_dirty WHERE seq <= ?", [last_seq])

    # -- searching ------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Open the index and build what every search reads, ahead of the first keystroke.

        Does nothing while the index is missing or must be rebuilt.
        """
        if self.needs_rebuild():
            return
        with self._read_lock:
            conn = self._reader()
            if conn is not None:
                engine.prepare(conn)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        kinds: Sequence[str] = (),
        filters: Mapping[str, str | Sequence[str]] = {},  # noqa: B006 - read only, never changed
        audience: str = "curator",
    ) -> SearchResult:
        """Search the archive. ``kinds`` narrows to interview, section, segment (transcript),
        photo, document, person, place; ``filters`` adds place, person, year, tag, kind,
        interview, speaker, from, to, tier or language filters to those typed in ``query``. For
        any audience but 'curator', only interviews, their sections and transcript segments, and
        photos that the consent gate lets that audience see, and no transcript segment or
        section inside a passage closed to it (``gate.closed_parts``): neither found, nor
        counted, nor shown in a snippet. A query with neither words nor
        filters (empty, or only operators and punctuation) finds nothing.

        Raises :class:`InvalidValue` for an unknown audience or a filter date that is not one,
        :class:`query.QueryTooComplex` (an ``InvalidValue``) for a query too long or too deep.
        """
        if audience not in AUDIENCES:
            raise InvalidValue("audience", audience, ", ".join(AUDIENCES))
        parsed = _with_filters(parse(query), kinds, filters)
        if parsed.empty:
            return SearchResult(0)
        for name in ("from", "to"):
            for value in parsed.filters.get(name, ()):
                engine.check_date(name, value)
        gate = self._gate(audience)
        with self._read_lock:
            conn = self._reader()
            if conn is not None:
                try:
                    return self._search_index(conn, parsed, limit, gate)
                except Exception:  # noqa: BLE001 - a broken index must not break search
                    log.exception("search index failed; answering from the catalogue")
                    self._ready = False
                    self._close_index()
            return self._search_catalogue(parsed, limit, gate)

    def _search_index(
        self, conn: sqlite3.Connection, parsed: ParsedQuery, limit: int, gate: _Gate | None
    ) -> SearchResult:
        table = matching.groups_of(conn)
        compiled = engine.compile_tree(parsed, self._lexicon(conn, table.generation))
        keeps = engine.filter_keeps(parsed.filters, table, conn, self._speaker_forms)
        hidden: frozenset[int] = frozenset()
        if gate is not None:
            keeps.append(engine.gate_keep(conn, table, gate.visible))
            hidden = engine.hidden_rows(conn, gate.closing, gate.hidden)
        raw = engine.run(conn, compiled, keeps, limit=limit, table=table, hidden=hidden)
        hits = [
            Hit(
                id=h.id,
                kind=h.kind,
                interview_id=h.interview_id or None,
                title=h.title or "",
                snippet=snippets.snippet(h.text, compiled.highlight),
                start_s=h.start_s,
                score=h.score,
            )
            for h in raw.hits
        ]
        return SearchResult(raw.total, hits, raw.facets, from_fallback=False)

    def _speaker_forms(self, value: str) -> set[str]:
        """Every name (folded) of the people a ``speaker:`` value names: by id, or by any of
        their names, so that a speaker labelled with a nickname is found by the real name."""
        wanted = analysis.fold_name(value)
        forms: set[str] = set()
        for person_id, name, latin, others in self._catalogue_connection().execute(
            "SELECT id, name, name_latin, other_names FROM person"
        ):
            try:
                extra = [str(n) for n in json.loads(others or "[]")]
            except ValueError:
                extra = []
            names = {analysis.fold_name(n) for n in [name, latin or "", *extra] if n}
            if person_id == value or wanted in names:
                forms |= names
        return forms

    def _search_catalogue(
        self, parsed: ParsedQuery, limit: int, gate: _Gate | None
    ) -> SearchResult:
        kinds = parsed.filters.get("kind", ())
        kinds = tuple("segment" if k == "transcript" else k for k in kinds)
        total, found, facets = fallback.search(
            self._catalogue_connection(),
            parsed,
            limit=limit,
            kinds=kinds,
            allowed=gate.allows_owner if gate is not None else None,
        )
        hits = [
            Hit(h.id, h.kind, h.interview_id, h.title, h.snippet, h.start_s, 0.0) for h in found
        ]
        return SearchResult(total, hits, facets, from_fallback=True)

    def _lexicon(self, conn: sqlite3.Connection, generation: int) -> engine.Lexicon:
        if self._lexicon_of is None or self._lexicon_of[0] != generation:
            self._lexicon_of = (generation, engine.Lexicon(conn))
        return self._lexicon_of[1]

    def _gate(self, audience: str) -> _Gate | None:
        if audience == "curator":
            return None
        from archive_app.core.consent.gate import closed_parts, visible_items

        with self._read_lock:
            catalogue = sqlite_utils.Database(self._catalogue_connection())
            visible = visible_items(catalogue, audience)
            closed = closed_parts(catalogue, audience)
        return _Gate(visible, closed.segments | closed.sections, closed.interviews)

    # -- the open index ---------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection | None:
        """A connection to the latest index file, or None when the index is unusable.

        Each query reads the latest commit; a rebuild swaps in a new file, which is noticed by
        its inode and opened instead.
        """
        if self._ready is None:
            self.needs_rebuild()
        if not self._ready:
            return None
        try:
            stat = os.stat(index.index_file(self.root))
            file_id = (stat.st_dev, stat.st_ino)
            if self._conn is None or file_id != self._file_id:
                self._close_index()
                self._conn = index.open_index(self.root)
                self._file_id = file_id
        except (OSError, sqlite3.Error):
            log.exception("search index cannot be opened")
            self._ready = False
            self._close_index()
            return None
        return self._conn

    def _close_index(self) -> None:
        self._lexicon_of = None
        conn, self._conn = self._conn, None
        self._file_id = None
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error:  # closing a broken index must not hide the cause
                pass

    def _catalogue_connection(self) -> sqlite3.Connection:
        if self._catalogue is None:
            self._catalogue = self.archive.reader()
        return self._catalogue

    def close(self) -> None:
        """Let go of open index files and the catalogue connection."""
        with self._read_lock:
            self._close_index()
            if self._catalogue is not None:
                self._catalogue.close()
                self._catalogue = None


@dataclass(frozen=True)
class _Gate:
    """What a non-curator audience may see: ids of interviews and photos, less the transcript
    lines and chapters inside passages closed to it (``hidden``, of the interviews
    ``closing``)."""

    visible: frozenset[str]
    hidden: frozenset[str] = frozenset()
    closing: frozenset[str] = frozenset()

    def allows_owner(self, kind: str, owner: str | None, item_id: str) -> bool:
        return (
            kind in documents.PUBLIC_KINDS
            and owner is not None
            and owner in self.visible
            and item_id not in self.hidden
        )


def _with_filters(
    parsed: ParsedQuery, kinds: Sequence[str], filters: Mapping[str, str | Sequence[str]]
) -> ParsedQuery:
    merged: dict[str, tuple[str, ...]] = dict(parsed.filters)
    for name, given in filters.items():
        values = tuple(v for v in ([given] if isinstance(given, str) else given) if v.strip())
        if values:
            merged[name] = (*merged.get(name, ()), *values) if name != "kind" else values
    if kinds:
        merged["kind"] = tuple(kinds)
    return ParsedQuery(parsed.tree, merged)

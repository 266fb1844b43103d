"""The index folder: open it, tell whether it is usable, rebuild it, write changes into it.

    index/
      current/        the Whoosh index in use, with stamp.json (analyzer and schema version)
      building-*/     a rebuild in progress; swapped in by renaming when complete

Whoosh traps handled here (each measured): it pickles our tokenizer into the index, so the stamp
is read before Whoosh unpickles anything and a mismatch means rebuild; merging segments on every
commit makes a single update take seconds, so updates commit without merging and
:func:`optimize` merges when the archive is idle; it never fsyncs, so we fsync the files of each
commit before the catalogue's marks are cleared; a process killed mid-commit leaves the previous
generation intact (the table of contents is written to a temporary name and renamed), and an index
that still fails to open is rebuilt from the catalogue, which is the truth.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import MERGE_SMALL, IndexWriter

from archive_app.core.errors import Cancelled
from archive_app.core.search import analysis, schema
from archive_app.core.search.documents import SearchDocument

#: bump when the schema (fields, what they store) or the kinds of document change
#: (2: index sections of interviews are documents of their own)
SCHEMA_VERSION = 2
STAMP = "stamp.json"
#: updates add a segment each; past this many, a commit merges the small ones
SMALL_SEGMENTS_KEPT = 12
CURRENT = "current"
Progress = Callable[[float, str], None]


class IndexState(Enum):
    READY = "ready"
    MISSING = "missing"
    OUTDATED = "outdated"  # made by another analyzer or schema version
    DAMAGED = "damaged"  # will not open, or its files are incomplete


def expected_stamp() -> dict[str, Any]:
    return {
        "analyzer": analysis.ANALYZER_VERSION,
        "schema": SCHEMA_VERSION,
        "engine": "whoosh-2.7",
    }


def current_dir(root: Path) -> Path:
    return root / CURRENT


def state(root: Path) -> IndexState:
    """Whether the index under ``root`` (the archive's ``index/``) can be searched as it is."""
    folder = current_dir(root)
    stamp_file = folder / STAMP
    if not stamp_file.exists():
        return IndexState.MISSING if not any(folder.glob("*.toc")) else IndexState.OUTDATED
    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return IndexState.DAMAGED
    if stamp != expected_stamp():
        return IndexState.OUTDATED
    try:
        ix = open_index(root)
        try:
            with ix.searcher() as searcher:
                searcher.doc_count()
                for reader, _ in searcher.reader().leaf_readers():
                    # touching every segment's term dictionary finds truncated files
                    next(iter(reader.field_terms("kind")), None)
        finally:
            ix.close()
    except Exception:  # noqa: BLE001 - any failure to read the index means: rebuild it
        return IndexState.DAMAGED
    return IndexState.READY


def open_index(root: Path) -> whoosh_index.Index:
    """Open the current index for reading (or for writing through :func:`writer`).

    Without mmap: on the mmap path Whoosh 2.7 wraps each segment's memory map in a BytesIO,
    which copies the whole segment into memory (the entire index, per searcher); files read on
    demand leave that to the operating system's page cache. Measured with a reader over the map
    that copies nothing: no faster over the benchmark's queries (decoding posting blocks, not
    reading them, is the cost), and 57 MB more resident after 50 queries (the mapped pages).
    """
    return FileStorage(str(current_dir(root)), supports_mmap=False).open_index()


def fields_of(document: SearchDocument) -> dict[str, Any]:
    """A search document as Whoosh field values."""
    values: dict[str, Any] = {
        "id": document.id,
        "kind": document.kind,
        "title": document.title,
        "text": document.text,
        "start_s": document.start_s,
        "words": document.text,
    }
    if document.interview_id:
        values["interview_id"] = document.interview_id
    for name in schema.KEYWORDS:
        found = getattr(document, name)
        found = [found] if isinstance(found, str) else list(found or ())
        if found:
            values[name] = found
    return values


# -- rebuilding -------------------------------------------------------------------------------


def rebuild(
    root: Path,
    documents: Iterable[SearchDocument],
    total: int,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    procs: int | None = None,
) -> int:
    """Build a new index from ``documents`` beside the current one, then swap it in.

    Returns how many documents were indexed. Raises :class:`Cancelled` (leaving the current index
    as it was) when ``cancel`` is set.
    """
    root.mkdir(parents=True, exist_ok=True)
    building = root / f"building-{uuid.uuid4().hex[:8]}"
    building.mkdir()
    procs = procs or min(2, os.cpu_count() or 1)
    use_procs = procs > 1 and total >= 2000  # worker processes only pay off for big archives
    try:
        ix = whoosh_index.create_in(str(building), schema.build_schema())
        writer = ix.writer(
            procs=procs if use_procs else 1,
            multisegment=use_procs,
            limitmb=128,
        )
        count = 0
        try:
            for document in documents:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("reindex cancelled")
                writer.add_document(**fields_of(document))
                count += 1
                if progress is not None and count % 500 == 0:
                    progress(min(0.95, 0.95 * count / max(total, 1)), "indexing")
            if progress is not None:
                progress(0.95, "writing")
            writer.commit()
        except BaseException:
            try:
                writer.cancel()
            except Exception:  # noqa: BLE001 - after a failed commit (a full disk) cancel fails too
                pass  # the folder is removed below; the first failure is the one to report
            raise
        finally:
            ix.close()
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
    _fsync_dir(root)
    shutil.rmtree(retired, ignore_errors=True)  # readers holding files keep them (POSIX)


def clear_leftovers(root: Path) -> None:
    """Remove folders of rebuilds that a killed process left behind."""
    if not root.is_dir():
        return
    for entry in root.iterdir():
        if entry.is_dir() and entry.name.startswith(("building-", "retired-")):
            shutil.rmtree(entry, ignore_errors=True)


# -- updating ---------------------------------------------------------------------------------


def writer(ix: whoosh_index.Index) -> IndexWriter:
    """The one writer for small updates; wait a little if a merge holds the lock."""
    return ix.writer(timeout=30.0, delay=0.05)


def apply_changes(
    ix: whoosh_index.Index,
    write: Iterable[SearchDocument],
    delete_ids: Iterable[str],
    gone_interviews: Iterable[str],
    resectioned: Iterable[str] = (),
) -> int:
    """Write documents again, delete others, in one commit (no merge), then fsync it.

    The segments and sections of ``gone_interviews`` are deleted, and so are the sections of
    ``resectioned`` interviews (their current sections are among ``write``): deletions apply
    to what was committed before, never to what this commit writes.
    """
    count = 0
    w = writer(ix)
    try:
        for item_id in delete_ids:
            w.delete_by_term("id", item_id)
        for interview_id in gone_interviews:
            w.delete_by_query(
                wq.And(
                    [
                        wq.Term("interview_id", interview_id),
                        wq.Or([wq.Term("kind", "segment"), wq.Term("kind", "section")]),
                    ]
                )
            )
        for interview_id in resectioned:
            w.delete_by_query(
                wq.And([wq.Term("interview_id", interview_id), wq.Term("kind", "section")])
            )
        for document in write:
            w.update_document(**fields_of(document))
            count += 1
    except BaseException:
        w.cancel()
        raise
    # merging on every commit makes one update take seconds on a big index: commit without
    # merging, and only fold the small segments together once they pile up
    if segment_count(ix) >= SMALL_SEGMENTS_KEPT:
        w.commit(mergetype=MERGE_SMALL)
    else:
        w.commit(merge=False)
    _fsync_folder(Path(ix.storage.folder))
    return count


def optimize(ix: whoosh_index.Index) -> None:
    """Merge small segments (when idle): keeps queries fast after many small updates."""
    w = writer(ix)
    w.commit(merge=True)
    _fsync_folder(Path(ix.storage.folder))


def segment_count(ix: whoosh_index.Index) -> int:
    return len(ix._segments())


@dataclass(frozen=True)
class IndexInfo:
    documents: int
    segments: int
    size_bytes: int


def info(root: Path) -> IndexInfo:
    ix = open_index(root)
    try:
        size = sum(f.stat().st_size for f in current_dir(root).iterdir() if f.is_file())
        return IndexInfo(ix.doc_count(), segment_count(ix), size)
    finally:
        ix.close()


# -- durability -------------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    """Flush the folder's files and entries to disk (Whoosh itself never does)."""
    for entry in folder.iterdir():
        if entry.is_file():
            try:
                fd = os.open(entry, os.O_RDONLY)
            except OSError:
                continue  # removed meanwhile by Whoosh's clean-up
            try:
                os.fsync(fd)
            except OSError:
                pass  # Windows refuses fsync on a read-only handle: best effort there
            finally:
                os.close(fd)
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory to fsync it
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

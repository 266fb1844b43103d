"""``import-bag PATH``: another interviewer's curator bag merged into this archive.

The bag is validated in full first (:mod:`.checks`), then every metadata document is read and
checked against the schema, and only then is the archive touched: the files it lacks are copied
into its media store (hashed again on the way in), and the records are merged
(:mod:`.merge`) in one transaction. A refusal at any point leaves the archive as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import bagit

from archive_app.core import audit, media_store
from archive_app.core.archive import Archive
from archive_app.core.records import Record
from archive_app.exchange.bag import schema
from archive_app.exchange.bag.catalogue import KINDS
from archive_app.exchange.bag.checks import HostileBag, opened_bag
from archive_app.exchange.bag.merge import Merger, MergeReport
from archive_app.exchange.target import Work


def _read_documents(source: Path, bag: bagit.Bag) -> dict[str, list[Record]]:
    form = bag.info.get(schema.FORM_LABEL)
    declared = bag.info.get(schema.SCHEMA_LABEL)
    if form is None or declared is None:
        raise HostileBag(source, "not_from_this_app", "no Hometown-Voices labels in bag-info.txt")
    if form != schema.RECORDS:
        raise HostileBag(
            source, "not_mergeable", f"it holds {form} for {bag.info.get(schema.AUDIENCE_LABEL)}"
        )
    if declared != f"{schema.SCHEMA}/{schema.VERSION}":
        raise HostileBag(source, "unknown_schema", str(declared))
    root = Path(bag.path)
    documents: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    payload = {path.replace("\\", "/"): hashes for path, hashes in bag.payload_entries().items()}
    for path in sorted((root / "data" / "metadata").rglob("*.json")):
        relative = path.relative_to(root).as_posix()
        try:
            value = schema.read(relative, path.read_bytes(), KINDS)
        except schema.UnknownSchemaVersion as error:
            raise HostileBag(source, "unknown_schema", str(error)) from None
        except schema.MalformedMetadata as error:
            raise HostileBag(source, "malformed_metadata", str(error)) from None
        _check_document(source, relative, value, payload)
        documents[value["kind"]].append(value)
    return documents


def _check_document(
    source: Path, relative: str, value: dict[str, Any], payload: dict[str, Any]
) -> None:
    record = value.get("record")
    if not isinstance(record, dict) or not isinstance(value.get("links", {}), dict):
        raise HostileBag(source, "malformed_metadata", f"{relative}: no record")
    expected = f"data/metadata/{value['kind']}/{record.get('id')}.json"
    if relative != expected:
        raise HostileBag(source, "malformed_metadata", f"{relative} holds {expected}")
    media = value.get("media")
    if media is not None:
        file = value.get("file")
        if not isinstance(media, dict) or not isinstance(file, str):
            raise HostileBag(source, "malformed_metadata", f"{relative}: media without a file")
        hashes = payload.get(f"data/{file}")
        if hashes is None or hashes.get("sha256") != media.get("sha256"):
            raise HostileBag(source, "malformed_metadata", f"{relative}: {file} is not its file")
        if media.get("sha256") != record.get("sha256"):
            raise HostileBag(source, "malformed_metadata", f"{relative}: media of another record")


def import_bag(archive: Archive, source: Path, work: Work | None = None) -> MergeReport:
    """Merge the curator bag at ``source`` (a folder or a .zip) into ``archive``.

    Raises :class:`HostileBag` (with its reason) before anything is changed, and
    :class:`Cancelled` if cancelled before the merge starts.
    """
    work = work or Work()
    work.step(0.0, "validate")
    with opened_bag(Path(source)) as bag:
        work.step(0.4, "metadata")
        documents = _read_documents(Path(source), bag)
        work.step(0.5, "media")
        staged = _stage_media(archive, Path(bag.path), documents, work.part(0.5, 0.9))
        try:
            with archive.transaction() as db:
                report = Merger(db).merge(documents)
                dangling = db.execute("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    tables = sorted({f"{row[0]} -> {row[2]}" for row in dangling})
                    raise HostileBag(
                        Path(source),
                        "malformed_metadata",
                        "refers to what it lacks: " + ", ".join(tables),
                    )
                audit.append(db, "bag.import", None, {"bag": Path(source).name, **report.as_json()})
        except BaseException:
            for file in staged:
                media_store.discard(file)
            raise
    for file in staged:
        media_store.settle(file, archive.root)
    work.step(1.0, "done")
    return report


def _stage_media(
    archive: Archive, root: Path, documents: dict[str, list[Record]], work: Work
) -> list[media_store.StagedFile]:
    """Copy into the store's incoming folder the files the archive does not have yet."""
    wanted: dict[str, tuple[Path, str]] = {}
    for bodies in documents.values():
        for body in bodies:
            media = body.get("media")
            if not media:
                continue
            sha = str(media["sha256"])
            known = archive.db.execute(
                "SELECT stored_path FROM media_file WHERE sha256 = ?", [sha]
            ).fetchone()
            if known is not None and (archive.root / str(known[0])).exists():
                continue
            wanted[sha] = (root / "data" / str(body["file"]), str(media["extension"]))
    staged: list[media_store.StagedFile] = []
    try:
        for number, (sha, (path, extension)) in enumerate(sorted(wanted.items())):
            work.step(number / max(1, len(wanted)), "media")
            file = media_store.stage(path, archive.root, extension)
            staged.append(file)
            if file.sha256 != sha:
                raise HostileBag(root, "checksum_mismatch", f"{path.name} changed while read")
    except BaseException:
        for file in staged:
            media_store.discard(file)
        raise
    return staged

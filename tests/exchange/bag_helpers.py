"""Shared steps of the bag tests: export a whole archive, compare catalogues."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from archive_app.core import detail, records
from archive_app.core.archive import Archive
from archive_app.exchange.bag import BagOptions, export_bag
from archive_app.exchange.release import Selection, prepare_release


def export_whole(archive: Archive, out: Path, audience: str = "curator", **options: Any) -> Path:
    """The whole archive (every interview and collection) as a bag for ``audience``."""
    selection = Selection(
        interview_ids=tuple(str(r[0]) for r in archive.db.execute("SELECT id FROM interview")),
        collection_ids=tuple(str(r[0]) for r in archive.db.execute("SELECT id FROM collection")),
    )
    release = prepare_release(archive.db, archive.root, selection, audience)
    whole = audience == "curator"
    return export_bag(release, out, archive.root, BagOptions(whole=whole, **options)).target


def catalogue(archive: Archive) -> dict[str, str]:
    """Every record's ``show --json`` document, by id."""
    shown: dict[str, str] = {}
    for table in records.KINDS.values():
        for (record_id,) in archive.db.execute(f"SELECT id FROM [{table}]").fetchall():
            shown[record_id] = json.dumps(
                detail.describe(archive.db, record_id), sort_keys=True, default=str
            )
    return shown


def links(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every link table and of the consent and section tables, sorted."""
    tables = (
        "interview_person",
        "family_member",
        "photo_person",
        "item_tag",
        "collection_item",
        "consent",
        "consent_item",
        "closed_passage",
        "section",
        "segment",
        "media_file",
    )
    return {
        t: sorted(
            tuple(row)
            for row in archive.db.execute(
                f"SELECT * FROM [{t}]"
                if t != "media_file"
                else "SELECT sha256, size, extension, stored_path, original_name FROM media_file"
            ).fetchall()
        )
        for t in tables
    }


def media_hashes(archive: Archive) -> dict[str, str]:
    """Every stored original's path and the SHA-256 of its bytes."""
    return {
        str(p.relative_to(archive.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (archive.root / "media").rglob("*")
        if p.is_file() and ".incoming" not in p.parts
    }

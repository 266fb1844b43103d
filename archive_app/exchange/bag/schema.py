"""The metadata documents of a bag: one JSON file per record, of a named and versioned schema.

Described for people in ``docs/bag-metadata.md``. Every document is an object with::

    {"schema": "hometown-voices/bag-record", "version": 1, "kind": "interview", ...}

A curator's bag holds **records** (``form: records`` in ``bag-info.txt``): each catalogue
record whole, as stored, under ``record``, with what hangs off it under ``links`` and, for
recordings, photos, documents and transcripts, the stored file under ``media``. These bags can be
imported and merged. A bag for any other audience holds **stories** (``form: stories``): what
the release lets that audience have, pseudonyms and generalisation applied; they are for
reading, not for merging.

A reader refuses a document of a newer version than it knows (:class:`UnknownSchemaVersion`)
rather than guess at what it means.
"""

from __future__ import annotations

import json
from typing import Any

from archive_app.core.errors import ArchiveError

SCHEMA = "hometown-voices/bag-record"
VERSION = 1
RECORDS = "records"
STORIES = "stories"

#: bag-info.txt labels of our own
FORM_LABEL = "Hometown-Voices-Form"
AUDIENCE_LABEL = "Hometown-Voices-Audience"
SCHEMA_LABEL = "Hometown-Voices-Schema"
#: how many recordings of a stories bag are redacted derivatives (absent: none)
REDACTED_LABEL = "Hometown-Voices-Redacted-Recordings"


class UnknownSchemaVersion(ArchiveError):
    """A bag's metadata was written by a newer version of the app, in a schema not known here."""

    def __init__(self, path: str, found: object) -> None:
        super().__init__(f"{path}: metadata schema version {found!r} is not known (know {VERSION})")
        self.path = path
        self.found = found


class MalformedMetadata(ArchiveError):
    """A bag's metadata document is not what the schema says."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def document(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"schema": SCHEMA, "version": VERSION, "kind": kind, **body}


def encode(value: dict[str, Any]) -> bytes:
    """A document as written in a bag: UTF-8 JSON, characters kept whole, keys sorted."""
    # compact, so that the fast encoder writes it: a bag holds a document per record
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def read(path: str, content: bytes, kinds: tuple[str, ...]) -> dict[str, Any]:
    """A document from a bag, checked: :class:`UnknownSchemaVersion` for another version,
    :class:`MalformedMetadata` for anything that is not a document of one of ``kinds``."""
    try:
        value = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise MalformedMetadata(path, f"not UTF-8 JSON ({error})") from None
    if not isinstance(value, dict) or value.get("schema") != SCHEMA:
        raise MalformedMetadata(path, f"not a {SCHEMA} document")
    version = value.get("version")
    if version != VERSION:
        raise UnknownSchemaVersion(path, version)
    if value.get("kind") not in kinds:
        raise MalformedMetadata(path, f"unknown kind {value.get('kind')!r}")
    return value

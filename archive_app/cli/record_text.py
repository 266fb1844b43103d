"""A record as ``archive-app show`` prints it for a person at a terminal: the JSON document's
fields under names in the person's language, its coded values (a status, a role, a kind) as
words, times as a clock reads them. ``--json`` prints the document itself, keys unchanged."""

from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import Any

from archive_app.cli.language import current, say, tr
from archive_app.cli.layout import duration
from archive_app.core import words

#: fields whose values are codes, and the words of each code (:mod:`archive_app.core.words`)
_CODED = {
    "kind": words.KIND,
    "item_kind": words.KIND,
    "status": words.STATUS,
    "role": words.ROLE,
    "relationship": words.RELATIONSHIP,
    "level": words.LEVEL,
    "document_type": words.DOCUMENT_TYPE,
    "gender": words.GENDER,
}


@functools.cache
def _labels(language: str) -> dict[str, str]:
    """Each field's name in ``language`` (the argument only keys the cache)."""
    return {
        "kind": tr("kind", "field"),
        "id": tr("ID", "field"),
        "title": tr("title", "field"),
        "name": tr("name", "field"),
        "name_latin": tr("name in Latin letters", "field"),
        "other_names": tr("other names", "field"),
        "full_name": tr("full name", "field"),
        "gender": tr("gender", "field"),
        "birth_date": tr("born", "field"),
        "date": tr("date", "field"),
        "from_date": tr("from", "field"),
        "to_date": tr("until", "field"),
        "taken_at": tr("taken", "field"),
        "created_at": tr("created", "field"),
        "updated_at": tr("last changed", "field"),
        "language": tr("language", "field"),
        "summary": tr("summary", "field"),
        "description": tr("description", "field"),
        "notes": tr("notes", "field"),
        "keywords": tr("keywords", "field"),
        "caption": tr("caption", "field"),
        "status": tr("status", "field"),
        "role": tr("role", "field"),
        "relationship": tr("relationship", "field"),
        "level": tr("level", "field"),
        "work": tr("work", "field"),
        "to_city": tr("went to", "field"),
        "place_id": tr("place ID", "field"),
        "place_name": tr("place", "field"),
        "place_full_name": tr("place, in full", "field"),
        "home_place_id": tr("home place ID", "field"),
        "home_place_name": tr("home place", "field"),
        "home_place_full_name": tr("home place, in full", "field"),
        "from_place_id": tr("left from (place ID)", "field"),
        "from_place_name": tr("left from", "field"),
        "from_place_full_name": tr("left from, in full", "field"),
        "parent_id": tr("part of (place ID)", "field"),
        "parent_name": tr("part of", "field"),
        "parent_full_name": tr("part of, in full", "field"),
        "lineage": tr("part of, step by step", "field"),
        "latitude": tr("latitude", "field"),
        "longitude": tr("longitude", "field"),
        "people": tr("people", "field"),
        "person_id": tr("person ID", "field"),
        "person_name": tr("person", "field"),
        "members": tr("members", "field"),
        "children": tr("places in it", "field"),
        "families": tr("families", "field"),
        "migrations": tr("times away for work", "field"),
        "interviews": tr("interviews", "field"),
        "interview_id": tr("interview ID", "field"),
        "interview_title": tr("interview", "field"),
        "interview_count": tr("interviews", "field count"),
        "photos": tr("photos", "field"),
        "photo_count": tr("photos", "field count"),
        "people_count": tr("people", "field count"),
        "item_count": tr("items", "field count"),
        "items": tr("items", "field"),
        "item_id": tr("item ID", "field"),
        "item_kind": tr("item kind", "field"),
        "family_id": tr("family ID", "field"),
        "photo_id": tr("photo ID", "field"),
        "tag_id": tr("tag ID", "field"),
        "collection_id": tr("collection ID", "field"),
        "consent_id": tr("consent ID", "field"),
        "documents": tr("documents", "field"),
        "document_type": tr("document type", "field"),
        "recordings": tr("recordings", "field"),
        "transcripts": tr("transcripts", "field"),
        "transcript_id": tr("transcript ID", "field"),
        "segments": tr("passages", "field"),
        "segment_count": tr("passages", "field count"),
        "sections": tr("chapters", "field"),
        "collections": tr("collections", "field"),
        "tags": tr("tags", "field"),
        "tag_records": tr("tagged records", "field"),
        "speaker": tr("speaker", "field"),
        "text": tr("words", "field"),
        "tier": tr("tier", "field"),
        "position": tr("position", "field"),
        "start_s": tr("starts at", "field"),
        "end_s": tr("ends at", "field"),
        "duration_s": tr("length", "field"),
        "original_name": tr("original file name", "field"),
        "stored_path": tr("stored as", "field"),
        "sha256": tr("SHA-256", "field"),
        "size": tr("size in bytes", "field"),
        "format": tr("format", "field"),
        "media_type": tr("media type", "field"),
        "source_format": tr("read from (format)", "field"),
        "source_encoding": tr("read from (encoding)", "field"),
        "sample_rate": tr("sample rate (Hz)", "field"),
        "channels": tr("channels", "field"),
        "width": tr("width", "field"),
        "height": tr("height", "field"),
        "orientation": tr("orientation", "field"),
        "camera": tr("camera", "field"),
    }


def label(key: str) -> str:
    """A field's name in the current language; a field not named here keeps its JSON key."""
    return _labels(current()).get(key, key)


#: a stored moment: ISO 8601, UTC when it ends in Z (created_at), as the camera said otherwise
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def moment_text(stored: str) -> str:
    """A stored moment as a person reads it: ``2026-12-07 06:37:14``, a UTC time (``...Z``) in
    this computer's time zone, a camera's local time as it is."""
    if stored.endswith("Z"):
        try:
            moment = datetime.fromisoformat(stored[:-1] + "+00:00").astimezone()
        except ValueError:
            return stored
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return stored.replace("T", " ")


def value_text(key: str, value: Any) -> str:
    """A field's value as a person reads it: a code as its words, seconds as a clock, nothing
    for nothing (None, an empty list)."""
    if value is None or value == [] or value == {}:
        return ""
    if key.endswith("_s") and isinstance(value, int | float):
        return duration(value)
    if key.endswith("_at") and isinstance(value, str) and _MOMENT.match(value):
        return moment_text(value)
    table = _CODED.get(key)
    if table is not None and isinstance(value, str) and value in table:
        return say(table[value])
    return str(value)


def record_text(document: Any, indent: str = "") -> str:
    """``document`` (a record's JSON document) laid out for a person, nested lists and all."""
    if isinstance(document, dict):
        lines = []
        for key, value in document.items():
            if isinstance(value, dict | list) and value:
                lines.append(f"{indent}{label(key)}:")
                lines.append(record_text(value, indent + "  "))
            else:
                lines.append(f"{indent}{label(key)}: {value_text(key, value)}".rstrip())
        return "\n".join(lines)
    if isinstance(document, list):
        if all(isinstance(item, dict) for item in document):
            return "\n".join(
                f"{indent}- " + record_text(item, indent + "  ").lstrip() for item in document
            )
        return "\n".join(f"{indent}- {item}" for item in document)
    return f"{indent}{document}"

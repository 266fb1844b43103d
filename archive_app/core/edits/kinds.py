"""One table per kind of record: which fields a curator edits and how each is checked, what a
record takes along when it is removed, and what keeps it from being removed.

Every operation reads these tables, so a name is refused as empty in the same way whether it is
typed in the app, given on the command line, or set by an import.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from archive_app.core import records
from archive_app.core.errors import InvalidValue, RecordNotFound

ROLES = ("narrator", "interviewer", "mentioned")
STATUSES = ("recorded", "transcribed", "reviewed", "ready")
RELATIONSHIPS = (
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "child",
    "sibling",
    "guardian",
    "other",
)
LEVELS = ("province", "prefecture", "county", "township", "village")
#: the genders a person may have, as stored (the UI and the CLI word them)
GENDERS = ("female", "male", "other", "unknown")
DOCUMENT_TYPES = ("consent_form", "letter", "other")
TRANSCRIPT_KINDS = ("verbatim", "translation")
SOURCE_FORMATS = ("txt", "timecoded", "srt", "vtt", "json", "typed")

#: a rule takes the catalogue (to look up references), the field and a value, and returns the
#: value as it is stored or raises :class:`InvalidValue`
Rule = Callable[[sqlite_utils.Database, str, Any], Any]

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def text(*, required: bool = False, nullable: bool = False, strip: bool = True) -> Rule:
    """Text; ``required``: not empty once trimmed; ``nullable``: empty is stored as NULL."""

    def check(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InvalidValue(name, value, "text")
        if strip:
            value = value.strip()
        if required and not value.strip():
            raise InvalidValue(name, value, "a non-empty value")
        if nullable and not value:
            return None
        return value

    return check


# What people type for each gender (English in any case; simplified and traditional Chinese).
# Older archives stored whatever was typed; migration 5 turned these into their codes.
GENDER_WORDS: dict[str, str] = {
    **{word: "female" for word in ("female", "f", "woman", "女", "女性", "女的")},
    **{word: "male" for word in ("male", "m", "man", "男", "男性", "男的")},
    **{word: "other" for word in ("other", "其他", "其它")},
    **{word: "unknown" for word in ("unknown", "未知", "不详", "不詳")},
}


def gender_code(typed: str | None) -> str | None:
    """The gender code (:data:`GENDERS`) for what was typed: a code, its English word in any
    case, or its Chinese word (女, 男, 其他, 未知, simplified or traditional); None for nothing.

    Raises :class:`InvalidValue` for anything else.
    """
    if typed is None or not str(typed).strip():
        return None
    code = GENDER_WORDS.get(str(typed).strip().lower())
    if code is None:
        raise InvalidValue("gender", typed, ", ".join(GENDERS))
    return code


def gender(_db: sqlite_utils.Database, _name: str, value: Any) -> Any:
    """A gender as :func:`gender_code` reads it; empty is unknown (NULL)."""
    return gender_code(value)


def date(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty is unknown (NULL)."""
    if value is not None and not isinstance(value, str):
        raise InvalidValue(name, value, "YYYY, YYYY-MM or YYYY-MM-DD")
    return records.check_date(name, value.strip() if value else None)


def moment(db: sqlite_utils.Database, name: str, value: Any) -> Any:
    """A day as :func:`date` takes it, or a full timestamp as a camera writes it."""
    if isinstance(value, str) and "T" in value:
        if not _TIMESTAMP.match(value.strip()):
            raise InvalidValue(name, value, "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS")
        return value.strip()
    return date(db, name, value)


def choice(options: tuple[str, ...], *, nullable: bool = False) -> Rule:
    def check(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
        if nullable and value in (None, ""):
            return None
        if value not in options:
            raise InvalidValue(name, value, ", ".join(options))
        return value

    return check


def words(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
    """A list of strings, each trimmed, empty ones dropped, each kept once in order."""
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise InvalidValue(name, value, "a list of strings")
    if not all(isinstance(word, str) for word in value):
        raise InvalidValue(name, value, "a list of strings")
    return list(dict.fromkeys(word.strip() for word in value if word.strip()))


def reference(kind: str, *, required: bool = False) -> Rule:
    """The id of a record of ``kind`` that exists; empty is none (NULL) unless ``required``."""

    def check(db: sqlite_utils.Database, name: str, value: Any) -> Any:
        if value in (None, ""):
            if required:
                raise InvalidValue(name, value, f"the id of a {kind}")
            return None
        if not isinstance(value, str):
            raise InvalidValue(name, value, f"the id of a {kind}")
        table = records.table_of(kind) if kind in records.KINDS else kind
        if not db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [value]).fetchone():
            raise RecordNotFound(value, kind)
        return value

    return check


def number(low: float, high: float) -> Rule:
    def check(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
        if value in (None, ""):
            return None
        try:
            found = float(value)
        except (TypeError, ValueError):
            raise InvalidValue(name, value, f"a number from {low} to {high}") from None
        if isinstance(value, bool) or not math.isfinite(found) or not low <= found <= high:
            raise InvalidValue(name, value, f"a number from {low} to {high}")
        return found

    return check


def seconds(*, required: bool = False) -> Rule:
    """A time in seconds, 0 or more, kept to the millisecond; empty is unknown."""

    def check(_db: sqlite_utils.Database, name: str, value: Any) -> Any:
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidValue(name, value, "a time in seconds, 0 or more")
        if not math.isfinite(value) or value < 0:
            raise InvalidValue(name, value, "a time in seconds, 0 or more")
        return round(float(value), 3)

    return check


@dataclass(frozen=True)
class Owned:
    """Rows that go with a record when it is removed and come back with it: its links and the
    records that only exist as part of it. ``where`` selects them by the record's id (``?``)."""

    table: str
    where: str


@dataclass(frozen=True)
class Blocker:
    """Rows that keep a record from being removed, selected by its id (``?``)."""

    table: str
    where: str


@dataclass(frozen=True)
class Detached:
    """An optional reference to the record from another record (``column`` of ``table``),
    cleared when the record is removed and set again when it is restored."""

    table: str
    column: str


@dataclass(frozen=True)
class RecordKind:
    """How one kind of record is edited."""

    name: str
    table: str
    #: fields a curator edits, each with its rule
    fields: Mapping[str, Rule]
    #: fields given when the record is made and never edited afterwards
    fixed: Mapping[str, Rule] = field(default_factory=dict)
    #: fields a new record must be given (the others take the catalogue's defaults)
    required: tuple[str, ...] = ()
    #: what removing it takes along, in the order to put them back (parents before children)
    owned: tuple[Owned, ...] = ()
    #: what keeps it from being removed
    blockers: tuple[Blocker, ...] = ()
    #: optional references elsewhere cleared when it is removed and set again when restored
    detached: tuple[Detached, ...] = ()
    removable: bool = True


_TAGS = Owned("item_tag", "item_id = ?")
_COLLECTED = Owned("collection_item", "item_id = ?")
_SEGMENTS_OF_INTERVIEW = Owned(
    "segment", "transcript_id IN (SELECT id FROM transcript WHERE interview_id = ?)"
)

KINDS: dict[str, RecordKind] = {
    "interview": RecordKind(
        "interview",
        "interview",
        {
            "title": text(required=True),
            "date": date,
            "place_id": reference("place"),
            "language": text(),
            "summary": text(),
            "keywords": words,
            "status": choice(STATUSES),
        },
        owned=(
            Owned("interview_person", "interview_id = ?"),
            Owned("section", "interview_id = ?"),
            Owned("recording", "interview_id = ?"),
            Owned("transcript", "interview_id = ?"),
            _SEGMENTS_OF_INTERVIEW,
            _TAGS,
            _COLLECTED,
        ),
        required=("title",),
        blockers=(
            Blocker("consent_item", "item_id = ?"),
            Blocker(
                "consent",
                "verbal_recording_id IN (SELECT id FROM recording WHERE interview_id = ?)",
            ),
            Blocker(
                "closed_passage",
                "recording_id IN (SELECT id FROM recording WHERE interview_id = ?)",
            ),
        ),
        detached=(Detached("photo", "interview_id"), Detached("document", "interview_id")),
    ),
    "person": RecordKind(
        "person",
        "person",
        {
            "name": text(required=True),
            "name_latin": text(nullable=True),
            "other_names": words,
            "birth_date": date,
            "gender": gender,
            "home_place_id": reference("place"),
            "notes": text(),
        },
        owned=(
            Owned("interview_person", "person_id = ?"),
            Owned("family_member", "person_id = ?"),
            Owned("photo_person", "person_id = ?"),
            Owned("migration_episode", "person_id = ?"),
            _TAGS,
        ),
        required=("name",),
        blockers=(
            Blocker("consent", "person_id = ?"),
            Blocker("consent", "guardian_id = ?"),
            Blocker("closed_passage", "person_id = ?"),
        ),
    ),
    "family": RecordKind(
        "family",
        "family",
        {"name": text(required=True), "home_place_id": reference("place"), "notes": text()},
        required=("name",),
        owned=(
            Owned("family_member", "family_id = ?"),
            Owned("family_collection", "family_id = ?"),
            _TAGS,
        ),
    ),
    "place": RecordKind(
        "place",
        "place",
        {
            "name": text(required=True),
            "name_latin": text(nullable=True),
            "level": choice(LEVELS, nullable=True),
            "parent_id": reference("place"),
            "latitude": number(-90, 90),
            "longitude": number(-180, 180),
        },
        required=("name",),
        owned=(_TAGS,),
        blockers=(Blocker("place", "parent_id = ?"),),
        detached=(
            Detached("interview", "place_id"),
            Detached("photo", "place_id"),
            Detached("person", "home_place_id"),
            Detached("family", "home_place_id"),
            Detached("migration_episode", "from_place_id"),
        ),
    ),
    "migration": RecordKind(
        "migration",
        "migration_episode",
        {
            "to_city": text(required=True),
            "work": text(),
            "from_date": date,
            "to_date": date,
            "from_place_id": reference("place"),
            "notes": text(),
        },
        fixed={"person_id": reference("person", required=True)},
        required=("to_city", "person_id"),
    ),
    "photo": RecordKind(
        "photo",
        "photo",
        {
            "caption": text(),
            "taken_at": moment,
            "place_id": reference("place"),
            "interview_id": reference("interview"),
        },
        owned=(Owned("photo_person", "photo_id = ?"), _TAGS, _COLLECTED),
        blockers=(Blocker("consent_item", "item_id = ?"),),
    ),
    "document": RecordKind(
        "document",
        "document",
        {
            "title": text(),
            "document_type": choice(DOCUMENT_TYPES),
            "interview_id": reference("interview"),
        },
        owned=(_TAGS,),
        blockers=(Blocker("consent", "form_document_id = ?"),),
    ),
    "collection": RecordKind(
        "collection",
        "collection",
        {"name": text(required=True), "description": text()},
        required=("name",),
        owned=(
            Owned("collection_item", "collection_id = ?"),
            Owned("family_collection", "collection_id = ?"),
        ),
    ),
    "tag": RecordKind(
        "tag",
        "tag",
        {"name": text(required=True)},
        required=("name",),
        owned=(Owned("item_tag", "tag_id = ?"),),
    ),
    # a tier's label (普通话, English), its language and whether it is the verbatim record or a
    # translation; the words are edited segment by segment
    "transcript": RecordKind(
        "transcript",
        "transcript",
        {"tier": text(), "language": text(), "kind": choice(TRANSCRIPT_KINDS)},
        fixed={
            "interview_id": reference("interview", required=True),
            "source_format": choice(SOURCE_FORMATS),
            "original_name": text(),
            "source_encoding": text(),
        },
        required=("interview_id",),
        owned=(Owned("segment", "transcript_id = ?"),),
    ),
    "section": RecordKind(
        "section",
        "section",
        {
            "start_s": seconds(required=True),
            "title": text(required=True),
            "synopsis": text(),
            "keywords": words,
        },
        fixed={"interview_id": reference("interview", required=True)},
        required=("interview_id", "start_s", "title"),
    ),
    "segment": RecordKind(
        "segment",
        "segment",
        {
            "start_s": seconds(),
            "end_s": seconds(),
            "speaker": text(),
            "text": text(strip=False),
        },
        fixed={"transcript_id": reference("transcript", required=True)},
        required=("transcript_id",),
        removable=False,  # through the transcript operations, which keep positions dense
    ),
    "recording": RecordKind("recording", "recording", {}, removable=False),
    # consent data: closed, opened and closed again by the passage operations only, never
    # edited field by field and never removed (see passage_ops)
    "passage": RecordKind("passage", "closed_passage", {}, removable=False),
}

#: fields a curator may edit, by kind
EDITABLE: dict[str, tuple[str, ...]] = {
    name: tuple(spec.fields) for name, spec in KINDS.items() if spec.fields
}

#: columns holding JSON arrays
JSON_FIELDS = frozenset({"other_names", "keywords"})
#: fields holding numbers (a place's position, times in seconds)
NUMBER_FIELDS = frozenset({"latitude", "longitude", "start_s", "end_s"})
#: fields holding dates, empty when unknown
DATE_FIELDS = frozenset({"date", "birth_date", "from_date", "to_date", "taken_at"})


def kind(name: str) -> RecordKind:
    """The table of one kind; :class:`InvalidValue` for a kind no operation edits."""
    try:
        return KINDS[name]
    except KeyError:
        raise InvalidValue("kind", name, ", ".join(KINDS)) from None


def check_fields(
    db: sqlite_utils.Database | None,
    kind_name: str,
    fields: Mapping[str, Any],
    *,
    adding: bool = False,
) -> dict[str, Any]:
    """The fields as they would be stored, or :class:`InvalidValue` naming the first bad one (a
    field that is not editable, an empty title or name, a bad date, an unknown choice).

    References are looked up only when ``db`` is given (:class:`RecordNotFound` when missing).
    ``adding`` also takes the fields fixed when a record is made.
    """
    spec = kind(kind_name)
    allowed = {**spec.fields, **(spec.fixed if adding else {})}
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        rule = allowed.get(name)
        if rule is None:
            raise InvalidValue("field", name, ", ".join(allowed) or "no editable field")
        if db is None and name.endswith("_id"):
            checked[name] = value or None
            continue
        checked[name] = rule(db, name, value)  # type: ignore[arg-type]
    if adding:
        for name in spec.required:
            if name not in checked:
                raise InvalidValue(name, None, "a non-empty value")
    return checked


def place_under(db: sqlite_utils.Database, place_id: str, ancestor_id: str) -> bool:
    """Whether ``place_id`` is ``ancestor_id`` or lies somewhere under it."""
    row = db.execute(
        "WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION ALL SELECT place.parent_id, "
        "up.depth + 1 FROM place JOIN up ON place.id = up.id WHERE place.parent_id IS NOT NULL "
        "AND up.depth < 64) SELECT 1 FROM up WHERE id = ?",
        [place_id, ancestor_id],
    ).fetchone()
    return row is not None

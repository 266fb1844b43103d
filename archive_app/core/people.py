"""People, families (households) and the migration episodes of family members."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.errors import InvalidValue

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

#: the genders a person may have, as stored (the UI and the CLI word them)
GENDERS = ("female", "male", "other", "unknown")

# What people type for each (English in any case; simplified and traditional Chinese). Older
# archives stored whatever was typed; migration 5 turned these into their codes.
_GENDER_WORDS: dict[str, str] = {
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
    if typed is None or not typed.strip():
        return None
    code = _GENDER_WORDS.get(typed.strip().lower())
    if code is None:
        raise InvalidValue("gender", typed, ", ".join(GENDERS))
    return code


def add_person(
    db: sqlite_utils.Database,
    name: str,
    *,
    name_latin: str | None = None,
    other_names: Sequence[str] = (),
    birth_date: str | None = None,
    gender: str | None = None,
    home_place_id: str | None = None,
    notes: str = "",
) -> str:
    """Add a person; ``birth_date`` is ``YYYY`` or ``YYYY-MM-DD``; ``gender`` anything
    :func:`gender_code` accepts, stored as its code. Raises :class:`InvalidValue`."""
    if not name.strip():
        raise InvalidValue("name", name, "a non-empty name")
    person_id = records.insert(
        db,
        "person",
        {
            "name": name.strip(),
            "name_latin": name_latin,
            "other_names": list(other_names),
            "birth_date": records.check_date("birth_date", birth_date),
            "gender": gender_code(gender),
            "home_place_id": home_place_id,
            "notes": notes,
        },
    )
    audit.append(db, "person.add", person_id, {"name": name})
    return person_id


def likely_duplicates(
    db: sqlite_utils.Database, name: str, birth_date: str | None, *, besides: str | None = None
) -> list[str]:
    """IDs of people (other than ``besides``) with the same name and the same birth year (or,
    when ``birth_date`` is unknown, no birth date either), oldest first: probably one person
    catalogued twice."""
    if not name.strip():
        return []
    year = birth_date[:4] if birth_date else None
    found = db.execute(
        "SELECT id FROM person WHERE name = ? AND substr(birth_date, 1, 4) IS ? "
        "AND id IS NOT ? ORDER BY created_at, id",
        [name.strip(), year, besides],
    ).fetchall()
    return [row[0] for row in found]


def add_family(
    db: sqlite_utils.Database, name: str, *, home_place_id: str | None = None, notes: str = ""
) -> str:
    family_id = records.insert(
        db, "family", {"name": name, "home_place_id": home_place_id, "notes": notes}
    )
    audit.append(db, "family.add", family_id, {"name": name})
    return family_id


def add_member(
    db: sqlite_utils.Database, family_id: str, person_id: str, relationship: str
) -> None:
    """Put a person in a household with their relationship (mother, grandfather, child...)."""
    if relationship not in RELATIONSHIPS:
        raise InvalidValue("relationship", relationship, ", ".join(RELATIONSHIPS))
    records.get(db, "family", family_id)
    records.get(db, "person", person_id)
    db.execute(
        "INSERT INTO family_member (family_id, person_id, relationship) VALUES (?, ?, ?) "
        "ON CONFLICT(family_id, person_id) DO UPDATE SET relationship = excluded.relationship",
        [family_id, person_id, relationship],
    )
    audit.append(
        db, "family.member", family_id, {"person_id": person_id, "relationship": relationship}
    )


def add_migration(
    db: sqlite_utils.Database,
    person_id: str,
    to_city: str,
    *,
    from_place_id: str | None = None,
    work: str = "",
    from_date: str | None = None,
    to_date: str | None = None,
    notes: str = "",
) -> str:
    """Record that a family member went away to work in ``to_city`` (``to_date`` None: still away)."""
    records.get(db, "person", person_id)
    episode_id = records.insert(
        db,
        "migration",
        {
            "person_id": person_id,
            "to_city": to_city,
            "from_place_id": from_place_id,
            "work": work,
            "from_date": records.check_date("from_date", from_date),
            "to_date": records.check_date("to_date", to_date),
            "notes": notes,
        },
    )
    audit.append(db, "migration.add", episode_id, {"person_id": person_id, "to_city": to_city})
    return episode_id


def families_of(db: sqlite_utils.Database, person_id: str) -> list[records.Record]:
    return records.rows(
        db,
        "SELECT family.id, family.name, family_member.relationship FROM family_member "
        "JOIN family ON family.id = family_member.family_id WHERE person_id = ? ORDER BY family.name",
        [person_id],
    )


def members_of(db: sqlite_utils.Database, family_id: str) -> list[records.Record]:
    return records.rows(
        db,
        "SELECT person.id, person.name, person.name_latin, person.birth_date, "
        "family_member.relationship FROM family_member JOIN person ON person.id = "
        "family_member.person_id WHERE family_id = ? ORDER BY person.birth_date, person.name",
        [family_id],
    )


def migrations_of(db: sqlite_utils.Database, person_id: str) -> list[records.Record]:
    return records.rows(
        db,
        "SELECT * FROM migration_episode WHERE person_id = ? ORDER BY coalesce(from_date, '')",
        [person_id],
    )

"""People, families (households) and the migration episodes of family members.

Adding goes through the edit operations (:mod:`archive_app.core.edits`), so that every person,
family and episode is checked by the same rules and kept in the history.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from archive_app.core import edits, records
from archive_app.core.edits.kinds import GENDERS, RELATIONSHIPS, gender_code

__all__ = [
    "GENDERS",
    "RELATIONSHIPS",
    "add_family",
    "add_member",
    "add_migration",
    "add_person",
    "families_of",
    "gender_code",
    "likely_duplicates",
    "members_of",
    "migrations_of",
]


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
    :func:`gender_code` accepts, stored as its code. Raises :class:`InvalidValue` (an empty
    name, a bad date or gender) or :class:`RecordNotFound` (an unknown home place)."""
    fields = {
        "name": name,
        "name_latin": name_latin,
        "other_names": list(other_names),
        "birth_date": birth_date,
        "gender": gender,
        "home_place_id": home_place_id,
        "notes": notes,
    }
    return str(edits.run(db, edits.add("person", fields)).value)


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
    """Add a household. Raises :class:`InvalidValue` for an empty name."""
    fields = {"name": name, "home_place_id": home_place_id, "notes": notes}
    return str(edits.run(db, edits.add("family", fields)).value)


def add_member(
    db: sqlite_utils.Database, family_id: str, person_id: str, relationship: str
) -> None:
    """Put a person in a household with their relationship (mother, grandfather, child...)."""
    edits.run(db, edits.set_member(family_id, person_id, relationship))


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
    """Record that a family member went away to work in ``to_city`` (``to_date`` None: still
    away)."""
    fields = {
        "person_id": person_id,
        "to_city": to_city,
        "from_place_id": from_place_id,
        "work": work,
        "from_date": from_date,
        "to_date": to_date,
        "notes": notes,
    }
    return str(edits.run(db, edits.add("migration", fields)).value)


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

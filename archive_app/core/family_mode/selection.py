"""A family's items: what family mode asks the consent gate about.

- the interviews in which a member of the family is a narrator or is mentioned,
- the photos that depict a member, and the photos taken with those interviews,
- the interviews and photos of every collection the curator marked for the family
  (and the photos taken with those interviews).

Nothing here decides what the family may see: :mod:`.showing` asks the gate.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from archive_app.core import records

_MEMBERS = "SELECT person_id FROM family_member WHERE family_id = :family"

_INTERVIEWS = f"""
    SELECT interview_id FROM interview_person
    WHERE role IN ('narrator', 'mentioned') AND person_id IN ({_MEMBERS})
    UNION
    SELECT collection_item.item_id FROM collection_item
    JOIN family_collection ON family_collection.collection_id = collection_item.collection_id
    WHERE family_collection.family_id = :family AND collection_item.item_kind = 'interview'
"""

_PHOTOS = f"""
    SELECT photo_id FROM photo_person WHERE person_id IN ({_MEMBERS})
    UNION
    SELECT collection_item.item_id FROM collection_item
    JOIN family_collection ON family_collection.collection_id = collection_item.collection_id
    WHERE family_collection.family_id = :family AND collection_item.item_kind = 'photo'
    UNION
    SELECT id FROM photo WHERE interview_id IN ({_INTERVIEWS})
"""


@dataclass(frozen=True)
class FamilySelection:
    """The ids of a family's interviews and photos (whatever consent says of them)."""

    family_id: str
    interviews: frozenset[str]
    photos: frozenset[str]

    @property
    def items(self) -> frozenset[str]:
        return self.interviews | self.photos


def family_selection(db: sqlite_utils.Database, family_id: str) -> FamilySelection:
    """The family's items (see the module's description).

    Raises :class:`RecordNotFound` for an unknown family.
    """
    records.get(db, "family", family_id)
    params = {"family": family_id}
    interviews = frozenset(
        row[0]
        for row in db.execute(
            f"SELECT id FROM interview WHERE id IN ({_INTERVIEWS})", params
        ).fetchall()
    )
    photos = frozenset(
        row[0]
        for row in db.execute(f"SELECT id FROM photo WHERE id IN ({_PHOTOS})", params).fetchall()
    )
    return FamilySelection(family_id, interviews, photos)

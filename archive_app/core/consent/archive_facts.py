"""The facts of a whole archive that ``visible_items`` works from: read in full, or brought up to
date by re-reading only what the change log names.

Only the items that could be open to someone are described in full: those featuring at least one
person, every one of whom has a consent record. Any other item features nobody, or somebody
without consent, and the rules close it to everyone but curators whatever the day (the gate
checks that they still say so before relying on it).
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from archive_app.core.consent import facts
from archive_app.core.consent.changes import Changed
from archive_app.core.consent.model import PersonFacts
from archive_app.core.consent.rules import earliest_day

#: an item that could be open: the day it was recorded (the earliest its date can mean; None:
#: unknown) and the people it features, every one of them with a consent record. A plain tuple
#: because a whole archive holds tens of thousands of them.
Featuring = tuple[date | None, tuple[str, ...]]


@dataclass(frozen=True)
class ArchiveFacts:
    """What the rules need to know about a whole archive, read at one moment."""

    people: Mapping[str, PersonFacts]  # everyone with at least one consent record
    naming: frozenset[str]  # those of them with a record covering named items only
    consented: Mapping[str, Featuring]  # the items whose featured people all have records
    items: frozenset[str]  # every interview and photo


_INTERVIEWS = "SELECT id, date FROM interview"
_NARRATORS = "SELECT interview_id, person_id FROM interview_person WHERE role = 'narrator'"
_PHOTOS = "SELECT id, interview_id, taken_at FROM photo"
_DEPICTED = "SELECT photo_id, person_id FROM photo_person"
_AMONG = " IN (SELECT value FROM json_each(?))"

# The interviews and photos whose facts a change to these people and items can touch: the items
# themselves, the photos of those that are interviews (they may fall back on its date and its
# narrators), and whatever features those people. A few more than needed does no harm.
_TOUCHED = """
    SELECT value FROM json_each(:items)
    UNION SELECT id FROM photo WHERE interview_id IN (SELECT value FROM json_each(:items))
    UNION SELECT interview_id FROM interview_person
        WHERE role = 'narrator' AND person_id IN (SELECT value FROM json_each(:people))
    UNION SELECT photo_id FROM photo_person
        WHERE person_id IN (SELECT value FROM json_each(:people))
    UNION SELECT photo.id FROM photo
        JOIN interview_person ON interview_person.interview_id = photo.interview_id
            AND interview_person.role = 'narrator'
        WHERE interview_person.person_id IN (SELECT value FROM json_each(:people))
"""


def read_archive(db: sqlite_utils.Database) -> ArchiveFacts:
    """Every fact the rules need about every interview and photo (call it in one read
    transaction, so that all of it comes from one moment)."""
    people = facts.consenting_people(db)
    found, consented = _items(db, None, people)
    return ArchiveFacts(people, _naming(people.values()), consented, found)


def brought_up_to_date(
    db: sqlite_utils.Database, before: ArchiveFacts, changed: Changed
) -> tuple[ArchiveFacts, frozenset[str]]:
    """``before`` with what ``changed`` names read again; also the items that may now be answered
    differently (call it in the read transaction in which ``changed`` was read)."""
    people = before.people
    naming = before.naming
    if changed.people:
        people = dict(people)
        for person_id in changed.people:
            people.pop(person_id, None)
        again = [p for p in facts.people(db, changed.people).values() if p.consents]
        people.update((p.id, p) for p in again)
        naming = naming.difference(changed.people) | _naming(again)
    touched = frozenset(
        row[0]
        for row in facts.tuples(
            db,
            _TOUCHED,
            {"items": facts.ids_json(changed.items), "people": facts.ids_json(changed.people)},
        )
    )
    if not touched:
        return ArchiveFacts(people, naming, before.consented, before.items), touched
    found, consented_now = _items(db, touched, people)
    consented = dict(before.consented)
    for item_id in touched:
        consented.pop(item_id, None)
    consented.update(consented_now)
    items = before.items.difference(touched) | found
    return ArchiveFacts(people, naming, consented, items), touched


def _naming(people: Iterable[PersonFacts]) -> frozenset[str]:
    return frozenset(p.id for p in people if any(c.covers is not None for c in p.consents))


def _items(
    db: sqlite_utils.Database, wanted: Collection[str] | None, people: Container[str]
) -> tuple[frozenset[str], dict[str, Featuring]]:
    """The ids of the ``wanted`` interviews and photos that exist (None: all of them), and those of
    them whose featured people all have consent records, with what the rules need of them."""
    if wanted is None:
        photos = facts.tuples(db, _PHOTOS)
        interviews = facts.tuples(db, _INTERVIEWS)
        narrators = facts.tuples(db, _NARRATORS)
        depicted = facts.tuples(db, _DEPICTED)
    else:
        ids = [facts.ids_json(wanted)]
        photos = facts.tuples(db, _PHOTOS + " WHERE id" + _AMONG, ids)
        # a photo's interview is read too, for its date and narrators
        around = [facts.ids_json({*wanted, *(row[1] for row in photos if row[1] is not None)})]
        interviews = facts.tuples(db, _INTERVIEWS + " WHERE id" + _AMONG, around)
        narrators = facts.tuples(db, _NARRATORS + " AND interview_id" + _AMONG, around)
        depicted = facts.tuples(db, _DEPICTED + " WHERE photo_id" + _AMONG, ids)

    narrated, narrated_lacking = _grouped(narrators, people)
    shown, shown_lacking = _grouped(depicted, people)
    found: list[str] = []
    consented: dict[str, Featuring] = {}
    interview_days: dict[str, str | None] = {}
    for interview_id, day in interviews:
        interview_days[interview_id] = day
        if wanted is not None and interview_id not in wanted:
            continue  # read only for its photos
        found.append(interview_id)
        featured = narrated.get(interview_id)
        if featured is not None and interview_id not in narrated_lacking:
            consented[interview_id] = (earliest_day(day), tuple(featured))
    for photo_id, interview_id, taken_at in photos:
        found.append(photo_id)
        featured = shown.get(photo_id)
        if featured is not None:
            lacking = photo_id in shown_lacking
        else:
            featured = narrated.get(interview_id)
            lacking = interview_id in narrated_lacking
        if featured is not None and not lacking:
            recorded = earliest_day(taken_at) or earliest_day(interview_days.get(interview_id))
            consented[photo_id] = (recorded, tuple(featured))
    return frozenset(found), consented


def _grouped(
    links: list[tuple[str, str]], people: Container[str]
) -> tuple[dict[str, list[str]], set[str]]:
    """The people linked to each item, and the items linking somebody not among ``people``."""
    # No person twice for one item: each source table's key includes both ids.
    grouped: dict[str, list[str]] = {}
    lacking: set[str] = set()
    for item_id, person_id in links:
        linked = grouped.get(item_id)
        if linked is None:
            grouped[item_id] = [person_id]
        else:
            linked.append(person_id)
        if person_id not in people:
            lacking.add(item_id)
    return grouped, lacking

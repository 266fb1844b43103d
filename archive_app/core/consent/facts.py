"""Reading the facts the consent rules need from the catalogue, in a few set-based queries.

Nothing here judges: these queries say who is featured in what, when it was recorded, and what
each person's consent records say. The rules in :mod:`rules` decide.

Who an item features: an interview, its narrators; a photo, the people depicted in it, or, when
nobody is marked as depicted, the narrators of its interview.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import sqlite_utils

from archive_app.core.consent.model import Consent, ItemFacts, PersonFacts
from archive_app.core.consent.rules import adult_from, earliest_day
from archive_app.core.errors import RecordNotFound

#: (item_id, person_id) for every person every interview and photo features
FEATURED = """
    SELECT interview_id AS item_id, person_id FROM interview_person WHERE role = 'narrator'
    UNION ALL
    SELECT photo_id, person_id FROM photo_person
    UNION ALL
    SELECT photo.id, interview_person.person_id FROM photo
    JOIN interview_person ON interview_person.interview_id = photo.interview_id
        AND interview_person.role = 'narrator'
    WHERE NOT EXISTS (SELECT 1 FROM photo_person WHERE photo_person.photo_id = photo.id)
"""

#: (item_id, its own date, its interview's date) for every interview and photo
ITEM_DAYS = """
    SELECT id, date, NULL FROM interview
    UNION ALL
    SELECT photo.id, photo.taken_at, interview.date FROM photo
    LEFT JOIN interview ON interview.id = photo.interview_id
"""

_CONSENT_TERMS = """
    SELECT id, person_id, date, given_by, assent, audiences, scope, embargo_until, withdrawn_on,
        pseudonym, show_face
    FROM consent
"""

_CONSENTING = """
    SELECT id, name, birth_date FROM person
    WHERE EXISTS (SELECT 1 FROM consent WHERE consent.person_id = person.id)
"""


def ids_json(ids: Iterable[str]) -> str:
    """Ids as one JSON array, for SQL to read with ``json_each``: one parameter however many."""
    return json.dumps(list(ids))


def _people_from_rows(
    persons: Iterable[Any], rows: Iterable[Any], covers: Mapping[str, frozenset[str]]
) -> dict[str, PersonFacts]:
    # Audience lists and dates repeat endlessly across records: parse each distinct text once.
    audience_sets: dict[str, frozenset[str]] = {}
    days: dict[str | None, date | None] = {None: None}
    consents: dict[str, list[Consent]] = {}
    make = Consent._make  # a whole archive's records: skip the keyword-handling constructor
    for (
        consent_id,
        person_id,
        given_on,
        given_by,
        assent,
        audiences,
        scope,
        embargo,
        withdrawn,
        pseudonym,
        show_face,
    ) in rows:
        allowed = audience_sets.get(audiences)
        if allowed is None:
            allowed = audience_sets[audiences] = frozenset(json.loads(audiences))
        if given_on not in days:
            days[given_on] = date.fromisoformat(given_on)
        if embargo not in days:
            days[embargo] = date.fromisoformat(embargo)
        if withdrawn not in days:
            days[withdrawn] = date.fromisoformat(withdrawn)
        consent = make(
            (
                consent_id,
                person_id,
                days[given_on],  # NOT NULL in the schema
                given_by,
                assent,
                allowed,
                covers.get(consent_id, frozenset()) if scope == "items" else None,
                days[embargo],
                days[withdrawn],
                pseudonym,
                show_face == 1,
            )
        )
        found = consents.get(person_id)
        if found is None:
            consents[person_id] = [consent]
        else:
            found.append(consent)
    return {
        person_id: PersonFacts(
            person_id, name, birth, adult_from(birth), tuple(consents.get(person_id, ()))
        )
        for person_id, name, birth in persons
    }


def _covers(rows: Iterable[Any]) -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for consent_id, item_id in rows:
        grouped.setdefault(consent_id, set()).add(item_id)
    return {consent_id: frozenset(items) for consent_id, items in grouped.items()}


def tuples(
    db: sqlite_utils.Database, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
) -> list[tuple[Any, ...]]:
    """The rows of a query as plain tuples (bulk reads build tens of thousands of rows, and a
    tuple is built faster than the archive's usual :class:`sqlite3.Row`)."""
    cursor = db.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, parameters).fetchall()


def consenting_people(db: sqlite_utils.Database) -> dict[str, PersonFacts]:
    """Everyone with at least one consent record, with all their records."""
    covers = _covers(tuples(db, "SELECT consent_id, item_id FROM consent_item"))
    return _people_from_rows(tuples(db, _CONSENTING), tuples(db, _CONSENT_TERMS), covers)


def people(db: sqlite_utils.Database, person_ids: Collection[str]) -> dict[str, PersonFacts]:
    """The named people with all their consent records (none for those without any)."""
    if not person_ids:
        return {}
    ids = [ids_json(person_ids)]
    covers = _covers(
        db.execute(
            "SELECT consent_item.consent_id, consent_item.item_id FROM consent_item "
            "JOIN consent ON consent.id = consent_item.consent_id "
            "WHERE consent.person_id IN (SELECT value FROM json_each(?))",
            ids,
        ).fetchall()
    )
    return _people_from_rows(
        db.execute(
            "SELECT id, name, birth_date FROM person WHERE id IN (SELECT value FROM json_each(?))",
            ids,
        ).fetchall(),
        db.execute(
            _CONSENT_TERMS
            + " WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY date, id",
            ids,
        ).fetchall(),
        covers,
    )


def item_facts(db: sqlite_utils.Database, item_id: str) -> ItemFacts:
    """An interview or photo with the people it features and the day it was recorded.

    Raises :class:`RecordNotFound` when ``item_id`` is neither an interview nor a photo.
    """
    row = db.execute(f"SELECT * FROM ({ITEM_DAYS}) WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise RecordNotFound(item_id, "interview or photo")
    kind = (
        "interview"
        if db.execute("SELECT 1 FROM interview WHERE id = ?", [item_id]).fetchone()
        else "photo"
    )
    recorded = earliest_day(row[1]) or earliest_day(row[2])
    person_ids = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT person_id FROM ({FEATURED}) WHERE item_id = ? ORDER BY person_id",
            [item_id],
        ).fetchall()
    ]
    found = people(db, person_ids)
    return ItemFacts(item_id, kind, recorded, tuple(found[p] for p in person_ids))

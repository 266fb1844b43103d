"""What a curator still owes the people in the archive: renewals, forms, birth dates.

- A consent given by a minor is due for renewal once they are 18 (see :func:`rules.renewal_due`).
- A consent in force with neither a signed form nor a recorded verbal consent lacks its evidence.
- A featured person without a (readable) birth date is treated as an adult by the rules; a curator
  should check that they are one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from archive_app.core.consent import facts, rules


@dataclass(frozen=True)
class RenewalDue:
    person_id: str
    person_name: str
    adult_from: str  # the day they turned 18
    consent_ids: tuple[str, ...]  # the records they gave (or a guardian gave) as a minor

    def as_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id,
            "person_name": self.person_name,
            "adult_from": self.adult_from,
            "consent_ids": list(self.consent_ids),
        }


@dataclass(frozen=True)
class FormMissing:
    consent_id: str
    person_id: str
    person_name: str
    date: str

    def as_json(self) -> dict[str, object]:
        return {
            "consent_id": self.consent_id,
            "person_id": self.person_id,
            "person_name": self.person_name,
            "date": self.date,
        }


@dataclass(frozen=True)
class BirthDateUnknown:
    person_id: str
    person_name: str
    birth_date: str | None  # None, or a text the rules cannot read

    def as_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id,
            "person_name": self.person_name,
            "birth_date": self.birth_date,
        }


def renewals_due(db: sqlite_utils.Database, on: date | None = None) -> list[RenewalDue]:
    """People who consented as minors, are 18 on ``on`` (today) and have not renewed, by name."""
    day = on or date.today()
    due: list[RenewalDue] = []
    for person in facts.consenting_people(db).values():
        records = rules.renewal_due(person, day)
        if records:
            assert person.adult_from is not None  # only adults are due
            due.append(
                RenewalDue(
                    person.id,
                    person.name,
                    person.adult_from.isoformat(),
                    tuple(sorted(c.id for c in records)),
                )
            )
    return sorted(due, key=lambda d: (d.person_name, d.person_id))


def forms_missing(db: sqlite_utils.Database) -> list[FormMissing]:
    """Consents not withdrawn that have neither a form document nor a verbal consent recording."""
    rows = db.execute(
        "SELECT consent.id, consent.person_id, person.name, consent.date FROM consent "
        "JOIN person ON person.id = consent.person_id "
        "WHERE consent.withdrawn_on IS NULL AND consent.form_document_id IS NULL "
        "AND consent.verbal_recording_id IS NULL ORDER BY person.name, consent.date, consent.id"
    ).fetchall()
    return [FormMissing(r[0], r[1], r[2], r[3]) for r in rows]


def birth_dates_unknown(db: sqlite_utils.Database) -> list[BirthDateUnknown]:
    """People featured in an interview or photo whose age the rules cannot tell, by name."""
    rows = db.execute(
        f"SELECT DISTINCT person.id, person.name, person.birth_date FROM ({facts.FEATURED}) "
        "AS featured JOIN person ON person.id = featured.person_id ORDER BY person.name, person.id"
    ).fetchall()
    return [BirthDateUnknown(r[0], r[1], r[2]) for r in rows if rules.adult_from(r[2]) is None]

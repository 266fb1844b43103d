"""The catalogue of consent records: add, withdraw, list; the archive's renewal policy.

A record is never deleted and its terms never change (the schema's triggers refuse it): a change
of mind is a dated withdrawal, followed if need be by a new record. Every change is appended to
the audit log in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from archive_app.core import audit, records
from archive_app.core.clock import new_id, now_iso
from archive_app.core.consent.model import ASSENTS, GIVERS, GRANTABLE, ConsentRecord
from archive_app.core.consent.rules import check_policy
from archive_app.core.errors import ConsentAlreadyWithdrawn, InvalidValue, RecordNotFound

RENEWAL_POLICY_KEY = "consent.renewal_policy"
DEFAULT_RENEWAL_POLICY = "honour"


def check_day(field: str, value: str | dt.date | None) -> str | None:
    """A full ``YYYY-MM-DD`` day as text (or None); :class:`InvalidValue` otherwise.

    Consent dates are never partial: a form is signed, an embargo lifts, on one day.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(field, value, "a day as YYYY-MM-DD") from None
    if len(value) != 10:  # fromisoformat also takes 20240501 and week dates
        raise InvalidValue(field, value, "a day as YYYY-MM-DD")
    return value


def item_kind(db: sqlite_utils.Database, item_id: str) -> str:
    """'interview' or 'photo'; :class:`RecordNotFound` when the id is neither."""
    for kind in ("interview", "photo"):
        if db.execute(f"SELECT 1 FROM [{kind}] WHERE id = ?", [item_id]).fetchone():
            return kind
    raise RecordNotFound(item_id, "interview or photo")


def add_consent(
    db: sqlite_utils.Database,
    person_id: str,
    *,
    date: str | dt.date,
    audiences: Iterable[str],
    given_by: str = "self",
    guardian_id: str | None = None,
    guardian_name: str | None = None,
    relationship: str | None = None,
    assent: str | None = None,
    covers: Sequence[str] = (),
    embargo_until: str | dt.date | None = None,
    pseudonym: str | None = None,
    show_face: bool = True,
    form_document_id: str | None = None,
    verbal_recording_id: str | None = None,
    verbal_start_s: float | None = None,
    verbal_end_s: float | None = None,
    notes: str = "",
) -> str:
    """Record a person's consent and return its id; ``covers`` empty means all their material.

    Raises :class:`RecordNotFound` for an unknown person, guardian, covered interview or photo,
    form document or recording; :class:`InvalidValue` for a bad day, audience, giver or assent,
    a guardian on a consent the person gave themself, or a guardian's consent naming no guardian.
    """
    given_on = check_day("date", date)
    if given_on is None:
        raise InvalidValue("date", date, "a day as YYYY-MM-DD")
    embargo = check_day("embargo_until", embargo_until)
    wanted = set(audiences)
    unknown = sorted(wanted - set(GRANTABLE))
    if unknown:
        raise InvalidValue("audience", unknown[0], ", ".join(GRANTABLE))
    if given_by not in GIVERS:
        raise InvalidValue("given_by", given_by, ", ".join(GIVERS))
    if assent is not None and assent not in ASSENTS:
        raise InvalidValue("assent", assent, ", ".join(ASSENTS))
    guardian_name = (guardian_name or "").strip() or None
    if given_by == "self" and (guardian_id or guardian_name):
        raise InvalidValue(
            "guardian", guardian_id or guardian_name, "no guardian on a consent given by the person"
        )
    if given_by == "guardian" and not (guardian_id or guardian_name):
        raise InvalidValue("guardian", None, "a guardian (a person id or a name)")
    if guardian_id is not None and guardian_id == person_id:
        raise InvalidValue("guardian", guardian_id, "someone other than the person")
    if verbal_recording_id is None and (verbal_start_s is not None or verbal_end_s is not None):
        raise InvalidValue("verbal_start_s", verbal_start_s, "a recording holding the consent")
    records.get(db, "person", person_id)
    if guardian_id:
        records.get(db, "person", guardian_id)
    if form_document_id:
        records.get(db, "document", form_document_id)
    if verbal_recording_id:
        records.get(db, "recording", verbal_recording_id)
    covered = [(item_id, item_kind(db, item_id)) for item_id in dict.fromkeys(covers)]

    consent_id = new_id()
    stamp = now_iso()
    db.execute(
        "INSERT INTO consent (id, person_id, date, given_by, guardian_id, guardian_name, "
        "relationship, assent, audiences, scope, pseudonym, show_face, embargo_until, "
        "form_document_id, verbal_recording_id, verbal_start_s, verbal_end_s, notes, "
        "created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            consent_id,
            person_id,
            given_on,
            given_by,
            guardian_id,
            guardian_name,
            (relationship or "").strip() or None,
            assent,
            json.dumps(sorted(wanted, key=GRANTABLE.index)),
            "items" if covered else "all",
            (pseudonym or "").strip() or None,
            int(show_face),
            embargo,
            form_document_id,
            verbal_recording_id,
            verbal_start_s,
            verbal_end_s,
            notes,
            stamp,
            stamp,
        ],
    )
    for item_id, kind in covered:
        db.execute(
            "INSERT INTO consent_item (consent_id, item_id, item_kind) VALUES (?, ?, ?)",
            [consent_id, item_id, kind],
        )
    audit.append(db, "consent.add", consent_id, get_consent(db, consent_id).as_json())
    return consent_id


def withdraw_consent(
    db: sqlite_utils.Database, consent_id: str, *, date: str | dt.date, reason: str
) -> None:
    """Withdraw a consent from ``date`` on (the record stays, marked, for the audit trail).

    Raises :class:`RecordNotFound`, :class:`ConsentAlreadyWithdrawn`, and :class:`InvalidValue`
    for a bad day, a day before the consent was given, or an empty reason.
    """
    day = check_day("date", date)
    if day is None:
        raise InvalidValue("date", date, "a day as YYYY-MM-DD")
    if not reason.strip():
        raise InvalidValue("reason", reason, "a reason for the withdrawal")
    consent = get_consent(db, consent_id)
    if consent.withdrawn_on is not None:
        raise ConsentAlreadyWithdrawn(consent_id, consent.withdrawn_on)
    if day < consent.date:
        raise InvalidValue("date", day, f"a day on or after the consent's date {consent.date}")
    db.execute(
        "UPDATE consent SET withdrawn_on = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?",
        [day, reason.strip(), now_iso(), consent_id],
    )
    audit.append(
        db,
        "consent.withdraw",
        consent_id,
        {"person_id": consent.person_id, "withdrawn_on": day, "reason": reason.strip()},
    )


def attach_evidence(
    db: sqlite_utils.Database,
    consent_id: str,
    *,
    form_document_id: str | None = None,
    verbal_recording_id: str | None = None,
    verbal_start_s: float | None = None,
    verbal_end_s: float | None = None,
) -> None:
    """Attach the signed form or the recorded verbal consent to a record that lacked it.

    The terms stay as they are. Raises :class:`RecordNotFound` for an unknown consent, document
    or recording, :class:`InvalidValue` when nothing is given.
    """
    if form_document_id is None and verbal_recording_id is None:
        raise InvalidValue("evidence", None, "a form document or a recording")
    get_consent(db, consent_id)
    changes: dict[str, Any] = {}
    if form_document_id is not None:
        records.get(db, "document", form_document_id)
        changes["form_document_id"] = form_document_id
    if verbal_recording_id is not None:
        records.get(db, "recording", verbal_recording_id)
        changes.update(
            verbal_recording_id=verbal_recording_id,
            verbal_start_s=verbal_start_s,
            verbal_end_s=verbal_end_s,
        )
    db.execute(
        f"UPDATE consent SET {', '.join(f'{c} = ?' for c in changes)}, updated_at = ? WHERE id = ?",
        [*changes.values(), now_iso(), consent_id],
    )
    audit.append(db, "consent.evidence", consent_id, changes)


_RECORD = """
    SELECT consent.*, person.name AS person_name,
        (SELECT json_group_array(item_id) FROM (SELECT item_id FROM consent_item
            WHERE consent_item.consent_id = consent.id ORDER BY item_id)) AS covered_json
    FROM consent JOIN person ON person.id = consent.person_id
"""


def _record(row: dict[str, Any]) -> ConsentRecord:
    audiences = set(json.loads(row["audiences"]))
    return ConsentRecord(
        id=row["id"],
        person_id=row["person_id"],
        person_name=row["person_name"],
        date=row["date"],
        given_by=row["given_by"],
        guardian_id=row["guardian_id"],
        guardian_name=row["guardian_name"],
        relationship=row["relationship"],
        assent=row["assent"],
        audiences=tuple(a for a in GRANTABLE if a in audiences),
        covers=tuple(json.loads(row["covered_json"])) if row["scope"] == "items" else None,
        embargo_until=row["embargo_until"],
        pseudonym=row["pseudonym"],
        show_face=bool(row["show_face"]),
        form_document_id=row["form_document_id"],
        verbal_recording_id=row["verbal_recording_id"],
        verbal_start_s=row["verbal_start_s"],
        verbal_end_s=row["verbal_end_s"],
        notes=row["notes"],
        withdrawn_on=row["withdrawn_on"],
        withdrawal_reason=row["withdrawal_reason"],
        created_at=row["created_at"],
    )


def get_consent(db: sqlite_utils.Database, consent_id: str) -> ConsentRecord:
    """One consent record; :class:`RecordNotFound` if there is none with that id."""
    found = records.rows(db, _RECORD + " WHERE consent.id = ?", [consent_id])
    if not found:
        raise RecordNotFound(consent_id, "consent")
    return _record(found[0])


def list_consents(
    db: sqlite_utils.Database, *, person_id: str | None = None
) -> list[ConsentRecord]:
    """Consent records, by person name then date, optionally only one person's.

    Raises :class:`RecordNotFound` for an unknown ``person_id``.
    """
    if person_id is None:
        found = records.rows(db, _RECORD + " ORDER BY person.name, consent.date, consent.id")
    else:
        records.get(db, "person", person_id)
        found = records.rows(
            db,
            _RECORD + " WHERE consent.person_id = ? ORDER BY consent.date, consent.id",
            [person_id],
        )
    return [_record(row) for row in found]


def renewal_policy(db: sqlite_utils.Database) -> str:
    """'honour' (the default) or 'suspend': whether a consent given by a minor keeps working
    once they are 18 and have not renewed it. Raises :class:`InvalidValue` for a bad setting.
    """
    row = db.execute("SELECT value FROM setting WHERE key = ?", [RENEWAL_POLICY_KEY]).fetchone()
    if row is None:
        return DEFAULT_RENEWAL_POLICY
    try:
        policy = json.loads(row[0])
    except ValueError:
        policy = row[0]  # a bare word typed by hand into the setting
    check_policy(policy)
    return str(policy)


def set_renewal_policy(db: sqlite_utils.Database, policy: str) -> None:
    """Choose 'honour' or 'suspend'; :class:`InvalidValue` for anything else."""
    check_policy(policy)
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [RENEWAL_POLICY_KEY, json.dumps(policy)],
    )
    audit.append(db, "consent.renewal_policy", None, {"policy": policy})

"""The consent catalogue: records are checked on the way in, never deleted or rewritten, every
change is in the audit log, and what is due is listed. Older catalogues upgrade to hold them."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from archive_app.core import audit, interviews, people, records
from archive_app.core.archive import Archive, connect
from archive_app.core.consent import due, store
from archive_app.core.errors import ConsentAlreadyWithdrawn, InvalidValue, RecordNotFound
from archive_app.core.migrations import all_migrations


def family(db: sqlite_utils.Database) -> tuple[str, str, str]:
    girl = people.add_person(db, "小红", birth_date="2014-03-02")
    grandma = people.add_person(db, "王奶奶", birth_date="1950")
    story = interviews.add_interview(db, "奶奶和我", date="2024-05-01")
    interviews.link_person(db, story, girl, "narrator")
    return girl, grandma, story


def add_document(db: sqlite_utils.Database) -> str:
    sha = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    db.execute(
        "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, imported_at) "
        "VALUES (?, 1, '.jpg', ?, 'form.jpg', '2024-01-01T00:00:00.000Z')",
        [sha, f"media/{sha[:2]}/{sha}.jpg"],
    )
    return records.insert(
        db,
        "document",
        {
            "sha256": sha,
            "original_name": "同意书.jpg",
            "format": "jpeg",
            "document_type": "consent_form",
        },
    )


def test_a_guardians_consent_is_recorded_with_all_its_terms(archive: Archive) -> None:
    with archive.transaction() as db:
        girl, grandma, story = family(db)
        form = add_document(db)
        consent_id = store.add_consent(
            db,
            girl,
            date=date(2024, 5, 1),
            audiences=["public", "family"],
            given_by="guardian",
            guardian_id=grandma,
            relationship="grandmother",
            assent="yes",
            covers=[story],
            embargo_until="2030-01-01",
            pseudonym="小花",
            show_face=False,
            form_document_id=form,
            notes="signed at the village school",
        )
    record = store.get_consent(archive.db, consent_id)
    assert record.person_name == "小红" and record.date == "2024-05-01"
    assert record.audiences == ("family", "public")
    assert record.covers == (story,)
    assert (record.given_by, record.guardian_id, record.relationship, record.assent) == (
        "guardian",
        grandma,
        "grandmother",
        "yes",
    )
    assert (record.embargo_until, record.pseudonym, record.show_face) == (
        "2030-01-01",
        "小花",
        False,
    )
    assert record.form_document_id == form and record.withdrawn_on is None
    [entry] = audit.entries(archive.db, item_id=consent_id)
    assert entry["action"] == "consent.add" and entry["details"]["person_id"] == girl


@pytest.mark.parametrize(
    "change",
    [
        {"date": "2024-05"},  # consent days are never partial
        {"date": "2024-13-01"},
        {"audiences": ["curator"]},  # curators need no consent
        {"audiences": ["everyone"]},
        {"given_by": "neighbour"},
        {"assent": "maybe"},
        {"given_by": "guardian"},  # a guardian's consent names the guardian
        {"guardian_name": "王奶奶"},  # ...and a person's own names none
        {"embargo_until": "soon"},
        {"verbal_start_s": 12.0},  # a time in no recording
    ],
)
def test_bad_terms_are_refused(archive: Archive, change: dict[str, object]) -> None:
    with archive.transaction() as db:
        girl, _, _ = family(db)
    terms: dict[str, object] = {"date": "2024-05-01", "audiences": ["family"], **change}
    with pytest.raises(InvalidValue), archive.transaction() as db:
        store.add_consent(db, girl, **terms)  # type: ignore[arg-type]
    assert store.list_consents(archive.db) == []


def test_unknown_people_and_items_are_refused(archive: Archive) -> None:
    with archive.transaction() as db:
        girl, grandma, _ = family(db)
    for person_id, extra in (
        ("nobody", {}),
        (girl, {"given_by": "guardian", "guardian_id": "nobody"}),
        (girl, {"covers": [grandma]}),  # a person is not an interview or photo
        (girl, {"form_document_id": "nothing"}),
        (girl, {"verbal_recording_id": "nothing"}),
    ):
        with pytest.raises(RecordNotFound), archive.transaction() as db:
            store.add_consent(db, person_id, date="2024-05-01", audiences=["family"], **extra)  # type: ignore[arg-type]


def test_a_withdrawal_is_dated_final_and_logged(archive: Archive) -> None:
    with archive.transaction() as db:
        girl, _, _ = family(db)
        consent_id = store.add_consent(db, girl, date="2024-05-01", audiences=["family"])
    with pytest.raises(InvalidValue), archive.transaction() as db:
        store.withdraw_consent(db, consent_id, date="2024-04-30", reason="before it was given")
    with pytest.raises(InvalidValue), archive.transaction() as db:
        store.withdraw_consent(db, consent_id, date="2024-06-01", reason="  ")
    with archive.transaction() as db:
        store.withdraw_consent(db, consent_id, date="2024-06-01", reason="the family moved")
    with pytest.raises(ConsentAlreadyWithdrawn), archive.transaction() as db:
        store.withdraw_consent(db, consent_id, date="2024-07-01", reason="again")
    record = store.get_consent(archive.db, consent_id)
    assert (record.withdrawn_on, record.withdrawal_reason) == ("2024-06-01", "the family moved")
    assert [e["action"] for e in audit.entries(archive.db, item_id=consent_id)] == [
        "consent.add",
        "consent.withdraw",
    ]


def test_records_are_never_deleted_nor_their_terms_rewritten(archive: Archive) -> None:
    with archive.transaction() as db:
        girl, _, story = family(db)
        consent_id = store.add_consent(
            db, girl, date="2024-05-01", audiences=["family"], covers=[story]
        )
        store.withdraw_consent(db, consent_id, date="2024-06-01", reason="asked")
    for statement in (
        "DELETE FROM consent",
        'UPDATE consent SET audiences = \'["family", "public"]\'',
        "UPDATE consent SET embargo_until = NULL",
        "UPDATE consent SET withdrawn_on = NULL, withdrawal_reason = NULL",
        "DELETE FROM consent_item",
        "INSERT INTO consent (id, person_id, date, audiences, created_at, updated_at) "
        "VALUES ('x', (SELECT id FROM person LIMIT 1), '2024-01-01', '[\"curator\"]', '', '')",
    ):
        with pytest.raises(sqlite3.DatabaseError):
            archive.conn.execute(statement)
    assert store.get_consent(archive.db, consent_id).withdrawn_on == "2024-06-01"
    with pytest.raises(sqlite3.DatabaseError), archive.transaction() as db:
        db.execute("DELETE FROM person WHERE id = ?", [girl])  # her consent outlives no one


def test_listing_by_person(archive: Archive) -> None:
    with archive.transaction() as db:
        girl, grandma, _ = family(db)
        second = store.add_consent(db, girl, date="2024-06-01", audiences=["family"])
        first = store.add_consent(db, girl, date="2024-05-01", audiences=["research"])
        own = store.add_consent(db, grandma, date="2024-05-01", audiences=["public"])
    assert [c.id for c in store.list_consents(archive.db, person_id=girl)] == [first, second]
    assert {c.id for c in store.list_consents(archive.db)} == {first, second, own}
    with pytest.raises(RecordNotFound):
        store.list_consents(archive.db, person_id="nobody")


def test_the_renewal_policy_setting(archive: Archive) -> None:
    assert store.renewal_policy(archive.db) == "honour"
    with archive.transaction() as db:
        store.set_renewal_policy(db, "suspend")
    assert store.renewal_policy(archive.db) == "suspend"
    assert audit.entries(archive.db)[-1]["action"] == "consent.renewal_policy"
    with pytest.raises(InvalidValue), archive.transaction() as db:
        store.set_renewal_policy(db, "ignore")
    with archive.transaction() as db:
        db.execute("UPDATE setting SET value = '\"forget\"' WHERE key = 'consent.renewal_policy'")
    with pytest.raises(InvalidValue):
        store.renewal_policy(archive.db)


def test_what_is_due(archive: Archive) -> None:
    with archive.transaction() as db:
        young = people.add_person(db, "小明", birth_date="2006-03-01")
        stranger = people.add_person(db, "无名")  # no birth date
        onlooker = people.add_person(db, "路人")  # featured nowhere: no age needed
        story = interviews.add_interview(db, "小时候", date="2020-01-01")
        interviews.link_person(db, story, young, "narrator")
        interviews.link_person(db, story, stranger, "narrator")
        interviews.link_person(db, story, onlooker, "mentioned")
        as_a_child = store.add_consent(
            db,
            young,
            date="2020-01-01",
            audiences=["family"],
            given_by="guardian",
            guardian_name="张奶奶",
            assent="yes",
        )
        signed = store.add_consent(db, stranger, date="2020-01-01", audiences=["family"])
        store.attach_evidence(db, signed, form_document_id=add_document(db))
    renewals = due.renewals_due(archive.db, date(2024, 3, 1))
    assert [(r.person_id, r.adult_from, r.consent_ids) for r in renewals] == [
        (young, "2024-03-01", (as_a_child,))
    ]
    assert due.renewals_due(archive.db, date(2024, 2, 29)) == []
    assert [f.consent_id for f in due.forms_missing(archive.db)] == [as_a_child]
    assert [b.person_id for b in due.birth_dates_unknown(archive.db)] == [stranger]
    with archive.transaction() as db:
        store.add_consent(db, young, date="2024-03-02", audiences=["family"])  # renewed
    assert due.renewals_due(archive.db, date(2024, 3, 2)) == []


def test_a_catalogue_of_the_version_before_upgrades_with_its_records_intact(tmp_path: Path) -> None:
    root = tmp_path / "old"
    (root / "media").mkdir(parents=True)
    conn = connect(root / "archive.sqlite")
    earlier = [m for m in all_migrations() if m.name != "consent"]
    before = [m for m in earlier if m.version < 3]
    for migration in before:
        migration.apply(conn)
    conn.execute(f"PRAGMA user_version = {before[-1].version}")
    conn.execute(
        "INSERT INTO person (id, name, birth_date, created_at, updated_at) "
        "VALUES ('p1', '李桂兰', '1951', '', '')"
    )
    conn.close()
    with Archive.open(root) as archive:
        assert (
            archive.db.execute("SELECT name FROM person WHERE id = 'p1'").fetchone()[0] == "李桂兰"
        )
        with archive.transaction() as db:
            consent_id = store.add_consent(db, "p1", date="2024-05-01", audiences=["family"])
        assert store.get_consent(archive.db, consent_id).person_name == "李桂兰"
        assert list(archive.backups_dir.iterdir())  # a copy was made before upgrading

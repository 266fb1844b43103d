"""The gate over a real catalogue: decide, visible_items and log_release.

Given consent records in an archive, when an audience asks, then it sees exactly what the rules
allow, a withdrawal hides an item at once for every reader, and a release is logged.
"""

from __future__ import annotations

import hashlib
import random
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core import audit, edits, interviews, people, records
from archive_app.core.archive import Archive
from archive_app.core.consent import gate, store
from archive_app.core.errors import InvalidValue, RecordNotFound

TODAY = date(2025, 1, 1)


def add_photo(
    db: sqlite_utils.Database, interview_id: str | None, taken_at: str | None = None
) -> str:
    """A photo record (the rules never look at the picture itself)."""
    sha = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    db.execute(
        "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, imported_at) "
        "VALUES (?, 1, '.jpg', ?, 'p.jpg', '2024-01-01T00:00:00.000Z')",
        [sha, f"media/{sha[:2]}/{sha}.jpg"],
    )
    return records.insert(
        db,
        "photo",
        {
            "interview_id": interview_id,
            "sha256": sha,
            "original_name": "p.jpg",
            "format": "jpeg",
            "taken_at": taken_at,
        },
    )


def narrated(db: sqlite_utils.Database, *narrators: str, when: str | None = "2024-05-01") -> str:
    interview_id = interviews.add_interview(db, "一次访谈", date=when)
    for person_id in narrators:
        interviews.link_person(db, interview_id, person_id, "narrator")
    return interview_id


def test_ten_year_olds_need_a_guardians_consent_and_their_own_assent(archive: Archive) -> None:
    with archive.transaction() as db:
        grandma = people.add_person(db, "王奶奶", birth_date="1950")
        stories: dict[str, str] = {}
        for case in ("own only", "guardian, no assent", "guardian with assent", "two records"):
            girl = people.add_person(db, f"小红 ({case})", birth_date="2014-03-02")
            stories[case] = narrated(db, girl)
            interviews.link_person(db, stories[case], grandma, "interviewer")  # not featured
            guardian: dict[str, Any] = {
                "given_by": "guardian",
                "guardian_id": grandma,
                "relationship": "grandmother",
            }
            both = ["family", "research"]
            if case == "own only":
                store.add_consent(db, girl, date="2024-05-01", audiences=both)
            elif case == "guardian, no assent":
                store.add_consent(db, girl, date="2024-05-01", audiences=both, **guardian)
            elif case == "guardian with assent":
                store.add_consent(
                    db, girl, date="2024-05-01", audiences=both, assent="yes", **guardian
                )
            else:
                store.add_consent(db, girl, date="2024-05-01", audiences=both, **guardian)
                store.add_consent(db, girl, date="2024-05-02", audiences=["family"])

    def rules_of(case: str, audience: str) -> list[str]:
        return [r.rule for r in gate.decide(archive.db, stories[case], audience, TODAY).reasons]

    assert rules_of("own only", "family") == ["guardian_consent_missing"]
    assert rules_of("guardian, no assent", "family") == ["assent_missing"]
    assert rules_of("guardian with assent", "research") == []
    assert rules_of("two records", "research") == ["assent_missing"]  # she agreed to family only
    assert gate.visible_items(archive.db, "family", TODAY) == {
        stories["guardian with assent"],
        stories["two records"],
    }
    assert gate.visible_items(archive.db, "research", TODAY) == {stories["guardian with assent"]}
    assert gate.visible_items(archive.db, "public", TODAY) == frozenset()
    assert gate.visible_items(archive.db, "curator", TODAY) == set(stories.values())
    # before her own record was signed, the two-record case was closed to family too
    assert stories["two records"] not in gate.visible_items(archive.db, "family", date(2024, 5, 1))


def test_photos_feature_the_people_depicted_or_else_the_narrators(archive: Archive) -> None:
    with archive.transaction() as db:
        father = people.add_person(db, "爸爸", birth_date="1980")
        mother = people.add_person(db, "妈妈", birth_date="1982")
        store.add_consent(db, father, date="2024-01-01", audiences=["family", "public"])
        story = narrated(db, father)
        both = add_photo(db, story)
        edits.run(db, edits.depict(both, father))
        edits.run(db, edits.depict(both, mother))
        nobody_marked = add_photo(db, story)
        loose = add_photo(db, None)
    decision = gate.decide(archive.db, both, "family", TODAY)
    assert not decision.allowed
    assert [(r.person_name, r.rule) for r in decision.reasons] == [("妈妈", "no_consent")]
    assert gate.decide(archive.db, nobody_marked, "public", TODAY).allowed
    lonely = gate.decide(archive.db, loose, "family", TODAY)
    assert [r.rule for r in lonely.reasons] == ["nobody_featured"]
    assert gate.visible_items(archive.db, "public", TODAY) == {story, nobody_marked}
    assert gate.visible_items(archive.db, "curator", TODAY) == {story, both, nobody_marked, loose}


def test_a_withdrawal_hides_the_item_at_once_for_every_reader(archive: Archive) -> None:
    with archive.transaction() as db:
        grandma = people.add_person(db, "李桂兰", birth_date="1951")
        story = narrated(db, grandma)
        consent_id = store.add_consent(db, grandma, date="2024-05-01", audiences=["research"])
    # a reader on its own connection, as the search and the family view have
    reader = sqlite_utils.Database(archive.reader())
    try:
        assert gate.visible_items(archive.db, "research") == {story}
        assert gate.visible_items(reader, "research") == {story}
        with archive.transaction() as db:
            store.withdraw_consent(
                db, consent_id, date=date.today().isoformat(), reason="family asked"
            )
        assert gate.visible_items(archive.db, "research") == frozenset()
        assert gate.visible_items(reader, "research") == frozenset()
        assert [r.rule for r in gate.decide(reader, story, "research").reasons] == ["withdrawn"]
    finally:
        reader.conn.close()


def test_what_a_rolled_back_change_showed_is_forgotten(archive: Archive) -> None:
    with archive.transaction() as db:
        grandma = people.add_person(db, "李桂兰", birth_date="1951")
        story = narrated(db, grandma)
    assert gate.visible_items(archive.db, "family", TODAY) == frozenset()
    with pytest.raises(RuntimeError), archive.transaction() as db:
        store.add_consent(db, grandma, date="2024-05-01", audiences=["family"])
        assert gate.visible_items(db, "family", TODAY) == {story}
        raise RuntimeError("changed our mind")
    assert gate.visible_items(archive.db, "family", TODAY) == frozenset()


def test_suspending_unrenewed_consents_of_minors_who_turned_18(archive: Archive) -> None:
    with archive.transaction() as db:
        young = people.add_person(db, "小明", birth_date="2006-03-01")
        story = narrated(db, young, when="2020-01-01")
        store.add_consent(
            db,
            young,
            date="2020-01-01",
            audiences=["family"],
            given_by="guardian",
            guardian_name="张奶奶",
            assent="yes",
        )
    assert gate.visible_items(archive.db, "family", TODAY) == {story}
    with archive.transaction() as db:
        store.set_renewal_policy(db, "suspend")
    assert gate.visible_items(archive.db, "family", TODAY) == frozenset()
    assert [r.rule for r in gate.decide(archive.db, story, "family", TODAY).reasons] == [
        "renewal_due"
    ]
    with archive.transaction() as db:
        store.add_consent(db, young, date="2024-06-01", audiences=["family"])
    assert gate.visible_items(archive.db, "family", TODAY) == {story}


def test_a_release_is_logged_with_what_was_held_back_and_why(archive: Archive) -> None:
    with archive.transaction() as db:
        grandma = people.add_person(db, "李桂兰", birth_date="1951")
        boy = people.add_person(db, "小明", birth_date="2015")
        open_story = narrated(db, grandma)
        closed_story = narrated(db, boy)
        store.add_consent(db, grandma, date="2024-05-01", audiences=["public"])
    released = gate.visible_items(archive.db, "public", TODAY)
    held = [gate.decide(archive.db, closed_story, "public", TODAY)]
    with archive.transaction() as db:
        gate.log_release(db, "public", released, held, "story site export")
    entry = audit.entries(archive.db)[-1]
    assert entry["action"] == "release"
    details = entry["details"]
    assert details["audience"] == "public" and details["purpose"] == "story site export"
    assert details["released"] == [open_story]
    assert details["held_back"] == [
        {
            "id": closed_story,
            "reasons": [
                {"person_id": boy, "person_name": "小明", "rule": "no_consent", "detail": ""}
            ],
        }
    ]
    assert details["rules"] and details["renewal_policy"] == "honour"


def test_unknown_items_and_audiences_are_refused(archive: Archive) -> None:
    with archive.transaction() as db:
        someone = people.add_person(db, "某人")
    with pytest.raises(RecordNotFound):
        gate.decide(archive.db, someone, "family")
    with pytest.raises(InvalidValue):
        gate.visible_items(archive.db, "everyone")
    with pytest.raises(InvalidValue):
        gate.decide(archive.db, someone, "neighbours")


# -- visible_items says exactly what decide says, on random archives ---------------------------

BIRTHS = (None, "1950", "2006", "2006-03-01", "2008-02-29", "2010-07", "2014-03-02")
DAYS = ("2019-06-01", "2024-02-29", "2024-03-01", "2025-01-01", "2026-03-01")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1))
def test_visible_items_agrees_with_decide_on_every_item(seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, Archive.create(Path(folder) / "a") as archive:
        with archive.transaction() as db:
            folk = [people.add_person(db, f"p{n}", birth_date=rng.choice(BIRTHS)) for n in range(5)]
            items: list[str] = []
            for _ in range(rng.randint(1, 5)):
                when = rng.choice((None, "2019", "2024-02", *DAYS))
                items.append(narrated(db, *rng.sample(folk, rng.randint(0, 2)), when=when))
            stories = list(items)
            for _ in range(rng.randint(0, 3)):
                photo = add_photo(db, rng.choice((None, *stories)), rng.choice((None, *DAYS)))
                for person_id in rng.sample(folk, rng.randint(0, 2)):
                    edits.run(db, edits.depict(photo, person_id))
                items.append(photo)
            for person_id in folk:
                for _ in range(rng.randint(0, 2)):
                    by = rng.choice(("self", "guardian"))
                    consent_id = store.add_consent(
                        db,
                        person_id,
                        date=rng.choice(DAYS),
                        audiences=rng.sample(("family", "research", "public"), rng.randint(0, 3)),
                        given_by=by,
                        guardian_name="监护人" if by == "guardian" else None,
                        assent=rng.choice((None, "yes", "no")),
                        covers=rng.sample(items, min(len(items), rng.randint(0, 2)))
                        if rng.random() < 0.3
                        else (),
                        embargo_until=rng.choice((None, None, *DAYS)),
                    )
                    if rng.random() < 0.2:
                        store.withdraw_consent(db, consent_id, date="2026-03-01", reason="asked")
            if rng.random() < 0.3:
                store.set_renewal_policy(db, "suspend")
        for audience in ("family", "research", "public"):
            for day in (date(2024, 3, 1), date(2026, 3, 1)):
                expected = {i for i in items if gate.decide(archive.db, i, audience, day).allowed}
                assert gate.visible_items(archive.db, audience, day) == expected

"""The gate keeps its answers while nothing the rules read changes, and not a moment longer.

Given an archive whose readers have asked what each audience may see, when something the consent
rules never read is edited, then the answer is kept as it was; when anything they do read
changes (a consent, a withdrawal, a narrator, a person depicted, a birth date, a date, an item
added or deleted), then the very next answer, for the writer and for a reader on its own
connection, is what ``decide`` says item by item.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core import edits, interviews, people, records
from archive_app.core.archive import Archive
from archive_app.core.consent import changes, gate, kept, store
from archive_app.core.transcripts import store as transcripts
from archive_app.core.transcripts.parse import Segment
from tests.core.test_consent_gate import add_photo, narrated

TODAY = date(2025, 1, 1)
ALL_ITEMS = "SELECT id FROM interview UNION ALL SELECT id FROM photo"


@dataclass
class Village:
    """A small archive: who is in it and what they told."""

    grandma: str  # born 1951, consented herself to family and research
    girl: str  # born 2014, her guardian consented with her assent, for family
    young: str  # born 2006-03-01, consented himself in 2023, as a minor, without a guardian
    mother: str  # no consent
    grandma_consent: str
    story: str  # narrated by grandma
    photo: str  # of grandma's story, nobody marked: grandma is featured
    girls_story: str
    girl_photo: str  # depicting the girl, of an interview nobody narrates
    nobodys: str  # an interview nobody narrates
    young_story: str  # recorded after he turned 18
    young_photo: str  # depicting him, undated: his interview's date counts
    mothers_story: str


def settle(archive: Archive) -> Village:
    with archive.transaction() as db:
        grandma = people.add_person(db, "李桂兰", birth_date="1951")
        girl = people.add_person(db, "小红", birth_date="2014-03-02")
        young = people.add_person(db, "小明", birth_date="2006-03-01")
        mother = people.add_person(db, "妈妈", birth_date="1982")
        grandma_consent = store.add_consent(
            db, grandma, date="2024-05-01", audiences=["family", "research"]
        )
        store.add_consent(
            db,
            girl,
            date="2024-05-01",
            audiences=["family"],
            given_by="guardian",
            guardian_id=grandma,
            relationship="grandmother",
            assent="yes",
        )
        store.add_consent(db, young, date="2023-01-01", audiences=["family"])
        story = narrated(db, grandma)
        nobodys = narrated(db)
        girl_photo = add_photo(db, nobodys, "2024-05-01")
        edits.run(db, edits.depict(girl_photo, girl))
        young_story = narrated(db, young)
        young_photo = add_photo(db, young_story)
        edits.run(db, edits.depict(young_photo, young))
        return Village(
            grandma=grandma,
            girl=girl,
            young=young,
            mother=mother,
            grandma_consent=grandma_consent,
            story=story,
            photo=add_photo(db, story),
            girls_story=narrated(db, girl),
            girl_photo=girl_photo,
            nobodys=nobodys,
            young_story=young_story,
            young_photo=young_photo,
            mothers_story=narrated(db, mother),
        )


@pytest.fixture
def reader(archive: Archive) -> Iterator[sqlite_utils.Database]:
    """A reader on its own connection, as search and the consent badges have."""
    db = sqlite_utils.Database(archive.reader())
    try:
        yield db
    finally:
        db.conn.close()


def by_decide(db: sqlite_utils.Database, audience: str, day: date = TODAY) -> set[str]:
    return {
        item_id
        for (item_id,) in db.execute(ALL_ITEMS).fetchall()
        if gate.decide(db, item_id, audience, day).allowed
    }


def test_an_edit_the_rules_never_read_keeps_the_answer(
    archive: Archive, reader: sqlite_utils.Database
) -> None:
    village = settle(archive)
    first = gate.visible_items(reader, "family", TODAY)
    assert first == {
        village.story,
        village.photo,
        village.girls_story,
        village.girl_photo,
        village.young_story,
        village.young_photo,
    }
    point = changes.latest(archive.db)
    with archive.transaction() as db:
        # an edit form writes every field back, the dates unchanged among them
        edits.run(
            db,
            edits.SetFields(
                "interview", village.story, {"title": "奶奶讲户口", "date": "2024-05-01"}
            ),
        )
        edits.run(
            db,
            edits.SetFields(
                "person", village.grandma, {"name": "李桂兰奶奶", "birth_date": "1951"}
            ),
        )
        edits.run(
            db, edits.SetFields("photo", village.photo, {"caption": "老屋", "taken_at": None})
        )
        interviews.link_person(db, village.story, village.mother, "interviewer")
        interviews.link_person(db, village.girls_story, village.mother, "mentioned")
        edits.run(db, edits.tag(village.story, "户口"))
        said = Segment(0.0, 4.0, "奶奶", "那时候没有户口。")
        transcript = transcripts.add_transcript(db, village.story, [said])
        transcripts.insert_segment(db, transcript, 0, Segment(4.0, 9.0, "奶奶", "孩子上不了学。"))
        store.set_renewal_policy(db, "honour")
    assert changes.latest(archive.db) == point  # nothing the rules read has moved
    assert gate.visible_items(reader, "family", TODAY) is first  # kept, not worked out again
    assert gate.visible_items(archive.db, "family", TODAY) is first  # one catalogue, one answer


def _withdraw(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        store.withdraw_consent(db, v.grandma_consent, date="2024-12-01", reason="家里不同意")


def _consent_for_mother(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        store.add_consent(db, v.mother, date="2024-06-01", audiences=["family"])


def _consent_naming_her_story(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        store.add_consent(
            db, v.mother, date="2024-06-01", audiences=["family"], covers=[v.mothers_story]
        )


def _narrator_without_consent(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        interviews.link_person(db, v.story, v.mother, "narrator")


def _narrator_unlinked(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        edits.run(db, edits.unlink_person(v.girls_story, v.girl, "narrator"))


def _someone_depicted(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        edits.run(db, edits.depict(v.photo, v.mother))


def _nobody_depicted(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        edits.run(db, edits.undepict(v.girl_photo, v.girl))


def _birth_date(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:  # she was a child when she told it, after all
        edits.run(db, edits.SetFields("person", v.grandma, {"birth_date": "2010"}))


def _interview_date(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:  # recorded before he turned 18, after all
        edits.run(db, edits.SetFields("interview", v.young_story, {"date": "2023-06-01"}))


def _photo_date(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        edits.run(db, edits.SetFields("photo", v.young_photo, {"taken_at": "2023-06-01"}))


def _photo_moved(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        edits.run(db, edits.SetFields("photo", v.photo, {"interview_id": v.nobodys}))


def _interview_deleted(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:  # its photo stays, belonging to no interview
        db.execute("DELETE FROM interview WHERE id = ?", [v.story])


def _photo_deleted(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        db.execute("DELETE FROM photo WHERE id = ?", [v.girl_photo])


def _interview_added(archive: Archive, v: Village) -> None:
    with archive.transaction() as db:
        narrated(db, v.grandma)


ALL_OPEN = {"story", "photo", "girls_story", "girl_photo", "young_story", "young_photo"}


@pytest.mark.parametrize(
    ("change", "opened", "closed"),
    [
        (_withdraw, set(), {"story", "photo"}),
        (_consent_for_mother, {"mothers_story"}, set()),
        (_consent_naming_her_story, {"mothers_story"}, set()),
        (_narrator_without_consent, set(), {"story", "photo"}),
        (_narrator_unlinked, set(), {"girls_story"}),
        (_someone_depicted, set(), {"photo"}),
        (_nobody_depicted, set(), {"girl_photo"}),
        (_birth_date, set(), {"story", "photo"}),
        (_interview_date, set(), {"young_story", "young_photo"}),
        (_photo_date, set(), {"young_photo"}),
        (_photo_moved, set(), {"photo"}),
        (_interview_deleted, set(), {"story", "photo"}),
        (_photo_deleted, set(), {"girl_photo"}),
        (_interview_added, {"new"}, set()),
    ],
)
def test_a_change_the_rules_read_counts_at_once_for_every_connection(
    archive: Archive,
    reader: sqlite_utils.Database,
    change: Callable[[Archive, Village], None],
    opened: set[str],
    closed: set[str],
) -> None:
    village = settle(archive)
    every_item = {r[0] for r in archive.db.execute(ALL_ITEMS).fetchall()}
    before = {getattr(village, name) for name in ALL_OPEN}
    for db in (archive.db, reader):
        assert gate.visible_items(db, "family", TODAY) == before
        assert gate.visible_items(db, "curator", TODAY) == every_item

    change(archive, village)

    new_items = {r[0] for r in archive.db.execute(ALL_ITEMS).fetchall()} - every_item
    expected = (before - {getattr(village, name) for name in closed}) | {
        item
        for name in opened
        for item in (new_items if name == "new" else {getattr(village, name)})
    }
    assert expected != before
    for db in (reader, archive.db):
        assert gate.visible_items(db, "family", TODAY) == expected == by_decide(db, "family")
        assert gate.visible_items(db, "curator", TODAY) == {
            r[0] for r in db.execute(ALL_ITEMS).fetchall()
        }


def test_a_catalogue_put_back_from_a_backup_is_read_again(archive: Archive) -> None:
    village = settle(archive)
    root, catalogue = archive.root, archive.catalogue_path
    backup = root.parent / "backup.sqlite"
    with archive.transaction() as db:
        db.execute("DELETE FROM interview WHERE id = ?", [village.nobodys])  # any change
    archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(catalogue, backup)
    open_before = gate.visible_items(archive.db, "family", TODAY)
    # a withdrawal: the log moves one note on, and the answer is kept at that note
    _withdraw(archive, village)
    assert village.story not in gate.visible_items(archive.db, "family", TODAY)
    archive.close()
    # The backup is put back and a different change made: the log is as long again as when the
    # answer was kept, its latest note is not the same one.
    shutil.copyfile(backup, catalogue)
    with Archive.open(root) as again:
        with again.transaction() as db:
            db.execute("UPDATE person SET birth_date = '1950' WHERE id = ?", [village.grandma])
        assert gate.visible_items(again.db, "family", TODAY) == open_before
        assert open_before == by_decide(again.db, "family")


def test_too_many_changes_to_follow_mean_reading_everything_again(
    archive: Archive, reader: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    village = settle(archive)
    gate.visible_items(reader, "family", TODAY)
    point = changes.latest(reader)
    assert point is not None
    monkeypatch.setattr(changes, "MAX_CHANGES", 1)
    _consent_for_mother(archive, village)
    _withdraw(archive, village)
    assert changes.since(reader, point) is None  # the log will not say so much
    assert gate.visible_items(reader, "family", TODAY) == by_decide(reader, "family")
    assert village.mothers_story in gate.visible_items(reader, "family", TODAY)
    assert village.story not in gate.visible_items(reader, "family", TODAY)


def test_two_archives_in_one_process_keep_their_own_answers(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "one") as one, Archive.create(tmp_path / "two") as two:
        village = settle(one)
        _withdraw(two, settle(two))
        first = gate.visible_items(one.db, "family", TODAY)
        assert village.story in first
        assert gate.visible_items(two.db, "family", TODAY) == by_decide(two.db, "family")
        assert gate.visible_items(one.db, "family", TODAY) is first


def test_a_catalogue_without_the_change_log_is_answered_from_scratch(archive: Archive) -> None:
    # as an archive made by an early build of this version may be
    village = settle(archive)
    with archive.transaction() as db:
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'consent_fact_%'"
        ).fetchall():
            db.execute(f"DROP TRIGGER [{name}]")
        db.execute("DROP TABLE consent_fact_change")
    assert changes.latest(archive.db) is None
    assert village.story in gate.visible_items(archive.db, "family", TODAY)
    _withdraw(archive, village)
    assert gate.visible_items(archive.db, "family", TODAY) == by_decide(archive.db, "family")


# -- kept answers agree with decide through any sequence of changes ----------------------------

BIRTHS = (None, "1950", "2006", "2006-03-01", "2010-07", "2014-03-02")
DAYS = ("2019-06-01", "2024-02-29", "2024-03-01", "2025-01-01", "2026-03-01")
ASKED = (date(2024, 3, 1), date(2026, 3, 1))


def _step(rng: random.Random, db: sqlite_utils.Database, folk: list[str]) -> None:
    """One random change, of a fact the rules read or not."""
    stories = [r[0] for r in db.execute("SELECT id FROM interview ORDER BY rowid").fetchall()]
    photos = [r[0] for r in db.execute("SELECT id FROM photo ORDER BY rowid").fetchall()]
    kind = rng.randrange(10)
    if kind == 0:
        consent_id = store.add_consent(
            db,
            rng.choice(folk),
            date=rng.choice(DAYS),
            audiences=rng.sample(("family", "research", "public"), rng.randint(0, 3)),
            assent=rng.choice((None, "yes", "no")),
            covers=rng.sample(stories + photos, 1) if stories and rng.random() < 0.3 else (),
            embargo_until=rng.choice((None, None, *DAYS)),
        )
        if rng.random() < 0.3:
            store.withdraw_consent(db, consent_id, date="2026-03-01", reason="asked")
    elif kind == 1:
        store.add_consent(
            db,
            rng.choice(folk),
            date=rng.choice(DAYS),
            audiences=["family", "research", "public"],
            given_by="guardian",
            guardian_name="监护人",
            assent=rng.choice((None, "yes")),
        )
    elif kind == 2:
        live = db.execute("SELECT id FROM consent WHERE withdrawn_on IS NULL").fetchall()
        if live:
            consent_id = rng.choice(live)[0]
            given = store.get_consent(db, consent_id).date
            store.withdraw_consent(db, consent_id, date=max(given, rng.choice(DAYS)), reason="r")
    elif kind == 3 and stories:
        interviews.link_person(db, rng.choice(stories), rng.choice(folk), "narrator")
    elif kind == 4 and stories:
        story = rng.choice(stories)
        for person_id in interviews.narrators_of(db, story)[:1]:
            edits.run(db, edits.unlink_person(story, person_id, "narrator"))
    elif kind == 5 and photos:
        photo = rng.choice(photos)
        if rng.random() < 0.5:
            edits.run(db, edits.depict(photo, rng.choice(folk)))
        else:
            db.execute("DELETE FROM photo_person WHERE photo_id = ?", [photo])
    elif kind == 6:
        records.update(db, "person", rng.choice(folk), {"birth_date": rng.choice(BIRTHS)})
    elif kind == 7 and stories:
        story = rng.choice(stories)
        if rng.random() < 0.8:
            records.update(db, "interview", story, {"date": rng.choice((None, "2019", *DAYS))})
        else:
            db.execute("DELETE FROM interview WHERE id = ?", [story])
    elif kind == 8 and photos:
        records.update(
            db,
            "photo",
            rng.choice(photos),
            {"taken_at": rng.choice((None, *DAYS)), "interview_id": rng.choice((None, *stories))},
        )
    else:  # nothing the rules read
        if stories:
            records.update(db, "interview", rng.choice(stories), {"title": f"访谈{rng.random()}"})
            interviews.link_person(db, rng.choice(stories), rng.choice(folk), "interviewer")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_kept_answers_agree_with_decide_through_any_changes(seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, Archive.create(Path(folder) / "a") as archive:
        with archive.transaction() as db:
            folk = [people.add_person(db, f"p{n}", birth_date=rng.choice(BIRTHS)) for n in range(4)]
            items = [narrated(db, *rng.sample(folk, rng.randint(0, 2))) for _ in range(3)]
            for _ in range(2):
                items.append(add_photo(db, rng.choice(items[:3]), rng.choice((None, *DAYS))))
        reader = sqlite_utils.Database(archive.reader())
        try:
            for _ in range(8):
                with archive.transaction() as db:
                    _step(rng, db, folk)
                if rng.random() < 0.15:
                    kept.forget()  # as in a new process
                for audience in ("family", "public"):
                    for day in ASKED:
                        expected = by_decide(archive.db, audience, day)
                        for db in (reader, archive.db):
                            assert gate.visible_items(db, audience, day) == expected
        finally:
            reader.conn.close()

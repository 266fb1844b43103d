"""Catalogue records: people, families, places, interviews, links and the audit log."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from archive_app.core import audit, detail, interviews, people, places, records
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, RecordNotFound


def test_every_record_has_a_uuid_and_timestamps(archive: Archive) -> None:
    with archive.transaction() as db:
        person_id = people.add_person(db, "陈阿婆", other_names=["阿婆"], birth_date="1946")
    person = records.get(archive.db, "person", person_id)
    assert uuid.UUID(person["id"]).version == 4
    assert person["created_at"].endswith("Z") and person["updated_at"] == person["created_at"]
    assert person["other_names"] == ["阿婆"]


def test_updating_a_record_touches_updated_at(archive: Archive) -> None:
    with archive.transaction() as db:
        interview_id = interviews.add_interview(db, "draft title")
    before = records.get(archive.db, "interview", interview_id)
    with archive.transaction() as db:
        records.update(db, "interview", interview_id, {"title": "外婆的故事"})
    after = records.get(archive.db, "interview", interview_id)
    assert after["title"] == "外婆的故事"
    assert after["updated_at"] >= before["updated_at"]


@pytest.mark.parametrize("bad", ["2024-13-01", "24-02-10", "2024/02/10", "spring 2024"])
def test_bad_dates_are_refused(archive: Archive, bad: str) -> None:
    with pytest.raises(InvalidValue), archive.transaction() as db:
        people.add_person(db, "王小明", birth_date=bad)


def test_a_household_with_its_members_and_a_parent_away_at_work(archive: Archive) -> None:
    with archive.transaction() as db:
        village = places.add_place(db, "石门村", level="village")
        family = people.add_family(db, "刘家", home_place_id=village)
        grandfather = people.add_person(db, "刘德福", birth_date="1950")
        father = people.add_person(db, "刘建国", birth_date="1980")
        child = people.add_person(db, "刘佳佳", birth_date="2014-09-01")
        people.add_member(db, family, grandfather, "grandfather")
        people.add_member(db, family, father, "father")
        people.add_member(db, family, child, "child")
        people.add_migration(
            db,
            father,
            "东莞",
            from_place_id=village,
            work="电子厂",
            from_date="2015-02",
            to_date=None,
        )
    described = detail.describe(archive.db, family)
    assert {(m["name"], m["relationship"]) for m in described["members"]} == {
        ("刘德福", "grandfather"),
        ("刘建国", "father"),
        ("刘佳佳", "child"),
    }
    father_detail = detail.describe(archive.db, father)
    assert father_detail["migrations"][0]["to_city"] == "东莞"
    assert father_detail["families"][0]["relationship"] == "father"
    with pytest.raises(InvalidValue), archive.transaction() as db:
        people.add_member(db, family, child, "cousin-in-law")


def test_a_village_knows_its_county_and_province(archive: Archive) -> None:
    with archive.transaction() as db:
        province = places.add_place(db, "广东省", level="province")
        city = places.add_place(db, "江门市", level="prefecture", parent_id=province)
        county = places.add_place(
            db, "台山市", level="county", parent_id=city, name_latin="Taishan"
        )
        village = places.add_place(db, "海宴镇", level="township", parent_id=county)
    assert [p["name"] for p in places.lineage(archive.db, village)] == [
        "海宴镇",
        "台山市",
        "江门市",
        "广东省",
    ]
    assert places.full_name(archive.db, village) == "广东省 江门市 台山市 海宴镇"
    with archive.transaction() as db:
        assert places.find_or_add_place(db, "taishan") == county


def test_people_are_linked_to_interviews_in_roles(archive: Archive) -> None:
    with archive.transaction() as db:
        interview_id = interviews.add_interview(db, "过年回家", date="2024-02-09")
        grandma = people.add_person(db, "周奶奶")
        volunteer = people.add_person(db, "林老师")
        mother = people.add_person(db, "周丽")
        interviews.link_person(db, interview_id, grandma, "narrator")
        interviews.link_person(db, interview_id, volunteer, "interviewer")
        interviews.link_person(db, interview_id, mother, "mentioned")
        interviews.link_person(db, interview_id, grandma, "narrator")  # twice: no change
    roles = [(p["name"], p["role"]) for p in interviews.people_of(archive.db, interview_id)]
    assert roles == [("周奶奶", "narrator"), ("林老师", "interviewer"), ("周丽", "mentioned")]
    with pytest.raises(InvalidValue), archive.transaction() as db:
        interviews.link_person(db, interview_id, grandma, "listener")
    with pytest.raises(RecordNotFound), archive.transaction() as db:
        interviews.link_person(db, interview_id, str(uuid.uuid4()), "narrator")


def test_the_audit_log_is_append_only(archive: Archive) -> None:
    with archive.transaction() as db:
        interview_id = interviews.add_interview(db, "春节前的访谈")
    logged = audit.entries(archive.db, item_id=interview_id)
    assert [e["action"] for e in logged] == ["interview.add"]
    assert logged[0]["actor"]
    with pytest.raises(sqlite3.IntegrityError), archive.transaction() as db:
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError), archive.transaction() as db:
        db.execute("DELETE FROM audit_log")
    assert len(audit.entries(archive.db)) == 1


def test_unknown_ids_are_reported_as_not_found(archive: Archive) -> None:
    with pytest.raises(RecordNotFound):
        detail.describe(archive.db, str(uuid.uuid4()))

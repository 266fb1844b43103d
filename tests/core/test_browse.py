"""Lists page by page, detail pages, and the curator's small edits with their undo."""

from __future__ import annotations

import pytest

from archive_app.core import audit, browse, interviews, people, places, records
from archive_app.core.archive import Archive
from archive_app.core.browse import Scope
from archive_app.core.errors import InvalidValue, RecordNotFound


def _village(archive: Archive) -> dict[str, str]:
    with archive.transaction() as db:
        province = places.add_place(db, "四川省", level="province", name_latin="Sichuan")
        county = places.add_place(db, "仪陇县", level="county", parent_id=province)
        village = places.add_place(db, "马鞍村", level="village", parent_id=county)
        other = places.add_place(db, "台山市", level="county", name_latin="Taishan")
        grandma = people.add_person(db, "王秀英", name_latin="Wang Xiuying", birth_date="1950")
        child = people.add_person(db, "李小明", birth_date="2012", home_place_id=village)
        family = people.add_family(db, "李家", home_place_id=village)
        people.add_member(db, family, grandma, "grandmother")
        people.add_member(db, family, child, "child")
        first = interviews.add_interview(db, "奶奶的故事", date="2024-02-10", place_id=village)
        second = interviews.add_interview(db, "Spring Festival", date="2023-01-22", place_id=other)
        interviews.link_person(db, first, grandma, "narrator")
        interviews.link_person(db, first, child, "narrator")
        interviews.link_person(db, second, child, "mentioned")
    return {
        "province": province,
        "county": county,
        "village": village,
        "other": other,
        "grandma": grandma,
        "child": child,
        "family": family,
        "first": first,
        "second": second,
    }


def test_pages_cover_the_whole_list_once_in_order(archive: Archive) -> None:
    with archive.transaction() as db:
        for n in range(25):
            interviews.add_interview(db, f"Interview {n:02d}", date=f"2020-01-{n + 1:02d}")
    seen: list[str] = []
    offset = 0
    while chunk := browse.page(archive.db, "interview", offset=offset, limit=10):
        seen.extend(row["title"] for row in chunk)
        offset += len(chunk)
    assert seen == [f"Interview {n:02d}" for n in range(25)]
    assert browse.count(archive.db, "interview") == 25
    newest = browse.page(archive.db, "interview", limit=1, order="date", descending=True)
    assert newest[0]["title"] == "Interview 24"


def test_interview_rows_name_narrators_and_place(archive: Archive) -> None:
    ids = _village(archive)
    (row,) = browse.rows_by_id(archive.db, "interview", [ids["first"]])
    assert row["narrators"] == ["李小明", "王秀英"]
    assert row["place_name"] == "马鞍村"
    assert row["recordings"] == 0 and row["photos"] == 0
    (other,) = browse.rows_by_id(archive.db, "interview", [ids["second"]])
    assert other["narrators"] == []  # mentioned is not a narrator


def test_place_scope_includes_places_under_it(archive: Archive) -> None:
    ids = _village(archive)
    in_sichuan = browse.page(archive.db, "interview", scope=Scope(place_id=ids["province"]))
    assert [row["title"] for row in in_sichuan] == ["奶奶的故事"]
    assert browse.count(archive.db, "person", Scope(place_id=ids["province"])) == 1
    under = browse.page(archive.db, "place", scope=Scope(place_id=ids["province"]))
    assert {row["name"] for row in under} == {"仪陇县", "马鞍村"}


def test_text_and_person_scopes(archive: Archive) -> None:
    ids = _village(archive)
    assert browse.count(archive.db, "interview", Scope(text="spring")) == 1
    assert browse.count(archive.db, "person", Scope(text="xiuying")) == 1
    with_child = browse.page(archive.db, "interview", scope=Scope(person_id=ids["child"]))
    assert len(with_child) == 2
    with pytest.raises(InvalidValue):
        browse.count(archive.db, "tag", Scope(person_id=ids["child"]))


def test_position_of_finds_a_row_not_yet_fetched(archive: Archive) -> None:
    with archive.transaction() as db:
        made = [interviews.add_interview(db, f"T{n:03d}") for n in range(30)]
    assert browse.position_of(archive.db, "interview", made[17], order="title") == 17
    assert browse.position_of(archive.db, "interview", "nope", order="title") is None


def test_unknown_sort_key_is_refused(archive: Archive) -> None:
    with pytest.raises(InvalidValue):
        browse.page(archive.db, "interview", order="title; DROP TABLE interview")


def test_details_gather_what_a_page_shows(archive: Archive) -> None:
    ids = _village(archive)
    with archive.transaction() as db:
        people.add_migration(db, ids["grandma"], "广州", from_date="1995", to_date="2005")
    interview = browse.interview_detail(archive.db, ids["first"])
    assert interview["place_full_name"] == "四川省 仪陇县 马鞍村"
    assert [p["name"] for p in interview["people"]] == ["李小明", "王秀英"]
    person = browse.person_detail(archive.db, ids["grandma"])
    assert person["migrations"][0]["to_city"] == "广州"
    assert person["families"][0]["relationship"] == "grandmother"
    assert person["interviews"][0]["role"] == "narrator"
    family = browse.family_detail(archive.db, ids["family"])
    assert [m["relationship"] for m in family["members"]] == ["grandmother", "child"]
    assert [m["person_name"] for m in family["migrations"]] == ["王秀英"]
    place = browse.place_detail(archive.db, ids["county"])
    assert place["interviews"] == 1 and place["people"] == 1
    assert [c["name"] for c in place["children"]] == ["马鞍村"]
    with pytest.raises(RecordNotFound):
        browse.person_detail(archive.db, ids["first"])


def test_set_fields_returns_what_undo_needs(archive: Archive) -> None:
    ids = _village(archive)
    with archive.transaction() as db:
        before = browse.set_fields(db, "interview", ids["first"], {"title": " 新标题 "})
    assert before == {"title": "奶奶的故事"}
    assert records.get(archive.db, "interview", ids["first"])["title"] == "新标题"
    with archive.transaction() as db:
        browse.set_fields(db, "interview", ids["first"], before)
    assert records.get(archive.db, "interview", ids["first"])["title"] == "奶奶的故事"
    logged = audit.entries(archive.db, item_id=ids["first"])
    assert [e["action"] for e in logged].count("interview.edit") == 2


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("interview", {"title": "  "}),
        ("interview", {"date": "10/02/2024"}),
        ("interview", {"status": "finished"}),
        ("interview", {"created_at": "2020"}),
        ("person", {"birth_date": "1950-13"}),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    archive: Archive, kind: str, fields: dict[str, str]
) -> None:
    ids = _village(archive)
    target = ids["first"] if kind == "interview" else ids["grandma"]
    before = records.get(archive.db, kind, target)
    with pytest.raises(InvalidValue), archive.transaction() as db:
        browse.set_fields(db, kind, target, fields)
    assert records.get(archive.db, kind, target) == before


def test_a_place_cannot_be_moved_under_itself(archive: Archive) -> None:
    ids = _village(archive)
    with pytest.raises(InvalidValue), archive.transaction() as db:
        browse.set_fields(db, "place", ids["province"], {"parent_id": ids["village"]})


def test_family_member_unlink_returns_relationship(archive: Archive) -> None:
    ids = _village(archive)
    with archive.transaction() as db:
        had = browse.unlink_member(db, ids["family"], ids["child"])
        again = browse.unlink_member(db, ids["family"], ids["child"])
    assert had == "child" and again is None
    assert [m["name"] for m in people.members_of(archive.db, ids["family"])] == ["王秀英"]


def test_tags_and_collections_narrow_lists(archive: Archive) -> None:
    ids = _village(archive)
    with archive.transaction() as db:
        tag = browse.find_or_add_tag(db, "春节")
        assert browse.find_or_add_tag(db, " 春节 ") == tag
        browse.tag_item(db, tag, ids["second"])
        shelf = browse.add_collection(db, "Exhibition")
        browse.add_to_collection(db, shelf, ids["first"])
        browse.add_to_collection(db, shelf, ids["first"])
        with pytest.raises(InvalidValue):
            browse.add_to_collection(db, shelf, ids["grandma"])
    assert [r["title"] for r in browse.page(archive.db, "interview", scope=Scope(tag_id=tag))] == [
        "Spring Festival"
    ]
    assert browse.count(archive.db, "interview", Scope(collection_id=shelf)) == 1
    assert browse.page(archive.db, "tag")[0]["items"] == 1
    with archive.transaction() as db:
        browse.untag_item(db, tag, ids["second"])
        browse.remove_from_collection(db, shelf, ids["first"])
    assert browse.count(archive.db, "interview", Scope(tag_id=tag)) == 0
    assert browse.count(archive.db, "interview", Scope(collection_id=shelf)) == 0


def test_remove_then_restore_keeps_the_same_record(archive: Archive) -> None:
    with archive.transaction() as db:
        person = people.add_person(db, "张伟", other_names=["阿伟"])
        row = browse.remove_record(db, "person", person)
    with pytest.raises(RecordNotFound):
        records.get(archive.db, "person", person)
    with archive.transaction() as db:
        browse.restore_record(db, "person", row)
    restored = records.get(archive.db, "person", person)
    assert restored["other_names"] == ["阿伟"]
    assert restored["created_at"] == row["created_at"]


def test_a_referenced_record_is_not_removed(archive: Archive) -> None:
    ids = _village(archive)
    with pytest.raises(InvalidValue), archive.transaction() as db:
        browse.remove_record(db, "person", ids["grandma"])
    with pytest.raises(InvalidValue), archive.transaction() as db:
        browse.remove_record(db, "place", ids["province"])
    assert records.get(archive.db, "person", ids["grandma"])["name"] == "王秀英"


def test_find_people_puts_names_starting_with_the_text_first(archive: Archive) -> None:
    with archive.transaction() as db:
        people.add_person(db, "李王")
        people.add_person(db, "王芳")
    assert [p["name"] for p in browse.find_people(archive.db, "王")] == ["王芳", "李王"]
    assert browse.find_people(archive.db, "  ") == []


def test_place_tree_roots_and_children(archive: Archive) -> None:
    ids = _village(archive)
    roots = browse.root_places(archive.db)
    assert [r["name"] for r in roots] == ["台山市", "四川省"]
    assert [r["children"] for r in roots] == [0, 1]
    assert [c["id"] for c in browse.child_places(archive.db, ids["province"])] == [ids["county"]]
    assert browse.find_places(archive.db, "taishan")[0]["full_name"] == "台山市"


def test_a_tiers_name_and_language_can_be_edited_and_put_back(archive: Archive) -> None:
    from archive_app.core.transcripts import store

    ids = _village(archive)
    with archive.transaction() as db:
        tier_id = store.add_transcript(db, ids["first"], [], kind="translation", tier="putonghua")
    with archive.transaction() as db:
        before = browse.set_fields(
            db, "transcript", tier_id, {"tier": " 普通话 ", "language": "zh-Hans"}
        )
    stored = records.get(archive.db, "transcript", tier_id)
    assert (stored["tier"], stored["language"]) == ("普通话", "zh-Hans")
    with archive.transaction() as db:
        browse.set_fields(db, "transcript", tier_id, before)
    stored = records.get(archive.db, "transcript", tier_id)
    assert (stored["tier"], stored["language"]) == ("putonghua", "")
    with pytest.raises(InvalidValue), archive.transaction() as db:
        browse.set_fields(db, "transcript", tier_id, {"kind": "verbatim"})

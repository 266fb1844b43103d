"""Lists page by page, narrowed by scopes, and the pickers' searches."""

from __future__ import annotations

import pytest

from archive_app.core import edits, interviews, listings, people
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue
from archive_app.core.listings import Scope
from tests.core.village import build_village


def test_pages_cover_the_whole_list_once_in_order(archive: Archive) -> None:
    with archive.transaction() as db:
        for n in range(25):
            interviews.add_interview(db, f"Interview {n:02d}", date=f"2020-01-{n + 1:02d}")
    seen: list[str] = []
    offset = 0
    while chunk := listings.page(archive.db, "interview", offset=offset, limit=10):
        seen.extend(row["title"] for row in chunk)
        offset += len(chunk)
    assert seen == [f"Interview {n:02d}" for n in range(25)]
    assert listings.count(archive.db, "interview") == 25
    newest = listings.page(archive.db, "interview", limit=1, order="date", descending=True)
    assert newest[0]["title"] == "Interview 24"


def test_interview_rows_name_narrators_and_place(archive: Archive) -> None:
    ids = build_village(archive)
    (row,) = listings.rows_by_id(archive.db, "interview", [ids["first"]])
    assert row["narrators"] == ["李小明", "王秀英"]
    assert row["place_name"] == "马鞍村"
    assert row["recordings"] == 0 and row["photos"] == 0
    (other,) = listings.rows_by_id(archive.db, "interview", [ids["second"]])
    assert other["narrators"] == []  # mentioned is not a narrator


def test_place_scope_includes_places_under_it(archive: Archive) -> None:
    ids = build_village(archive)
    in_sichuan = listings.page(archive.db, "interview", scope=Scope(place_id=ids["province"]))
    assert [row["title"] for row in in_sichuan] == ["奶奶的故事"]
    assert listings.count(archive.db, "person", Scope(place_id=ids["province"])) == 1
    under = listings.page(archive.db, "place", scope=Scope(place_id=ids["province"]))
    assert {row["name"] for row in under} == {"仪陇县", "马鞍村"}


def test_text_and_person_scopes(archive: Archive) -> None:
    ids = build_village(archive)
    assert listings.count(archive.db, "interview", Scope(text="spring")) == 1
    assert listings.count(archive.db, "person", Scope(text="xiuying")) == 1
    with_child = listings.page(archive.db, "interview", scope=Scope(person_id=ids["child"]))
    assert len(with_child) == 2
    with pytest.raises(InvalidValue):
        listings.count(archive.db, "tag", Scope(person_id=ids["child"]))


def test_position_of_finds_a_row_not_yet_fetched(archive: Archive) -> None:
    with archive.transaction() as db:
        made = [interviews.add_interview(db, f"T{n:03d}") for n in range(30)]
    assert listings.position_of(archive.db, "interview", made[17], order="title") == 17
    assert listings.position_of(archive.db, "interview", "nope", order="title") is None


def test_unknown_sort_key_is_refused(archive: Archive) -> None:
    with pytest.raises(InvalidValue):
        listings.page(archive.db, "interview", order="title; DROP TABLE interview")


def test_tags_and_collections_narrow_lists(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        edits.run(db, edits.tag(ids["second"], "春节"))
        edits.run(db, edits.tag(ids["second"], " 春节 "))  # the same tag, once
        shelf = str(edits.run(db, edits.add("collection", {"name": "Exhibition"})).value)
        edits.run(db, edits.collect(shelf, ids["first"]))
        edits.run(db, edits.collect(shelf, ids["first"]))
        with pytest.raises(InvalidValue):
            edits.run(db, edits.collect(shelf, ids["grandma"]))
    (tag,) = listings.page(archive.db, "tag")
    assert tag["items"] == 1
    in_tag = listings.page(archive.db, "interview", scope=Scope(tag_id=tag["id"]))
    assert [r["title"] for r in in_tag] == ["Spring Festival"]
    assert listings.count(archive.db, "interview", Scope(collection_id=shelf)) == 1
    with archive.transaction() as db:
        edits.run(db, edits.untag(ids["second"], "春节"))
        edits.run(db, edits.uncollect(shelf, ids["first"]))
    assert listings.count(archive.db, "interview", Scope(tag_id=tag["id"])) == 0
    assert listings.count(archive.db, "interview", Scope(collection_id=shelf)) == 0


def test_find_people_puts_names_starting_with_the_text_first(archive: Archive) -> None:
    with archive.transaction() as db:
        people.add_person(db, "李王")
        people.add_person(db, "王芳")
    assert [p["name"] for p in listings.find_people(archive.db, "王")] == ["王芳", "李王"]
    assert listings.find_people(archive.db, "  ") == []


def test_place_tree_roots_and_children(archive: Archive) -> None:
    ids = build_village(archive)
    roots = listings.root_places(archive.db)
    assert [r["name"] for r in roots] == ["台山市", "四川省"]
    assert [r["children"] for r in roots] == [0, 1]
    assert [c["id"] for c in listings.child_places(archive.db, ids["province"])] == [ids["county"]]
    assert listings.find_places(archive.db, "taishan")[0]["full_name"] == "台山市"

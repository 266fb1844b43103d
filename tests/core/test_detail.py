"""The read model of one record: what its page in the app shows and what ``show`` prints."""

from __future__ import annotations

import pytest

from archive_app.core import detail, edits, people
from archive_app.core.archive import Archive
from archive_app.core.errors import RecordNotFound
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from tests.core.village import build_village


def test_pages_gather_what_a_page_shows(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        people.add_migration(db, ids["grandma"], "广州", from_date="1995", to_date="2005")
    interview = detail.page(archive.db, "interview", ids["first"])
    assert interview["place_full_name"] == "四川省 仪陇县 马鞍村"
    assert [p["name"] for p in interview["people"]] == ["李小明", "王秀英"]
    person = detail.page(archive.db, "person", ids["grandma"])
    assert person["migrations"][0]["to_city"] == "广州"
    assert person["families"][0]["relationship"] == "grandmother"
    assert person["interviews"][0]["role"] == "narrator"
    family = detail.page(archive.db, "family", ids["family"])
    assert [m["relationship"] for m in family["members"]] == ["grandmother", "child"]
    assert [m["person_name"] for m in family["migrations"]] == ["王秀英"]
    place = detail.page(archive.db, "place", ids["county"])
    assert place["interview_count"] == 1 and place["people_count"] == 1
    assert place["parent_full_name"] == "四川省"
    assert [c["name"] for c in place["children"]] == ["马鞍村"]
    with pytest.raises(RecordNotFound):
        detail.page(archive.db, "person", ids["first"])


def test_show_and_the_app_read_one_model_under_one_set_of_names(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        store.add_transcript(db, ids["first"], [Segment(0, 1, "", "你好"), Segment(1, 2, "", "好")])
        edits.run(db, edits.tag(ids["first"], "春节"))
    shown = detail.describe(archive.db, ids["first"])
    assert shown == detail.page(archive.db, "interview", ids["first"])
    assert shown["kind"] == "interview"
    assert [t["segment_count"] for t in shown["transcripts"]] == [2]
    assert shown["tags"] == ["春节"]
    assert [t["name"] for t in shown["tag_records"]] == ["春节"]
    transcript = detail.describe(archive.db, shown["transcripts"][0]["id"])
    assert transcript["segment_count"] == 2 and len(transcript["segments"]) == 2
    assert transcript["interview_title"] == "奶奶的故事"


def test_collections_and_tags_count_their_items_by_one_name(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        shelf = str(edits.run(db, edits.add("collection", {"name": "展览"})).value)
        edits.run(db, edits.collect(shelf, ids["first"]))
        edits.run(db, edits.tag(ids["grandma"], "奶奶"))
    collection = detail.describe(archive.db, shelf)
    assert collection["item_count"] == 1 and collection["items"][0]["item_id"] == ids["first"]
    (tag,) = detail.describe(archive.db, ids["grandma"])["tag_records"]
    assert detail.describe(archive.db, tag["id"])["item_count"] == 1

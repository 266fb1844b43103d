"""Edits as operations: checked by one table per kind, each returning what changed and its own
inverse; links made and taken away in pairs; records removed into the bin and restored."""

from __future__ import annotations

import json

import pytest

from archive_app.core import audit, edits, people, places, records
from archive_app.core.archive import Archive
from archive_app.core.consent.store import add_consent
from archive_app.core.errors import InvalidValue, RecordInUse, RecordNotFound
from archive_app.core.transcripts import store
from tests.core.village import build_village


def test_set_fields_returns_its_inverse_and_what_changed(archive: Archive) -> None:
    ids = build_village(archive)
    op = edits.set_fields("interview", ids["first"], title=" 新标题 ")
    applied = edits.apply(archive, op)
    assert applied.inverse == edits.SetFields("interview", ids["first"], {"title": "奶奶的故事"})
    assert applied.changes.updated == {"interview": {ids["first"]}}
    assert records.get(archive.db, "interview", ids["first"])["title"] == "新标题"
    edits.apply(archive, applied.inverse)
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
        ("place", {"latitude": 95}),
        ("family", {"name": ""}),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    archive: Archive, kind: str, fields: dict[str, object]
) -> None:
    ids = build_village(archive)
    target = {"interview": ids["first"], "person": ids["grandma"]}.get(kind)
    target = target or (ids["family"] if kind == "family" else ids["village"])
    before = records.get(archive.db, kind, target)
    with pytest.raises(InvalidValue):
        edits.apply(archive, edits.SetFields(kind, target, dict(fields)))
    assert records.get(archive.db, kind, target) == before


def test_empty_names_are_refused_everywhere(archive: Archive) -> None:
    with pytest.raises(InvalidValue), archive.transaction() as db:
        people.add_family(db, "")
    with pytest.raises(InvalidValue), archive.transaction() as db:
        places.add_place(db, "   ")
    with pytest.raises(InvalidValue), archive.transaction() as db:
        people.add_person(db, " ")
    with pytest.raises(InvalidValue), archive.transaction() as db:
        edits.run(db, edits.add("collection", {"name": ""}))
    with pytest.raises(InvalidValue), archive.transaction() as db:
        edits.run(db, edits.add("migration", {"to_city": " "}))
    assert records.list_records(archive.db, "family") == []
    assert records.list_records(archive.db, "place") == []


def test_a_place_cannot_be_moved_under_itself(archive: Archive) -> None:
    ids = build_village(archive)
    with pytest.raises(InvalidValue):
        edits.apply(archive, edits.set_fields("place", ids["province"], parent_id=ids["village"]))


def test_two_tags_never_share_a_name(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        edits.run(db, edits.tag(ids["first"], "春节"))
        edits.run(db, edits.tag(ids["first"], "回家"))
    home = next(t for t in records.list_records(archive.db, "tag") if t["name"] == "回家")
    with pytest.raises(InvalidValue) as refused:
        edits.apply(archive, edits.set_fields("tag", home["id"], name="春节"))
    assert refused.value.field == "name"


def test_taking_a_member_out_of_a_family_is_undone_with_their_relationship(
    archive: Archive,
) -> None:
    ids = build_village(archive)
    applied = edits.apply(archive, edits.set_member(ids["family"], ids["child"], None))
    assert applied.inverse == edits.Link(
        "family_member",
        {"family_id": ids["family"], "person_id": ids["child"], "relationship": "child"},
    )
    again = edits.apply(archive, edits.set_member(ids["family"], ids["child"], None))
    assert again.change_id is None and again.inverse == edits.NOTHING
    assert [m["name"] for m in people.members_of(archive.db, ids["family"])] == ["王秀英"]
    edits.apply(archive, applied.inverse)
    assert len(people.members_of(archive.db, ids["family"])) == 2


def test_a_new_relationship_replaces_the_old_and_undo_gives_it_back(archive: Archive) -> None:
    ids = build_village(archive)
    applied = edits.apply(archive, edits.set_member(ids["family"], ids["grandma"], "guardian"))
    assert people.families_of(archive.db, ids["grandma"])[0]["relationship"] == "guardian"
    edits.apply(archive, applied.inverse)
    assert people.families_of(archive.db, ids["grandma"])[0]["relationship"] == "grandmother"


def test_a_tag_made_for_an_item_goes_again_with_undo(archive: Archive) -> None:
    ids = build_village(archive)
    applied = edits.apply(archive, edits.tag(ids["first"], "春节"))
    assert applied.changes.added.get("tag")
    assert [t["name"] for t in records.list_records(archive.db, "tag")] == ["春节"]
    edits.apply(archive, applied.inverse)
    assert records.list_records(archive.db, "tag") == []


def test_remove_then_restore_keeps_the_same_record_with_its_links(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        edits.run(db, edits.tag(ids["grandma"], "奶奶"))
    applied = edits.apply(archive, edits.remove("person", ids["grandma"]))
    with pytest.raises(RecordNotFound):
        records.get(archive.db, "person", ids["grandma"])
    assert len(people.members_of(archive.db, ids["family"])) == 1
    assert applied.changes.removed == {"person": {ids["grandma"]}}
    assert ids["first"] in applied.changes.updated["interview"]
    restored = edits.apply(archive, edits.from_json(applied.inverse.to_json()))
    assert restored.changes.added["person"] == {ids["grandma"]}
    person = records.get(archive.db, "person", ids["grandma"])
    assert person["name"] == "王秀英"
    assert len(people.members_of(archive.db, ids["family"])) == 2
    assert people.families_of(archive.db, ids["grandma"])[0]["relationship"] == "grandmother"


def test_a_removed_interview_takes_its_transcripts_and_clears_its_photos(
    archive: Archive,
) -> None:
    from archive_app.core.transcripts.parse import Segment

    ids = build_village(archive)
    with archive.transaction() as db:
        transcript = store.add_transcript(db, ids["first"], [Segment(0, 1, "奶奶", "属龙")])
    edits.apply(archive, edits.remove("interview", ids["first"]))
    assert archive.db.execute("SELECT count(*) FROM segment").fetchone()[0] == 0
    with archive.transaction() as db:
        edits.history.restore(db, ids["first"])
    assert [s["text"] for s in store.segments_of(archive.db, transcript)] == ["属龙"]


def test_a_record_others_depend_on_is_not_removed(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        add_consent(db, ids["grandma"], date="2024-02-10", audiences=["family"])
    with pytest.raises(RecordInUse) as refused:
        edits.apply(archive, edits.remove("person", ids["grandma"]))
    assert refused.value.used_by == "consent"
    with pytest.raises(RecordInUse):
        edits.apply(archive, edits.remove("place", ids["province"]))
    assert records.get(archive.db, "person", ids["grandma"])["name"] == "王秀英"


def test_removing_a_place_clears_it_where_it_was_used_and_restoring_sets_it_again(
    archive: Archive,
) -> None:
    ids = build_village(archive)
    edits.apply(archive, edits.remove("place", ids["other"]))
    assert records.get(archive.db, "interview", ids["second"])["place_id"] is None
    with archive.transaction() as db:
        edits.history.restore(db, ids["other"])
    assert records.get(archive.db, "interview", ids["second"])["place_id"] == ids["other"]


def test_a_tiers_name_and_language_can_be_edited_and_put_back(archive: Archive) -> None:
    ids = build_village(archive)
    with archive.transaction() as db:
        tier_id = store.add_transcript(db, ids["first"], [], kind="translation", tier="putonghua")
    applied = edits.apply(
        archive, edits.set_fields("transcript", tier_id, tier=" 普通话 ", language="zh-Hans")
    )
    stored = records.get(archive.db, "transcript", tier_id)
    assert (stored["tier"], stored["language"]) == ("普通话", "zh-Hans")
    edits.apply(archive, applied.inverse)
    stored = records.get(archive.db, "transcript", tier_id)
    assert (stored["tier"], stored["language"]) == ("putonghua", "")
    with pytest.raises(InvalidValue):  # a transcript belongs to its interview for good
        edits.apply(archive, edits.set_fields("transcript", tier_id, interview_id=ids["second"]))


def test_every_operation_and_its_inverse_survive_a_trip_through_json(archive: Archive) -> None:
    ids = build_village(archive)
    ops: list[edits.Operation] = [
        edits.set_fields("interview", ids["first"], keywords=["春节", "回家"]),
        edits.link_person(ids["second"], ids["grandma"], "interviewer"),
        edits.tag(ids["first"], "春节"),
        edits.Batch([edits.set_fields("person", ids["child"], notes="上小学")]),
        edits.remove("family", ids["family"]),
    ]
    for op in ops:
        written = json.dumps(op.to_json(), ensure_ascii=False)
        assert edits.from_json(json.loads(written)) == op
        inverse = edits.apply(archive, op).inverse
        assert edits.from_json(json.loads(json.dumps(inverse.to_json()))) == inverse


def test_an_unknown_operation_is_refused_by_name() -> None:
    with pytest.raises(InvalidValue) as refused:
        edits.from_json({"op": "teleport"})
    assert refused.value.field == "operation"

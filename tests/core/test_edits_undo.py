"""Undo restores the catalogue: any sequence of edits of every kind, followed by the inverses
they returned (newest first), leaves every table as it was, row for row and value for value;
and after every step the history agrees with the catalogue.

``updated_at`` is the one column left out of the comparison: it says when a record was last
written, and undoing an edit is a write.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.edits import history
from archive_app.core.errors import ArchiveError
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from tests.core.village import build_village

#: bookkeeping that every write adds to, never content a person edits
SKIPPED_TABLES = {
    "sqlite_sequence",
    "audit_log",
    "history",
    "history_item",
    "search_dirty",
    "consent_fact_change",
}


def catalogue(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without ``updated_at``."""
    found = {}
    for (table,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall():
        if table in SKIPPED_TABLES or table.startswith("sqlite_"):
            continue
        columns = [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
        kept = [c for c in columns if c != "updated_at"]
        rows = db.execute(f"SELECT {', '.join(f'[{c}]' for c in kept)} FROM [{table}]").fetchall()
        found[table] = sorted((tuple(r) for r in rows), key=repr)
    return found


def _ids(db: sqlite_utils.Database, sql: str) -> list[str]:
    return [str(r[0]) for r in db.execute(sql).fetchall()]


def build(archive: Archive) -> None:
    """The village, a photo, a transcript of five passages, a chapter, a tag and a collection."""
    ids = build_village(archive)
    with archive.transaction() as db:
        db.execute(
            "INSERT INTO media_file VALUES ('ab' || hex(zeroblob(31)), 10, '.jpg', 'media/x.jpg', "
            "'x.jpg', '2024-01-01T00:00:00.000Z')"
        )
        db.execute(
            "INSERT INTO photo (id, interview_id, sha256, original_name, format, caption, "
            "created_at, updated_at) VALUES ('photo-1', ?, 'ab' || hex(zeroblob(31)), 'x.jpg', "
            "'jpeg', '老屋', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
            [ids["first"]],
        )
        store.add_transcript(
            db,
            ids["first"],
            [
                Segment(0.0, 4.0, "奶奶", "那时候没有户口。"),
                Segment(4.0, 9.0, "奶奶", "孩子上不了学。"),
                Segment(9.0, 12.5, "我", "后来呢？"),
                Segment(None, None, "奶奶", "Later we moved to town."),
                Segment(20.0, 31.0, "奶奶", "爸爸去了广州打工。"),
            ],
            tier="四川话",
        )
        edits.run(
            db, edits.add("section", {"interview_id": ids["first"], "start_s": 0, "title": "童年"})
        )
        edits.run(db, edits.tag(ids["second"], "春节"))
        shelf = edits.run(db, edits.add("collection", {"name": "展览"})).value
        edits.run(db, edits.collect(str(shelf), ids["first"]))
        mark = {"family_id": ids["family"], "collection_id": str(shelf)}
        edits.run(db, edits.Link("family_collection", mark))


Recipe = Callable[[sqlite_utils.Database, st.DataObject], edits.Operation]


def _pick(data: st.DataObject, found: list[str]) -> str:
    """One of ``found`` (drawn the same way however many there are, so that a replay draws
    alike), or an id nothing has."""
    number = data.draw(st.integers(min_value=0, max_value=63))
    return found[number % len(found)] if found else "nothing-there"


def _fresh(data: st.DataObject, prefix: str) -> str:
    """A new record's id, the same on every replay of an example."""
    return f"{prefix}-{data.draw(st.integers(min_value=0, max_value=10**6))}"


def _interviews(db: sqlite_utils.Database) -> list[str]:
    return _ids(db, "SELECT id FROM interview ORDER BY id")


def _people(db: sqlite_utils.Database) -> list[str]:
    return _ids(db, "SELECT id FROM person ORDER BY id")


def _segments(db: sqlite_utils.Database) -> list[str]:
    return _ids(db, "SELECT id FROM segment ORDER BY transcript_id, position")


WORDS = st.sampled_from(["外婆", "春节", "Taishan", "  ", "回家 ", "广州"])


def _edit_interview(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    field = data.draw(st.sampled_from(["title", "date", "keywords", "status", "place_id"]))
    value: Any = {
        "title": data.draw(WORDS),
        "date": data.draw(st.sampled_from(["2024", "2023-02-10", None, "bad"])),
        "keywords": data.draw(st.lists(WORDS, max_size=3)),
        "status": data.draw(st.sampled_from(["ready", "recorded", "lost"])),
        "place_id": _pick(data, [*_ids(db, "SELECT id FROM place ORDER BY id"), ""]) or None,
    }[field]
    return edits.SetFields("interview", _pick(data, _interviews(db)), {field: value})


def _edit_person(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    fields = {"name": data.draw(WORDS), "other_names": data.draw(st.lists(WORDS, max_size=2))}
    return edits.SetFields("person", _pick(data, _people(db)), fields)


def _add(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    kind = data.draw(st.sampled_from(["person", "place", "family", "tag", "section", "migration"]))
    fields: dict[str, Any] = {"name": data.draw(WORDS)}
    if kind == "section":
        fields = {"interview_id": _pick(data, _interviews(db)), "start_s": 3, "title": "新"}
    elif kind == "migration":
        fields = {"person_id": _pick(data, _people(db)), "to_city": "深圳"}
    return edits.add(kind, fields, record_id=_fresh(data, kind))


def _remove(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    kind = data.draw(
        st.sampled_from(["interview", "person", "family", "place", "tag", "collection", "photo"])
    )
    table = edits.kinds.KINDS[kind].table
    return edits.remove(kind, _pick(data, _ids(db, f"SELECT id FROM [{table}] ORDER BY id")))


def _link(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    interview, person = _pick(data, _interviews(db)), _pick(data, _people(db))
    role = data.draw(st.sampled_from(["narrator", "interviewer"]))
    families = _ids(db, "SELECT id FROM family ORDER BY id")
    photos = _ids(db, "SELECT id FROM photo ORDER BY id")
    return data.draw(
        st.sampled_from(
            [
                edits.link_person(interview, person, role),
                edits.unlink_person(interview, person, role),
                edits.set_member(_pick(data, families), person, "child"),
                edits.set_member(_pick(data, families), person, None),
                edits.depict(_pick(data, photos), person),
                edits.undepict(_pick(data, photos), person),
            ]
        )
    )


def _tag_or_collect(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    item = _pick(data, [*_interviews(db), *_people(db)])
    shelf = _pick(data, _ids(db, "SELECT id FROM collection ORDER BY id"))
    family = _pick(data, _ids(db, "SELECT id FROM family ORDER BY id"))
    name = data.draw(st.sampled_from(["春节", "户口", "打工"]))
    return data.draw(
        st.sampled_from(
            [
                edits.TagByName(item, name, _fresh(data, "tag")),
                edits.untag(item, name),
                edits.collect(shelf, item),
                edits.uncollect(shelf, item),
                edits.Link("family_collection", {"family_id": family, "collection_id": shelf}),
                edits.Unlink("family_collection", {"family_id": family, "collection_id": shelf}),
            ]
        )
    )


def _transcript(db: sqlite_utils.Database, data: st.DataObject) -> edits.Operation:
    segment = _pick(data, _segments(db))
    transcripts = _ids(db, "SELECT id FROM transcript ORDER BY id")
    at = data.draw(st.integers(min_value=1, max_value=6))
    return data.draw(
        st.sampled_from(
            [
                edits.SetFields("segment", segment, {"text": data.draw(WORDS)}),
                edits.SetFields("segment", segment, {"speaker": data.draw(WORDS)}),
                edits.SetFields("segment", segment, {"start_s": 1.0, "end_s": 2.0}),
                edits.SplitSegment(segment, f"split-{at}-{segment[:8]}", at_char=at),
                edits.MergeSegments(segment),
                edits.DeleteSegment(segment),
                edits.InsertSegment(
                    _pick(data, transcripts),
                    f"new-{at}-{segment[:8]}",
                    at % 3,
                    {"start_s": None, "end_s": None, "speaker": "我", "text": "嗯。"},
                ),
                edits.RenameSpeaker(_pick(data, transcripts), "奶奶", "王秀英"),
                edits.SetFields("transcript", _pick(data, transcripts), {"tier": "普通话"}),
                edits.remove("transcript", _pick(data, transcripts)),
                edits.AddTranscript(
                    f"typed-{at}",
                    {"interview_id": _pick(data, _interviews(db)), "source_format": "typed"},
                    [
                        {
                            "id": f"typed-{at}-0",
                            "start_s": 0,
                            "end_s": 1,
                            "speaker": "",
                            "text": "好",
                        }
                    ],
                ),
            ]
        )
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built archive, closed, to copy for every example."""
    root = tmp_path_factory.mktemp("template") / "archive"
    with Archive.create(root) as archive:
        build(archive)
    return root


RECIPES: list[Recipe] = [
    _edit_interview,
    _edit_person,
    _add,
    _remove,
    _link,
    _tag_or_collect,
    _transcript,
    _transcript,
]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_edits_then_their_inverses_give_back_every_table(
    template: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    root = tmp_path_factory.mktemp("undo") / "archive"
    shutil.copytree(template, root)
    with Archive.open(root) as archive:
        _edit_and_undo(archive, data)


def _edit_and_undo(archive: Archive, data: st.DataObject) -> None:
    start = catalogue(archive.db)
    inverses: list[edits.Operation] = []
    steps = data.draw(st.integers(min_value=1, max_value=10), label="steps")
    for _ in range(steps):
        recipe = data.draw(st.sampled_from(RECIPES))
        op = recipe(archive.db, data)
        try:
            applied = edits.apply(archive, op)
        except ArchiveError:
            continue  # refused: the transaction was rolled back
        inverses.append(applied.inverse)
        assert history.disagreements(archive.db) == []
    for inverse in reversed(inverses):
        edits.apply(archive, edits.from_json(inverse.to_json()))
    assert history.disagreements(archive.db) == []
    assert catalogue(archive.db) == start


def test_a_refused_edit_leaves_every_table_as_it_was(archive: Archive) -> None:
    build(archive)
    start = catalogue(archive.db)
    person = _people(archive.db)[0]
    batch = edits.Batch(
        [
            edits.set_fields("person", person, name="新名字"),
            edits.set_fields("person", person, name=""),
        ]
    )
    try:
        edits.apply(archive, batch)
    except ArchiveError:
        pass
    assert catalogue(archive.db) == start

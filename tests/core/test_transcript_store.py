"""Transcripts are kept with their segments in order, and every edit keeps them consistent."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from archive_app.core import audit, edits
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, NotRestorable, RecordNotFound
from archive_app.core.interviews import add_interview
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment

LONG_AGO = "2000-01-01T00:00:00.000Z"

SEGMENTS = [
    Segment(0.0, 2.0, "采访者", "奶奶，您是哪年生的？"),
    Segment(2.0, 5.5, "奶奶", "一九五二年，属龙。"),
    Segment(5.5, 9.0, "Interviewer", "And your son works in Dongguan?"),
    Segment(None, None, "奶奶", "对，在厂里做鞋。"),
]


@pytest.fixture
def transcript(archive: Archive) -> str:
    with archive.transaction() as db:
        interview_id = add_interview(db, "王奶奶 2024-02-10")
        return store.add_transcript(
            db,
            interview_id,
            SEGMENTS,
            original_name="王奶奶.srt",
            source_format="srt",
            source_encoding="gb18030",
            language="zh-Hans",
        )


def texts(archive: Archive, transcript_id: str) -> list[str]:
    return [s["text"] for s in store.segments_of(archive.db, transcript_id)]


def assert_dense(archive: Archive, transcript_id: str) -> None:
    positions = [s["position"] for s in store.segments_of(archive.db, transcript_id)]
    assert positions == list(range(len(positions)))


def age_everything(db: sqlite_utils.Database) -> None:
    """Set every updated_at far in the past, so that a touch is visible whatever the clock."""
    db.execute("UPDATE segment SET updated_at = ?", [LONG_AGO])
    db.execute("UPDATE transcript SET updated_at = ?", [LONG_AGO])


def updated(archive: Archive, table: str, record_id: str) -> str:
    row = archive.db.execute(f"SELECT updated_at FROM {table} WHERE id = ?", [record_id])
    return str(row.fetchone()[0])


# -- adding and reading ------------------------------------------------------------------------


def test_a_transcript_keeps_its_segments_in_order(archive: Archive, transcript: str) -> None:
    segments = store.segments_of(archive.db, transcript)
    assert [
        Segment(s["start_s"], s["end_s"], s["speaker"], s["text"]) for s in segments
    ] == SEGMENTS
    assert [s["position"] for s in segments] == [0, 1, 2, 3]
    assert all(s["id"] for s in segments)


def test_the_transcript_record_says_where_it_came_from(archive: Archive, transcript: str) -> None:
    detail = store.transcript_detail(archive.db, transcript)
    assert detail["original_name"] == "王奶奶.srt"
    assert (detail["source_format"], detail["source_encoding"]) == ("srt", "gb18030")
    assert (detail["language"], detail["kind"], detail["sha256"]) == ("zh-Hans", "verbatim", None)
    assert [s["text"] for s in detail["segments"]] == [s.text for s in SEGMENTS]


def test_an_interview_lists_its_transcripts_with_their_size(
    archive: Archive, transcript: str
) -> None:
    interview_id = store.transcript_detail(archive.db, transcript)["interview_id"]
    with archive.transaction() as db:
        translation = store.add_transcript(
            db, interview_id, SEGMENTS[:1], kind="translation", tier="English"
        )
    listed = store.transcripts_of(archive.db, interview_id)
    assert [(t["id"], t["segment_count"]) for t in listed] == [(transcript, 4), (translation, 1)]


def test_adding_is_logged(archive: Archive, transcript: str) -> None:
    (entry,) = audit.entries(archive.db, item_id=transcript)
    assert entry["action"] == "transcript.add"
    assert entry["details"]["segments"] == 4


def test_a_transcript_needs_a_real_interview_and_sound_values(archive: Archive) -> None:
    with archive.transaction() as db:
        interview_id = add_interview(db, "李爷爷")
        with pytest.raises(RecordNotFound):
            store.add_transcript(db, "no-such-interview", SEGMENTS)
        with pytest.raises(InvalidValue):
            store.add_transcript(db, interview_id, SEGMENTS, kind="summary")
        with pytest.raises(InvalidValue):
            store.add_transcript(db, interview_id, SEGMENTS, source_format="docx")
        with pytest.raises(InvalidValue):
            store.add_transcript(db, interview_id, [Segment(5.0, 1.0, "", "倒着的时间")])
        with pytest.raises(InvalidValue):
            store.add_transcript(db, interview_id, [Segment(-1.0, 1.0, "", "负的时间")])
        with pytest.raises(RecordNotFound):
            store.add_transcript(db, interview_id, SEGMENTS, sha256="0" * 64)
    assert archive.db.execute("SELECT count(*) FROM transcript").fetchone()[0] == 0


def test_one_source_file_gives_one_transcript(archive: Archive) -> None:
    sha = "ab" * 32
    with archive.transaction() as db:
        db.execute(
            "INSERT INTO media_file VALUES (?, 10, '.srt', 'media/ab/x.srt', 'x.srt', ?)",
            [sha, LONG_AGO],
        )
        interview_id = add_interview(db, "李爷爷")
        store.add_transcript(db, interview_id, SEGMENTS, sha256=sha, source_format="srt")
        with pytest.raises(InvalidValue):
            store.add_transcript(db, interview_id, SEGMENTS, sha256=sha, source_format="srt")


def test_unknown_transcripts_are_reported(archive: Archive) -> None:
    with pytest.raises(RecordNotFound):
        store.transcript_detail(archive.db, "nothing")
    with pytest.raises(RecordNotFound):
        store.segments_of(archive.db, "nothing")


# -- editing -----------------------------------------------------------------------------------


def test_editing_text_speaker_and_times_touches_the_segment_and_transcript(
    archive: Archive, transcript: str
) -> None:
    first = store.segments_of(archive.db, transcript)[0]["id"]
    for edit in (
        lambda db: store.set_segment_text(db, first, "奶奶，您是哪一年出生的？"),
        lambda db: store.set_segment_speaker(db, first, "李老师"),
        lambda db: store.set_segment_times(db, first, 0.25, 2.0004),
    ):
        with archive.transaction() as db:
            age_everything(db)
            edit(db)
        assert updated(archive, "segment", first) != LONG_AGO
        assert updated(archive, "transcript", transcript) != LONG_AGO
    segment = store.segments_of(archive.db, transcript)[0]
    assert (segment["start_s"], segment["end_s"], segment["speaker"], segment["text"]) == (
        0.25,
        2.0,
        "李老师",
        "奶奶，您是哪一年出生的？",
    )


def test_impossible_times_are_refused(archive: Archive, transcript: str) -> None:
    first = store.segments_of(archive.db, transcript)[0]["id"]
    with archive.transaction() as db, pytest.raises(InvalidValue):
        store.set_segment_times(db, first, 3.0, 2.0)
    assert store.segments_of(archive.db, transcript)[0]["start_s"] == 0.0


def test_the_log_says_what_was_edited_but_keeps_no_words(archive: Archive, transcript: str) -> None:
    first = store.segments_of(archive.db, transcript)[0]["id"]
    with archive.transaction() as db:
        store.set_segment_text(db, first, "这句话是秘密")
    (entry,) = audit.entries(archive.db, item_id=first)
    assert entry["action"] == "segment.text"
    assert "这句话是秘密" not in json.dumps(entry, ensure_ascii=False)


@pytest.mark.parametrize("after", [-1, 1, 3])
def test_inserting_a_segment_keeps_positions_dense(
    archive: Archive, transcript: str, after: int
) -> None:
    with archive.transaction() as db:
        store.insert_segment(db, transcript, after, Segment(None, None, "孙女", "真的吗？"))
    found = texts(archive, transcript)
    assert found[after + 1] == "真的吗？"
    assert [t for t in found if t != "真的吗？"] == [s.text for s in SEGMENTS]
    assert_dense(archive, transcript)


def test_inserting_outside_the_transcript_is_refused(archive: Archive, transcript: str) -> None:
    with archive.transaction() as db, pytest.raises(InvalidValue):
        store.insert_segment(db, transcript, 4, Segment(None, None, "", "太远了"))


def test_deleting_a_segment_closes_the_gap(archive: Archive, transcript: str) -> None:
    second = store.segments_of(archive.db, transcript)[1]["id"]
    with archive.transaction() as db:
        age_everything(db)
        store.delete_segment(db, second)
    assert texts(archive, transcript) == [SEGMENTS[0].text, SEGMENTS[2].text, SEGMENTS[3].text]
    assert_dense(archive, transcript)
    assert updated(archive, "transcript", transcript) != LONG_AGO
    with archive.transaction() as db, pytest.raises(RecordNotFound):
        store.delete_segment(db, second)


def test_splitting_at_a_time_gives_two_segments_meeting_there(
    archive: Archive, transcript: str
) -> None:
    second = store.segments_of(archive.db, transcript)[1]["id"]
    with archive.transaction() as db:
        new_id = store.split_segment(db, second, 6, 4.0)
    segments = store.segments_of(archive.db, transcript)
    assert [(s["start_s"], s["end_s"], s["speaker"], s["text"]) for s in segments[1:3]] == [
        (2.0, 4.0, "奶奶", "一九五二年，"),
        (4.0, 5.5, "奶奶", "属龙。"),
    ]
    assert segments[2]["id"] == new_id
    assert len(segments) == 5
    assert_dense(archive, transcript)


def test_splitting_without_a_time_cuts_in_proportion_or_leaves_it_unknown(
    archive: Archive, transcript: str
) -> None:
    ids = [s["id"] for s in store.segments_of(archive.db, transcript)]
    with archive.transaction() as db:
        store.split_segment(db, ids[0], 5)  # 10 characters over 2 seconds: cut at 1 second
        store.split_segment(db, ids[3], 3)  # untimed
    segments = store.segments_of(archive.db, transcript)
    assert [(s["start_s"], s["end_s"]) for s in segments[:2]] == [(0.0, 1.0), (1.0, 2.0)]
    assert [(s["start_s"], s["end_s"], s["text"]) for s in segments[4:]] == [
        (None, None, "对，在"),
        (None, None, "厂里做鞋。"),
    ]
    assert_dense(archive, transcript)


@pytest.mark.parametrize(("at_char", "at_time"), [(0, None), (9, None), (3, 9.0), (3, 1.0)])
def test_a_split_must_fall_inside_the_segment(
    archive: Archive, transcript: str, at_char: int, at_time: float | None
) -> None:
    second = store.segments_of(archive.db, transcript)[1]["id"]
    with archive.transaction() as db, pytest.raises(InvalidValue):
        store.split_segment(db, second, at_char, at_time)
    assert texts(archive, transcript) == [s.text for s in SEGMENTS]


def test_merging_joins_chinese_without_a_space_and_english_with_one(
    archive: Archive, transcript: str
) -> None:
    ids = [s["id"] for s in store.segments_of(archive.db, transcript)]
    with archive.transaction() as db:
        kept = store.merge_with_next(db, ids[0])
    assert kept == ids[0]
    merged = store.segments_of(archive.db, transcript)[0]
    assert (merged["start_s"], merged["end_s"], merged["speaker"], merged["text"]) == (
        0.0,
        5.5,
        "采访者",
        "奶奶，您是哪年生的？一九五二年，属龙。",
    )
    assert_dense(archive, transcript)
    assert store.join_text("And your son works?", "Yes.") == "And your son works? Yes."


def test_the_last_segment_has_nothing_to_merge_with(archive: Archive, transcript: str) -> None:
    last = store.segments_of(archive.db, transcript)[-1]["id"]
    with archive.transaction() as db, pytest.raises(InvalidValue):
        store.merge_with_next(db, last)


def test_renaming_a_speaker_changes_all_their_segments(archive: Archive, transcript: str) -> None:
    with archive.transaction() as db:
        changed = store.rename_speaker(db, transcript, "奶奶", "王秀英")
    assert changed == 2
    speakers = [s["speaker"] for s in store.segments_of(archive.db, transcript)]
    assert speakers == ["采访者", "王秀英", "Interviewer", "王秀英"]


def test_an_edit_undone_by_its_transaction_leaves_the_transcript_as_it_was(
    archive: Archive, transcript: str
) -> None:
    ids = [s["id"] for s in store.segments_of(archive.db, transcript)]
    with pytest.raises(RuntimeError), archive.transaction() as db:
        store.merge_with_next(db, ids[0])
        store.delete_segment(db, ids[2])
        raise RuntimeError("the user pressed cancel")
    assert texts(archive, transcript) == [s.text for s in SEGMENTS]
    assert_dense(archive, transcript)


# -- taking a transcript away and putting it back (undo and redo of adding one) ----------------


def remove_transcript(db: sqlite_utils.Database, transcript_id: str) -> edits.Operation:
    """Take a transcript away; what puts it back."""
    return edits.run(db, edits.remove("transcript", transcript_id)).inverse


def restore_transcript(db: sqlite_utils.Database, saved: edits.Operation) -> str:
    return str(edits.run(db, saved).value)


def test_a_removed_transcript_comes_back_with_the_same_ids_and_words(
    archive: Archive, transcript: str
) -> None:
    before = store.transcript_detail(archive.db, transcript)
    with archive.transaction() as db:
        saved = remove_transcript(db, transcript)
    with pytest.raises(RecordNotFound):
        store.transcript_detail(archive.db, transcript)
    assert archive.db.execute("SELECT count(*) FROM segment").fetchone()[0] == 0

    with archive.transaction() as db:
        assert restore_transcript(db, saved) == transcript
    after = store.transcript_detail(archive.db, transcript)
    keep = ("id", "position", "start_s", "end_s", "speaker", "text")
    assert [{k: s[k] for k in keep} for s in after["segments"]] == [
        {k: s[k] for k in keep} for s in before["segments"]
    ]
    assert after["original_name"] == "王奶奶.srt"
    assert after["source_encoding"] == "gb18030"


def test_removing_and_restoring_is_logged_without_words(archive: Archive, transcript: str) -> None:
    with archive.transaction() as db:
        restore_transcript(db, remove_transcript(db, transcript))
    actions = [e["action"] for e in audit.entries(archive.db, item_id=transcript)]
    assert actions[-2:] == ["transcript.remove", "transcript.restore"]
    assert "属龙" not in json.dumps(audit.entries(archive.db, item_id=transcript))


def test_an_imported_transcripts_source_file_stays_when_it_is_removed(archive: Archive) -> None:
    sha = "ab" * 32
    with archive.transaction() as db:
        db.execute(
            "INSERT INTO media_file VALUES (?, 10, '.srt', 'media/ab/x.srt', 'x.srt', ?)",
            [sha, LONG_AGO],
        )
        interview_id = add_interview(db, "李爷爷")
        transcript_id = store.add_transcript(
            db, interview_id, SEGMENTS, sha256=sha, source_format="srt"
        )
    with archive.transaction() as db:
        saved = remove_transcript(db, transcript_id)
    assert archive.db.execute("SELECT 1 FROM media_file WHERE sha256 = ?", [sha]).fetchone()
    with archive.transaction() as db:
        restore_transcript(db, saved)
    assert store.transcript_detail(archive.db, transcript_id)["sha256"] == sha


def test_a_transcript_cannot_be_restored_twice_or_removed_when_absent(
    archive: Archive, transcript: str
) -> None:
    with archive.transaction() as db:
        saved = remove_transcript(db, transcript)
        restore_transcript(db, saved)
    with pytest.raises(NotRestorable), archive.transaction() as db:
        restore_transcript(db, saved)
    with pytest.raises(RecordNotFound), archive.transaction() as db:
        remove_transcript(db, "no-such-transcript")


def test_a_restored_transcript_is_searched_again(archive: Archive, transcript: str) -> None:
    with archive.transaction() as db:
        saved = remove_transcript(db, transcript)
    archive.db.execute("DELETE FROM search_dirty")
    with archive.transaction() as db:
        restore_transcript(db, saved)
    dirty = archive.db.execute("SELECT item_kind, item_id FROM search_dirty").fetchall()
    assert dirty, "the search index must learn that the words are back"

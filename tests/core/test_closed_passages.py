"""Closed passages in core: recorded and opened with an audit trail, and the gate's answer of
which stretches, lines, chapters and photos an audience may not have.

Given a grandmother's story with a passage she asked to keep from her family, when the family or
the public asks, then the lines said inside it are closed to them, the lines around it are not,
and a curator still has everything.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
import uuid
from datetime import date

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core import audit, interviews, people, records, sections
from archive_app.core.archive import Archive
from archive_app.core.consent import gate, passages, rules, store
from archive_app.core.consent.model import SegmentPlace, Span, TimelineFacts
from archive_app.core.consent.timeline import recording_offsets, segment_places
from archive_app.core.errors import InvalidValue, PassageAlreadyOpen, RecordNotFound
from archive_app.core.identifiers import resolve_id
from archive_app.core.transcripts import store as transcripts
from archive_app.core.transcripts.segment import Segment

TODAY = date(2025, 3, 1)


def add_recording(
    db: sqlite_utils.Database,
    interview_id: str,
    duration_s: float | None,
    position: int = 0,
    name: str = "r.wav",
) -> str:
    """A recording record (the rules never listen to the sound itself)."""
    sha = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    db.execute(
        "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, imported_at) "
        "VALUES (?, 1, '.wav', ?, ?, '2024-01-01T00:00:00.000Z')",
        [sha, f"media/{sha[:2]}/{sha}.wav", name],
    )
    return records.insert(
        db,
        "recording",
        {
            "interview_id": interview_id,
            "sha256": sha,
            "original_name": name,
            "media_type": "audio",
            "format": "wav",
            "duration_s": duration_s,
            "position": position,
        },
    )


def add_photo(db: sqlite_utils.Database, interview_id: str, caption: str) -> str:
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
            "caption": caption,
        },
    )


class Story:
    """An open interview of a grandmother who consented to everything, with one recording."""

    def __init__(self, archive: Archive, duration_s: float | None = 600.0) -> None:
        with archive.transaction() as db:
            self.grandma = people.add_person(db, "李桂兰", birth_date="1951")
            self.interview = interviews.add_interview(db, "外婆的故事", date="2024-02-10")
            interviews.link_person(db, self.interview, self.grandma, "narrator")
            store.add_consent(
                db, self.grandma, date="2024-02-10", audiences=["family", "research", "public"]
            )
            self.recording = add_recording(db, self.interview, duration_s)


def lines(db: sqlite_utils.Database, interview_id: str, *said: Segment) -> dict[str, str]:
    """Add a transcript; return its segments' ids by their words."""
    transcript = transcripts.add_transcript(db, interview_id, list(said))
    return {s["text"]: s["id"] for s in transcripts.segments_of(db, transcript)}


def test_a_passage_closes_the_lines_said_inside_it_and_no_others(archive: Archive) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        ids = lines(
            db,
            story.interview,
            Segment(190.0, 200.0, "奶奶", "那年春节他们回来了"),  # ends where it starts
            Segment(200.0, 215.0, "奶奶", "儿子和媳妇离了婚"),
            Segment(230.0, 250.0, "奶奶", "孩子跟着我过"),  # runs past its end
            Segment(245.0, 260.0, "奶奶", "后来我们去赶集"),  # starts where it ends
            Segment(300.0, None, "奶奶", "说完了"),
        )
        passage = passages.close_passage(
            db,
            story.recording,
            start_s=200,
            end_s=245,
            audiences=["family", "public"],
            person_id=story.grandma,
            reason="儿子的离婚",
            date="2025-02-01",
        )
    family = gate.passages(archive.db, story.interview, "family", TODAY)
    assert set(family.segments) == {ids["儿子和媳妇离了婚"], ids["孩子跟着我过"]}
    assert family.timeline_ranges() == [(200.0, 245.0)]
    assert family.recording_ranges(story.recording) == [(200.0, 245.0)]
    reason = family.segments[ids["儿子和媳妇离了婚"]][0]
    assert (reason.rule, reason.person_id) == (rules.PASSAGE_CLOSED, story.grandma)
    assert f"passage={passage}" in reason.detail
    # research was not named; curators hear everything
    for audience in ("research", "curator"):
        assert not gate.passages(archive.db, story.interview, audience, TODAY).closes_anything
    # the interview itself stays open: only the passage is closed
    assert gate.decide(archive.db, story.interview, "family", TODAY).allowed
    # as access --json prints it
    shown = family.as_json()
    assert shown["closed_ranges"] == [[200.0, 245.0]]


def test_opening_a_passage_again_counts_from_its_day_and_both_are_audited(
    archive: Archive,
) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        ids = lines(db, story.interview, Segment(10.0, 20.0, "", "厂名"))
        passage = passages.close_passage(
            db,
            story.recording,
            start_s=5,
            end_s=25,
            audiences=["research"],
            person_id=story.grandma,
            reason="厂里还有人认识他",
            date="2025-01-01",
        )
        passages.open_passage(db, passage, date="2025-06-01", reason="他已经离开那家厂")
        with pytest.raises(PassageAlreadyOpen):
            passages.open_passage(db, passage, date="2025-07-01")
    before = gate.passages(archive.db, story.interview, "research", date(2025, 5, 31))
    after = gate.passages(archive.db, story.interview, "research", date(2025, 6, 1))
    assert ids["厂名"] in before.segments
    assert not after.closes_anything
    actions = [e["action"] for e in audit.entries(archive.db, item_id=passage)]
    assert actions == ["passage.close", "passage.open"]
    listed = passages.list_passages(archive.db, interview_id=story.interview)
    assert [(p.id, p.opened_on, p.start_s, p.end_s) for p in listed] == [
        (passage, "2025-06-01", 5.0, 25.0)
    ]
    assert resolve_id(archive.db, passage[:8], ("passage",)) == passage


def test_bad_passages_are_refused_with_the_field_named_and_nothing_written(
    archive: Archive,
) -> None:
    story = Story(archive, duration_s=100.0)
    good = {
        "start_s": 10.0,
        "end_s": 20.0,
        "audiences": ["family"],
        "person_id": story.grandma,
        "reason": "私事",
    }
    cases: list[tuple[dict[str, object], str]] = [
        ({"end_s": 10.0}, "to"),
        ({"start_s": -1.0}, "from"),
        ({"start_s": 100.0, "end_s": 120.0}, "from"),  # starts after the recording ends
        ({"audiences": []}, "audiences"),
        ({"audiences": ["curator"]}, "audiences"),
        ({"reason": "  "}, "reason"),
        ({"date": "2025-13-01"}, "date"),
    ]
    for change, field in cases:
        with archive.transaction() as db, pytest.raises(InvalidValue) as raised:
            passages.close_passage(db, story.recording, **{**good, **change})  # type: ignore[arg-type]
        assert raised.value.field == field
    with archive.transaction() as db, pytest.raises(RecordNotFound):
        passages.close_passage(db, "no-such-recording", **good)  # type: ignore[arg-type]
    assert passages.list_passages(archive.db) == []
    # an end past the recording's end is its end
    with archive.transaction() as db:
        passage = passages.close_passage(db, story.recording, **{**good, "end_s": 500.0})  # type: ignore[arg-type]
    assert passages.get_passage(archive.db, passage).end_s == 100.0


def test_the_terms_of_a_passage_never_change_and_it_is_never_deleted(archive: Archive) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        passage = passages.close_passage(
            db,
            story.recording,
            start_s=1,
            end_s=2,
            audiences=["family"],
            person_id=story.grandma,
            reason="私事",
        )
    for sql in (
        "UPDATE closed_passage SET end_s = 1.5 WHERE id = ?",
        "UPDATE closed_passage SET audiences = '[\"public\"]' WHERE id = ?",
        "DELETE FROM closed_passage WHERE id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError), archive.transaction() as db:
            db.execute(sql, [passage])


def test_interviews_with_several_recordings_close_per_recording(archive: Archive) -> None:
    story = Story(archive, duration_s=60.0)
    with archive.transaction() as db:
        second = add_recording(db, story.interview, 60.0, position=1, name="r2.wav")
        ids = lines(
            db,
            story.interview,
            Segment(10.0, 20.0, "", "第一段录音里的话"),
            Segment(70.0, 80.0, "", "第二段录音里的话"),
        )
        passages.close_passage(
            db,
            second,
            start_s=5,
            end_s=25,
            audiences=["family"],
            person_id=story.grandma,
            reason="私事",
        )
    family = gate.passages(archive.db, story.interview, "family", TODAY)
    # the second recording starts at 60 s on the timeline: 65-85 s
    assert family.timeline_ranges() == [(65.0, 85.0)]
    assert family.recording_ranges(second) == [(5.0, 25.0)]
    assert family.recording_ranges(story.recording) == []
    assert set(family.segments) == {ids["第二段录音里的话"]}


def test_after_a_recording_of_unknown_length_everything_later_may_be_closed(
    archive: Archive,
) -> None:
    story = Story(archive, duration_s=None)
    with archive.transaction() as db:
        second = add_recording(db, story.interview, 60.0, position=1, name="r2.wav")
        ids = lines(
            db,
            story.interview,
            Segment(1.0, 2.0, "", "开头"),
            Segment(500.0, 510.0, "", "很后面"),
        )
        passages.close_passage(
            db,
            second,
            start_s=5,
            end_s=6,
            audiences=["family"],
            person_id=story.grandma,
            reason="私事",
        )
    family = gate.passages(archive.db, story.interview, "family", TODAY)
    assert family.timeline_ranges() == [(5.0, math.inf)]
    # the second recording starts somewhere from 0 s on: the passage lies at 5 s or later
    assert set(family.segments) == {ids["很后面"]}
    assert family.as_json()["closed_ranges"] == [[5.0, None]]


def test_untimed_lines_are_closed_when_they_may_lie_in_a_passage(archive: Archive) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        mixed = lines(
            db,
            story.interview,
            Segment(0.0, 10.0, "", "早"),
            Segment(None, None, "", "早后无时"),  # somewhere in 0-20
            Segment(10.0, 20.0, "", "中"),
            Segment(None, None, "", "中后无时"),  # somewhere in 10-60
            Segment(50.0, 60.0, "", "晚"),
        )
        plain = lines(db, story.interview, Segment(None, None, "", "没有时间的一行"))
        passages.close_passage(
            db,
            story.recording,
            start_s=30,
            end_s=40,
            audiences=["family"],
            person_id=story.grandma,
            reason="私事",
        )
    family = gate.passages(archive.db, story.interview, "family", TODAY)
    assert set(family.segments) == {mixed["中后无时"], plain["没有时间的一行"]}


def test_a_chapter_starting_inside_a_passage_and_a_photo_spoken_of_only_there_are_closed(
    archive: Archive,
) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        lines(
            db,
            story.interview,
            Segment(10.0, 20.0, "", "我们在老屋门前照了全家福"),
            Segment(100.0, 110.0, "", "儿子的婚礼办得很热闹"),
        )
        inside = sections.add_section(db, story.interview, 105.0, "婚礼")
        before = sections.add_section(db, story.interview, 90.0, "成家")
        wedding = add_photo(db, story.interview, "儿子的婚礼")
        family_photo = add_photo(db, story.interview, "老屋门前的全家福")
        unspoken = add_photo(db, story.interview, "猪圈")
        # consent for the photos: they feature the narrator through their interview
    assert wedding in gate.visible_items(archive.db, "family", TODAY)
    with archive.transaction() as db:
        passages.close_passage(
            db,
            story.recording,
            start_s=95,
            end_s=120,
            audiences=["family"],
            person_id=story.grandma,
            reason="儿子离婚了，不想再提婚礼",
        )
    family = gate.passages(archive.db, story.interview, "family", TODAY)
    assert set(family.sections) == {inside}
    assert before not in family.sections
    assert set(family.photos) == {wedding}
    visible = gate.visible_items(archive.db, "family", TODAY)
    assert wedding not in visible
    assert {family_photo, unspoken} <= visible
    refused = gate.decide(archive.db, wedding, "family", TODAY)
    assert not refused.allowed and refused.reasons[0].rule == rules.PASSAGE_CLOSED
    assert gate.decide(archive.db, wedding, "research", TODAY).allowed
    assert gate.decide(archive.db, wedding, "curator", TODAY).allowed
    parts = gate.closed_parts(archive.db, "family", TODAY)
    assert parts.photos == {wedding} and parts.sections == {inside}


def test_what_is_kept_follows_every_change_at_once(archive: Archive) -> None:
    """closed_parts is kept between questions; each change to a fact it reads counts at once,
    for every connection."""
    story = Story(archive)
    with archive.transaction() as db:
        ids = lines(db, story.interview, Segment(10.0, 20.0, "", "一句话"))
    reader = sqlite_utils.Database(archive.reader())
    assert not gate.closed_parts(reader, "family", TODAY)
    with archive.transaction() as db:
        passage = passages.close_passage(
            db,
            story.recording,
            start_s=30,
            end_s=40,
            audiences=["family"],
            person_id=story.grandma,
            reason="私事",
            date="2025-01-01",
        )
    assert not gate.closed_parts(reader, "family", TODAY).segments  # 10-20 is outside
    with archive.transaction() as db:
        transcripts.set_segment_times(db, ids["一句话"], 35.0, 38.0)
    assert gate.closed_parts(reader, "family", TODAY).segments == {ids["一句话"]}
    with archive.transaction() as db:
        passages.open_passage(db, passage, date="2025-02-01")
    assert not gate.closed_parts(reader, "family", TODAY)
    reader.conn.close()


def test_a_release_log_names_the_passages_it_applied(archive: Archive) -> None:
    story = Story(archive)
    with archive.transaction() as db:
        lines(db, story.interview, Segment(10.0, 20.0, "", "一句话"))
        passage = passages.close_passage(
            db,
            story.recording,
            start_s=0,
            end_s=30,
            audiences=["public"],
            person_id=story.grandma,
            reason="私事",
        )
    applied = gate.passages(archive.db, story.interview, "public")
    with archive.transaction() as db:
        gate.log_release(db, "public", [story.interview], [], "test", passages_applied=[applied])
    entry = audit.entries(archive.db)[-1]
    assert entry["action"] == "release"
    assert entry["details"]["passages_applied"][0]["passages"] == [passage]
    assert entry["details"]["rules"] == rules.RULES_VERSION


# -- the rules on random transcripts ---------------------------------------------------------


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


@st.composite
def timelines(draw: st.DrawFn) -> tuple[list[tuple[float | None, float | None]], list[Span]]:
    count = draw(st.integers(1, 12))
    said: list[tuple[float | None, float | None]] = []
    at = 0.0
    for _ in range(count):
        if draw(st.booleans()) and draw(st.booleans()):
            said.append((None, None))
            continue
        at += draw(st.sampled_from((0.0, 0.5, 1.0, 2.5, 4.0)))
        length = draw(st.sampled_from((None, 0.0, 0.5, 1.0, 3.0)))
        said.append((at, None if length is None else at + length))
    closed = [
        Span(start, start + length)
        for start, length in draw(
            st.lists(
                st.tuples(
                    st.sampled_from((0.0, 0.5, 1.0, 2.0, 3.5, 6.0, 9.0)),
                    st.sampled_from((0.5, 1.0, 2.5)),
                ),
                min_size=1,
                max_size=3,
            )
        )
    ]
    return said, closed


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_on_random_transcripts_a_line_is_closed_exactly_when_it_may_share_time_with_a_passage(
    drawn: tuple[list[tuple[float | None, float | None]], list[Span]],
) -> None:
    said, closed = drawn
    rows = [(f"s{n}", "t", n, start, end) for n, (start, end) in enumerate(said)]
    places = {p.id: p for p in segment_places(rows)}
    facts = TimelineFacts(
        "i",
        tuple(
            rules.PassageFacts(
                f"p{n}", "r", c.start_s, c.end_s, frozenset({"family"}), "g", "", TODAY, None
            )
            for n, c in enumerate(closed)
        ),
        recording_offsets([("r", 100.0)]),
        tuple(places.values()),
    )
    decided = rules.decide_passages(facts, "family", TODAY)
    timed = [(n, s) for n, (s, _e) in enumerate(said) if s is not None]
    for n, (start, end) in enumerate(said):
        place: SegmentPlace = places[f"s{n}"]
        if start is not None:
            # the oracle, in whole milliseconds: where the line may be heard
            later = [s for m, s in timed if m > n and s > start]
            last = end if end is not None and end > start else (min(later) if later else None)
            heard = range(_ms(start), _ms(last) if last is not None else 10**9) or [_ms(start)]
            shares = any(
                _ms(c.start_s) <= ms < _ms(c.end_s) for c in closed for ms in heard[:100_000]
            )
            assert (f"s{n}" in decided.segments) == shares, (said, closed, n, place)
        else:
            assert place.span.start_s <= place.span.end_s
            # an untimed line is never closed less carefully than the timed lines around it
            neighbours = [m for m, _s in timed if abs(m - n) == 1]
            if any(f"s{m}" in decided.segments for m in neighbours):
                assert f"s{n}" in decided.segments


def test_closing_and_opening_are_edit_operations_kept_in_the_history_with_their_inverse(
    archive: Archive,
) -> None:
    """Undoing a closing opens the passage again (the record stays, for the audit trail);
    undoing that closes it again; a revert from the history does the same."""
    from archive_app.core import edits

    story = Story(archive)
    closing = edits.ClosePassage(
        story.recording, 10.0, 20.0, ["family"], story.grandma, "私事", "2025-01-01"
    )
    applied = edits.apply(archive, closing)
    passage = applied.value
    assert "passage" in applied.changes.kinds() and applied.changes.touches(story.interview)
    assert gate.passages(archive.db, story.interview, "family", TODAY).closes_anything
    undone = edits.apply(archive, applied.inverse, reverts=applied.change_id)
    assert passages.get_passage(archive.db, passage).opening_reason == "undone"
    assert not gate.passages(archive.db, story.interview, "family").closes_anything  # today
    edits.apply(archive, undone.inverse, reverts=undone.change_id)  # redo
    assert passages.get_passage(archive.db, passage).opened_on is None
    with archive.transaction() as db:
        opened = edits.run(db, edits.OpenPassage(passage, "2025-02-01", "她同意了"))
        assert passages.get_passage(db, passage).opened_on == "2025-02-01"
        edits.history.revert(db, opened.change_id)
    assert passages.get_passage(archive.db, passage).opened_on is None
    actions = [e["action"] for e in audit.entries(archive.db, item_id=passage)]
    assert actions == [
        "passage.close",
        "passage.open",
        "passage.reclose",
        "passage.open",
        "passage.reclose",
    ]
    # a passage is never edited field by field nor removed
    with archive.transaction() as db, pytest.raises(InvalidValue):
        edits.run(db, edits.SetFields("passage", passage, {"end_s": 30.0}))
    with archive.transaction() as db, pytest.raises(InvalidValue):
        edits.run(db, edits.RemoveRecord("passage", passage))


def test_an_interview_or_person_with_a_closed_passage_cannot_be_removed(archive: Archive) -> None:
    from archive_app.core import edits
    from archive_app.core.errors import RecordInUse

    story = Story(archive)
    edits.apply(
        archive,
        edits.ClosePassage(story.recording, 1.0, 2.0, ["family"], story.grandma, "私事"),
    )
    for kind, record_id in (("interview", story.interview), ("person", story.grandma)):
        with archive.transaction() as db, pytest.raises(RecordInUse) as refused:
            edits.run(db, edits.RemoveRecord(kind, record_id))
        assert refused.value.used_by in ("closed_passage", "consent")

"""A time a transcript writes wrongly leaves its segment without a time and says which line it
was on; it is never read as something else, least of all as the start of the recording."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.core.transcripts.parse import ParsedTranscript, Segment, parse_transcript
from archive_app.core.transcripts.warning import TranscriptWarning


def parse(name: str, text: str) -> ParsedTranscript:
    return parse_transcript(Path(name), text.encode("utf-8"))


def vtt_with(timing: str) -> str:
    return (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:02.000\n奶奶：第一句。\n\n"
        f"{timing}\n奶奶：第二句。\n\n"
        "00:00:09.000 --> 00:00:10.000\n奶奶：第三句。\n"
    )


@pytest.mark.parametrize(
    ("timing", "bad"),
    [
        ("00:00:60.000 --> 00:00:61.000", "00:00:60.000"),  # seconds run 00-59
        ("00:60:00.000 --> 00:60:01.000", "00:60:00.000"),  # so do minutes
        ("60:00.000 --> 60:01.000", "60:00.000"),  # an hour-less time has minutes below 60
        ("0:00.000 --> 00:02.000", "0:00.000"),  # an hour-less time has two minute digits
        ("00:00:00.0 --> 00:00:02.000", "00:00:00.0"),  # exactly three fraction digits
        ("00:00:03.000 --> 00:00:04.00", "00:00:04.00"),
        ("00:00:03 --> 00:00:04.000", "00:00:03"),
        ("00:00:03.000 --> 00:0:04.000", "00:0:04.000"),
        ("00:00:03:000 --> 00:00:04.000", "00:00:03:000"),
    ],
)
def test_an_invalid_webvtt_time_leaves_its_cue_untimed_and_names_the_line(
    timing: str, bad: str
) -> None:
    parsed = parse("talk.vtt", vtt_with(timing))
    assert parsed.segments == [
        Segment(1.0, 2.0, "奶奶", "第一句。"),
        Segment(None, None, "奶奶", "第二句。"),
        Segment(9.0, 10.0, "奶奶", "第三句。"),
    ]
    assert parsed.warnings == [TranscriptWarning("invalid_time", 1, 6, "talk.vtt", bad)]


@pytest.mark.parametrize(
    ("timing", "start", "end"),
    [
        ("00:03.000 --> 00:04.500", 3.0, 4.5),  # hours may be left out
        ("1:00:03.000 --> 1:00:04.000", 3603.0, 3604.0),  # hours of any length, as parsers read
        ("100:00:00.000 --> 100:00:01.000", 360000.0, 360001.0),
        ("00:00:03,000 --> 00:00:04,000", 3.0, 4.0),  # SRT's comma, from renamed files: accepted
        ("00:00:03.000-->00:00:04.000 align:start", 3.0, 4.0),
        ("00:00:03.000 --> 00:00:03.000", 3.0, 3.0),
    ],
)
def test_valid_webvtt_times(timing: str, start: float, end: float) -> None:
    parsed = parse("talk.vtt", vtt_with(timing))
    assert (parsed.segments[1].start_s, parsed.segments[1].end_s) == (start, end)
    assert parsed.warnings == []


def test_an_end_before_its_start_leaves_the_cue_untimed() -> None:
    parsed = parse("talk.vtt", vtt_with("00:00:05.000 --> 00:00:04.000"))
    assert parsed.segments[1] == Segment(None, None, "奶奶", "第二句。")
    assert parsed.warnings == [TranscriptWarning("end_before_start", 1, 6, "talk.vtt")]


def test_several_bad_times_are_counted_with_the_first_line() -> None:
    text = vtt_with("00:00:60.000 --> 00:00:61.000").replace(
        "00:00:09.000 --> 00:00:10.000", "00:00:09.000 --> 00:00:1.000"
    )
    parsed = parse("talk.vtt", text)
    assert [s.start_s for s in parsed.segments] == [1.0, None, None]
    assert parsed.warnings == [TranscriptWarning("invalid_time", 2, 6, "talk.vtt", "00:00:60.000")]


def srt_with(timing: str) -> str:
    return (
        "1\n00:00:01,000 --> 00:00:02,000\n第一句。\n\n"
        f"2\n{timing}\n第二句。\n\n"
        "3\n00:00:09,000 --> 00:00:10,000\n第三句。\n"
    )


@pytest.mark.parametrize(
    ("timing", "bad"),
    [
        ("00:00:60,000 --> 00:00:61,000", "00:00:60,000"),
        ("00:60:00,000 --> 00:60:01,000", "00:60:00,000"),
        ("00:00:03,5 --> 00:00:04,000", "00:00:03,5"),  # 5 ms or half a second? unknowable
        ("00:00:03,0000 --> 00:00:04,000", "00:00:03,0000"),
        ("00:00:03 --> 00:00:04,000", "00:00:03"),
    ],
)
def test_an_invalid_srt_time_leaves_its_cue_untimed(timing: str, bad: str) -> None:
    parsed = parse("talk.srt", srt_with(timing))
    assert [s.text for s in parsed.segments] == ["第一句。", "第二句。", "第三句。"]
    assert [s.start_s for s in parsed.segments] == [1.0, None, 9.0]
    assert parsed.warnings == [TranscriptWarning("invalid_time", 1, 6, "talk.srt", bad)]


@pytest.mark.parametrize(
    ("timing", "start"),
    [
        ("00:00:03.000 --> 00:00:04.000", 3.0),  # a dot, as speech tools write: accepted
        ("0:00:03,000 --> 0:00:04,000", 3.0),  # a one-digit hour
    ],
)
def test_lenient_srt_times(timing: str, start: float) -> None:
    parsed = parse("talk.srt", srt_with(timing))
    assert parsed.segments[1].start_s == start
    assert parsed.warnings == []


def test_an_invalid_stamp_in_timecoded_text_leaves_that_line_untimed() -> None:
    text = "[00:00:01] 奶奶：第一句。\n[00:00:75] 奶奶：第二句。\n[00:01:10] 奶奶：第三句。\n"
    parsed = parse("talk.txt", text)
    assert parsed.segments == [
        Segment(1.0, 70.0, "奶奶", "第一句。"),
        Segment(None, None, "奶奶", "第二句。"),
        Segment(70.0, None, "奶奶", "第三句。"),
    ]
    assert parsed.warnings == [TranscriptWarning("invalid_time", 1, 2, "talk.txt", "00:00:75")]


def test_timecoded_minutes_beyond_an_hour_without_hours_are_fine() -> None:
    # No specification governs '[mm:ss]' lines; 75 minutes is unambiguous.
    parsed = parse("talk.txt", "[05:30] 奶奶：嗯。\n[75:10] 奶奶：好。\n")
    assert [s.start_s for s in parsed.segments] == [330.0, 4510.0]
    assert parsed.warnings == []


def test_an_explicit_end_before_its_start_in_timecoded_text() -> None:
    text = "[00:00.000 --> 00:03.000] 第一句。\n[00:05.000 --> 00:04.000] 第二句。\n"
    parsed = parse("whisper.txt", text)
    assert parsed.segments[1] == Segment(None, None, "", "第二句。")
    assert parsed.warnings == [TranscriptWarning("end_before_start", 1, 2, "whisper.txt")]


def test_an_invalid_time_in_a_speaker_heading() -> None:
    text = "发言人1 00:00:05\n你好，我是李老师。\n\n发言人2 00:01:69\n你好，李老师。\n"
    parsed = parse("讯飞.txt", text)
    assert parsed.segments == [
        Segment(5.0, None, "发言人1", "你好，我是李老师。"),
        Segment(None, None, "发言人2", "你好，李老师。"),
    ]
    assert parsed.warnings == [TranscriptWarning("invalid_time", 1, 4, "讯飞.txt", "00:01:69")]

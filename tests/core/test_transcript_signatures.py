"""Each format is recognised by what its specification says marks it, and a file that does not
carry the mark is read as what it really is, with a word to the user, or refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.parse import ParsedTranscript, Segment, parse_transcript
from archive_app.core.transcripts.warning import TranscriptWarning

CUES = (
    "00:00:01.000 --> 00:00:03.000\n<v 奶奶>那年冬天特别冷。\n\n"
    "00:00:03.000 --> 00:00:05.500\n<v 孙女>您想他们吗？\n"
)
SRT = (
    "1\n00:00:01,000 --> 00:00:03,500\n奶奶：那年冬天特别冷。\n\n"
    "2\n00:00:03,500 --> 00:00:06,000\n我们一家人围着火炉。\n"
)


def parse(name: str, text: str, encoding: str = "utf-8") -> ParsedTranscript:
    return parse_transcript(Path(name), text.encode(encoding))


def refused(name: str, text: str) -> RejectedFile:
    with pytest.raises(RejectedFile) as raised:
        parse(name, text)
    return raised.value


# -- the WEBVTT line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "WEBVTT\n\n",
        "WEBVTT \n\n",
        "WEBVTT\tKind of a title\n\n",
        "WEBVTT - 采访\n\n",
        "\ufeffWEBVTT\n\n",
    ],
)
def test_the_webvtt_signature_as_the_specification_writes_it(opening: str) -> None:
    parsed = parse("talk.vtt", opening + CUES)
    assert parsed.source_format == "vtt"
    assert parsed.warnings == []
    assert [s.speaker for s in parsed.segments] == ["奶奶", "孙女"]


def test_webvtt_content_without_its_header_is_read_with_a_warning() -> None:
    parsed = parse("talk.vtt", CUES)
    assert parsed.source_format == "vtt"
    assert parsed.segments[0] == Segment(1.0, 3.0, "奶奶", "那年冬天特别冷。")
    assert parsed.warnings == [TranscriptWarning("missing_webvtt_header", 1, 1, "talk.vtt", "vtt")]


@pytest.mark.parametrize("opening", ["WEBVTTX\n\n", "WEB VTT\n\n", "\nWEBVTT\n\n", "webvtt\n\n"])
def test_a_line_that_is_not_the_signature_does_not_count_as_one(opening: str) -> None:
    parsed = parse("talk.vtt", opening + CUES)
    assert parsed.warnings[0].kind == "missing_webvtt_header"
    assert len(parsed.segments) == 2


def test_srt_saved_as_vtt_is_read_as_srt_with_a_warning() -> None:
    parsed = parse("talk.vtt", SRT)
    assert parsed.source_format == "srt"
    assert parsed.segments == [
        Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。"),
        Segment(3.5, 6.0, "", "我们一家人围着火炉。"),
    ]
    assert parsed.warnings == [TranscriptWarning("missing_webvtt_header", 1, 1, "talk.vtt", "srt")]


def test_timecoded_text_saved_as_vtt_is_read_as_timecoded_with_a_warning() -> None:
    parsed = parse("talk.vtt", "[00:00:01] 奶奶：那年冬天特别冷。\n[00:00:04] 孙女：真的吗？\n")
    assert parsed.source_format == "timecoded"
    assert parsed.segments == [
        Segment(1.0, 4.0, "奶奶", "那年冬天特别冷。"),
        Segment(4.0, None, "孙女", "真的吗？"),
    ]
    assert [(w.kind, w.detail) for w in parsed.warnings] == [("missing_webvtt_header", "timecoded")]


def test_a_vtt_file_that_holds_no_timed_text_is_refused_naming_the_missing_header() -> None:
    error = refused("talk.vtt", "这不是字幕。\n只是几行字。\n")
    assert error.reason == "missing_webvtt_header"
    assert "WEBVTT" in error.detail


def test_webvtt_signature_wins_over_the_file_name() -> None:
    parsed = parse("talk.txt", "WEBVTT\n\n" + CUES)
    assert (parsed.source_format, parsed.warnings) == ("vtt", [])


# -- subtitles or not: a sound share of lines must be cues --------------------------------------

NOTES = (
    "村委会会议记录\n"
    "参加的人有村长、会计和三位老师。\n"
    "讨论了留守儿童暑假的安排。\n"
    "录音设备的时间设置如下：\n"
    "00:00:01,000 --> 00:00:02,000\n"
    "大家同意下周再开一次会。\n"
    "\n"
    "会计说经费还不够。\n"
    "老师们愿意义务辅导。\n"
)


def test_a_note_that_happens_to_hold_one_timing_line_keeps_all_its_text() -> None:
    parsed = parse("会议.txt", NOTES)
    assert parsed.source_format == "txt"
    said = "\n".join(s.text for s in parsed.segments)
    for line in NOTES.splitlines():
        assert line in said
    assert len(parsed.segments) > 1


def test_the_same_note_named_srt_is_refused_for_not_being_subtitles() -> None:
    error = refused("会议.srt", NOTES)
    assert error.reason == "unreadable_transcript"
    assert "cue" in error.detail


def test_a_one_cue_subtitle_file_is_still_subtitles() -> None:
    parsed = parse("clip.txt", "1\n00:00:01,000 --> 00:00:02,500\n奶奶：嗯。\n")
    assert parsed.source_format == "srt"
    assert parsed.segments == [Segment(1.0, 2.5, "奶奶", "嗯。")]


def test_a_title_line_above_subtitles_is_left_out_with_a_warning() -> None:
    parsed = parse("talk.srt", "李奶奶访谈 2024年2月\n\n" + SRT)
    assert parsed.source_format == "srt"
    assert len(parsed.segments) == 2
    assert parsed.warnings == [TranscriptWarning("lines_outside_cues", 1, 1, "talk.srt")]


def test_srt_without_cue_numbers_is_still_srt() -> None:
    text = SRT.replace("1\n", "", 1).replace("\n2\n", "\n")
    parsed = parse("talk.srt", text)
    assert (parsed.source_format, len(parsed.segments), parsed.warnings) == ("srt", 2, [])


def test_timecoded_text_saved_as_srt_is_read_as_timecoded_with_a_warning() -> None:
    parsed = parse("talk.srt", "[00:00:01] 奶奶：那年冬天特别冷。\n[00:00:04] 孙女：真的吗？\n")
    assert parsed.source_format == "timecoded"
    assert [(w.kind, w.detail) for w in parsed.warnings] == [("read_by_content", "timecoded")]


def test_an_arrow_that_is_not_the_subtitle_arrow_makes_no_cue() -> None:
    # SRT and WebVTT both separate the times with '-->'; '->' is ordinary text.
    parsed = parse("notes.txt", "00:00:01,000 -> 00:00:02,000\n奶奶：嗯。\n")
    assert parsed.source_format == "txt"

"""Transcript files of every format people bring become the right segments, or are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.parse import Segment, parse_transcript, split_speaker


def parse(name: str, text: str, encoding: str = "utf-8") -> list[Segment]:
    return parse_transcript(Path(name), text.encode(encoding)).segments


def rejected(name: str, data: bytes) -> RejectedFile:
    with pytest.raises(RejectedFile) as raised:
        parse_transcript(Path(name), data)
    return raised.value


# -- plain text --------------------------------------------------------------------------------


def test_plain_paragraphs_become_untimed_segments_with_speakers() -> None:
    text = (
        "奶奶：那时候我们家里穷，\n孩子他爸就去了广州。\n\n"
        "孙女：您想他吗？\n\n"
        "Interviewer: Did he write letters?\n"
    )
    assert parse("talk.txt", text) == [
        Segment(None, None, "奶奶", "那时候我们家里穷，\n孩子他爸就去了广州。"),
        Segment(None, None, "孙女", "您想他吗？"),
        Segment(None, None, "Interviewer", "Did he write letters?"),
    ]


def test_a_file_without_blank_lines_has_one_segment_per_line() -> None:
    text = "爷爷：我们这个村子以前有三百多户人家。\n现在年轻人都出去打工了。\n孙子：那谁种地呢？\n"
    assert parse("talk.txt", text) == [
        Segment(None, None, "爷爷", "我们这个村子以前有三百多户人家。"),
        Segment(None, None, "", "现在年轻人都出去打工了。"),
        Segment(None, None, "孙子", "那谁种地呢？"),
    ]


def test_a_speaker_label_on_its_own_line_gives_the_next_line_its_speaker() -> None:
    assert parse("talk.txt", "外婆：\n你们城里人不懂我们乡下的苦。\n") == [
        Segment(None, None, "外婆", "你们城里人不懂我们乡下的苦。")
    ]


@pytest.mark.parametrize(
    ("line", "speaker", "rest"),
    [
        ("奶奶：我们那时候很苦。", "奶奶", "我们那时候很苦。"),
        ("奶奶:我们那时候很苦。", "奶奶", "我们那时候很苦。"),
        ("说话人1：嗯。", "说话人1", "嗯。"),
        ("Speaker 2: yes", "Speaker 2", "yes"),
        ("他说：我明天就回来。", "", "他说：我明天就回来。"),
        ("我们十点钟到的，那时候是10:30左右", "", "我们十点钟到的，那时候是10:30左右"),
        ("See http://example.org for more", "", "See http://example.org for more"),
        (
            "我们那时候去城里打工的人很多：有的去广州",
            "",
            "我们那时候去城里打工的人很多：有的去广州",
        ),
    ],
)
def test_speaker_labels_are_told_from_colons_inside_sentences(
    line: str, speaker: str, rest: str
) -> None:
    assert split_speaker(line) == (speaker, rest)


# -- timecoded text ----------------------------------------------------------------------------


def test_timecoded_lines_end_where_the_next_begins() -> None:
    text = (
        "[00:00:01] 采访者：奶奶，您是哪年生的？\n"
        "[00:00:04.250] 奶奶：一九五二年。\n"
        "[01:02:03,5] 奶奶：属龙。\n"
    )
    parsed = parse_transcript(Path("talk.txt"), text.encode("utf-8"))
    assert parsed.source_format == "timecoded"
    assert parsed.segments == [
        Segment(1.0, 4.25, "采访者", "奶奶，您是哪年生的？"),
        Segment(4.25, 3723.5, "奶奶", "一九五二年。"),
        Segment(3723.5, None, "奶奶", "属龙。"),
    ]


def test_minutes_and_seconds_stamps_and_continuation_lines() -> None:
    text = "[00:05] Grandma: We walked.\nIt was far.\n\n[01:10] 孙女：多远？\n"
    assert parse("talk.txt", text) == [
        Segment(5.0, 70.0, "Grandma", "We walked.\nIt was far."),
        Segment(70.0, None, "孙女", "多远？"),
    ]


def test_whisper_console_lines_keep_their_own_ends() -> None:
    text = "[00:00.000 --> 00:03.120]  我们那时候很苦。\n[00:03.120 --> 00:05.000]  是啊。\n"
    assert parse("whisper.txt", text) == [
        Segment(0.0, 3.12, "", "我们那时候很苦。"),
        Segment(3.12, 5.0, "", "是啊。"),
    ]


def test_speaker_and_time_headings_of_chinese_speech_recognition_tools() -> None:
    text = "发言人1 00:00:05\n你好，我是李老师。\n\n发言人2 00:01:09\n你好，李老师。\n"
    assert parse("讯飞.txt", text) == [
        Segment(5.0, 69.0, "发言人1", "你好，我是李老师。"),
        Segment(69.0, None, "发言人2", "你好，李老师。"),
    ]


# -- SRT ---------------------------------------------------------------------------------------

SRT = (
    "1\n00:00:01,000 --> 00:00:03,500\n奶奶：那年冬天特别冷。\n\n"
    "2\n00:00:03,500 --> 00:00:06,000\n<i>我们一家人</i>围着火炉\n等他们回家。\n\n"
)


def test_srt_cues_become_timed_segments_with_speakers_and_without_tags() -> None:
    parsed = parse_transcript(Path("talk.srt"), SRT.encode("gbk"))
    assert (parsed.source_format, parsed.encoding, parsed.language) == ("srt", "gb18030", "zh-Hans")
    assert parsed.segments == [
        Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。"),
        Segment(3.5, 6.0, "", "我们一家人围着火炉\n等他们回家。"),
    ]


def test_srt_as_speech_tools_write_it_is_read_the_same() -> None:
    # CRLF, trailing spaces, '.' before the milliseconds, no blank line between cues.
    sloppy = (
        "1\r\n00:00:01.000 --> 00:00:03.500  \r\n奶奶：那年冬天特别冷。  \r\n"
        "2\r\n00:00:03,500 --> 00:00:06,000\r\n<i>我们一家人</i>围着火炉\r\n等他们回家。"
    )
    assert parse("talk.srt", sloppy) == parse("talk.srt", SRT)


def test_subtitles_saved_as_txt_are_still_read_as_subtitles() -> None:
    assert parse_transcript(Path("talk.txt"), SRT.encode("utf-8")).source_format == "srt"


def test_empty_srt_cues_are_skipped() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\n嗯。\n"
    assert parse("talk.srt", text) == [Segment(2.0, 3.0, "", "嗯。")]


def test_an_srt_file_without_any_cue_is_refused() -> None:
    error = rejected("talk.srt", "这不是字幕文件。\n只是几行字。\n".encode())
    assert error.reason == "unreadable_transcript"
    assert "cue" in error.detail


# -- WebVTT ------------------------------------------------------------------------------------

VTT = """WEBVTT - 采访
Kind: captions
Language: zh-TW

NOTE 這一段是整理者的說明
不是字幕 --> 也不算

STYLE
::cue(v[voice="阿婆"]) { color: yellow }

opening
00:01.000 --> 00:04.000 align:start position:10%
<v 阿婆>我阿公當年從台山去金山。</v>

2
00:00:04.000 --> 00:00:07.500
<v.loud 孫女>真的嗎？</v>
<c.yellow>那</c>時候 &lt;很&gt; 難 &amp; 遠

00:07.500 --> 00:09.000
<v Interviewer>And then?
<v 阿婆>寄錢返鄉下起屋。
"""


def test_vtt_cues_voices_and_tags() -> None:
    parsed = parse_transcript(Path("talk.vtt"), VTT.encode("utf-8"))
    assert (parsed.source_format, parsed.language) == ("vtt", "zh-Hant")
    assert parsed.segments == [
        Segment(1.0, 4.0, "阿婆", "我阿公當年從台山去金山。"),
        Segment(4.0, 7.5, "孫女", "真的嗎？\n那時候 <很> 難 & 遠"),
        Segment(7.5, 9.0, "Interviewer", "And then?"),
        Segment(7.5, 9.0, "阿婆", "寄錢返鄉下起屋。"),
    ]


def test_vtt_in_big5_without_voices_takes_speaker_labels() -> None:
    text = "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n外婆：妳們不要忘記祖先。\r\n"
    parsed = parse_transcript(Path("talk.vtt"), text.encode("big5"))
    assert parsed.encoding == "big5"
    assert parsed.segments == [Segment(1.0, 2.0, "外婆", "妳們不要忘記祖先。")]


def test_a_vtt_file_without_any_cue_is_refused() -> None:
    error = rejected("talk.vtt", b"WEBVTT\n\nNOTE nothing here yet\n")
    assert error.reason == "unreadable_transcript"


# -- Whisper JSON ------------------------------------------------------------------------------


def test_whisper_json_segments_with_and_without_speakers() -> None:
    document = {
        "text": " 我们那时候很苦。 是啊。",
        "language": "zh",
        "segments": [
            {"id": 0, "start": 0.0, "end": 3.1234, "text": " 我们那时候很苦。"},
            {"id": 1, "start": 3.1234, "end": 5.0, "text": " 是啊。", "speaker": "SPEAKER_01"},
        ],
    }
    parsed = parse_transcript(Path("talk.json"), json.dumps(document).encode("utf-8"))
    assert parsed.source_format == "json"
    assert parsed.segments == [
        Segment(0.0, 3.123, "", "我们那时候很苦。"),
        Segment(3.123, 5.0, "SPEAKER_01", "是啊。"),
    ]


def test_a_top_level_list_of_segments_is_read_too() -> None:
    items = [{"start": 1, "end": 2, "text": "Hello grandma, how are you?"}]
    parsed = parse_transcript(Path("talk.json"), json.dumps(items).encode("utf-8"))
    assert parsed.segments == [Segment(1.0, 2.0, "", "Hello grandma, how are you?")]
    assert parsed.language == "en"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b'{"segments": [{"start": 0, "end": 1, "text": "hi"}', "malformed JSON"),
        (b'{"text": "no segments here"}', "without segments"),
        (b'{"segments": []}', "without segments"),
        (b'{"segments": [{"start": 0, "end": 1}]}', "without text"),
    ],
)
def test_json_that_is_not_a_transcript_is_refused(data: bytes, detail: str) -> None:
    error = rejected("talk.json", data)
    assert error.reason == "unreadable_transcript"
    assert detail in error.detail


# -- everything --------------------------------------------------------------------------------


def test_empty_and_undecodable_files_are_refused_with_their_reason() -> None:
    assert rejected("talk.srt", b"\r\n \r\n").reason == "empty_transcript"
    assert rejected("talk.txt", bytes(range(256)) * 8).reason == "unknown_encoding"


def test_a_file_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RejectedFile) as raised:
        parse_transcript(tmp_path / "missing.srt")
    assert raised.value.reason == "unreadable_transcript"


def test_the_file_is_read_from_disk_when_no_bytes_are_given(tmp_path: Path) -> None:
    path = tmp_path / "奶奶.srt"
    path.write_bytes(SRT.encode("utf-16"))  # Python writes the byte-order mark
    parsed = parse_transcript(path)
    assert parsed.encoding == "utf-16"
    assert parsed.segments[0] == Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。")


@pytest.mark.parametrize(
    ("text", "encoding", "language"),
    [
        ("奶奶说，爸爸妈妈过年才回来。我们屋头莫得钱。", "gbk", "zh-Hans"),
        ("奶奶說，爸爸媽媽過年才回來。我們在舊金山長大。", "big5", "zh-Hant"),
        ("My grandmother raised me in the village while my parents worked.", "utf-8", "en"),
        ("Ma grand-mère m'a élevée au village.", "utf-8", ""),
    ],
)
def test_the_language_is_guessed_from_the_text(text: str, encoding: str, language: str) -> None:
    parsed = parse_transcript(Path("talk.txt"), text.encode(encoding))
    assert parsed.language == language

"""Transcripts as they come from Word, WPS, phone apps and subtitle tools: one stray control
character costs at most that character, never the file, and the user is told where it was."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core.transcripts.parse import ParsedTranscript, Segment, parse_transcript
from archive_app.core.transcripts.warning import TranscriptWarning

VTT = (
    "WEBVTT\n"
    "\n"
    "00:00:01.000 --> 00:00:03.000\n"
    "<v 奶奶>那年冬天特别冷。\n"
    "\n"
    "00:00:03.000 --> 00:00:05.500\n"
    "<v 孙女>您想他们吗？\n"
)


def parse(name: str, text: str, encoding: str = "utf-8") -> ParsedTranscript:
    return parse_transcript(Path(name), text.encode(encoding))


def warning(parsed: ParsedTranscript, kind: str) -> TranscriptWarning:
    found = [w for w in parsed.warnings if w.kind == kind]
    assert len(found) == 1, parsed.warnings
    return found[0]


def test_one_nul_in_a_utf8_webvtt_costs_only_that_character() -> None:
    parsed = parse("奶奶.vtt", VTT.replace("特别", "特\x00别"))
    assert parsed.source_format == "vtt"
    assert parsed.segments == [
        Segment(1.0, 3.0, "奶奶", "那年冬天特\ufffd别冷。"),
        Segment(3.0, 5.5, "孙女", "您想他们吗？"),
    ]
    assert parsed.warnings == [TranscriptWarning("control_characters", 1, 4, "奶奶.vtt")]


def test_a_vertical_tab_in_a_region_id_of_the_header_costs_nothing() -> None:
    text = VTT.replace("WEBVTT\n\n", "WEBVTT\n\nREGION\nid:fr\x0bed width:40% lines:3\n\n")
    parsed = parse("奶奶.vtt", text)
    assert [s.text for s in parsed.segments] == ["那年冬天特别冷。", "您想他们吗？"]
    found = warning(parsed, "layout_breaks")
    assert (found.count, found.first_line) == (1, 4)


def test_a_word_line_break_inside_cue_text_is_a_line_break() -> None:
    # U+000B is what Word and WPS write for Shift+Enter, a line break inside a paragraph.
    parsed = parse("奶奶.vtt", VTT.replace("那年冬天", "那年\x0b冬天"))
    assert parsed.segments[0] == Segment(1.0, 3.0, "奶奶", "那年\n冬天特别冷。")
    found = warning(parsed, "layout_breaks")
    assert (found.count, found.first_line) == (1, 4)


def test_subtitles_typed_in_word_with_one_paragraph_per_cue() -> None:
    text = (
        "1\x0b00:00:01,000 --> 00:00:03,500\x0b奶奶：那年冬天特别冷。\r\n"
        "2\x0b00:00:03,500 --> 00:00:06,000\x0b我们一家人围着火炉，\x0b等他们回家。\r\n"
    )
    parsed = parse("冬天.srt", text, "gbk")
    assert parsed.segments == [
        Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。"),
        Segment(3.5, 6.0, "", "我们一家人围着火炉，\n等他们回家。"),
    ]
    found = warning(parsed, "layout_breaks")
    assert (found.count, found.first_line) == (5, 1)


def test_a_nul_inside_a_timing_line_keeps_the_cue_and_its_times() -> None:
    parsed = parse("奶奶.vtt", VTT.replace("00:00:03.000 -->", "00:00:0\x003.000 -\x00->"))
    assert [(s.start_s, s.end_s) for s in parsed.segments] == [(1.0, 3.0), (3.0, 5.5)]
    found = warning(parsed, "control_characters")
    assert (found.count, found.first_line) == (2, 6)


def test_controls_inside_voice_tags_and_character_references_are_dropped() -> None:
    text = VTT.replace("<v 奶奶>", "<v\x01 奶奶>").replace("您想", "您&a\x02mp;想")
    parsed = parse("奶奶.vtt", text)
    assert parsed.segments == [
        Segment(1.0, 3.0, "奶奶", "那年冬天特别冷。"),
        Segment(3.0, 5.5, "孙女", "您&想他们吗？"),
    ]


def test_controls_in_a_gbk_srt() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:03,500\n奶奶：那年冬天\x07特别冷。\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\n我们一家人\x00围着火炉。\n"
    )
    parsed = parse("冬天.srt", text, "gbk")
    assert parsed.encoding == "gb18030"
    assert [s.text for s in parsed.segments] == [
        "那年冬天\ufffd特别冷。",
        "我们一家人\ufffd围着火炉。",
    ]
    found = warning(parsed, "control_characters")
    assert (found.count, found.first_line) == (2, 3)


def test_controls_in_timecoded_text_in_big5() -> None:
    text = "[00:00:\x0001] 阿婆：我阿公當年\x00從台山去金山。\n[00:00:05] 孫女：真的\x0b嗎？\n"
    parsed = parse("阿婆.txt", text, "big5")
    assert parsed.encoding == "big5"
    assert parsed.segments == [
        Segment(1.0, 5.0, "阿婆", "我阿公當年\ufffd從台山去金山。"),
        Segment(5.0, None, "孫女", "真的\n嗎？"),
    ]
    assert warning(parsed, "control_characters").count == 2
    assert warning(parsed, "layout_breaks").first_line == 2


def test_a_page_break_in_plain_text_starts_a_line_and_speakers_still_count() -> None:
    text = "奶奶：第一页的最后一句。\x0c孙女：第二页的第一句。\n奶奶：好。\n"
    parsed = parse("采访.txt", text)
    assert parsed.segments == [
        Segment(None, None, "奶奶", "第一页的最后一句。"),
        Segment(None, None, "孙女", "第二页的第一句。"),
        Segment(None, None, "奶奶", "好。"),
    ]
    assert warning(parsed, "layout_breaks").first_line == 1


def test_controls_in_whisper_json_are_dropped_from_its_structure() -> None:
    document = json.dumps(
        {"segments": [{"start": 0.0, "end": 2.5, "text": "我们那时候很苦。"}]}, ensure_ascii=False
    )
    text = document.replace('"text"', '"te\x00xt"').replace("很苦", "很\x0b苦")
    parsed = parse("talk.json", text)
    assert parsed.segments == [Segment(0.0, 2.5, "", "我们那时候很苦。")]
    assert warning(parsed, "control_characters").count == 1
    assert warning(parsed, "layout_breaks").count == 1


def test_a_utf16_file_with_stray_controls_is_read_as_utf16() -> None:
    parsed = parse("talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello\x00 grandma\n", "utf-16-le")
    assert parsed.encoding == "utf-16-le"
    assert parsed.segments == [Segment(1.0, 2.0, "", "Hello\ufffd grandma")]


def test_a_clean_file_has_no_warnings() -> None:
    assert parse("奶奶.vtt", VTT).warnings == []


# -- any control anywhere never loses a cue ----------------------------------------------------

GOOD = {
    "a.srt": (
        "1\n00:00:01,000 --> 00:00:03,500\n奶奶：那年冬天特别冷。\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\n<i>我们一家人</i>围着火炉\n等他们回家。\n\n"
        "3\n00:01:02,250 --> 00:01:04,000\nInterviewer: And then?\n"
    ),
    "a.vtt": (
        "WEBVTT - 采访\nKind: captions\n\nNOTE 整理者的说明\n\n"
        "opening\n00:01.000 --> 00:04.000 align:start\n<v 阿婆>我阿公當年從台山去金山。</v>\n\n"
        "00:00:04.000 --> 00:00:07.500\n<v.loud 孫女>真的嗎？</v>\n<c.yellow>那</c>時候 &amp; 遠\n\n"
        "00:07.500 --> 00:09.000\n<v Interviewer>And then?\n"
    ),
    "a.txt": (
        "[00:00:01] 采访者：奶奶，您是哪年生的？\n"
        "[00:00:04.250] 奶奶：一九五二年。\n"
        "[01:02:03,5] 奶奶：属龙。\n"
    ),
    "b.txt": (
        "奶奶：那时候我们家里穷，\n孩子他爸就去了广州。\n\n"
        "孙女：您想他吗？\n\nInterviewer: Did he write letters?\n"
    ),
    "a.json": json.dumps(
        {
            "segments": [
                {"start": 0.0, "end": 3.1, "text": " 我们那时候很苦。"},
                {"start": 3.1, "end": 5.0, "text": " 是啊。", "speaker": "SPEAKER_01"},
            ]
        },
        ensure_ascii=False,
    ),
}

#: every C0 and C1 control but tab and the line ends, and DEL
CONTROLS = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n\r"]


def spoken_key(segments: list[Segment]) -> str:
    """All that was said, with the traces a control character may leave taken out."""
    said = "".join(s.speaker + s.text for s in segments)
    return re.sub(r"[\s\ufffd:：]", "", said)


def times(segments: list[Segment]) -> list[tuple[float | None, float | None]]:
    return [(s.start_s, s.end_s) for s in segments if s.start_s is not None]


@pytest.mark.parametrize("name", sorted(GOOD))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gb18030"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_control_anywhere_never_loses_a_cue(
    name: str, encoding: str, data: st.DataObject
) -> None:
    text = GOOD[name]
    original = parse(name, text, encoding)
    place = data.draw(st.integers(0, len(text)), label="place")
    control = data.draw(st.sampled_from(CONTROLS), label="control")
    damaged = parse(name, text[:place] + control + text[place:], encoding)
    assert damaged.source_format == original.source_format
    assert damaged.encoding == original.encoding
    assert times(damaged.segments) == times(original.segments)
    assert spoken_key(damaged.segments) == spoken_key(original.segments)
    if not (control == "\x1a" and place == len(text)):  # DOS's end-of-file mark is no debris
        assert damaged.warnings, "the user is told"


@pytest.mark.parametrize("name", sorted(GOOD))
@pytest.mark.parametrize("control", ["\x00", "\x0b", "\x0c", "\x1b", "\x85"])
def test_every_place_of_a_control_keeps_every_cue(name: str, control: str) -> None:
    text = GOOD[name]
    original = parse(name, text)
    for place in range(len(text) + 1):
        damaged = parse(name, text[:place] + control + text[place:])
        assert times(damaged.segments) == times(original.segments), place
        assert spoken_key(damaged.segments) == spoken_key(original.segments), place


@pytest.mark.parametrize("arrow", ["-\x00->", "--\x0b>", "\x1b-->"])
def test_a_one_cue_file_with_a_control_inside_its_arrow(arrow: str) -> None:
    text = f"00:00:01,000 {arrow} 00:00:02,500\n奶奶：嗯。\n"
    parsed = parse("clip.txt", text)
    assert parsed.source_format == "srt"
    assert parsed.segments == [Segment(1.0, 2.5, "奶奶", "嗯。")]


def test_terminal_colours_saved_with_whisper_console_output_are_no_text() -> None:
    # whisper.cpp --print-colors, its output saved from the terminal
    text = (
        "\x1b[38;5;160m[00:00:00.000 --> 00:00:03.120]\x1b[0m  我们那时候很苦。\n"
        "\x1b[38;5;70m[00:00:03.120 --> 00:00:05.000]\x1b[0m  是啊。\n"
    )
    parsed = parse("whisper.txt", text)
    assert parsed.source_format == "timecoded"
    assert parsed.segments == [
        Segment(0.0, 3.12, "", "我们那时候很苦。"),
        Segment(3.12, 5.0, "", "是啊。"),
    ]
    assert warning(parsed, "control_characters").count == 4

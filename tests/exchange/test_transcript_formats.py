"""Transcripts leave the archive as subtitles and text that players and this app read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.core.errors import UntimedTranscript
from archive_app.core.transcripts.parse import Segment, parse_transcript
from archive_app.exchange.transcript.formats import subtitle_times, to_srt, to_txt, to_vtt

TIMED = [
    Segment(1.0, 3.5, "奶奶", "那年冬天特别冷。"),
    Segment(3.5, 6.25, "", "我们一家人围着火炉\n等他们回家。"),
    Segment(6.25, 3725.004, "Interviewer", "Fish & chips <again>? A -> B --> C"),
    Segment(3725.004, 3726.0, "孫女", "真的嗎？"),
]


def reparsed(name: str, text: str) -> list[Segment]:
    return parse_transcript(Path(name), text.encode("utf-8")).segments


def test_vtt_is_written_as_players_expect() -> None:
    assert to_vtt(TIMED[:2]) == (
        "WEBVTT\n"
        "\n00:00:01.000 --> 00:00:03.500\n<v 奶奶>那年冬天特别冷。\n"
        "\n00:00:03.500 --> 00:00:06.250\n我们一家人围着火炉\n等他们回家。\n"
    )


def test_srt_is_written_as_players_expect() -> None:
    assert to_srt(TIMED[:2]) == (
        "1\n00:00:01,000 --> 00:00:03,500\n奶奶: 那年冬天特别冷。\n"
        "\n2\n00:00:03,500 --> 00:00:06,250\n我们一家人围着火炉\n等他们回家。\n"
    )


def test_text_has_one_line_per_segment_with_its_start() -> None:
    segments = [*TIMED[:1], Segment(None, None, "孙女", "后来呢？")]
    assert to_txt(segments) == "[00:00:01.000] 奶奶: 那年冬天特别冷。\n孙女: 后来呢？\n"


def test_vtt_comes_back_unchanged() -> None:
    assert reparsed("x.vtt", to_vtt(TIMED)) == TIMED


def test_srt_comes_back_unchanged() -> None:
    # SRT has no escaping: text that looks like a tag would not survive, so none is used here.
    segments = [s for s in TIMED if "<" not in s.text]
    assert reparsed("x.srt", to_srt(segments)) == segments


def test_timecoded_text_comes_back_unchanged_when_each_end_is_the_next_start() -> None:
    contiguous = [*TIMED[:3], Segment(3725.004, None, "孫女", "真的嗎？")]
    contiguous[2] = Segment(6.25, 3725.004, "Interviewer", "And your son?")
    assert reparsed("x.txt", to_txt(contiguous)) == contiguous


def test_catalogue_records_can_be_exported_directly() -> None:
    record = {
        "id": "s1",
        "position": 0,
        "start_s": 1.0,
        "end_s": 2.0,
        "speaker": "",
        "text": "嗯。",
    }
    assert to_srt([record]) == "1\n00:00:01,000 --> 00:00:02,000\n嗯。\n"


@pytest.mark.parametrize("writer", [to_vtt, to_srt])
def test_subtitles_of_a_transcript_without_any_time_are_refused(writer: object) -> None:
    untimed = [Segment(None, None, "奶奶", "那年冬天特别冷。"), Segment(None, None, "", "嗯。")]
    with pytest.raises(UntimedTranscript):
        writer(untimed)  # type: ignore[operator]
    assert to_txt(untimed) == "奶奶: 那年冬天特别冷。\n嗯。\n"


def test_untimed_segments_share_the_gap_between_their_timed_neighbours() -> None:
    segments = [
        Segment(None, None, "", "开头"),
        Segment(2.0, 4.0, "", "第一句"),
        Segment(None, None, "", "短"),
        Segment(None, None, "", "长长长"),
        Segment(8.0, 9.0, "", "最后"),
    ]
    # The gap 4..8 is shared in proportion to the length of the text (1 : 3).
    assert subtitle_times(segments) == [(0.0, 2.0), (2.0, 4.0), (4.0, 5.0), (5.0, 8.0), (8.0, 9.0)]


def test_a_missing_last_end_gets_a_reading_time() -> None:
    segments = [Segment(10.0, None, "", "好。"), Segment(None, None, "", "我" * 80)]
    # 'good.' is said in a second; eighty characters are cut off at ten seconds.
    assert subtitle_times(segments) == [(10.0, 11.0), (11.0, 21.0)]


def test_a_start_without_end_before_untimed_segments_shares_the_gap() -> None:
    segments = [
        Segment(1.0, None, "", "头头头头"),
        Segment(None, None, "", "中间中间"),
        Segment(9.0, 10.0, "", "尾"),
    ]
    assert subtitle_times(segments) == [(1.0, 5.0), (5.0, 9.0), (9.0, 10.0)]


def test_nothing_to_export_gives_an_empty_file() -> None:
    assert to_vtt([]) == "WEBVTT\n"
    assert to_srt([]) == ""


# -- any timed transcript comes back -----------------------------------------------------------

_WORDS = st.text(alphabet="奶爷孙说了的我们回家广州打工AaBb09，。？！&<>", min_size=1, max_size=8)
_LINES = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_TEXTS = st.lists(_LINES, min_size=1, max_size=2).map("\n".join)


@st.composite
def timed_segments(draw: st.DrawFn) -> list[Segment]:
    texts = draw(st.lists(_TEXTS, min_size=1, max_size=6))
    steps = draw(st.lists(st.integers(1, 90_000), min_size=len(texts), max_size=len(texts)))
    speakers = draw(st.lists(st.sampled_from(["", "奶奶", "Speaker 1"]), min_size=len(texts)))
    segments, start = [], 0
    for text, step, speaker in zip(texts, steps, speakers, strict=False):
        segments.append(Segment(start / 1000, (start + step) / 1000, speaker, text))
        start += step
    return segments


@settings(max_examples=60, deadline=None)
@given(timed_segments())
def test_any_timed_transcript_survives_vtt(segments: list[Segment]) -> None:
    assert reparsed("x.vtt", to_vtt(segments)) == segments


@settings(max_examples=60, deadline=None)
@given(timed_segments())
def test_any_timed_transcript_without_angle_brackets_survives_srt(segments: list[Segment]) -> None:
    plain = [
        Segment(s.start_s, s.end_s, s.speaker, s.text.replace("<", "(").replace(">", ")"))
        for s in segments
    ]
    assert reparsed("x.srt", to_srt(plain)) == plain

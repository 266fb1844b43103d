"""SRT and WebVTT: cues found by their timing lines, each format known by its own marks.

**WebVTT** is known by its signature, as the W3C specification writes it: an optional byte
order mark, ``WEBVTT``, then a space, a tab or the end of the line. Nothing else counts (not
``WEBVTTX``, not a blank line first, not ``webvtt``). After the signature come header lines up to
a blank line; NOTE, STYLE and REGION blocks are skipped; a line just above a timing line is the
cue's identifier.

**SRT** has no signature: it is a series of cues, each a number, a timing line with ``-->``
between two times, and text lines, with a blank line between cues. Tools leave out the numbers
or the blank lines; both are read.

**Subtitles without a signature**, and any file that is not WebVTT, must show that they are
subtitles by the share of their lines that parse as cues: a line parses when it is a timing
line, the number or identifier just above one, or one of the first four text lines of a cue.
At least two thirds of the non-blank lines must parse. So a page of notes that happens to hold
one timing line stays notes (all its text kept), while a title line above real subtitles is left
out with a warning.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from re import Match

from archive_app.core.transcripts.controls import LAYOUT, Line, bare, logical_lines, spoken
from archive_app.core.transcripts.segment import Segment
from archive_app.core.transcripts.speakers import split_speaker
from archive_app.core.transcripts.timing import (
    TIMING_LINE,
    is_timing_line,
    is_valid_timing_line,
    subtitle_time,
)
from archive_app.core.transcripts.warning import WarningTally

#: how many text lines of a cue count as parsing (subtitles rarely have more than two)
CUE_TEXT_LINES = 4

_SIGNATURE = re.compile(r"WEBVTT(?:[ \t].*)?")
_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")


class NotSubtitles(Exception):
    """Raised when a file read as subtitles holds no cue; its message says what is missing."""


def has_webvtt_signature(text: str) -> bool:
    """Whether ``text`` opens with the WebVTT signature (controls dropped into it ignored)."""
    first = text.split("\n", 1)[0].removeprefix("\ufeff")
    candidates = (bare(first), bare(LAYOUT.split(first)[0]))
    return any(_SIGNATURE.fullmatch(candidate) for candidate in candidates)


@dataclass
class Cue:
    line: int  # the file line of its timing line
    start: str
    end: str
    numbered: bool  # an SRT cue number above the timing line
    text: list[str] = field(default_factory=list)  # its lines, controls still in


@dataclass
class CueReading:
    """The cues of a text and how much of it they explain."""

    cues: list[Cue] = field(default_factory=list)
    parsing: int = 0  # lines that parse as cues
    outside: list[int] = field(default_factory=list)  # text lines that belong to no cue
    unparsed: int = 0  # cue text lines beyond CUE_TEXT_LINES

    @property
    def is_subtitles(self) -> bool:
        written = self.parsing + self.unparsed + len(self.outside)
        return bool(self.cues) and self.parsing * 3 >= written * 2

    @property
    def srt_shaped(self) -> bool:
        """Numbered cues or SRT's comma before the milliseconds."""
        marked = sum(1 for cue in self.cues if cue.numbered or "," in cue.start + cue.end)
        return marked * 2 >= len(self.cues)

    def coverage(self) -> str:
        written = self.parsing + self.unparsed + len(self.outside)
        return f"only {self.parsing} of {written} lines of text belong to subtitle cues"


def read_cues(text: str, webvtt_header: bool = False, webvtt_blocks: bool = False) -> CueReading:
    """Find the cues of ``text``; ``webvtt_header`` skips the header after the signature,
    ``webvtt_blocks`` skips NOTE, STYLE and REGION blocks."""
    lines = list(logical_lines(text, is_timing_line, is_valid_timing_line, clean_markup=True))
    timings = [TIMING_LINE.match(line.bare) for line in lines]
    reading = CueReading()
    index = _after_block(lines, timings, 0) if webvtt_header else 0
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
        elif webvtt_blocks and timings[index] is None and _BLOCK.fullmatch(line.bare):
            index = _after_block(lines, timings, index)
        elif timings[index] is not None:
            index = _read_cue(lines, timings, index, reading)
        elif index + 1 < len(lines) and timings[index + 1] is not None:
            reading.parsing += 1  # the cue's number or identifier
            index += 1
        else:
            reading.outside.append(line.number)
            index += 1
    return reading


def _after_block(lines: Sequence[Line], timings: Sequence[Match[str] | None], index: int) -> int:
    """The index after the block (header, NOTE, STYLE, REGION) that starts at ``index``."""
    index += 1
    while index < len(lines) and not lines[index].blank and timings[index] is None:
        index += 1
    return index


def _read_cue(
    lines: Sequence[Line], timings: Sequence[Match[str] | None], index: int, reading: CueReading
) -> int:
    timing = timings[index]
    assert timing is not None
    above = lines[index - 1] if index > 0 else None
    numbered = above is not None and not above.blank and above.bare.isdigit()
    cue = Cue(lines[index].number, timing["start"], timing["end"], numbered)
    index += 1
    while index < len(lines) and not lines[index].blank and timings[index] is None:
        if lines[index].bare.isdigit() and index + 1 < len(lines) and timings[index + 1]:
            break  # the number of the next cue, its blank line forgotten
        cue.text.append(lines[index].raw.strip())
        index += 1
    reading.cues.append(cue)
    reading.parsing += 1 + min(len(cue.text), CUE_TEXT_LINES)
    reading.unparsed += max(0, len(cue.text) - CUE_TEXT_LINES)
    return index


def cue_times(cue: Cue, tally: WarningTally) -> tuple[float | None, float | None]:
    """The cue's start and end, or (None, None) with a warning when either cannot be."""
    start, end = subtitle_time(cue.start), subtitle_time(cue.end)
    if start is None or end is None:
        tally.add("invalid_time", cue.line, cue.start if start is None else cue.end)
        return None, None
    if end < start:
        tally.add("end_before_start", cue.line)
        return None, None
    return start, end


def _note_outside(reading: CueReading, tally: WarningTally) -> None:
    if reading.outside:
        tally.add("lines_outside_cues", reading.outside[0], count=len(reading.outside))


_SRT_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|\{\\[^{}\n]*\}")


def srt_segments(reading: CueReading, tally: WarningTally) -> list[Segment]:
    """SubRip cues as segments: formatting tags (<i>, <font>, {\\an8}) dropped, 'Speaker:'
    opening the text taken as the speaker. Raises :class:`NotSubtitles` without a cue."""
    if not reading.cues:
        raise NotSubtitles("no subtitle cue")
    _note_outside(reading, tally)
    segments: list[Segment] = []
    for cue in reading.cues:
        start, end = cue_times(cue, tally)
        body = _SRT_TAG.sub("", "\n".join(cue.text))
        if not bare(body).strip():
            continue  # nothing but debris
        speaker, said = split_speaker(spoken(body))
        if said:
            segments.append(Segment(start, end, speaker, said))
    return segments


_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+(?P<name>[^>]*))?>")
_RUBY_TEXT = re.compile(r"<rt>.*?</rt>", re.S)
_VTT_TAG = re.compile(r"<[^<>\n]*>")


def vtt_segments(reading: CueReading, tally: WarningTally) -> list[Segment]:
    """WebVTT cues as segments: '<v Name>' gives the speaker, other tags are dropped and
    character references (&amp;) resolved. A cue with several voices becomes one segment per
    voice, all with the cue's times; without a voice a 'Speaker:' label is taken.
    Raises :class:`NotSubtitles` without a cue."""
    if not reading.cues:
        raise NotSubtitles("no subtitle cue")
    _note_outside(reading, tally)
    segments: list[Segment] = []
    for cue in reading.cues:
        start, end = cue_times(cue, tally)
        for speaker, body in _voices("\n".join(cue.text)):
            segments.append(Segment(start, end, speaker, body))
    return segments


def _voices(payload: str) -> list[tuple[str, str]]:
    """(speaker, text) of each voice in a cue's ``payload`` (controls still in it)."""
    payload = _RUBY_TEXT.sub("", payload)
    pieces = _VOICE.split(payload)
    if len(pieces) == 1:
        body = _vtt_text(payload)
        return [split_speaker(body)] if body else []
    # re.split with one group: text, name, text, name, text...
    found: list[tuple[str, str]] = []
    voices = [""] + [html.unescape((name or "").strip()) for name in pieces[1::2]]
    for speaker, piece in zip(voices, pieces[0::2], strict=True):
        body = _vtt_text(piece)
        if not body:
            continue
        if found and found[-1][0] == speaker:
            found[-1] = (speaker, found[-1][1] + "\n" + body)
        else:
            found.append((speaker, body))
    return found


def _vtt_text(piece: str) -> str:
    """The text of ``piece`` without tags; empty when it holds nothing but debris."""
    text = html.unescape(_VTT_TAG.sub("", piece))
    return spoken(text).strip() if bare(text).strip() else ""

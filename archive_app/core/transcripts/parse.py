"""Read a transcript file into segments: plain text, timecoded text, SRT, WebVTT or Whisper JSON.

The format is judged from the content first and the file name second, because speech-recognition
tools save subtitles as ``.txt`` and people rename files; each format is known by its own marks
(see :mod:`.subtitles`), and a file whose name promises a format its content does not hold is
read as what it is, with a warning, or refused with the reason. Parsing is lenient with what
tools write (missing blank lines, ``.`` for ``,`` in SRT times, trailing spaces, CRLF), keeps
every cue when control characters were dropped into the file (see :mod:`.controls`), and never
guesses a time: a time its format does not allow leaves its segment untimed (see
:mod:`.timing`). What had to be repaired comes back as warnings.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.controls import (
    ANY,
    Line,
    after_visible,
    bare,
    logical_lines,
    spoken,
    tally_controls,
    without_terminal_codes,
)
from archive_app.core.transcripts.decode import decode_text
from archive_app.core.transcripts.segment import Segment, not_before
from archive_app.core.transcripts.speakers import split_speaker
from archive_app.core.transcripts.subtitles import (
    CueReading,
    NotSubtitles,
    has_webvtt_signature,
    read_cues,
    srt_segments,
    vtt_segments,
)
from archive_app.core.transcripts.timing import TIME_SHAPE, timecoded_time
from archive_app.core.transcripts.warning import TranscriptWarning, WarningTally

__all__ = ["FORMATS", "ParsedTranscript", "Segment", "parse_transcript", "split_speaker"]

FORMATS = ("txt", "timecoded", "srt", "vtt", "json")


@dataclass(frozen=True)
class ParsedTranscript:
    """What a transcript file holds, with how it was read, the language it seems to be in, and
    what had to be repaired on the way."""

    segments: list[Segment]
    source_format: str  # one of FORMATS
    encoding: str
    language: str  # 'zh-Hans', 'zh-Hant', 'en' or '' when unsure
    warnings: list[TranscriptWarning] = field(default_factory=list)


def parse_transcript(path: Path, data: bytes | None = None) -> ParsedTranscript:
    """Parse the transcript at ``path`` (or its bytes ``data``, already read).

    Raises :class:`RejectedFile`: ``empty_transcript`` (nothing but white space),
    ``unknown_encoding`` (see :func:`decode_text`), ``missing_webvtt_header`` for a ``.vtt``
    file with neither the WEBVTT line nor any timed text, ``unreadable_transcript`` with a
    detail for a file that cannot be read, malformed JSON, JSON without segments, subtitles
    without a cue, or text without any words.
    """
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise RejectedFile(
                path, "unreadable_transcript", error.strerror or str(error)
            ) from None
    decoded = decode_text(data, path)
    tally = WarningTally(str(path))
    tally_controls(decoded.text, tally)
    try:
        source_format, segments = _read(path, without_terminal_codes(decoded.text), tally)
    except (_NotATranscript, NotSubtitles) as error:
        raise RejectedFile(path, "unreadable_transcript", str(error)) from None
    segments = [_spoken_segment(segment) for segment in segments]
    segments = [segment for segment in segments if segment.text]
    if not segments:
        raise RejectedFile(path, "unreadable_transcript", f"no text in this {source_format} file")
    language = guess_language(" ".join(segment.text for segment in segments))
    return ParsedTranscript(segments, source_format, decoded.encoding, language, tally.warnings())


class _NotATranscript(Exception):
    """Raised inside this module; turned into RejectedFile with the file's path."""


def _spoken_segment(segment: Segment) -> Segment:
    """No control character reaches the catalogue, whatever the format let through."""
    speaker, text = spoken(segment.speaker).strip(), spoken(segment.text).strip()
    if (speaker, text) == (segment.speaker, segment.text):
        return segment
    return Segment(segment.start_s, segment.end_s, speaker, text)


# -- telling the formats apart -----------------------------------------------------------------

#: a timecoded line: '[00:01:02] text', '[01:02.5] text', Whisper's '[00:00.000 --> 00:04.000] text'
_STAMP = re.compile(
    rf"^\s*\[\s*(?P<start>{TIME_SHAPE})\s*(?:-->\s*(?P<end>{TIME_SHAPE})\s*)?\]\s*(?P<rest>.*)$"
)
#: a speaker-and-time heading line as Chinese ASR tools write it: '发言人1 00:01:05'
_HEADING_TIME = r"(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_HEADING = re.compile(
    rf"^\s*(?P<name>[^\s\d\[\]][^\[\]]{{0,19}}?)\s+\(?(?P<start>{_HEADING_TIME})\)?\s*$"
)


def _read(path: Path, text: str, tally: WarningTally) -> tuple[str, list[Segment]]:
    """The format of ``text`` and its segments; the file's suffix only breaks doubt."""
    suffix = path.suffix.lower()
    opening = bare(text).lstrip("\ufeff \t\n")
    if suffix == ".json" or (opening[:1] in ("{", "[") and _is_json(opening)):
        return "json", parse_json(text, tally)
    if has_webvtt_signature(text):
        reading = read_cues(text, webvtt_header=True, webvtt_blocks=True)
        return "vtt", vtt_segments(reading, tally)
    # every cue has a '-->' (unless a control character sits inside it)
    may_have_cues = "-->" in text or ANY.search(text) is not None
    reading = read_cues(text, webvtt_blocks=suffix == ".vtt") if may_have_cues else CueReading()
    if reading.is_subtitles:
        found = "vtt" if suffix == ".vtt" and not reading.srt_shaped else "srt"
        if suffix == ".vtt":
            tally.add("missing_webvtt_header", 1, found)
        return found, (vtt_segments if found == "vtt" else srt_segments)(reading, tally)
    lines = _timecoded_lines(text)
    if _looks_timecoded(lines):
        if suffix == ".vtt":
            tally.add("missing_webvtt_header", 1, "timecoded")
        elif suffix == ".srt":
            tally.add("read_by_content", 1, "timecoded")
        return "timecoded", parse_timecoded(lines, tally)
    if suffix == ".vtt":
        raise RejectedFile(path, "missing_webvtt_header", "no WEBVTT line and no timed lines")
    if suffix == ".srt":
        raise NotSubtitles(reading.coverage() if reading.cues else "no subtitle cue")
    return "txt", parse_plain(text)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_timecoded_structure(text: str) -> bool:
    return bool(_STAMP.match(text) or _HEADING.match(text))


def _is_valid_timecoded_structure(text: str) -> bool:
    found = _STAMP.match(text) or _HEADING.match(text)
    if found is None:
        return False
    times = (found["start"], found.groupdict().get("end"))
    return all(timecoded_time(time) is not None for time in times if time)


def _timecoded_lines(text: str) -> list[Line]:
    return list(logical_lines(text, _is_timecoded_structure, _is_valid_timecoded_structure))


def _looks_timecoded(lines: Sequence[Line]) -> bool:
    written = [line for line in lines if not line.blank]
    stamped = sum(1 for line in written if _STAMP.match(line.bare))
    if stamped and stamped * 10 >= len(written) * 3:
        return True
    # Heading layout: a heading then its paragraph, so about half of the lines are headings.
    headed = sum(1 for line in written if _HEADING.match(line.bare))
    return headed >= 2 and headed * 10 >= len(written) * 3


# -- plain text --------------------------------------------------------------------------------


def parse_plain(text: str) -> list[Segment]:
    """Paragraphs become untimed segments.

    Paragraphs are separated by blank lines; a file without any blank line between its lines has
    one paragraph per line. Inside a paragraph, a line opening with a speaker label starts a new
    segment, and other lines continue the current one; so does a piece of a line after a word
    processor's line or page break.
    """
    lines = list(logical_lines(text, lambda _: False))
    one_per_line = not _has_blank_line_between_text(lines)
    segments: list[Segment] = []
    speaker = ""
    body: list[str] = []

    def close() -> None:
        if body or speaker:
            joined = "\n".join(body).strip()
            if joined:
                segments.append(Segment(None, None, speaker, joined))

    for line in lines:
        if line.blank:
            close()
            speaker, body = "", []
            continue
        name, rest = split_speaker(line.spoken)
        if name or (one_per_line and body and not line.continued):
            close()
            speaker, body = name, [rest] if rest else []
        else:
            body.append(line.spoken)
    close()
    return segments


def _has_blank_line_between_text(lines: Sequence[Line]) -> bool:
    written = [line.number for line in lines if not line.blank]
    return any(later - earlier > 1 for earlier, later in zip(written, written[1:], strict=False))


# -- timecoded text ----------------------------------------------------------------------------


@dataclass
class _Pending:
    start_s: float | None
    end_s: float | None
    speaker: str
    lines: list[str]


def parse_timecoded(lines: Sequence[Line], tally: WarningTally) -> list[Segment]:
    """'[hh:mm:ss] Speaker: text' lines (also '[mm:ss]', '[hh:mm:ss.mmm]', '[a --> b]').

    A segment ends where the next one starts, unless its line gives an end. Lines without a
    time continue the segment above; text before the first time is one untimed segment.
    Heading layouts ('发言人1 00:01:05' on a line, the words below) are read the same way. A
    time that cannot be (see :func:`timecoded_time`) leaves its segment untimed.
    """
    pending: list[_Pending] = []
    for line in lines:
        if line.blank:
            continue
        # matched with the controls taken out, so that the text after a stamp can be cut
        # from the line itself (see after_visible)
        stamp = _STAMP.match(bare(line.raw))
        heading = None if stamp else _HEADING.match(line.bare)
        if stamp:
            start, end = _stamp_times(stamp["start"], stamp["end"], line.number, tally)
            rest_raw = after_visible(line.raw, stamp.start("rest"))
            rest = spoken(rest_raw).strip() if bare(rest_raw).strip() else ""
            speaker, rest = split_speaker(rest)
            pending.append(_Pending(start, end, speaker, [rest] if rest else []))
        elif heading:
            start, _ = _stamp_times(heading["start"], None, line.number, tally)
            pending.append(_Pending(start, None, heading["name"].strip(), []))
        elif pending:
            pending[-1].lines.append(line.spoken)
        else:
            speaker, rest = split_speaker(line.spoken)
            pending.append(_Pending(None, None, speaker, [rest] if rest else []))
    segments: list[Segment] = []
    next_start: float | None = None  # of the nearest later segment that has a start
    for item in reversed(pending):
        end = item.end_s
        if end is None and item.start_s is not None:
            end = next_start
        body = "\n".join(item.lines).strip()
        if body:
            segments.append(
                Segment(item.start_s, not_before(end, item.start_s), item.speaker, body)
            )
        if item.start_s is not None:
            next_start = item.start_s
    segments.reverse()
    return segments


def _stamp_times(
    start_text: str, end_text: str | None, line: int, tally: WarningTally
) -> tuple[float | None, float | None]:
    start = timecoded_time(start_text)
    end = None if end_text is None else timecoded_time(end_text)
    if start is None or (end_text is not None and end is None):
        tally.add("invalid_time", line, start_text if start is None else str(end_text))
        return None, None
    if end is not None and end < start:
        tally.add("end_before_start", line)
        return None, None
    return start, end


# -- Whisper JSON ------------------------------------------------------------------------------


def parse_json(text: str, tally: WarningTally) -> list[Segment]:
    """Whisper-style ``{"segments": [{"start", "end", "text", "speaker"?}]}`` or a bare list.

    JSON allows no raw control character, not even inside strings, so any found in the file is
    taken out before reading. Raises _NotATranscript for malformed JSON, JSON without segments,
    or segments without text.
    """
    try:
        document = json.loads(bare(text))
    except ValueError as error:
        raise _NotATranscript(f"malformed JSON: {error}") from None
    items = document.get("segments") if isinstance(document, dict) else document
    if not isinstance(items, list) or not items:
        raise _NotATranscript("JSON without segments")
    segments: list[Segment] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _NotATranscript("JSON segment without text")
        body = item["text"].strip()
        if not body:
            continue
        tally_controls(body, tally, line=None)  # written as escapes (\u0000), still debris
        start = _json_time(item.get("start"))
        speaker = item.get("speaker")
        segments.append(
            Segment(
                start,
                not_before(_json_time(item.get("end")), start),
                speaker.strip() if isinstance(speaker, str) else "",
                body,
            )
        )
    return segments


def _json_time(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return round(float(value), 3) if math.isfinite(value) and value >= 0 else None
    if isinstance(value, str):
        value = value.strip()
        if re.fullmatch(TIME_SHAPE, value):
            return timecoded_time(value)
        try:
            return _json_time(float(value))
        except ValueError:
            return None
    return None


# -- language ----------------------------------------------------------------------------------

#: frequent English words; a Latin-script text with enough of them is taken as English
_ENGLISH_WORDS = frozenset(
    "the and a an of to in is was were i you he she we they it my our your that this with for "
    "on at not but be have had do did so what when there".split()
)


def guess_language(text: str) -> str:
    """'zh-Hans', 'zh-Hant', 'en' or '' for text whose language cannot be told.

    Chinese when CJK characters are at least as many as Latin words; the script is the one with
    more characters that exist only in it (OpenCC tells which). English when frequent English
    words make up a tenth of the words.
    """
    hanzi: dict[str, int] = {}
    for char in text:
        if "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003134f":
            hanzi[char] = hanzi.get(char, 0) + 1
    words = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", text)
    if hanzi and sum(hanzi.values()) >= len(words):
        return _chinese_script(hanzi)
    if words:
        english = sum(1 for word in words if word.lower() in _ENGLISH_WORDS)
        if english * 10 >= len(words):
            return "en"
    return ""


def _chinese_script(hanzi: dict[str, int]) -> str:
    to_simplified, to_traditional = _converters()
    traditional_only = sum(n for char, n in hanzi.items() if to_simplified.convert(char) != char)
    simplified_only = sum(n for char, n in hanzi.items() if to_traditional.convert(char) != char)
    return "zh-Hant" if traditional_only > simplified_only else "zh-Hans"


@lru_cache(maxsize=1)
def _converters() -> tuple[Any, Any]:
    import opencc  # imported late: only Chinese text needs it

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")

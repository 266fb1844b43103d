"""Read a transcript file into segments: plain text, timecoded text, SRT, WebVTT or Whisper JSON.

The format is judged from the content first and the file name second, because speech-recognition
tools save subtitles as ``.txt`` and people rename files. Parsing is lenient with what such tools
write (missing blank lines, ``.`` for ``,`` in SRT times, trailing spaces, CRLF) and strict about
what is not a transcript at all.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.decode import decode_text

FORMATS = ("txt", "timecoded", "srt", "vtt", "json")


@dataclass(frozen=True)
class Segment:
    """One stretch of speech: times in seconds (None when unknown), who spoke, what was said."""

    start_s: float | None
    end_s: float | None
    speaker: str
    text: str


@dataclass(frozen=True)
class ParsedTranscript:
    """What a transcript file holds, with how it was read and the language it seems to be in."""

    segments: list[Segment]
    source_format: str  # one of FORMATS
    encoding: str
    language: str  # 'zh-Hans', 'zh-Hant', 'en' or '' when unsure


def parse_transcript(path: Path, data: bytes | None = None) -> ParsedTranscript:
    """Parse the transcript at ``path`` (or its bytes ``data``, already read).

    Raises :class:`RejectedFile`: ``empty_transcript`` (nothing but white space),
    ``unknown_encoding`` (see :func:`decode_text`), ``unreadable_transcript`` with a detail for
    a file that cannot be read, malformed JSON, JSON without segments, subtitles without a cue,
    or text without any words.
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
    source_format = detect_format(path, decoded.text)
    parser = {
        "txt": parse_plain,
        "timecoded": parse_timecoded,
        "srt": parse_srt,
        "vtt": parse_vtt,
        "json": parse_json,
    }[source_format]
    try:
        segments = parser(decoded.text)
    except _NotATranscript as error:
        raise RejectedFile(path, "unreadable_transcript", str(error)) from None
    if not segments:
        raise RejectedFile(path, "unreadable_transcript", f"no text in this {source_format} file")
    language = guess_language(" ".join(segment.text for segment in segments))
    return ParsedTranscript(segments, source_format, decoded.encoding, language)


class _NotATranscript(Exception):
    """Raised inside this module; turned into RejectedFile with the file's path."""


# -- telling the formats apart -----------------------------------------------------------------

_TIME = r"(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
#: a subtitle cue's timing line; VTT cue settings may follow the end time
_CUE_TIMING = re.compile(rf"^\s*(?P<start>{_TIME})\s*-->\s*(?P<end>{_TIME})(?:\s+.*)?\s*$")
#: a timecoded line: '[00:01:02] text', '[01:02.5] text', Whisper's '[00:00.000 --> 00:04.000] text'
_STAMP = re.compile(
    rf"^\s*\[\s*(?P<start>{_TIME})\s*(?:-->\s*(?P<end>{_TIME})\s*)?\]\s*(?P<rest>.*)$"
)
#: a speaker-and-time heading line as Chinese ASR tools write it: '发言人1 00:01:05'
_HEADING = re.compile(rf"^\s*(?P<name>[^\s\d\[\]][^\[\]]{{0,19}}?)\s+\(?(?P<start>{_TIME})\)?\s*$")


def detect_format(path: Path, text: str) -> str:
    """Which of :data:`FORMATS` ``text`` is written in; the file's suffix only breaks doubt."""
    suffix = path.suffix.lower()
    opening = text.lstrip("\ufeff \t\n")
    if suffix == ".json" or (opening[:1] in ("{", "[") and _is_json(opening)):
        return "json"
    if opening.startswith("WEBVTT") or suffix == ".vtt":
        return "vtt"
    lines = text.split("\n")
    if suffix == ".srt" or any(_CUE_TIMING.match(line) for line in lines):
        return "srt"
    if _looks_timecoded(lines):
        return "timecoded"
    return "txt"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _looks_timecoded(lines: Sequence[str]) -> bool:
    written = [line for line in lines if line.strip()]
    stamped = sum(1 for line in written if _STAMP.match(line))
    if stamped and stamped * 10 >= len(written) * 3:
        return True
    # Heading layout: a heading then its paragraph, so about half of the lines are headings.
    headed = sum(1 for line in written if _HEADING.match(line))
    return headed >= 2 and headed * 10 >= len(written) * 3


def seconds(time: str) -> float | None:
    """'hh:mm:ss.mmm', 'mm:ss', 'h:mm:ss,mmm'... as seconds rounded to the millisecond."""
    whole, _, fraction = time.replace(",", ".").partition(".")
    parts = [int(part) for part in whole.split(":")]
    if parts[-1] >= 60 or (len(parts) == 3 and parts[1] >= 60):
        return None
    total = 0
    for part in parts:
        total = total * 60 + part
    return round(total + (float(f"0.{fraction}") if fraction else 0.0), 3)


# -- speakers ----------------------------------------------------------------------------------

_SPEAKER = re.compile(
    r"^(?P<name>[^\s:：]{1}[^:：\n]{0,23}?)\s*(?P<colon>[:：])(?P<rest>.*)$", re.S
)
#: characters no speaker label contains (they mean the colon belongs to a sentence)
_NOT_IN_NAMES = set(",，。.!?！？;；\"“”'‘’、/\\<>[]")
#: verbs of saying: '他说：' opens a quotation inside speech, it is not a speaker label
_SAYING = ("说", "說", "讲", "講", "道")


def split_speaker(line: str) -> tuple[str, str]:
    """``('奶奶', '我们那时候…')`` for ``'奶奶：我们那时候…'``; ``('', line)`` when no label."""
    match = _SPEAKER.match(line.strip())
    if not match:
        return "", line.strip()
    name = match["name"].strip()
    rest = match["rest"]
    if match["colon"] == ":" and rest and rest[0] < "\x80" and not rest[0].isspace():
        return "", line.strip()  # '10:30', 'http://', 'a:b' are not labels
    if (
        _NOT_IN_NAMES & set(name)
        or len(name.split()) > 4
        or (len(name) > 8 and any(char >= "\u3000" for char in name))
        or not any(char.isalpha() for char in name)
        or (len(name) > 1 and name.endswith(_SAYING))
    ):
        return "", line.strip()
    return name, rest.strip()


# -- plain text --------------------------------------------------------------------------------


def parse_plain(text: str) -> list[Segment]:
    """Paragraphs become untimed segments.

    Paragraphs are separated by blank lines; a file without any blank line between its lines has
    one paragraph per line. Inside a paragraph, a line opening with a speaker label starts a new
    segment, and other lines continue the current one.
    """
    lines = [line.rstrip() for line in text.split("\n")]
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
        if not line.strip():
            close()
            speaker, body = "", []
            continue
        name, rest = split_speaker(line)
        if name or (one_per_line and body):
            close()
            speaker, body = name, [rest] if rest else []
        else:
            body.append(line.strip())
    close()
    return segments


def _has_blank_line_between_text(lines: Sequence[str]) -> bool:
    written = [index for index, line in enumerate(lines) if line.strip()]
    return any(later - earlier > 1 for earlier, later in zip(written, written[1:], strict=False))


# -- timecoded text ----------------------------------------------------------------------------


@dataclass
class _Pending:
    start_s: float | None
    end_s: float | None
    speaker: str
    lines: list[str]


def parse_timecoded(text: str) -> list[Segment]:
    """'[hh:mm:ss] Speaker: text' lines (also '[mm:ss]', '[hh:mm:ss.mmm]', '[a --> b]').

    A segment ends where the next one starts, unless its line gives an end. Lines without a
    time continue the segment above; text before the first time is one untimed segment.
    Heading layouts ('发言人1 00:01:05' on a line, the words below) are read the same way.
    """
    pending: list[_Pending] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        stamp = _STAMP.match(line)
        heading = None if stamp else _HEADING.match(line)
        if stamp:
            speaker, rest = split_speaker(stamp["rest"])
            end = seconds(stamp["end"]) if stamp["end"] else None
            pending.append(_Pending(seconds(stamp["start"]), end, speaker, [rest] if rest else []))
        elif heading and seconds(heading["start"]) is not None:
            pending.append(_Pending(seconds(heading["start"]), None, heading["name"].strip(), []))
        elif pending:
            pending[-1].lines.append(line)
        else:
            speaker, rest = split_speaker(line)
            pending.append(_Pending(None, None, speaker, [rest] if rest else []))
    segments: list[Segment] = []
    for index, item in enumerate(pending):
        end = item.end_s
        if end is None and item.start_s is not None:
            end = _next_start(pending, index)
        body = "\n".join(item.lines).strip()
        if body:
            segments.append(
                Segment(item.start_s, _not_before(end, item.start_s), item.speaker, body)
            )
    return segments


def _next_start(pending: Sequence[_Pending], index: int) -> float | None:
    for later in pending[index + 1 :]:
        if later.start_s is not None:
            return later.start_s
    return None


def _not_before(end: float | None, start: float | None) -> float | None:
    """An end before its start is a tool's mistake: the end is then unknown."""
    if end is not None and start is not None and end < start:
        return None
    return end


# -- SRT and WebVTT ----------------------------------------------------------------------------


def _cues(text: str) -> Iterator[tuple[float | None, float | None, list[str]]]:
    """(start, end, payload lines) of every cue, tolerating missing blank lines between cues."""
    lines = [line.rstrip() for line in text.split("\n")]
    index = 0
    while index < len(lines):
        timing = _CUE_TIMING.match(lines[index])
        if not timing:
            index += 1
            continue
        payload: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip():
            if _CUE_TIMING.match(lines[index]):
                break
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if lines[index].strip().isdigit() and _CUE_TIMING.match(following):
                break  # the number of the next cue, its blank line forgotten
            payload.append(lines[index].strip())
            index += 1
        start = seconds(timing["start"])
        yield start, _not_before(seconds(timing["end"]), start), payload


_SRT_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|\{\\[^{}\n]*\}")


def parse_srt(text: str) -> list[Segment]:
    """SubRip: numbered cues, 'hh:mm:ss,mmm --> hh:mm:ss,mmm', text; 'Speaker:' opens the text.

    Formatting tags (<i>, <font>, {\\an8}) are dropped. Raises _NotATranscript without a cue.
    """
    segments: list[Segment] = []
    found = False
    for start, end, payload in _cues(text):
        found = True
        body = _SRT_TAG.sub("", "\n".join(payload)).strip()
        speaker, body = split_speaker(body)
        if body:
            segments.append(Segment(start, end, speaker, body))
    if not found:
        raise _NotATranscript("no subtitle cue")
    return segments


_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+(?P<name>[^>]*))?>")
_RUBY_TEXT = re.compile(r"<rt>.*?</rt>", re.S)
_VTT_TAG = re.compile(r"<[^<>\n]*>")


def parse_vtt(text: str) -> list[Segment]:
    """WebVTT: NOTE/STYLE/REGION blocks and cue ids are skipped; '<v Name>' gives the speaker.

    Other tags are dropped and character references (&amp;) resolved. A cue with several voices
    becomes one segment per voice, all with the cue's times. Without a voice, a 'Speaker:' label
    is taken as the speaker. Raises _NotATranscript without a cue.
    """
    segments: list[Segment] = []
    found = False
    for start, end, payload in _cues(text):
        found = True
        for speaker, body in _voices("\n".join(payload)):
            segments.append(Segment(start, end, speaker, body))
    if not found:
        raise _NotATranscript("no subtitle cue")
    return segments


def _voices(payload: str) -> list[tuple[str, str]]:
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
    return html.unescape(_VTT_TAG.sub("", piece)).strip()


# -- Whisper JSON ------------------------------------------------------------------------------


def parse_json(text: str) -> list[Segment]:
    """Whisper-style ``{"segments": [{"start", "end", "text", "speaker"?}]}`` or a bare list.

    Raises _NotATranscript for malformed JSON, JSON without segments, or segments without text.
    """
    try:
        document = json.loads(text)
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
        start = _json_time(item.get("start"))
        speaker = item.get("speaker")
        segments.append(
            Segment(
                start,
                _not_before(_json_time(item.get("end")), start),
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
        if re.fullmatch(_TIME, value):
            return seconds(value)
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

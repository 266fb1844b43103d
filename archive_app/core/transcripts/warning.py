"""What reading a transcript had to repair or guess, told to the user instead of kept quiet.

A transcript is read whole whenever its encoding is clear; what was wrong inside it (a stray
control character, a missing WEBVTT line, a time that cannot be) becomes a
:class:`TranscriptWarning`, one per kind and file, with how often it happened and the first line
where it did. Core names the kind; the CLI and the app word it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the kinds of warning, in the order they are reported
KINDS = (
    # stray control characters (NUL, BEL, ESC, C1...): replaced by U+FFFD in the text, removed
    # where they stood inside structure (timing lines, tags, JSON)
    "control_characters",
    # vertical tabs and form feeds, as word processors write line and page breaks: line breaks
    "layout_breaks",
    # a .vtt file without its 'WEBVTT' first line; detail: the format it was read as
    "missing_webvtt_header",
    # a .srt file that holds something else; detail: the format it was read as
    "read_by_content",
    # lines of a subtitle file that belong to no cue, left out
    "lines_outside_cues",
    # a time that its format does not allow; its segment is untimed; detail: the first such time
    "invalid_time",
    # a cue or line whose end is before its start; its segment is untimed
    "end_before_start",
)


@dataclass(frozen=True)
class TranscriptWarning:
    """``count`` times ``kind`` in ``file``, first on ``first_line`` (1-based, as an editor counts
    lines; None when the format has no lines to point at), with a ``detail`` for some kinds."""

    kind: str
    count: int
    first_line: int | None
    file: str
    detail: str = ""


@dataclass
class _Seen:
    count: int
    line: int | None
    detail: str


class WarningTally:
    """Counts what a parser finds, kind by kind, keeping the first line and detail of each."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._seen: dict[str, _Seen] = {}

    def add(self, kind: str, line: int | None, detail: str = "", count: int = 1) -> None:
        """Note ``count`` more of ``kind``; the first one noted with a line is the one shown."""
        if kind not in KINDS:
            raise ValueError(f"unknown transcript warning {kind!r}")
        if count <= 0:
            return
        seen = self._seen.get(kind)
        if seen is None:
            self._seen[kind] = _Seen(count, line, detail)
            return
        seen.count += count
        if seen.line is None and line is not None:
            seen.line, seen.detail = line, detail

    def warnings(self) -> list[TranscriptWarning]:
        """One warning per kind found, in the order of :data:`KINDS`."""
        return [
            TranscriptWarning(kind, seen.count, seen.line, self.file, seen.detail)
            for kind in KINDS
            if (seen := self._seen.get(kind)) is not None
        ]

"""Control characters in transcripts: what they are, and what each becomes where it stands.

Word, WPS, phone apps and subtitle tools leave invisible debris in the text they save: a NUL
from a broken export, a BEL or an ESC from a console, C1 codes from a wrong conversion, and the
layout marks of word processors. Decoding keeps all of it (see :mod:`.decode`); here the parser
judges, character by character:

- **layout breaks**: U+000B (vertical tab, what Word and WPS write for Shift+Enter, a line break
  inside a paragraph) and U+000C (form feed, a page break) are *line breaks*: that is what the
  writer saw on the screen. A line break rather than a space because it keeps the writer's
  lines apart (two cues typed as one Word paragraph each, a speaker label after a page break)
  and a line break inside a segment's text costs nothing;
- **stray controls**: every other C0 and C1 control character and DEL (tab and the line ends
  are ordinary white space) become U+FFFD in spoken text, so the reader sees where something
  was lost;
- inside **structure** (a timing line, a WEBVTT line, a timestamp, a tag, a character
  reference, JSON) any control character is simply removed: it was inserted there, and taking
  it out gives back what the tool meant to write;
- a terminal's colour codes (``ESC [ 38;5;160m``), in console output of speech tools saved to a
  file, are removed whole.

Line numbers are the file's own (``\\n``, ``\\r\\n`` and ``\\r`` end a line; a vertical tab does
not), so that a warning points where an editor shows the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from archive_app.core.transcripts.warning import WarningTally

#: stray control characters: C0 but tab, line feed, vertical tab, form feed, carriage return;
#: DEL; C1
STRAY = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: layout breaks of word processors: vertical tab (Shift+Enter) and form feed (page break)
LAYOUT = re.compile("[\x0b\x0c]")
#: any control character the parser judges (not tab, not the line ends)
ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: markup inside subtitle text, controls and all: tags, character references, SSA codes
_MARKUP = re.compile(
    "<[^<>\n]*>|&[#A-Za-z0-9\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]{1,40};|\\{\\\\[^{}\n]*\\}"
)

#: a terminal's colour codes (ESC [ 38;5;160 m), in console output saved to a file; only these,
#: so that a stray ESC before a '[' of a timestamp is not taken for one
_TERMINAL_CODE = re.compile("\x1b\\[[0-9;]*m")

REPLACEMENT = "\ufffd"


def without_terminal_codes(text: str) -> str:
    """``text`` without the terminal's colour codes: formatting of a console, never speech."""
    return _TERMINAL_CODE.sub("", text) if "\x1b" in text else text


def bare(text: str) -> str:
    """``text`` with every control character taken out: what structure is matched against."""
    return ANY.sub("", text)


def spoken(text: str) -> str:
    """``text`` as speech: layout breaks become line breaks, stray controls U+FFFD."""
    if ANY.search(text) is None:
        return text
    return STRAY.sub(REPLACEMENT, LAYOUT.sub("\n", text))


def without_controls_in_markup(text: str) -> str:
    """Controls inside tags and character references removed, so that markup stays markup."""
    if not ANY.search(text):
        return text
    return _MARKUP.sub(lambda found: bare(found[0]), text)


def after_visible(text: str, visible: int) -> str:
    """What follows the first ``visible`` non-control characters of ``text``.

    Lets a prefix matched on :func:`bare` text (a timestamp) be cut from the text itself.
    """
    if visible <= 0:
        return text
    counted = 0
    for index, char in enumerate(text):
        if not ANY.match(char):
            counted += 1
            if counted == visible:
                return text[index + 1 :]
    return ""


def tally_controls(text: str, tally: WarningTally, *, line: int | None = 1) -> None:
    """Count the stray controls and the layout breaks of ``text``, each with its first line
    (counted from ``line``, the number of the text's first line; None: no line to name)."""
    for kind, pattern in (("control_characters", STRAY), ("layout_breaks", LAYOUT)):
        found = pattern.search(text)
        if found is None:
            continue
        first_line = None if line is None else line + text.count("\n", 0, found.start())
        tally.add(kind, first_line, count=len(pattern.findall(text, found.start())))


class Line:
    """One line as the parser sees it: the file's line ``number`` and its ``raw`` text, controls
    and all; ``bare`` (stripped, controls removed) for matching structure, ``spoken`` (stripped,
    controls judged) for text. ``continued`` marks a piece that followed a layout break on the
    same file line."""

    __slots__ = ("number", "raw", "continued", "bare", "spoken")

    def __init__(self, number: int, raw: str, continued: bool = False, clean: bool = False) -> None:
        self.number = number
        self.raw = raw
        self.continued = continued
        if clean or ANY.search(raw) is None:
            self.bare = self.spoken = raw.strip()
        else:
            self.bare = bare(raw).strip()
            self.spoken = spoken(raw).strip()

    @property
    def blank(self) -> bool:
        return not self.bare

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.raw!r}, continued={self.continued})"


def file_lines(text: str) -> list[Line]:
    """The lines of ``text`` (newlines already ``\\n``), numbered from 1."""
    clean = ANY.search(text) is None
    return [Line(number, raw, clean=clean) for number, raw in enumerate(text.split("\n"), 1)]


def logical_lines(
    text: str,
    is_structure: Callable[[str], bool],
    is_valid: Callable[[str], bool] | None = None,
    clean_markup: bool = False,
) -> Iterator[Line]:
    """The lines of ``text``, a line holding layout breaks split into its pieces.

    A layout break is a line break, except where it was dropped into structure. ``is_structure``
    tells structure (a timing line, a stamp) from its bare text, ``is_valid`` whether that
    structure holds valid times. The line stays whole, its breaks removed, when without them it
    is structure and either no piece but the first is, or it is valid and the structural pieces
    are not. So '00:00:01.0<VT>00 --> 00:00:02.000' stays a timing line, while
    '1<VT>00:00:01,000 --> ...' (a cue typed as one Word paragraph) is a cue number and a timing
    line. Empty pieces are dropped, so a break at either end of a line never makes a blank line.
    """
    if ANY.search(text) is None:
        yield from file_lines(text)  # nothing to judge: the common case, made quick
        return
    valid = is_valid or is_structure
    for line in file_lines(text):
        raw = without_controls_in_markup(line.raw) if clean_markup else line.raw
        if not LAYOUT.search(raw):
            yield Line(line.number, raw)
            continue
        pieces = [piece for piece in LAYOUT.split(raw) if bare(piece).strip()]
        if not pieces:
            yield Line(line.number, "")
            continue
        if _stays_whole(bare(raw).strip(), [bare(p).strip() for p in pieces], is_structure, valid):
            yield Line(line.number, raw)
            continue
        for index, piece in enumerate(pieces):
            yield Line(line.number, piece, continued=index > 0)


def _stays_whole(
    whole: str,
    pieces: list[str],
    is_structure: Callable[[str], bool],
    is_valid: Callable[[str], bool],
) -> bool:
    if not is_structure(whole):
        return False
    structural = [index for index, piece in enumerate(pieces) if is_structure(piece)]
    if structural in ([], [0]):
        return True
    return is_valid(whole) and not all(is_valid(pieces[index]) for index in structural)

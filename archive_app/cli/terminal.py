"""Text from the archive made safe for a terminal: nothing a title or a file name holds can move
the cursor, recolour the screen or reorder what follows.

Control characters (C0 but newline and tab, DEL, C1), Unicode's bidirectional overrides and the
lone surrogates that stand for undecodable bytes in file names are shown as escapes instead.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: the same in a JSON document, where C0 characters are already escaped by the encoder
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible escape (``\\x1b``)."""
    return _UNSAFE.sub(_shown, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def safe_json(text: str) -> str:
    """A JSON document (made with ``ensure_ascii=False``) with C1 controls, bidi overrides and
    lone surrogates written as ``\\uXXXX`` escapes: the same document, safe to print."""
    return _UNSAFE_IN_JSON.sub(_json_escape, text)

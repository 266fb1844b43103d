"""Turn the bytes of a transcript file into text, whatever encoding the tool that wrote it used.

Transcripts arrive as UTF-8 (with or without a BOM), as UTF-16 from Windows tools, and very often
in the legacy Chinese encodings: GBK/GB18030 from mainland Windows machines, Big5 from Taiwan,
Hong Kong and the diaspora. The order of the tries is:

1. a byte-order mark (UTF-32, UTF-8, UTF-16), trusted when the rest decodes strictly;
2. strict UTF-8;
3. UTF-32 / UTF-16 without a BOM, when the pattern of NUL bytes says so; when the NULs are few
   (a text of Chinese characters, or 8-bit text with a stray NUL or two) only if no 8-bit
   reading of the bytes is plausible;
4. GB18030 against Big5 (and its cp950 / HKSCS extensions): each candidate that decodes strictly
   is scored by the share of its non-ASCII characters that are common Chinese characters or
   punctuation, and the best one wins (GB18030 on a tie). Mojibake is made of rare characters,
   kana, bopomofo and private-use code points, so it scores low;
5. charset-normalizer, as a last resort, for other encodings (Latin, Cyrillic, Japanese...).

Decode first, judge later: a control character is no part of a wrong decoding only. Tries 1-4
are made first for a clean text (no control character but tab, line ends, vertical tab and form
feed), then again allowing a few stray ones (one in a hundred characters, and at least eight),
as Word, WPS and phone apps leave them; the text keeps them, and the parser decides what each
becomes (see :mod:`.controls`). A wrong decoding is not saved by this: UTF-16 read as 8-bit text
is half NULs, and binary data is one eighth control bytes.

The common characters are not a copied list: they are read from the encodings themselves. GB2312
level 1 (rows 0xB0-0xD7) holds the 3,755 most used simplified characters, and Big5 0xA440-0xC67E
the 5,401 most used traditional ones.
"""

from __future__ import annotations

import codecs
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.controls import STRAY

#: the score a legacy Chinese decoding needs before it is believed (share of common characters)
MIN_CHINESE_SCORE = 0.5

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 LE must be tried before UTF-16 LE: its BOM begins with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: how many stray control characters a decoding may hold and still be believed
_STRAYS_PER_HUNDRED = 1
_STRAYS_ALWAYS_ALLOWED = 8

#: punctuation that Chinese text of either script uses all the time
_CHINESE_PUNCTUATION = frozenset("，。、；：？！“”‘’「」『』（）《》〈〉【】—…·～　")


@dataclass(frozen=True)
class DecodedText:
    """A transcript's text (newlines ``\\n``, no BOM) and the encoding it was read with.

    Stray control characters the file holds are still in the text, for the parser to judge.
    """

    text: str
    encoding: str


def decode_text(data: bytes, path: Path) -> DecodedText:
    """Decode a transcript file's bytes, finding the encoding as described in the module docs.

    Raises :class:`RejectedFile` with reason ``empty_transcript`` when the file holds nothing but
    white space, and ``unknown_encoding`` when no encoding gives a text with at most a few stray
    control characters.
    """
    if not data.strip():
        raise RejectedFile(path, "empty_transcript")
    decoded = _first_clean_decoding(data)
    if decoded is None:
        raise RejectedFile(path, "unknown_encoding")
    text = _normalise_newlines(decoded.text)
    if not text.strip():
        raise RejectedFile(path, "empty_transcript")
    return DecodedText(text, decoded.encoding)


def _first_clean_decoding(data: bytes) -> DecodedText | None:
    for tolerant in (False, True):
        for attempt in (_by_bom, _as_utf8, _as_wide_without_bom, _as_chinese_legacy):
            found = attempt(data, tolerant)
            if found is not None:
                return found
    return _by_guess(data)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str, tolerant: bool = False) -> str | None:
    """``data`` decoded strictly, if it holds no stray control (``tolerant``: only a few)."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    text = text.rstrip("\x1a")  # old DOS tools end files with Ctrl-Z; it is no part of the text
    strays = stray_count(text)
    if strays == 0 or (tolerant and strays <= allowed_strays(len(text))):
        return text
    return None


def stray_count(text: str) -> int:
    """How many stray control characters ``text`` holds (see :mod:`.controls`)."""
    return sum(1 for _ in STRAY.finditer(text))


def allowed_strays(length: int) -> int:
    """How many stray control characters a believable decoding of ``length`` characters holds."""
    return max(_STRAYS_ALWAYS_ALLOWED, length * _STRAYS_PER_HUNDRED // 100)


def is_clean(text: str) -> bool:
    """True when ``text`` holds no control character but white space and layout breaks."""
    return STRAY.search(text) is None


def _by_bom(data: bytes, tolerant: bool) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding, tolerant)
            if text is not None:
                return DecodedText(text.lstrip("\ufeff"), encoding)
    return None


def _as_utf8(data: bytes, tolerant: bool) -> DecodedText | None:
    text = _strict(data, "utf-8", tolerant)
    return None if text is None else DecodedText(text, "utf-8")


def _as_wide_without_bom(data: bytes, tolerant: bool) -> DecodedText | None:
    """UTF-32 or UTF-16 without a BOM, told apart by where the NUL bytes fall.

    ASCII characters (digits of times, line breaks, Latin names) are one zero byte and one
    non-zero byte in UTF-16, so nearly all NULs sit on odd offsets (little endian) or on even
    ones (big endian). CJK characters rarely contain a zero byte, so they do not blur the pattern.
    """
    nuls = data.count(0)
    if nuls == 0:
        return None
    if len(data) % 4 == 0 and nuls * 2 >= len(data):
        for encoding in ("utf-32-le", "utf-32-be"):
            text = _strict(data, encoding, tolerant)
            if text is not None:
                return DecodedText(text, encoding)
    if len(data) % 2:
        return None
    # U+0000 itself (two NUL bytes on a character boundary) says nothing about the byte order
    both = array("H", data).count(0)
    on_odd = data[1::2].count(0) - both
    on_even = nuls - both * 2 - on_odd
    if on_odd and on_even * 4 <= on_odd:
        encoding = "utf-16-le"
    elif on_even and on_odd * 4 <= on_even:
        encoding = "utf-16-be"
    else:
        return None
    text = _strict(data, encoding, tolerant)
    if text is None:
        return None
    if nuls * 20 < len(data) and _reads_as_eight_bit(data):
        return None  # a stray NUL or two in UTF-8, GBK or Big5 text, not UTF-16
    return DecodedText(text, encoding)


def _reads_as_eight_bit(data: bytes) -> bool:
    """Whether ``data`` is believable as UTF-8, or as Chinese in a legacy encoding."""
    if _as_utf8(data, tolerant=True) is not None:
        return True
    legacy = _as_chinese_legacy(data, tolerant=True)
    return legacy is not None and any(char >= "\x80" for char in legacy.text)


def _as_chinese_legacy(data: bytes, tolerant: bool) -> DecodedText | None:
    """The best-scoring of GB18030 and the Big5 family, if it is plausible Chinese at all."""
    best: tuple[float, DecodedText] | None = None
    for encoding in ("gb18030", *_big5_family_for(data)):
        text = _strict(data, encoding, tolerant)
        if text is None:
            continue
        score = chinese_score(text)
        # Strictly greater: on a tie the earlier candidate (GB18030) stays.
        if best is None or score > best[0]:
            best = (score, DecodedText(text, encoding))
    if best is None or best[0] < MIN_CHINESE_SCORE:
        return None
    return best[1]


def _big5_family_for(data: bytes) -> Iterable[str]:
    """Plain Big5 first; cp950 (Windows) and HKSCS (Cantonese characters) only if it fails."""
    for encoding in ("big5", "cp950", "big5hkscs"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return (encoding,)
    return ()


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese characters or marks.

    1.0 for text without non-ASCII characters. Common means GB2312 level 1 (simplified), Big5
    level 1 (traditional), Chinese punctuation or full-width ASCII forms.
    """
    common = common_characters()
    considered = 0
    found = 0
    for char in text:
        if char < "\x80":
            continue
        considered += 1
        if char in common:
            found += 1
    return 1.0 if considered == 0 else found / considered


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """Common simplified and traditional characters, plus the punctuation of Chinese text."""
    full_width_forms = {chr(code) for code in range(0xFF01, 0xFF5F)}
    return (
        common_simplified()
        | common_traditional()
        | _CHINESE_PUNCTUATION
        | frozenset(full_width_forms)
    )


@lru_cache(maxsize=1)
def common_simplified() -> frozenset[str]:
    """The 3,755 level-1 characters of GB2312, the most used simplified characters."""
    return frozenset(_decodable_pairs("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))


@lru_cache(maxsize=1)
def common_traditional() -> frozenset[str]:
    """The 5,401 frequently used characters of Big5 (0xA440-0xC67E)."""
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    return frozenset(_decodable_pairs("big5", range(0xA4, 0xC7), trails, last=0xC67E))


def _decodable_pairs(
    encoding: str, leads: Iterable[int], trails: Iterable[int], last: int = 0xFFFF
) -> set[str]:
    found: set[str] = set()
    trail_bytes = list(trails)
    for lead in leads:
        for trail in trail_bytes:
            if (lead << 8 | trail) > last:
                continue
            try:
                char = bytes((lead, trail)).decode(encoding)
            except UnicodeDecodeError:
                continue
            if unicodedata.category(char) == "Lo":
                found.add(char)
    return found


#: encodings judged by the tries above; charset-normalizer is easily fooled between them
_ALREADY_JUDGED = {
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "cp950",
    "big5hkscs",
    "hz",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
}


def _by_guess(data: bytes) -> DecodedText | None:
    """charset-normalizer's best guess, for encodings the tries above do not cover."""
    from charset_normalizer import from_bytes  # imported late: rarely needed, slow to load

    match = from_bytes(data).best()
    if match is None:
        return None
    encoding = codecs.lookup(match.encoding).name
    if encoding in _ALREADY_JUDGED:
        return None
    text = _strict(data, encoding, tolerant=True)
    return None if text is None else DecodedText(text.lstrip("\ufeff"), encoding)

"""Text analysis for search: the one chain that turns mixed Chinese/Latin text into terms.

The same chain runs over catalogue text when indexing and over the user's words when searching,
so that 留守兒童, 留守儿童, ``liushou ertong`` and ``left-behind`` meet on the same terms:

1. folding, per character so that offsets into the original text survive: NFKC (full-width
   letters and digits become ASCII), accents dropped from Latin letters (``liúshǒu``), then
   traditional to simplified with OpenCC ``t2s`` (which keeps the text's length);
2. CJK text (hanzi, kana, hangul) becomes overlapping character bigrams, each at the position of
   its first character, plus the run's last character alone, so that positions stay consecutive
   and quoted phrases can be checked. A one-character query (奶) is a prefix over these terms:
   every occurrence of a character either starts a bigram or ends its run. Whitespace between
   two CJK characters does not break a run (speech-recognition output often spaces words);
   punctuation does, so no bigram bridges a comma;
3. Latin words and numbers are lower-cased and indexed as written. Stemming happens at query
   time: an unquoted English word is widened to the indexed words of its stem (Porter's, as the
   story site's pages stem too), except where the word is part of a name, so that a name never matches
   another word that merely shares its stem, and a highlight marks exactly what matched.

Pinyin is not indexed: an ASCII query is read as toneless syllables and turned into the hanzi
bigrams with those readings that the index holds (see ``pinyin.py``). Measured, a pinyin field
tripled the indexing time, and indexing every single character cost another third (see the
benchmark note).

Nothing here knows about the index engine.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from archive_app.core.search.porter import porter

#: bump when anything here changes which terms a text gives: the index is then rebuilt
ANALYZER_VERSION = 2

_CJK = (
    "\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}](?:\s*[{_CJK}])*)|(?P<word>[^\W_{_CJK}]+)")
_SPACE = re.compile(r"\s+")
# letters with accents (Latin-1 Supplement, Latin Extended-A/B, pinyin tone marks)
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_CJK_ANY = re.compile(f"[{_CJK}]")
# combining marks compose with their neighbour under NFKC, which would shift offsets
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]"
)


def is_cjk(char: str) -> bool:
    return bool(_CJK_ANY.match(char))


# -- folding ---------------------------------------------------------------------------------


class Folded(NamedTuple):
    """Folded text and, when folding changed lengths, where each folded character came from."""

    text: str
    origin: Sequence[int] | None  # origin[i]: index in the original text; None: same indices


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if folded.isascii():
        return folded
    out = []
    for part in folded:
        if _ACCENTED.match(part):
            part = "v" if part in "üǖǘǚǜÜ" else part  # pinyin writes ü as v when typed
            base = "".join(
                c for c in unicodedata.normalize("NFD", part) if not unicodedata.combining(c)
            )
            out.append(base if base.isascii() else part)
        else:
            out.append(part)
    return "".join(out)


class _Converter:
    """OpenCC's traditional-to-simplified converter, one per process (it is not picklable)."""

    _lock = threading.Lock()
    _instance: object | None = None

    @classmethod
    def convert(cls, text: str) -> str:
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    import opencc

                    cls._instance = opencc.OpenCC("t2s")
        return str(cls._instance.convert(text))  # type: ignore[attr-defined]


@lru_cache(maxsize=65536)
def _t2s_char(char: str) -> str:
    converted = _Converter.convert(char)
    return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, keeping the length (phrase-aware where it can)."""
    if text.isascii() or not _CJK_ANY.search(text):
        return text
    converted = _Converter.convert(text)
    if len(converted) == len(text):
        return converted
    # a phrase rule changed the length: fall back to character by character, which keeps it
    return "".join(_t2s_char(c) for c in text)


#: full-width ASCII and the ideographic space, as NFKC maps them (one character to one)
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _nfkc(text: str) -> str:
    """NFKC, quickly for Chinese text: its full-width punctuation is mapped by a table (in C),
    and only text that is still not normalized goes through the (slower) normalizer."""
    mapped = text.translate(_FULL_WIDTH)
    if unicodedata.is_normalized("NFKC", mapped):
        return mapped
    return unicodedata.normalize("NFKC", mapped)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching: NFKC, accents off Latin letters, traditional to simplified."""
    if text.isascii():
        return Folded(text, None)
    if not _COMBINING.search(text):
        # the common case: full-width punctuation and letters map one to one, so the whole
        # text can be normalized at once (in C) and offsets stay valid
        normalized = _nfkc(text)
        if len(normalized) == len(text) and not _ACCENTED.search(normalized):
            return Folded(to_simplified(normalized), None)
    parts: list[str] = []
    origin: list[int] = []
    same_length = True
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if len(folded) != 1:
            same_length = False
        parts.append(folded)
        origin.extend([index] * len(folded))
    joined = to_simplified("".join(parts))
    return Folded(joined, None if same_length else origin)


def fold_name(text: str) -> str:
    """A name or label folded for exact comparison (filters): folded, lower-cased, trimmed."""
    return " ".join(fold(text).text.lower().split())


# -- stemming ----------------------------------------------------------------------------------


@lru_cache(maxsize=100000)
def stem(word: str) -> str:
    """A lower-cased Latin word's stem; digits and short words are kept as they are."""
    if len(word) < 3 or not word.isalpha() or not word.isascii():
        return word
    return porter(word)


def is_latin_word(term: str) -> bool:
    """Whether an index term is a Latin word (not digits, not CJK): one that stems."""
    return term.isascii() and term.isalpha()


# -- tokens ---------------------------------------------------------------------------------


class Term(NamedTuple):
    """One term at a position, with its span in the original text."""

    text: str
    position: int
    start: int
    end: int


@dataclass(frozen=True)
class Options:
    """Which parts of the chain run; the benchmark measures what each one costs."""

    all_unigrams: bool = False  # every CJK character alone too, not only a run's last
    stemming: bool = False  # index stems instead of the words as written
    simplify: bool = True


DEFAULT = Options()


def analyse(text: str, options: Options = DEFAULT) -> list[Term]:
    """Every term of ``text`` for the index, with consecutive positions and original spans."""
    folded = fold(text) if options.simplify else Folded(text, None)
    origin = folded.origin
    terms: list[Term] = []
    append = terms.append
    position = 0
    for match in _TOKEN.finditer(folded.text):
        if match.lastgroup == "word":
            start, end = match.span()
            word = match.group().lower()
            if options.stemming:
                word = stem(word)
            if origin is not None:
                start, end = origin[start], origin[end - 1] + 1
            append(Term(word, position, start, end))
            position += 1
            continue
        run_start = match.start()
        chars = [(run_start + i, c) for i, c in enumerate(match.group()) if not c.isspace()]
        if origin is not None:
            chars = [(origin[i], c) for i, c in chars]
        last = len(chars) - 1
        for index in range(last):
            offset, char = chars[index]
            next_offset, next_char = chars[index + 1]
            append(Term(char + next_char, position + index, offset, next_offset + 1))
            if options.all_unigrams:
                append(Term(char, position + index, offset, offset + 1))
        offset, char = chars[last]
        append(Term(char, position + last, offset, offset + 1))
        position += len(chars)
    return terms


def index_terms(text: str) -> list[str]:
    """The terms :func:`analyse` gives, in the same order, without positions or spans: what
    indexing needs, at a third of the cost (pairs are made in C, no tuple per term)."""
    terms: list[str] = []
    extend = terms.extend
    append = terms.append
    for match in _TOKEN.finditer(fold(text).text):
        if match.lastgroup == "word":
            append(match.group().lower())
            continue
        chars = _SPACE.sub("", match.group())
        extend(map(str.__add__, chars, chars[1:]))
        append(chars[-1])
    return terms


# -- what a query word means -------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """Terms that must stand at consecutive positions.

    ``prefix``: a single character, matched by every term that starts with it.
    """

    terms: tuple[str, ...]
    prefix: bool = False


def word_phrase(text: str) -> Phrase | None:
    """The user's word or quoted phrase ``text`` read as characters and Latin words (as written,
    lower-cased: widening to a stem's other words is the engine's).

    A CJK run gives its bigrams; when more tokens follow, the run's last character too, as in
    documents. A text that is one CJK character is a prefix. None: nothing searchable in it.
    """
    matches = list(_TOKEN.finditer(fold(text).text))
    terms: list[str] = []
    for number, match in enumerate(matches):
        if match.lastgroup == "word":
            terms.append(match.group().lower())
            continue
        chars = _SPACE.sub("", match.group())
        if len(chars) == 1:
            terms.append(chars)
            continue
        terms.extend(chars[i : i + 2] for i in range(len(chars) - 1))
        if number < len(matches) - 1:
            terms.append(chars[-1])
    if not terms:
        return None
    single = len(terms) == 1 and len(terms[0]) == 1 and is_cjk(terms[0])
    return Phrase(tuple(terms), prefix=single)


def hanzi_phrase(hanzi: str) -> Phrase:
    """The phrase of a run of hanzi (from the glossary or a pinyin reading)."""
    phrase = word_phrase(hanzi)
    if phrase is None:
        raise ValueError(f"no terms in {hanzi!r}")
    return phrase

"""Reading ASCII queries as toneless pinyin, resolved against the characters the index holds.

``liushou`` is split into syllables (liu + shou; ``xi'an`` forces a boundary), and each pair of
neighbouring syllables becomes the hanzi bigrams with those readings that actually occur in the
index (every reading of a character counts, so a name read unusually is still found). Chains of
such bigrams that agree on their shared character are whole hanzi words: 留守, 流寿... each then
searched like a typed word. Doing this at query time keeps pinyin out of the index, where a
pinyin field tripled the indexing time.

Which characters read as which syllable comes from pypinyin's table (:data:`BUNDLED`; reading it
takes a fifth of a second), or from the copy a rebuild stores beside the index, which a fresh
process reads one syllable at a time (see ``engine.Lexicon``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from archive_app.core.search.analysis import is_cjk

_VOWEL = re.compile("[aeiouv]")
_SEPARATORS = re.compile(r"['’\s-]+")


def _toneless(reading: str) -> str:
    reading = reading.replace("ü", "v")
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


def _pinyin_dict() -> dict[int, str]:
    """pypinyin's table of character readings (code point: readings, comma separated).

    Read from its JSON file directly when it is there: importing the ``pypinyin`` package loads
    its phrase dictionaries as well, which cost about 50 MB and a quarter second that reading
    a query's syllables never needs.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is not None and spec.origin:
        table = Path(spec.origin).parent / "pinyin_dict.json"
        if table.is_file():
            raw = json.loads(table.read_text(encoding="utf-8"))
            return {int(code): str(readings) for code, readings in raw.items()}
    from pypinyin.pinyin_dict import pinyin_dict

    return dict(pinyin_dict)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(readings of each character, characters of each reading), from pypinyin's table."""
    pinyin_dict = _pinyin_dict()
    by_char: dict[str, tuple[str, ...]] = {}
    by_syllable: dict[str, list[str]] = {}
    for code, raw in pinyin_dict.items():
        char = chr(code)
        if not is_cjk(char):
            continue
        found: list[str] = []
        for reading in str(raw).split(","):
            toneless = _toneless(reading.strip())
            # interjection readings without a vowel (嗯 n, 呣 m) would only make false splits
            if toneless.isascii() and toneless.isalpha() and _VOWEL.search(toneless):
                if toneless not in found:
                    found.append(toneless)
        if found:
            by_char[char] = tuple(found)
            for syllable in found:
                by_syllable.setdefault(syllable, []).append(char)
    return by_char, {s: tuple(chars) for s, chars in by_syllable.items()}


def readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one hanzi, most common first; () if it has none."""
    return _tables()[0].get(char, ())


def characters_by_syllable() -> dict[str, str]:
    """Every toneless syllable and the characters that read as it (what a rebuild stores)."""
    return {syllable: "".join(chars) for syllable, chars in _tables()[1].items()}


class Readings(Protocol):
    """Where the syllables and their characters come from."""

    def syllables(self) -> frozenset[str]: ...

    def characters(self, syllable: str) -> frozenset[str]: ...


class _Bundled:
    """pypinyin's table, read whole on first use."""

    def syllables(self) -> frozenset[str]:
        return _syllable_set()

    def characters(self, syllable: str) -> frozenset[str]:
        return _characters(syllable)


@lru_cache(maxsize=1)
def _syllable_set() -> frozenset[str]:
    return frozenset(_tables()[1])


@lru_cache(maxsize=2048)
def _characters(syllable: str) -> frozenset[str]:
    return frozenset(_tables()[1].get(syllable, ()))


BUNDLED: Readings = _Bundled()


def is_syllable(word: str, source: Readings = BUNDLED) -> bool:
    return word in source.syllables()


def syllable_splits(word: str, limit: int = 6, source: Readings = BUNDLED) -> list[tuple[str, ...]]:
    """Ways to read an ASCII word as toneless syllables (``xian``: xian, xi+an), fewest first.

    An apostrophe, hyphen or space forces a boundary. [] when the word is not pinyin.
    """
    word = word.lower().replace("ü", "v")
    pieces = [p for p in _SEPARATORS.split(word) if p]
    if not pieces or not all(p.isascii() and p.isalpha() for p in pieces):
        return []
    splits: list[tuple[str, ...]] = [()]
    syllables = source.syllables()
    for piece in pieces:
        piece_splits = _split_piece(piece, syllables)
        if not piece_splits:
            return []
        splits = [a + b for a in splits for b in piece_splits][: limit * 4]
    splits.sort(key=len)
    return splits[:limit]


@lru_cache(maxsize=4096)
def _split_piece(piece: str, syllables: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(len(piece) + 1)]
    ways[0] = [()]
    for end in range(1, len(piece) + 1):
        for start in range(max(0, end - 6), end):
            if ways[start] and piece[start:end] in syllables:
                ways[end].extend(w + (piece[start:end],) for w in ways[start][:16])
    return tuple(ways[len(piece)])


def hanzi_words(
    syllables: tuple[str, ...],
    starting_with: Callable[[str], Iterable[str]],
    limit: int = 48,
    source: Readings = BUNDLED,
) -> list[str]:
    """Hanzi words the index holds whose characters read as ``syllables`` (two or more).

    ``starting_with(char)`` gives the index's bigram terms that start with ``char``; only words
    whose every neighbouring pair is such a term come back, at most ``limit`` of them.
    """
    if len(syllables) < 2:
        return []
    chains: list[str] = []
    second = source.characters(syllables[1])
    for char in sorted(source.characters(syllables[0])):
        for bigram in starting_with(char):
            if len(bigram) == 2 and bigram[1] in second:
                chains.append(bigram)
                if len(chains) >= limit * 4:
                    break
    for syllable in syllables[2:]:
        longer: list[str] = []
        following = source.characters(syllable)
        for chain in chains:
            for bigram in starting_with(chain[-1]):
                if len(bigram) == 2 and bigram[1] in following:
                    longer.append(chain + bigram[1])
        chains = longer[: limit * 4]
    return chains[:limit]

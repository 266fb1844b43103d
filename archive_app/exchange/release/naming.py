"""Who is called what in released text: pseudonyms, withheld names and generalised places.

A :class:`Renaming` is built once per release from the people and places it touches, and then
applied to every text that goes out (titles, summaries, captions, speaker names, transcript
lines). All names are replaced in one pass of one pattern, longest first, so a pseudonym that
happens to contain somebody else's name is never replaced again.

A name in characters is replaced wherever it stands (Chinese has no spaces between words); a
Latin name only as a whole word, in any case, by the pseudonym's pinyin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from archive_app.core.search.analysis import is_cjk

#: what stands in the place of a refused person's name
WITHHELD = "某某"
WITHHELD_LATIN = "N.N."


def romanised(name: str) -> str:
    """A pseudonym in Latin letters for English text (小燕 -> Xiaoyan)."""
    if not any(is_cjk(c) for c in name):
        return name
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return "".join(syllables).capitalize() if syllables else name


def name_forms(name: str, name_latin: str, other_names: Iterable[str]) -> tuple[set[str], set[str]]:
    """(forms in characters, forms in Latin letters) a person may be called by.

    The full name, every other name, and the given name alone (a three- or four-character
    name without its one-character family name; a Latin name without its first word) when it
    is long enough not to be an ordinary word.
    """
    cjk: set[str] = set()
    latin: set[str] = set()
    for form in (name, *other_names):
        form = form.strip()
        if not form:
            continue
        (cjk if any(is_cjk(c) for c in form) else latin).add(form)
    if len(name) in (3, 4) and all(is_cjk(c) for c in name):
        cjk.add(name[1:])
    latin_name = name_latin.strip()
    if latin_name:
        latin.add(latin_name)
        words = latin_name.split()
        if len(words) >= 2 and len("".join(words[1:])) >= 4:
            latin.add(" ".join(words[1:]))
            latin.add("".join(words[1:]))
    return {f for f in cjk if len(f) >= 2}, {f for f in latin if len(f) >= 3}


@dataclass(frozen=True)
class Renamed:
    """How one person is called in a release: by a pseudonym, or not at all (withheld)."""

    cjk_forms: frozenset[str]
    latin_forms: frozenset[str]
    replacement: str  # in characters
    replacement_latin: str


class Renaming:
    """Replaces people's names and small places' names in released text."""

    def __init__(self, renamed: Iterable[Renamed], places: Mapping[str, str]) -> None:
        table: dict[str, str] = {}
        latin_table: dict[str, str] = {}
        for person in renamed:
            for form in person.cjk_forms:
                table.setdefault(form, person.replacement)
            for form in person.latin_forms:
                latin_table.setdefault(form.casefold(), person.replacement_latin)
        for place, general in places.items():
            if place and place != general:
                table.setdefault(place, general)
        self._table = table
        self._latin = latin_table
        parts = [re.escape(f) for f in sorted(table, key=len, reverse=True)]
        latin_parts = [
            re.escape(f) for f in sorted(latin_table, key=len, reverse=True) if f not in table
        ]
        alternatives = parts[:]
        if latin_parts:
            alternatives.append(r"(?<![A-Za-z])(?i:" + "|".join(latin_parts) + r")(?![A-Za-z])")
        self._pattern = re.compile("|".join(alternatives)) if alternatives else None

    @property
    def replaced_forms(self) -> frozenset[str]:
        """Every name and place form this renaming takes out of text."""
        return frozenset(self._table) | frozenset(self._latin)

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group()
        if found in self._table:
            return self._table[found]
        return self._latin.get(found.casefold(), found)

"""The story site's search index, prebuilt with core's text analysis.

The site searches in the reader's browser, from ``file://``, with no server: the index is
written into a ``<script>`` data file. Documents are analysed here by the app's own chain
(:func:`archive_app.core.search.analysis.analyse`: folding, traditional to simplified, CJK
bigrams, stemmed Latin words), so the site holds the terms the app's index holds for the same
text (the app keeps Latin words as written and widens a query word to the words of its stem,
which finds the same passages). The page then only has to analyse the reader's words, the way the app does: fold,
bigrams, stems, the glossary's Chinese for English words, and pinyin read against the
characters this index holds. For that it gets, beside the postings, the traditional forms of the
characters the index holds, the pinyin readings of those characters, the pinyin syllables and
the glossary.

Postings are compact strings, one per term: ``doc.pos.pos;doc.pos`` in base 36, documents as
the gap from the previous one, decoded by the page only for the terms a query asks about.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from archive_app.core.search import analysis, glossary, pinyin
from archive_app.core.search.documents import SEPARATOR
from archive_app.exchange.release import ReleasedStory

#: bump when the data's shape changes (the page checks it)
FORMAT = 1
#: the site's pages stem the reader's words, so its index holds stems (the app's index holds
#: words as written and widens a query word to the words of its stem instead)
_STEMMED = analysis.Options(stemming=True)


@dataclass(frozen=True)
class SiteDocument:
    """One searchable thing on the site: a story's card, a transcript line, a caption, a chapter."""

    story: int  # the story's number on the site
    kind: str  # 'story', 'line', 'photo', 'chapter'
    start_s: float | None
    text: str


def documents(stories: Iterable[ReleasedStory]) -> Iterator[SiteDocument]:
    """The site's documents, as the app's index has them for the same items."""
    for number, story in enumerate(stories):
        names = [p.name for p in story.people]
        card = [story.title, story.summary, "、".join(story.keywords), *names, story.place]
        card += story.tags
        yield SiteDocument(number, "story", None, _join(card))
        for chapter in story.chapters:
            yield SiteDocument(
                number, "chapter", chapter.start_s, _join([chapter.title, chapter.synopsis])
            )
        for tier in story.tiers:
            for segment in tier.segments:
                if segment.text.strip():
                    yield SiteDocument(number, "line", segment.start_s, segment.text)
        for photo in story.photos:
            if photo.caption.strip() or photo.tags:
                yield SiteDocument(number, "photo", None, _join([photo.caption, *photo.tags]))


def _join(parts: Iterable[str]) -> str:
    return SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if number == 0:
        return "0"
    out = []
    while number:
        number, rest = divmod(number, 36)
        out.append(digits[rest])
    return "".join(reversed(out))


#: the base-36 forms of the numbers postings mostly hold (positions and document gaps)
_SMALL = tuple(_base36(n) for n in range(1 << 14))


def _encode(number: int) -> str:
    return _SMALL[number] if number < len(_SMALL) else _base36(number)


@functools.lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """simplified character -> the other characters that fold to it (traditional forms)."""
    found: dict[str, list[str]] = {}
    for code in range(0x3400, 0xA000):
        char = chr(code)
        folded = analysis.fold(char).text
        if folded != char and len(folded) == 1:
            found.setdefault(folded, []).append(char)
    return {k: tuple(v) for k, v in found.items()}


def build(stories: Iterable[ReleasedStory]) -> dict[str, Any]:
    """The search data for the site's stories: documents, postings and the query helpers."""
    docs: list[list[Any]] = []
    # term -> [previous document, encoded postings...]: encoded as they come, gaps and all
    postings: dict[str, list[Any]] = {}
    lengths: list[int] = []
    small = _SMALL
    for number, document in enumerate(documents(stories)):
        docs.append([document.story, document.kind, document.start_s, document.text])
        terms = analysis.analyse(document.text, _STEMMED)
        lengths.append(len(terms))
        by_term: defaultdict[str, list[str]] = defaultdict(list)
        for term in terms:
            position = term.position
            by_term[term.text].append(small[position] if position < 16384 else _base36(position))
        for text, positions in by_term.items():
            entry = postings.get(text)
            if entry is None:
                entry = postings[text] = [0]
            entry.append(_encode(number - entry[0]) + "." + ".".join(positions))
            entry[0] = number
    encoded = {text: ";".join(entry[1:]) for text, entry in postings.items()}
    chars = {c for term in postings for c in term if analysis.is_cjk(c)}
    traditional = _traditional_forms()
    t2s = {t: s for s in chars for t in traditional.get(s, ())}
    readings = {c: ",".join(pinyin.readings(c)) for c in sorted(chars) if pinyin.readings(c)}
    return {
        "format": FORMAT,
        "docs": docs,
        "lengths": lengths,
        "terms": encoded,
        "t2s": "".join(f"{t}{s}" for t, s in sorted(t2s.items())),
        "readings": readings,
        "syllables": " ".join(sorted(_syllables())),
        "glossary": [
            [[analysis.stem(t) for t in phrase.terms], list(chinese)]
            for english, chinese in glossary.GLOSSARY.items()
            if (phrase := analysis.word_phrase(english)) is not None
        ],
    }


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(s for c in map(chr, range(0x4E00, 0xA000)) for s in pinyin.readings(c))

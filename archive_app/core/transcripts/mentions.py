"""Which transcript lines speak of which photo: the one rule, shared by the story films (a photo
stays on screen while the voice talks about it) and the consent gate (a photo spoken of only in
a closed passage is closed with it).

A line speaks of a photo when it shares at least two of the caption's terms: CJK character
pairs or (stemmed) Latin words, as search analyses text. One shared pair is too often a common
word (奶奶, 春节) to tie a picture to a moment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from archive_app.core.search.analysis import analyse

#: how many of a caption's terms a line must share to speak of its photo
SHARED_TERMS = 2


def terms(text: str) -> frozenset[str]:
    """The terms of ``text`` that count for speaking of a photo (one-character terms do not)."""
    return frozenset(t.text for t in analyse(text) if len(t.text) >= 2)


def speaks_of(caption_terms: frozenset[str], line_terms: frozenset[str]) -> bool:
    return len(caption_terms & line_terms) >= SHARED_TERMS


def photo_ties(
    captions: Mapping[str, str], lines: Iterable[tuple[str, str]]
) -> dict[str, frozenset[str]]:
    """For each photo (id -> caption), the ids of the lines (id, words) that speak of it; photos
    no line speaks of are left out."""
    wanted = {photo_id: terms(caption) for photo_id, caption in captions.items()}
    wanted = {photo_id: found for photo_id, found in wanted.items() if len(found) >= SHARED_TERMS}
    if not wanted:
        return {}
    ties: dict[str, set[str]] = {}
    for line_id, words in lines:
        said = terms(words)
        for photo_id, caption in wanted.items():
            if speaks_of(caption, said):
                ties.setdefault(photo_id, set()).add(line_id)
    return {photo_id: frozenset(found) for photo_id, found in ties.items()}

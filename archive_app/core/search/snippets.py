"""Snippets: a short window of a hit's text with what matched marked ``[[`` and ``]]``.

The markers are plain text, so the UI escapes the snippet for its widget first and then turns the
markers into bold (or a highlight colour); text that itself contains ``[[`` is rare enough in
oral-history transcripts to be left as it is.

Matches are found with a pattern per query phrase over the folded text (the same folding as the
index, which keeps offsets), not by analysing every hit again: twenty snippets cost well under a
millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from archive_app.core.search import analysis
from archive_app.core.search.analysis import Phrase

OPEN = "[["
CLOSE = "]]"
WIDTH = 120  # characters of text shown around the first match
LEAD = 30  # of which before it


def _phrase_pattern(phrase: Phrase) -> str:
    """A pattern for a phrase's terms as they stand in folded text."""
    if phrase.prefix:
        return re.escape(phrase.terms[0])
    parts: list[str] = []
    previous = ""
    for term in phrase.terms:
        if analysis.is_cjk(term[0]):
            chars = term
            if previous and analysis.is_cjk(previous[-1]):
                if len(term) == 1 and len(previous) == 2 and previous[1] == term:
                    continue  # a run's last character, already in its last bigram
                if len(term) == 2 and len(previous) == 2 and previous[1] == term[0]:
                    chars = term[1]  # the next bigram of the same run adds one character
                    parts.append(r"\s*" + re.escape(chars))
                    previous = term
                    continue
            if parts:
                parts.append(r"[\W_]*")
            parts.append(r"\s*".join(re.escape(c) for c in chars))
        else:
            if parts:
                parts.append(r"[\W_]*")
            # the Latin word that matched, whole (CJK letters count as word characters for \b)
            parts.append(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])")
        previous = term
    return "".join(parts)


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[Phrase, ...]) -> re.Pattern[str] | None:
    patterns = [_phrase_pattern(p) for p in phrases]
    patterns = [p for p in patterns if p]
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def spans(text: str, phrases: Sequence[Phrase]) -> list[tuple[int, int]]:
    """Where in ``text`` (as written) any of ``phrases`` occurs, as merged (start, end) spans."""
    pattern = _pattern(tuple(phrases))
    if pattern is None:
        return []
    folded = analysis.fold(text)
    found: list[tuple[int, int]] = []
    for match in pattern.finditer(folded.text):
        start, end = match.span()
        if end <= start:
            continue
        if folded.origin is not None:
            start, end = folded.origin[start], folded.origin[end - 1] + 1
        found.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, phrases: Sequence[Phrase], width: int = WIDTH) -> str:
    """A window of ``text`` around its first match, with every match in it marked."""
    text = " ".join(text.split())  # line breaks and runs of spaces read badly in a list
    found = spans(text, phrases) if phrases else []
    if len(text) <= width:
        start, end = 0, len(text)
    else:
        first = found[0][0] if found else 0
        start = max(0, min(first - LEAD, len(text) - width))
        end = min(len(text), start + width)
    pieces: list[str] = ["…" if start > 0 else ""]
    at = start
    for span_start, span_end in found:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces.append(text[at:span_start])
        pieces.append(OPEN + text[span_start:span_end] + CLOSE)
        at = span_end
    pieces.append(text[at:end])
    if end < len(text):
        pieces.append("…")
    return "".join(pieces)

"""When each picture and each line of words is on screen in a story's film.

The title card opens the film; the photos follow one after another, each for as long as the
lines that speak of it (core's one rule, :mod:`archive_app.core.transcripts.mentions`, which the
consent gate also uses to close a photo spoken of only in a closed passage) or, when no line
speaks of any photo, for an even share of the story. A line too long for the
band is shown in pages, one after another, over its own time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from archive_app.core.transcripts.mentions import speaks_of, terms
from archive_app.exchange.film import frames
from archive_app.exchange.release import ReleasedStory, ReleasedTier

#: how long the title card stays before the first photo
TITLE_S = 4.0


@dataclass(frozen=True)
class Shot:
    """From ``start`` to ``end`` seconds: picture number ``picture`` (0: the title card, n: the
    n-th photo) with ``words`` (None: no words)."""

    start: float
    end: float
    picture: int
    words: frames.Words | None


def _join(lines: Sequence[str]) -> str:
    out = ""
    for line in lines:
        if out and out[-1].isascii() and line[:1].isascii():
            out += " "
        out += line
    return out


def subtitle_spans(
    tier: ReleasedTier | None, second: ReleasedTier | None, font_path: str, duration: float
) -> list[tuple[float, float, frames.Words]]:
    """(start, end, words) of every timed line, long lines split into pages."""
    if tier is None:
        return []
    timed = [s for s in tier.segments if s.start_s is not None and s.text.strip()]
    spans: list[tuple[float, float, frames.Words]] = []
    for number, segment in enumerate(timed):
        start = max(0.0, float(segment.start_s or 0.0))
        following = timed[number + 1].start_s if number + 1 < len(timed) else None
        end = segment.end_s if segment.end_s is not None else (following or start + 4.0)
        end = min(float(end), duration)
        if end <= start:
            continue
        second_text = _partner(second, start, end)
        _, paged = frames.pages(
            frames.clean(segment.text),
            font_path,
            frames.WIDTH - 2 * frames.MARGIN,
            frames.MAIN_HEIGHT,
            frames.MAIN_SIZES,
        )
        total = sum(len("".join(p)) for p in paged) or 1
        at = start
        for page in paged:
            share = (end - start) * len("".join(page)) / total
            spans.append((at, min(end, at + share), frames.Words(_join(page), second_text)))
            at += share
    return spans


def _partner(second: ReleasedTier | None, start: float, end: float) -> str:
    if second is None:
        return ""
    best, overlap = "", 0.0
    for segment in second.segments:
        if segment.start_s is None:
            continue
        other_end = segment.end_s if segment.end_s is not None else segment.start_s + 2.0
        shared = min(end, other_end) - max(start, segment.start_s)
        if shared > overlap:
            best, overlap = segment.text, shared
    return frames.clean(best)


def photo_spans(story: ReleasedStory, duration: float) -> list[tuple[float, float, int]]:
    """(start, end, photo number from 1) covering the film after the title card."""
    count = len(story.photos)
    begin = min(TITLE_S, duration)
    if not count or duration <= begin:
        return []
    talked = _talked_about(story)
    if talked:
        return _stretch(talked, begin, duration)
    share = (duration - begin) / count
    return [(begin + i * share, begin + (i + 1) * share, i + 1) for i in range(count)]


def _talked_about(story: ReleasedStory) -> list[tuple[float, int]]:
    """(time, photo number) where a line first speaks of each photo it speaks of."""
    captions = [terms(p.caption) for p in story.photos]
    if not any(captions) or not story.tiers:
        return []
    found: dict[int, float] = {}
    for tier in story.tiers:
        for segment in tier.segments:
            if segment.start_s is None:
                continue
            said = terms(segment.text)
            for number, caption in enumerate(captions, start=1):
                if speaks_of(caption, said) and number not in found:
                    found[number] = float(segment.start_s)
    return sorted((at, number) for number, at in found.items())


def _stretch(
    talked: list[tuple[float, int]], begin: float, duration: float
) -> list[tuple[float, float, int]]:
    spans: list[tuple[float, float, int]] = []
    for index, (at, number) in enumerate(talked):
        start = begin if index == 0 else max(begin, at)
        end = talked[index + 1][0] if index + 1 < len(talked) else duration
        if end > start:
            spans.append((start, max(start, end), number))
    return spans


def shots(
    story: ReleasedStory,
    duration: float,
    font_path: str,
    tier: ReleasedTier | None,
    second: ReleasedTier | None,
) -> list[Shot]:
    """The film as consecutive shots from 0 to ``duration``, each one picture and its words."""
    words = subtitle_spans(tier, second, font_path, duration)
    photos = photo_spans(story, duration)
    cuts = {0.0, duration}
    cuts.update(t for s, e, _ in words for t in (s, e) if 0 <= t <= duration)
    cuts.update(t for s, e, _ in photos for t in (s, e) if 0 <= t <= duration)
    times = sorted(round(t, 3) for t in cuts)
    found: list[Shot] = []
    for start, end in zip(times, times[1:], strict=False):
        if end - start < 0.001:
            continue
        middle = (start + end) / 2
        picture = next((n for s, e, n in photos if s <= middle < e), 0)
        said = next((w for s, e, w in words if s <= middle < e), None)
        if found and found[-1].picture == picture and found[-1].words == said:
            found[-1] = Shot(found[-1].start, end, picture, said)
        else:
            found.append(Shot(start, end, picture, said))
    return found

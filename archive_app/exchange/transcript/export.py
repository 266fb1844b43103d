"""One transcript written for an audience: the words the release lets out, nothing else.

The transcript's interview is put through the shared release (:mod:`archive_app.exchange.release`)
for the audience, so a held-back story gives no transcript at all and a released one has its
pseudonyms in place; the caller records the release in the audit log once the file is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from archive_app.core.consent.model import Reason
from archive_app.core.errors import ArchiveError
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from archive_app.exchange.release import Release, ReleasedTier, Selection, prepare_release
from archive_app.exchange.transcript import WRITERS


class TranscriptHeldBack(ArchiveError):
    """The audience may not have the interview this transcript belongs to."""

    def __init__(self, transcript_id: str, audience: str, reasons: tuple[Reason, ...]) -> None:
        super().__init__(f"transcript {transcript_id} is held back from {audience}")
        self.transcript_id = transcript_id
        self.audience = audience
        self.reasons = reasons


@dataclass(frozen=True)
class TranscriptRelease:
    release: Release
    tier: ReleasedTier

    def text(self, chosen: str) -> str:
        """The transcript in format ``chosen`` ('vtt', 'srt' or 'txt').

        Raises :class:`UntimedTranscript` for subtitles of a transcript without times.
        """
        return WRITERS[chosen](segments_of(self.tier))


def release_transcript(
    db: sqlite_utils.Database,
    archive_root: Path,
    transcript_id: str,
    audience: str,
    on: date | None = None,
) -> TranscriptRelease:
    """What ``audience`` may have of one transcript.

    Raises :class:`RecordNotFound` for an unknown transcript, :class:`InvalidValue` for an
    unknown audience and :class:`TranscriptHeldBack` when the gate keeps its interview back.
    """
    interview_id = str(store.transcript_detail(db, transcript_id)["interview_id"])
    release = prepare_release(
        db, archive_root, Selection(interview_ids=(interview_id,)), audience, on
    )
    for story in release.stories:
        for tier in story.tiers:
            if tier.id == transcript_id:
                return TranscriptRelease(release, tier)
    reasons = tuple(r for h in release.held_back if h.item_id == interview_id for r in h.reasons)
    raise TranscriptHeldBack(transcript_id, audience, reasons)


def segments_of(tier: ReleasedTier) -> list[Segment]:
    """A released tier's lines as segments for the format writers."""
    return [Segment(s.start_s, s.end_s, s.speaker, s.text) for s in tier.segments]

"""What a release holds: plain, immutable values every exit reads (no catalogue access here).

Every text in these values is already what the audience may read: pseudonyms applied, names of
people the gate refused withheld, places and birth dates generalised where the audience asks for
it. Paths point at the archive's originals (read-only); an exit copies or converts them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from archive_app.core.consent.model import PassageDecision, Reason

#: the rule a photo is held back under when someone it shows asked that their face not be shown
FACE_HIDDEN = "face_hidden"
#: the rule a selected id is held back under when it names nothing a story can be made of
NOT_A_STORY = "not_a_story"
#: what a closed passage's stretch of audio becomes: silence, or a soft tone of the same length
PASSAGE_FILLS = ("silence", "tone")


@dataclass(frozen=True)
class Selection:
    """What the curator picked: whole families, collections, or single interviews (any mix)."""

    family_ids: tuple[str, ...] = ()
    collection_ids: tuple[str, ...] = ()
    interview_ids: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.family_ids or self.collection_ids or self.interview_ids)


@dataclass(frozen=True)
class ReleasedPerson:
    """Someone a story names, as the audience may see them."""

    id: str
    name: str  # the real name, the pseudonym, or :data:`WITHHELD`
    role: str  # 'narrator', 'interviewer', 'mentioned'
    birth: str | None  # as catalogued, or the year alone for research and public
    home_place: str  # full place name, or cut at the county for research and public


@dataclass(frozen=True)
class ReleasedSegment:
    start_s: float | None
    end_s: float | None
    speaker: str
    text: str


@dataclass(frozen=True)
class ReleasedTier:
    """One transcript of the story (the verbatim words, or a translation)."""

    id: str
    label: str  # the tier's name, such as 普通话 or English
    language: str
    kind: str  # 'verbatim' or 'translation'
    segments: tuple[ReleasedSegment, ...]

    @property
    def timed(self) -> bool:
        return any(s.start_s is not None for s in self.segments)


@dataclass(frozen=True)
class ReleasedRecording:
    """A recording of the story. When ``closed`` names stretches (seconds into this recording)
    the original must never go out: an exit writes a redacted derivative instead, the stretches
    replaced by silence or a tone of the same length (:mod:`archive_app.exchange.media.redact`)."""

    id: str
    source: Path  # the original inside the archive's media folder
    sha256: str
    format: str
    media_type: str  # 'audio' or 'video'
    duration_s: float | None
    closed: tuple[tuple[float, float], ...] = ()

    @property
    def redacted(self) -> bool:
        return bool(self.closed)


@dataclass(frozen=True)
class ReleasedPhoto:
    id: str
    source: Path
    sha256: str
    caption: str
    taken_at: str | None
    width: int | None
    height: int | None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReleasedChapter:
    """An index section of the story: a title from a start time."""

    title: str
    start_s: float | None
    synopsis: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReleasedStory:
    """One interview as the audience may have it."""

    id: str
    title: str
    date: str | None
    place: str
    language: str
    summary: str
    keywords: tuple[str, ...]
    people: tuple[ReleasedPerson, ...]
    recordings: tuple[ReleasedRecording, ...]
    photos: tuple[ReleasedPhoto, ...]
    tiers: tuple[ReleasedTier, ...]
    chapters: tuple[ReleasedChapter, ...] = ()
    tags: tuple[str, ...] = ()
    #: what closed passages keep from this audience (lines, chapters and photos already left out
    #: of the values above; the recordings' ``closed`` stretches still to be silenced)
    passages: PassageDecision | None = None

    @property
    def closed_ranges(self) -> list[tuple[float, float]]:
        """The stretches of the story's timeline that are silenced, merged and in order."""
        return [] if self.passages is None else self.passages.timeline_ranges()

    @property
    def narrators(self) -> tuple[ReleasedPerson, ...]:
        return tuple(p for p in self.people if p.role == "narrator")

    @property
    def duration_s(self) -> float:
        return sum(r.duration_s or 0.0 for r in self.recordings)


@dataclass(frozen=True)
class HeldBack:
    """A selected interview or photo that does not go out, with the gate's reasons."""

    item_id: str
    kind: str  # 'interview', 'photo', or 'unknown' for an id that names nothing usable
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Release:
    """Everything one audience may have of a selection on one day, and what was held back."""

    audience: str
    day: date
    selection: Selection
    stories: tuple[ReleasedStory, ...]
    held_back: tuple[HeldBack, ...]
    #: names that must appear in no file (refused people): for tests and for exits that write
    #: text the release did not prepare (file names, metadata)
    withheld_names: frozenset[str] = field(default_factory=frozenset)
    #: what a closed passage's audio becomes (one of :data:`PASSAGE_FILLS`)
    passage_fill: str = "silence"

    @property
    def passages_applied(self) -> tuple[PassageDecision, ...]:
        """The closed passages this release applies, per story that has any."""
        return tuple(
            s.passages for s in self.stories if s.passages is not None and s.passages.ranges
        )

    @property
    def released_ids(self) -> tuple[str, ...]:
        """The ids of every interview and photo that goes out, stories first."""
        ids: list[str] = []
        for story in self.stories:
            ids.append(story.id)
            ids.extend(p.id for p in story.photos)
        return tuple(ids)

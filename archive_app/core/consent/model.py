"""What the consent rules read and what they answer.

The facts the rules read (:class:`Consent`, :class:`PersonFacts`, :class:`ItemFacts`) are
immutable values built from the catalogue; the answers (:class:`Reason`, :class:`Decision`) are
what the gate hands to search, the family view and every export.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

#: every audience, from narrowest to widest; curators (the archive's own staff) see everything
AUDIENCES: tuple[str, ...] = ("curator", "family", "research", "public")

#: the audiences a consent record can allow (curators need no consent)
GRANTABLE: tuple[str, ...] = ("family", "research", "public")

#: the kinds of thing an audience other than curators may ever be shown, each only as the
#: consent of its own people (a photo) or of its interview's narrators (a section, a segment)
#: allows; people, places, documents and the rest are for curators alone
SHAREABLE_KINDS: tuple[str, ...] = ("interview", "section", "segment", "photo")

#: what the archive does with a consent given by a minor once that person is 18
RENEWAL_POLICIES: tuple[str, ...] = ("honour", "suspend")

GIVERS: tuple[str, ...] = ("self", "guardian")
ASSENTS: tuple[str, ...] = ("yes", "no")


# Consent and PersonFacts are NamedTuples rather than dataclasses: ``visible_items`` builds one
# per consent record and per consenting person of the whole archive on every call, and a
# NamedTuple is built several times faster than a frozen dataclass while being just as immutable.
class Consent(NamedTuple):
    """The terms of one consent record, as the rules need them."""

    id: str
    person_id: str
    date: dt.date  # when it was given; it counts from this day on
    given_by: str  # 'self' or 'guardian'
    assent: str | None  # the child's own assent: 'yes', 'no' or None (not recorded)
    audiences: frozenset[str]
    covers: frozenset[str] | None  # ids of the interviews and photos covered; None: all
    embargo_until: dt.date | None  # before this day only curators see the material
    withdrawn_on: dt.date | None  # from this day on the record no longer counts
    pseudonym: str | None  # None: the real name may be shown
    show_face: bool


class PersonFacts(NamedTuple):
    """A person featured in an item, with every consent record they have."""

    id: str
    name: str
    birth_date: str | None  # as catalogued: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    adult_from: dt.date | None  # the 18th birthday, on the safe side; None: birth date unknown
    consents: tuple[Consent, ...]


@dataclass(frozen=True)
class ItemFacts:
    """An interview or photo and the people it features."""

    id: str
    kind: str  # 'interview' or 'photo'
    recorded: dt.date | None  # the day it was recorded or taken (earliest possible); None: unknown
    featured: tuple[PersonFacts, ...]


@dataclass(frozen=True)
class Reason:
    """Why an audience may not see an item: which person, which rule.

    ``rule`` is a code such as ``no_consent`` or ``withdrawn``; ``detail`` holds language-neutral
    facts as ``key=value`` words (``consent=… withdrawn_on=2024-05-01``) for the UI to word.
    """

    person_id: str | None
    person_name: str
    rule: str
    detail: str


@dataclass(frozen=True)
class Decision:
    """Whether one audience may see one item on one day, and why not.

    When allowed, ``pseudonyms`` maps the id of every featured person whose consent asks for it
    to the name to show instead, and ``faces_hidden`` says that someone's face must not be shown.
    """

    item_id: str
    audience: str
    allowed: bool
    reasons: tuple[Reason, ...]
    pseudonyms: dict[str, str] = field(default_factory=dict)
    faces_hidden: bool = False

    def as_json(self) -> dict[str, object]:
        """The answer as ``access --json`` prints it."""
        return {
            "id": self.item_id,
            "audience": self.audience,
            "allowed": self.allowed,
            "reasons": [reason_json(r) for r in self.reasons],
        }


def reason_json(reason: Reason) -> dict[str, object]:
    return {
        "person_id": reason.person_id,
        "person_name": reason.person_name,
        "rule": reason.rule,
        "detail": reason.detail,
    }


class PersonVerdict(NamedTuple):
    """The rules' answer for one featured person: no reasons means this person is fine."""

    reasons: tuple[Reason, ...]
    pseudonym: str | None
    hide_face: bool

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class ConsentRecord:
    """A whole consent record as catalogued (for listing and the audit log)."""

    id: str
    person_id: str
    person_name: str
    date: str
    given_by: str
    guardian_id: str | None
    guardian_name: str | None
    relationship: str | None
    assent: str | None
    audiences: tuple[str, ...]
    covers: tuple[str, ...] | None  # None: all the person's material
    embargo_until: str | None
    pseudonym: str | None
    show_face: bool
    form_document_id: str | None
    verbal_recording_id: str | None
    verbal_start_s: float | None
    verbal_end_s: float | None
    notes: str
    withdrawn_on: str | None
    withdrawal_reason: str | None
    created_at: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "person_id": self.person_id,
            "person_name": self.person_name,
            "date": self.date,
            "given_by": self.given_by,
            "guardian_id": self.guardian_id,
            "guardian_name": self.guardian_name,
            "relationship": self.relationship,
            "assent": self.assent,
            "audiences": list(self.audiences),
            "covers": None if self.covers is None else list(self.covers),
            "embargo_until": self.embargo_until,
            "pseudonym": self.pseudonym,
            "show_face": self.show_face,
            "form_document_id": self.form_document_id,
            "verbal_recording_id": self.verbal_recording_id,
            "verbal_start_s": self.verbal_start_s,
            "verbal_end_s": self.verbal_end_s,
            "notes": self.notes,
            "withdrawn_on": self.withdrawn_on,
            "withdrawal_reason": self.withdrawal_reason,
            "created_at": self.created_at,
        }


# -- closed passages --------------------------------------------------------------------------


class PassageFacts(NamedTuple):
    """A closed passage as the rules need it: a stretch of one recording, the audiences it is
    closed to, who asked, and the day it was opened again (None: still closed)."""

    id: str
    recording_id: str
    start_s: float  # seconds into the recording
    end_s: float
    audiences: frozenset[str]
    person_id: str
    person_name: str
    asked_on: dt.date
    opened_on: dt.date | None


class Span(NamedTuple):
    """Where on an interview's timeline something may lie: from ``start_s`` at the earliest to
    ``end_s`` at the latest (``math.inf``: no later bound is known)."""

    start_s: float
    end_s: float


class SegmentPlace(NamedTuple):
    """A transcript line and the stretch of the timeline it may have been said in."""

    id: str
    transcript_id: str
    span: Span


@dataclass(frozen=True)
class TimelineFacts:
    """One interview's closed passages and everything they touch, as the rules need it.

    ``offsets`` gives, per recording, where it starts on the interview's timeline at the
    earliest and the latest (the latest is ``math.inf`` after a recording of unknown length).
    ``segments`` places every transcript line (untimed ones too, on the safe side: see
    :mod:`.timeline`); ``sections`` where each chapter starts; ``photo_ties`` the lines that
    speak of each photo of the interview (photos no line speaks of are absent).
    """

    interview_id: str
    passages: tuple[PassageFacts, ...]
    offsets: Mapping[str, Span]
    segments: tuple[SegmentPlace, ...] = ()
    sections: tuple[tuple[str, float], ...] = ()
    photo_ties: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ClosedRange:
    """A stretch an audience may not hear: seconds into its recording, and the part of the
    interview's timeline it may cover (``timeline``: its earliest start and latest end)."""

    passage_id: str
    recording_id: str
    start_s: float
    end_s: float
    timeline: Span
    reason: Reason


@dataclass(frozen=True)
class PassageDecision:
    """What one audience may have of one interview's recordings and transcripts on one day.

    Everything not named here is open to it (as far as passages go: whether the interview is
    open at all is :class:`Decision`'s answer). Each closed line, chapter and photo carries the
    reasons of the passages that close it.
    """

    interview_id: str
    audience: str
    ranges: tuple[ClosedRange, ...] = ()
    segments: Mapping[str, tuple[Reason, ...]] = field(default_factory=dict)
    sections: Mapping[str, tuple[Reason, ...]] = field(default_factory=dict)
    photos: Mapping[str, tuple[Reason, ...]] = field(default_factory=dict)

    @property
    def closes_anything(self) -> bool:
        return bool(self.ranges)

    def recording_ranges(self, recording_id: str) -> list[tuple[float, float]]:
        """The closed stretches of one recording, in its own seconds, merged and in order."""
        return merged((r.start_s, r.end_s) for r in self.ranges if r.recording_id == recording_id)

    def timeline_ranges(self) -> list[tuple[float, float]]:
        """The closed stretches of the interview's timeline, merged and in order (an end of
        ``math.inf`` where a recording before the passage has no known length)."""
        return merged(r.timeline for r in self.ranges)

    def segment_open(self, segment_id: str) -> bool:
        return segment_id not in self.segments

    def section_open(self, section_id: str) -> bool:
        return section_id not in self.sections

    def photo_open(self, photo_id: str) -> bool:
        return photo_id not in self.photos

    def passage_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.passage_id for r in self.ranges))

    def as_json(self) -> dict[str, object]:
        """The passages as ``access --json`` prints them (seconds on the interview's timeline
        in ``closed_ranges``; ``null`` for an end after a recording of unknown length)."""
        return {
            "closed_ranges": [[s, None if e == math.inf else e] for s, e in self.timeline_ranges()],
            "closed_passages": [
                {
                    "id": r.passage_id,
                    "recording_id": r.recording_id,
                    "start_s": r.start_s,
                    "end_s": r.end_s,
                    "reasons": [reason_json(r.reason)],
                }
                for r in self.ranges
            ],
            "closed_segments": sorted(self.segments),
            "closed_sections": sorted(self.sections),
            "closed_photos": sorted(self.photos),
        }


def merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stretches joined where they overlap or touch, in order."""
    out: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@dataclass(frozen=True)
class ClosedPassage:
    """A closed passage as catalogued (for listing, the consent panel and the audit log)."""

    id: str
    recording_id: str
    recording_name: str
    interview_id: str
    start_s: float
    end_s: float
    audiences: tuple[str, ...]
    person_id: str
    person_name: str
    asked_on: str
    reason: str
    opened_on: str | None
    opening_reason: str
    created_at: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "recording_id": self.recording_id,
            "recording_name": self.recording_name,
            "interview_id": self.interview_id,
            "start_s": self.start_s,
            "end_s": self.end_s,
            "audiences": list(self.audiences),
            "person_id": self.person_id,
            "person_name": self.person_name,
            "asked_on": self.asked_on,
            "reason": self.reason,
            "opened_on": self.opened_on,
            "opening_reason": self.opening_reason,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class ClosedParts:
    """What closed passages keep from one audience across a whole archive: the ids of the
    transcript lines, chapters and photos it may not have (for search and the family view)."""

    segments: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    photos: frozenset[str] = frozenset()
    interviews: frozenset[str] = frozenset()  # those with anything closed

    def __bool__(self) -> bool:
        return bool(self.segments or self.sections or self.photos)

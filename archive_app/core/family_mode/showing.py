"""What family mode shows a family today, and what it holds back, by the consent gate's answers.

:func:`family_showing` takes the family's items (:mod:`.selection`) and keeps those
:func:`gate.visible_items` opens to the ``family`` audience on the day; each story carries what
closed passages keep from the family (``gate.passages``): the stretches its player must keep
silent and the lines it must not show. A photo the gate opens
only with the faces hidden is held back too: family mode shows whole photos or none. Every item
held back carries the gate's reasons, for the curator. :func:`log_showing` and
:func:`log_story` record each showing in the gate's release log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlite_utils

from archive_app.core import places, records
from archive_app.core.consent import gate
from archive_app.core.consent.model import Decision, PassageDecision, Reason
from archive_app.core.errors import RecordNotFound
from archive_app.core.family_mode.selection import family_selection

AUDIENCE = "family"
#: the reason family mode gives for a photo the gate opens only with the faces hidden
FACE_HIDDEN = "face_hidden"


@dataclass(frozen=True)
class ShownPhoto:
    id: str
    sha256: str
    stored_path: str  # relative to the archive folder
    caption: str
    taken_at: str | None
    interview_id: str | None
    depicted: tuple[str, ...]  # ids of the people marked in it


@dataclass(frozen=True)
class Story:
    """An interview the family may hear, with the photos it may see of it."""

    id: str
    title: str
    date: str | None
    place: str  # the place's full name, or ''
    narrators: tuple[str, ...]  # names as the curator wrote them
    photos: tuple[ShownPhoto, ...]
    recordings: int
    duration_s: float
    #: what closed passages keep from the family: stretches of the recordings to play silent,
    #: lines not to show (photos spoken of only there are not among ``photos`` at all)
    passages: PassageDecision | None = None

    @property
    def closed_ranges(self) -> list[tuple[float, float]]:
        """The stretches of the story's timeline kept private, merged and in order."""
        return [] if self.passages is None else self.passages.timeline_ranges()


@dataclass(frozen=True)
class Episode:
    """A time a member was away working (``to_date`` None: still away)."""

    to_city: str
    work: str
    from_date: str | None
    to_date: str | None


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    relationship: str  # a code of people.RELATIONSHIPS
    birth_date: str | None
    portrait: ShownPhoto | None
    episodes: tuple[Episode, ...]  # oldest first

    @property
    def away(self) -> Episode | None:
        """Where the member is away now: the latest episode without an end, if any."""
        open_ = [e for e in self.episodes if not e.to_date]
        return open_[-1] if open_ else None


@dataclass(frozen=True)
class HeldBack:
    """An item of the family that family mode does not show, with the gate's reasons."""

    item_id: str
    kind: str  # 'interview' or 'photo'
    title: str
    reasons: tuple[Reason, ...]

    def as_decision(self) -> Decision:
        return Decision(self.item_id, AUDIENCE, False, self.reasons)


@dataclass(frozen=True)
class FamilyShowing:
    """Everything family mode may show one family on one day."""

    family_id: str
    name: str
    place: str  # the family's home place, full name, or ''
    day: date
    members: tuple[Member, ...]
    stories: tuple[Story, ...]
    album: tuple[ShownPhoto, ...]  # photos shown outside any story
    held_back: tuple[HeldBack, ...]

    @property
    def shown_items(self) -> frozenset[str]:
        """The ids of every interview and photo family mode can show."""
        found = {story.id for story in self.stories}
        found.update(p.id for story in self.stories for p in story.photos)
        found.update(p.id for p in self.album)
        found.update(m.portrait.id for m in self.members if m.portrait is not None)
        return frozenset(found)

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories if s.id == story_id), None)


def _among(ids: Iterable[str]) -> str:
    return json.dumps(sorted(ids))


def family_showing(
    db: sqlite_utils.Database, family_id: str, on: date | None = None, *, reasons: bool = True
) -> FamilyShowing:
    """What family mode may show the family on day ``on`` (today), and what it holds back.

    Without ``reasons`` the items held back come without the gate's reasons (asking the gate
    item by item takes a moment): :func:`with_reasons` adds them when someone reads them.
    Raises :class:`RecordNotFound` for an unknown family.
    """
    day = on or date.today()
    family = records.get(db, "family", family_id)
    selection = family_selection(db, family_id)
    open_items = gate.visible_items(db, AUDIENCE, day)
    held: list[HeldBack] = []
    photos = _photos(db, selection.photos)
    interviews = _interviews(db, selection.interviews)
    shown_photos: list[ShownPhoto] = []
    for photo in photos:
        if photo.id not in open_items:
            held.append(HeldBack(photo.id, "photo", photo.caption, ()))
            continue
        decision = gate.decide(db, photo.id, AUDIENCE, day)
        if decision.faces_hidden:
            held.append(
                HeldBack(photo.id, "photo", photo.caption, (Reason(None, "", FACE_HIDDEN, ""),))
            )
            continue
        shown_photos.append(photo)
    stories: list[Story] = []
    in_stories: set[str] = set()
    closed = gate.passages_of(
        db, [r["id"] for r in interviews if r["id"] in open_items], AUDIENCE, day
    )
    for row in interviews:
        if row["id"] not in open_items:
            held.append(HeldBack(row["id"], "interview", row["title"], ()))
            continue
        own = tuple(p for p in shown_photos if p.interview_id == row["id"])
        in_stories.update(p.id for p in own)
        stories.append(
            Story(
                row["id"],
                row["title"],
                row["date"],
                places.full_name(db, row["place_id"]),
                tuple(row["narrators"]),
                own,
                row["recordings"],
                row["duration_s"],
                closed.get(row["id"]),
            )
        )
    # newest first (a stable sort: same-day stories by title); undated stories last
    stories.sort(key=lambda s: (s.title, s.id))
    stories.sort(key=lambda s: s.date or "", reverse=True)
    album = tuple(p for p in shown_photos if p.id not in in_stories)
    members = _members(db, family_id, shown_photos)
    showing = FamilyShowing(
        family_id,
        str(family["name"]),
        places.full_name(db, family.get("home_place_id")),
        day,
        members,
        tuple(stories),
        album,
        tuple(sorted(held, key=lambda h: (h.kind, h.title, h.item_id))),
    )
    return with_reasons(db, showing) if reasons else showing


def with_reasons(db: sqlite_utils.Database, showing: FamilyShowing) -> FamilyShowing:
    """The showing with the gate's reasons for every item held back (asked on its day)."""
    held = tuple(
        h
        if h.reasons
        else HeldBack(
            h.item_id, h.kind, h.title, gate.decide(db, h.item_id, AUDIENCE, showing.day).reasons
        )
        for h in showing.held_back
    )
    return replace(showing, held_back=held)


def _photos(db: sqlite_utils.Database, ids: frozenset[str]) -> list[ShownPhoto]:
    if not ids:
        return []
    among = [_among(ids)]
    depicted: dict[str, list[str]] = {}
    for photo_id, person_id in db.execute(
        "SELECT photo_id, person_id FROM photo_person "
        "WHERE photo_id IN (SELECT value FROM json_each(?)) ORDER BY photo_id, person_id",
        among,
    ).fetchall():
        depicted.setdefault(photo_id, []).append(person_id)
    rows = db.execute(
        "SELECT photo.id, photo.sha256, media_file.stored_path, photo.caption, photo.taken_at, "
        "photo.interview_id FROM photo JOIN media_file ON media_file.sha256 = photo.sha256 "
        "WHERE photo.id IN (SELECT value FROM json_each(?)) "
        "ORDER BY coalesce(photo.taken_at, ''), photo.original_name, photo.id",
        among,
    ).fetchall()
    return [
        ShownPhoto(r[0], r[1], r[2], r[3] or "", r[4], r[5], tuple(depicted.get(r[0], ())))
        for r in rows
    ]


def _interviews(db: sqlite_utils.Database, ids: frozenset[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    among = [_among(ids)]
    narrators: dict[str, list[str]] = {}
    for interview_id, name in db.execute(
        "SELECT interview_person.interview_id, person.name FROM interview_person "
        "JOIN person ON person.id = interview_person.person_id "
        "WHERE interview_person.role = 'narrator' "
        "AND interview_person.interview_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY person.name",
        among,
    ).fetchall():
        narrators.setdefault(interview_id, []).append(name)
    found = records.rows(
        db,
        "SELECT interview.id, interview.title, interview.date, interview.place_id, "
        "(SELECT count(*) FROM recording WHERE recording.interview_id = interview.id) "
        "AS recordings, (SELECT coalesce(sum(duration_s), 0) FROM recording "
        "WHERE recording.interview_id = interview.id) AS duration_s "
        "FROM interview WHERE interview.id IN (SELECT value FROM json_each(?)) "
        "ORDER BY coalesce(interview.date, ''), interview.title, interview.id",
        among,
    )
    for row in found:
        row["narrators"] = narrators.get(row["id"], [])
        row["duration_s"] = float(row["duration_s"] or 0.0)
    return found


def _members(
    db: sqlite_utils.Database, family_id: str, shown_photos: list[ShownPhoto]
) -> tuple[Member, ...]:
    rows = records.rows(
        db,
        "SELECT person.id, person.name, person.birth_date, family_member.relationship "
        "FROM family_member JOIN person ON person.id = family_member.person_id "
        "WHERE family_member.family_id = ? "
        "ORDER BY coalesce(person.birth_date, '9999'), person.name, person.id",
        [family_id],
    )
    ids = [row["id"] for row in rows]
    episodes: dict[str, list[Episode]] = {}
    for person_id, to_city, work, from_date, to_date in db.execute(
        "SELECT person_id, to_city, work, from_date, to_date FROM migration_episode "
        "WHERE person_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY coalesce(from_date, ''), id",
        [_among(ids)],
    ).fetchall():
        episodes.setdefault(person_id, []).append(Episode(to_city, work or "", from_date, to_date))
    return tuple(
        Member(
            row["id"],
            row["name"],
            row["relationship"],
            row["birth_date"],
            _portrait(row["id"], shown_photos),
            tuple(episodes.get(row["id"], ())),
        )
        for row in rows
    )


def _portrait(person_id: str, shown_photos: list[ShownPhoto]) -> ShownPhoto | None:
    """The shown photo that shows the person most nearly alone (the newest among equals)."""
    theirs = [p for p in shown_photos if person_id in p.depicted]
    if not theirs:
        return None
    return min(theirs, key=lambda p: (len(p.depicted), _reversed(p.taken_at or "")))


def _reversed(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def story_recordings(db: sqlite_utils.Database, story_id: str) -> list[records.Record]:
    """The recordings of a story in playing order: id, stored_path, media_type, duration_s,
    original_name."""
    return records.rows(
        db,
        "SELECT recording.id, media_file.stored_path, recording.media_type, "
        "recording.duration_s, recording.original_name FROM recording "
        "JOIN media_file ON media_file.sha256 = recording.sha256 "
        "WHERE recording.interview_id = ? ORDER BY recording.position, recording.original_name",
        [story_id],
    )


def log_showing(db: sqlite_utils.Database, showing: FamilyShowing) -> None:
    """Record in the release log that family mode showed the family its home screen: every item
    it can reach from there, and what it held back with the reasons. Call it in a write
    transaction."""
    showing = with_reasons(db, showing)
    gate.log_release(
        db,
        AUDIENCE,
        showing.shown_items,
        [h.as_decision() for h in showing.held_back],
        f"family mode {showing.family_id}: home",
    )


def log_story(db: sqlite_utils.Database, showing: FamilyShowing, story_id: str) -> None:
    """Record in the release log that family mode played one story and showed its photos.

    Raises :class:`RecordNotFound` when the story is not one the showing may play.
    """
    story = showing.story(story_id)
    if story is None:
        raise RecordNotFound(story_id, "story of this family")
    gate.log_release(
        db,
        AUDIENCE,
        [story.id, *(p.id for p in story.photos)],
        [],
        f"family mode {showing.family_id}: story",
        [story.passages] if story.passages is not None else [],
    )

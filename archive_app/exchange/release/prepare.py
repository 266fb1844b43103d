"""Working out a release: ask the gate, apply what consent asks, list what stays behind."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import sqlite_utils

from archive_app.core.consent import gate
from archive_app.core.consent.model import Decision, PassageDecision, Reason
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.exchange.release import reading
from archive_app.exchange.release.model import (
    FACE_HIDDEN,
    NOT_A_STORY,
    PASSAGE_FILLS,
    HeldBack,
    Release,
    ReleasedChapter,
    ReleasedPerson,
    ReleasedPhoto,
    ReleasedRecording,
    ReleasedSegment,
    ReleasedStory,
    ReleasedTier,
    Selection,
)
from archive_app.exchange.release.naming import (
    WITHHELD,
    WITHHELD_LATIN,
    Renamed,
    Renaming,
    name_forms,
    romanised,
)

#: audiences that get birth years instead of dates and counties instead of villages
GENERALISED = ("research", "public")
_BELOW_COUNTY = ("township", "village")


def selected_items(db: sqlite_utils.Database, selection: Selection) -> list[tuple[str, str]]:
    """(id, kind) of every interview and photo the selection names, in order, without repeats.

    Raises :class:`RecordNotFound` for an unknown family, collection or interview.
    """
    found: dict[str, str] = {}
    for family_id in selection.family_ids:
        for interview_id in reading.family_interviews(db, family_id):
            found.setdefault(interview_id, "interview")
    for collection_id in selection.collection_ids:
        for item_id, kind in reading.collection_items(db, collection_id):
            found.setdefault(item_id, kind)
    for interview_id in selection.interview_ids:
        if reading.kind_of(db, interview_id) != "interview":
            raise RecordNotFound(interview_id, "interview")
        found.setdefault(interview_id, "interview")
    return list(found.items())


def prepare_release(
    db: sqlite_utils.Database,
    archive_root: Path,
    selection: Selection,
    audience: str,
    on: date | None = None,
    passage_fill: str = "silence",
) -> Release:
    """What ``audience`` may have of ``selection`` on day ``on`` (today), ready to write out.

    Closed passages are applied: the lines, chapters and photos they close are left out, and
    each recording carries the stretches its exits must silence (or fill with a soft tone:
    ``passage_fill``). Reads only; nothing is recorded until :func:`record_release`. Raises
    :class:`InvalidValue` for an unknown audience or fill and :class:`RecordNotFound` for an
    unknown family, collection or interview id.
    """
    if passage_fill not in PASSAGE_FILLS:
        raise InvalidValue("passage_fill", passage_fill, ", ".join(PASSAGE_FILLS))
    day = on or date.today()
    items = selected_items(db, selection)
    selected_interviews = {i for i, k in items if k == "interview"}
    held: list[HeldBack] = []
    allowed: dict[str, Decision] = {}
    interviews: dict[str, reading.Record] = {}
    for item_id, kind in items:
        decision = gate.decide(db, item_id, audience, day)
        if not decision.allowed:
            held.append(HeldBack(item_id, kind, decision.reasons))
            continue
        if kind == "photo":
            # a photo goes out with its story; one whose story is not selected has no place
            owner = reading.photo(db, item_id).get("interview_id")
            if owner not in selected_interviews:
                held.append(HeldBack(item_id, kind, (Reason(None, "", NOT_A_STORY, ""),)))
            continue
        allowed[item_id] = decision
        interviews[item_id] = reading.interview(db, item_id)
    held_ids = {h.item_id for h in held}
    photo_decisions: dict[str, Decision] = {}
    for detail in interviews.values():
        for photo in detail["photos"]:
            if photo["id"] in held_ids:
                continue
            decision = gate.decide(db, photo["id"], audience, day)
            if not decision.allowed:
                held.append(HeldBack(photo["id"], "photo", decision.reasons))
            elif decision.faces_hidden:
                held.append(HeldBack(photo["id"], "photo", (Reason(None, "", FACE_HIDDEN, ""),)))
            else:
                photo_decisions[photo["id"]] = decision
    renaming = _renaming(db, allowed, photo_decisions, interviews, held)
    general = audience in GENERALISED
    stories = tuple(
        _story(
            db,
            archive_root,
            detail,
            photo_decisions,
            renaming,
            general,
            gate.passages(db, detail["id"], audience, day),
        )
        for detail in interviews.values()
    )
    return Release(
        audience=audience,
        day=day,
        selection=selection,
        stories=stories,
        held_back=tuple(held),
        withheld_names=renaming.withheld_forms,
        passage_fill=passage_fill,
    )


def record_release(db: sqlite_utils.Database, release: Release, purpose: str) -> None:
    """Append the release to the audit log with every released id and what was held back.

    Call inside the archive's write transaction once the export has been written.
    """
    gate.log_release(
        db,
        release.audience,
        release.released_ids,
        [Decision(h.item_id, release.audience, False, h.reasons) for h in release.held_back],
        purpose,
        release.passages_applied,
    )


# -- names and places ---------------------------------------------------------------------------


class _ReleaseRenaming(Renaming):
    def __init__(
        self,
        renamed: list[Renamed],
        places: dict[str, str],
        names: dict[str, str],
        withheld_full_names: set[str],
    ) -> None:
        super().__init__(renamed, places)
        self.shown_names = names  # person id -> the name to show (pseudonym or withheld mark)
        self.withheld_forms = frozenset(withheld_full_names)
        self.places = places


def _renaming(
    db: sqlite_utils.Database,
    allowed: dict[str, Decision],
    photos: dict[str, Decision],
    interviews: dict[str, reading.Record],
    held: list[HeldBack],
) -> _ReleaseRenaming:
    pseudonyms: dict[str, str] = {}
    for decision in (*allowed.values(), *photos.values()):
        pseudonyms.update(decision.pseudonyms)
    featured = {
        p["id"]
        for detail in interviews.values()
        for p in detail["people"]
        if p["role"] == "narrator"
    }
    refused = {r.person_id for h in held for r in h.reasons if r.person_id}
    withheld = refused - featured - set(pseudonyms)
    renamed: list[Renamed] = []
    shown: dict[str, str] = {}
    withheld_full_names: set[str] = set()
    for person_id in sorted(set(pseudonyms) | withheld):
        try:
            person = reading.person(db, person_id)
        except RecordNotFound:
            continue
        cjk, latin = name_forms(person.name, person.name_latin, person.other_names)
        cjk.add(person.name)
        if person_id in pseudonyms:
            name = pseudonyms[person_id]
            renamed.append(Renamed(frozenset(cjk), frozenset(latin), name, romanised(name)))
            shown[person_id] = name
        else:
            renamed.append(Renamed(frozenset(cjk), frozenset(latin), WITHHELD, WITHHELD_LATIN))
            shown[person_id] = WITHHELD
            withheld_full_names.update(
                n for n in (person.name, person.name_latin, *person.other_names) if len(n) >= 2
            )
    # Places are generalised where they are fields (a story's place, a person's home), not in
    # what people said: the words stay as spoken, but for the names consent asks to replace.
    places: dict[str, str] = {}
    return _ReleaseRenaming(renamed, places, shown, withheld_full_names)


def _place_name(
    db: sqlite_utils.Database, place_id: str | None, general: bool, renaming: Renaming
) -> str:
    lineage = reading.place_lineage(db, place_id)
    if general:
        lineage = [(n, lv) for n, lv in lineage if lv not in _BELOW_COUNTY]
    return renaming(" ".join(name for name, _ in reversed(lineage)))


# -- stories -------------------------------------------------------------------------------------


def _story(
    db: sqlite_utils.Database,
    root: Path,
    detail: reading.Record,
    photo_decisions: dict[str, Decision],
    renaming: _ReleaseRenaming,
    general: bool,
    closed: PassageDecision,
) -> ReleasedStory:
    people: list[ReleasedPerson] = []
    for p in detail["people"]:
        shown = renaming.shown_names.get(p["id"], p["name"])
        if shown == WITHHELD:
            continue
        person = reading.person(db, p["id"])
        birth = person.birth_date
        if general and birth:
            birth = birth[:4]
        people.append(
            ReleasedPerson(
                id=p["id"],
                name=shown,
                role=p["role"],
                birth=birth,
                home_place=_place_name(db, person.home_place_id, general, renaming),
            )
        )
    recordings = tuple(
        ReleasedRecording(
            id=r["id"],
            source=reading.media_path(root, r["stored_path"]),
            sha256=r["sha256"],
            format=r["format"],
            media_type=r["media_type"],
            duration_s=r.get("duration_s"),
            closed=tuple(closed.recording_ranges(r["id"])),
        )
        for r in detail["recordings"]
    )
    photos = tuple(
        ReleasedPhoto(
            id=p["id"],
            source=reading.media_path(root, p["stored_path"]),
            sha256=p["sha256"],
            caption=renaming(p.get("caption") or ""),
            taken_at=p.get("taken_at"),
            width=p.get("width"),
            height=p.get("height"),
            tags=tuple(renaming(t) for t in reading.tags(db, p["id"])),
        )
        for p in detail["photos"]
        if p["id"] in photo_decisions and closed.photo_open(p["id"])
    )
    tiers = sorted(detail["transcripts"], key=lambda t: (t.get("kind") != "verbatim",))
    released_tiers = tuple(
        ReleasedTier(
            id=t["id"],
            label=renaming(t.get("tier") or ""),
            language=t.get("language") or "",
            kind=t.get("kind") or "verbatim",
            segments=tuple(
                ReleasedSegment(
                    s.get("start_s"),
                    s.get("end_s"),
                    renaming(s["speaker"] or ""),
                    renaming(s["text"]),
                )
                for s in reading.segments(db, t["id"])
                if closed.segment_open(s["id"])
            ),
        )
        for t in tiers
    )
    chapters = tuple(
        ReleasedChapter(
            renaming(c["title"]),
            c.get("start_s"),
            renaming(c.get("synopsis") or ""),
            tuple(renaming(k) for k in c.get("keywords") or ()),
        )
        for c in reading.chapters(db, detail["id"])
        if closed.section_open(c["id"])
    )
    return ReleasedStory(
        id=detail["id"],
        title=renaming(detail["title"]),
        date=detail.get("date"),
        place=_place_name(db, detail.get("place_id"), general, renaming),
        language=detail.get("language") or "",
        summary=renaming(detail.get("summary") or ""),
        keywords=tuple(renaming(k) for k in detail.get("keywords") or ()),
        people=tuple(people),
        recordings=recordings,
        photos=photos,
        tiers=released_tiers,
        chapters=chapters,
        tags=tuple(renaming(str(name)) for name in detail.get("tags") or ()),
        passages=closed,
    )


def held_back_json(held: Iterable[HeldBack]) -> list[dict[str, object]]:
    """The held-back list as the export commands print it."""
    from archive_app.core.consent.model import reason_json

    return [{"id": h.item_id, "reasons": [reason_json(r) for r in h.reasons]} for h in held]

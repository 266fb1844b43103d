"""Reading what the closed-passage rules need from the catalogue: the passages of an interview's
recordings, where those recordings lie on its timeline, its transcript lines and chapters, and
which lines speak of which of its photos. Nothing here judges; :mod:`rules` decides.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date

import sqlite_utils

from archive_app.core.consent import timeline
from archive_app.core.consent.facts import ids_json, tuples
from archive_app.core.consent.model import PassageFacts, TimelineFacts
from archive_app.core.transcripts.mentions import photo_ties

_PASSAGES = """
    SELECT closed_passage.id, recording_id, start_s, end_s, audiences, person_id, person.name,
        asked_on, opened_on, recording.interview_id
    FROM closed_passage
    JOIN recording ON recording.id = closed_passage.recording_id
    JOIN person ON person.id = closed_passage.person_id
"""

#: an interview's recordings in playing order (as the player and the story audio play them)
RECORDINGS = (
    "SELECT id, duration_s FROM recording WHERE interview_id = ? ORDER BY position, original_name"
)


def _passage(row: tuple[object, ...]) -> PassageFacts:
    opened = row[8]
    return PassageFacts(
        id=str(row[0]),
        recording_id=str(row[1]),
        start_s=float(row[2]),  # type: ignore[arg-type]  # REAL NOT NULL
        end_s=float(row[3]),  # type: ignore[arg-type]
        audiences=frozenset(json.loads(str(row[4]))),
        person_id=str(row[5]),
        person_name=str(row[6]),
        asked_on=date.fromisoformat(str(row[7])),
        opened_on=None if opened is None else date.fromisoformat(str(opened)),
    )


def interviews_with_passages(db: sqlite_utils.Database) -> list[str]:
    """Every interview with a closed passage on one of its recordings (opened ones too: a day
    asked about may come before the opening)."""
    return [
        str(row[0])
        for row in tuples(
            db,
            "SELECT DISTINCT recording.interview_id FROM closed_passage "
            "JOIN recording ON recording.id = closed_passage.recording_id "
            "ORDER BY recording.interview_id",
        )
    ]


def timeline_facts(db: sqlite_utils.Database, interview_id: str) -> TimelineFacts:
    """The facts of one interview (empty of passages when it has none: then nothing else is
    read)."""
    return many_timeline_facts(db, [interview_id])[interview_id]


def many_timeline_facts(
    db: sqlite_utils.Database, interview_ids: Collection[str]
) -> dict[str, TimelineFacts]:
    """:func:`timeline_facts` of several interviews, in a few queries."""
    wanted = [ids_json(interview_ids)]
    among = " IN (SELECT value FROM json_each(?))"
    passages: dict[str, list[PassageFacts]] = {i: [] for i in interview_ids}
    for row in tuples(
        db,
        _PASSAGES
        + " WHERE recording.interview_id"
        + among
        + " ORDER BY closed_passage.start_s, closed_passage.id",
        wanted,
    ):
        passages[str(row[9])].append(_passage(row))
    closing = [i for i, found in passages.items() if found]
    facts = {i: TimelineFacts(i, (), {}) for i, found in passages.items() if not found}
    if not closing:
        return facts
    these = [ids_json(closing)]
    recordings: dict[str, list[tuple[str, float | None]]] = {i: [] for i in closing}
    for row in tuples(
        db,
        "SELECT interview_id, id, duration_s FROM recording WHERE interview_id"
        + among
        + " ORDER BY interview_id, position, original_name",
        these,
    ):
        recordings[str(row[0])].append((str(row[1]), row[2]))
    lines: dict[str, list[tuple[str, str, int, float | None, float | None, str]]] = {
        i: [] for i in closing
    }
    for row in tuples(
        db,
        "SELECT transcript.interview_id, segment.id, segment.transcript_id, segment.position, "
        "segment.start_s, segment.end_s, segment.text FROM segment "
        "JOIN transcript ON transcript.id = segment.transcript_id "
        "WHERE transcript.interview_id" + among,
        these,
    ):
        lines[str(row[0])].append((row[1], row[2], row[3], row[4], row[5], row[6]))
    sections: dict[str, list[tuple[str, float]]] = {i: [] for i in closing}
    for row in tuples(
        db,
        "SELECT interview_id, id, start_s FROM section WHERE interview_id"
        + among
        + " ORDER BY start_s, id",
        these,
    ):
        sections[str(row[0])].append((str(row[1]), float(row[2])))
    captions: dict[str, dict[str, str]] = {i: {} for i in closing}
    for row in tuples(
        db,
        "SELECT interview_id, id, caption FROM photo WHERE caption != '' AND interview_id" + among,
        these,
    ):
        captions[str(row[0])][str(row[1])] = str(row[2])
    for interview_id in closing:
        said = lines[interview_id]
        facts[interview_id] = TimelineFacts(
            interview_id,
            tuple(passages[interview_id]),
            timeline.recording_offsets(recordings[interview_id]),
            timeline.segment_places(row[:5] for row in said),
            tuple(sections[interview_id]),
            photo_ties(captions[interview_id], ((row[0], row[5]) for row in said))
            if captions[interview_id]
            else {},
        )
    return facts
